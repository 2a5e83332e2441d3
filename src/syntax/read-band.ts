import { firstNumberProblem } from '../text/finite-number';
import type { LocalizedText } from '../text/localized-text';
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
 */
export function readBand(text: string): ParsedBand | { problem: LocalizedText } | undefined {
  const bad = firstNumberProblem(text);
  if (bad) return { problem: bad.text };
  const parsed = parseBand(text);
  if (!parsed) return undefined;
  const empty = emptyBandText(parsed.band);
  return empty ? { problem: empty } : parsed;
}
