import {
  comparedStep,
  computedDecimals,
  computedShown,
  computedText,
  figureText,
  measuredDecimals,
  measuredValueText,
  roundsAsCompared,
  type ShownDigits,
  shownDigitsOf,
  shownValue,
  writtenDecimals,
} from '../compile/shown-value';
import { valueLabelText } from '../compile/value-label-text';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import { roundingMark } from '../rounding/rounding-mark';
import { booleanText } from '../text/boolean-text';
import type { Language } from '../text/localized-text';
import { numberText } from '../text/number-text';
import { setRequirementProse, writtenSetValues } from '../text/set-limit-prose';
import { unitAfter } from '../text/unit-after';
import { writtenBound } from '../text/written-bound';
import { compactRecordError } from './compact-record-error';
import { criterionLimitText, criterionValueLabel } from './criterion-prose';
import { missingScoreFigures } from './missing-score-text';
import { nextGradeLead } from './next-grade-lead';

/**
 * A criterion in a few words, named by its label in `lang` — `Annual performance factor (APF) 4.62 (≥ 5.00)`,
 * `全年能源消耗效率 APF 4.62（≥ 5.00）` — or by its id when `ids` asks (`apf@1 4.62 (≥ 5.00)`).
 */
export function shortCriterion(c: CriterionResult, lang: Language = 'en', ids = true): string {
  // A frozen criterion result is one the explainer shares between records: its words are worked out once.
  if (!Object.isFrozen(c)) return shortText(c, lang, ids);
  const cache = SHORT_TEXTS[(lang === 'zh' ? 0 : 2) + (ids ? 0 : 1)]!;
  let text = cache.get(c);
  if (text === undefined) {
    text = shortText(c, lang, ids);
    cache.set(c, text);
  }
  return text;
}

/** {@link shortCriterion}'s words of shared criterion results: Chinese by id and by label, English by id and by label. */
const SHORT_TEXTS = [
  new WeakMap<CriterionResult, string>(),
  new WeakMap<CriterionResult, string>(),
  new WeakMap<CriterionResult, string>(),
  new WeakMap<CriterionResult, string>(),
];

function shortText(c: CriterionResult, lang: Language, ids: boolean): string {
  const name = ids ? c.id : c.label[lang];
  // A score that cannot be computed says which input leaves it so (newcomer-39 F3).
  return name + criterionFigures(c, lang, '', name) + missingScoreFigures(c, lang);
}

/**
 * What a short text says after a requirement's name: its value (as the
 * explanation shows it, with the value as compared under the rounded-value
 * method) and its limit — ` 4.62（≥ 5.00）`, ` 0.0255→0.026 (≤ 0.025)`. A
 * count rule failed by its specimens names each with its value and the
 * allowance: ` #1 30、#2 32（≥ 34，至多 1 个低于）`. `missing` is what stands
 * for a value not given (nothing by default). A mean of specimens says so
 * (` 平均值 345.0 MPa（≥ 355 MPa）`) unless `name`, what the text calls the
 * requirement (its label by default), says it already (`冲击吸收能量 KV2 平均值`).
 */
export function criterionFigures(
  c: CriterionResult,
  lang: Language,
  missing = '',
  name: string = c.label[lang],
): string {
  const zh = lang === 'zh';
  const digits = shownDigitsOf(c.label);
  // A number limit with its unit, as the explanation shows it: `含水率 70（≤ 65 %）`, not `（≤ 65）` (newcomer-27 M7).
  const unit = typeof c.limit?.value === 'number' ? unitAfter(digits?.unit) : '';
  const limitText = c.limit ? shortLimitText(c, c.limit, lang) + unit : '';
  const count = c.failingSpecimens?.length ? countFigures(c, lang, digits?.allowed) : undefined;
  if (count)
    return zh
      ? ` ${count.values}（${limitText}${count.allowance}）`
      : ` ${count.values} (${limitText}${count.allowance})`;
  const limit = c.limit ? (zh ? `（${limitText}）` : ` (${limitText})`) : '';
  const specimen = c.specimen ? ` #${c.specimen}` : '';
  if (c.value === null) return `${specimen}${missing ? ` ${missing}` : ''}${limit}`;
  // A value written with a rounding mark as written (`42.5(−)`), as the explanation shows it, not the number graded
  // (42.4999999); a rounded value beside it where the mark moves it (`344.5(+)→345`).
  const shown = c.written ?? shownText(c, lang, digits);
  const numeral = c.written === undefined ? shown : (roundingMark(c.written)?.numeral ?? shown);
  const compared =
    c.rounded !== undefined && c.rounded !== c.value ? roundedText(c.rounded, digits?.rounded, c) : '';
  // A mean of 26.96 shown as 27.0 is its rounded value already: no "→27". A bound (`<0.025`) is decided over its
  // whole half-line: the rounded value of the number graded says nothing of it.
  const bound = c.written !== undefined && writtenBound(c.written) !== undefined;
  const arrow = compared && !bound && Number(compared) !== Number(numeral) ? `→${compared}` : '';
  // The value with its unit too, as the explanation shows it: `含水率 70 %（≤ 65 %）` (newcomer-27 M7).
  const valueUnit = typeof c.value === 'number' ? unitAfter(digits?.unit) : '';
  // A mean read as one value (newcomer-45 item 9): the reader could not tell the specimens' mean was judged.
  const mean = digits?.mean && !NAMES_MEAN[lang].test(name) ? (zh ? ' 平均值' : ' mean') : '';
  // The least or greatest of several specimens, read as one value too (specimens-46b); not when one was given.
  const extreme =
    digits?.extreme && c.specimen && !NAMES_EXTREME[digits.extreme][lang].test(name)
      ? EXTREME_WORDS[digits.extreme][lang]
      : '';
  return `${extreme}${specimen}${mean} ${shown}${arrow}${valueUnit}${limit}`;
}

const EXTREME_WORDS = {
  min: { zh: ' 最小值', en: ' minimum' },
  max: { zh: ' 最大值', en: ' maximum' },
} as const;

/** A requirement's name that says which specimen it reads already: `屈服强度最小值`, `Hardness, max`, `rel-min@B`. */
const NAMES_EXTREME: Record<'min' | 'max', Record<Language, RegExp>> = {
  min: { zh: /最小|最低/u, en: /(?:^|[^a-z])(?:min|minimum|least|lowest|smallest)(?:[^a-z]|$)/iu },
  max: { zh: /最大|最高/u, en: /(?:^|[^a-z])(?:max|maximum|greatest|highest|largest)(?:[^a-z]|$)/iu },
};

/** A requirement's name that says it is a mean already: `吸水率平均值`, `Impact energy KV2, mean`, `impact-mean@B`. */
const NAMES_MEAN: Record<Language, RegExp> = {
  zh: /平均|均值/u,
  en: /(?:^|[^a-z])(?:mean|average|avg)(?:[^a-z]|$)/iu,
};

/**
 * A limit in a short text's brackets: a set as a requirement (`应为 1、2、3 之一`,
 * by its values' labels where it has them), else as prose prints it.
 */
function shortLimitText(
  c: CriterionResult,
  limit: NonNullable<CriterionResult['limit']>,
  lang: Language,
): string {
  if ((limit.operator === 'in' || limit.operator === 'not in') && Array.isArray(limit.value)) {
    const labels = shownDigitsOf(c.label)?.valueLabels;
    const values = limit.value as readonly unknown[];
    const labelled = labels && values.some((v) => valueLabelText(v, labels, lang) !== undefined);
    const shown = labelled
      ? values.map((v) => valueLabelText(v, labels, lang) ?? String(v))
      : writtenSetValues(limit);
    return setRequirementProse(limit.operator, shown, lang);
  }
  return criterionLimitText({ label: c.label, limit }, lang);
}

/**
 * A computed value of a result (a score, a derived value, a mean) as its
 * explanation shows it — a score `69.8333333333333` as `69.83`, a formula's
 * result to its decimals; any other value as given, `?` when it has none.
 *
 * @example
 * criterionValueText(result.criteria[0], 'zh'); // '69.83'
 */
export function criterionValueText(c: CriterionResult, lang: Language): string {
  if (c.value === null) return '?';
  // A value written with a GB/T 8170 rounding mark as written (42.5(−)), not the number graded (42.4999999).
  if (c.written !== undefined) return c.written;
  const digits = shownDigitsOf(c.label);
  // A measured number as its explanation shows it: at least the limit's decimals (4.0 beside ≥ 4.0).
  if (typeof c.value === 'number' && !(digits?.figure || digits?.at || digits?.computed))
    return measuredValueText(c.value, digits?.perRecordLimit ? undefined : measuredDecimals(c.limit));
  return shownText(c, lang, digits);
}

/** A result's value as its explanation shows it: at a derived value's decimals, a computed one by its limit, else as given. */
function shownText(c: CriterionResult, lang: Language, digits: ShownDigits | undefined): string {
  const v = c.value;
  const named = digits?.valueLabels && criterionValueLabel(v, c, lang);
  if (named !== undefined) return named;
  if (typeof v === 'boolean') return booleanText(v, lang);
  if (typeof v !== 'number') return String(v);
  // A computed value compared by the full-value method: the one figure of every line of its record.
  if (digits?.figure) return figureText(digits.figure, v);
  if (digits?.at) return shownValue(v, digits.at, c.limit, c.passed);
  // As the explainer does (computedShown): the rounded-value verdict is the rounded value's, shown beside it.
  if (digits?.computed) {
    const shown = computedShown(
      v,
      String(v),
      computedDecimals(c.limit, digits.rounded, digits.perRecordLimit),
      c.limit,
      c.rounded === undefined ? c.passed : null,
    );
    // As the explanation: "26.53→27", not "26.5→27" (26.5 rounds half to even to 26).
    return c.rounded === undefined
      ? shown
      : roundsAsCompared(shown, v, c.rounded, comparedStep(digits, c.limit));
  }
  // A value the rounded-value method left as it is: with the digits it was compared at (0.020), as explained.
  if (c.rounded === v) return roundedText(v, digits?.rounded, c);
  // A result from elsewhere: six significant digits (a computed 63.3333333333333 as 63.3333).
  return computedText(v, String(v), c.limit, c.passed);
}

/**
 * A count rule's failing specimens with their values (`#1 30、#2 32`) and
 * its allowance (`，至多 1 个低于`); `undefined` without the values (a
 * result read from elsewhere), and no allowance when its rule is unknown.
 */
function countFigures(
  c: CriterionResult,
  lang: Language,
  allowed: ShownDigits['allowed'],
): { values: string; allowance: string } | undefined {
  const specimens = c.failingSpecimens!;
  const values = c.failingValues;
  const zh = lang === 'zh';
  // A result without the values (read from elsewhere) still has the first failing specimen's, as `value`.
  const list =
    values?.length === specimens.length
      ? specimens.map((s, i) => `#${s} ${numberText(values[i]!)}`).join(zh ? '、' : ', ')
      : specimens.length === 1 && typeof c.value === 'number'
        ? `#${specimens[0]} ${numberText(c.value)}`
        : `#${specimens.join(',')}`;
  return { values: list, allowance: allowed ? allowanceText(allowed, c.limit?.operator, lang) : '' };
}

/** `，至多 1 个低于` / `, at most 1 below`; `，至少 2 个满足` / `, at least 2 must meet`. */
function allowanceText(
  allowed: NonNullable<ShownDigits['allowed']>,
  operator: string | undefined,
  lang: Language,
): string {
  const zh = lang === 'zh';
  const n = allowed.count;
  if (!allowed.atMost) return zh ? `，至少 ${n} 个满足` : `, at least ${n} must meet`;
  // "Below" only where failing means being below (≥), "above" only for ≤; else "failing".
  const side =
    operator === '>=' ? ['低于', 'below'] : operator === '<=' ? ['高于', 'above'] : ['不满足', 'failing'];
  if (n === 0) return zh ? `，不允许${side[0]}` : `, none may be ${side[1]}`;
  return zh ? `，至多 ${n} 个${side[0]}` : `, at most ${n} ${side[1]}`;
}

/**
 * A value as compared under the rounded-value method, with the digits it was rounded to (`52.0`, not
 * `52`, against ≥ 52.5): the interval's, else the limit's as written, as the explanation shows it.
 */
function roundedText(rounded: number, decimals: number | undefined, c: CriterionResult): string {
  // The limit's digits as compile reads them: `≥ 90.0` has one decimal, where the first digit alone read none and a
  // table showed `88 %` beside the explanation's `88.0 %` (newcomer-36 M11a).
  const places = decimals ?? writtenDecimals(c.limit?.text ?? '') ?? 0;
  return places > 0 && places <= 20 ? rounded.toFixed(places) : String(rounded);
}

/**
 * What holds a record where it is, in one line: the blockers of the next
 * grade, or why it is not graded. Requirements are named by their label in
 * `lang` (by id with `ids`): the CSV's `blockers` and `failing` columns give the ids
 * (standards-38 M3).
 */
export function holdsDown(result: GradeResult, lang: Language, ids = false): string {
  const { lead, items, separator } = holdsDownParts(result, lang, ids);
  return lead + items.join(separator);
}

/** {@link holdsDown} in its parts, for a narrow column to cut between items, not inside one. */
export interface HoldsDownParts {
  /** `距 1级：`, `超出适用范围：`, or nothing. */
  lead: string;
  /** One requirement in a few words each, or the reasons a record is invalid. */
  items: string[];
  /** Between items: `、` / `, `, or `；` / `; ` between reasons. */
  separator: string;
  /** Each item's shorter forms, shortest last, for a column too narrow for it ({@link compactRecordError}). */
  compact?: string[][];
}

/** The parts of {@link holdsDown}'s line. */
export function holdsDownParts(result: GradeResult, lang: Language, ids = false): HoldsDownParts {
  const zh = lang === 'zh';
  const separator = zh ? '、' : ', ';
  const short = (c: CriterionResult) => shortCriterion(c, lang, ids);
  if (result.errors)
    return {
      lead: '',
      items: result.errors.map((e) => e.message[lang]),
      separator: zh ? '；' : '; ',
      compact: result.errors.map((e) => compactRecordError(e, lang)),
    };
  if (result.notGradedReason?.code === 'out-of-scope') {
    // Each scope item with the rule file's reason sentence (standards-26 F3): "≠ Mobile" alone does
    // not say the standard excludes mobile units. Reasons hold commas, so items are set apart by ；/ ;.
    let reasons = false;
    const scope = result.criteria
      .filter((c) => c.effect === 'scope' && c.passed === false)
      .map((c) => {
        const reason = scopeReason(c, lang);
        reasons ||= reason !== undefined;
        return reason === undefined ? short(c) : `${short(c)}${zh ? '：' : ': '}${reason}`;
      });
    return {
      lead: zh ? '超出适用范围：' : 'out of scope: ',
      items: scope,
      separator: reasons ? (zh ? '；' : '; ') : separator,
    };
  }
  if (!result.nextGrade) {
    // No grade exists for the record (n/a in the lowest grade's cell): the explanation's words, not an empty
    // column (newcomer-32 W1). A graded record at its product's top grade keeps the empty column.
    if (result.grade !== null) return { lead: '', items: [], separator };
    const none = result.criteria.filter((c) => c.unavailable && c.passed === false && c.grade !== null);
    return { lead: '', items: none.map((c) => c.message[lang]), separator: zh ? '；' : '; ' };
  }
  return {
    lead: nextGradeLead(result, lang),
    items: result.nextGrade.blockers.map(short),
    separator,
  };
}

// What the explainer puts between a scope item's comparison and the rule file's reason
// (compile-explainer's context for a scope item, then the sentence's full stop).
const SCOPE_MARK: Record<Language, string> = { zh: '（适用范围）。', en: ' (scope). ' };

/**
 * The rule file's reason sentence of a failed scope item, as its message
 * ends with it (`…（适用范围）。移动式空调器不在 GB 21455-2019 的适用范围内。`),
 * without the closing full stop; `undefined` when the item gives none.
 */
function scopeReason(c: CriterionResult, lang: Language): string | undefined {
  const text = c.message[lang];
  const at = text.indexOf(SCOPE_MARK[lang]);
  if (at < 0) return undefined;
  const reason = text
    .slice(at + SCOPE_MARK[lang].length)
    .trim()
    .replace(/[。.]$/, '');
  return reason === '' ? undefined : reason;
}
