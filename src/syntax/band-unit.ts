import { asciiMinus } from '../text/typeset-minus';
import { UNIT_START } from '../text/unit-start';
import { parseBand } from './parse-band';

/** A band written with a unit after its numbers, and the band to write without it. */
export interface BandWithUnit {
  /** The band without the unit, as it would be written: `> 0`. */
  band: string;
  /** The unit written, or the units joined by ", " when the ends have different ones. */
  unit: string;
}

// A run of unit characters right after a number or a closing bracket: `kg`, `%`, `mm²`, `W/W`. The number or
// bracket and the spaces are matched and put back, not looked behind: a lookbehind with `\s*` scans back over
// every space from each one.
const UNIT_AFTER = /([\d\])]\s*)([^\d\s[\](),，<>≤≥=~～–—+\-−.∞]+)/gu;
const UNIT_LIKE = new RegExp(`[${UNIT_START}]`, 'u');

/**
 * A band as a unit-minded author writes it (`> 0 kg`, `[0, 100] %`,
 * `(6 kg, 10 kg]`): a band takes no unit (the indicator's `unit` gives it),
 * so it is not read; this says which unit to leave out and what remains. A
 * word before the numbers (`about 5`) is no unit, and an exponent's `e`
 * (`1e3`) stays.
 *
 * @param text - the band as written, which did not read as a band
 * @returns the band without its unit, or `undefined` when removing units leaves no band
 * @example
 * bandWithUnit('> 0 kg') // { band: '> 0', unit: 'kg' }
 * bandWithUnit('[0 %, 50 %]') // { band: '[0, 50]', unit: '%' }
 */
export function bandWithUnit(text: string): BandWithUnit | undefined {
  const units: string[] = [];
  // `[−5, 5] mm`: the band to write has ASCII `-` for a standard's minus sign (hostile-43: "not a range").
  const bare = asciiMinus(text)
    .replace(UNIT_AFTER, (all, before: string, run: string) => {
      if (/^[eE]$/.test(run) || !UNIT_LIKE.test(run)) return all;
      if (!units.includes(run)) units.push(run);
      return before;
    })
    // Spaces before a comma or closing bracket go; others stay. Not /\s+([,，\])])/, which retries a long run of
    // spaces from each of them: 8,000 spaces in a requirement took 0.1 s of CPU, 200,000 over half a minute.
    .replace(/\s+([,，\])])?/g, (spaces, after: string | undefined) => after ?? spaces)
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (units.length === 0 || !parseBand(bare)) return undefined;
  return { band: bare, unit: units.join(', ') };
}
