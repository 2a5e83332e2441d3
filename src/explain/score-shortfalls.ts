import { bandContains } from '../model/band';
import type {
  CombinedRaise,
  CriterionResult,
  ItemRaise,
  ItemScore,
  ScoreBreakdown,
  ScoreShortfall,
} from '../model/grade-result';
import type { DimensionModel, IndicatorModel, RuleSetModel, ScoringItemModel } from '../model/rule-set-model';
import { scoringPoints } from '../model/scoring-points';
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
    const strict = limit.operator === '>';
    const raise = bestRaise(model, shares, values, gap, strict);
    const shortfall: ScoreShortfall = {
      score: b.indicator,
      label: total ? b.label : dim!.label,
      criterion: b.id,
      value,
      limit: limit.value,
      gap: clean(gap),
      raise,
    };
    if (!raise) {
      const together = combinedRaise(model, shares, values, value, gap, strict);
      if (together) shortfall.together = together;
    }
    out.push(shortfall);
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
  // Plain arithmetic per item (this runs for every record a score holds back): no number-to-text rounding.
  let best: { item: ScoringItemModel; from: number; to: number; toValue?: string } | undefined;
  for (const { item, share } of shares) {
    const from = pointsOf(item, values[item.slot]);
    if (from === null || share <= 0) continue;
    const found = raiseOf(model, item, from, from + gap / share, strict);
    if (!found) continue;
    const more = found.to - from;
    const bestMore = best ? best.to - best.from : Infinity;
    if (!best || more < bestMore - EPSILON || (Math.abs(more - bestMore) <= EPSILON && from < best.from))
      best = { item, from, ...found };
  }
  if (!best) return null;
  const raise: ItemRaise = {
    indicator: best.item.indicator,
    label: labelOf(model, best.item),
    from: best.from,
    to: best.to,
  };
  if (best.toValue !== undefined) raise.toValue = best.toValue;
  return raise;
}

/**
 * What the items must gain together when none alone closes `gap`: the sum of
 * their raises, each counted by its weight over the smallest, and an even
 * raise (every item the same points more) that closes it, the items that
 * cannot go so high brought to their maximum — found by raising all items
 * alike and stopping each at its maximum (water filling). Nothing when an
 * item scores nothing for its value.
 */
function combinedRaise(
  model: RuleSetModel,
  shares: readonly { item: ScoringItemModel; share: number }[],
  values: readonly unknown[],
  value: number,
  gap: number,
  strict: boolean,
): CombinedRaise | undefined {
  const items: { item: ScoringItemModel; share: number; from: number; room: number }[] = [];
  let stepped = false;
  for (const { item, share } of shares) {
    const from = pointsOf(item, values[item.slot]);
    if (from === null || !(share > 0)) return undefined;
    if (item.map || item.bands) stepped = true;
    items.push({ item, share, from, room: Math.max(0, maxPointsOf(model, item) - from) });
  }
  if (items.length === 0) return undefined;
  const least = Math.min(...items.map((i) => i.share));
  const together: CombinedRaise = {
    points: roundUp(gap / least),
    weights: items.map((i) => clean(i.share / least)),
    atMost: [],
  };
  if (strict) together.strict = true;
  // Every item at its maximum: how far the score gets.
  const reach = items.reduce((sum, i) => sum + i.share * i.room, 0);
  const enough = (gained: number) => (strict ? gained > gap + EPSILON : gained >= gap - EPSILON);
  if (!enough(reach)) {
    together.most = clean(value + reach);
    return together;
  }
  if (stepped) return together;
  // Raise all alike; an item whose room runs out first stops at its maximum, the rest share what is left.
  const byRoom = [...items].sort((a, b) => a.room - b.room);
  let capped = 0;
  let open = byRoom.reduce((sum, i) => sum + i.share, 0);
  let even = Infinity;
  for (const i of byRoom) {
    even = (gap - capped) / open;
    if (even <= i.room + EPSILON) break;
    capped += i.share * i.room;
    open -= i.share;
  }
  let each = roundUp(even);
  const gained = (x: number) => items.reduce((sum, i) => sum + i.share * Math.min(x, i.room), 0);
  if (!enough(gained(each))) each = roundUp(each + 10 ** -RAISE_DECIMALS);
  together.each = each;
  for (const i of items)
    if (i.room < each - EPSILON)
      together.atMost.push({
        indicator: i.item.indicator,
        label: labelOf(model, i.item),
        from: i.from,
        to: clean(i.from + i.room),
      });
  return together;
}

/** The most points an item can score: the top of its `points`, else of its range (unbounded without one). */
function maxPointsOf(model: RuleSetModel, item: ScoringItemModel): number {
  if (item.map) return Math.max(...[...item.map].map(([, p]) => p));
  if (item.bands) return Math.max(...item.bands.map((b) => b.points));
  const range = indicatorOf(model, item)?.range;
  return range && Number.isFinite(range.upper) ? range.upper : Infinity;
}

/** Points rounded up to 2 decimals, less a hair of float noise (80 − 79.99 is 0.010000000000005), so the figure suffices. */
function roundUp(x: number): number {
  const step = 10 ** RAISE_DECIMALS;
  return Math.ceil(x * step - 1e-6) / step;
}

/** Differences of points below this are float noise (0.1 + 0.2), not a difference. */
const EPSILON = 1e-9;

/**
 * The fewest points `item` can reach at or above `needed` (above it when
 * `strict`), or nothing when it cannot: a `points` entry (with the value or
 * band giving it), or for a value scored as itself `needed` rounded up to two
 * decimals, no further than its range.
 */
function raiseOf(
  model: RuleSetModel,
  item: ScoringItemModel,
  from: number,
  needed: number,
  strict: boolean,
): { to: number; toValue?: string } | undefined {
  const enough = (p: number) => (strict ? p > needed + EPSILON : p >= needed - EPSILON);
  if (item.map || item.bands) {
    let found: { to: number; toValue: string } | undefined;
    if (item.map) {
      for (const [v, p] of item.map)
        if (enough(p) && p > from && (!found || p < found.to)) found = { to: p, toValue: v };
    } else
      for (const b of item.bands!)
        if (enough(b.points) && b.points > from && (!found || b.points < found.to))
          found = { to: b.points, toValue: b.band.text };
    return found;
  }
  // Rounded up, less a hair of float noise (0.333…×3 is 0.999…): the figure given suffices, and reads as written.
  const step = 10 ** RAISE_DECIMALS;
  let hundredths = Math.ceil(needed * step - 1e-6);
  if (!enough(hundredths / step)) hundredths++;
  const to = hundredths / step;
  const range = indicatorOf(model, item)?.range;
  if (range && !bandContains(range, to)) return undefined;
  return { to };
}

/** An item's points for a value: its `points` entry, or the value itself; `null` when it scores none. */
function pointsOf(item: ScoringItemModel, value: unknown): number | null {
  return scoringPoints(item, value) ?? null;
}

function indicatorOf(model: RuleSetModel, item: ScoringItemModel): IndicatorModel | undefined {
  const at = model.indicators[item.slot];
  return at?.slot === item.slot ? at : model.indicators.find((i) => i.slot === item.slot);
}

/** An item's label: its indicator's, or the derived value's it scores (`staffTraining * 20`). */
function labelOf(model: RuleSetModel, item: ScoringItemModel): LocalizedText {
  return (
    indicatorOf(model, item)?.label ??
    model.derived.find((d) => d.slot === item.slot)?.label ?? { zh: item.indicator, en: item.indicator }
  );
}

/** A difference as people would write it: 12 significant digits, so 80 − 67.5 is 12.5, not 12.500000000000002. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}
