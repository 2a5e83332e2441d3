import { computedLimitText } from '../compile/limit-value';
import { argumentKindError } from '../errors/argument-kind';
import { UsageError } from '../errors/usage-error';
import type { Band } from '../model/band';
import { bandContains } from '../model/band';
import { type Expr, resultLiterals } from '../model/expr';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import { operatorSymbol } from '../model/operators';
import { resultArgument } from '../model/result-argument';
import type { CheckModel, Operand, RuleSetModel, TableModel, TableRowModel } from '../model/rule-set-model';
import { groupChecks } from '../resolve/group-checks';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { roundNumberGbt8170 } from '../rounding/gbt8170';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import type { CaseResult } from './case-result';
import { type ConditionLimit, conditionLimits } from './condition-limits';
import { type CaseDecision, type CaseExpectation, caseDecision } from './deciding-case';
import { formulaLimitReach, type LimitReach } from './formula-reach';
import { formulaValues } from './formula-values';
import { heldSides } from './held-sides';
import { keyEdges, tablesRead } from './key-edges';
import { type PointBandEdge, pointBandEdges } from './point-band-edges';
import type { UncoveredThreshold } from './test-suite';
import { type VetoCoverage, vetoCoverage } from './veto-coverage';

/**
 * Where a threshold comes from: a literal limit, a table cell, an end of a range, a formula, or a `key`:
 * an edge where two rows of a table's key bands meet (`≤ 60` / `> 60`: 60), which the key's value is compared with.
 *
 * @example
 * report.thresholds.filter((t) => t.kind === 'table');
 */
export type ThresholdKind = 'literal' | 'table' | 'range' | 'formula' | 'key';

/**
 * One numeric threshold of a rule set, and whether a test suite probes it.
 *
 * @example
 * const gaps = report.uncovered.map((t) => `${t.criterion} ${t.limit}${t.table ? ` row ${t.table.row}` : ''}`);
 */
export interface ThresholdCoverage {
  /** The requirement's id (`apf@1`). */
  criterion: string;
  /** Where the threshold comes from. */
  kind: ThresholdKind;
  /**
   * The limit as results show it: `"≥ 5.00"`; for a range, the range and the end (`"[100, 600] lower end"`);
   * for a formula whose limits can be listed, one of them (`"≥ 27"`), else `"formula"`; for a tolerance with a
   * formula part, the end and, where its values can be listed, one of them (`"thickness ± thkTol.value lower end
   * 3.7"`), else `"formula lower end"`; for a key edge, the key
   * and the bands meeting there (`"capacity ≤ 60 | > 60"`).
   */
  limit: string;
  /**
   * The threshold; for a formula whose limits can be listed (see `limits`), one of them; `null` for a formula
   * whose limit is computed per record from a measured value.
   */
  value: number | null;
  /**
   * For a formula that reads only table cells and numbers written (`0.7 *
   * impact.energy`), or picks such a value by `?:` (`0.7 * (t <= -60 ? 27 : 34)`):
   * every limit it can compute, sorted (`[18.9, 23.8]`). Each is a threshold of its own (`value`), covered only by
   * cases whose limit it is: a `?:` branch no case takes is not covered by the cases of the other
   * (coverage-44).
   */
  limits?: number[];
  /**
   * For a formula's limit that only combining values as if independent gives (two cells of one table, one value
   * read twice, a `?:` whose condition reads what its branch reads or cannot go both ways): set when no case's
   * limit equals it, so it may be no record's limit. None of its sides is asked for; it is listed apart.
   */
  maybeNoRecord?: true;
  /**
   * With `maybeNoRecord`: no record the requirement applies to gets this limit. Each `? :` branch, table row or
   * enumerated value that gives it needs what the requirement's `when`, the scope or the indicators' values and
   * ranges rule out (`≥ (delivery == "M" ? 27 : 34)` under `when: { delivery: AR }`: 27). Absent where it only
   * perhaps is no record's (session 45).
   */
  noRecord?: true;
  /**
   * "Just below" and "just above" mean within this distance: the rounding
   * interval when the requirement compares rounded values with one, else one
   * unit of the last digit the limit is written with (0.01 for `5.00`).
   * `null` for a formula whose limits cannot be listed, where each case's own limit decides.
   */
  step: number | null;
  /**
   * For a value that takes only a few values (a dimension scored in bands,
   * 40/60/75/90/100): the nearest of them below and above the threshold,
   * which "just below" and "just above" then mean; absent on a side no
   * such value lies.
   */
  neighbours?: {
    /** The highest value below the threshold. */
    below?: number;
    /** The lowest value above it. */
    above?: number;
  };
  /** The rounding interval, where the requirement compares values rounded to one. */
  roundedTo?: number;
  /**
   * For a key edge: the key's indicator, whose value a case is compared with, and the bands meeting at the
   * edge. `criterion` is then the first requirement reading the table, `table` the first row ending there.
   */
  key?: {
    /** The key's indicator (`capacity`). */
    indicator: string;
    /** The edge as the bands write it (`60`). */
    edge: string;
    /** The bands meeting at the edge, as written (`["≤ 60", "> 60"]`). */
    bands: string[];
  };
  /** For a table cell or a key edge: the table, the row and what it matches. */
  table?: {
    /** The table's name. */
    name: string;
    /** The 1-based row. */
    row: number;
    /** What the row matches, as written: `(4500, 7100]`. */
    match: string;
    /** The row's line in the rule file. */
    line: number;
  };
  /** The rule file the requirement is written in. */
  file: string;
  /** The requirement's line in the rule file. */
  line: number;
  /**
   * A case compares a value equal to the threshold (the rounded value, where rounding applies) and decides
   * the requirement there (see {@link thresholdCoverage}): a case the limit cannot make fail does not count.
   */
  at: boolean;
  /** A case compares a value below the threshold by at most one step, and decides the requirement there. */
  below: boolean;
  /** A case compares a value above the threshold by at most one step, and decides the requirement there. */
  above: boolean;
  /**
   * The sides cases reach without deciding there (newcomer-39 F2: `dimPerf@excellence ≥ 80` reached by cases
   * whose total keeps them below 卓越级 whatever the floor): each with how many cases, and what holds the
   * grade in them. Only sides not covered; absent when there are none.
   */
  undecided?: UndecidedSide[];
  /**
   * The sides no case can decide, so none is asked for: where another requirement on the same value, of this
   * grade or a lower one, fails too (75 points just below 卓越级's 90 also miss 预防级's 80), and where no valid
   * record can reach: a value
   * between an enumerated indicator's values, outside the indicator's range,
   * (at) a limit that is no multiple of the rounding interval — for a
   * formula, so for every limit in `limits` — or, for a value in
   * `neighbours`, a side where none of its values lies.
   */
  unreachable: ThresholdSide[];
  /** Set when the suite leaves sides of this threshold uncovered on purpose. */
  waived?: {
    /** The sides left out. */
    sides: ThresholdSide[];
    /** Why, as the suite says. */
    reason: string;
  };
}

/**
 * A side of a threshold that cases reach but none decides: the threshold could move past their values and
 * every one of them would still pass.
 *
 * @example
 * const u: UndecidedSide = { side: 'below', cases: 1, heldBy: [{ criterion: 'total@excellence', cases: 1 }], unchecked: 0 };
 */
export interface UndecidedSide {
  /** The side. */
  side: ThresholdSide;
  /** How many valid cases compare a value at that side. */
  cases: number;
  /**
   * The other failed requirements that keep the grade there whichever way this one goes, each with in how many
   * of those cases, most first.
   */
  heldBy: {
    /** The requirement's id (`totalScore@excellence`). */
    criterion: string;
    /** In how many of the cases it fails. */
    cases: number;
  }[];
  /** Of those cases, how many would change grade but state no grade (nor failing list) that would notice. */
  unchecked: number;
}

/**
 * A side of a threshold a case can probe: exactly at it, one step below, one step above.
 *
 * @example
 * const sides: ThresholdSide[] = ['at', 'below', 'above'];
 */
export type ThresholdSide = 'at' | 'below' | 'above';

/** The sides a threshold still needs a case for: not probed, reachable and not waived. */
export function missingSides(t: ThresholdCoverage): ThresholdSide[] {
  if (t.maybeNoRecord) return [];
  return (['at', 'below', 'above'] as const).filter(
    (side) => !t[side] && !t.unreachable.includes(side) && !t.waived?.sides.includes(side),
  );
}

/**
 * Coverage of a rule set's thresholds by the graded cases of a suite.
 *
 * @example
 * const report: CoverageReport = thresholdCoverage(suite.ruleSet!, suite.cases);
 * console.log(`${report.thresholds.length - report.uncovered.length}/${report.thresholds.length} covered`);
 */
export interface CoverageReport {
  /** The rule set the thresholds are from. */
  ruleSet: {
    /** Its id. */
    id: string;
    /** Its version. */
    version: string;
  };
  /** Every numeric threshold, scope first, then criteria in rule-file order. */
  thresholds: ThresholdCoverage[];
  /** Thresholds missing a case at, just below or just above them (sides no record can reach, or waived, aside). */
  uncovered: ThresholdCoverage[];
  /** Share of thresholds with nothing missing, in percent (100 when there are none). */
  percent: number;
  /** Marks of the suite that match no threshold of the rule set (a stale or mistyped mark). */
  unmatched: UncoveredThreshold[];
  /**
   * The vetoes (`cap`, `gate` requirements), each with whether a case fails it; one no case fails is shown as
   * not covered. They are not thresholds: `percent` (and `--min`) count thresholds only.
   */
  vetoes: VetoCoverage[];
  /**
   * How many band edges the rule set's `scoring` `points` lists have (`≥ 99`, `[97, 99)` → 100, 80: 99 and 97),
   * each item's distinct finite ends but its outermost: they are no requirement's limit and are not counted as
   * thresholds, so a suite needs its own cases for them (newcomer-33 M7). 0 without such bands.
   */
  pointBandEdges: number;
  /**
   * Those band edges one by one (newcomer-39 F9: a count alone cannot be acted on): the item's indicator and
   * the edge, with whether a case's value of the indicator lies at it, within one step below or above it.
   */
  pointBands: PointBandEdge[];
  /**
   * The numbers compared with in `requiredWhen`s and in formulas' `? :` (`employees > 300`): no requirement's
   * limit, not counted as thresholds, listed so that a suite knows to probe both sides itself (newcomer-35 M3).
   */
  conditionLimits: ConditionLimit[];
}

/**
 * A graded case: its input and its result (a suite's {@link CaseResult} is one).
 *
 * @example
 * const cases: GradedCase[] = records.map((input) => ({ input, result: grader.gradeSync(input) }));
 */
export interface GradedCase {
  /** The record graded (its key values pick the table row when cells are equal). */
  input: unknown;
  /** What it was graded. */
  result: GradeResult;
  /** What the case states about its result (a suite case's expectations); absent: its grade. */
  expects?: readonly CaseExpectation[];
}

/** Each case is `{ input, result }` with a grading result: an element that is not is named, not a TypeError from inside. */
function casesArgument(cases: readonly unknown[]): void {
  cases.forEach((c, i) => {
    if (typeof c !== 'object' || c === null || !('result' in c))
      throw argumentKindError(
        'thresholdCoverage',
        `cases[${i}]`,
        localized('已评级的用例 { input, result }', 'a graded case { input, result }'),
        c,
      );
    resultArgument(c.result, `thresholdCoverage (cases[${i}].result)`);
  });
}

interface Probe {
  coverage: ThresholdCoverage;
  check: CheckModel;
  /** For a table cell: the row, to tell rows with equal cells apart. */
  row?: TableRowModel;
  tableModel?: TableModel;
  /** For a range: which end. */
  end?: 'lower' | 'upper';
  /** For a key edge: the key's indicator and the requirements reading the table (a case counts where one applies). */
  key?: { indicator: string; readers: Set<string> };
  /** For one of a formula's listed limits: whether a record the requirement applies to gets it (see {@link formulaLimitReach}). */
  reach?: LimitReach;
  /** For one of a formula's listed limits: a case's limit equals it. */
  met?: boolean;
  /** The cases reaching a side without deciding it, tallied until the end. */
  undecided?: Map<ThresholdSide, { cases: number; heldBy: Map<string, number>; unchecked: number }>;
}

/**
 * For every numeric threshold of a rule set (each literal limit, each end of
 * a range, each non-null table cell a requirement uses, per row, each
 * formula limit, and each edge where two rows of a table's key bands meet),
 * whether the cases include a record at it, just below it and just above
 * it — the records where an off-by-one in a rule file shows. The compared
 * value is the rounded value where the requirement rounds (GB/T 8170), else
 * the measured value; for a key edge, the key's value in the case, where a
 * requirement reading the table applies. Invalid cases and not-applicable
 * requirements count for nothing. A case counts only where the threshold
 * decides it (would notice its outcome turning; or lists `failing`): where another failed requirement of
 * the grade or below holds its grade whatever the limit, it is listed in
 * {@link ThresholdCoverage.undecided} instead (newcomer-39 F2). Escape-hatch
 * conditions and membership tests have no numeric threshold and are not listed.
 *
 * @example
 * // `qgrade` and `qgrade/browser` alike: a parsed suite and its rule set (in Node, `runTestSuite(path)` gives the same).
 * const suite = await runSuite(parseTestSuite(suiteText, 'my.test.yaml') as TestSuite, ruleSet);
 * const report = thresholdCoverage(ruleSet, suite.cases);
 * report.uncovered.map((t) => `${t.criterion} ${t.limit}`);
 */
export function thresholdCoverage(
  ruleSet: RuleSet,
  cases: readonly GradedCase[],
  marks: readonly UncoveredThreshold[] = [],
): CoverageReport {
  const model = modelOf(ruleSet, 'thresholdCoverage');
  if (!Array.isArray(cases)) {
    const got = valueShown(cases);
    throw new UsageError(
      localized(
        cjkJoin('thresholdCoverage 需要已评级用例的数组（runTestSuite 给出的 cases），收到的是', got.zh),
        `thresholdCoverage takes an array of graded cases (the cases runTestSuite gives), got ${got.en}`,
      ),
    );
  }
  casesArgument(cases);
  if (!Array.isArray(marks))
    throw argumentKindError(
      'thresholdCoverage',
      'marks',
      localized(
        '有意不覆盖的阈值的数组（测试套件的 uncovered）',
        "an array of thresholds left uncovered on purpose (a suite's uncovered)",
      ),
      marks,
    );
  const probes = enumerateThresholds(model);
  for (const p of probes) {
    // A whole-number indicator's neighbours are one apart, whatever digits the limit is written with.
    const subject = model.indicators.find((i) => i.name === (p.key?.indicator ?? p.check.subject));
    if (subject?.type === 'integer' && p.coverage.step !== null)
      p.coverage.step = Math.max(p.coverage.step, 1);
    // A key selects its row unrounded.
    const interval = p.key ? undefined : roundingStep(p.check);
    if (interval !== undefined) p.coverage.roundedTo = interval;
    p.coverage.unreachable =
      p.coverage.value === null
        ? []
        : p.key
          ? unreachableSides(model, p)
          : (fewValuesUnreachable(model, p) ?? unreachableSides(model, p));
    for (const side of heldBelowOrAbove(model, p))
      if (!p.coverage.unreachable.includes(side)) p.coverage.unreachable.push(side);
  }
  // A mark without a row waives every threshold of the requirement, not only the first one found.
  const unmatched = marks.filter((m) => probes.filter((p) => applyMark(p, m)).length === 0);
  const byCheck = new Map<string, Probe[]>();
  for (const p of probes) {
    // A key edge compares the key's value, not the requirement's: markKeyEdges does it.
    if (p.key) continue;
    const list = byCheck.get(p.check.id);
    if (list) list.push(p);
    else byCheck.set(p.check.id, [p]);
  }
  for (const { input, result, expects } of cases) {
    if (result.errors) continue;
    for (const c of result.criteria) {
      const list = byCheck.get(c.id);
      if (!list || c.status === 'not-applicable' || c.limit === null) continue;
      const compared = c.rounded ?? c.value;
      if (typeof compared !== 'number') continue;
      const tableProbes = list.filter((p) => p.row);
      const listed = list.filter((p) => p.coverage.kind === 'formula' && p.coverage.value !== null);
      const candidates =
        tableProbes.length > 0
          ? matchRows(model, tableProbes, c, input)
          : listed.length > 0
            ? formulaLimitProbes(listed, c)
            : list;
      const decision = caseDecision(result, c, model.grades, expects);
      for (const p of candidates) mark(p, c, compared, decision);
    }
  }
  markKeyEdges(model, probes, cases);
  // A listed limit no case meets that the when, the scope or combining parts as if independent may have made up is no gap.
  for (const p of probes) {
    if (!p.reach || p.reach === 'record' || p.met) continue;
    p.coverage.maybeNoRecord = true;
    if (p.reach === 'none') p.coverage.noRecord = true;
  }
  for (const p of probes) undecidedSides(p);
  const thresholds = probes.map((p) => p.coverage);
  const uncovered = thresholds.filter((t) => missingSides(t).length > 0);
  const percent =
    thresholds.length === 0 ? 100 : (100 * (thresholds.length - uncovered.length)) / thresholds.length;
  const vetoes = vetoCoverage(model.criteria, cases);
  const bands = pointBandEdges(model, cases);
  return {
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    thresholds,
    uncovered,
    percent,
    unmatched,
    vetoes,
    pointBandEdges: bands.length,
    pointBands: bands,
    conditionLimits: conditionLimits(model),
  };
}

function near(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
}

/**
 * Applies a suite's mark to a threshold it names; whether it does. A key's band edge goes by `edge` alone, named by
 * any requirement reading its table; a mark without `edge` waives the requirement's own limits, never a key edge
 * (one meant for a row's cells left the band edge ending there waived as well: fix-newcomer6a-36).
 */
function applyMark(p: Probe, mark: UncoveredThreshold): boolean {
  const t = p.coverage;
  if (mark.edge !== undefined) {
    if (!p.key || t.value !== mark.edge || !p.key.readers.has(mark.criterion)) return false;
  } else if (p.key || mark.criterion !== t.criterion || (mark.row !== undefined && mark.row !== t.table?.row))
    return false;
  // One of a formula's listed limits alone (a `? :` branch no record in scope takes).
  if (mark.limit !== undefined && (t.kind !== 'formula' || t.value === null || !near(t.value, mark.limit)))
    return false;
  t.waived = { sides: mark.sides ?? ['at', 'below', 'above'], reason: mark.reason };
  return true;
}

/**
 * The sides of a threshold no valid record reaches. The compared value is
 * an indicator's value (derived values and formulas are not judged), limited
 * by its enumerated values and its range, and rounded to the requirement's
 * interval where it rounds with one.
 */
function unreachableSides(model: RuleSetModel, p: Probe): ThresholdSide[] {
  const t = p.coverage;
  if (t.value === null || t.step === null) return [];
  const limit = t.value;
  const step = t.step;
  const indicator = model.indicators.find((i) => i.name === (p.key?.indicator ?? p.check.subject));
  const sides: ThresholdSide[] = [];
  const interval =
    !p.key && p.check.comparison.method === 'rounded' ? p.check.comparison.interval : undefined;
  if (interval) {
    const size = interval.unit * 10 ** interval.exponent;
    const multiples = limit / size;
    if (!near(multiples, Math.round(multiples))) sides.push('at');
  }
  if (!indicator) return sides;
  const enumerated = indicator.values?.every((v) => typeof v === 'number')
    ? (indicator.values as number[])
    : undefined;
  const reachable = (low: number, high: number, atLimit: boolean): boolean => {
    if (enumerated)
      return enumerated.some((v) => (atLimit ? near(v, limit) : v >= low && v <= high && !near(v, limit)));
    if (indicator.type === 'integer') {
      if (atLimit) return Number.isInteger(limit);
      // Some whole number in [low, high] other than the limit itself.
      const first = Math.ceil(low - 1e-9);
      return [first, first + 1].some((n) => n <= high + 1e-9 && !near(n, limit));
    }
    if (!indicator.range) return true;
    const range = indicator.range;
    if (atLimit) return bandContains(range, limit);
    return [low, (low + high) / 2, high].some((x) => bandContains(range, x));
  };
  if (!sides.includes('at') && !reachable(limit, limit, true)) sides.push('at');
  if (!reachable(limit - step, limit - step / 1e6, false)) sides.push('below');
  if (!reachable(limit + step / 1e6, limit + step, false)) sides.push('above');
  return sides;
}

/**
 * The sides of a literal limit at which another requirement on the same value, of its grade or lower, always
 * fails too (see {@link heldSides}): no case there can decide, so none is asked for.
 */
function heldBelowOrAbove(model: RuleSetModel, p: Probe): ThresholdSide[] {
  const t = p.coverage;
  if (t.kind !== 'literal' || t.value === null || t.step === null) return [];
  const below = t.neighbours ? t.neighbours.below : t.value - t.step;
  const above = t.neighbours ? t.neighbours.above : t.value + t.step;
  return heldSides(model, p.check, {
    ...(below === undefined ? {} : { below }),
    ...(above === undefined ? {} : { above }),
  });
}

/**
 * For a requirement on a value that takes few values (a dimension whose
 * items score in bands): the nearest of them either side of the threshold
 * become its neighbours, and a side with none of them, or "at" a threshold
 * none equals, is unreachable. Undefined for any other value.
 */
function fewValuesUnreachable(model: RuleSetModel, p: Probe): ThresholdSide[] | undefined {
  const limit = p.coverage.value;
  const derived = model.derived.find((d) => d.name === p.check.subject);
  if (limit === null || !derived || derived.perSpecimen) return undefined;
  let values = formulaValues(derived.expr, model);
  if (!values || values.length === 0) return undefined;
  const interval = p.check.comparison.method === 'rounded' ? p.check.comparison.interval : undefined;
  if (interval) values = values.map((v) => roundNumberGbt8170(v, interval));
  const tolerance = 1e-9 * Math.max(1, Math.abs(limit));
  const below = values.filter((v) => v < limit - tolerance).at(-1);
  const above = values.find((v) => v > limit + tolerance);
  p.coverage.neighbours = {
    ...(below === undefined ? {} : { below }),
    ...(above === undefined ? {} : { above }),
  };
  const sides: ThresholdSide[] = [];
  if (!values.some((v) => Math.abs(v - limit) <= tolerance)) sides.push('at');
  if (below === undefined) sides.push('below');
  if (above === undefined) sides.push('above');
  return sides;
}

function enumerateThresholds(model: RuleSetModel): Probe[] {
  const probes: Probe[] = [];
  const checks = [...model.scope, ...model.criteria, ...groupChecks(model)];
  const readers = new Map<number, Set<string>>();
  const reads = checks.map((check) => {
    const tables = tablesRead(model, check);
    for (const t of tables) readers.set(t, (readers.get(t) ?? new Set()).add(check.id));
    return tables;
  });
  const listed = new Set<number>();
  checks.forEach((check, i) => {
    probes.push(...checkProbes(model, check));
    // A table's key edges follow the thresholds of the first requirement reading it.
    for (const t of reads[i]!) {
      if (listed.has(t)) continue;
      listed.add(t);
      probes.push(...keyEdgeProbes(model, check, model.tables[t]!, readers.get(t)!));
    }
  });
  return probes;
}

/** The key edges of a table (see {@link keyEdges}) as thresholds, under the first requirement reading it. */
function keyEdgeProbes(
  model: RuleSetModel,
  check: CheckModel,
  table: TableModel,
  readers: Set<string>,
): Probe[] {
  return keyEdges(model, table).map((edge) => ({
    check,
    row: edge.row,
    tableModel: table,
    key: { indicator: edge.indicator, readers },
    coverage: {
      criterion: check.id,
      kind: 'key',
      limit: `${edge.indicator} ${edge.bands.join(' | ')}`,
      value: edge.value,
      step: Number((10 ** -edge.decimals).toPrecision(15)),
      key: { indicator: edge.indicator, edge: edge.text, bands: edge.bands },
      table: {
        name: table.name,
        row: edge.rowIndex + 1,
        match: describeRow(edge.row),
        line: edge.row.location.line,
      },
      file: check.location.file,
      line: check.location.line,
      at: false,
      below: false,
      above: false,
      unreachable: [],
    },
  }));
}

/** One check's own thresholds: its literal, range ends, table cells per row, tolerance ends or formula. */
function checkProbes(model: RuleSetModel, check: CheckModel): Probe[] {
  const test = check.test;
  const base = {
    criterion: check.id,
    file: check.location.file,
    line: check.location.line,
    at: false,
    below: false,
    above: false,
    unreachable: [] as ThresholdSide[],
  };
  if (test.kind === 'range') {
    const { band } = test;
    return (['lower', 'upper'] as const)
      .filter((end) => Number.isFinite(end === 'lower' ? band.lower : band.upper))
      .map((end) => ({
        check,
        end,
        coverage: {
          ...base,
          kind: 'range',
          limit: `${band.text} ${end} end`,
          value: end === 'lower' ? band.lower : band.upper,
          step: stepOf(check, test.decimals),
        },
      }));
  }
  if (test.kind === 'tolerance') return toleranceProbes(model, check, test, base);
  if (test.kind !== 'compare') return [];
  const symbol = operatorSymbol(test.operator);
  const operand = test.operand;
  if (operand.kind === 'literal') {
    const literal = operand.literal;
    if (typeof literal.value !== 'number') return [];
    const coverage: ThresholdCoverage = {
      ...base,
      kind: 'literal',
      limit: `${symbol} ${literal.text}`,
      value: literal.value,
      step: stepOf(check, literal.decimals),
    };
    return [{ check, coverage }];
  }
  if (operand.kind === 'cell') {
    const table = model.tables[operand.table]!;
    const probes: Probe[] = [];
    table.rows.forEach((row, i) => {
      const cell = row.cells.get(operand.column);
      if (!cell || typeof cell.value !== 'number') return;
      probes.push({
        check,
        row,
        tableModel: table,
        coverage: {
          ...base,
          kind: 'table',
          limit: `${symbol} ${cell.text}`,
          value: cell.value,
          step: stepOf(check, cell.decimals),
          table: { name: table.name, row: i + 1, match: describeRow(row), line: row.location.line },
        },
      });
    });
    return probes;
  }
  const limits = formulaValues(operand.expr, model);
  if (!limits || limits.length === 0)
    return [{ check, coverage: { ...base, kind: 'formula', limit: 'formula', value: null, step: null } }];
  // Each limit the formula can compute is a threshold of its own, as each row of a table is (coverage-44: the
  // 27 J branch of `≥ (t <= -60 ? 27 : 34)` no case took was covered by the 34 J cases).
  const reach = formulaLimitReach(operand.expr, model, check.when, limits);
  // As results write it: a number of the formula's own as written there (`27.0`), to its digits.
  const written = operand.decimals === undefined ? resultLiterals(operand.expr) : undefined;
  return limits.map((value, i) => {
    const text = written?.get(value) ?? computedLimitText(value, operand.decimals);
    return {
      check,
      reach: reach[i]!,
      coverage: {
        ...base,
        kind: 'formula',
        limit: `${symbol} ${text}`,
        value,
        limits,
        step: stepOf(check, decimalsOf(text)),
      },
    };
  });
}

/** The listed limits of a formula a result's limit is (those met, marked so). */
function formulaLimitProbes(listed: readonly Probe[], c: CriterionResult): Probe[] {
  const value = c.limit!.value;
  // A tolerance's limit is its range: each end matches the probes of that end.
  const endOf = (p: Probe) => (Array.isArray(value) && p.end ? value[p.end === 'lower' ? 0 : 1] : value);
  const out = listed.filter((p) => {
    const limit = endOf(p);
    return typeof limit === 'number' && near(limit, p.coverage.value!);
  });
  for (const p of out) p.met = true;
  return out;
}

/**
 * Both ends of a tolerance: once when every part is a number, per table row
 * when a part is a table cell (`± massTolerance.value`); a tolerance with a
 * formula part is computed per record, like a formula limit.
 */
function toleranceProbes(
  model: RuleSetModel,
  check: CheckModel,
  test: Extract<CheckModel['test'], { kind: 'tolerance' }>,
  base: Omit<ThresholdCoverage, 'kind' | 'limit' | 'value' | 'step'>,
): Probe[] {
  const parts = [test.nominal, test.plus, test.minus];
  if (parts.some((p) => p.kind === 'expr')) {
    const listed = listedToleranceEnds(model, check, test, base);
    if (listed) return listed;
  }
  // Each end computed per record, and covered as each case's own end (newcomer-38 M7: `thickness ± thkTol.value`
  // was "no case" whatever the cases).
  if (parts.some((p) => p.kind === 'expr'))
    return (['lower', 'upper'] as const).map((end) => ({
      check,
      end,
      coverage: { ...base, kind: 'formula', limit: `formula ${end} end`, value: null, step: null },
    }));
  const cells = parts.filter((p) => p.kind === 'cell');
  const table = cells[0] ? model.tables[cells[0].table] : undefined;
  const rows: (TableRowModel | undefined)[] = table ? table.rows : [undefined];
  const out: Probe[] = [];
  rows.forEach((row, i) => {
    const values = parts.map((p) =>
      p.kind === 'literal' ? p.literal : p.kind === 'cell' ? row?.cells.get(p.column) : undefined,
    );
    if (values.some((v) => !v || typeof v.value !== 'number')) return;
    const [n, plus, minus] = values.map((v) => v!.value as number) as [number, number, number];
    const decimals = Math.max(...values.map((v) => v!.decimals));
    for (const [end, value] of [
      ['lower', Number((n - minus).toPrecision(15))],
      ['upper', Number((n + plus).toPrecision(15))],
    ] as const) {
      out.push({
        check,
        end,
        ...(row && table ? { row, tableModel: table } : {}),
        coverage: {
          ...base,
          kind: row ? 'table' : 'range',
          limit: `${test.text} ${end} end`,
          value,
          step: stepOf(check, decimals),
          ...(row && table
            ? { table: { name: table.name, row: i + 1, match: describeRow(row), line: row.location.line } }
            : {}),
        },
      });
    }
  });
  return out;
}

/**
 * A tolerance with a formula part whose ends can be listed (`thickness ± thkTol.value` with thickness one of 4, 5,
 * 8 mm): each end's each value is a threshold of its own, as a formula's listed limits are (coverage-45: each end
 * was covered as each case's own, so an enumerated thickness no case had counted as covered). Undefined when
 * either end reads a measured value.
 */
function listedToleranceEnds(
  model: RuleSetModel,
  check: CheckModel,
  test: Extract<CheckModel['test'], { kind: 'tolerance' }>,
  base: Omit<ThresholdCoverage, 'kind' | 'limit' | 'value' | 'step'>,
): Probe[] | undefined {
  const [nominal, plus, minus] = [test.nominal, test.plus, test.minus].map(operandExpr);
  if (!nominal || !plus || !minus) return undefined;
  const ends = [
    ['lower', { k: 'binary', op: '-', left: nominal, right: minus }],
    ['upper', { k: 'binary', op: '+', left: nominal, right: plus }],
  ] as const;
  const listed = ends.map(([, expr]) => formulaValues(expr, model));
  if (listed.some((values) => !values || values.length === 0)) return undefined;
  // To the digits the parts are written with (`5 ± 0.30`: 4.70), as the ends in results.
  const written = Math.max(
    ...[test.nominal, test.plus, test.minus].map((o) =>
      o.kind === 'literal'
        ? o.literal.decimals
        : o.kind === 'cell'
          ? Math.max(0, ...model.tables[o.table]!.rows.map((r) => r.cells.get(o.column)?.decimals ?? 0))
          : 0,
    ),
  );
  return ends.flatMap(([end, expr], i) => {
    const limits = listed[i]!;
    const reach = formulaLimitReach(expr, model, check.when, limits);
    return limits.map((value, j) => {
      const text = value.toFixed(Math.max(written, decimalsOf(String(value))));
      return {
        check,
        end,
        reach: reach[j]!,
        coverage: {
          ...base,
          kind: 'formula' as const,
          limit: `${test.text} ${end} end ${text}`,
          value,
          limits,
          step: stepOf(check, decimalsOf(text)),
        },
      };
    });
  });
}

/** A tolerance's part as a formula: a number, a table cell or the formula written. */
function operandExpr(o: Operand): Expr | undefined {
  if (o.kind === 'expr') return o.expr;
  if (o.kind === 'cell') return { k: 'cell', table: o.table, column: o.column, columnIndex: o.columnIndex };
  return typeof o.literal.value === 'number'
    ? { k: 'num', value: o.literal.value, text: o.literal.text }
    : undefined;
}

/** The rows a result's limit came from: equal cells, told apart by the case's key values where needed. */
function matchRows(model: RuleSetModel, probes: Probe[], c: CriterionResult, input: unknown): Probe[] {
  const limit = c.limit!.value;
  // A tolerance's limit is its range: a probe at either end belongs to it.
  const equal = probes.filter((p) =>
    Array.isArray(limit) ? limit.includes(p.coverage.value!) : p.coverage.value === limit,
  );
  if (equal.length <= 1) return equal;
  const byKeys = equal.filter((p) => rowMatches(model, p.tableModel!, p.row!, input));
  return byKeys.length > 0 ? byKeys : equal;
}

function rowMatches(model: RuleSetModel, table: TableModel, row: TableRowModel, input: unknown): boolean {
  const record = (input ?? {}) as Record<string, unknown>;
  return table.keys.every((key, k) => {
    const indicator = model.indicators.find((i) => i.name === key.indicator);
    // A derived key cannot be read from the input: do not rule the row out.
    if (!indicator) return true;
    const value = Object.hasOwn(record, key.indicator) ? record[key.indicator] : indicator.default;
    const match = row.match[k]!;
    if (Array.isArray(match)) return match.includes(value as string | number | boolean);
    return typeof value === 'number' && bandContains(match, value);
  });
}

/**
 * Marks each key edge with the cases whose key value lies at it, just below
 * or just above it, where a requirement reading its table applies (a case
 * out of scope, or not judged there, selects no row).
 */
function markKeyEdges(model: RuleSetModel, probes: readonly Probe[], cases: readonly GradedCase[]): void {
  const edges = probes.filter((p) => p.key);
  if (edges.length === 0) return;
  for (const { input, result, expects } of cases) {
    if (result.errors) continue;
    const applied = result.criteria.filter((c) => c.status !== 'not-applicable');
    const record = (input ?? {}) as Record<string, unknown>;
    for (const p of edges) {
      const { indicator, readers } = p.key!;
      const reading = applied.filter((c) => readers.has(c.id));
      if (reading.length === 0) continue;
      const value = Object.hasOwn(record, indicator)
        ? record[indicator]
        : model.indicators.find((i) => i.name === indicator)?.default;
      if (typeof value !== 'number') continue;
      // The edge picks the row whose limits the readers compare with: it can decide only where one of them does.
      const decisions = reading.map((c) => caseDecision(result, c, model.grades, expects));
      const decision: CaseDecision = decisions.find((d) => d.decides) ?? {
        decides: false,
        heldBy: [...new Set(decisions.flatMap((d) => d.heldBy))],
        unchecked: decisions.some((d) => d.unchecked),
      };
      markSide(p, value, p.coverage.value!, p.coverage.step!, decision);
    }
  }
}

function mark(p: Probe, c: CriterionResult, compared: number, decision: CaseDecision): void {
  const t = p.coverage;
  let limit: number;
  let step: number;
  if (t.value === null) {
    const value = c.limit!.value;
    // A tolerance's ends, `5 ± 0.3 [4.7, 5.3]`: the probe's end, to the digits the ends are written with.
    const end = Array.isArray(value) && p.end ? value[p.end === 'lower' ? 0 : 1] : value;
    if (typeof end !== 'number') return;
    limit = end;
    step = stepOf(p.check, Array.isArray(value) ? mostDecimals(c.limit!.text) : decimalsOf(c.limit!.text));
  } else {
    limit = t.value!;
    step = t.step!;
  }
  markSide(p, compared, limit, step, decision);
}

/**
 * Marks the side of `limit` that `compared` lies on, if within one step (or the nearest neighbour): covered
 * where the case decides, else tallied as reached without deciding.
 */
function markSide(p: Probe, compared: number, limit: number, step: number, decision: CaseDecision): void {
  const side = sideOf(p.coverage, compared, limit, step);
  if (!side) return;
  if (decision.decides) {
    p.coverage[side] = true;
    return;
  }
  p.undecided ??= new Map();
  const tally = p.undecided.get(side) ?? { cases: 0, heldBy: new Map<string, number>(), unchecked: 0 };
  tally.cases++;
  if (decision.unchecked) tally.unchecked++;
  for (const id of decision.heldBy) tally.heldBy.set(id, (tally.heldBy.get(id) ?? 0) + 1);
  p.undecided.set(side, tally);
}

/** The sides no case decides but some reach, onto the threshold (see {@link ThresholdCoverage.undecided}). */
function undecidedSides(p: Probe): void {
  if (!p.undecided) return;
  const out: UndecidedSide[] = [];
  for (const side of ['at', 'below', 'above'] as const) {
    const tally = p.undecided.get(side);
    // A side no case is asked for (unreachable, or waived by the suite) is no gap to explain.
    if (
      !tally ||
      p.coverage[side] ||
      p.coverage.unreachable.includes(side) ||
      p.coverage.waived?.sides.includes(side)
    )
      continue;
    const heldBy = [...tally.heldBy]
      .map(([criterion, cases]) => ({ criterion, cases }))
      .sort((a, b) => b.cases - a.cases);
    out.push({ side, cases: tally.cases, heldBy, unchecked: tally.unchecked });
  }
  if (out.length > 0) p.coverage.undecided = out;
}

/** The side of `limit` that `compared` lies on, if within one step (or the nearest neighbour). */
function sideOf(
  t: ThresholdCoverage,
  compared: number,
  limit: number,
  step: number,
): ThresholdSide | undefined {
  const diff = compared - limit;
  const tolerance = 1e-9 * Math.max(1, Math.abs(limit));
  // Where the value takes few values, "just below" is the nearest of them, however far.
  const [below, above] = t.neighbours
    ? [limit - (t.neighbours.below ?? limit), (t.neighbours.above ?? limit) - limit]
    : [step, step];
  if (Math.abs(diff) <= tolerance) return 'at';
  if (diff < 0 && -diff <= below + tolerance) return 'below';
  if (diff > 0 && diff <= above + tolerance) return 'above';
  return undefined;
}

function stepOf(check: CheckModel, decimals: number): number {
  return roundingStep(check) ?? Number((10 ** -decimals).toPrecision(15));
}

/** The rounding interval, where the requirement compares values rounded to one. */
function roundingStep(check: CheckModel): number | undefined {
  if (check.comparison.method !== 'rounded' || !check.comparison.interval) return undefined;
  const { unit, exponent } = check.comparison.interval;
  return Number((unit * 10 ** exponent).toPrecision(15));
}

/** The most decimals any number in `text` is written with: `5 ± 0.3 [4.7, 5.3]` → 1. */
function mostDecimals(text: string): number {
  return Math.max(0, ...[...text.matchAll(/\d\.(\d+)/g)].map((m) => m[1]!.length));
}

function decimalsOf(text: string): number {
  const m = /\d\.(\d+)\s*$/.exec(text);
  return m ? m[1]!.length : 0;
}

function describeRow(row: TableRowModel): string {
  return row.match.map((m) => (Array.isArray(m) ? m.join(' | ') : (m as Band).text)).join(', ');
}
