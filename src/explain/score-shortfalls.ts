import { type Band, bandContains } from '../model/band';
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
import { derivedInputs, itemReach, mostPoints, withinReach } from './item-reach';

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
  // Marked only where another item is counted: with every item left out, nothing was shared out.
  let left = 0;
  for (const [j, item] of dimension.items.entries())
    if (!counted(item, values)) {
      items[j]!.notCounted = true;
      left++;
    }
  if (left === items.length) for (const i of items) delete i.notCounted;
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
    const shares = sharesOf(scoring, dim, values);
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

/**
 * Each item's share of a score (a dimension's, or the total's when `dim` is undefined): its weight in its
 * dimension over the weights counted, times the dimension's share of the total. An item with `missing: reweight`
 * that the record leaves out is not counted, so it has no share: no advice names it, and the others' shares are
 * what they are in the record's score.
 */
function sharesOf(
  scoring: NonNullable<RuleSetModel['scoring']>,
  dim: DimensionModel | undefined,
  values: readonly unknown[],
): { item: ScoringItemModel; share: number }[] {
  const shares: { item: ScoringItemModel; share: number }[] = [];
  for (const d of dim ? [dim] : scoring.dimensions) {
    let sum = 0;
    for (const item of d.items) if (counted(item, values)) sum += item.weight;
    const of = dim ? 1 : d.weight / scoring.weightSum;
    for (const item of d.items)
      if (counted(item, values)) shares.push({ item, share: (item.weight / sum) * of });
  }
  return shares;
}

/** Whether an item counts in its dimension's score: any item but one with `missing: reweight` left out. */
function counted(item: ScoringItemModel, values: readonly unknown[]): boolean {
  return !(item.reweight && values[item.slot] === undefined);
}

/**
 * One item raised alone that meets every blocker of the next grade, when the blockers are two or more scores
 * and nothing else (newcomer-31 M-3: 实验室信息管理系统 否 → 是 lifts both 质量检验数字化 and the total past
 * 五级's limits, where each blocker's own "e.g." named a different item). The item needing the fewest points
 * more, the lowest first on a tie; `undefined` when no single item does, or a blocker is not a score.
 *
 * @param shortfalls - the blockers' shortfalls, as {@link scoreShortfalls} gives them
 * @example
 * clearingRaise(model, blockers, shortfalls, values); // { indicator: 'lims', from: 0, to: 100, toValue: 'true', … }
 */
export function clearingRaise(
  model: RuleSetModel,
  blockers: readonly CriterionResult[],
  shortfalls: readonly ScoreShortfall[],
  values: readonly unknown[],
): ItemRaise | undefined {
  const scoring = model.scoring!;
  // Every blocker a score short: the total left out under the weakest link is met once every dimension is.
  const dimensionShort = shortfalls.some((s) => s.score !== TOTAL_SCORE);
  const covered = (b: CriterionResult) =>
    shortfalls.some((s) => s.criterion === b.id) ||
    (scoring.weakestLink === true && b.indicator === TOTAL_SCORE && dimensionShort);
  if (blockers.length < 2 || !blockers.every(covered)) return undefined;
  const needs = shortfalls.map((s) => {
    const dim = scoring.dimensions.find((d) => d.id === s.score);
    const blocker = blockers.find((b) => b.id === s.criterion);
    return {
      gap: s.gap,
      strict: blocker?.limit?.operator === '>',
      shares: new Map(sharesOf(scoring, dim, values).map(({ item, share }) => [item, share])),
    };
  });
  let best: { item: ScoringItemModel; from: number; found: Found } | undefined;
  for (const d of scoring.dimensions)
    for (const item of d.items) {
      const from = pointsOf(item, values[item.slot]);
      if (from === null) continue;
      // The most points any one blocker asks of it: a points entry or figure that meets that one meets the rest.
      let found: Found | undefined;
      for (const n of needs) {
        const share = n.shares.get(item) ?? 0;
        const one =
          share > 0 ? raiseOf(model, item, from, from + n.gap / share, n.strict, values) : undefined;
        if (!one) {
          found = undefined;
          break;
        }
        if (!found || one.to > found.to) found = one;
      }
      if (!found) continue;
      const more = found.to - from;
      const bestMore = best ? best.found.to - best.from : Infinity;
      if (!best || more < bestMore - EPSILON || (Math.abs(more - bestMore) <= EPSILON && from < best.from))
        best = { item, from, found };
    }
  return best ? itemRaise(model, best.item, best.from, best.found, values) : undefined;
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
  let best: { item: ScoringItemModel; from: number; found: Found } | undefined;
  for (const { item, share } of shares) {
    const from = pointsOf(item, values[item.slot]);
    if (from === null || share <= 0) continue;
    const found = raiseOf(model, item, from, from + gap / share, strict, values);
    if (!found) continue;
    const more = found.to - from;
    const bestMore = best ? best.found.to - best.from : Infinity;
    if (!best || more < bestMore - EPSILON || (Math.abs(more - bestMore) <= EPSILON && from < best.from))
      best = { item, from, found };
  }
  return best ? itemRaise(model, best.item, best.from, best.found, values) : null;
}

/** An item's raise as a result gives it: points from → to, and for a `points` item the values now and to write. */
function itemRaise(
  model: RuleSetModel,
  item: ScoringItemModel,
  from: number,
  found: Found,
  values: readonly unknown[],
): ItemRaise {
  const raise: ItemRaise = { indicator: item.indicator, label: labelOf(model, item), from, to: found.to };
  if (found.toValue !== undefined) raise.toValue = found.toValue;
  if (found.toValue !== undefined) {
    const now = values[item.slot];
    if (typeof now === 'number' || typeof now === 'string' || typeof now === 'boolean') raise.value = now;
    if (found.typed !== undefined) raise.typed = found.typed;
  } else if (found.input && typeof values[found.input.slot] === 'number') {
    raise.value = values[found.input.slot] as number;
    raise.typed = found.typed!;
    raise.input = { indicator: found.input.name, label: found.input.label };
  } else if (found.toValue === undefined) {
    // A derived value of several indicators: named with what it is computed from, which is what is filled in.
    const inputs = derivedInputs(model, item, values);
    if (inputs.length) raise.inputs = inputs.map((i) => ({ indicator: i.name, label: i.label }));
  }
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
    items.push({ item, share, from, room: Math.max(0, maxPointsOf(model, item, values) - from) });
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
  const fewest = fewestItems(model, items, values, gap, strict);
  if (fewest) together.fewest = fewest;
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

/**
 * The fewest items that together close `gap` (newcomer-31 M-4: name them, not 13 weight ratios): those that
 * gain the most at their maximum, each raised to it, and the last one, of the items left, the one needing the
 * fewest points to close what remains. `undefined` when they cannot (float noise at the very limit).
 */
function fewestItems(
  model: RuleSetModel,
  items: readonly { item: ScoringItemModel; share: number; from: number; room: number }[],
  values: readonly unknown[],
  gap: number,
  strict: boolean,
): ItemRaise[] | undefined {
  const byGain = [...items].sort((a, b) => b.share * b.room - a.share * a.room || a.from - b.from);
  const enough = (gained: number) => (strict ? gained > gap + EPSILON : gained >= gap - EPSILON);
  let gained = 0;
  let k = 0;
  while (k < byGain.length && !enough(gained + byGain[k]!.share * byGain[k]!.room)) {
    gained += byGain[k]!.share * byGain[k]!.room;
    k++;
  }
  if (k >= byGain.length) return undefined;
  const out: ItemRaise[] = [];
  for (const i of byGain.slice(0, k)) {
    const top = raiseOf(model, i.item, i.from, i.from + i.room, false, values);
    if (!top) return undefined;
    out.push(itemRaise(model, i.item, i.from, top, values));
  }
  const rest = gap - gained;
  let last: { i: (typeof byGain)[number]; found: Found } | undefined;
  for (const i of byGain.slice(k)) {
    if (!(i.share > 0)) continue;
    const found = raiseOf(model, i.item, i.from, i.from + rest / i.share, strict, values);
    if (found && (!last || found.to - i.from < last.found.to - last.i.from - EPSILON)) last = { i, found };
  }
  if (!last) return undefined;
  out.push(itemRaise(model, last.i.item, last.i.from, last.found, values));
  return out;
}

/**
 * The most points an item can score: the top of its `points`, else what its reach allows (the input's range and
 * values, a derived value's plausible band; unbounded without them).
 */
function maxPointsOf(model: RuleSetModel, item: ScoringItemModel, values: readonly unknown[]): number {
  if (item.map) return Math.max(...[...item.map].map(([, p]) => p));
  if (item.bands) return Math.max(...item.bands.map((b) => b.points));
  return mostPoints(itemReach(model, item, values));
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
  values: readonly unknown[],
): Found | undefined {
  const value = values[item.slot];
  const enough = (p: number) => (strict ? p > needed + EPSILON : p >= needed - EPSILON);
  if (item.map || item.bands) {
    let found: Found | undefined;
    if (item.map) {
      for (const [v, p] of item.map)
        if (enough(p) && p > from && (!found || p < found.to))
          found = { to: p, toValue: v, typed: typedKey(v, value) };
    } else
      for (const b of item.bands!)
        if (enough(b.points) && b.points > from && (!found || b.points < found.to)) {
          found = { to: b.points, toValue: b.band.text };
          const typed = nearestIn(b.band, value);
          if (typed !== undefined) found.typed = typed;
        }
    return found;
  }
  // Within what the item can reach (newcomer-33 W1): its input's range, plausible band and values, and for a
  // derived value its own plausible band; x is what is filled in, the points a·x + c.
  const reach = itemReach(model, item, values);
  const step = 10 ** RAISE_DECIMALS;
  let x: number | undefined;
  if (reach.values)
    x = reach.values.find((v) => enough(reach.a * v + reach.c) && reach.a * v + reach.c > from);
  else {
    // Rounded up (down where x lowers the points), less a hair of float noise (0.333…×3 is 0.999…): the figure
    // given suffices, and reads as written.
    const up = reach.a > 0;
    const exact = (needed - reach.c) / reach.a;
    let hundredths = up ? Math.ceil(exact * step - 1e-6) : Math.floor(exact * step + 1e-6);
    if (!enough((reach.a * hundredths) / step + reach.c)) hundredths += up ? 1 : -1;
    x = hundredths / step;
  }
  if (x === undefined || !withinReach(reach, x)) return undefined;
  if (!reach.input) return { to: x };
  return { to: clean(reach.a * x + reach.c), typed: x, input: reach.input };
}

/** An item's raise found: the points it reaches, and for a `points` item the key or band giving them and the value to write. */
interface Found {
  to: number;
  toValue?: string;
  typed?: number | string | boolean;
  /** For a derived value linear in one indicator: that indicator, `typed` its value to write. */
  input?: IndicatorModel;
}

/** A `points` map's key as the value a record gives: `"true"` for a boolean is `true`, `"4"` for a number 4. */
function typedKey(key: string, now: unknown): number | string | boolean {
  if (typeof now === 'boolean' && (key === 'true' || key === 'false')) return key === 'true';
  if (typeof now === 'number' && key.trim() !== '' && Number.isFinite(Number(key))) return Number(key);
  return key;
}

/**
 * The value in a band nearest a record's value, as an officer would write it (`[4, 5)` from 3: 4; `≤ 38` from
 * 45: 38); `undefined` when that end is open (`> 38`: no nearest value to write) or the value is no number.
 */
function nearestIn(band: Band, now: unknown): number | undefined {
  if (typeof now !== 'number') return undefined;
  if (now < band.lower) return band.lowerInclusive ? band.lower : undefined;
  if (now > band.upper) return band.upperInclusive ? band.upper : undefined;
  return bandContains(band, now) ? now : undefined;
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
