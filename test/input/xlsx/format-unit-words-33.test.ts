/**
 * Hostile-33 F4: a unit in an .xlsx number format is read as the text cell showing it is. Under a time in
 * minutes (GB 175's setting times), `0"天"` and `0"d"` show 12 days and are refused with the figure in minutes, as
 * the text cell `12天` is (they were read as 12 min); the indicator's own unit, however spelt (`0"min"`,
 * `0"分钟"`; `分` is no unit of the table, a word read as `台` is), reads the figure: `min` was taken as
 * "minimum" and refused.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf, exceljsWorkbook, indicator, readItems } from './workbook-fixtures';

const FINAL = indicator('finalSetting', 'number', { unit: 'min' });
const APF = indicator('apf', 'number');

async function read(formats: string[], ind = FINAL, value = 12) {
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('S');
    ws.addRow([ind.name]);
    for (const [i, f] of formats.entries()) {
      ws.addRow([value]);
      ws.getCell(`A${i + 2}`).numFmt = f;
    }
  });
  return readItems(bytes, { indicators: [ind] });
}

describe('units in a number format read as text cells are (hostile-33 F4)', () => {
  it('days under min are refused with the figure converted, as the text cell 12天 is', async () => {
    const items = await read(['0"天"', '0"d"']);
    for (const item of items)
      expect(errorsOf(item).join()).toContain('is in days (12 d = 17280 min), and the indicator is in min');
  });

  it('the indicator own unit, spelt min, 分钟 or 分, reads the figure', async () => {
    const items = await read(['0"min"', '0"分钟"', '0" min"', '0"分"']);
    expect(items.map((i) => ('record' in i ? i.record : undefined))).toEqual([
      { finalSetting: 12 },
      { finalSetting: 12 },
      { finalSetting: 12 },
      { finalSetting: 12 },
    ]);
    for (const item of items) expect(errorsOf(item)).toEqual([]);
  });

  it('hours are still refused with their advice, the minutes to write named (standards-38 M4)', async () => {
    const [h] = await read(['0"h"']);
    expect(errorsOf(h).join()).toContain(
      'is in h, and the indicator is in min: convert it and write 720 (12 h = 720 min)',
    );
  });

  it('F5: a unit over itself (W/W, Wh/Wh) on an indicator with no unit (APF) is dimensionless; kWh is not', async () => {
    const items = await read(['0.00"W/W"', '0.00"Wh/Wh"', '0.00" kWh"'], APF, 5.2);
    expect(items.slice(0, 2).map((i) => ('record' in i ? i.record : undefined))).toEqual([
      { apf: 5.2 },
      { apf: 5.2 },
    ]);
    expect(errorsOf(items[2]).join()).toContain('"5.2 kWh" has a unit or other text after it');
  });
});
