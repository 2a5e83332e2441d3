import { type Band, bandContains } from '../model/band';

// SI prefixes a thousand apart, smallest first; '' is the unit itself.
const PREFIXES = ['n', 'μ', 'm', '', 'k', 'M', 'G'] as const;
// Units a prefix is put before; `m` last, so `mm` reads as milli-metre and `MPa` as mega-pascal.
const BASES = ['Pa', 'Hz', 'Wh', 'W', 'J', 'N', 'V', 'A', 'g', 'm'] as const;

/**
 * The unit a value outside an indicator's plausible band was probably
 * written in: the unit a thousand times larger or smaller (`kW` for a `W`
 * indicator given 7.2 where `≥ 1000` is plausible; `W` for a `kW` one given
 * 3500), when the value is off the band by more than a factor of 10 and,
 * converted to the indicator's unit, lies in it. `undefined` otherwise, or
 * when the unit has no SI prefix to change (`%`, `min`, `dB(A)`).
 *
 * @example
 * likelyUnit('W', 7.2, { lower: 1000, lowerInclusive: true, upper: Infinity, upperInclusive: false, text: '≥ 1000' }); // 'kW'
 */
export function likelyUnit(unit: string, value: number, band: Band): string | undefined {
  const parts = prefixed(unit);
  if (!parts) return undefined;
  const at = PREFIXES.indexOf(parts.prefix);
  // Only a value off by more than a factor of 10 is taken for another unit: 999.9 under ≥ 1000 is a figure to
  // check, not 999.9 kW. Written in the larger unit (7.2 kW under W), the indicator's figure is 1000 times it.
  if (
    at + 1 < PREFIXES.length &&
    band.lower > 0 &&
    value <= band.lower / 10 &&
    bandContains(band, value * 1000)
  )
    return `${PREFIXES[at + 1]}${parts.base}`;
  if (at > 0 && band.upper > 0 && value >= band.upper * 10 && bandContains(band, value / 1000))
    return `${PREFIXES[at - 1]}${parts.base}`;
  return undefined;
}

function prefixed(unit: string): { prefix: (typeof PREFIXES)[number]; base: string } | undefined {
  const folded = unit.replace('µ', 'μ');
  for (const base of BASES) {
    if (!folded.endsWith(base)) continue;
    const prefix = folded.slice(0, folded.length - base.length);
    if ((PREFIXES as readonly string[]).includes(prefix))
      return { prefix: prefix as (typeof PREFIXES)[number], base };
  }
  return undefined;
}
