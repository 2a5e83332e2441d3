/**
 * The one candidate written with the same camelCase words as `name` but for
 * the later words' endings — `dataFalsification` for `dataFraud`, the first
 * word the same and each later one starting alike — where edit distance is
 * too far for a hint (newcomer-31 F-9: a synonym typed for the name's last
 * word). A name of one word fits a one-word candidate sharing its stem: the
 * first four letters or more, at least half of each word — `coated` for
 * `coating` (newcomer-38 M9: an inflection typed for the name). `undefined`
 * when none, or more than one, fits: a guess among several helps no one.
 *
 * @example
 * sameWordsName('dataFraud', ['dataFalsification', 'majorAccident']) // 'dataFalsification'
 * sameWordsName('dataFraud', ['dataFalsification', 'dataFormat']) // undefined
 * sameWordsName('coating', ['coated', 'thickness']) // 'coated'
 */
export function sameWordsName(name: string, candidates: readonly string[]): string | undefined {
  // A long list is not walked for every unknown name, as other hints are not.
  if (candidates.length > 1000) return undefined;
  const words = camelWords(name);
  if (words.length === 0) return undefined;
  const fits = candidates.filter((c) => {
    if (c === name) return false;
    const other = camelWords(c);
    if (words.length === 1) return other.length === 1 && sameStem(words[0]!, other[0]!);
    return (
      other.length === words.length &&
      other[0] === words[0] &&
      words.every((w, i) => i === 0 || other[i]![0] === w[0])
    );
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** `dataFalsification` → `['data', 'falsification']`; `co2_rate` → `['co2', 'rate']`. */
function camelWords(name: string): string[] {
  return name
    .split(/(?=[A-Z])|[_-]/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/** Shortest shared beginning that is a stem, not a common prefix such as `pre` or `con`. */
const LEAST_STEM = 4;

/** `coating` and `coated`: a shared beginning of {@link LEAST_STEM} letters or more, at least half of each. */
function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= LEAST_STEM && 2 * n >= a.length && 2 * n >= b.length;
}
