/**
 * Other words sheets head a quantity with, for a word an indicator's label
 * uses: `灼烧减量`, `灼减` for `烧失量` (loss on ignition). Such a header
 * shares no character with the label, so no loose reading or close check
 * could see it: a column headed so was left unread with no word, and an
 * optional indicator went unjudged (hostile-23, 6.0 % on a P·O graded
 * conforming). The words are the language's, not a rule set's: each means
 * exactly the label's word wherever that word appears, so a label holding it
 * is read under the other words too, with the same units and clash checks.
 * Keys and synonyms in NFKC form; Latin ones compared in lower case.
 */
const SYNONYMS: readonly (readonly [string, readonly string[]])[] = [
  ['烧失量', ['灼烧减量', '灼减量', '灼减', '灼烧失量']],
  ['loss on ignition', ['ignition loss']],
];

/**
 * A label written with each synonym of a word it holds in place of that word
 * (`烧失量 LOI` → `灼烧减量 LOI`, `灼减量 LOI`, …; `Loss on ignition (LOI)` →
 * `Ignition loss (LOI)`), NFKC-folded; `[]` for a label that holds none.
 *
 * @example
 * labelSynonyms('烧失量 LOI'); // ['灼烧减量 LOI', '灼减量 LOI', '灼减 LOI', '灼烧失量 LOI']
 * labelSynonyms('Loss on ignition (LOI)'); // ['Ignition loss (LOI)']
 */
export function labelSynonyms(label: string): string[] {
  const folded = label.normalize('NFKC');
  const lower = folded.toLowerCase();
  const found: string[] = [];
  for (const [word, others] of SYNONYMS) {
    const at = lower.indexOf(word);
    if (at < 0) continue;
    // `Loss on ignition` → `Ignition loss`: a capital where the label has one.
    const capital = /\p{Lu}/u.test(folded.charAt(at));
    for (const other of others) {
      const written = capital ? other.charAt(0).toUpperCase() + other.slice(1) : other;
      found.push(`${folded.slice(0, at)}${written}${folded.slice(at + word.length)}`.trim());
    }
  }
  return found;
}

/**
 * An indicator's labels and their synonym forms ({@link labelSynonyms}): the
 * texts a header is read by besides the indicator's name.
 */
export function labelsRead(label: { zh: string; en: string }): string[] {
  return [label.zh, label.en, ...labelSynonyms(label.zh), ...labelSynonyms(label.en)];
}
