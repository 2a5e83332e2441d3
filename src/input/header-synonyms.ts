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
  // `烧失率`, `灼减率`: the same loss, said as a rate (hostile-25 W5).
  ['烧失量', ['灼烧减量', '灼减量', '灼减', '灼烧失量', '烧失率', '灼减率']],
  ['loss on ignition', ['ignition loss']],
  // `不溶残渣`: insoluble residue word for word (hostile-25 W5).
  ['不溶物', ['不溶残渣']],
];

/**
 * Words near a label's word that may mean it but may mean another quantity
 * (`烧损` is a melt's loss in metallurgy; `Loss` alone any loss): never read
 * as the label, but a column headed so is pointed at as close to it (see
 * `closeColumns`), so an optional indicator is not left unjudged in silence
 * (hostile-25 W5: `烧损量`, `灼烧损失`, `Loss` graded a 6.0 % LOI conforming).
 */
const NEAR: readonly (readonly [string, readonly string[]])[] = [
  ['烧失量', ['烧损量', '烧损', '灼烧损失', '灼烧失重', '灼失量', '烧失']],
  ['loss on ignition', ['loss', 'ignition']],
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
export function labelSynonyms(label: string, table = SYNONYMS): string[] {
  const folded = label.normalize('NFKC');
  const lower = folded.toLowerCase();
  const found: string[] = [];
  for (const [word, others] of table) {
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
 * A label written with each near word ({@link NEAR}) of a word it holds: forms a column is pointed at as close
 * to the indicator by, never read as it.
 *
 * @example
 * labelNearForms('烧失量 LOI'); // ['烧损量 LOI', '烧损 LOI', …]
 */
export function labelNearForms(label: string): string[] {
  return labelSynonyms(label, NEAR);
}

/**
 * An indicator's labels and their synonym forms ({@link labelSynonyms}): the
 * texts a header is read by besides the indicator's name.
 */
export function labelsRead(label: { zh: string; en: string }): string[] {
  return [label.zh, label.en, ...labelSynonyms(label.zh), ...labelSynonyms(label.en)];
}
