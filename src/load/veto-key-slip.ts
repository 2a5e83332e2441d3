import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { labelOwner } from './label-owner';

/**
 * What to write when `gate` and `cap`, the two ways a failed requirement limits the grade, are mixed up
 * (newcomer-words-42 d): `gate: 合格` (a grade after gate, which takes true) is most likely `cap: qualified`,
 * and `cap: true` (a yes after cap, which names a grade) a veto item, `gate: true`, or a cap at the lowest grade.
 * The text goes after the key's name (`“gate”…`); `undefined` for any other slip, told as a plain type error.
 *
 * @param document - the rule file, as written: its `grades` name the grade to write
 * @param key - the key written
 * @param written - its value, of the wrong type
 * @example
 * vetoKeySlip({ grades: [{ id: 'qualified', label: { zh: '合格', en: 'Qualified' } }] }, 'gate', '合格')?.en;
 * // ' must be true or false, got the grade "合格" (qualified): "gate: true" makes a veto item, … write "cap: qualified" …'
 */
export function vetoKeySlip(
  document: unknown,
  key: 'gate' | 'cap',
  written: unknown,
): LocalizedText | undefined {
  const grades = (document as { grades?: unknown } | null)?.grades;
  const ids = Array.isArray(grades)
    ? grades
        .map((g) => (g as { id?: unknown } | null)?.id)
        .filter((id): id is string => typeof id === 'string')
    : [];
  if (key === 'gate') {
    if (typeof written !== 'string') return undefined;
    const id = ids.includes(written.trim()) ? written.trim() : labelOwner(grades, written);
    if (id === undefined) return undefined;
    const shown = safeLine(cutShort(written.trim()));
    const also = shown === id ? '' : `（${id}）`;
    const alsoEn = shown === id ? '' : ` (${id})`;
    // A cap at the top grade holds no record down: only the veto can be meant.
    if (id === ids.at(-1))
      return localized(
        `只能是 true 或 false，实际是等级“${shown}”${also}：不满足就不分级的要求（一票否决项）请写“gate: true”`,
        ` must be true or false, got the grade "${shown}"${alsoEn}: a requirement whose failure leaves the record with no grade (a veto item, 一票否决) is written "gate: true"`,
      );
    return localized(
      `只能是 true 或 false，实际是等级“${shown}”${also}：“gate: true”使之成为否决项（一票否决），不满足的记录不分级；若不满足的记录最高可评为该等级，请写“cap: ${id}”代替“gate: ${shown}”`,
      ` must be true or false, got the grade "${shown}"${alsoEn}: "gate: true" makes a veto item (一票否决), and a record failing it gets no grade; if a record failing it may still get that grade at most, write "cap: ${id}" in place of "gate: ${shown}"`,
    );
  }
  if (written !== true || ids.length === 0) return undefined;
  const lowest = ids[0]!;
  // With one grade there is no lower one to cap at.
  const capped =
    ids.length > 1
      ? localized(
          `；若不满足时记录仍可评为最低等级，请写“cap: ${lowest}”`,
          `; if a record failing it may still get the lowest grade, write "cap: ${lowest}"`,
        )
      : localized('');
  return localized(
    `写本规则集的一个等级（${ids.join('、')}），即不满足此要求的记录最高能得的等级，实际是 true：不满足就不分级的要求（一票否决项）请写“gate: true”代替“cap: true”${capped.zh}`,
    ` names a grade of this rule set (${ids.join(', ')}), the highest a record failing this requirement can get, got true: a requirement whose failure leaves the record with no grade at all (a veto item, 一票否决) is written "gate: true" in place of "cap: true"${capped.en}`,
  );
}
