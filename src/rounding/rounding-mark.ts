import { fullWidthToAscii } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * A value written with GB/T 8170-2008's rounding mark: `42.5(−)` is a
 * measured value rounded up to 42.5 (the true value is smaller), `42.4(+)`
 * one rounded down to 42.4 (the true value is larger). The mark exists so a
 * second rounding or a comparison at the shown figure does not go wrong
 * (15.4546 → 15.5(−) → to 1: 15, not 16).
 *
 * @example
 * roundingMark('42.5(−)'); // { numeral: '42.5', mark: '-' }
 */
export interface RoundingMark {
  /** The numeral before the mark, in ASCII (`42.5`). */
  numeral: string;
  /** `-`: the true value is below the numeral; `+`: above it. */
  mark: '+' | '-';
}

// After full-width folding: a numeral, then (+) or (-) — also U+2212 minus, U+2013 en dash, U+FE63 small hyphen —
// or a superscript ⁺ / ⁻ (U+207A / U+207B), as a typeset report may write it.
const MARKED =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))[ \t\u00a0]*(?:\([ \t\u00a0]*([+\-\u2212\u2013\ufe63])[ \t\u00a0]*\)|([\u207a\u207b]))$/;

/**
 * Reads a value written with a GB/T 8170 rounding mark: `42.5(-)`,
 * `42.5(−)` (U+2212), `42.5（－）` (full-width), `42.4(+)`, `42.5⁻`.
 *
 * @param text - the value as written, trimmed
 * @returns the numeral and the mark, or `undefined` when the text is not a marked numeral
 * @example
 * roundingMark('42.5（－）'); // { numeral: '42.5', mark: '-' }
 * roundingMark('42.5');      // undefined
 */
export function roundingMark(text: string): RoundingMark | undefined {
  const m = MARKED.exec(fullWidthToAscii(text));
  if (m === null) return undefined;
  const sign = m[2] ?? m[3]!;
  return { numeral: m[1]!, mark: sign === '+' || sign === '\u207a' ? '+' : '-' };
}

/**
 * A marked value as messages write it: the numeral and `(+)` or `(−)` (U+2212, as GB/T 8170 prints it).
 *
 * @example
 * markedText({ numeral: '42.5', mark: '-' }); // '42.5(−)'
 */
export function markedText(marked: RoundingMark): string {
  return `${marked.numeral}(${marked.mark === '+' ? '+' : '\u2212'})`;
}

/**
 * Why a value written with a rounding mark is refused where a measured
 * value is read, and what to write instead: the value unrounded. Never "drop
 * the mark": `42.5(−)` is below 42.5 and fails `≥ 42.5`, while `42.5` meets
 * it, so the number alone turns the verdict (standards-26 M1).
 *
 * @param text - the value as written, trimmed
 * @param place - a sheet's cell or a JSON record's field, for the wording
 * @returns the advice, or `undefined` when the text carries no rounding mark
 * @example
 * roundingMarkAdvice('42.5(-)', 'cell')?.en; // 'carries a GB/T 8170 rounding mark: the measured value is below 42.5 …'
 */
export function roundingMarkAdvice(text: string, place: 'cell' | 'field'): LocalizedText | undefined {
  const marked = roundingMark(text);
  if (marked === undefined) return undefined;
  const { numeral } = marked;
  const shown = markedText(marked);
  // GB/T 8170 marks a negative value's magnitude, −(2.5(−)): -2.5(-) lies above −2.5 (hostile-27 M8).
  const below = (marked.mark === '-') !== numeral.trim().startsWith('-');
  const where = place === 'cell' ? localized('单元格', 'cell') : localized('字段', 'field');
  return localized(
    `带有 GB/T 8170 修约符号：${shown} 表示实测值${below ? '小于' : '大于'} ${numeral}（已修约${below ? '进' : '舍'}为 ${numeral}），qgrade 不读取修约符号：请在该${where.zh}写未经修约的实测值；不要只删去符号写 ${numeral}，那样与限值比较的结果可能相反`,
    `carries a GB/T 8170 rounding mark: ${shown} means the measured value is ${below ? 'below' : 'above'} ${numeral} (rounded ${below ? 'up' : 'down'} to it), and qgrade does not read the mark: write the measured value unrounded in the ${where.en}; do not drop the mark and write ${numeral}, which may turn the verdict against a limit`,
  );
}
