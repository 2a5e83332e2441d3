import { referencedNames } from '../model/expr';
import type { Operand, RuleSetModel } from '../model/rule-set-model';
import type { Interval } from '../resolve/formula-interval';
import { point } from '../resolve/formula-interval';
import { markedText, type RoundingMark } from '../rounding/rounding-mark';
import type { CompiledCheck } from './compile-check';
import { type ExprIntervals, type MarkedSlot, shownIntervalText, writtenInterval } from './derived-intervals';
import { indicatorsReader } from './indicators-read';
import { limitOperands } from './limit-operands';
import type { RecordFacts } from './record-facts';

/**
 * A requirement whose limit a formula computes from indicators (`≥ 0.5 * nominalYield`, `nominalSize ± 0.4`): a
 * value written with a GB/T 8170 rounding mark there moves the limit across the mark's interval.
 */
export interface LimitReading {
  check: CompiledCheck;
  /** The number indicators its limit reads, by slot (through derived values too). */
  limitReads: ReadonlySet<number>;
  /** Those and the ones its subject reads. */
  reads: ReadonlySet<number>;
}

/** The requirements whose limit a formula computes from a number indicator, in check order. */
export function limitReadings(model: RuleSetModel, checks: readonly CompiledCheck[]): LimitReading[] {
  const read = indicatorsReader(model);
  const numbers = (names: Iterable<string>) => {
    const out = new Set<number>();
    for (const name of names)
      for (const ind of read(name)) if (ind.type === 'number' && ind.specimens === 0) out.add(ind.slot);
    return out;
  };
  const out: LimitReading[] = [];
  for (const check of checks) {
    const names = limitOperands(check.model).flatMap((o) =>
      o.kind === 'expr' ? [...referencedNames(o.expr)] : [],
    );
    const limitReads = numbers(names);
    if (limitReads.size === 0) continue;
    const reads = new Set([...limitReads, ...numbers(check.model.subject ? [check.model.subject] : [])]);
    out.push({ check, limitReads, reads });
  }
  return out;
}

/**
 * Whether every value of the marked values' intervals decides the requirement as the values just inside do: its
 * verdict at each corner, each marked value it reads (subject and limit) just inside or at the end grading reads.
 * The verdict is monotone in each value across so small an interval, so the corners bound it.
 *
 * @returns `undefined` where every corner agrees (or is refused, as an end is), else the marked values it reads
 */
export function limitAcross<M extends MarkedSlot>(
  reading: LimitReading,
  inside: RecordFacts,
  marks: readonly M[],
  read: (pick: (m: M) => number) => RecordFacts | unknown[],
): M[] | undefined {
  const involved = marks.filter((m) => reading.reads.has(m.slot));
  if (!involved.some((m) => reading.limitReads.has(m.slot))) return undefined;
  // Past 8 values (256 reads), not worked out: the record is refused as undecided.
  if (involved.length > 8) return involved;
  const end = reading.check.model.comparison.method === 'rounded' ? 'nearFar' : 'far';
  const want = reading.check.verdict(inside);
  for (let corner = 1; corner < 1 << involved.length; corner++) {
    const facts = read((m) => {
      const i = involved.indexOf(m);
      return i >= 0 && corner & (1 << i) ? m[end] : m.inside;
    });
    if (Array.isArray(facts)) continue;
    if (reading.check.verdict(facts as RecordFacts) !== want) return involved;
  }
  return undefined;
}

/**
 * A limit computed from marked values as the explanation shows it: the interval it lies in (`(10, 10.25]` for
 * `0.5 * y`, y 20(+)), or a tolerance's nominal as written and the intervals its ends lie in
 * (`20(+) ± 1.0 → (19, 19.5] … (21, 21.5]`). `undefined` where interval arithmetic does not bound it.
 */
export function limitIntervalText(
  reading: LimitReading,
  facts: RecordFacts,
  marks: readonly (MarkedSlot & { marked: RoundingMark })[],
  intervals: ExprIntervals,
): string | undefined {
  const bySlot = new Map(marks.map((m) => [m.slot, m] as const));
  const markOf = (slot: number) => {
    const m = bySlot.get(slot);
    return m && writtenInterval(m);
  };
  const intervalOf = (o: Operand): Interval | undefined => {
    if (o.kind === 'literal') return typeof o.literal.value === 'number' ? point(o.literal.value) : undefined;
    if (o.kind === 'cell') {
      const v = facts.row(o.table)?.limits[o.columnIndex]?.value;
      return typeof v === 'number' ? point(v) : undefined;
    }
    for (const [slot, n] of intervals.pathReads(o.expr)) if (n > 1 && bySlot.has(slot)) return undefined;
    const i = intervals.intervalOf(o.expr, facts, markOf);
    return typeof i === 'string' ? undefined : i;
  };
  const test = reading.check.model.test;
  if (test.kind === 'compare') {
    const i = intervalOf(test.operand);
    return i && shownIntervalText(i);
  }
  if (test.kind !== 'tolerance') return undefined;
  const n = intervalOf(test.nominal);
  const p = intervalOf(test.plus);
  const m = test.symmetric ? p : intervalOf(test.minus);
  if (!n || !p || !m) return undefined;
  const part = (o: Operand, i: Interval) => {
    if (o.kind === 'literal') return o.literal.text;
    const bare = o.kind === 'expr' && o.expr.k === 'ref' ? bySlot.get(o.expr.slot) : undefined;
    if (bare) return markedText(bare.marked);
    return i.lo === i.hi ? String(i.lo) : shownIntervalText(i);
  };
  const written = test.symmetric
    ? `${part(test.nominal, n)} ± ${part(test.plus, p)}`
    : `${part(test.nominal, n)} +${part(test.plus, p)}/−${part(test.minus, m)}`;
  const lower = { lo: n.lo - m.hi, loIn: n.loIn && m.hiIn, hi: n.hi - m.lo, hiIn: n.hiIn && m.loIn };
  const upper = { lo: n.lo + p.lo, loIn: n.loIn && p.loIn, hi: n.hi + p.hi, hiIn: n.hiIn && p.hiIn };
  return `${written} → ${shownIntervalText(lower)} … ${shownIntervalText(upper)}`;
}
