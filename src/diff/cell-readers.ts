import type { Expr } from '../model/expr';
import type { CompareOperator } from '../model/operators';
import type { CheckModel, ConditionModel, Operand, TableRowModel } from '../model/rule-set-model';
import type { Edition } from './edition';
import type { DiffDirection } from './rule-set-diff';

/**
 * A requirement that reads a table cell, and how its limit moves with the
 * cell: `sign` +1 when the limit rises with the cell (`≥ t.c`, `≥ t.c - 1`),
 * -1 when it falls (`≥ base - t.c`), NaN when it cannot be told (a product
 * with a measured value, a condition, a cell on the measured side).
 *
 * @example
 * cellReaders(edition, 'apfLimits', '2'); // [{ id: 'apf@2', operator: '>=', sign: 1 }]
 */
export interface CellReader {
  id: string;
  operator?: CompareOperator;
  sign: number;
  /** The unit of the value compared with the cell, when the requirement compares it with the cell itself (not through a formula). */
  unit?: string;
}

/**
 * The requirements of an edition that read a column of a table (any column
 * when `column` is undefined), directly or through a formula or derived value.
 *
 * @example
 * cellReaders(new Edition(ruleSet), 'allowance', 'reduction'); // [{ id: 'elongation', operator: '>=', sign: -1 }]
 */
export function cellReaders(edition: Edition, table: string, column?: string): readonly CellReader[] {
  // Asked once per changed cell: 2,000 changed rows of a table read by 5,000 requirements walked them all each time.
  let known = memo.get(edition);
  if (!known) {
    known = new Map();
    memo.set(edition, known);
  }
  const key = column === undefined ? table : `${table}\u0000${column}`;
  const found = known.get(key);
  if (found) return found;
  const readers: CellReader[] = [];
  const signOf = (expr: Expr) => exprSign(edition, expr, table, column, new Set());
  for (const check of edition.checks()) {
    const reader = readerOf(edition, check, table, column, signOf);
    if (reader) readers.push(reader);
  }
  const frozen = Object.freeze(readers);
  known.set(key, frozen);
  return frozen;
}

const memo = new WeakMap<Edition, Map<string, readonly CellReader[]>>();

function readerOf(
  edition: Edition,
  check: CheckModel,
  table: string,
  column: string | undefined,
  signOf: (expr: Expr) => number,
): CellReader | undefined {
  let sign = 0;
  let operator: CompareOperator | undefined;
  const test = check.test;
  const operandSign = (operand: Operand): number => {
    if (operand.kind === 'cell')
      return edition.tableAt(operand.table).name === table &&
        (column === undefined || operand.column === column)
        ? 1
        : 0;
    return operand.kind === 'expr' ? signOf(operand.expr) : 0;
  };
  if (test.kind === 'compare') {
    operator = test.operator;
    sign = operandSign(test.operand);
  } else if (test.kind === 'tolerance') {
    // `± t.c`: a wider tolerance accepts more, as a higher `≤` limit does (newcomer-30 W2); a cell in the nominal
    // moves the accepted range both ways, so its direction cannot be told.
    const widths = [operandSign(test.plus), operandSign(test.minus)].filter((x) => x !== 0);
    const width = widths.length === 0 ? 0 : widths.every((x) => x === widths[0]) ? widths[0]! : Number.NaN;
    sign = operandSign(test.nominal) !== 0 ? Number.NaN : width;
    if (width !== 0) operator = '<=';
  }
  // A derived value on the measured side that reads the cell: the direction cannot be told.
  const subject = check.subject !== undefined ? edition.derived(check.subject) : undefined;
  if (subject && signOf(subject.expr) !== 0) sign = Number.NaN;
  if (sign === 0) return undefined;
  const reader: CellReader = operator ? { id: check.id, operator, sign } : { id: check.id, sign };
  // The cell is the limit itself: it is in the unit of what it limits (`-3.5` of a mass deviation in %).
  const unit =
    test.kind === 'compare' && test.operand.kind === 'cell' ? edition.unitOf(check.subject) : undefined;
  if (unit) reader.unit = unit;
  return reader;
}

/** How an expression moves with the cell: +1, -1, 0 (does not read it) or NaN (cannot be told). */
function exprSign(
  edition: Edition,
  expr: Expr,
  table: string,
  column: string | undefined,
  seen: Set<string>,
): number {
  const sign = (e: Expr) => exprSign(edition, e, table, column, seen);
  switch (expr.k) {
    case 'num':
    case 'str':
    case 'bool':
      return 0;
    case 'cell':
      return edition.tableAt(expr.table).name === table && (column === undefined || expr.column === column)
        ? 1
        : 0;
    case 'ref': {
      const derived = edition.derived(expr.name);
      if (!derived || seen.has(expr.name)) return 0;
      seen.add(expr.name);
      const s = sign(derived.expr);
      seen.delete(expr.name);
      return s;
    }
    case 'unary':
      if (expr.op === '-') return -sign(expr.arg);
      if (expr.op === '+') return sign(expr.arg);
      return unknownIfReads(sign(expr.arg));
    case 'binary': {
      const left = sign(expr.left);
      const right = sign(expr.right);
      if (left === 0 && right === 0) return 0;
      switch (expr.op) {
        case '+':
          return combine(left, right);
        case '-':
          return combine(left, -right);
        case '*':
          if (right === 0) return left * constantSign(expr.right);
          if (left === 0) return right * constantSign(expr.left);
          return Number.NaN;
        case '/':
          return right === 0 ? left * constantSign(expr.right) : Number.NaN;
        default:
          return unknownIfReads(combine(Math.abs(left), Math.abs(right)));
      }
    }
    case 'call': {
      const signs = expr.args.map(sign);
      // min, max, sqrt, floor and ceil never fall when an argument rises.
      if (expr.fn === 'abs') return unknownIfReads(signs.reduce(combine, 0));
      return signs.reduce(combine, 0);
    }
    case 'logical':
      return unknownIfReads(combine(Math.abs(sign(expr.left)), Math.abs(sign(expr.right))));
    case 'cond':
      return unknownIfReads([expr.test, expr.yes, expr.no].map((e) => Math.abs(sign(e))).reduce(combine, 0));
    case 'points':
      return unknownIfReads(sign(expr.arg));
    case 'mean':
      return unknownIfReads(expr.parts.map((p) => Math.abs(sign(p.expr))).reduce(combine, 0));
  }
}

/** The sign of a constant factor (a number, possibly negated); NaN for anything measured. */
function constantSign(expr: Expr): number {
  if (expr.k === 'num') return Math.sign(expr.value);
  if (expr.k === 'unary' && expr.op === '-') return -constantSign(expr.arg);
  if (expr.k === 'unary' && expr.op === '+') return constantSign(expr.arg);
  return Number.NaN;
}

function combine(a: number, b: number): number {
  if (a === 0) return b;
  if (b === 0) return a;
  return a === b ? a : Number.NaN;
}

function unknownIfReads(s: number): number {
  return s === 0 ? 0 : Number.NaN;
}

/**
 * What a cell going from `before` to `after` does to the records its readers
 * accept: an empty cell (no requirement) gaining a value is stricter, losing
 * it looser; a number read by `≥` rising is stricter, by `≤` looser; text,
 * `=`, readers that disagree, or no reader at all: `changed`.
 *
 * @example
 * cellDirection(4.5, 4.7, [{ id: 'apf@2', operator: '>=', sign: 1 }]); // 'stricter'
 */
export function cellDirection(
  before: number | string | boolean | null,
  after: number | string | boolean | null,
  readers: readonly CellReader[],
): DiffDirection {
  if (before === null && after !== null) return 'stricter';
  if (before !== null && after === null) return 'looser';
  if (typeof before !== 'number' || typeof after !== 'number' || readers.length === 0) return 'changed';
  const moved = Math.sign(after - before);
  const directions = new Set<DiffDirection>();
  for (const r of readers) {
    const limit = moved * r.sign;
    if (Number.isNaN(limit) || limit === 0) directions.add('changed');
    else if (r.operator === '>=' || r.operator === '>') directions.add(limit > 0 ? 'stricter' : 'looser');
    else if (r.operator === '<=' || r.operator === '<') directions.add(limit > 0 ? 'looser' : 'stricter');
    else directions.add('changed');
  }
  return directions.size === 1 ? [...directions][0]! : 'changed';
}

/**
 * The readers of `readers` whose `when` can hold for a record that reads `row` of `table`: a requirement for
 * Q390 and Q390N never reads row Q355N of a table keyed by designation (committee-33 F4). Only conditions on a
 * category key of the table are looked at; any other condition may hold.
 *
 * @example
 * rowReaders(edition, 'sulfurMax', rowQ355N, cellReaders(edition, 'sulfurMax', 'E')); // sulfur@E, not sulfur-q390@E
 */
export function rowReaders(
  edition: Edition,
  table: string,
  row: TableRowModel,
  readers: readonly CellReader[],
): readonly CellReader[] {
  const keys = new Map<string, readonly unknown[]>();
  for (const [k, key] of (edition.table(table)?.keys ?? []).entries()) {
    const m = row.match[k];
    if (key.match === 'category' && Array.isArray(m)) keys.set(key.indicator, m);
  }
  if (keys.size === 0) return readers;
  return readers.filter((r) => {
    const when = edition.check(r.id)?.when;
    return when === undefined || outcomes(when, keys).canHold;
  });
}

/** Whether a condition can hold, and can fail, for some value of the row's category keys (others: both). */
function outcomes(c: ConditionModel, keys: ReadonlyMap<string, readonly unknown[]>): Outcomes {
  if ('all' in c) {
    const parts = c.all.map((x) => outcomes(x, keys));
    return {
      canHold: parts.every((p) => p.canHold),
      canFail: parts.length === 0 || parts.some((p) => p.canFail),
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => outcomes(x, keys));
    return {
      canHold: parts.some((p) => p.canHold),
      canFail: parts.length === 0 || parts.every((p) => p.canFail),
    };
  }
  if ('not' in c) {
    const inner = outcomes(c.not, keys);
    return { canHold: inner.canFail, canFail: inner.canHold };
  }
  const values = keys.get(c.fact);
  const listed = Array.isArray(c.value) ? c.value.map(String) : [String(c.value)];
  const holds = (v: unknown): boolean | undefined => {
    switch (c.operator) {
      case 'equal':
      case 'in':
        return listed.includes(String(v));
      case 'notEqual':
      case 'notIn':
        return !listed.includes(String(v));
      default:
        return undefined;
    }
  };
  const results = values?.map(holds);
  if (!results || results.some((x) => x === undefined)) return { canHold: true, canFail: true };
  return { canHold: results.includes(true), canFail: results.includes(false) };
}

interface Outcomes {
  canHold: boolean;
  canFail: boolean;
}
