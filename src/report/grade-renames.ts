import type { Language, LocalizedText } from '../text/localized-text';

type Ladder = readonly { id: string; label?: LocalizedText }[];

/**
 * The grades both ladders have (by id) whose label in `lang` differs, as
 * sentences (`等级“优等品”更名为“特优品”`, `grade superior renamed:
 * Superior → Premium`), highest grade first. A compare report prints them by
 * its migration matrix: the matrix matches grades by id, so a row 优等品 and a
 * column 特优品 are one grade, and its diagonal still means "unchanged".
 *
 * @example
 * gradeRenameLines(a.grades, b.grades, 'zh'); // ['等级“优等品”更名为“特优品”']
 */
export function gradeRenameLines(a: Ladder, b: Ladder, lang: Language): string[] {
  const inB = new Map(b.map((g) => [g.id, g]));
  const out: string[] = [];
  for (const x of [...a].reverse()) {
    const from = x.label?.[lang];
    const to = inB.get(x.id)?.label?.[lang];
    if (from === undefined || to === undefined || from === to) continue;
    // By its labels in Chinese: the id inside a Chinese sentence read as a leftover (enterprise-25 F6).
    out.push(lang === 'zh' ? `等级“${from}”更名为“${to}”` : `grade ${x.id} renamed: ${from} → ${to}`);
  }
  return out;
}
