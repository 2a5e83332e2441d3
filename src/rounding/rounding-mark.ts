import { fullWidthToAscii } from '../text/full-width';
import { leadingMinus } from '../text/leading-minus';
import { type LocalizedText, localized } from '../text/localized-text';
import { unitKey } from '../text/unit-key';

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
 * `42.5(−)` (U+2212), `42.5（－）` (full-width), `42.4(+)`, `42.5⁻`; a leading U+2212 minus is the sign
 * (`−5.55(+)` is `-5.55(+)`).
 *
 * @param text - the value as written, trimmed
 * @returns the numeral and the mark, or `undefined` when the text is not a marked numeral
 * @example
 * roundingMark('42.5（－）'); // { numeral: '42.5', mark: '-' }
 * roundingMark('42.5');      // undefined
 */
export function roundingMark(text: string): RoundingMark | undefined {
  // −5.55(+): the leading U+2212 is the sign, read as a cell's `−5.5` is; the mark is on the magnitude (GB/T 8170).
  const m = MARKED.exec(leadingMinus(fullWidthToAscii(text)));
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
 * @param why - why the mark is not read here, where the caller knows: a specimen value, an `integer` indicator's, a
 *   numeral with an exponent (`4.25e1(−)`); unknown: the three named (qgrade reads a mark on a single value only)
 * @returns the advice, or `undefined` when the text carries no rounding mark
 * @example
 * roundingMarkAdvice('42.5(-)', 'cell')?.en; // 'carries a GB/T 8170 rounding mark: the measured value is below 42.5 …'
 */
export function roundingMarkAdvice(
  text: string,
  place: 'cell' | 'field',
  why?: MarkRefused,
): LocalizedText | undefined {
  const marked = roundingMark(text);
  if (marked === undefined) return undefined;
  const { numeral } = marked;
  const shown = markedText(marked);
  // GB/T 8170 marks a negative value's magnitude, −(2.5(−)): -2.5(-) lies above −2.5 (hostile-27 M8).
  const below = (marked.mark === '-') !== numeral.trim().startsWith('-');
  const where = place === 'cell' ? localized('单元格', 'cell') : localized('字段', 'field');
  const refused = REFUSED[why ?? 'unknown'];
  return localized(
    `带有 GB/T 8170 修约符号：${shown} 表示实测值${below ? '小于' : '大于'} ${numeral}（已修约${below ? '进' : '舍'}为 ${numeral}），${refused.zh}：请在该${where.zh}写未经修约的实测值；不要只删去符号写 ${numeral}，那样与限值比较的结果可能相反`,
    `carries a GB/T 8170 rounding mark: ${shown} means the measured value is ${below ? 'below' : 'above'} ${numeral} (rounded ${below ? 'up' : 'down'} to it), and ${refused.en}: write the measured value unrounded in the ${where.en}; do not drop the mark and write ${numeral}, which may turn the verdict against a limit`,
  );
}

// A marked numeral at the start of a longer text: `42.5(+)(+)`, `42.5(−) MPa`.
const MARKED_LEAD = new RegExp(MARKED.source.slice(0, -1));

/**
 * A marked numeral at the start of a longer text, and the text after it, trimmed (`42.5(−) MPa`: 42.5(−) and `MPa`).
 *
 * @param text - the value as written
 * @returns the mark and the rest, or `undefined` when the text does not start with a marked numeral or is one alone
 * @example
 * markedLead('42.5(−)（MPa）')?.rest; // '(MPa)'
 */
export function markedLead(text: string): { marked: RoundingMark; rest: string } | undefined {
  const t = leadingMinus(fullWidthToAscii(text.trim()));
  const m = MARKED_LEAD.exec(t);
  if (m === null || m[0].length === t.length) return undefined;
  const mark = (m[2] ?? m[3]) === '+' || m[3] === '\u207a' ? '+' : '-';
  return { marked: { numeral: m[1]!, mark }, rest: t.slice(m[0].length).trim() };
}

/**
 * A marked value, alone (`42.5(−)`) or followed by the indicator's own unit, bare or in brackets (`42.5(−) MPa`,
 * `42.5(+)MPa`, `42.5（－）MPa`, `42.5(−)（MPa）`, `N/mm²` for MPa by {@link unitKey}): the unit the column or field is
 * read in adds nothing, so the value is read as the marked numeral alone is (fix-cells40). Another unit, or any
 * other text, is no marked value here.
 *
 * @param text - the value as written
 * @param unit - the indicator's unit, if it declares one
 * @returns the numeral and the mark, or `undefined` when the text is not a marked numeral, alone or in its own unit
 * @example
 * roundingMarkInUnit('42.5(−) MPa', 'MPa'); // { numeral: '42.5', mark: '-' }
 * roundingMarkInUnit('42.5(−) kPa', 'MPa'); // undefined
 */
export function roundingMarkInUnit(text: string, unit: string | undefined): RoundingMark | undefined {
  const marked = roundingMark(text);
  if (marked !== undefined || unit === undefined) return marked;
  const lead = markedLead(text);
  return lead !== undefined && isUnitWritten(lead.rest, unit) ? lead.marked : undefined;
}

/** Whether text after a value is the unit, bare or in brackets (`MPa`, `(MPa)`, `[MPa]`), by {@link unitKey}. */
function isUnitWritten(rest: string, unit: string): boolean {
  // `(MPa)`, `[MPa]`: the unit in brackets, as a header writes it (full-width brackets are folded already).
  const bare = /^[([]\s*(.*?)\s*[)\]]$/.exec(rest)?.[1] ?? rest;
  return bare !== '' && unit.trim() !== '' && unitKey(bare) === unitKey(unit);
}

/**
 * A value that starts with a marked numeral and goes on (`42.5(+)(+)`, `42.5(−) MPa`, `42.5(−)（MPa）`): a CSV cell
 * or a JSON string, told what follows the mark, where JSON said only "must be a number" (hostile-34 M3) and a cell
 * named the minus sign as a stray character. Where the mark is read, the indicator's own unit after it is read too
 * ({@link roundingMarkInUnit}, fix-cells40), so the own unit is named here where the mark is not read (a specimen,
 * an integer, an exponent: `why`), or as a fallback, with `42.5(−)` to write; any other text keeps the refusal,
 * named, with the indicator's unit (fix-clash-35).
 *
 * @param text - the value as written
 * @param place - a sheet's cell or a JSON record's field, for the wording
 * @param unit - the indicator's unit, if it declares one
 * @param why - why the mark is not read for this indicator (see {@link roundingMarkAdvice}); `undefined`: it is read
 * @returns the advice, or `undefined` when the text is not a marked value with text after it
 * @example
 * textAfterMarkAdvice('42.5(−) MPa', 'cell', 'MPa')?.en; // 'has the indicator's unit "MPa" after the rounding mark 42.5(−): remove "MPa" and write 42.5(−)'
 * textAfterMarkAdvice('42.5(+)(+)', 'field')?.en; // 'has "(+)" after the rounding mark 42.5(+): write the number alone …'
 */
export function textAfterMarkAdvice(
  text: string,
  place: 'cell' | 'field' = 'field',
  unit?: string,
  why?: MarkRefused,
): LocalizedText | undefined {
  const lead = markedLead(text);
  if (lead === undefined) return undefined;
  const shown = markedText(lead.marked);
  const rest = lead.rest;
  if (unit !== undefined && isUnitWritten(rest, unit)) {
    const own = localized(
      `在修约符号 ${shown} 之后带有该指标的单位“${rest}”：请去掉“${rest}”`,
      `has the indicator's unit "${rest}" after the rounding mark ${shown}: remove "${rest}"`,
    );
    if (why === undefined) return localized(`${own.zh}，写作 ${shown}`, `${own.en} and write ${shown}`);
    const mark = roundingMarkAdvice(shown, place, why)!;
    return localized(`${own.zh}；该值${mark.zh}`, `${own.en}; the value ${mark.en}`);
  }
  const inUnit = unit === undefined ? localized('', '') : localized(`（以 ${unit} 计）`, `, in ${unit}`);
  return localized(
    `在修约符号 ${shown} 之后还有“${rest}”，应只写数值（未经修约的实测值${inUnit.zh}）`,
    `has "${rest}" after the rounding mark ${shown}: write the number alone (the measured value unrounded${inUnit.en})`,
  );
}

/** Why a value's rounding mark is refused where it is written (hostile-34 M3). */
export type MarkRefused = 'specimen' | 'integer' | 'exponent';

// qgrade reads a mark on a single value of a number indicator (compileMarkedValues); these are the others.
const REFUSED: Record<MarkRefused | 'unknown', LocalizedText> = {
  specimen: localized(
    'qgrade 不读取试样值上的修约符号（各试样值逐个判定或合计，一个区间会使其全部无法判定）',
    'qgrade does not read a mark on a specimen value (specimens are judged one by one or combined, where an interval would leave them undecided)',
  ),
  integer: localized(
    'qgrade 不读取整数指标数值上的修约符号',
    "qgrade does not read a mark on an integer indicator's value",
  ),
  exponent: localized(
    'qgrade 不读取带指数的数值（如 4.25e1）上的修约符号',
    'qgrade does not read a mark after a numeral with an exponent (such as 4.25e1)',
  ),
  unknown: localized(
    'qgrade 只读取 number 指标单个数值上的修约符号，不读取试样值、整数或带指数数值上的修约符号',
    'qgrade reads a mark only on a single value of a number indicator, not on a specimen value, an integer or a numeral with an exponent',
  ),
};
