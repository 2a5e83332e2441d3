import { ALL, type Interval, isEmpty, meet } from './allowed-spans';

/**
 * The values of `pieces` that are not in `band`, in order.
 *
 * @example
 * minus([ALL], { lower: 2, lowerInclusive: true, upper: 8, upperInclusive: false }) // < 2, ≥ 8
 */
export function minus(pieces: readonly Interval[], band: Interval): Interval[] {
  const below: Interval = { ...ALL, upper: band.lower, upperInclusive: !band.lowerInclusive };
  const above: Interval = { ...ALL, lower: band.upper, lowerInclusive: !band.upperInclusive };
  return pieces.flatMap((p) => [meet(p, below), meet(p, above)]).filter((p) => !isEmpty(p));
}

/** Intervals merged where they overlap or meet, in order. */
export function union(pieces: readonly Interval[]): Interval[] {
  const sorted = [...pieces].sort(
    (a, b) => a.lower - b.lower || Number(b.lowerInclusive) - Number(a.lowerInclusive),
  );
  const out: Interval[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (
      last &&
      (p.lower < last.upper || (p.lower === last.upper && (last.upperInclusive || p.lowerInclusive)))
    ) {
      if (p.upper > last.upper || (p.upper === last.upper && p.upperInclusive))
        out[out.length - 1] = { ...last, upper: p.upper, upperInclusive: p.upperInclusive };
    } else out.push({ ...p });
  }
  return out;
}

/** Whether an interval holds a whole number. */
export function holdsInteger(x: Interval): boolean {
  const first = x.lowerInclusive ? Math.ceil(x.lower) : Math.floor(x.lower) + 1;
  const last = x.upperInclusive ? Math.floor(x.upper) : Math.ceil(x.upper) - 1;
  return first <= last;
}
