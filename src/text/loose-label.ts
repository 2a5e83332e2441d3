/**
 * Whether a text (NFKC-folded) is a symbol as labels end with one after a
 * space: Latin letters and digits, perhaps a charge (`ReL`, `Rm`, `d`, `C`,
 * `Agt`, `MgO`, `SO₃` as `SO3`, `Cl⁻` as `Cl−`). A single letter in either
 * case; longer, it starts with a capital (or has one later: `pH`) and is at
 * most 3 characters, or has a digit, a charge or a second capital — so an
 * English word ending a label (`Cement type`, `Strength class`, `Water`) is
 * not one.
 *
 * @example
 * isSymbol('Cl−'); // true
 * isSymbol('type'); // false
 */
export function isSymbol(text: string): boolean {
  const m = /^([A-Za-z][A-Za-z0-9]{0,5})([+\u2212]?)$/u.exec(text);
  if (!m) return false;
  const core = m[1]!;
  if (core.length === 1) return true;
  const capital = /^[A-Z]/u.test(core) || /[A-Z]/u.test(core.slice(1));
  return capital && (core.length <= 3 || m[2] !== '' || /[0-9]/u.test(core) || /[A-Z]/u.test(core.slice(1)));
}

/**
 * A text as compared loosely with a label: NFKC-folded (full-width forms,
 * sub- and superscripts), every white space removed (`3天` is `3 天`), the
 * minus sign a superscript minus folds to made a hyphen (`Cl⁻` is `Cl-`,
 * as a keyboard, Excel or a GBK file writes it), Latin case kept (`d` is not `D`).
 *
 * @example
 * looseKey('3 天抗压强度'); // '3天抗压强度'
 * looseKey('氯离子 Cl⁻');   // '氯离子Cl-'
 */
export function looseKey(text: string): string {
  // NFKC makes `⁺` `+` and `₃` `3`, but `⁻` U+2212: studio-23 N2, `氯离子 Cl-` did not read `氯离子 Cl⁻`.
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/\u2212/gu, '-');
}

/**
 * The loose forms ({@link looseKey}) a header may take to be read as a
 * label: the label itself, and the label without the symbol that ends it
 * after a space or glued to Chinese text ({@link isSymbol}; `下屈服强度 ReL`
 * and `下屈服强度ReL` → `下屈服强度`, `氯离子 Cl⁻` → `氯离子`, `公称直径 d` →
 * `公称直径`), and a label that starts with a number of days followed by
 * Chinese text also with `d` for `天` (`3 天抗压强度` → `3d抗压强度`, as test
 * reports abbreviate it). A label that is a symbol alone keeps it. Never `''`.
 *
 * @example
 * labelLooseForms('下屈服强度 ReL'); // Set { '下屈服强度ReL', '下屈服强度' }
 */
export function labelLooseForms(label: string): Set<string> {
  const folded = label.normalize('NFKC').trim();
  const forms = new Set<string>([looseKey(folded)]);
  const split = splitLabelSymbol(folded);
  if (split) forms.add(looseKey(split.text));
  // `3d抗压强度` as Chinese cement test reports head `3 天抗压强度` (committee-34 M4: four --map on every command).
  for (const form of [...forms]) {
    const days = /^(\d+)天(?=\p{Script=Han})/u.exec(form);
    if (days) forms.add(`${days[1]}d${form.slice(days[0].length)}`);
  }
  forms.delete('');
  return forms;
}

/**
 * A label split before the symbol it ends in, after a space or glued to
 * Chinese text as GB reports print it (`氮 N`, `烧失量 LOI`, `下屈服强度ReL`:
 * the same symbol either way), NFKC-folded; `undefined` for a label that
 * ends in none ({@link isSymbol}) or is a symbol alone.
 *
 * @example
 * splitLabelSymbol('下屈服强度ReL'); // { text: '下屈服强度', symbol: 'ReL' }
 */
export function splitLabelSymbol(label: string): { text: string; symbol: string } | undefined {
  const folded = label.normalize('NFKC').trim();
  const m =
    /^(.*\S)\s+(\S+)$/u.exec(folded) ?? /^(.*\p{Script=Han})([A-Za-z][A-Za-z0-9]*[+\u2212]?)$/u.exec(folded);
  return m && isSymbol(m[2]!) ? { text: m[1]!, symbol: m[2]! } : undefined;
}
