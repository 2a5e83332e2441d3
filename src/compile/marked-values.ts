import type { RecordError } from '../model/grade-result';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { type MarkInterval, markInterval } from '../rounding/mark-interval';
import { markedText, type RoundingMark, roundingMark } from '../rounding/rounding-mark';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import type { CompiledCheck } from './compile-check';
import type { RecordFacts } from './record-facts';
import type { RecordSnapshot } from './record-snapshot';

/** A record's value written with a GB/T 8170 rounding mark, read ({@link MarkInterval}). */
interface MarkedValue extends MarkInterval {
  slot: number;
  indicator: IndicatorModel;
  marked: RoundingMark;
}

/**
 * Reads a record's marked values (`23.8(+)`, `23.8（−）`: a single value of a number indicator) and grades it on them
 * where they decide it: each requirement compared by the full-value method is checked at both ends of each marked
 * value's interval, and where the two disagree the record is invalid, saying the marked value cannot decide it and
 * to report the value unrounded. Where every such verdict agrees, the record is graded with the numerals (which a
 * rounded-value comparison at the numeral's digits reads as the rounded value), or, where a limit lies at a numeral
 * or a coarser rounding interval re-rounds it (8.75(−) at 0.5 → 8.5) and the numeral's verdict would differ, with the
 * value just inside the interval (standards.md, GB/T 8170-2008).
 *
 * @returns `undefined` when the snapshot holds no marked value (the record is read as before)
 */
export function compileMarkedValues(
  model: RuleSetModel,
  checks: () => readonly CompiledCheck[],
): (
  snapshot: RecordSnapshot,
  read: (snapshot: RecordSnapshot) => RecordFacts | RecordError[],
) => RecordFacts | RecordError[] | undefined {
  const numbers = model.indicators.filter((i) => i.type === 'number' && i.specimens === 0);
  if (numbers.length === 0) return () => undefined;
  return (snapshot, read) => {
    let marks: MarkedValue[] | undefined;
    for (const ind of numbers) {
      const v = snapshot[ind.slot];
      if (typeof v !== 'string') continue;
      const found = markedValue(ind, v.trim());
      if (!found) continue;
      marks ??= [];
      marks.push(found);
    }
    if (marks === undefined) return undefined;
    const withValues = (pick: (m: MarkedValue) => number): RecordSnapshot => {
      const copy = [...snapshot] as unknown as RecordSnapshot;
      for (const m of marks!) (copy as unknown as unknown[])[m.slot] = pick(m);
      return copy;
    };
    const inside = read(withValues((m) => m.inside));
    if (Array.isArray(inside)) return inside;
    const far = read(withValues((m) => m.far));
    const full = checks().filter((c) => c.model.comparison.method === 'full');
    if (!Array.isArray(far)) {
      for (const check of full) {
        const verdict = check.verdict(inside);
        if (verdict === check.verdict(far)) continue;
        const subject = marks.find((m) => m.indicator.name === check.model.subject);
        return (subject ? [subject] : marks).map((m) => undecided(m, check.model.id));
      }
    }
    // The numerals where they grade as the values inside do (a rounded-value comparison at the numeral's own
    // digits, a limit away from them); else the values inside: 8.75(−) rounds to 8.5 at 0.5 %, not 9.0.
    const numeral = read(withValues((m) => m.numeral));
    const graded =
      Array.isArray(numeral) || !checks().every((c) => c.verdict(numeral) === c.verdict(inside))
        ? inside
        : numeral;
    // The explanation shows each value as written, mark included, not the number graded (42.4999999).
    graded.written = new Map(marks.map((m) => [m.slot, markedText(m.marked)]));
    return graded;
  };
}

function markedValue(indicator: IndicatorModel, text: string): MarkedValue | undefined {
  const marked = roundingMark(text);
  if (marked === undefined) return undefined;
  const at = markInterval(marked);
  if (at === undefined) return undefined;
  return { slot: indicator.slot, indicator, marked, ...at };
}

function undecided(m: MarkedValue, requirement: string): RecordError {
  const shown = markedText(m.marked);
  return {
    field: m.indicator.name,
    code: 'not-computable',
    message: localized(
      cjkJoin(
        m.indicator.label.zh,
        `写作 ${shown}（GB/T 8170 修约符号：实测值在 ${m.text} 内），该区间跨越要求“${requirement}”的限值，修约后的数值无法判定：请写未经修约的实测值`,
      ),
      `${m.indicator.name} (${m.indicator.label.en}) is written ${shown} (a GB/T 8170 rounding mark: the measured value lies in ${m.text}), an interval across the limit of requirement "${requirement}", so the rounded value cannot decide it: write the measured value unrounded`,
    ),
  };
}
