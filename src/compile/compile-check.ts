import { bandContains } from '../model/band';
import { resultLiterals } from '../model/expr';
import type { Limit, LimitOperator } from '../model/grade-result';
import { COMPARE_OPERATORS, type CompareOperator, operatorSymbol } from '../model/operators';
import type { CheckModel, Operand, RuleSetModel } from '../model/rule-set-model';
import { parseRoundingInterval, type RoundingInterval, roundNumberGbt8170 } from '../rounding/gbt8170';
import { toFifteenDigits } from '../rounding/significant-digits';
import { compileAbsentOperand, noRowTable, whenNeedsSlots } from './absent-operand';
import {
  blankOutcome,
  type CheckOutcome,
  CONDITION_FAILED,
  CONDITION_PASSED,
  NOT_APPLICABLE,
  notApplicableWithout,
} from './check-outcome';
import { compileCondition } from './compile-condition';
import { compileExpr } from './compile-expr';
import { computedLimitText, type LimitKeys, type LimitValue, limitFromLiteral } from './limit-value';
import type { RecordFacts } from './record-facts';

export type { LimitValue } from './limit-value';

/** A check's verdict without its explanation: not applicable, passed, or failed (a missing value fails). */
export enum Verdict {
  NotApplicable = 0,
  Passed = 1,
  Failed = 2,
}

/** A requirement compiled once per rule set. */
export interface CompiledCheck {
  model: CheckModel;
  /** Position among the rule set's checks (scope first). */
  index: number;
  /** Evaluates the check for a record, with everything its explanation needs. */
  evaluate(facts: RecordFacts): CheckOutcome;
  /**
   * Reads the value and the limit without comparing them (status `failed`
   * until compared), for json-rules-engine's facts; `when` is not applied.
   */
  read(facts: RecordFacts): CheckOutcome;
  /** Only the verdict, allocating nothing where it can: for grade-only evaluation. */
  verdict(facts: RecordFacts): Verdict;
  /** The limit as the explanation shows it. */
  limitOf(limit: LimitValue | undefined): Limit | null;
  /** The outcome for a record its `when` rules out: saying which value left out did, where one did. */
  skipped(facts: RecordFacts): CheckOutcome;
}

const INTERVALS = Array.from({ length: 21 }, (_, d) => parseRoundingInterval(`1e-${d}`)!);

/** Compiles a resolved check into closures. */
export function compileCheck(
  check: CheckModel,
  index: number,
  model: RuleSetModel,
  keys: LimitKeys,
): CompiledCheck {
  const when = check.when ? compileCondition(check.when, model.slots) : undefined;
  // The values left out that turn the `when` off, looked for only once it is off.
  const needs = whenNeedsSlots(check, model);
  const skipped = (facts: RecordFacts): CheckOutcome => {
    for (const slot of needs) if (facts.values[slot] === undefined) return notApplicableWithout(slot);
    return NOT_APPLICABLE;
  };
  const test = check.test;
  if (test.kind === 'condition') {
    const condition = compileCondition(test.condition, model.slots);
    const fixed: Limit = { operator: 'condition', value: null, text: test.text };
    return {
      model: check,
      index,
      evaluate: (facts) => {
        if (when && !when(facts.values)) return skipped(facts);
        return condition(facts.values) ? CONDITION_PASSED : CONDITION_FAILED;
      },
      read: () => CONDITION_FAILED,
      verdict: (facts) => {
        if (when && !when(facts.values)) return Verdict.NotApplicable;
        return condition(facts.values) ? Verdict.Passed : Verdict.Failed;
      },
      limitOf: () => fixed,
      skipped,
    };
  }

  const slot = model.slots.get(check.subject!)!;
  const limitOf = compileLimit(check, keys);
  const absentOperand = compileAbsentOperand(check, model);
  const compare = compileComparison(check);
  const rounding = check.comparison.method === 'rounded';
  const fixedInterval = check.comparison.method === 'rounded' ? check.comparison.interval : undefined;
  const intervalFor = (limit: LimitValue): RoundingInterval =>
    fixedInterval ?? INTERVALS[Math.min(limit.decimals, 20)]!;
  const operator = test.kind === 'compare' ? test.operator : undefined;
  const aggregate = check.aggregate;

  const comparedOf = (measured: number | string | boolean, limit: LimitValue): number | string | boolean =>
    rounding && typeof measured === 'number' ? roundNumberGbt8170(measured, intervalFor(limit)) : measured;

  const counting = aggregate === 'atMostFailing' || aggregate === 'atLeastPassing';
  const allowed = check.aggregateCount ?? 0;

  // evaluate() reads into this one object for every record: its outcome is explained before the next record
  // is read (the compiled path is synchronous), and no result keeps it. read() alone (json-rules-engine,
  // whose runs may interleave) gets a new object each time.
  const scratch = blankOutcome();
  let reuse = false;
  const outcome = (
    state: CheckOutcome['state'],
    measured: CheckOutcome['measured'],
    limit: LimitValue | undefined,
    specimen: number,
  ): CheckOutcome => {
    const o = reuse ? scratch : blankOutcome();
    o.status = state === 'no-limit' ? 'not-applicable' : state === 'missing' ? 'missing' : 'failed';
    o.state = state;
    o.measured = measured;
    o.compared = measured === undefined || limit === undefined ? undefined : comparedOf(measured, limit);
    o.rounded = rounding && typeof measured === 'number' && limit !== undefined;
    o.specimen = specimen;
    o.limit = limit;
    o.specimens = undefined;
    o.failing = undefined;
    o.absent = -1;
    o.noRow = undefined;
    return o;
  };

  // A count of specimens: which fail the limit, and the worst one as the value that decides.
  const readCount = (raw: unknown, limit: LimitValue): CheckOutcome => {
    const values = (Array.isArray(raw) ? raw : [raw]) as number[];
    const failing: number[] = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      if (!compare(comparedOf(values[i]!, limit), limit)) {
        if (failing.length === 0) at = i;
        failing.push(i + 1);
      }
    }
    if (failing.length === 0) {
      const low = operator === '>=' || operator === '>';
      const high = operator === '<=' || operator === '<';
      for (let i = 1; i < values.length; i++)
        if ((low && values[i]! < values[at]!) || (high && values[i]! > values[at]!)) at = i;
    }
    const o = outcome('ready', values[at]!, limit, values.length > 1 ? at + 1 : 0);
    o.specimens = values;
    o.failing = failing;
    return o;
  };
  const countHolds = (o: CheckOutcome): boolean =>
    aggregate === 'atMostFailing'
      ? o.failing!.length <= allowed
      : o.specimens!.length - o.failing!.length >= allowed;

  const read = (facts: RecordFacts): CheckOutcome => {
    const limit = limitOf(facts);
    if (limit === undefined) {
      // A limit that reads a value the record leaves out cannot be known: not met, as a missing value is.
      const absent = absentOperand(facts);
      const o = outcome(absent < 0 ? 'no-limit' : 'missing', undefined, undefined, 0);
      o.absent = absent < 0 ? -1 : absent;
      // The rare path: a table with no row for the keys the record gives (not a `~` cell), told by the result.
      const table = noRowTable(absent);
      if (table >= 0) o.noRow = { table, keys: model.tables[table]!.keys.map((k) => facts.values[k.slot]) };
      return o;
    }
    if (limit.unavailable) return outcome('unavailable', undefined, limit, 0);
    const raw = facts.values[slot];
    if (raw === undefined) return outcome('missing', undefined, limit, 0);
    if (counting) return readCount(raw, limit);
    if (!Array.isArray(raw)) return outcome('ready', raw as number | string | boolean, limit, 0);
    const values = raw as number[];
    if (aggregate === 'mean') {
      return outcome('ready', toFifteenDigits(values.reduce((s, v) => s + v, 0) / values.length), limit, 0);
    }
    let at = 0;
    if (aggregate === 'min' || (aggregate === 'each' && (operator === '>=' || operator === '>'))) {
      for (let i = 1; i < values.length; i++) if (values[i]! < values[at]!) at = i;
    } else if (aggregate === 'max' || (aggregate === 'each' && (operator === '<=' || operator === '<'))) {
      for (let i = 1; i < values.length; i++) if (values[i]! > values[at]!) at = i;
    } else {
      // Every specimen must pass: the first that fails decides.
      at = Math.max(
        0,
        values.findIndex((v) => !compare(comparedOf(v, limit), limit)),
      );
    }
    return outcome('ready', values[at]!, limit, values.length > 1 ? at + 1 : 0);
  };

  return {
    model: check,
    index,
    read,
    evaluate: (facts) => {
      if (when && !when(facts.values)) return skipped(facts);
      reuse = true;
      let o: CheckOutcome;
      try {
        o = read(facts);
      } finally {
        reuse = false;
      }
      if (o.state === 'ready')
        o.status = (counting ? countHolds(o) : compare(o.compared, o.limit!)) ? 'passed' : 'failed';
      return o;
    },
    verdict: (facts) => {
      if (when && !when(facts.values)) return Verdict.NotApplicable;
      const limit = limitOf(facts);
      if (limit === undefined) return absentOperand(facts) < 0 ? Verdict.NotApplicable : Verdict.Failed;
      if (limit.unavailable) return Verdict.Failed;
      const raw = facts.values[slot];
      if (raw === undefined) return Verdict.Failed;
      if (counting) return countHolds(readCount(raw, limit)) ? Verdict.Passed : Verdict.Failed;
      if (Array.isArray(raw)) {
        const o = read(facts);
        return compare(o.compared, limit) ? Verdict.Passed : Verdict.Failed;
      }
      return compare(comparedOf(raw as number | string | boolean, limit), limit)
        ? Verdict.Passed
        : Verdict.Failed;
    },
    limitOf: (limit) => (limit ? describeLimit(check, limit) : null),
    skipped,
  };
}

function compileLimit(check: CheckModel, keys: LimitKeys): (facts: RecordFacts) => LimitValue | undefined {
  const test = check.test;
  if (test.kind === 'range') {
    const fixed: LimitValue = {
      value: [test.band.lower, test.band.upper],
      text: test.band.text,
      decimals: test.decimals,
      band: test.band,
      key: keys(),
    };
    return () => fixed;
  }
  if (test.kind === 'member') {
    const fixed: LimitValue = {
      value: test.values.map((v) => v.value),
      text: `[${test.values.map((v) => v.text).join(', ')}]`,
      decimals: 0,
      key: keys(),
    };
    return () => fixed;
  }
  if (test.kind === 'tolerance') return compileTolerance(test, keys);
  if (test.kind !== 'compare') return () => undefined;
  const operand = test.operand;
  if (operand.kind === 'literal') {
    const fixed = limitFromLiteral(operand.literal, keys());
    return () => fixed;
  }
  if (operand.kind === 'cell') {
    const { table, columnIndex } = operand;
    return (facts) => facts.row(table)?.limits[columnIndex] ?? undefined;
  }
  const evaluate = compileExpr(operand.expr);
  const decimals = operand.decimals;
  // A result that is one of the formula's own numbers reads as written there (5.0, not 5).
  const written = decimals === undefined ? resultLiterals(operand.expr) : undefined;
  // A computed limit takes few distinct values (16, 15, 14 …): keep one limit
  // object per value, with a key, like a table cell's. Past the bound, build per record.
  const seen = new Map<unknown, LimitValue>();
  return (facts) => {
    const v = evaluate(facts, -1);
    if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return undefined;
    let limit = seen.get(v);
    if (limit) return limit;
    if (typeof v !== 'number')
      limit = { value: v as string | boolean, text: String(v), decimals: 0, key: -1 };
    else {
      const value = toFifteenDigits(v);
      limit = {
        value,
        text: written?.get(value) ?? computedLimitText(value, decimals),
        decimals: decimals ?? 0,
        key: -1,
      };
    }
    if (seen.size < MAX_COMPUTED_LIMITS) {
      limit.key = keys();
      seen.set(v, limit);
    }
    return limit;
  };
}

const MAX_COMPUTED_LIMITS = 256;

type ToleranceTest = Extract<CheckModel['test'], { kind: 'tolerance' }>;

/** One part of a tolerance (nominal, plus, minus) for a record: its value and written decimals. */
type PartOf = (facts: RecordFacts) => { value: number; decimals: number } | null | 'n/a' | undefined;

function compilePart(operand: Operand): PartOf {
  if (operand.kind === 'literal') {
    const fixed = { value: operand.literal.value as number, decimals: operand.literal.decimals };
    return () => fixed;
  }
  if (operand.kind === 'cell') {
    const { table, columnIndex } = operand;
    return (facts) => {
      const row = facts.row(table);
      if (!row) return undefined;
      const limit = row.limits[columnIndex];
      if (!limit) return null;
      if (limit.unavailable) return 'n/a';
      return { value: limit.value as number, decimals: limit.decimals };
    };
  }
  const evaluate = compileExpr(operand.expr);
  const decimals = operand.decimals ?? 0;
  return (facts) => {
    const v = evaluate(facts, -1);
    return typeof v === 'number' && Number.isFinite(v) ? { value: toFifteenDigits(v), decimals } : undefined;
  };
}

/**
 * The closed range [nominal − minus, nominal + plus] for a record (GB/T 8170:
 * "A ± b" includes both ends), shown as written with the range it stands for:
 * "10.0 ± 0.1 [9.9, 10.1]". One limit object per distinct range, like a table cell's.
 */
function compileTolerance(
  test: ToleranceTest,
  keys: LimitKeys,
): (facts: RecordFacts) => LimitValue | undefined {
  const nominal = compilePart(test.nominal);
  const plus = compilePart(test.plus);
  const minus = test.symmetric ? plus : compilePart(test.minus);
  const seen = new Map<string, LimitValue>();
  const unavailable: LimitValue = { value: 'n/a', text: 'n/a', decimals: 0, key: keys(), unavailable: true };
  return (facts) => {
    const n = nominal(facts);
    const p = plus(facts);
    const m = test.symmetric ? p : minus(facts);
    if (n === 'n/a' || p === 'n/a' || m === 'n/a') return unavailable;
    if (!n || !p || !m) return undefined;
    const id = `${n.value}|${n.decimals}|${p.value}|${p.decimals}|${m.value}|${m.decimals}`;
    let limit = seen.get(id);
    if (limit) return limit;
    const decimals = Math.max(n.decimals, p.decimals, m.decimals);
    const lower = toFifteenDigits(n.value - m.value);
    const upper = toFifteenDigits(n.value + p.value);
    const fixed = (v: number, d: number) => v.toFixed(d);
    const written = test.symmetric
      ? `${test.nominal.kind === 'literal' && test.nominal.literal.text === '' ? '' : `${fixed(n.value, n.decimals)} `}± ${fixed(p.value, p.decimals)}`
      : `${fixed(n.value, n.decimals)} +${fixed(p.value, p.decimals)}/−${fixed(m.value, m.decimals)}`;
    const lowerText = fixed(lower, decimals);
    const upperText = fixed(upper, decimals);
    limit = {
      value: [lower, upper],
      text: `${written} [${lowerText}, ${upperText}]`,
      decimals,
      band: {
        lower,
        lowerInclusive: true,
        upper,
        upperInclusive: true,
        text: `[${lowerText}, ${upperText}]`,
      },
      key: -1,
    };
    if (seen.size < MAX_COMPUTED_LIMITS) {
      limit.key = keys();
      seen.set(id, limit);
    }
    return limit;
  };
}

function compileComparison(check: CheckModel): (compared: unknown, limit: LimitValue) => boolean {
  const test = check.test;
  if (test.kind === 'range' || test.kind === 'tolerance')
    return (v, limit) => typeof v === 'number' && bandContains(limit.band!, v);
  if (test.kind === 'member') {
    const negate = test.negate;
    return (v, limit) => (limit.value as unknown[]).includes(v) !== negate;
  }
  if (test.kind !== 'compare') return () => false;
  const holds = COMPARE_OPERATORS[test.operator].holds;
  return (v, limit) => holds(v, limit.value);
}

function describeLimit(check: CheckModel, limit: LimitValue): Limit {
  const test = check.test;
  if (test.kind === 'range' || test.kind === 'tolerance')
    return { operator: 'between', value: limit.value, text: limit.text };
  if (test.kind === 'member') {
    const operator: LimitOperator = test.negate ? 'not in' : 'in';
    // A set in braces: `∉ [15, 19]` reads as the interval 15–19 (newcomer-17 finding 8).
    const set = `{${test.values.map((v) => v.text).join(', ')}}`;
    return { operator, value: limit.value, text: `${test.negate ? '∉' : '∈'} ${set}` };
  }
  const operator = (test as { operator: CompareOperator }).operator;
  return { operator, value: limit.value, text: `${operatorSymbol(operator)} ${limit.text}` };
}
