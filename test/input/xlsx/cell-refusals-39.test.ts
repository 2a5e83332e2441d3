/**
 * Hostile-39 M3: a refused .xlsx cell is described as the user sees it. A percentage cell under an indicator not in %
 * says what it holds and what its own format shows (0.0462 under built-in `0%` shows 5%, where the message said
 * "it shows 4.62%"); a TRUE/FALSE cell (or a formula's saved TRUE) under a number says it is a yes/no value, where
 * the message said `"TRUE" is not a decimal number`. Under an indicator in %, a percentage cell is still read as the
 * stored number × 100 (0.1574 under `0%`, shown 16%, is 15.74), not as the figure shown.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf, indicator, rawWorkbook, readItems, recordOf } from './workbook-fixtures';

const APF = indicator('apf', 'number');
const COUNT = indicator('count', 'integer');
const ELONGATION = indicator('elongation', 'number', { unit: '%' });

/** Cells in columns A (apf), B (count), C (elongation), one row each, under a header of the indicators' names. */
function book(rows: string[][]): Uint8Array {
  const name = (t: string, ref: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const header = `<row r="1">${name('apf', 'A1')}${name('count', 'B1')}${name('elongation', 'C1')}</row>`;
  const body = rows.map(
    (cells, i) =>
      `<row r="${i + 2}">${cells.map((c, j) => c.replace(/^<c/, `<c r="${'ABC'[j]}${i + 2}"`)).join('')}</row>`,
  );
  return rawWorkbook({
    sheets: [{ name: 'S', body: `<sheetData>${header}${body.join('')}</sheetData>` }],
    // 1: built-in 9 (0%), 2: 0.0%, 3: built-in 10 (0.00%).
    styles:
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>',
  });
}
const num = (v: string, s = 0) => `<c${s ? ` s="${s}"` : ''}><v>${v}</v></c>`;

describe('a refused .xlsx cell is described as it is shown (hostile-39 M3)', () => {
  it('a percentage cell under a number not in % says what it holds and what its own format shows', async () => {
    const items = await readItems(
      book([
        [num('0.0462', 1), num('0.5', 1)],
        [num('0.04625', 3), num('0.5', 3)],
        [num('0.04651', 2), '<c/>'],
      ]),
      { indicators: [APF, COUNT, ELONGATION] },
    );
    const tail =
      'and this indicator is not measured in %: format the cell as General or Number and type the value the indicator takes';
    expect(errorsOf(items[0])).toEqual([
      `apf (apf indicator) must be a number: cell A2 holds 0.0462 in a percentage format (shown as 5%), ${tail}`,
      `count (count indicator) must be an integer: cell B2 holds 0.5 in a percentage format (shown as 50%), ${tail}`,
    ]);
    // Excel rounds the figure shown half away from zero: 4.625 under 0.00% shows 4.63.
    expect(errorsOf(items[1])[0]).toContain('cell A3 holds 0.04625 in a percentage format (shown as 4.63%)');
    expect(errorsOf(items[2])[0]).toContain('cell A4 holds 0.04651 in a percentage format (shown as 4.7%)');
    const zh = items[0] && 'record' in items[0] ? items[0].conversionErrors?.[0]?.message.zh : undefined;
    expect(zh).toBe(
      'apf指标应为数值：单元格 A2 的值是 0.0462，设为百分比格式（显示为 5%），而该指标的单位不是 %：请将单元格设为常规或数值格式，填写指标所取的数值',
    );
  });

  it('under an indicator in %, a percentage cell is the stored number × 100, not the figure shown', async () => {
    const items = await readItems(book([['<c/>', '<c/>', num('0.1574', 1)]]), {
      indicators: [APF, COUNT, ELONGATION],
    });
    // Shown as 16% by `0%`; read as 15.74.
    expect(recordOf(items[0])).toEqual({ elongation: 15.74 });
  });

  it('a TRUE/FALSE cell, or a formula whose saved result is TRUE, under a number is a yes/no value', async () => {
    const bytes = book([
      ['<c t="b"><v>1</v></c>', '<c t="b"><v>0</v></c>'],
      ['<c t="b"><f>TRUE</f><v>1</v></c>', num('3')],
    ]);
    const items = await readItems(bytes, { indicators: [APF, COUNT, ELONGATION], formulas: 'saved' });
    const advice = 'type the number itself, in a cell formatted as General or Number';
    expect(errorsOf(items[0])).toEqual([
      `apf (apf indicator) must be a number: cell A2 holds a yes/no value (TRUE): ${advice}`,
      `count (count indicator) must be an integer: cell B2 holds a yes/no value (FALSE): ${advice}`,
    ]);
    expect(errorsOf(items[1])).toEqual([
      `apf (apf indicator) must be a number: cell A3 holds a yes/no value (TRUE): ${advice}`,
    ]);
    const zh = items[0] && 'record' in items[0] ? items[0].conversionErrors?.[0]?.message.zh : undefined;
    expect(zh).toBe(
      'apf指标应为数值：单元格 A2 是逻辑值（TRUE，即是/否）：请填写数值本身，并将单元格设为常规或数值格式',
    );
  });
});
