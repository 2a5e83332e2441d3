import type { CriterionResult, Limit } from '../model/grade-result';
import type { CheckModel } from '../model/rule-set-model';
import { parseRoundingInterval, type RoundingInterval, roundNumberGbt8170 } from '../rounding/gbt8170';
import { booleanRequirement, booleanText, limitTextZh } from '../text/boolean-text';
import { type LocalizedText, localized } from '../text/localized-text';
import { numberText } from '../text/number-text';
import { setLimitProse, setVerdictProse, writtenSetValues } from '../text/set-limit-prose';
import { unitAfter } from '../text/unit-after';
import { writtenBound } from '../text/written-bound';
import type { CheckOutcome } from './check-outcome';
import type { CompiledCheck } from './compile-check';
import type { DefaultInput } from './default-inputs';
import type { LimitValue } from './limit-value';
import {
  computedDecimals,
  computedShown,
  figureText,
  intervalOf,
  measuredDecimals,
  measuredValueText,
  noteShownDigits,
  readValueText,
  roundsAsCompared,
  type ShownDigits,
  shownValue,
  type ValueFigure,
} from './shown-value';
import { ValueCache } from './value-cache';
import { labelledLimitText, type ValueLabels, valueLabelText } from './value-label-text';

/** Turns one check's outcome for one record into its explanation. */
export type CriterionExplainer = (outcome: CheckOutcome) => CriterionResult;

/**
 * The same, for a record some of whose values are the rule file's defaults:
 * `defaulted` lists the slots of the indicators it left out (its facts'
 * `defaulted`), and the explanation of a value that is, or is computed from,
 * one of them says so.
 */
export type DefaultedExplainer = (outcome: CheckOutcome, defaulted: readonly number[]) => CriterionResult;

/**
 * Where the value's text ends in a result's sentence, in each language: after
 * `单位容量耗水量：22.1 L/kg`, before the mark of defaults and the verdict
 * (`，不满足 ≤ 20 L/kg（一等品）`). Worked out from the parts the explainer
 * wrote the sentence from — its head, the mark of the defaults `defaulted`
 * (the record's facts' slots filled by a default) make, and the verdict —
 * not by searching the text. `undefined` for a result with no measured value
 * in its sentence (missing, not applicable, a condition, a count), one this
 * check did not write, or a value marked as a default when `defaulted` is not
 * given.
 */
export type ValueEnd = (
  result: CriterionResult,
  defaulted?: readonly number[],
) => { zh: number; en: number } | undefined;

/** A check's explanation, and, where its value can be or come from a default, the one that says so. */
export interface CompiledExplainer {
  explain: CriterionExplainer;
  /** `undefined` when the check's value depends on no indicator with a default. */
  withDefaults: DefaultedExplainer | undefined;
  /** For text written when a result is shown (a derived value's operands): see {@link ValueEnd}. Not used in grading. */
  valueEnd: ValueEnd;
  /**
   * The result of an outcome `isNotChecked` (its table has no row for the record's keys): rare, so kept out of
   * `explain`, which gives such an outcome the shared not-applicable result; the caller puts this one in its place.
   */
  notChecked: CriterionExplainer;
  /** The result of a measured value the record wrote with a rounding mark (rare): see {@link WrittenExplainer}. */
  written: WrittenExplainer;
}

/**
 * The result of an outcome whose measured value the record wrote with a
 * GB/T 8170 rounding mark: as `explain` gives it, its sentence showing the
 * value as written (`28 天抗压强度：42.5(−) MPa，不满足 ≥ 42.5 MPa`), with
 * `written`. Built for its record alone. An outcome with no measured value
 * in its sentence (missing, not applicable, a condition, a count) gets
 * `explain`'s result.
 */
export type WrittenExplainer = (outcome: CheckOutcome, written: string) => CriterionResult;

/** The sentences around a value, fixed for one limit: built once per limit, not per record. */
interface Phrases {
  limit: Limit | null;
  /** For a computed value (a mean, a formula's result): the decimals it is shown with next to this limit. */
  decimals: number | undefined;
  /** For a measured number: the limit's written decimals, the fewest it is shown with (`4.0` beside `≥ 4.0`). */
  measuredDecimals?: number | undefined;
  passed: LocalizedText;
  failed: LocalizedText;
  missing: LocalizedText;
  /** Results with no value of the record's in them, built on first use and shared, frozen, by every record. */
  shared?: Partial<Record<'missing' | 'passed' | 'failed', CriterionResult>>;
  /**
   * Sentences already written for a value's text, passed and failed, shared (frozen) by the records
   * that show the same value: measured values repeat (they are given to a few decimals), so most
   * records allocate no sentence, and a writer meets the same object again. Only for kept phrases.
   */
  sentences?: [Map<string, LocalizedText>, Map<string, LocalizedText>];
  /**
   * Whole results already built for a measured value, passed and failed, shared (frozen) by the
   * records with that value (for one that names a specimen, see `specimenResults`): a
   * record kept in memory then holds little of its own, and a writer copies the result's bytes.
   */
  results?: [ValueCache<CriterionResult>, ValueCache<CriterionResult>];
  /**
   * As `results`, for a value that names the specimen that decides (`第 2 个试样 415 MPa`), by the
   * specimen: a tensile test's strengths repeat as other values do, each specimen's sentence its own.
   */
  specimenResults?: [ValueCache<CriterionResult>, ValueCache<CriterionResult>][];
  /** As `results`, for a value that is the first (for an indicator tested, the only) default, or is computed from it alone. */
  defaultedFirst?: [ValueCache<CriterionResult>, ValueCache<CriterionResult>];
  /** As `results`, for values computed from other sets of defaults, by the set's bit mask. */
  defaultedResults?: Map<number, [ValueCache<CriterionResult>, ValueCache<CriterionResult>]>;
}

/** Specimens whose results are kept apart per limit (a tensile test has a few); a later one's are built for its record. */
const MAX_SPECIMEN_CACHES = 8;

/** Sentences and results kept per limit and verdict; past this, they are built for their record alone. */
const MAX_SENTENCES = 256;

/**
 * How many limits' phrases the explainers of one rule set keep, between
 * them. Each table cell a requirement reads keeps its own on first use: a
 * rule set of 5,000 requirements over a 2,000-row table would keep ten
 * million. Past this, a limit's phrases are built for each record that
 * needs them, as a computed limit's are; the results read the same.
 */
export const MAX_KEPT_PHRASES = 1 << 16;

/**
 * How many sentences and results for measured values the explainers of one
 * rule set keep, between them. Each kept limit keeps up to 256 of each per
 * verdict: 5,000 requirements reading a table kept ~1 MB more with every
 * record of fresh values. Past this, they are built for their record alone.
 */
export const MAX_KEPT_VALUES = 1 << 18;

/** What the explainers of one rule set keep between them: limits' phrases, and values' sentences and results. */
export interface PhraseBudget {
  kept: number;
  values: number;
}

/** What {@link compileExplainer} needs to know of a check beyond the check itself. */
export interface ExplainerOptions {
  /** The unit of the value the check reads. */
  unit?: string | undefined;
  /** The decimals a derived value is shown at. */
  decimals?: number | undefined;
  /** What the explainers of the rule set keep between them. */
  budget?: PhraseBudget;
  /** Whether the value is derived (a formula's result). */
  derived?: boolean;
  /** The values left out that take their default, and where. */
  defaults?: readonly DefaultInput[];
  /** What an explanation calls each value, by slot. */
  labels?: readonly LocalizedText[];
  /** How a computed value is shown on every line of a record's explanation. */
  figure?: ValueFigure | undefined;
  /** The labels of the value's values (an enum's). */
  valueLabels?: ValueLabels | undefined;
  /** Whether the rule set has one grade (a conformity standard): the requirement's bracket says it is that grade's requirement. */
  onlyGrade?: boolean;
  /** The rule set's tables, by index: a result not checked for want of a row names the table and its keys. */
  tables?: readonly {
    name: string;
    keys: readonly { indicator: string; slot: number; unit?: string | undefined }[];
  }[];
}

/**
 * Compiles the explanation of one check. Everything that does not depend on
 * the record — labels, the limit as data and text, the sentences around the
 * value — is built here, once; per record only the measured value is written
 * into its sentence, e.g. "APF: 4.32 does not meet ≥ 4.50 (Grade 2)" /
 * "全年能源消耗效率 APF：4.32，不满足 ≥ 4.50（2级）".
 */
export function compileExplainer(check: CompiledCheck, options: ExplainerOptions = {}): CompiledExplainer {
  const {
    unit,
    decimals,
    budget = { kept: 0, values: 0 },
    derived = false,
    defaults = [],
    labels = [],
    figure,
    valueLabels,
    onlyGrade = false,
    tables = [],
  } = options;
  const m = check.model;
  // Shared by every result of this check: frozen, so a result cannot change another's.
  const label = frozen(m.label.zh, m.label.en);
  const where = context(m, onlyGrade);
  const u = unitAfter(unit);
  const reason = m.reason ? { zh: `。${m.reason.zh}`, en: `. ${m.reason.en}` } : { zh: '', en: '' };
  const head = { zh: `${label.zh}：`, en: `${label.en}: ` };
  const grade = m.grade?.id ?? null;
  const capAt = m.capAt?.id;
  const indicator = m.subject ?? null;
  const comparedAt = m.comparison.method === 'rounded' ? m.comparison.interval : undefined;
  const roundedDigits = comparedAt?.decimals;
  const mean = m.aggregate === 'mean';
  const extreme = extremeRead(m);
  // A derived value with `decimals` is shown at that precision; its `value` keeps every digit.
  const shownAt = decimals === undefined ? undefined : parseRoundingInterval(`1e-${decimals}`);
  // A formula's result or a mean has as many digits as a double holds: shown one decimal finer than its limit.
  const computed = (derived && !shownAt) || mean;
  // A formula's limit without `decimals` is computed per record, with a double's digits (computedDecimals).
  const formulaLimit =
    m.test.kind === 'compare' && m.test.operand.kind === 'expr' && m.test.operand.decimals === undefined;

  const phrasesOf = (limit: Limit | null): Phrases => {
    // A tolerance shows its unit too: "10.0 ± 0.1 [9.9, 10.1] mm".
    const withUnit = limit && (typeof limit.value === 'number' || m.test.kind === 'tolerance');
    // An enum's values by their labels (`≠ 整体式` / `≠ Single-package`), the result's limit keeping the values.
    const labelled = limit && valueLabels ? labelledLimitText(limit, valueLabels, 'en') : undefined;
    // A set in words, `属于 1、2、3 之一` / `one of 1, 2, 3`, not `∈ {1, 2, 3}` (newcomer-27 M7); `limit.text` keeps the braces.
    const set =
      limit && (limit.operator === 'in' || limit.operator === 'not in') ? limit.operator : undefined;
    const text = limit
      ? `${labelled ?? (set ? setLimitProse(set, writtenSetValues(limit), 'en') : limit.text)}${withUnit ? u : ''}`
      : '';
    // Chinese prose says 是/否 for a boolean limit (`= 是`); built here, once per limit.
    const labelledZh = limit && valueLabels ? labelledLimitText(limit, valueLabels, 'zh') : undefined;
    const textZh = limit
      ? `${labelledZh ?? (set ? setLimitProse(set, writtenSetValues(limit), 'zh') : limitTextZh(limit))}${withUnit ? u : ''}`
      : '';
    if (m.test.kind === 'condition') {
      return {
        limit,
        decimals: undefined,
        passed: frozen(
          `${head.zh}条件 ${text}成立${where.zh}`,
          `${head.en}condition ${text} holds${where.en}`,
        ),
        failed: frozen(
          `${head.zh}条件 ${text}不成立${where.zh}`,
          `${head.en}condition ${text} does not hold${where.en}`,
        ),
        missing: frozen('', ''),
      };
    }
    // A boolean requirement says what is required: "满足 = 否" would read as "satisfied: no". One whose values
    // have labels reads as an enum's (`不满足 = 风冷式`): a label is no yes/no.
    const required = limit && labelled === undefined ? booleanRequirement(limit, 'zh') : undefined;
    if (limit && required !== undefined) {
      const requiredEn = booleanRequirement(limit, 'en')!;
      return {
        limit,
        decimals: undefined,
        passed: {
          zh: `，满足要求（${required}）${where.zh}`,
          en: ` meets the requirement (${requiredEn})${where.en}`,
        },
        failed: {
          zh: `，不满足要求（${required}）${where.zh}${reason.zh}`,
          en: ` does not meet the requirement (${requiredEn})${where.en}${reason.en}`,
        },
        missing: frozen(
          `${head.zh}未提供数值，无法确认是否满足要求（${required}）${where.zh}`,
          `${head.en}no value given, so the requirement (${requiredEn}) cannot be confirmed${where.en}`,
        ),
      };
    }
    // A set in words for the verdict too: `，不属于 1、2、3 之一`, not `，不满足 属于 1、2、3 之一` (newcomer-27 M7).
    if (limit && set && Array.isArray(limit.value)) {
      const shownZh = setShown(limit, valueLabels, 'zh');
      const shownEn = setShown(limit, valueLabels, 'en');
      return {
        limit,
        decimals: undefined,
        passed: {
          zh: `${setVerdictProse(set, shownZh, true, 'zh')}${where.zh}`,
          en: `${setVerdictProse(set, shownEn, true, 'en')}${where.en}`,
        },
        failed: {
          zh: `${setVerdictProse(set, shownZh, false, 'zh')}${where.zh}${reason.zh}`,
          en: `${setVerdictProse(set, shownEn, false, 'en')}${where.en}${reason.en}`,
        },
        missing: frozen(
          `${head.zh}未提供数值，无法确认是否${textZh}${where.zh}`,
          `${head.en}no value given, so whether it is ${text} cannot be confirmed${where.en}`,
        ),
      };
    }
    return {
      limit,
      decimals: computed ? computedDecimals(limit, roundedDigits, formulaLimit) : undefined,
      // A formula's limit computed per record has a double's digits, not a written precision.
      measuredDecimals: computed || formulaLimit ? undefined : measuredDecimals(limit),
      passed: { zh: `，满足 ${textZh}${where.zh}`, en: ` meets ${text}${where.en}` },
      failed: {
        zh: `，不满足 ${textZh}${where.zh}${reason.zh}`,
        en: ` does not meet ${text}${where.en}${reason.en}`,
      },
      missing: frozen(
        `${head.zh}未提供数值，无法确认 ${textZh}${where.zh}`,
        `${head.en}no value given, so ${text} cannot be confirmed${where.en}`,
      ),
    };
  };
  // Literal limits and table cells carry a key: their phrases are built on first use and kept.
  const cache: Phrases[] = [];
  const phrases = (limit: LimitValue | undefined): Phrases => {
    if (!limit) return conditionPhrases;
    if (limit.key < 0) return phrasesOf(check.limitOf(limit));
    let p = cache[limit.key];
    if (!p) {
      if (budget.kept >= MAX_KEPT_PHRASES) return phrasesOf(check.limitOf(limit));
      budget.kept++;
      p = phrasesOf(freezeLimit(check.limitOf(limit)));
      p.sentences = [new Map(), new Map()];
      p.results = [new ValueCache(), new ValueCache()];
      cache[limit.key] = p;
    }
    return p;
  };
  const conditionPhrases = phrasesOf(freezeLimit(check.limitOf(undefined)));
  /** The sentence for a value's text, shared where the phrases are kept. */
  const sentence = (p: Phrases, value: LocalizedText, passed: boolean): LocalizedText => {
    const tail = passed ? p.passed : p.failed;
    const kept = p.sentences?.[passed ? 0 : 1];
    if (!kept) return { zh: head.zh + value.zh + tail.zh, en: head.en + value.en + tail.en };
    const key = value.zh === value.en ? value.zh : `${value.zh}\u0000${value.en}`;
    const known = kept.get(key);
    if (known !== undefined) return known;
    const zh = head.zh + value.zh + tail.zh;
    const en = head.en + value.en + tail.en;
    if (kept.size >= MAX_SENTENCES || budget.values >= MAX_KEPT_VALUES) return { zh, en };
    // Frozen only when kept: an output writer keeps the bytes of a frozen object, which is worth it for a shared one.
    const made = frozen(zh, en);
    kept.set(key, made);
    budget.values++;
    return made;
  };
  const notApplicable = frozen(
    `${head.zh}不适用于此记录${where.zh}`,
    `${head.en}not applicable to this record${where.en}`,
  );
  // A value left out that decides: the `when` needs it (not applicable), or the limit reads it (missing).
  // The same for every record leaving it out, so built once per value and shared.
  const absentResults: CriterionResult[] = [];
  const absentResult = (outcome: CheckOutcome): CriterionResult => {
    const missing = outcome.status === 'missing';
    const at = outcome.absent * 2 + (missing ? 1 : 0);
    let r = absentResults[at];
    if (!r) {
      const value = labels[outcome.absent] ?? localized(String(outcome.absent));
      const message = missing
        ? frozen(
            `${head.zh}限值需要“${value.zh}”，此记录未给出，无法判定${where.zh}`,
            `${head.en}the limit needs ${value.en}, which the record does not give, so it cannot be judged${where.en}`,
          )
        : frozen(
            `${head.zh}未给出“${value.zh}”，不适用于此记录${where.zh}`,
            `${head.en}not applicable to this record: ${value.en} not given${where.en}`,
          );
      r = Object.freeze(
        result(
          m.id,
          label,
          indicator,
          null,
          null,
          missing ? false : null,
          outcome.status,
          grade,
          m.effect,
          message,
          capAt,
        ),
      );
      absentResults[at] = r;
    }
    return r;
  };
  const isCondition = m.test.kind === 'condition';
  const counted = m.aggregate === 'atMostFailing' || m.aggregate === 'atLeastPassing';
  if (
    shownAt ||
    roundedDigits !== undefined ||
    computed ||
    counted ||
    valueLabels ||
    unit ||
    formulaLimit ||
    extreme
  ) {
    const digits: ShownDigits = { at: shownAt, rounded: roundedDigits };
    // A report's short text shows the unit beside a number limit, as the explanation does (newcomer-27 M7).
    if (unit) digits.unit = unit;
    if (valueLabels) digits.valueLabels = valueLabels;
    if (comparedAt) digits.roundedAt = comparedAt;
    if (computed && !shownAt) digits.computed = true;
    if (mean) digits.mean = true;
    if (extreme) digits.extreme = extreme;
    if (formulaLimit) digits.perRecordLimit = true;
    if (figure) digits.figure = figure;
    if (counted) digits.allowed = { atMost: m.aggregate === 'atMostFailing', count: m.aggregateCount ?? 0 };
    noteShownDigits(label, digits);
  }

  // Results that hold no value of the record's are the same for every record: built once and shared.
  const notApplicableResult = Object.freeze(
    result(m.id, label, indicator, null, null, null, 'not-applicable', grade, m.effect, notApplicable, capAt),
  );
  // A table with no row for the record's keys (newcomer-30 M1): rare, so built for its record alone, saying which
  // table and keys, where a `~` cell's shared result says nothing.
  const noRowResult = (noRow: NonNullable<CheckOutcome['noRow']>): CriterionResult => {
    const table = tables[noRow.table];
    const keys: Record<string, unknown> = {};
    const zh: string[] = [];
    const en: string[] = [];
    for (const [i, k] of (table?.keys ?? []).entries()) {
      const v = noRow.keys[i];
      keys[k.indicator] = v;
      const text = `${Array.isArray(v) ? v.join('/') : String(v)}${typeof v === 'number' ? unitAfter(k.unit) : ''}`;
      const name = labels[k.slot] ?? localized(k.indicator);
      zh.push(`${name.zh}为 ${text}`);
      en.push(`${name.en} ${text}`);
    }
    const name = table?.name ?? String(noRow.table);
    const r = result(
      m.id,
      label,
      indicator,
      null,
      null,
      null,
      'not-applicable',
      grade,
      m.effect,
      {
        zh: `${head.zh}未检验：表 ${name} 没有${zh.join('、')} 的行${where.zh}`,
        en: `${head.en}not checked: table ${name} has no row for ${en.join(' and ')}${where.en}`,
      },
      capAt,
    );
    r.notChecked = { table: name, keys };
    return r;
  };
  const sharedResult = (p: Phrases, status: 'missing' | 'passed' | 'failed'): CriterionResult => {
    const known = p.shared?.[status];
    if (known) return known;
    const r = result(
      m.id,
      label,
      indicator,
      null,
      p.limit,
      status !== 'missing' && status === 'passed',
      status,
      grade,
      m.effect,
      p[status],
      capAt,
    );
    // Phrases of a computed limit live for one record only; the others are kept.
    if (Object.isFrozen(p.limit) || p.limit === null) {
      p.shared ??= {};
      p.shared[status] = Object.freeze(r);
    }
    return r;
  };

  /** The result of an outcome with a measured value: under the rounded-value method with the value as compared, and the specimen that decides. */
  const measuredResult = (
    outcome: CheckOutcome,
    limit: Limit | null,
    passed: boolean,
    message: LocalizedText,
  ): CriterionDraft => {
    const r = result(
      m.id,
      label,
      indicator,
      outcome.measured!,
      limit,
      passed,
      outcome.status,
      grade,
      m.effect,
      message,
      capAt,
    );
    if (outcome.rounded && typeof outcome.compared === 'number') r.rounded = outcome.compared;
    if (outcome.specimen) r.specimen = outcome.specimen;
    return r;
  };

  // "single values 30, 45, 40 J: 1 fails ≥ 34 J (specimen 1), at most 1 allowed", as GB/T 229 states it.
  const atMost = m.aggregate === 'atMostFailing';
  const allowed = m.aggregateCount ?? 0;
  const countResult = (outcome: CheckOutcome, limit: Limit | null, passed: boolean): CriterionResult => {
    const values = outcome.specimens!;
    const failing = outcome.failing!;
    const limitText = limit ? `${limit.text}${u}` : '';
    // Under the rounded-value method each is rounded at the 15 digits read, and shown so beside its 修约值.
    const list = values.map((v) => (outcome.rounded ? readValueText(v) : numberText(v)));
    let zhValues = `单个值 ${list.join('、')}${u}`;
    let enValues = `single values ${list.join(', ')}${u}`;
    // Under the rounded-value method each single value is rounded before it is counted: show them when that changes one.
    if (outcome.rounded && outcome.limit) {
      const interval =
        m.comparison.method === 'rounded' && m.comparison.interval
          ? m.comparison.interval
          : parseRoundingInterval(`1e-${outcome.limit.decimals}`)!;
      const rounded = values.map((v) => roundNumberGbt8170(v, interval));
      if (rounded.some((r, i) => r !== values[i])) {
        const shown = rounded.map((r) => r.toFixed(interval.decimals));
        zhValues += `（修约值 ${shown.join('、')}）`;
        enValues += ` (rounded to ${shown.join(', ')})`;
      }
    }
    const which =
      failing.length === 0
        ? { zh: '', en: '' }
        : {
            zh: `（第 ${failing.join('、')} 个）`,
            en: ` (specimen${failing.length > 1 ? 's' : ''} ${failing.join(', ')})`,
          };
    const tail = passed
      ? { zh: where.zh, en: where.en }
      : { zh: where.zh + reason.zh, en: where.en + reason.en };
    // None below the limit: said as an author reads it, "all meet", not "0 fail" (newcomer-words-42 f).
    const body = atMost
      ? failing.length === 0
        ? {
            zh: `${zhValues}，全部满足 ${limitText}（允许至多 ${allowed} 个不满足）`,
            en: `${enValues}: all meet ${limitText} (at most ${allowed} may fail)`,
          }
        : {
            zh: `${zhValues}，${failing.length} 个不满足 ${limitText}${which.zh}，允许至多 ${allowed} 个`,
            en: `${enValues}: ${failing.length} ${failing.length === 1 ? 'fails' : 'fail'} ${limitText}${which.en}, at most ${allowed} allowed`,
          }
      : {
          zh: `${zhValues}，${values.length} 个中 ${values.length - failing.length} 个满足 ${limitText}${failing.length ? `（不满足：第 ${failing.join('、')} 个）` : ''}，要求至少 ${allowed} 个`,
          en: `${enValues}: ${values.length - failing.length} of ${values.length} meet ${limitText}${failing.length ? ` (failing: specimen${failing.length > 1 ? 's' : ''} ${failing.join(', ')})` : ''}, at least ${allowed} required`,
        };
    const r = measuredResult(outcome, limit, passed, {
      zh: head.zh + body.zh + tail.zh,
      en: head.en + body.en + tail.en,
    });
    r.failingSpecimens = [...failing];
    r.failingValues = failing.map((i) => values[i - 1]!);
    return r;
  };

  // A grade-table cell `n/a`: the grade does not exist for this record's row. The same for every record.
  const gradeName = m.grade?.label ?? localized('');
  const unavailableResult = Object.freeze({
    ...result(
      m.id,
      label,
      indicator,
      null,
      null,
      false,
      'failed',
      grade,
      m.effect,
      frozen(
        `${head.zh}此产品没有${gradeName.zh}（n/a），不能评为该等级`,
        `${head.en}${gradeName.en} does not exist for this product (n/a), so the record cannot reach it`,
      ),
      capAt,
    ),
    unavailable: true as const,
  });

  // "（未提供，按默认值）" for the indicator tested; the values a formula took, for a derived one.
  // Which defaults a record used is a bit mask over `defaults` (at most 30 are told apart), its mark built once.
  const told = defaults.length > 30 ? defaults.slice(0, 30) : defaults;
  const marks = new Map<number, LocalizedText>();
  const usedMask = (defaulted: readonly number[]): number => {
    let mask = 0;
    for (let i = 0; i < told.length; i++) if (defaulted.includes(told[i]!.slot)) mask |= 1 << i;
    return mask;
  };
  const markOf = (mask: number): LocalizedText => {
    let mark = marks.get(mask);
    if (!mark) {
      const used = told.filter((_, i) => mask & (1 << i));
      mark =
        used.length === 1 && used[0]!.direct
          ? localized('（未提供，按默认值）', ' (not given; the default)')
          : localized(
              `（未提供，按默认值计：${used.map((d) => d.text.zh).join('、')}）`,
              ` (defaults for values not given: ${used.map((d) => d.text.en).join(', ')})`,
            );
      marks.set(mask, mark);
    }
    return mark;
  };
  /** The result of a value that is, or is computed from, a default the record did not give. */
  const defaultedResult = (
    outcome: CheckOutcome,
    p: Phrases,
    passed: boolean,
    mask: number,
  ): CriterionResult => {
    const measured = outcome.measured;
    let kept: ValueCache<CriterionResult> | undefined;
    if (p.results && !outcome.specimen && !Object.is(measured, -0)) {
      let pair = mask === 1 ? p.defaultedFirst : p.defaultedResults?.get(mask);
      if (!pair) {
        pair = [new ValueCache(), new ValueCache()];
        if (mask === 1) p.defaultedFirst = pair;
        else {
          p.defaultedResults ??= new Map();
          p.defaultedResults.set(mask, pair);
        }
      }
      kept = pair[passed ? 0 : 1];
      const known = kept.get(measured);
      if (known) return known;
    }
    const value = valueText(outcome, u, mean, comparedAt, shownAt, computed, passed, p, figure, valueLabels);
    const mark = markOf(mask);
    const tail = passed ? p.passed : p.failed;
    const r = measuredResult(outcome, p.limit, passed, {
      zh: head.zh + value.zh + mark.zh + tail.zh,
      en: head.en + value.en + mark.en + tail.en,
    });
    r.defaulted = true;
    if (kept && !kept.full && budget.values < MAX_KEPT_VALUES) {
      Object.freeze(r.message);
      kept.set(measured, Object.freeze(r));
      budget.values++;
    }
    return r;
  };

  /** The results kept for a specimen's values under one limit, made on first use; none where the phrases are not kept. */
  const specimenCache = (
    p: Phrases,
    specimen: number,
    passed: boolean,
  ): ValueCache<CriterionResult> | undefined => {
    if (!p.results || specimen > MAX_SPECIMEN_CACHES) return undefined;
    p.specimenResults ??= [];
    let pair = p.specimenResults[specimen];
    if (!pair) {
      pair = [new ValueCache(), new ValueCache()];
      p.specimenResults[specimen] = pair;
    }
    return pair[passed ? 0 : 1];
  };

  // Kept apart from the explanation of a record with no defaults, which runs for every check of every
  // record: a larger body is no longer inlined where the checks are explained (AC gradeSync, ~4 %).
  const explain: CriterionExplainer = (outcome) => {
    const status = outcome.status;
    // A missing table row (isNotChecked) is told by `notChecked`, called apart: its body inlined here slowed every
    // record (AC gradeSync −27 % with 4 % of records out of scope, each with five such results).
    if (status === 'not-applicable') return outcome.absent >= 0 ? absentResult(outcome) : notApplicableResult;
    if (outcome.state === 'unavailable') return unavailableResult;
    const p = phrases(outcome.limit);
    if (status === 'missing') return outcome.absent < 0 ? sharedResult(p, 'missing') : absentResult(outcome);
    const passed = status === 'passed';
    const measured = outcome.measured;
    if (isCondition || measured === undefined) return sharedResult(p, passed ? 'passed' : 'failed');
    if (outcome.failing !== undefined) return countResult(outcome, p.limit, passed);
    // Everything else in the result follows from the value, the specimen and the phrases (-0 is kept apart: it is not 0).
    const kept = Object.is(measured, -0)
      ? undefined
      : outcome.specimen
        ? specimenCache(p, outcome.specimen, passed)
        : p.results?.[passed ? 0 : 1];
    const known = kept?.get(measured);
    if (known) return known;
    const message = sentence(
      p,
      valueText(outcome, u, mean, comparedAt, shownAt, computed, passed, p, figure, valueLabels),
      passed,
    );
    const r = measuredResult(outcome, p.limit, passed, message);
    // Frozen only when kept, as sentences are; its message too (a sentence is not kept past MAX_SENTENCES).
    if (kept && !kept.full && budget.values < MAX_KEPT_VALUES) {
      Object.freeze(r.message);
      kept.set(measured, Object.freeze(r));
      budget.values++;
    }
    return r;
  };
  // Read only when a result is shown: the phrases are built again here, never kept. A sentence is head + value
  // + the defaults' mark + verdict (see `defaultedResult`, `sentence`), so the value ends where the mark and the
  // verdict begin; the text is only checked to be one this check wrote.
  const valueEnd: ValueEnd = (r, defaulted) => {
    if (isCondition || r.value === null || r.unavailable || r.failingSpecimens !== undefined)
      return undefined;
    if ((r.status !== 'passed' && r.status !== 'failed') || r.id !== m.id) return undefined;
    let mark: LocalizedText | undefined;
    if (r.defaulted) {
      if (defaulted === undefined) return undefined;
      const mask = told.length === 1 ? +defaulted.includes(told[0]!.slot) : usedMask(defaulted);
      if (mask === 0) return undefined;
      mark = markOf(mask);
    }
    const p = phrasesOf(r.limit);
    const tail = r.status === 'passed' ? p.passed : p.failed;
    const end = (lang: 'zh' | 'en'): number | undefined => {
      const text = r.message[lang];
      const after = (mark?.[lang] ?? '') + tail[lang];
      if (!text.startsWith(head[lang]) || !text.endsWith(after)) return undefined;
      const at = text.length - after.length;
      return at > head[lang].length ? at : undefined;
    };
    const zh = end('zh');
    const en = end('en');
    return zh === undefined || en === undefined ? undefined : { zh, en };
  };
  // The result made last, and for what: the records of a file mostly leave out the same columns, and a
  // default is one value, so most records with defaults get the same result here as the one before.
  let last: CriterionResult | undefined;
  let lastDefaulted: readonly number[] | undefined;
  let lastLimit: LimitValue | undefined;
  let lastStatus: CheckOutcome['status'] | undefined;
  let lastMeasured: unknown;
  let lastAbsent = -1;
  const withDefaults: DefaultedExplainer | undefined =
    told.length === 0
      ? undefined
      : (outcome, defaulted) => {
          const measured = outcome.measured;
          if (
            defaulted === lastDefaulted &&
            outcome.limit === lastLimit &&
            outcome.status === lastStatus &&
            outcome.specimen === 0 &&
            outcome.absent === lastAbsent &&
            Object.is(measured, lastMeasured)
          )
            return last!;
          const r = explainDefaulted(outcome, defaulted);
          // Only a result kept and shared (frozen) is remembered: one for its record alone is not given twice.
          if (Object.isFrozen(r) && outcome.specimen === 0 && outcome.failing === undefined) {
            last = r;
            lastDefaulted = defaulted;
            lastLimit = outcome.limit;
            lastStatus = outcome.status;
            lastMeasured = measured;
            lastAbsent = outcome.absent;
          }
          return r;
        };
  function explainDefaulted(outcome: CheckOutcome, defaulted: readonly number[]): CriterionResult {
    const mask = told.length === 1 ? +defaulted.includes(told[0]!.slot) : usedMask(defaulted);
    const measured = outcome.measured;
    // Only a value the record shows is marked: not a skipped check, a missing value, a condition, a count.
    if (
      mask === 0 ||
      outcome.status === 'not-applicable' ||
      outcome.status === 'missing' ||
      outcome.state === 'unavailable' ||
      isCondition ||
      measured === undefined ||
      outcome.failing !== undefined
    )
      return explain(outcome);
    return defaultedResult(outcome, phrases(outcome.limit), outcome.status === 'passed', mask);
  }
  const written: WrittenExplainer = (outcome, text) => {
    const status = outcome.status;
    if (
      (status !== 'passed' && status !== 'failed') ||
      outcome.state === 'unavailable' ||
      isCondition ||
      typeof outcome.measured !== 'number' ||
      outcome.failing !== undefined
    )
      return explain(outcome);
    const passed = status === 'passed';
    const p = phrases(outcome.limit);
    const value = valueText(
      outcome,
      u,
      mean,
      comparedAt,
      shownAt,
      computed,
      passed,
      p,
      figure,
      valueLabels,
      text,
    );
    const tail = passed ? p.passed : p.failed;
    const r = measuredResult(outcome, p.limit, passed, {
      zh: head.zh + value.zh + tail.zh,
      en: head.en + value.en + tail.en,
    });
    r.written = text;
    return r;
  };
  return { explain, withDefaults, valueEnd, notChecked: (outcome) => noRowResult(outcome.noRow!), written };
}

/** A requirement's result while it is put together: its parts are set one by one before it is handed out (and maybe frozen). */
type CriterionDraft = { -readonly [K in keyof CriterionResult]: CriterionResult[K] };

function result(
  id: string,
  label: LocalizedText,
  indicator: string | null,
  value: CriterionResult['value'],
  limit: Limit | null,
  passed: boolean | null,
  status: CriterionResult['status'],
  grade: string | null,
  effect: CriterionResult['effect'],
  message: LocalizedText,
  capAt: string | undefined,
): CriterionDraft {
  const r: CriterionDraft = { id, label, indicator, value, limit, passed, status, grade, effect, message };
  if (capAt !== undefined) r.capAt = capAt;
  return r;
}

/**
 * Which of the specimens a requirement reads, where it is their least or greatest: `aggregate: min` / `max`, and
 * `each` against a one-sided limit, which reads the least (`≥`, `>`) or greatest (`≤`, `<`) as compile-check does.
 */
function extremeRead(m: CheckModel): 'min' | 'max' | undefined {
  if (m.aggregate === 'min' || m.aggregate === 'max') return m.aggregate;
  if (m.aggregate !== 'each' || m.test.kind !== 'compare') return undefined;
  const op = m.test.operator;
  return op === '>=' || op === '>' ? 'min' : op === '<=' || op === '<' ? 'max' : undefined;
}

function valueText(
  reading: CheckOutcome,
  u: string,
  mean: boolean,
  comparedAt: RoundingInterval | undefined,
  shownAt: RoundingInterval | undefined,
  computed: boolean,
  passed: boolean,
  p: Phrases,
  figure: ValueFigure | undefined,
  valueLabels: ValueLabels | undefined,
  written?: string,
): LocalizedText {
  const measured = reading.measured!;
  const limit = p.limit;
  const roundedDigits = comparedAt?.decimals;
  let shown =
    typeof measured === 'number'
      ? figure
        ? figureText(figure, measured)
        : shownAt
          ? shownValue(measured, shownAt, limit, passed)
          : computed
            ? // Under the rounded-value method the verdict is the rounded value's, shown beside it: no guard.
              computedShown(
                measured,
                numberText(measured),
                p.decimals,
                limit,
                reading.rounded ? null : passed,
              )
            : reading.rounded && reading.compared === measured
              ? asCompared(measured, roundedDigits ?? reading.limit?.decimals ?? 0)
              : reading.rounded
                ? readValueText(measured)
                : measuredValueText(measured, p.measuredDecimals)
      : String(measured);
  // A value written with a rounding mark is shown as written (`42.5(−)`), not as the number graded.
  if (written !== undefined) shown = written;
  else if (
    computed &&
    !shownAt &&
    reading.rounded &&
    typeof measured === 'number' &&
    typeof reading.compared === 'number'
  )
    shown = roundsAsCompared(
      shown,
      measured,
      reading.compared,
      comparedAt ?? intervalOf(reading.limit?.decimals ?? 0),
    );
  let zh = typeof measured === 'number' ? shown + u : shown;
  let en = zh;
  // A boolean reads 是/否 in Chinese prose; the result's value stays the boolean.
  if (typeof measured === 'boolean') zh = booleanText(measured, 'zh');
  // An enum's or a boolean's value by its label in each language (热泵型 / Heat pump, 水冷式 / Water-cooled);
  // the result's value stays the value.
  const named = valueLabels?.get(measured as string | number | boolean);
  if (named !== undefined) {
    zh = named.zh;
    en = named.en;
  }
  // A bound (`<0.025`) is decided alike over its whole half-line: the rounded value of the number graded says nothing.
  if (
    reading.rounded &&
    typeof reading.compared === 'number' &&
    reading.compared !== measured &&
    (written === undefined || writtenBound(written) === undefined)
  ) {
    const r = reading.compared.toFixed(roundedDigits ?? reading.limit?.decimals ?? 0);
    // A mean of 26.96 shown as 27.0 is its rounded value already: "（修约值 27）" would say it twice.
    if (Number(r) !== Number(written === undefined ? shown : written.slice(0, written.indexOf('(')))) {
      zh += `（修约值 ${r}）`;
      en += ` (rounded to ${r})`;
    }
  }
  if (mean) {
    zh = `平均值 ${zh}`;
    en = `mean ${en}`;
  }
  if (reading.specimen) {
    zh = `第 ${reading.specimen} 个试样 ${zh}`;
    en = `specimen ${reading.specimen}: ${en}`;
  }
  return { zh, en };
}

/** A set limit's values as its sentence shows them: by their labels where any has one, else as the rule file writes them. */
function setShown(limit: Limit, valueLabels: ValueLabels | undefined, lang: 'zh' | 'en'): string[] {
  const values = limit.value as readonly unknown[];
  if (valueLabels && values.some((v) => valueLabelText(v, valueLabels, lang) !== undefined))
    return values.map((v) => valueLabelText(v, valueLabels, lang) ?? String(v));
  return writtenSetValues(limit);
}

/**
 * A measured value that GB/T 8170 rounding leaves as it is, under the
 * rounded-value method: written with the digits it was compared at, as its
 * rounded value — 0.02 against ≤ 0.020 reads 0.020, as the limit beside it
 * does. Only trailing zeros are added: the number is the same, and a value
 * with more digits (0.0254) is not this one (it is shown with its 修约值).
 */
function asCompared(value: number, decimals: number): string {
  return decimals > 0 && decimals <= 20 && Math.abs(value) < 1e21
    ? value.toFixed(decimals)
    : numberText(value);
}

function context(check: CheckModel, onlyGrade: boolean): LocalizedText {
  if (check.effect === 'scope') return { zh: '（适用范围）', en: ' (scope)' };
  if (check.effect === 'gate') return { zh: '（否决项）', en: ' (veto item)' };
  if (check.effect === 'cap') {
    return {
      zh: `（未满足时等级不高于${check.capAt!.label.zh}）`,
      en: ` (failing it caps the grade at ${check.capAt!.label.en})`,
    };
  }
  const grade = check.grade!.label;
  // A conformity standard's one grade: `（合格）` after "不满足 ≥ 400 MPa" reads as a verdict (committee-22 F10).
  if (onlyGrade) return { zh: `（${grade.zh}要求）`, en: ` (${grade.en} requirement)` };
  return { zh: `（${grade.zh}）`, en: ` (${grade.en})` };
}

// Shared between results, so never changed after it is built.
function frozen(zh: string, en: string): LocalizedText {
  return Object.freeze({ zh, en });
}

function freezeLimit(limit: Limit | null): Limit | null {
  if (!limit) return null;
  if (Array.isArray(limit.value)) Object.freeze(limit.value);
  return Object.freeze(limit);
}
