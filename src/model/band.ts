/** A numeric band such as `(4500, 7100]`. Open ends are infinite. */
export interface Band {
  lower: number;
  lowerInclusive: boolean;
  upper: number;
  upperInclusive: boolean;
  /** The band as written. */
  text: string;
}

/** Whether a band holds a value. */
export function bandContains(band: Band, value: number): boolean {
  return (
    (band.lowerInclusive ? value >= band.lower : value > band.lower) &&
    (band.upperInclusive ? value <= band.upper : value < band.upper)
  );
}

/** Whether a band holds no value at all, e.g. `(5, 5]` or `[7, 3]`. */
export function bandIsEmpty(band: Band): boolean {
  if (band.lower > band.upper) return true;
  return band.lower === band.upper && !(band.lowerInclusive && band.upperInclusive);
}

/**
 * How a band meets the next one up (`next.lower ≥ prev.lower`): `overlap`
 * when a value lies in both, `gap` when a value between them lies in
 * neither, `adjacent` otherwise.
 *
 * @example
 * bandsMeet(parseBand('≤ 38')!.band, parseBand('(38, 42]')!.band) // "adjacent"
 */
export function bandsMeet(prev: Band, next: Band): 'overlap' | 'gap' | 'adjacent' {
  if (prev.upper > next.lower || (prev.upper === next.lower && prev.upperInclusive && next.lowerInclusive))
    return 'overlap';
  if (prev.upper < next.lower || (prev.upper === next.lower && !prev.upperInclusive && !next.lowerInclusive))
    return 'gap';
  return 'adjacent';
}

/** A band's ends without its text: what {@link bandWithin} compares. */
export type BandEnds = Omit<Band, 'text'>;

/**
 * Whether every value of `inner` is in `outer`, ends included as each says.
 *
 * @example
 * bandWithin({ lower: 4500, lowerInclusive: false, upper: 7100, upperInclusive: true },
 *   { lower: 0, lowerInclusive: true, upper: 14000, upperInclusive: true }); // true
 */
export function bandWithin(inner: BandEnds, outer: BandEnds): boolean {
  const lowerOk =
    inner.lower > outer.lower ||
    (inner.lower === outer.lower && (outer.lowerInclusive || !inner.lowerInclusive));
  const upperOk =
    inner.upper < outer.upper ||
    (inner.upper === outer.upper && (outer.upperInclusive || !inner.upperInclusive));
  return lowerOk && upperOk;
}
