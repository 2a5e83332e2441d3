import type { RecordFacts } from '../evaluate/record-facts';
import type { Limit, LimitOperator } from '../explain/grade-result';
import { compileExpr } from '../formula/compile-expr';
import type { Band, CheckModel, CompareOperator, Literal, RuleSetModel } from '../model/rule-set-model';
import { parseRoundingInterval, type RoundingInterval, roundNumberGbt8170 } from '../rounding/gbt8170';
import { bandContains } from '../validate/parse-band';
import { operatorSymbol } from '../validate/parse-requirement';
import { type CompiledCondition, compileCondition } from './compile-condition';

/** A check's limit for one record. */
export interface LimitValue {
  value: number | string | boolean | (number | string | boolean)[];
  /** The limit as written: "4.50", "[1.25, 1.30]". */
  text: string;
  /** Digits after the point, for the rounded-value method. */
  decimals: number;
  band?: Band;
}

/** What a check reads from a record before the comparison. */
export interface Reading {
  /** `ready` to compare; `missing` value; `no-limit` when the rule set sets none for this record. */
  state: 'ready' | 'missing' | 'no-limit';
  /** The measured value that decides (a specimen's, or the min/max/mean). */
  measured?: number | string | boolean;
  /** The value compared: `measured`, rounded by GB/T 8170 under the rounded-value method. */
  compared?: number | string | boolean;
  rounded: boolean;
  /** 1-based specimen that decides; 0 when not applicable. */
  specimen: number;
  limit?: LimitValue;
}

/** A requirement compiled once per rule set. */
export interface CompiledCheck {
  model: CheckModel;
  /** Position among the rule set's checks (scope first). */
  index: number;
  /** Applicability (`when`); undefined when always applicable. */
  when?: CompiledCondition;
  /** The escape-hatch condition, for `condition` checks. */
  condition?: CompiledCondition;
  /** Reads the subject and the limit for a record; not for `condition` checks. */
  read(facts: RecordFacts): Reading;
  /** The comparison, as qgrade's compiled path runs it. */
  test(compared: unknown, limit: LimitValue): boolean;
  /** The limit as the explanation shows it. */
  limitOf(limit: LimitValue | undefined): Limit | null;
}

const INTERVALS = Array.from({ length: 21 }, (_, d) => parseRoundingInterval(`1e-${d}`)!);

/** Compiles a resolved check into closures. */
export function compileCheck(check: CheckModel, index: number, model: RuleSetModel): CompiledCheck {
  const when = check.when ? compileCondition(check.when, model.slots) : undefined;
  const base = { model: check, index, ...(when ? { when } : {}) };
  const test = check.test;
  if (test.kind === 'condition') {
    const condition = compileCondition(test.condition, model.slots);
    return {
      ...base,
      condition,
      read: () => ({ state: 'ready', rounded: false, specimen: 0 }),
      test: () => false,
      limitOf: () => ({ operator: 'condition', value: null, text: test.text }),
    };
  }

  const slot = model.slots.get(check.subject!)!;
  const limitOf = compileLimit(check);
  const compare = compileComparison(check);
  const fixed = check.comparison.method === 'rounded' ? check.comparison.interval : undefined;
  const rounding = check.comparison.method === 'rounded';
  const intervalFor = (limit: LimitValue): RoundingInterval =>
    fixed ?? INTERVALS[Math.min(limit.decimals, 20)]!;
  const operator = test.kind === 'compare' ? test.operator : undefined;
  const aggregate = check.aggregate;

  const compared = (measured: number | string | boolean, limit: LimitValue): number | string | boolean =>
    rounding && typeof measured === 'number' ? roundNumberGbt8170(measured, intervalFor(limit)) : measured;

  const read = (facts: RecordFacts): Reading => {
    const limit = limitOf(facts);
    if (limit === undefined) return { state: 'no-limit', rounded: false, specimen: 0 };
    const raw = facts.values[slot];
    if (raw === undefined) return { state: 'missing', rounded: false, specimen: 0, limit };
    if (!Array.isArray(raw)) {
      const value = raw as number | string | boolean;
      return {
        state: 'ready',
        measured: value,
        compared: compared(value, limit),
        rounded: rounding,
        specimen: 0,
        limit,
      };
    }
    const values = raw as number[];
    if (aggregate === 'mean') {
      const mean = Number((values.reduce((s, v) => s + v, 0) / values.length).toPrecision(15));
      return {
        state: 'ready',
        measured: mean,
        compared: compared(mean, limit),
        rounded: rounding,
        specimen: 0,
        limit,
      };
    }
    let at = 0;
    if (aggregate === 'min' || (aggregate === 'each' && (operator === '>=' || operator === '>'))) {
      for (let i = 1; i < values.length; i++) if (values[i]! < values[at]!) at = i;
    } else if (aggregate === 'max' || (aggregate === 'each' && (operator === '<=' || operator === '<'))) {
      for (let i = 1; i < values.length; i++) if (values[i]! > values[at]!) at = i;
    } else {
      // Every specimen must pass: the first that fails decides.
      const failing = values.findIndex((v) => !compare(compared(v, limit), limit));
      at = Math.max(failing, 0);
    }
    const value = values[at]!;
    return {
      state: 'ready',
      measured: value,
      compared: compared(value, limit),
      rounded: rounding,
      specimen: values.length > 1 ? at + 1 : 0,
      limit,
    };
  };

  return {
    ...base,
    read,
    test: compare,
    limitOf: (limit) => (limit ? describeLimit(check, limit) : null),
  };
}

function compileLimit(check: CheckModel): (facts: RecordFacts) => LimitValue | undefined {
  const test = check.test;
  if (test.kind === 'range') {
    const fixed: LimitValue = {
      value: [test.band.lower, test.band.upper],
      text: test.band.text,
      decimals: test.decimals,
      band: test.band,
    };
    return () => fixed;
  }
  if (test.kind === 'member') {
    const fixed: LimitValue = {
      value: test.values.map((v) => v.value),
      text: `[${test.values.map((v) => v.text).join(', ')}]`,
      decimals: 0,
    };
    return () => fixed;
  }
  if (test.kind !== 'compare') return () => undefined;
  const operand = test.operand;
  if (operand.kind === 'literal') {
    const fixed = fromLiteral(operand.literal);
    return () => fixed;
  }
  if (operand.kind === 'cell') {
    const { table, column } = operand;
    // Cells are literals already; convert each once, on first use.
    const cache = new Map<Literal, LimitValue>();
    return (facts) => {
      const cell = facts.cell(table, column);
      if (!cell) return undefined;
      let limit = cache.get(cell);
      if (!limit) {
        limit = fromLiteral(cell);
        cache.set(cell, limit);
      }
      return limit;
    };
  }
  const evaluate = compileExpr(operand.expr);
  const decimals = operand.decimals;
  return (facts) => {
    const v = evaluate(facts, -1);
    if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return undefined;
    if (typeof v !== 'number') return { value: v as string | boolean, text: String(v), decimals: 0 };
    const value = Number(v.toPrecision(15));
    return {
      value,
      text: decimals === undefined ? String(value) : value.toFixed(decimals),
      decimals: decimals ?? 0,
    };
  };
}

function fromLiteral(l: Literal): LimitValue {
  return { value: l.value, text: l.text, decimals: l.decimals };
}

function compileComparison(check: CheckModel): (compared: unknown, limit: LimitValue) => boolean {
  const test = check.test;
  if (test.kind === 'range') return (v, limit) => typeof v === 'number' && bandContains(limit.band!, v);
  if (test.kind === 'member') {
    const negate = test.negate;
    return (v, limit) => (limit.value as unknown[]).includes(v) !== negate;
  }
  if (test.kind !== 'compare') return () => false;
  return COMPARE[test.operator];
}

const COMPARE: Record<CompareOperator, (v: unknown, limit: LimitValue) => boolean> = {
  '>=': (v, l) => typeof v === 'number' && v >= (l.value as number),
  '>': (v, l) => typeof v === 'number' && v > (l.value as number),
  '<=': (v, l) => typeof v === 'number' && v <= (l.value as number),
  '<': (v, l) => typeof v === 'number' && v < (l.value as number),
  '=': (v, l) => v === l.value,
  '!=': (v, l) => v !== l.value,
};

function describeLimit(check: CheckModel, limit: LimitValue): Limit {
  const test = check.test;
  if (test.kind === 'range') return { operator: 'between', value: limit.value, text: limit.text };
  if (test.kind === 'member') {
    const operator: LimitOperator = test.negate ? 'not in' : 'in';
    return { operator, value: limit.value, text: `${test.negate ? '∉' : '∈'} ${limit.text}` };
  }
  const operator = (test as { operator: CompareOperator }).operator;
  return { operator, value: limit.value, text: `${operatorSymbol(operator)} ${limit.text}` };
}
