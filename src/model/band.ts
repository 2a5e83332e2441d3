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
