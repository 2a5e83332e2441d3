import { type Band, bandContains } from '../model/band';
import { type Expr, referencedNames } from '../model/expr';
import type { RecordError } from '../model/grade-result';
import type { DerivedModel, RuleSetModel } from '../model/rule-set-model';
import { intervalText } from '../rounding/mark-interval';
import { markedText } from '../rounding/rounding-mark';
import { toFifteenDigits } from '../rounding/significant-digits';
import { cjkJoin } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { quoteShort } from '../text/quote-short';
import { unitAfter } from '../text/unit-after';
import { bandBounds } from './band-bounds';
import { type BoundRead, compileBoundValues } from './bound-values';
import type { CompiledCheck } from './compile-check';
import { compileCondition } from './compile-condition';
import { compileExpr } from './compile-expr';
import type { CompiledTable } from './compile-table';
import type { RecordLimits } from './input-schema';
import { limitOperands } from './limit-operands';
import { compileMarkedValues, type MarkedValue } from './marked-values';
import { type CloseKeys, compileNearMissKeys } from './near-miss-keys';
import {
  type NonFiniteCause,
  nonFiniteCause,
  nonFiniteCauseText,
  nonFiniteOperand,
} from './non-finite-cause';
import { RecordFacts } from './record-facts';
import { noteLabelKeys, type RecordSnapshot, snapshotRecord, type UnreadableRecord } from './record-snapshot';
import { compileRecordValidator, type TextValueAdvice } from './validate-record';

/** Reads records for one rule set: takes their values once, validates them and computes derived values. */
export interface RecordReader {
  /** The record's indicators read once into plain data (see {@link snapshotRecord}). */
  snapshot(record: unknown): RecordSnapshot | UnreadableRecord;
  /** The facts of a snapshot, or the field-by-field errors that keep it from being graded. */
  facts(snapshot: RecordSnapshot): RecordFacts | RecordError[];
  /** `snapshot`, then `facts`. */
  read(record: unknown): RecordFacts | RecordError[];
}

/** Builds the reader for a rule set: its record checks and derived-value closures, once. */
export function compileRecordReader(
  model: RuleSetModel,
  tables: readonly CompiledTable[],
  limits: RecordLimits = {},
  closeKeys?: CloseKeys,
  checks: readonly CompiledCheck[] = [],
  advice?: TextValueAdvice,
): RecordReader {
  const validate = compileRecordValidator(model, limits, advice);
  // A value written with a GB/T 8170 rounding mark (`23.8(+)`): read where its interval decides the record.
  const marked = compileMarkedValues(model, () => checks);
  // A value written as a bound (`≥100`, `<0.01`): read where the whole half-line decides the record.
  const bounded = compileBoundValues(model, () => checks);
  const indicators = model.indicators;
  const nearMissKeys = compileNearMissKeys(indicators, closeKeys);
  const slotCount = indicators.length + model.derived.length;
  const derived = model.derived.map((d) => ({
    model: d,
    evaluate: compileExpr(d.expr),
    specimenInputs: [...referencedNames(d.expr)].map((name): FormulaInput => {
      const read = indicators.find((i) => i.name === name) ?? model.derived.find((x) => x.name === name);
      return { name, slot: model.slots.get(name)!, label: read?.label, unit: read?.unit };
    }),
    plausible: d.plausible,
  }));
  const formulaLimits = compileFormulaLimits(model);
  // The labels a specimen-count message names its values by (抗拉强度 Rm, not tensileStrength: committee-35 M3).
  const labels = new Map<string, LocalizedText>();
  for (const v of [...indicators, ...model.derived]) labels.set(v.name, v.label);
  const labelOf = (name: string) => labels.get(name) ?? localized(name);

  // The slots whose defaults a record used, shared (frozen) by the records that use the same ones: the
  // records of one file mostly leave out the same columns, and explainers remember what they made for
  // the list they were last given. Read after the values, apart, only for a record that used one.
  let lastDefaulted: readonly number[] = Object.freeze([]);
  const defaultsUsed = (snapshot: RecordSnapshot, used: number): readonly number[] => {
    const last = lastDefaulted;
    let n = 0;
    let same = used === last.length;
    for (let i = 0; same && i < indicators.length; i++) {
      const ind = indicators[i]!;
      if (snapshot[ind.slot] === undefined && ind.default !== undefined) same = last[n++] === ind.slot;
    }
    if (same) return last;
    const slots: number[] = [];
    for (const ind of indicators)
      if (snapshot[ind.slot] === undefined && ind.default !== undefined) slots.push(ind.slot);
    lastDefaulted = Object.freeze(slots);
    return lastDefaulted;
  };

  const facts = (snapshot: RecordSnapshot): RecordFacts | RecordError[] =>
    bounded(snapshot, boundFacts) ?? marked(snapshot, plainFacts) ?? plainFacts(snapshot);
  // A record with a bound may hold marked values too: each read as its own kind, the bounds shown as written.
  const boundFacts: BoundRead = (snapshot, written) =>
    marked(snapshot, (s, marks) => plainFacts(s, marks, written)) ?? plainFacts(snapshot, undefined, written);
  const plainFacts = (
    snapshot: RecordSnapshot,
    marks?: readonly MarkedValue[],
    bounds?: ReadonlyMap<number, string>,
  ): RecordFacts | RecordError[] => {
    const shown = marks ? writtenOf(marks) : undefined;
    if (shown && bounds) for (const [slot, text] of bounds) shown.set(slot, text);
    const errors = validate(snapshot, shown ?? bounds);
    if (errors) return errors;
    const values = new Array<unknown>(slotCount);
    let used = 0;
    for (const ind of indicators) {
      const v = snapshot[ind.slot];
      if (v !== undefined) values[ind.slot] = ind.specimens > 0 && !Array.isArray(v) ? [v] : v;
      else {
        values[ind.slot] = ind.default;
        if (ind.default !== undefined) used++;
      }
    }
    const defaulted = used === 0 ? undefined : defaultsUsed(snapshot, used);
    const facts = new RecordFacts(values, tables, defaulted);
    for (const d of derived) {
      const slot = d.model.slot;
      if (!d.model.perSpecimen) {
        const v = normalizeDerived(d.evaluate(facts, -1));
        if (v === NOT_COMPUTABLE)
          return [
            notComputable(d.model, d.specimenInputs, values, -1, nonFiniteCause(d.model.expr, facts, -1)),
          ];
        if (d.plausible && typeof v === 'number' && !bandContains(d.plausible, v))
          return [
            derivedImplausible(
              d.model,
              d.plausible,
              d.specimenInputs,
              values,
              v,
              -1,
              marks && markedOperands(d, facts, marks),
            ),
          ];
        values[slot] = v;
        continue;
      }
      let n = 1;
      let first = '';
      for (const input of d.specimenInputs) {
        const v = values[input.slot];
        if (!Array.isArray(v) || v.length === 1) continue;
        if (n !== 1 && v.length !== n)
          return [
            specimenMismatch(d.model.label, [labelOf(first), n], [input.name, labelOf(input.name), v.length]),
          ];
        n = v.length;
        first = input.name;
      }
      // `pairSpecimens`: specimen i with specimen i only; a single value is not reused (standards-30 M3).
      if (d.model.paired && n > 1)
        for (const input of d.specimenInputs) {
          const v = values[input.slot];
          if (Array.isArray(v) && v.length === 1)
            return [pairedMismatch(d.model.label, [labelOf(first), n], [input.name, labelOf(input.name)])];
        }
      const list: unknown[] = [];
      for (let i = 0; i < n; i++) {
        const v = normalizeDerived(d.evaluate(facts, i));
        if (v === NOT_COMPUTABLE) {
          const cause = nonFiniteCause(d.model.expr, facts, i);
          return [notComputable(d.model, d.specimenInputs, values, n === 1 ? -1 : i, cause)];
        }
        if (d.plausible && typeof v === 'number' && !bandContains(d.plausible, v))
          return [derivedImplausible(d.model, d.plausible, d.specimenInputs, values, v, n === 1 ? -1 : i)];
        list.push(v);
      }
      values[slot] = list;
    }
    for (const f of formulaLimits) {
      if (f.when && !f.when(values)) continue;
      const v = f.evaluate(facts, -1);
      if (typeof v === 'number' && !Number.isFinite(v))
        return [
          limitNotComputable(f, nonFiniteCause(f.expr, facts, -1), nonFiniteOperand(f.expr, facts, -1)),
        ];
    }
    return facts;
  };
  return {
    // A snapshot that goes to a worker carries what the "missing" message needs: the worker has no record.
    snapshot: (record) => {
      const snapshot = snapshotRecord(record, indicators, nearMissKeys);
      return 'errors' in snapshot ? snapshot : noteLabelKeys(snapshot, record, indicators);
    },
    facts,
    read(record) {
      const snapshot = snapshotRecord(record, indicators, nearMissKeys);
      if ('errors' in snapshot) return snapshot.errors;
      const read = facts(snapshot);
      // Looked for only when the record is invalid: two lookups per left-out field cost ~15 % of gradeOnly.
      if (!Array.isArray(read) || !read.some((e) => e.code === 'missing')) return read;
      return facts(noteLabelKeys(snapshot, record, indicators));
    },
  };
}

const NOT_COMPUTABLE = Symbol('not computable');

interface FormulaLimit {
  criterion: string;
  subject: string;
  formula: string;
  when: ((values: readonly unknown[]) => boolean) | undefined;
  evaluate: ReturnType<typeof compileExpr>;
  /** The formula, read again to say why it gave no number. */
  expr: Expr;
}

/**
 * The limits computed by formula (`≥ b / 2`). One that cannot be computed for
 * a record (a division by zero, the root of a negative number) leaves the
 * record ungraded, as a derived value does: a requirement without its limit
 * must not read as passed or not applicable.
 */
function compileFormulaLimits(model: RuleSetModel): FormulaLimit[] {
  const out: FormulaLimit[] = [];
  for (const check of [...model.scope, ...model.criteria]) {
    // A tolerance's nominal value and deviations may be formulas too.
    const operands = limitOperands(check);
    for (const operand of operands) {
      if (operand.kind !== 'expr') continue;
      out.push({
        criterion: check.id,
        subject: check.subject ?? '',
        formula: operand.text,
        when: check.when ? compileCondition(check.when, model.slots) : undefined,
        evaluate: compileExpr(operand.expr),
        expr: operand.expr,
      });
    }
  }
  return out;
}

function limitNotComputable(
  f: FormulaLimit,
  cause: NonFiniteCause | undefined,
  operand: string | undefined,
): RecordError {
  // The cause found, or both likely ones where none is (hostile-36 F6).
  const why =
    cause === undefined
      ? localized('例如除以零或负数开平方', 'e.g. a division by zero or the root of a negative number')
      : nonFiniteCauseText(cause);
  return {
    // The value that made it (the divisor's field), not the criterion's own indicator (hostile-38 M7).
    field: operand ?? f.subject,
    code: 'not-computable',
    message: localized(
      `无法计算要求 ${f.criterion} 的限值 ${f.formula}（${why.zh}），记录不予分级`,
      `the limit ${f.formula} of requirement ${f.criterion} cannot be computed from these values (${why.en}), so the record is not graded`,
    ),
  };
}

/**
 * A derived value as evaluation uses it: numbers carried to 15 significant
 * digits, which is what a double holds faithfully, so 0.7 − 0.1 is 0.6 and
 * rounding by GB/T 8170 sees the digits the arithmetic meant.
 */
function normalizeDerived(v: unknown): unknown {
  if (typeof v !== 'number') return v;
  return Number.isFinite(v) ? toFifteenDigits(v) : NOT_COMPUTABLE;
}

/** Most operands a "cannot be computed" message names; a longer formula's others are left as "…". */
const MOST_OPERANDS = 8;

/**
 * A derived value that cannot be computed for a record, named by its label
 * with the values its formula read (`a = 1，b = 0`), and the specimen when
 * it is computed per specimen: the author sees which input made it fail; and
 * why (a division by zero, a result beyond ±1.8e308, not a number: hostile-36 F6).
 */
function notComputable(
  d: DerivedModel,
  inputs: readonly FormulaInput[],
  values: readonly unknown[],
  specimen: number,
  cause: NonFiniteCause | undefined,
): RecordError {
  const why = nonFiniteCauseText(cause);
  const { zh: zhOperands, en: enOperands } = operandsRead(inputs, values, specimen);
  const at =
    specimen >= 0 ? localized(`第 ${specimen + 1} 个试样的`, ` for specimen ${specimen + 1}`) : localized('');
  // 无法由 a = 1，b = 0 计算比: the inputs first, as the sentence reads in Chinese.
  const from = zhOperands ? cjkJoin(cjkJoin(cjkJoin('无法由', at.zh), zhOperands), '计算') : '无法计算';
  return {
    field: d.name,
    code: 'not-computable',
    message: localized(
      `${cjkJoin(from, d.label.zh)}（${why.zh}）`,
      `${d.name} (${d.label.en}) cannot be computed${at.en}${enOperands ? ` from ${enOperands}` : ''} (${why.en})`,
    ),
  };
}

/** A name a derived value's formula reads, and its slot. */
interface FormulaInput {
  name: string;
  slot: number;
  /** The value's label and unit, which messages name it by (`终凝时间 = 280 min`, committee-40 M4). */
  label?: LocalizedText;
  unit?: string;
}

/**
 * The values a formula read (`a = 1，b = 0` / `a = 1, b = 0`), the specimen's own where it is computed per specimen;
 * a value written with a rounding mark as written (`initialSetting = 230(+)`).
 */
function operandsRead(
  inputs: readonly FormulaInput[],
  values: readonly unknown[],
  specimen: number,
  written?: ReadonlyMap<number, string>,
) {
  const shown = inputs.slice(0, MOST_OPERANDS).map((input) => {
    let v = values[input.slot];
    if (Array.isArray(v) && specimen >= 0) v = v.length === 1 ? v[0] : v[specimen];
    const text = written?.get(input.slot);
    const zh = input.label?.zh ?? input.name;
    const en = input.label?.en ?? input.name;
    if (v === undefined) return localized(`${zh} 未给出`, `${en} not given`);
    const value = `${text ?? operandText(v)}${typeof v === 'number' || text ? unitAfter(input.unit) : ''}`;
    return localized(`${zh} = ${value}`, `${en} = ${value}`);
  });
  if (inputs.length > MOST_OPERANDS) shown.push(localized('…'));
  return localized(shown.map((o) => o.zh).join('，'), shown.map((o) => o.en).join(', '));
}

/**
 * A derived value outside the rule author's `plausible` band (final setting before initial setting: two
 * columns swapped), with the values its formula read: those are what to check, not the derived value itself.
 */
function derivedImplausible(
  d: DerivedModel,
  band: Band,
  inputs: readonly FormulaInput[],
  values: readonly unknown[],
  v: number,
  specimen: number,
  marked?: MarkedOperands,
): RecordError {
  const below = v < band.lower || (v === band.lower && !band.lowerInclusive);
  const bound = below ? bandBounds(band).lower : bandBounds(band).upper;
  const unit = unitAfter(d.unit);
  const operands = operandsRead(inputs, values, specimen, marked?.written);
  // Computed from marked values: the interval the value lies in ([-0.5, 0) from 230 and 230(+)), not -1e-6.
  const shown = marked?.range ?? String(v);
  const at =
    specimen >= 0 ? localized(`第 ${specimen + 1} 个试样的`, ` for specimen ${specimen + 1}`) : localized('');
  return {
    field: d.name,
    code: 'implausible',
    message: localized(
      `${cjkJoin(at.zh, d.label.zh)} ${shown}${unit} ${below ? '低于' : '高于'}核对范围 ${bound}${unit}（规则作者给出的核对范围，不是标准的限值），由 ${operands.zh} 计算：请核对这些值（是否填错了列？）`,
      `${d.name} (${d.label.en})${at.en} ${shown}${unit} is ${below ? 'below' : 'above'} the check range ${bound}${unit} (the rule author's plausibility check, not a standard's limit), computed from ${operands.en}: check those values (are two columns swapped?)`,
    ),
  };
}

/** The values written with a rounding mark, by slot, as messages show them (`230(+)`). */
function writtenOf(marks: readonly MarkedValue[]): Map<number, string> {
  return new Map(marks.map((m) => [m.slot, markedText(m.marked)]));
}

/** A derived value's operands written with a rounding mark, and the interval the value lies in, when known. */
interface MarkedOperands {
  written: ReadonlyMap<number, string>;
  /** `[-0.5, 0)`; absent when the formula reads a marked value only through another derived value, or too many. */
  range?: string;
}

/** Most marked operands whose ends are combined (2^n evaluations, in a refused record's message only). */
const MOST_MARKED_OPERANDS = 4;

/**
 * The interval a derived value lies in when the values it reads are marked: the formula at every combination of
 * each marked operand's ends (the numeral, left out of the interval, and the far end, in it), the least and the
 * most of them. The facts' values are put back after.
 */
function markedOperands(
  d: {
    model: DerivedModel;
    evaluate: (facts: RecordFacts, specimen: number) => unknown;
    specimenInputs: readonly FormulaInput[];
  },
  facts: RecordFacts,
  marks: readonly MarkedValue[],
): MarkedOperands {
  const written = writtenOf(marks);
  const read = marks.filter((m) => d.specimenInputs.some((i) => i.slot === m.slot));
  if (read.length === 0 || read.length > MOST_MARKED_OPERANDS) return { written };
  const values = facts.values;
  const kept = read.map((m) => values[m.slot]);
  let low: { v: number; in: boolean } | undefined;
  let high: { v: number; in: boolean } | undefined;
  try {
    for (let corner = 0; corner < 1 << read.length; corner++) {
      read.forEach((m, i) => {
        values[m.slot] = corner & (1 << i) ? m.far : m.numeral;
      });
      const v = normalizeDerived(d.evaluate(facts, -1));
      if (typeof v !== 'number' || !Number.isFinite(v)) return { written };
      // An end reached with every operand at its far end is in the interval; one at a numeral is not.
      const closed = corner === (1 << read.length) - 1;
      if (!low || v < low.v || (v === low.v && closed)) low = { v, in: closed };
      if (!high || v > high.v || (v === high.v && closed)) high = { v, in: closed };
    }
  } finally {
    read.forEach((m, i) => {
      values[m.slot] = kept[i];
    });
  }
  return { written, range: intervalText(low!.v, low!.in, high!.v, high!.in) };
}

/** An operand's value in a message: a number or boolean as written, text quoted and cut short, a list in brackets. */
function operandText(v: unknown): string {
  if (typeof v === 'string') return quoteShort(v);
  if (Array.isArray(v)) return `[${v.map(operandText).join(', ')}]`;
  return String(v);
}

/**
 * A derived value computed specimen by specimen (`pairSpecimens`) with one operand given once: the record is invalid.
 * The values are named by their labels, as a lab sheet heads them; the field is the one given once.
 */
function pairedMismatch(
  derived: LocalizedText,
  [a, n]: [LocalizedText, number],
  [field, b]: [string, LocalizedText],
): RecordError {
  return {
    field,
    code: 'specimen-count-mismatch',
    message: localized(
      `${cjkJoin(a.zh, '有')} ${n} 个试样值，${cjkJoin(b.zh, '只有')} 1 个：${cjkJoin('须按同一试样的两个值计算', derived.zh)}，${cjkJoin(b.zh, '须给出')} ${n} 个值，一个值不会用于每个试样`,
      `${a.en} gives ${n} specimens and ${b.en} gives 1: ${derived.en} is computed from each specimen's own values, so ${b.en} must give ${n}; one value is not used for every specimen`,
    ),
  };
}

/** Two operands of a per-specimen derived value giving different numbers of specimens, by their labels. */
function specimenMismatch(
  derived: LocalizedText,
  [a, m]: [LocalizedText, number],
  [field, b, n]: [string, LocalizedText, number],
): RecordError {
  return {
    field,
    code: 'specimen-count-mismatch',
    message: localized(
      `${cjkJoin(a.zh, '有')} ${m} 个试样值，${cjkJoin(b.zh, '有')} ${n} 个：试样数量须一致，才能${cjkJoin('逐个试样计算', derived.zh)}`,
      `${a.en} gives ${m} specimens and ${b.en} gives ${n}: they must give the same number for ${derived.en} to be computed per specimen`,
    ),
  };
}
