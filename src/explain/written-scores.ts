import type { ItemRaise, ScoreBreakdown } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { intervalEnds, markInterval } from '../rounding/mark-interval';
import { roundingMark } from '../rounding/rounding-mark';

/**
 * A record's scores and values at the low end of each marked value's interval, where a score computed from one
 * lacks the most: what a shortfall and a raise are worked out from, so that the raise closes the gap wherever in
 * the interval the value lies (leadership 85(−), [84.5, 85), with process control 70 among four items short of
 * 90: process control 70 → 95.5, not the 95.01 the value just below 85 asks). `undefined` when no score is
 * computed from a marked value.
 */
export function lowestReading(
  model: RuleSetModel,
  scores: ScoreBreakdown,
  values: readonly unknown[],
  written: ReadonlyMap<number, string>,
): { scores: ScoreBreakdown; values: unknown[] } | undefined {
  const scoring = model.scoring!;
  const low = (slot: number) => {
    const ends = intervalEnds(written.get(slot) ?? '');
    return ends?.low;
  };
  const total = low(scoring.totalSlot);
  const dimensions = scores.dimensions.map((d, i) => {
    const at = low(scoring.dimensions[i]!.slot);
    return at === undefined ? d : { ...d, score: at };
  });
  if (total === undefined && dimensions.every((d, i) => d === scores.dimensions[i])) return undefined;
  const lowest = [...values];
  for (const [slot, text] of written) {
    const marked = roundingMark(text);
    const at = marked && markInterval(marked);
    if (at) lowest[slot] = Math.min(at.numeral, at.far);
  }
  return { scores: { ...scores, total: total ?? scores.total, dimensions }, values: lowest };
}

/**
 * Marks a record's scores with how a value written with a GB/T 8170 rounding mark reads in them, for explanations
 * to show in place of the numbers graded (the value just inside the mark's interval, 89.999999 for 90(−)): an item
 * scored as itself, and a raise of it, its value as written; a score computed from one, and its shortfall, the
 * interval it lies in (`written` as compileMarkedValues gives it, by slot).
 *
 * @param written - the record's marked values and marked scores, by slot
 */
export function markScoresWritten(
  model: RuleSetModel,
  scores: ScoreBreakdown,
  written: ReadonlyMap<number, string>,
): void {
  const scoring = model.scoring!;
  // Only an item scored as itself reads as the value written: a points entry gives the same points across it.
  const itemText = new Map<string, string>();
  for (const d of scoring.dimensions)
    for (const item of d.items) {
      const text = item.map || item.bands ? undefined : written.get(item.slot);
      if (text !== undefined) itemText.set(item.indicator, text);
    }
  const total = written.get(scoring.totalSlot);
  if (total !== undefined) scores.totalWritten = total;
  const byId = new Map<string, string>();
  scoring.dimensions.forEach((d, i) => {
    const shown = scores.dimensions[i];
    const text = written.get(d.slot);
    if (!shown) return;
    if (text !== undefined) {
      shown.written = text;
      byId.set(d.id, text);
    }
    for (const item of shown.items ?? []) {
      const t = itemText.get(item.indicator);
      if (t !== undefined) item.written = t;
    }
  });
  const raised = (r: ItemRaise | null | undefined) => {
    const t = r && r.toValue === undefined && !r.input ? itemText.get(r.indicator) : undefined;
    if (t !== undefined) r!.written = t;
  };
  for (const s of scores.shortfalls ?? []) {
    const text = s.score === 'totalScore' ? total : byId.get(s.score);
    if (text !== undefined) s.written = text;
    raised(s.raise);
    for (const r of s.together?.fewest ?? []) raised(r);
  }
  raised(scores.oneRaise);
}
