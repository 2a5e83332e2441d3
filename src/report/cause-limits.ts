import { shownDigitsOf } from '../compile/shown-value';
import type { CriterionResult } from '../model/grade-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { parseRoundingInterval, roundNumberGbt8170 } from '../rounding/gbt8170';
import { booleanText } from '../text/boolean-text';
import type { Language, LocalizedText } from '../text/localized-text';
import { numberText } from '../text/number-text';
import { unitAfter } from '../text/unit-after';
import { criterionLimitText, criterionValueLabel } from './criterion-prose';
import { criterionValueText } from './summarize-result';

const MARK: Record<CriterionResult['status'], string> = {
  passed: '✓',
  failed: '✗',
  missing: '?',
  'not-applicable': '–',
};

const WORDS = {
  notApplicable: { zh: '不适用', en: 'not applicable' },
  notInRuleSet: { zh: '无此要求', en: 'no such criterion' },
} as const satisfies Record<string, LocalizedText>;

/**
 * A requirement whose value the record does not give, as `explain` words it
 * (committee-25 F5: compare showed `?，A 无此要求 → B ≤ 1.0 ?`): the value
 * `未提供数值`, and a side's outcome `无法确认（按不满足计）` — a grade needing it
 * is not reached.
 */
export const MISSING_VALUE_TEXT = {
  value: { zh: '未提供数值', en: 'no value given' },
  outcome: { zh: '无法确认（按不满足计）', en: 'cannot be confirmed (counted as not met)' },
} as const satisfies Record<string, LocalizedText>;

/**
 * A side's outcome after its limit: ` ✓`, ` ✗`, ` –`, and for a value not
 * given `，无法确认（按不满足计）` (`, cannot be confirmed (counted as not met)`).
 *
 * @example
 * outcomeText('missing', 'zh'); // '，无法确认（按不满足计）'
 */
export function outcomeText(status: CriterionResult['status'], lang: Language): string {
  if (status !== 'missing') return ` ${MARK[status]}`;
  return `${lang === 'zh' ? '，' : ', '}${MISSING_VALUE_TEXT.outcome[lang]}`;
}

/**
 * A computed value under A and under B (a score whose weights changed), each
 * as {@link measuredText} shows it; when both would read the same at the
 * digits shown (`83.5 → 83.5` for 83.5 and 83.4994, enterprise-25 F6), with
 * the fewest more decimals that tell them apart (`83.5 → 83.499`).
 *
 * @example
 * valueTexts(underA, underB, 'zh'); // ['83.5', '83.499']
 */
export function valueTexts(a: CriterionResult, b: CriterionResult, lang: Language): [string, string] {
  const [ta, tb] = [measuredText(a.value, lang, a), measuredText(b.value, lang, b)];
  if (ta !== tb || typeof a.value !== 'number' || typeof b.value !== 'number') return [ta, tb];
  // From the digits shown on: never fewer (83.5 and 83.4994 are not 84 and 83).
  const shown = /\.(\d+)$/.exec(ta)?.[1]?.length ?? 0;
  for (let d = shown + 1; d <= 12; d++) {
    const [fa, fb] = [trimmed(a.value, d), trimmed(b.value, d)];
    if (fa !== fb) return [fa, fb];
  }
  return [numberText(a.value), numberText(b.value)];
}

/** A number to `d` decimals, trailing zeros dropped: `83.5000` → `83.5`. */
function trimmed(n: number, d: number): string {
  const fixed = n.toFixed(d);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * A requirement that moved a record, as one line of plain text: its name,
 * the measured value, and its limit and outcome under A and under B
 * (`28 天抗压强度（特优品）：48.4，A ≥ 48.0 MPa ✓ → B ≥ 49.0 MPa ✗`), as the
 * HTML compare report shows it, for the workbook's changed records.
 *
 * @param name - the requirement's name for people (see `criterionNames`)
 * @param units - the value's unit under A and under B: when they differ (chloride in % under A, in ‰ under B),
 *   each side's value and limit is written with its own, `0.068 %，A ≤ 0.07 % ✓ → 0.68 ‰，B ≤ 0.65 ‰ ✗`
 *   (hostile-31 M8), where bare figures read as a tenfold change
 * @example
 * causeLimitsLine('28 天抗压强度（特优品）', underA, underB, 'zh');
 */
export function causeLimitsLine(
  name: string,
  a: CriterionResult | undefined,
  b: CriterionResult | undefined,
  lang: Language,
  specimens?: readonly number[],
  units?: { a?: string | undefined; b?: string | undefined },
): string {
  const colon = lang === 'zh' ? '：' : ': ';
  // A count of specimens: how many fail each side's limit, not one specimen's value (committee-24 F12).
  if (isCount(a) || isCount(b)) {
    const values =
      specimens && specimens.length > 0
        ? `${specimenValuesText(specimens, lang)}${roundedSpecimensText(specimens, a, b, lang)}`
        : '';
    const countSide = (c: CriterionResult | undefined) =>
      c
        ? `${isCount(c) ? specimenCountText(c, lang, values === '') : c.limit ? criterionLimitText({ label: c.label, limit: c.limit }, lang) : WORDS.notApplicable[lang]}${outcomeText(c.status, lang)}`
        : WORDS.notInRuleSet[lang];
    return `${name}${colon}${values}${values ? (lang === 'zh' ? '，' : ', ') : ''}A ${countSide(a)} → B ${countSide(b)}`;
  }
  // Each side's unit after its figures: a limit read from a table cell is written bare (`-3.5`), so the line said
  // `-3.6, A ≥ -4.0 → B ≥ -3.5` of a deviation in % (committee-33); where the two differ (% under A, ‰ under B)
  // each side's value and limit with its own.
  // A requirement only one side has: its side's unit is the record's.
  const split = units !== undefined && a !== undefined && b !== undefined && units.a !== units.b;
  const unitOf = (c: CriterionResult | undefined) =>
    units === undefined || c === undefined ? '' : c === a ? unitSuffix(units.a) : unitSuffix(units.b);
  // A limit written with its unit (`≤ 235 min`) keeps it once.
  const limitUnit = (c: CriterionResult, text: string) => {
    const u = typeof c.limit?.value === 'number' ? unitOf(c) : '';
    return u !== '' && !text.endsWith(u) ? u : '';
  };
  const side = (c: CriterionResult | undefined) => {
    if (!c) return WORDS.notInRuleSet[lang];
    if (!c.limit) return `${comparedText(c, lang)}${WORDS.notApplicable[lang]}${outcomeText(c.status, lang)}`;
    const text = criterionLimitText({ label: c.label, limit: c.limit }, lang);
    return `${comparedText(c, lang)}${text}${limitUnit(c, text)}${outcomeText(c.status, lang)}`;
  };
  const commonUnit = !split && typeof (a?.value ?? b?.value) === 'number' ? unitOf(a ?? b) : '';
  const comma = lang === 'zh' ? '，' : ', ';
  if (a && b && subjectChanged(a, b))
    return `${a.label[lang]}${colon}${measuredText(a.value, lang, a)}${comma}${sided('A', side(a))} → ${b.label[lang]}${colon}${measuredText(b.value, lang, b)}${comma}${sided('B', side(b))}`;
  // A computed value (a score whose weights changed) is A's under A and B's under B: each beside its own limit.
  if (a && b && valueChanged(a, b)) {
    const [va, vb] = valueTexts(a, b, lang);
    const [ua, ub] = typeof a.value === 'number' ? [unitOf(a), unitOf(b)] : ['', ''];
    return `${name}${colon}${va}${ua}${comma}${sided('A', side(a))} → ${vb}${ub}${comma}${sided('B', side(b))}`;
  }
  return `${name}${colon}${decidingValueText(lang, a, b, commonUnit)}${comma}${sided('A', side(a))} → ${sided('B', side(b))}`;
}

/**
 * The value a requirement read under both sides, as a compare line shows it before the limits: of a set of
 * specimens each of which must meet the limit (GB/T 229's single-value floor, 70 % of the limit), which one it is —
 * `最低单个值 27.94 J（第 1 个试样）`, `lowest single value 27.94 J (specimen 1)` — where `27.94` alone read as the
 * record's value (committee-33 F2); the rounded value follows under each side ({@link comparedText}). Else the value
 * as {@link measuredText} shows it.
 *
 * @param unit - the value's unit after its figure (` J`), or `''`
 * @example
 * decidingValueText('en', floorUnderA, floorUnderB, ' J'); // 'lowest single value 27.94 J (specimen 1)'
 */
export function decidingValueText(
  lang: Language,
  a: CriterionResult | undefined,
  b: CriterionResult | undefined,
  unit = '',
): string {
  const value = a?.value ?? b?.value ?? null;
  const shown = `${measuredText(value, lang, a, b)}${unit}`;
  const c = a?.specimen !== undefined ? a : b?.specimen !== undefined ? b : undefined;
  if (c?.specimen === undefined || typeof value !== 'number') return shown;
  // The check reads the lowest specimen against a lower limit and the highest against an upper one; any other
  // test, the first that fails it (or the first).
  const op = c.limit?.operator;
  const which =
    op === '>=' || op === '>'
      ? SPECIMEN_WORDS.lowest
      : op === '<=' || op === '<'
        ? SPECIMEN_WORDS.highest
        : SPECIMEN_WORDS.single;
  return lang === 'zh'
    ? `${which.zh} ${shown}（第 ${c.specimen} 个试样）`
    : `${which.en} ${shown} (specimen ${c.specimen})`;
}

const SPECIMEN_WORDS = {
  lowest: { zh: '最低单个值', en: 'lowest single value' },
  highest: { zh: '最高单个值', en: 'highest single value' },
  single: { zh: '单个值', en: 'single value' },
} as const satisfies Record<string, LocalizedText>;

/** ` %`, ` ‰`: a unit after a figure; nothing for none. */
function unitSuffix(unit: string | undefined): string {
  return unitAfter(unit);
}

/**
 * A side's key before its outcome: `A ≥ 34 ✓`, and in Chinese `A（修约值 34）≥ 34 ✓`
 * with no space before a full-width bracket.
 */
export function sided(key: 'A' | 'B', outcome: string): string {
  return outcome.startsWith('（') ? `${key}${outcome}` : `${key} ${outcome}`;
}

/**
 * Whether a result is a count of specimens (`aggregate: { atMostFailing }` /
 * `{ atLeastPassing }`) with a limit: its verdict is a count, which one
 * specimen's value beside the limit misstates (`33，A ≥ 34 ✓`, committee-24 F12).
 */
export function isCount(c: CriterionResult | undefined): boolean {
  return c?.failingSpecimens !== undefined && c.limit !== null;
}

/**
 * The units {@link causeLimitsLine} writes a cause's value and limits in: the unit of its indicator (or derived
 * value) under A and under B; `undefined` for a requirement on no indicator.
 *
 * @example
 * causeLimitsLine(name, ca, cb, 'zh', undefined, causeUnits(a, b, ca, cb)); // …：53.4 MPa，A ≥ 52.5 MPa ✓ → B ≥ 53.5 MPa ✗
 */
export function causeUnits(
  a: RuleSet,
  b: RuleSet,
  ca: CriterionResult | undefined,
  cb: CriterionResult | undefined,
): { a: string | undefined; b: string | undefined } | undefined {
  if ((cb?.indicator ?? ca?.indicator) == null) return undefined;
  return { a: unitIn(a, ca?.indicator), b: unitIn(b, cb?.indicator) };
}

/** The unit of an indicator or derived value of a rule set. */
function unitIn(r: RuleSet, name: string | null | undefined): string | undefined {
  if (name == null) return undefined;
  const model = modelOf(r);
  return (model.indicators.find((i) => i.name === name) ?? model.derived.find((d) => d.name === name))?.unit;
}

/**
 * A record's values of a specimens indicator (`impactEnergy: [33, 34, 33.5]`);
 * `undefined` without the record, or when the field holds anything but numbers.
 */
export function specimenValues(record: unknown, indicator: string): readonly number[] | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const v = (record as Record<string, unknown>)[indicator];
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number') ? v : undefined;
}

/**
 * A record's specimen values, as explanations list them: `单个值 33、34、33.5`,
 * `single values 33, 34, 33.5`.
 */
export function specimenValuesText(values: readonly number[], lang: Language): string {
  const list = values.map((v) => numberText(v));
  return lang === 'zh' ? `单个值 ${list.join('、')}` : `single values ${list.join(', ')}`;
}

/**
 * Under the rounded-value method, the specimen values as counted, after the values as read, as `explain` says
 * them: `（修约值 34、34、34）`, ` (rounded to 34, 34, 34)` — so `33.5, 33.5, 33.5 … none below ≥ 34` does not read
 * as wrong (committee-33 F2). Empty when neither side rounds or rounding changes no value.
 *
 * @example
 * roundedSpecimensText([33.5, 33.5, 33.5], underA, underB, 'en'); // ' (rounded to 34, 34, 34)'
 */
export function roundedSpecimensText(
  values: readonly number[],
  a: CriterionResult | undefined,
  b: CriterionResult | undefined,
  lang: Language,
): string {
  const c = a?.rounded !== undefined ? a : b?.rounded !== undefined ? b : undefined;
  if (!c) return '';
  const decimals = limitDecimals(c);
  const interval =
    shownDigitsOf(c.label)?.roundedAt ??
    (decimals === undefined ? undefined : parseRoundingInterval(`1e-${decimals}`));
  if (!interval) return '';
  const rounded = values.map((v) => roundNumberGbt8170(v, interval));
  if (rounded.every((r, i) => r === values[i])) return '';
  const shown = rounded.map((r) => r.toFixed(interval.decimals));
  return lang === 'zh' ? `（修约值 ${shown.join('、')}）` : ` (rounded to ${shown.join(', ')})`;
}

/**
 * One side of a count of specimens, as `grade` and `explain` word it: how
 * many fail the limit, which, and the allowance — `1 个低于 ≥ 34（第 1 个；允许至多 1 个）`,
 * `1 below ≥ 34 (specimen 1; at most 1 allowed)`; with `withValues`, the
 * failing specimens' values after their numbers (`第 1 个 33`), for a line
 * that does not list the values first.
 *
 * @example
 * specimenCountText(underA, 'zh', false); // '1 个低于 ≥ 34（第 1 个；允许至多 1 个）'
 */
export function specimenCountText(c: CriterionResult, lang: Language, withValues = false): string {
  const zh = lang === 'zh';
  const failing = c.failingSpecimens ?? [];
  const values = c.failingValues?.length === failing.length ? c.failingValues : undefined;
  const limit = c.limit ? criterionLimitText({ label: c.label, limit: c.limit }, lang) : '';
  const op = c.limit?.operator;
  const verb =
    op === '>=' || op === '>'
      ? ['低于', 'below']
      : op === '<=' || op === '<'
        ? ['高于', 'above']
        : ['不满足', 'failing'];
  const allowed = shownDigitsOf(c.label)?.allowed;
  const allowance =
    allowed === undefined
      ? ''
      : allowed.atMost
        ? zh
          ? `允许至多 ${allowed.count} 个`
          : `at most ${allowed.count} allowed`
        : zh
          ? `要求至少 ${allowed.count} 个满足`
          : `at least ${allowed.count} must meet`;
  const numbers = zh ? failing.join('、') : failing.join(', ');
  const shown = withValues && values ? values.map((v) => numberText(v)).join(zh ? '、' : ', ') : '';
  const which =
    failing.length === 0
      ? ''
      : zh
        ? `第 ${numbers} 个${shown ? ` ${shown}` : ''}`
        : `specimen${failing.length > 1 ? 's' : ''} ${numbers}${shown ? `: ${shown}` : ''}`;
  const parts = [which, allowance].filter((p) => p !== '');
  const inner = parts.length === 0 ? '' : zh ? `（${parts.join('；')}）` : ` (${parts.join('; ')})`;
  if (failing.length === 0)
    return zh ? `无一${verb[0]} ${limit}${inner}` : `none ${verb[1]} ${limit}${inner}`;
  return zh
    ? `${failing.length} 个${verb[0]} ${limit}${inner}`
    : `${failing.length} ${verb[1]} ${limit}${inner}`;
}

/**
 * The value a side compared, when the rounded-value method made it differ
 * from the measured one — `（修约值 0.06）`, ` (rounded 0.06)` — to stand
 * before that side's limit: `0.061，A ≤ 0.06 ✗ → B（修约值 0.06）≤ 0.06 ✓` says
 * why one value meets one limit under B only (committee-24 F2, F12: the
 * comparison method or rounding interval changed); `''` otherwise.
 *
 * @example
 * comparedText({ ...chloride, value: 0.061, rounded: 0.06 }, 'zh'); // '（修约值 0.06）'
 * comparedText({ ...agt, value: 8.99, rounded: 9 }, 'en'); // '(rounded 9.0) ' at an interval of 0.5
 */
export function comparedText(c: CriterionResult, lang: Language): string {
  if (c.rounded === undefined || c.rounded === c.value) return '';
  // With the digits of the grid it was rounded to, as GB/T 8170 writes it: 9.0 and 15.0 at an interval of 0.5,
  // not 9 and 15 (committee-29); the limit's own digits where no interval is fixed (0.06 for ≤ 0.06).
  const digits = shownDigitsOf(c.label)?.rounded ?? limitDecimals(c);
  const r = digits === undefined ? String(c.rounded) : c.rounded.toFixed(digits);
  return lang === 'zh' ? `（修约值 ${r}）` : `(rounded ${r}) `;
}

/** The decimals of the first number a limit's text writes (`≤ 0.060`: 3), if it writes one. */
function limitDecimals(c: CriterionResult): number | undefined {
  const m = /\d+(?:\.(\d+))?/u.exec(c.limit?.text ?? '');
  return m ? (m[1]?.length ?? 0) : undefined;
}

/**
 * Whether a requirement of the same id tests another indicator under B than
 * under A (the scope item `air-cooled` asking `airCooled = true` in one
 * edition and `waterCooled = false` in the other): each side's value is then
 * its own, and is shown with its own indicator's label (hostile-21 M2).
 */
export function subjectChanged(a: CriterionResult | undefined, b: CriterionResult | undefined): boolean {
  return a !== undefined && b !== undefined && a.indicator !== b.indicator;
}

/**
 * Whether a requirement of the same indicator has another value under B than
 * under A: a computed value — a score whose item weights changed, a formula
 * changed — is not the record's measured value, and A's next to B's limit
 * reads as a contradiction (`67.125，A ≥ 65 ✓ → B ≥ 65 ✗`, enterprise-23 W1).
 *
 * @example
 * valueChanged(underA, underB); // true for 质量绩效 67.125 under A, 64 under B
 */
export function valueChanged(a: CriterionResult | undefined, b: CriterionResult | undefined): boolean {
  if (a === undefined || b === undefined || subjectChanged(a, b)) return false;
  // One value written with a rounding mark (42.5(−)) is read as the numeral by one method and just inside it by
  // the other: the same value, shown once as written.
  if (a.written !== undefined && a.written === b.written) return false;
  return a.value !== null && b.value !== null && a.value !== b.value;
}

/**
 * A measured value as a requirement line shows it: `未提供数值` (`no value given`) for none, an enum
 * value by its label in `lang` under the requirement `a` (or `b`) tests it
 * with, as explanations show it (`热泵型`; `热泵型（B：热泵式）` when B
 * labels it otherwise), a yes/no as 是/否 in Chinese ({@link booleanText}),
 * else as given.
 *
 * @param a - the requirement under A whose value it is, for the value's label
 * @param b - the requirement under B, for its label there
 * @example
 * measuredText(true, 'zh'); // '是'
 * measuredText(69.8333333333333, 'zh', underA); // '69.83', as the explanation shows the score
 * measuredText('heat-pump', 'zh', underA, underB); // '热泵型'
 */
export function measuredText(
  value: CriterionResult['value'],
  lang: Language,
  a?: CriterionResult,
  b?: CriterionResult,
): string {
  if (value === null) return MISSING_VALUE_TEXT.value[lang];
  const inA = a && criterionValueLabel(value, a, lang);
  const inB = b && criterionValueLabel(value, b, lang);
  if (inA !== undefined && inB !== undefined && inA !== inB)
    return lang === 'zh' ? `${inA}（B：${inB}）` : `${inA} (B: ${inB})`;
  const named = inA ?? inB;
  if (named !== undefined) return named;
  if (typeof value === 'boolean') return booleanText(value, lang);
  // A number with the digits its explanation shows (a score 69.8333333333333 as 69.83), when it is that requirement's value.
  const own = a?.value === value ? a : b?.value === value ? b : undefined;
  return typeof value === 'number' && own ? criterionValueText(own, lang) : String(value);
}
