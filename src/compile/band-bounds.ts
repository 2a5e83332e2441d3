import type { Band } from '../model/band';

/**
 * A band's two bounds as a record's message names them (`≥ 1000`, `< 5`): the one a value fell outside of is said.
 *
 * @example
 * bandBounds({ lower: 0, lowerInclusive: true, upper: Infinity, upperInclusive: false, text: '≥ 0' }).lower; // '≥ 0'
 */
export function bandBounds(band: Band): { lower: string; upper: string } {
  return {
    lower: `${band.lowerInclusive ? '≥' : '>'} ${band.lower}`,
    upper: `${band.upperInclusive ? '≤' : '<'} ${band.upper}`,
  };
}
