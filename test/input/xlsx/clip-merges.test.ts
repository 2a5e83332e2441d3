/**
 * Hostile-33 F3: a title or remark merged across the whole row (`A1:XFD1`, as Excel and WPS write a row merged
 * by its header) was filled into all 16,384 columns, about 13 s of CPU per row. Merges are cut at the sheet's
 * last column and row with a value; what the sheet reads is the same.
 */
import { describe, expect, it } from 'vitest';
import { clipMerges } from '../../../src/input/xlsx/clip-merges';
import type { SheetRow } from '../../../src/input/xlsx/parse-sheet';
import { exceljsWorkbook, indicator, readItems, recordOf } from './workbook-fixtures';

const APF = indicator('apf', 'number');
const NOTE = indicator('note', 'string');

const text = (row: number, col: number, t: string) => ({
  row,
  col,
  value: { type: 'text' as const, text: t },
  date1904: false,
});

describe('merged ranges cut at the last used column and row (hostile-33 F3)', () => {
  it('cuts A1:XFD1 at the last column with a value, and E2:XFD100 at the last row too', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: [text(1, 0, '2025年空调能效抽检')] },
      { row: 2, cells: [text(2, 0, 'id'), text(2, 1, 'apf'), text(2, 4, '备注')] },
      { row: 3, cells: [text(3, 0, 'M1'), text(3, 1, '4.62'), text(3, 4, '复检')] },
    ];
    const merges = [
      { from: { row: 1, col: 0 }, to: { row: 1, col: 16383 } },
      { from: { row: 3, col: 4 }, to: { row: 100, col: 16383 } },
      { from: { row: 2, col: 1 }, to: { row: 3, col: 2 } },
    ];
    expect(clipMerges(rows, merges)).toEqual([
      { from: { row: 1, col: 0 }, to: { row: 1, col: 4 } },
      { from: { row: 3, col: 4 }, to: { row: 3, col: 4 } },
      { from: { row: 2, col: 1 }, to: { row: 3, col: 2 } },
    ]);
  });

  it('a sheet with a title merged A1:XFD1 and a remark merged E3:XFD3 reads as without them', async () => {
    const build = (merge: boolean) =>
      exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow(['2025年空调能效抽检']);
        ws.addRow(['id', 'apf', null, null, 'note']);
        ws.addRow(['M1', 4.62, null, null, '复检']);
        ws.addRow(['M2', 5.1, null, null, '']);
        if (merge) {
          ws.mergeCells('A1:XFD1');
          ws.mergeCells('E3:XFD3');
        }
      });
    const read = async (merge: boolean) =>
      (await readItems(await build(merge), { indicators: [APF, NOTE] })).map((i) => {
        const r = recordOf(i);
        return [r.apf, r.note];
      });
    const merged = await read(true);
    expect(merged).toEqual([
      [4.62, '复检'],
      [5.1, undefined],
    ]);
    expect(merged).toEqual(await read(false));
  });
});
