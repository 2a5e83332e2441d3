import { type CheckOutcome, failsRequirement, isNotChecked } from '../compile/check-outcome';
import type { CompiledRuleSet } from '../compile/compile-rule-set';
import type { CriterionResult, DimensionScore, GradeResult, ScoreBreakdown } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { belowText } from '../text/below-only-grade';
import { type LocalizedText, localized } from '../text/localized-text';
import { explainMissingScores } from './missing-scores';
import { ruleSetRef } from './rule-set-ref';
import { clearingRaise, itemScores, scoreShortfalls } from './score-shortfalls';
import { lowestReading, markScoresWritten } from './written-scores';

/**
 * What an explanation reads of a record besides its outcomes: its values by
 * slot (a scored rule set shows its scores). A record's facts are this; so
 * is what a grader pool's thread rebuilds from a worker's outcomes.
 */
export interface ExplainedValues {
  readonly values: readonly unknown[];
  /** The slots of indicators the record left out and their `default` filled; `undefined` when none. */
  readonly defaulted?: readonly number[] | undefined;
  /** The values written with a GB/T 8170 rounding mark, by slot, as shown (`42.5(−)`); `undefined` when none. */
  readonly written?: ReadonlyMap<number, string> | undefined;
  /** The limits computed from a marked value, by check index, as shown (`(10, 10.25]`); `undefined` when none. */
  readonly limits?: ReadonlyMap<number, string> | undefined;
}

/**
 * A record's result from its checks' outcomes: each outcome explained by the
 * explainer compiled with its check, then the grade decided from them.
 */
export function explainRecord(
  compiled: CompiledRuleSet,
  outcomes: readonly CheckOutcome[],
  facts: ExplainedValues,
): GradeResult {
  const explainers = compiled.explainers;
  const results = new Array<CriterionResult>(outcomes.length);
  const defaulted = facts.defaulted;
  // The few checks whose value is or comes from a default the record used are left to a second loop, which
  // says so: the call in the first stays the same for every record (it is inlined, with what it calls).
  const later = defaulted === undefined ? undefined : compiled.defaultedExplainers;
  // The lowest grade with a failed requirement, read off the outcomes as they are explained: the results are
  // objects of many shapes (shared, frozen, the record's own), slower to read again than the outcomes.
  const gradeOf = compiled.gradeOf;
  let lowestFailed = compiled.model.grades.length;
  let scopeFailed = false;
  let notChecked = false;
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i]!;
    if (later === undefined || later[i] === undefined) results[i] = explainers[i]!(outcome);
    if (failsRequirement(outcome)) {
      const g = gradeOf[i]!;
      if (g < 0) scopeFailed = true;
      else if (g < lowestFailed) lowestFailed = g;
    } else if (outcome.noRow !== undefined) notChecked = true;
  }
  if (defaulted !== undefined) markDefaults(compiled, outcomes, results, defaulted);
  // Out of scope, a table with no row for the record's keys says nothing the scope does not (15800 W, beyond the
  // capacity bands): its requirements stay plainly not applicable, as the summary does not count them either.
  if (notChecked && !scopeFailed) markNotChecked(compiled, outcomes, results);
  if (facts.written !== undefined) markWritten(compiled, outcomes, results, facts.written, facts.limits);
  return decideGrade(compiled.model, results, facts, scopeFailed ? undefined : { lowestFailed, compiled });
}

function markDefaults(
  compiled: CompiledRuleSet,
  outcomes: readonly CheckOutcome[],
  results: CriterionResult[],
  defaulted: readonly number[],
): void {
  const withDefaults = compiled.defaultedExplainers;
  for (const i of compiled.defaultedChecks) results[i] = withDefaults[i]!(outcomes[i]!, defaulted);
}

/** Puts the result that names the table and keys in place of the shared not-applicable one, last (rare). */
function markNotChecked(
  compiled: CompiledRuleSet,
  outcomes: readonly CheckOutcome[],
  results: CriterionResult[],
): void {
  const notChecked = compiled.notCheckedExplainers;
  for (let i = 0; i < outcomes.length; i++) {
    if (isNotChecked(outcomes[i]!)) results[i] = notChecked[i]!(outcomes[i]!);
  }
}

/** Puts the results that show a value as written with a rounding mark in place (rare; apart, as markNotChecked). */
function markWritten(
  compiled: CompiledRuleSet,
  outcomes: readonly CheckOutcome[],
  results: CriterionResult[],
  written: ReadonlyMap<number, string>,
  limits: ReadonlyMap<number, string> | undefined,
): void {
  for (let i = 0; i < outcomes.length; i++)
    results[i] = withWritten(compiled, i, outcomes[i]!, results[i]!, written, limits);
}

/** A result whose value the record wrote with a rounding mark, told so (rare); any other as it is. */
function withWritten(
  compiled: CompiledRuleSet,
  check: number,
  outcome: CheckOutcome,
  result: CriterionResult,
  written: ReadonlyMap<number, string>,
  limits: ReadonlyMap<number, string> | undefined,
): CriterionResult {
  const slot = compiled.markableSlots[check]!;
  const text = slot < 0 ? undefined : written.get(slot);
  // A limit computed from a marked value is shown as the interval it lies in, not the number graded (10.0000005).
  const limit = limits?.get(check);
  if (limit !== undefined && outcome.limit !== undefined) {
    const shown: CheckOutcome = { ...outcome, limit: { ...outcome.limit, text: limit, key: -1 } };
    return text === undefined
      ? compiled.explainers[check]!(shown)
      : compiled.writtenExplainers[check]!(shown, text);
  }
  return text === undefined ? result : compiled.writtenExplainers[check]!(outcome, text);
}

/**
 * A record's result with only the requirements that hold it back in
 * `criteria` (those with `passed: false`), the rest of it as
 * {@link explainRecord} gives it (and any not checked for want of a table row,
 * `notChecked`): the grade, next grade and reasons are
 * decided from these alone. For output that shows no passing requirement
 * (CSV, Markdown, the table, `--detail failing`): what passed is not
 * explained at all.
 */
export function explainFailing(
  compiled: CompiledRuleSet,
  outcomes: readonly CheckOutcome[],
  facts: ExplainedValues,
): GradeResult {
  const explainers = compiled.explainers;
  const results: CriterionResult[] = [];
  const defaulted = facts.defaulted;
  const withDefaults = compiled.defaultedExplainers;
  // The scope checks come first: a record out of scope is known before any requirement is met.
  let scopeFailed = false;
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
    if (!failsRequirement(o)) {
      // A requirement not checked for want of a table row is kept too (newcomer-30 M1): the summary counts it.
      if (isNotChecked(o) && !scopeFailed) results.push(compiled.notCheckedExplainers[i]!(o));
      continue;
    }
    if (compiled.gradeOf[i]! < 0) scopeFailed = true;
    const d = defaulted === undefined ? undefined : withDefaults[i];
    const r = d === undefined ? explainers[i]!(o) : d(o, defaulted!);
    results.push(
      facts.written === undefined ? r : withWritten(compiled, i, o, r, facts.written, facts.limits),
    );
  }
  return decideGrade(compiled.model, results, facts);
}

/**
 * Decides the grade from every requirement's result, in one pass. A record
 * holds grade g when it is in scope and meets every requirement of g and of
 * every grade below g; the next grade's failed requirements are what would
 * lift it.
 */
function decideGrade(
  model: RuleSetModel,
  results: CriterionResult[],
  facts: ExplainedValues,
  inScope?: { lowestFailed: number; compiled: CompiledRuleSet },
): GradeResult {
  const grades = model.grades;
  const ruleSet = ruleSetRef(model);
  // The lowest grade index with a failed requirement; scope failures collected apart.
  let lowestFailed = grades.length;
  // Made only for a record out of scope: most records are in it, and this runs for every one.
  let outOfScope: CriterionResult[] | undefined;
  if (inScope) lowestFailed = inScope.lowestFailed;
  else
    for (const r of results) {
      if (r.passed !== false) continue;
      if (r.grade === null) {
        outOfScope ??= [];
        outOfScope.push(r);
      } else {
        const index = gradeIndex(grades, r.grade);
        if (index < lowestFailed) lowestFailed = index;
      }
    }
  const scores = model.scoring ? scoreBreakdown(model, facts) : undefined;
  // A score that cannot be computed: its requirements say which input leaves it so (newcomer-39 F3). Rare.
  if (scores && (scores.total === null || scores.dimensions.some((d) => d.score === null)))
    explainMissingScores(model, results, scores, facts.values);
  if (outOfScope) {
    const result: GradeResult = {
      ruleSet,
      grade: null,
      label: null,
      conforming: false,
      criteria: results,
      nextGrade: null,
      notGradedReason: {
        code: 'out-of-scope',
        message: prefixed(
          // The rule set's scope: it may leave out what the standard covers but it does not encode (Q355M, window units).
          localized('不在本规则集的适用范围内：', "outside this rule set's scope: "),
          outOfScope,
        ),
        criteria: outOfScope.map((r) => r.id),
      },
    };
    if (scores) {
      if (facts.written !== undefined) markScoresWritten(model, scores, facts.written);
      result.scores = scores;
    }
    return result;
  }
  const grade = lowestFailed > 0 ? grades[lowestFailed - 1] : undefined;
  const next = grades[lowestFailed];
  const blockers = !next
    ? []
    : inScope
      ? failedOf(results, inScope.compiled.checksOf[lowestFailed]!)
      : results.filter((r) => r.passed === false && r.grade === next.id);
  // A grade the record's row does not have (`n/a`) is no next step: nothing the record could change reaches it.
  const reachable = !blockers.some((b) => b.unavailable);
  if (scores && next) {
    scores.limitingDimension = limitingDimension(model, blockers, scores);
    // Computed from a marked value, a score lacks the most at the low end of its interval: raises close that gap.
    const lowest = facts.written && lowestReading(model, scores, facts.values, facts.written);
    const values = lowest?.values ?? facts.values;
    const shortfalls = scoreShortfalls(model, blockers, lowest?.scores ?? scores, values);
    if (shortfalls.length) scores.shortfalls = shortfalls;
    const one = shortfalls.length ? clearingRaise(model, blockers, shortfalls, values) : undefined;
    if (one) scores.oneRaise = one;
  }
  if (scores && facts.written !== undefined) markScoresWritten(model, scores, facts.written);
  const result: GradeResult = {
    ruleSet,
    grade: grade?.id ?? null,
    label: grade?.label ?? null,
    conforming: grade !== undefined,
    criteria: results,
    nextGrade: next && reachable ? { grade: next.id, label: next.label, blockers } : null,
  };
  if (!grade) {
    const gates = blockers.filter((b) => b.effect === 'gate');
    result.notGradedReason = gates.length
      ? {
          code: 'gate-failed',
          message: prefixed(
            localized('否决项不合格，不予分级：', 'a veto item failed, so the record is not graded: '),
            gates,
          ),
          criteria: gates.map((r) => r.id),
        }
      : {
          code: 'below-lowest-grade',
          message: prefixed(
            // A one-grade rule set (合格 only) has no "lowest" grade to speak of (committee-22 F10).
            belowText(grades, '：', ': '),
            blockers,
          ),
          criteria: blockers.map((r) => r.id),
        };
  }
  if (scores) result.scores = scores;
  return result;
}

/** The failed results among those at `indices`, in order. */
function failedOf(results: readonly CriterionResult[], indices: readonly number[]): CriterionResult[] {
  const out: CriterionResult[] = [];
  for (let i = 0; i < indices.length; i++) {
    const r = results[indices[i]!]!;
    if (r.passed === false) out.push(r);
  }
  return out;
}

function gradeIndex(grades: RuleSetModel['grades'], id: string): number {
  for (let i = 0; i < grades.length; i++) if (grades[i]!.id === id) return i;
  return -1;
}

function prefixed(head: LocalizedText, results: CriterionResult[]): LocalizedText {
  // Plain loops: this runs for every record that is not graded, and join() over mapped arrays costs more.
  let zh = head.zh;
  let en = head.en;
  for (let i = 0; i < results.length; i++) {
    const m = results[i]!.message;
    zh += i === 0 ? m.zh : `；${m.zh}`;
    en += i === 0 ? m.en : `; ${m.en}`;
  }
  return { zh, en };
}

function scoreBreakdown(model: RuleSetModel, facts: ExplainedValues): ScoreBreakdown {
  const scoring = model.scoring!;
  return {
    total: scoreOrNull(facts.values[scoring.totalSlot]),
    dimensions: scoring.dimensions.map((d) => {
      const score = scoreOrNull(facts.values[d.slot]);
      const dimension: DimensionScore = {
        id: d.id,
        label: d.label,
        score,
        weight: d.weight,
        contribution:
          score === null ? null : Number(((d.weight / scoring.weightSum) * score).toPrecision(15)),
      };
      if (d.items.length) dimension.items = itemScores(model, d, facts.values);
      return dimension;
    }),
    limitingDimension: null,
  };
}

function limitingDimension(
  model: RuleSetModel,
  blockers: CriterionResult[],
  scores: ScoreBreakdown,
): string | null {
  const dims = new Set(model.scoring!.dimensions.map((d) => d.id));
  let worst: { id: string; score: number } | undefined;
  for (const b of blockers) {
    if (!b.indicator || !dims.has(b.indicator)) continue;
    // A score that cannot be computed holds the grade down more than any number does.
    const score = scores.dimensions.find((d) => d.id === b.indicator)!.score ?? -Infinity;
    if (!worst || score < worst.score) worst = { id: b.indicator, score };
  }
  return worst?.id ?? null;
}

/** A score as a result carries it: a number, or `null` where a value scored nothing (never left out, never NaN). */
function scoreOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
