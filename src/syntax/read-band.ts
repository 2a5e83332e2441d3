import { firstNumberProblem } from '../text/finite-number';
import { asciiWritten, fullWidthAdvice, WRITTEN_FULL_WIDTH } from '../text/full-width-advice';
import type { LocalizedText } from '../text/localized-text';
import { asciiMinus, typesetMinusAdvice } from '../text/typeset-minus';
import { emptyBandText } from './empty-band';
import { type ParsedBand, parseBand } from './parse-band';

/**
 * A band as a rule file may write it, wherever one is read (a requirement's
 * range, an indicator's `range`, a table's band key, a scoring band): its
 * numbers are ones a computer can hold, and it holds some value. Each place
 * says in its own words what a band looks like, so text that is no band at
 * all is `undefined`; the other problems are the same everywhere.
 *
 * @example
 * readBand('[5, 1]') // { problem: { en: 'the range "[5, 1]" holds no value: …', … } }
 * readBand('[９７, 100]') // { problem: { en: '"[９７, 100]" has the full-width characters …: write ASCII "[97, 100]"', … }, index: 1 }
 */
export function readBand(text: string): ParsedBand | { problem: LocalizedText; index?: number } | undefined {
  const bad = firstNumberProblem(text);
  if (bad) return { problem: bad.text, index: bad.index };
  const parsed = parseBand(text);
  if (!parsed) return fullWidthBand(text) ?? typesetMinusBand(text);
  const empty = emptyBandText(parsed.band);
  return empty ? { problem: empty } : parsed;
}

/**
 * `[−100, 50]`, `[–100, 50]`: a band with the typeset minus, U+2212, or a dash for a minus (newcomer-43, hostile-43:
 * it was only "not a range").
 */
function typesetMinusBand(text: string): { problem: LocalizedText; index: number } | undefined {
  const advice = typesetMinusAdvice(text, (t) => parseBand(t) !== undefined);
  return advice ? { problem: advice.text, index: advice.index } : undefined;
}

/**
 * A band typed with full-width characters (`[９７, 100]`, `［0, 50］`): a problem
 * naming them and the ASCII to write, when the ASCII form is a band. A limit is
 * shown as written, so it is not read as that band.
 */
function fullWidthBand(text: string): { problem: LocalizedText; index: number } | undefined {
  const index = text.search(WRITTEN_FULL_WIDTH);
  if (index < 0) return undefined;
  // `[−５, 5]`: the ASCII to write has `-` for the typeset minus too, or it would be refused in turn (hostile-43).
  const ascii = asciiMinus(asciiWritten(text)).trim();
  if (!parseBand(ascii)) return undefined;
  return { problem: fullWidthAdvice(text.trim(), ascii), index };
}
