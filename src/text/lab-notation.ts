import { fullWidthToAscii } from './full-width';
import { type LocalizedText, localized } from './localized-text';

// How test reports write a result below the detection limit: `<0.01`, `＜0.01`, `≤0.01`, `ND`, `未检出`.
const BELOW_LIMIT = /^(?:(?:<=?|≤|≦|﹤)\s*(?:\d|\.\d|LOD|LOQ|DL\b)|n\.?d\.?$|未检出|低于检出限|小于检出限)/i;
// How they write "not tested": a slash or dash in the cell (`/`, `-`, `—`, `－`), 无, 未检.
const NOT_TESTED = /^(?:\/+|-+|[—―–]+|无|未检|未检测|未测|未测定|未做|N\/A)$/i;

/** Where a value came from, for advice on what to write instead: a sheet's cell, or a JSON record's field. */
export type ValuePlace = 'cell' | 'field';

/**
 * Advice for a lab notation written where a number belongs, or `undefined`
 * when the text is none: a result below the detection limit (`<0.01`,
 * `ND`, `未检出`) or an item not tested (`/`, `—`, `无`). The value is still
 * refused (a number is needed, and which one the standard says); the advice
 * says what to write, worded to follow the quoted value.
 *
 * @param text - the value as written, trimmed
 * @param numeric - whether the indicator takes a number (a boolean one gets only the not-tested advice)
 * @example
 * labNotationAdvice('<0.01', true, 'cell')?.en; // 'means below the detection limit: qgrade needs a number; …'
 */
export function labNotationAdvice(
  text: string,
  numeric: boolean,
  place: ValuePlace,
): LocalizedText | undefined {
  const t = fullWidthToAscii(text);
  const cell = place === 'cell';
  if (numeric && BELOW_LIMIT.test(t)) {
    return localized(
      `表示低于检出限；qgrade 需要数值：请填写标准规定应取的数值，未测定则${cell ? '将单元格留空' : '省略该字段'}`,
      `means below the detection limit: qgrade needs a number; write the value the standard says to use, or ${cell ? 'leave the cell empty' : 'leave the field out'} if it was not measured`,
    );
  }
  if (NOT_TESTED.test(t)) {
    return localized(
      `表示未检测：请${cell ? '将单元格留空（或删除其内容）' : '省略该字段'}，该值即按缺失处理`,
      `means not tested: ${cell ? 'leave the cell empty (or delete it)' : 'leave the field out'} so the value counts as missing`,
    );
  }
  return undefined;
}
