/**
 * A reference interpreter: grades a record straight from the resolved model,
 * written to read like the rule format's documentation, not to be fast. It
 * shares no evaluation code with the two runners — its own value reading,
 * derived values, specimen aggregation, limit lookup, comparison and grade
 * decision; only GB/T 8170 rounding is called through the public
 * `roundGbt8170` (a string in, a string out), not the runners' numeric path.
 *
 * It takes records the graders accepted (no record errors): validation and
 * conversion of raw input are tested elsewhere. Constructs it does not know
 * throw {@link Unsupported}, so a test can tell "not covered" from "disagrees".
 */

import { parseRoundingInterval, roundGbt8170 } from '../../src/index';
import type { Band } from '../../src/model/band';
import { type Expr, referencedNames } from '../../src/model/expr';
import type {
  CheckModel,
  ConditionModel,
  Operand,
  RuleSetModel,
  TableModel,
} from '../../src/model/rule-set-model';

/** Thrown for a construct the reference does not interpret. */
export class Unsupported extends Error {}

/** What the reference decides for one criterion. */
export interface ReferenceCriterion {
  id: string;
  status: 'passed' | 'failed' | 'not-applicable' | 'missing';
  value: number | string | boolean | null;
  /** The compared value, when the rounded-value method rounded it. */
  rounded?: number;
  /** 1-based specimen that decided, when the record gave several. */
  specimen?: number;
  /** For a count of specimens: the 1-based specimens that fail the limit. */
  failingSpecimens?: number[];
  /** A grade the record's table row does not have (`n/a`). */
  unavailable?: true;
  limit: unknown;
}

/** What the reference decides for one record. */
export interface ReferenceResult {
  grade: string | null;
  notGraded: 'out-of-scope' | 'gate-failed' | 'below-lowest-grade' | null;
  nextGrade: string | null;
  blockers: string[];
  criteria: ReferenceCriterion[];
}

type Value = number | string | boolean;

/** Grades one (valid) record against a resolved rule set. */
export function referenceGrade(model: RuleSetModel, record: Record<string, unknown>): ReferenceResult {
  const values = readValues(model, record);
  const checks = [...model.scope, ...model.criteria];
  const criteria = checks.map((check) => evaluateCheck(model, check, values));

  // Scope first: a record outside the standard's scope gets no grade.
  const outOfScope = criteria.filter((c, i) => checks[i]!.grade === null && isFailure(c));
  // Otherwise the grade is the highest one whose requirements, and those of every grade below it, all hold.
  const failedGrades = new Set(
    checks.filter((check, i) => check.grade !== null && isFailure(criteria[i]!)).map((c) => c.grade!.index),
  );
  let reached = -1;
  while (reached + 1 < model.grades.length && !failedGrades.has(reached + 1)) reached++;
  if (outOfScope.length > 0)
    return { grade: null, notGraded: 'out-of-scope', nextGrade: null, blockers: [], criteria };

  const next = model.grades[reached + 1];
  const blockers = next
    ? checks.filter((c, i) => c.grade?.id === next.id && isFailure(criteria[i]!)).map((c) => c.id)
    : [];
  // A grade the row does not have is no next step.
  const reachable = !criteria.some((c) => c.unavailable && blockers.includes(c.id));
  let notGraded: ReferenceResult['notGraded'] = null;
  if (reached < 0) {
    const gates = checks.filter((c) => c.effect === 'gate' && blockers.includes(c.id));
    notGraded = gates.length > 0 ? 'gate-failed' : 'below-lowest-grade';
  }
  return {
    grade: reached >= 0 ? model.grades[reached]!.id : null,
    notGraded,
    nextGrade: reachable ? (next?.id ?? null) : null,
    blockers: reachable ? blockers : [],
    criteria,
  };
}

function isFailure(c: ReferenceCriterion): boolean {
  return c.status === 'failed' || c.status === 'missing';
}

/** The record's values by name: indicators (a default where absent), then derived values in order. */
function readValues(model: RuleSetModel, record: Record<string, unknown>): Map<string, Value | Value[]> {
  const values = new Map<string, Value | Value[]>();
  for (const ind of model.indicators) {
    let v = record[ind.name];
    if (v === undefined || v === null) v = ind.default;
    if (v === undefined) continue;
    // An enum value given by a label or alias (热泵型 for heat-pump): the value it names.
    if (typeof v === 'string' && ind.valueSpellings && !ind.values?.includes(v)) {
      const folded = v
        .normalize('NFKC')
        .trim()
        .replace(/\s+/gu, ' ')
        .replace(/[A-Z]/g, (c) => c.toLowerCase());
      v = ind.valueSpellings.get(v) ?? ind.valueSpellings.get(folded) ?? v;
    }
    if (Array.isArray(v)) values.set(ind.name, v as Value[]);
    else if (ind.specimens > 0) values.set(ind.name, [v as Value]);
    else values.set(ind.name, v as Value);
  }
  for (const d of model.derived) {
    if (d.perSpecimen) {
      // Once per specimen: the inputs with several specimens must give the same number (else the record is invalid).
      const counts = [...referencedNames(d.expr)].map((n) => values.get(n)).filter((v) => Array.isArray(v));
      const n = Math.max(1, ...counts.map((v) => (v as Value[]).length));
      const list: Value[] = [];
      for (let i = 0; i < n; i++) {
        const v = evaluateExpr(model, d.expr, values, i);
        if (v === undefined) break;
        if (typeof v === 'number' && !Number.isFinite(v)) throw new Unsupported(`${d.name} not computable`);
        list.push(typeof v === 'number' ? fifteenDigits(v) : v);
      }
      if (list.length === n) values.set(d.name, list);
      continue;
    }
    const v = evaluateExpr(model, d.expr, values, -1);
    if (v === undefined) continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Unsupported(`derived value ${d.name} not computable`);
      values.set(d.name, fifteenDigits(v));
    } else values.set(d.name, v);
  }
  return values;
}

/** Carried to 15 significant digits, as every computed number in qgrade. */
function fifteenDigits(v: number): number {
  return Number(v.toPrecision(15));
}

/**
 * A name's value for one specimen (-1: the record as a whole). A one-specimen
 * list reads as its value; several specimens read as absent for the whole record.
 */
function single(values: Map<string, Value | Value[]>, name: string, specimen = -1): Value | undefined {
  const v = values.get(name);
  if (!Array.isArray(v)) return v;
  return v.length === 1 ? v[0] : v[specimen];
}

function evaluateCheck(
  model: RuleSetModel,
  check: CheckModel,
  values: Map<string, Value | Value[]>,
): ReferenceCriterion {
  const notApplicable: ReferenceCriterion = {
    id: check.id,
    status: 'not-applicable',
    value: null,
    limit: null,
  };
  if (check.when && !holdsCondition(check.when, values)) return notApplicable;
  const test = check.test;
  if (test.kind === 'condition') {
    return {
      id: check.id,
      status: holdsCondition(test.condition, values) ? 'passed' : 'failed',
      value: null,
      limit: null,
    };
  }

  const limit = limitOf(model, check, values);
  if (limit === undefined) return notApplicable;
  if (limit === UNAVAILABLE)
    return { id: check.id, status: 'failed', value: null, limit: null, unavailable: true };
  const measured = values.get(check.subject!);
  if (measured === undefined) return { id: check.id, status: 'missing', value: null, limit: limit.value };

  // The value that decides: one value, or the specimen (or mean) the aggregate names.
  let decisive: Value;
  let specimen: number | undefined;
  let allPass: boolean | undefined;
  if (check.aggregate === 'atMostFailing' || check.aggregate === 'atLeastPassing') {
    // "At most k specimens below the limit" / "at least k meet it": count them.
    const numbers = (Array.isArray(measured) ? measured : [measured]) as number[];
    const failing = numbers.flatMap((n, i) =>
      meets(check, comparedValue(check, n, limit), limit) ? [] : [i + 1],
    );
    const k = check.aggregateCount ?? 0;
    const passed =
      check.aggregate === 'atMostFailing' ? failing.length <= k : numbers.length - failing.length >= k;
    // The specimen shown: the first that fails, else the worst one.
    const bound = check.test.kind === 'compare' ? boundOf(check.test.operator) : undefined;
    let at = failing.length > 0 ? failing[0]! - 1 : 0;
    if (failing.length === 0 && bound === 'min') at = numbers.indexOf(Math.min(...numbers));
    if (failing.length === 0 && bound === 'max') at = numbers.indexOf(Math.max(...numbers));
    const shown = comparedValue(check, numbers[at]!, limit);
    const result: ReferenceCriterion = {
      id: check.id,
      status: passed ? 'passed' : 'failed',
      value: numbers[at]!,
      failingSpecimens: failing,
      limit: limit.value,
    };
    if (check.comparison.method === 'rounded' && typeof shown === 'number') result.rounded = shown;
    if (numbers.length > 1) result.specimen = at + 1;
    return result;
  }
  if (!Array.isArray(measured)) decisive = measured;
  else if (check.aggregate === 'mean') {
    const numbers = measured as number[];
    let sum = 0;
    for (const n of numbers) sum += n;
    decisive = fifteenDigits(sum / numbers.length);
  } else {
    const numbers = measured as number[];
    const lowest = numbers.indexOf(Math.min(...numbers));
    const highest = numbers.indexOf(Math.max(...numbers));
    const bound = test.kind === 'compare' ? boundOf(test.operator) : undefined;
    let at: number;
    if (check.aggregate === 'min' || (check.aggregate === 'each' && bound === 'min')) at = lowest;
    else if (check.aggregate === 'max' || (check.aggregate === 'each' && bound === 'max')) at = highest;
    else {
      // "Each specimen meets the requirement": the first that does not decides.
      const first = numbers.findIndex((n) => !meets(check, comparedValue(check, n, limit), limit));
      at = Math.max(0, first);
      allPass = first < 0;
    }
    decisive = numbers[at]!;
    if (numbers.length > 1) specimen = at + 1;
  }
  const compared = comparedValue(check, decisive, limit);
  const passed = allPass ?? meets(check, compared, limit);
  const result: ReferenceCriterion = {
    id: check.id,
    status: passed ? 'passed' : 'failed',
    value: decisive,
    limit: limit.value,
  };
  if (check.comparison.method === 'rounded' && typeof compared === 'number') result.rounded = compared;
  if (specimen !== undefined) result.specimen = specimen;
  return result;
}

function boundOf(operator: string): 'min' | 'max' | undefined {
  if (operator === '>=' || operator === '>') return 'min';
  if (operator === '<=' || operator === '<') return 'max';
  return undefined;
}

interface ReferenceLimit {
  value: Value | Value[];
  /** Digits of the limit as written: the rounding interval when the rule gives none. */
  decimals: number;
  band?: Band;
}

/** The limit that applies to this record, or undefined where none does (no table row, an empty cell). */
function limitOf(
  model: RuleSetModel,
  check: CheckModel,
  values: Map<string, Value | Value[]>,
): ReferenceLimit | undefined {
  const test = check.test;
  if (test.kind === 'range')
    return { value: [test.band.lower, test.band.upper], decimals: test.decimals, band: test.band };
  if (test.kind === 'member') return { value: test.values.map((v) => v.value), decimals: 0 };
  if (test.kind === 'tolerance') {
    // `nominal ± t` or `nominal +p/−m`: the closed range [nominal − m, nominal + p] (GB/T 8170).
    const parts = [test.nominal, test.plus, test.minus].map((o) => operandLimit(model, o, values));
    if (parts.includes(UNAVAILABLE)) return UNAVAILABLE;
    if (parts.some((p) => p === undefined)) return undefined;
    const [n, p, m] = parts as ReferenceLimit[];
    const lower = fifteenDigits((n!.value as number) - (m!.value as number));
    const upper = fifteenDigits((n!.value as number) + (p!.value as number));
    return {
      value: [lower, upper],
      decimals: Math.max(n!.decimals, p!.decimals, m!.decimals),
      band: { lower, lowerInclusive: true, upper, upperInclusive: true, text: '' },
    };
  }
  if (test.kind !== 'compare') return undefined;
  return operandLimit(model, test.operand, values);
}

/** A table cell `n/a`: the grade does not exist for the record's row. */
const UNAVAILABLE: ReferenceLimit = { value: 'n/a', decimals: 0 };

function operandLimit(
  model: RuleSetModel,
  operand: Operand,
  values: Map<string, Value | Value[]>,
): ReferenceLimit | undefined {
  if (operand.kind === 'literal') return { value: operand.literal.value, decimals: operand.literal.decimals };
  if (operand.kind === 'cell') {
    const cell = tableCell(model.tables[operand.table]!, operand.column, values);
    if (cell?.unavailable) return UNAVAILABLE;
    return cell ? { value: cell.value, decimals: cell.decimals } : undefined;
  }
  const v = evaluateExpr(model, operand.expr, values, -1);
  if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return undefined;
  return { value: typeof v === 'number' ? fifteenDigits(v) : v, decimals: operand.decimals ?? 0 };
}

/** The cell of the first row whose every key matches the record; null for an empty cell. */
function tableCell(
  table: TableModel,
  column: string,
  values: Map<string, Value | Value[]>,
): { value: Value; decimals: number; unavailable?: true } | null {
  for (const row of table.rows) {
    const matches = table.keys.every((key, k) => {
      const v = single(values, key.indicator);
      const match = row.match[k]!;
      return Array.isArray(match) ? match.includes(v as Value) : typeof v === 'number' && inBand(match, v);
    });
    if (matches) return row.cells.get(column) ?? null;
  }
  return null;
}

function inBand(band: Band, v: number): boolean {
  const aboveLower = band.lowerInclusive ? v >= band.lower : v > band.lower;
  const belowUpper = band.upperInclusive ? v <= band.upper : v < band.upper;
  return aboveLower && belowUpper;
}

/** Under the rounded-value method (GB/T 8170) the value is rounded first: to the rule's interval, or the limit's digits. */
function comparedValue(check: CheckModel, v: Value, limit: ReferenceLimit): Value {
  if (check.comparison.method !== 'rounded' || typeof v !== 'number') return v;
  const interval = check.comparison.interval ?? parseRoundingInterval(`1e-${Math.min(limit.decimals, 20)}`)!;
  return Number(roundGbt8170(v, interval));
}

function meets(check: CheckModel, v: Value, limit: ReferenceLimit): boolean {
  const test = check.test;
  if (test.kind === 'range' || test.kind === 'tolerance')
    return typeof v === 'number' && inBand(limit.band!, v);
  if (test.kind === 'member') return (limit.value as Value[]).includes(v) !== test.negate;
  if (test.kind !== 'compare') throw new Unsupported(test.kind);
  const l = limit.value;
  switch (test.operator) {
    case '>=':
      return typeof v === 'number' && v >= (l as number);
    case '>':
      return typeof v === 'number' && v > (l as number);
    case '<=':
      return typeof v === 'number' && v <= (l as number);
    case '<':
      return typeof v === 'number' && v < (l as number);
    case '=':
      return v === l;
    case '!=':
      return v !== l;
  }
}

/** A `when`, scope or escape-hatch condition, with json-rules-engine's meaning of each operator. */
function holdsCondition(c: ConditionModel, values: Map<string, Value | Value[]>): boolean {
  if ('all' in c) return c.all.every((x) => holdsCondition(x, values));
  if ('any' in c) return c.any.some((x) => holdsCondition(x, values));
  if ('not' in c) return !holdsCondition(c.not, values);
  const fact = values.get(c.fact);
  const numeric = (x: unknown) => Number.parseFloat(x as string).toString() !== 'NaN';
  switch (c.operator) {
    case 'equal':
      return fact === c.value;
    case 'notEqual':
      return fact !== c.value;
    case 'in':
      return Array.isArray(c.value) && c.value.includes(fact);
    case 'notIn':
      return Array.isArray(c.value) && !c.value.includes(fact);
    case 'contains':
      return Array.isArray(fact) && (fact as unknown[]).includes(c.value);
    case 'doesNotContain':
      return Array.isArray(fact) && !(fact as unknown[]).includes(c.value);
    case 'lessThan':
      return numeric(fact) && (fact as number) < (c.value as number);
    case 'lessThanInclusive':
      return numeric(fact) && (fact as number) <= (c.value as number);
    case 'greaterThan':
      return numeric(fact) && (fact as number) > (c.value as number);
    case 'greaterThanInclusive':
      return numeric(fact) && (fact as number) >= (c.value as number);
  }
}

const FUNCTIONS: Record<string, (...xs: number[]) => number> = {
  min: Math.min,
  max: Math.max,
  abs: Math.abs,
  sqrt: Math.sqrt,
  floor: Math.floor,
  ceil: Math.ceil,
};

/** A formula's value; undefined when a value it reads is absent or of the wrong kind. */
function evaluateExpr(
  model: RuleSetModel,
  e: Expr,
  values: Map<string, Value | Value[]>,
  specimen: number,
): Value | undefined {
  const ev = (x: Expr) => evaluateExpr(model, x, values, specimen);
  switch (e.k) {
    case 'num':
    case 'str':
    case 'bool':
      return e.value;
    case 'ref':
      return single(values, e.name, specimen);
    case 'cell': {
      const table = model.tables[e.table]!;
      const cell = tableCell(table, e.column, values);
      return cell === null ? undefined : cell.value;
    }
    case 'unary': {
      const a = ev(e.arg);
      if (e.op === '!') return typeof a === 'boolean' ? !a : undefined;
      if (e.op === '-') return typeof a === 'number' ? -a : undefined;
      return a;
    }
    case 'binary': {
      const a = ev(e.left);
      const b = ev(e.right);
      if (e.op === '==' || e.op === '!=')
        return a === undefined || b === undefined ? undefined : (a === b) === (e.op === '==');
      if (typeof a !== 'number' || typeof b !== 'number') return undefined;
      const ops: Record<string, () => Value> = {
        '+': () => a + b,
        '-': () => a - b,
        '*': () => a * b,
        '/': () => a / b,
        '%': () => a % b,
        '**': () => a ** b,
        '<': () => a < b,
        '<=': () => a <= b,
        '>': () => a > b,
        '>=': () => a >= b,
      };
      return ops[e.op]!();
    }
    case 'logical': {
      const a = ev(e.left);
      if (a === undefined) return undefined;
      if (e.op === '&&') return a === false ? false : ev(e.right);
      return a === true ? true : ev(e.right);
    }
    case 'cond': {
      const t = ev(e.test);
      if (t === undefined) return undefined;
      return t ? ev(e.yes) : ev(e.no);
    }
    case 'call': {
      const args = e.args.map(ev);
      if (!args.every((a) => typeof a === 'number')) return undefined;
      return FUNCTIONS[e.fn]!(...(args as number[]));
    }
    case 'mean': {
      // A weighted mean of scores, Σ(weight × points) / Σweight: a part that reweights and reads no value drops out,
      // its weight not counted; any other part without points leaves no mean, and so does every part dropping out.
      let sum = 0;
      let total = 0;
      for (const part of e.parts) {
        if (part.reweights && part.expr.k === 'points' && ev(part.expr.arg) === undefined) continue;
        const x = ev(part.expr);
        if (typeof x !== 'number') return undefined;
        sum += part.weight * x;
        total += part.weight;
      }
      return total === 0 ? undefined : sum / total;
    }
    case 'points': {
      const v = ev(e.arg);
      if (v === undefined) return undefined;
      if (e.map) return e.map.get(String(v));
      if (e.bands && typeof v === 'number') return e.bands.find((b) => inBand(b.band, v))?.points;
      return typeof v === 'number' ? v : undefined;
    }
  }
}
