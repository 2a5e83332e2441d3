/**
 * Worksheet cells to the values a rule set's indicators take. A text cell
 * is read exactly as a CSV cell (src/input/convert-value.ts); other cells
 * by their type:
 *
 * - a number: the number stored, at Excel's 15 significant digits (not as
 *   its display format rounds it), then read as CSV reads its decimal text;
 * - a percentage-formatted number (0.0523 shown as 5.23%): the number stored
 *   × 100 (5.23; 0.1574 shown as 16% is 15.74) for an indicator whose unit
 *   is `%`, refused for any other, where ×100 or not would be a guess;
 * - a boolean: TRUE/FALSE, as CSV reads `true`/`false`; refused, as a yes/no value, for a number or an integer;
 * - a date, a formula, an error value (`#N/A`): refused with a message
 *   naming the cell, unless the indicator is a `string` (which takes a
 *   date as ISO 8601 text and a formula's saved result as text). qgrade
 *   does not calculate formulas, and a formula's saved result may be stale
 *   or absent;
 * - with `formulas: 'saved'`, a formula is read as the result the file
 *   saved, exactly as a cell holding that result (a number, a percentage,
 *   text, an error value, …); one with no saved result stays refused;
 * - an empty cell (or a formula whose result is empty): the field is left out.
 *
 * Every refusal names the cell (`D7`), so the record's errors say where to look.
 */

import type { RecordError } from '../../model/grade-result';
import type { IndicatorInfo } from '../../resolve/rule-set';
import { cjkJoin } from '../../text/cjk-space';
import { fullWidthToAscii } from '../../text/full-width';
import { type LocalizedText, localized } from '../../text/localized-text';
import { type ConvertedCell, convertCell, isDaysWord } from '../convert-value';
import type { FormulaReading } from '../formula-reading';
import { formulasAdvice, type OptionNaming } from '../option-naming';
import { isKnownUnit, unitKey } from '../units';
import { cellAddress } from './cell-address';
import { timeCellText } from './time-cell';
import { cellText, excelNumberText, percentDisplayed, percentShown, type XlsxCell } from './xlsx-cell';

/**
 * How {@link convertXlsxCell} reads formulas, and how its messages name the option that changes it.
 *
 * @example
 * const reading: CellReading = { formulas: 'saved', naming: 'api' };
 */
export interface CellReading {
  /** Default `refuse`. */
  formulas?: FormulaReading;
  /** Default: as the CLI's flag. */
  naming?: OptionNaming;
}

/**
 * Converts one worksheet cell for an indicator, by the rules above.
 *
 * @returns `undefined` for an empty cell (the field is left out), else the value (or a text, with an error)
 * @example
 * const apf = ruleSet.indicators.find((i) => i.name === 'apf')!;
 * convertXlsxCell({ col: 3, row: 2, value: { type: 'text', text: '4.62' }, date1904: false }, apf); // { value: 4.62 }
 */
export function convertXlsxCell(
  cell: XlsxCell,
  indicator: IndicatorInfo,
  reading: CellReading = {},
): ConvertedCell | undefined {
  const at = cellAddress(cell.mergedFrom ?? cell);
  const v = cell.value;
  const asText = indicator.type === 'string';
  const readSaved = asText || reading.formulas === 'saved';
  if (cell.formula !== undefined && (!readSaved || cell.uncalculated)) {
    const shown = cell.formula
      ? `=${cell.formula.length > 40 ? `${cell.formula.slice(0, 40)}…` : cell.formula}`
      : '';
    return refused(shown || 'formula', indicator, formulaRefusal(at, shown, readSaved, cell, reading));
  }
  switch (v.type) {
    case 'empty':
      return undefined;
    case 'broken':
      // A number cell's numeral that is no finite number is read below as its text, as CSV reads it.
      if (v.text === undefined) return refused('', indicator, v.reason);
      break;
    case 'error':
      return refused(
        v.code,
        indicator,
        // What to do, not the error alone (hostile-45): it is a formula's failure, mended in the workbook.
        localized(
          `单元格 ${at} 是错误值 ${v.code}，即公式出错的结果：请在工作簿中改正该公式（或它引用的单元格）后重新保存，或直接填写值；没有值时请将单元格留空`,
          `cell ${at} holds the error value ${v.code}, from a formula that failed: correct the formula (or the cells it reads) in the workbook and save it again, or type the value itself; leave the cell empty if there is none`,
        ),
      );
    default:
      break;
  }
  const text = cellText(cell);
  const isDate = v.type === 'date-text' || (v.type === 'number' && v.format.kind === 'date');
  if (isDate) {
    if (asText) return { value: text };
    if (v.type === 'number' && v.format.time && v.value >= 0)
      return refused(text, indicator, timeCellText(at, v.value, v.format.time, indicator.unit));
    return refused(
      text,
      indicator,
      localized(
        `单元格 ${at} 是日期（${text}）：请直接填写值，并将单元格设为常规、数值或文本格式，而不是日期`,
        `cell ${at} holds a date (${text}): type the value itself, in a cell formatted as General, Number or Text, not as a date`,
      ),
    );
  }
  // A TRUE/FALSE cell (or a formula's saved TRUE) under a number: the user sees a yes/no cell, not the text "TRUE"
  // that `"TRUE" is not a decimal number` spoke of (hostile-39 M3).
  if (v.type === 'boolean' && (indicator.type === 'number' || indicator.type === 'integer'))
    return refused(
      text,
      indicator,
      localized(
        `单元格 ${at} 是逻辑值（${text}，即是/否）：请填写数值本身，并将单元格设为常规或数值格式`,
        `cell ${at} holds a yes/no value (${text}): type the number itself, in a cell formatted as General or Number`,
      ),
    );
  if (v.type === 'number' && v.format.kind === 'percent' && !asText) {
    const shown = percentShown(v.value, v.format.percentSigns);
    if (isPercentUnit(indicator.unit)) return withCell(convertCell(String(shown), indicator), at);
    // What it holds and what its own format displays: 0.0462 under `0%` displays 5%, not 4.62% (hostile-39 M3).
    const held = excelNumberText(v.value);
    const displayed = percentDisplayed(v.value, v.format);
    const as = displayed === undefined ? undefined : `${displayed}${'%'.repeat(v.format.percentSigns)}`;
    return refused(
      text,
      indicator,
      localized(
        `单元格 ${at} 的值是 ${held}，设为百分比格式${as === undefined ? '' : `（显示为 ${as}）`}，而该指标的单位不是 %：请将单元格设为常规或数值格式，填写指标所取的数值`,
        `cell ${at} holds ${held} in a percentage format${as === undefined ? '' : ` (shown as ${as})`}, and this indicator is not measured in %: format the cell as General or Number and type the value the indicator takes`,
      ),
    );
  }
  // Hostile-26 W4: a format that shows a unit after the number (`0.0" kW"`) is read as the text cell `5.0 kW`
  // would be: in its unit, refused when that is not the indicator's (the indicator's own unit reads the number). A word there that is no unit (`"台"`) is not,
  // nor a literal `%` (`0.00"%"`, the figure shown as typed: read as before).
  const suffix = v.type === 'number' ? v.format.suffix : undefined;
  const prefix = v.type === 'number' ? v.format.prefix : undefined;
  if ((suffix === undefined && prefix === undefined) || asText || v.type !== 'number')
    return withCell(convertCell(text, indicator), at);
  // The figure as the cell shows it: `0.0,"kW"` shows 5000 as 5.0 (kW), which is what its unit is said of.
  const figure = v.format.thousands ? excelNumberText(v.value / 1000 ** v.format.thousands) : text;
  // The indicator's own unit however spelt (`0"min"`, `0"分钟"` under min) is its unit before it is a mark:
  // `min` after a number is also "minimum" (hostile-33 F4).
  const own = [suffix, prefix].find(
    (u) =>
      u !== undefined &&
      indicator.unit !== undefined &&
      isKnownUnit(u) &&
      unitKey(u) === unitKey(indicator.unit),
  );
  if (own !== undefined) return withCell(convertCell(figure, indicator), at);
  // A ratio of one unit to itself (`0.00"W/W"`, `"Wh/Wh"`: how sheets show an APF or SEER) on an indicator that
  // declares no unit is a dimensionless figure: the figure shown (hostile-33 F5).
  if (indicator.unit === undefined && suffix !== undefined && prefix === undefined && isSelfRatio(suffix))
    return withCell(convertCell(figure, indicator), at);
  // Hostile-27 W3: a bound or a rounding mark the format shows (`"<"0.0`, `0.0"(-)"`, `0"以上"`) makes the cell
  // say what the text cell `<42.5` says: read as that text, refused with its advice, never as the bare number.
  if ((prefix !== undefined && isBoundMark(prefix)) || (suffix !== undefined && isShownMark(suffix)))
    return withCell(convertCell(`${prefix ?? ''}${figure}${suffix ?? ''}`, indicator), at);
  // A unit before the number (`"BTU/h "0`) is the figure's unit as one after it is.
  const unit = [suffix, prefix].find((u) => u !== undefined && isKnownUnit(u) && unitKey(u) !== '%');
  // Days under a time (`0"天"`, `0"d"` under min): refused with the figure converted, as the text cell `12天` is.
  if (unit === undefined && suffix !== undefined && isDaysWord(suffix, indicator.unit))
    return withCell(convertCell(`${figure}${suffix}`, indicator), at);
  if (unit === undefined) return withCell(convertCell(text, indicator), at);
  // In the indicator's own unit the figure shown is the value (`0.0,"kW"` under kW: 5000 shows 5.0 kW).
  if (indicator.unit !== undefined && unitKey(unit) === unitKey(indicator.unit))
    return withCell(convertCell(figure, indicator), at);
  return withCell(convertCell(`${figure} ${unit}`, indicator), at);
}

/** Whether a unit is one unit over itself (`W/W`, `Wh/Wh`, `kW·h/kW·h`): a ratio with no dimension. */
function isSelfRatio(text: string): boolean {
  if (!isKnownUnit(text)) return false;
  const m = /^([^/]+)\/([^/]+)$/u.exec(unitKey(text));
  return m !== null && m[1] === m[2];
}

/**
 * Whether a format's literal text before the number states a bound or an approximation: `<`, `≥`, `>=`, `约`,
 * `大于`, `不低于`, `~` (folded: full-width forms, white space).
 */
function isBoundMark(text: string): boolean {
  return /^(?:<|>|<=|>=|≤|≥|≦|≧|≈|~|约|大约|小于|大于|不大于|不小于|不低于|不高于|不超过|低于|高于|超过|至少|最多|max\.?|min\.?)$/iu.test(
    fold(text),
  );
}

/**
 * Whether a format's literal text after the number is a GB/T 8170 rounding mark (`(-)`, `（－）`, `⁻`, `(+)`) or a
 * bound (`以下`, `以上`, `以内`, `及以上`, `左右`).
 */
function isShownMark(text: string): boolean {
  return /^(?:\([+\-\u2212\u2013\ufe63]\)|[\u207a\u207b+\-\u2212]|(?:及|或)?(?:以下|以上)|以内|左右|上下|max\.?|min\.?)$/iu.test(
    fold(text),
  );
}

/** Full-width forms as ASCII, white space gone: `（ － ）` is `(-)`. NFKC would make ⁻ a minus, which stays apart. */
function fold(text: string): string {
  return fullWidthToAscii(text).replace(/[\s\u3000]+/gu, '');
}

/**
 * Why a formula cell is refused: its result was not saved (where a saved one would be read), or qgrade does
 * not calculate; then, when the file saved a result, the option that reads it is named too.
 */
function formulaRefusal(
  at: string,
  shown: string,
  readSaved: boolean,
  cell: XlsxCell,
  reading: CellReading,
): LocalizedText {
  const what = localized(
    `单元格 ${at} 是公式${shown ? `（${shown}）` : ''}`,
    `cell ${at} holds a formula${shown ? ` (${shown})` : ''}`,
  );
  if (cell.uncalculated && readSaved) {
    return localized(
      `${what.zh}，文件中没有保存其结果：请在 Excel 或 WPS 中打开并保存，或将其粘贴为数值`,
      `${what.en} whose result the file does not hold: open and save it in Excel or WPS, or paste it as values`,
    );
  }
  const paste = localized(
    `${what.zh}，qgrade 不计算公式：请复制该列，再“选择性粘贴 → 数值”`,
    `${what.en}, and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values)`,
  );
  // With no saved result, reading saved results would not help.
  if (cell.uncalculated) return paste;
  const advice = formulasAdvice(reading.naming);
  return localized(
    `${paste.zh}；或${advice.zh}，读取文件保存的公式结果（请确认工作簿保存前已重新计算）`,
    `${paste.en}, or ${advice.en} to read the results the file saved (check the workbook was calculated before it was saved)`,
  );
}

function isPercentUnit(unit: string | undefined): boolean {
  const u = unit?.trim();
  return u === '%' || u === '％';
}

/** A conversion's error with the cell named, so it can be found in the sheet. */
function withCell(converted: ConvertedCell | undefined, at: string): ConvertedCell | undefined {
  if (!converted?.error) return converted;
  const { message } = converted.error;
  return {
    value: converted.value,
    error: {
      ...converted.error,
      message: localized(`${message.zh}（单元格 ${at}）`, `${message.en} (cell ${at})`),
    },
  };
}

const WANTED: Record<string, LocalizedText> = {
  number: localized('数值', 'a number'),
  integer: localized('整数', 'an integer'),
  boolean: localized('是/否', 'a boolean'),
  enum: localized('所列值之一', 'one of the listed values'),
  string: localized('文字', 'text'),
};

function refused(value: string, indicator: IndicatorInfo, why: LocalizedText): ConvertedCell {
  const what = WANTED[indicator.type] ?? localized(indicator.type);
  const error: RecordError = {
    field: indicator.name,
    code: 'wrong-type',
    message: localized(
      cjkJoin(indicator.label.zh, `应为${what.zh}：${why.zh}`),
      `${indicator.name} (${indicator.label.en}) must be ${what.en}: ${why.en}`,
    ),
  };
  return { value, error };
}
