import { type Expr, exprChildren } from '../model/expr';
import type { CheckModel, Operand, RuleSetModel } from '../model/rule-set-model';
import type { Literal } from '../model/value';
import { mayBeAbsent, whenNeeds } from '../resolve/when-needs';
import { type CompiledExpr, compileExpr, type ExprContext } from './compile-expr';
import { limitOperands } from './limit-operands';
import type { RecordFacts } from './record-facts';

/**
 * Why a check found no limit for a record: the slot of a value the record
 * leaves out that the limit reads (then the requirement is `missing`: the
 * limit cannot be known), or -1 when the table says there is none for the
 * record (`~` or `n/a` read by a formula, or no row for values the record gives:
 * `not-applicable`, as before). A table with no row for the keys the record
 * gives is told apart: {@link noRowCode} of the table (-2 and below; still
 * negative, so `not-applicable`), for the result to say which table and keys
 * (newcomer-30 M1). Runs only when no limit was found.
 */
export type AbsentOperand = (facts: RecordFacts) => number;

/**
 * What {@link AbsentOperand} returns for table `table` having no row for the record's keys: -2 - table.
 *
 * @example
 * noRowTable(noRowCode(3)); // 3
 */
export function noRowCode(table: number): number {
  return -2 - table;
}

/** The table of a {@link noRowCode}, or -1 for any other answer. */
export function noRowTable(code: number): number {
  return code <= -2 ? -2 - code : -1;
}

/** Where a value comes from, by slot: for a derived value, the values it reads (and the keys of the tables it reads). */
interface Sources {
  indicators: number;
  /** By slot, the slots a derived value reads, directly or through a table's keys. */
  reads: (number[] | undefined)[];
  /** By table, the slots of its keys. */
  keys: number[][];
}

function sourcesOf(model: RuleSetModel): Sources {
  const keys = model.tables.map((t) => t.keys.map((k) => k.slot));
  const reads: (number[] | undefined)[] = [];
  for (const d of model.derived) {
    const out = new Set<number>();
    const visit = (e: Expr): void => {
      if (e.k === 'ref') out.add(e.slot);
      else if (e.k === 'cell') for (const k of keys[e.table]!) out.add(k);
      for (const child of exprChildren(e)) visit(child);
    };
    visit(d.expr);
    reads[d.slot] = [...out];
  }
  return { indicators: model.indicators.length, reads, keys };
}

/** The indicator left out behind an absent `slot` (itself, or one a derived value reads), or -1. */
function absentBehind(slot: number, facts: RecordFacts, sources: Sources, depth = 0): number {
  if (slot < sources.indicators) return facts.values[slot] === undefined ? slot : -1;
  if (depth > 64) return -1;
  for (const s of sources.reads[slot] ?? [])
    if (facts.values[s] === undefined) {
      const behind = absentBehind(s, facts, sources, depth + 1);
      if (behind >= 0) return behind;
    }
  return -1;
}

/** The indicator left out that keeps a table from matching a row, or -1 (the record gives every key). */
function absentKey(table: number, facts: RecordFacts, sources: Sources): number {
  for (const k of sources.keys[table]!) {
    const behind = facts.values[k] === undefined ? absentBehind(k, facts, sources) : -1;
    if (behind >= 0) return behind;
  }
  return -1;
}

/**
 * A formula evaluated again, noting what it read: the first value left out,
 * and whether a table gave no figure (`~`, `n/a`, no row for given keys),
 * which makes the requirement not applicable whatever else is missing.
 */
class Reading implements ExprContext {
  absent = -1;
  noFigure = false;
  /** The first table read that has no row for the keys the record gives, or -1. */
  noRow = -1;
  constructor(
    readonly facts: RecordFacts,
    readonly sources: Sources,
  ) {}
  value(slot: number, specimen: number): unknown {
    const v = this.facts.value(slot, specimen);
    if (v === undefined && this.absent < 0 && this.facts.values[slot] === undefined) {
      this.absent = absentBehind(slot, this.facts, this.sources);
      if (this.absent < 0) this.noFigure = true;
    }
    return v;
  }
  cell(table: number, column: number): Literal | null | undefined {
    const c = this.facts.cell(table, column);
    if (c === undefined) {
      const key = absentKey(table, this.facts, this.sources);
      if (key < 0) {
        this.noFigure = true;
        if (this.noRow < 0) this.noRow = table;
      } else if (this.absent < 0) this.absent = key;
    } else if (c === null || c.unavailable) this.noFigure = true;
    return c;
  }
}

function operandAbsent(operand: Operand, sources: Sources): AbsentOperand | undefined {
  if (operand.kind === 'literal') return undefined;
  if (operand.kind === 'cell') {
    const table = operand.table;
    return (facts) => {
      if (facts.row(table) !== null) return -1;
      const key = absentKey(table, facts, sources);
      return key >= 0 ? key : noRowCode(table);
    };
  }
  const evaluate: CompiledExpr = compileExpr(operand.expr);
  return (facts) => {
    const reading = new Reading(facts, sources);
    evaluate(reading, -1);
    if (reading.noFigure) return reading.noRow >= 0 ? noRowCode(reading.noRow) : -1;
    return reading.absent;
  };
}

/** Compiles {@link AbsentOperand} for a check: only a limit read from a table or a formula can lack a value. */
export function compileAbsentOperand(check: CheckModel, model: RuleSetModel): AbsentOperand {
  const operands = limitOperands(check);
  const parts = operands.flatMap((o) => {
    const part = operandAbsent(o, sourcesOfModel(model));
    return part ? [part] : [];
  });
  if (parts.length === 0) return () => -1;
  return (facts) => {
    let noRow = -1;
    for (const part of parts) {
      const slot = part(facts);
      if (slot >= 0) return slot;
      if (slot <= -2 && noRow === -1) noRow = slot;
    }
    return noRow;
  };
}

// Built once per rule set, however many checks ask.
const SOURCES = new WeakMap<RuleSetModel, Sources>();
function sourcesOfModel(model: RuleSetModel): Sources {
  let s = SOURCES.get(model);
  if (!s) {
    s = sourcesOf(model);
    SOURCES.set(model, s);
  }
  return s;
}

/**
 * The slots of the values without which a check's `when` cannot hold (see
 * {@link whenNeeds}): a record that leaves one out has the check skipped, and
 * its explanation says which. Empty for a check without `when`.
 */
export function whenNeedsSlots(check: CheckModel, model: RuleSetModel): number[] {
  if (!check.when) return [];
  return whenNeeds(check.when, model.indicators.filter(mayBeAbsent)).map((i) => i.slot);
}
