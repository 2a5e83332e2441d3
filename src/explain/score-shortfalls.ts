import { bandContains } from '../model/band';
import type {
  CriterionResult,
  ItemRaise,
  ItemScore,
  ScoreBreakdown,
  ScoreShortfall,
} from '../model/grade-result';
import type { DimensionModel, IndicatorModel, RuleSetModel, ScoringItemModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';

/** The id scoring gives the total in its requirements (`totalScore@prevention`). */
const TOTAL_SCORE = 'totalScore';

/** Decimals a raise of an item scored as itself is given to, rounded up so that it suffices. */
const RAISE_DECIMALS = 2;

/**
 * A dimension's items with the points each scores for a record's values,
 * the lowest marked (when not all score alike).
 *
 * @param values - the record's values by slot
 */
export function itemScores(
  model: RuleSetModel,
  dimension: DimensionModel,
  values: readonly unknown[],
): ItemScore[] {
  const items: ItemScore[] = dimension.items.map((item) => ({
    indicator: item.indicator,
    label: labelOf(model, item),
    points: pointsOf(item, values[item.slot]),
    weight: item.weight,
  }));
  let low = Infinity;
  let high = -Infinity;
  for (const i of items) {
    if (i.points === null) continue;
    if (i.points < low) low = i.points;
    if (i.points > high) high = i.points;
  }
  if (low < high) for (const i of items) if (i.points === low) i.lowest = true;
  return items;
}

/**
 * The scores among a record's blockers (a dimension's or the total's
 * requirement of the next grade, `≥` or `>` a number), each with the points
 * it lacks and the item that, raised alone, closes the gap with the fewest
 * points. With the weakest link a cap, the total is left out while a
 * dimension falls short: it cannot fall short of a cutoff all dimensions reach.
 */
export function scoreShortfalls(
  model: RuleSetModel,
  blockers: readonly CriterionResult[],
  scores: ScoreBreakdown,
  values: readonly unknown[],
): ScoreShortfall[] {
  const scoring = model.scoring!;
  const out: ScoreShortfall[] = [];
  for (const b of blockers) {
    const limit = b.limit;
    if (!b.indicator || !limit || (limit.operator !== '>=' && limit.operator !== '>')) continue;
    if (typeof limit.value !== 'number') continue;
    const total = b.indicator === TOTAL_SCORE;
    const dim = total ? undefined : scoring.dimensions.find((d) => d.id === b.indicator);
    if (!total && !dim) continue;
    const value = total ? scores.total : scores.dimensions.find((d) => d.id === dim!.id)?.score;
    if (typeof value !== 'number' || value >= limit.value) continue;
    const gap = limit.value - value;
    // Each item's share of this score: its weight in its dimension, times the dimension's share of the total.
    const shares: { item: ScoringItemModel; share: number }[] = [];
    for (const d of total ? scoring.dimensions : [dim!]) {
      const sum = d.items.reduce((s, i) => s + i.weight, 0);
      const of = total ? d.weight / scoring.weightSum : 1;
      for (const item of d.items) shares.push({ item, share: (item.weight / sum) * of });
    }
    out.push({
      score: b.indicator,
      label: total ? b.label : dim!.label,
      criterion: b.id,
      value,
      limit: limit.value,
      gap: clean(gap),
      raise: bestRaise(model, shares, values, gap, limit.operator === '>'),
    });
  }
  if (scoring.weakestLink && out.some((s) => s.score !== TOTAL_SCORE))
    return out.filter((s) => s.score !== TOTAL_SCORE);
  return out;
}

/** Of the items that alone close `gap`, the one needing the fewest points more (the lowest first on a tie). */
function bestRaise(
  model: RuleSetModel,
  shares: readonly { item: ScoringItemModel; share: number }[],
  values: readonly unknown[],
  gap: number,
  strict: boolean,
): ItemRaise | null {
  let best: ItemRaise | null = null;
  for (const { item, share } of shares) {
    const from = pointsOf(item, values[item.slot]);
    if (from === null || share <= 0) continue;
    const raise = raiseOf(model, item, from, clean(from + gap / share), strict);
    if (!raise) continue;
    const more = clean(raise.to - raise.from);
    const bestMore = best && clean(best.to - best.from);
    if (!best || more < bestMore! || (more === bestMore && raise.from < best.from)) best = raise;
  }
  return best;
}

/** The fewest points `item` can reach at or above `needed` (above it when `strict`), or nothing when it cannot. */
function raiseOf(
  model: RuleSetModel,
  item: ScoringItemModel,
  from: number,
  needed: number,
  strict: boolean,
): ItemRaise | undefined {
  const enough = (p: number) => (strict ? p > needed : p >= needed);
  const head = { indicator: item.indicator, label: labelOf(model, item), from };
  if (item.map || item.bands) {
    let found: { to: number; toValue: string } | undefined;
    const entries = item.map
      ? [...item.map].map(([v, p]) => ({ v, p }))
      : item.bands!.map((b) => ({ v: b.band.text, p: b.points }));
    for (const { v, p } of entries)
      if (enough(p) && p > from && (!found || p < found.to)) found = { to: p, toValue: v };
    return found && { ...head, ...found };
  }
  // Scored as itself: rounded up to two decimals, so that the figure given suffices; no further than its range.
  const step = 10 ** RAISE_DECIMALS;
  let to = clean(Math.ceil(clean(needed * step)) / step);
  if (!enough(to)) to = clean(to + 1 / step);
  const range = indicatorOf(model, item)?.range;
  if (range && (range.upperInclusive ? to > range.upper : to >= range.upper)) return undefined;
  if (range && !bandContains(range, to)) return undefined;
  return { ...head, to };
}

/** An item's points for a value: its `points` entry, or the value itself; `null` when it scores none. */
function pointsOf(item: ScoringItemModel, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (item.map) return item.map.get(String(value)) ?? null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (item.bands) return item.bands.find((b) => bandContains(b.band, value))?.points ?? null;
  return value;
}

function indicatorOf(model: RuleSetModel, item: ScoringItemModel): IndicatorModel | undefined {
  const at = model.indicators[item.slot];
  return at?.slot === item.slot ? at : model.indicators.find((i) => i.slot === item.slot);
}

function labelOf(model: RuleSetModel, item: ScoringItemModel): LocalizedText {
  return indicatorOf(model, item)?.label ?? { zh: item.indicator, en: item.indicator };
}

/** A difference as people would write it: 12 significant digits, so 80 − 67.5 is 12.5, not 12.500000000000002. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}
