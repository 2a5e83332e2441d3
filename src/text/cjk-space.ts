/**
 * The spacing rule of qgrade's Chinese messages: one space between a Chinese
 * character and a Latin letter or digit (`未达到最低等级 B 级`, `共 8 条`),
 * none next to full-width punctuation (`距合格：`, `（1级）3 次`).
 *
 * Joins two parts of a message by that rule, for a template whose part comes
 * from data (a grade label that may start with `B` or with `合`).
 *
 * @example
 * cjkJoin('未达到最低等级', 'B 级') // '未达到最低等级 B 级'
 * cjkJoin('距', '合格') // '距合格'
 * cjkJoin('氯离子 Cl⁻', '应为数值') // '氯离子 Cl⁻ 应为数值'
 */
export function cjkJoin(before: string, after: string): string {
  const a = before.at(-1) ?? '';
  const b = after[0] ?? '';
  // A label that ends in a chemical symbol's sub- or superscript (`SO₃`, `Cl⁻`, `m²`) ends in Latin text too.
  const latin = /[A-Za-z0-9\u00b2\u00b3\u00b9\u2070-\u209f]/u;
  const spaced = (CJK.test(a) && latin.test(b)) || (latin.test(a) && CJK.test(b));
  return spaced ? `${before} ${after}` : `${before}${after}`;
}

/** Chinese characters (not punctuation): the ones the rule puts a space beside. */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
