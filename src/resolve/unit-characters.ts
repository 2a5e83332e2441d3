import { nameCharacter } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * Why a unit as written holds a character no unit has: a space other than
 * the ASCII one (`H　B` with U+3000, a no-break space) or an invisible one.
 * Accepted, it made every limit in `HB` "written in HB, but measured in
 * H　B", a difference no reader can see (hostile-25 M4).
 *
 * @example
 * unitCharacterProblem('H\u3000B')?.en; // 'the unit "H　B" contains "　" (U+3000), which no unit has: remove it or use an ASCII space'
 */
export function unitCharacterProblem(unit: string): LocalizedText | undefined {
  const odd = /[\p{Z}\p{C}]/u.exec(unit.replace(/ /g, ''))?.[0];
  if (odd === undefined) return undefined;
  const named = nameCharacter(odd);
  return localized(
    `单位“${unit}”含字符 ${named}，单位中不会有它：请删去，或改为半角空格`,
    `the unit "${unit}" contains ${named}, which no unit has: remove it or use an ASCII space`,
  );
}
