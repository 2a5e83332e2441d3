import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { UsageError } from '../../../src/errors/usage-error';
import { QgradeError } from '../../../src/index';
import { readXlsxBytes } from '../../../src/input/xlsx/read-xlsx';
import { centralCrcs, crc32 } from '../../../src/input/xlsx/zip-crc';
import { errorsOf, exceljsWorkbook, indicator, rawWorkbook, readItems, recordOf } from './workbook-fixtures';

const APF = indicator('apf', 'number', {
  label: { zh: '全年能源消耗效率 APF', en: 'Annual performance factor (APF)' },
});
const ELONGATION = indicator('elongation', 'number', { unit: '%' });
const COUNT = indicator('count', 'integer');
const OK = indicator('ok', 'boolean');
const NOTE = indicator('note', 'string');
const KIND = indicator('kind', 'enum', { values: ['heat-pump', 'cooling-only'] });
const STRENGTH = indicator('strength', 'number', { specimens: 4 });
const ALL = [APF, ELONGATION, COUNT, OK, NOTE, KIND, STRENGTH];

/** A one-sheet exceljs workbook: a header row, then rows; `style` edits cells after they are written. */
function sheet(rows: unknown[][], style?: (ws: import('exceljs').Worksheet) => void): Promise<Uint8Array> {
  return exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('Sheet1');
    for (const r of rows) ws.addRow(r);
    style?.(ws);
  });
}

describe('XLSX cells by type', () => {
  it('reads a number stored as text as the decimal numeral it shows, as CSV does', async () => {
    const items = await readItems(
      await sheet([
        ['apf', 'note'],
        ['4.620', '1.050'],
        ['４．６２', ' 007 '],
      ]),
      {
        indicators: ALL,
      },
    );
    // The text "1.050" of a string indicator keeps every digit; as a number, 4.620 is 4.62.
    expect(recordOf(items[0])).toEqual({ apf: 4.62, note: '1.050' });
    expect(recordOf(items[1])).toEqual({ apf: 4.62, note: '007' });
  });

  it('refuses a text cell CSV refuses, with the CSV message and the cell', async () => {
    const items = await readItems(await sheet([['apf'], ['7,200'], ['45%']]), { indicators: ALL });
    expect(errorsOf(items[0])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: "7,200" has a digit-group separator or a decimal comma: write e.g. 1234.5 (cell A2)',
    ]);
    expect(errorsOf(items[1])[0]).toContain(
      '"45%" is a percentage: write the number the indicator takes, without %: on a 0–100 scale (a score) remove "%" and write 45; as a share of 1, write 0.45 (cell A3)',
    );
  });

  it('reads a numeric cell as its stored number at 15 significant digits', async () => {
    const items = await readItems(
      await sheet([
        ['apf', 'count'],
        [0.1 + 0.2, 3],
        [4.62, 12345678901234568],
        [1e-7, 2.5],
      ]),
      { indicators: ALL },
    );
    expect(recordOf(items[0])).toEqual({ apf: 0.3, count: 3 }); // 0.30000000000000004 as Excel shows it
    // Beyond 2^53 an integer is not exact, refused as CSV refuses it.
    expect(errorsOf(items[1])).toEqual([
      'count (count indicator) must be an integer: "12345678901234600" is an integer too large to be exact (2^53 or more) (cell B3)',
    ]);
    // A fraction for an integer indicator reaches the grader, which says it must be whole (as for CSV).
    expect(recordOf(items[2])).toEqual({ apf: 1e-7, count: 2.5 });
  });

  it('reads a percentage cell as the number shown for an indicator in %, and refuses it for any other', async () => {
    const bytes = await sheet(
      [
        ['elongation', 'apf', 'note'],
        [0.0523, 0.0523, 0.0523],
        [0.175, null, null],
      ],
      (ws) => {
        for (const ref of ['A2', 'B2', 'C2']) ws.getCell(ref).numFmt = '0.00%';
        ws.getCell('A3').numFmt = '0%';
      },
    );
    const items = await readItems(bytes, { indicators: ALL });
    expect(recordOf(items[0])).toEqual({ elongation: 5.23, apf: '5.23%', note: '5.23%' });
    expect(errorsOf(items[0])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: cell B2 holds 0.0523 in a percentage format (shown as 5.23%), and this indicator is not measured in %: format the cell as General or Number and type the value the indicator takes',
    ]);
    // 0.175 shown with 0% still holds 17.5: the number shown is the stored one ×100, not the display's rounding.
    expect(recordOf(items[1])).toEqual({ elongation: 17.5 });
  });

  it('reads a number under a format of several sections by the section Excel shows it with', async () => {
    const formats = ['[>=0.5]0.0%;0.00', '[>=0.5]0.0%;0.00', '0.00;-0.00%', '0.00;-0.00%', '0.00%;0.00'];
    const bytes = await sheet([['elongation'], [0.2345], [0.6], [0.2345], [-0.05], [-0.2]], (ws) => {
      formats.forEach((f, i) => {
        ws.getCell(`A${i + 2}`).numFmt = f;
      });
    });
    const items = await readItems(bytes, { indicators: ALL });
    // Shown 0.23, 60.0%, 0.23, -5.00%, -0.20: only the percentage sections multiply by 100.
    expect(items.map((i) => recordOf(i).elongation)).toEqual([0.2345, 60, 0.2345, -5, -0.2]);
  });

  it('takes a literal % in a format (quoted or escaped) for a plain number', async () => {
    const bytes = await sheet(
      [
        ['apf', 'count'],
        [4.62, 7],
      ],
      (ws) => {
        ws.getCell('A2').numFmt = '0.00"%"';
        ws.getCell('B2').numFmt = '0\\%';
      },
    );
    expect(recordOf((await readItems(bytes, { indicators: ALL }))[0])).toEqual({ apf: 4.62, count: 7 });
  });

  it('reads booleans for a boolean indicator and as TRUE/FALSE text elsewhere; a number refuses one as yes/no', async () => {
    const items = await readItems(
      await sheet([
        ['ok', 'note', 'apf'],
        [true, false, true],
        ['是', null, null],
        [1, null, null],
      ]),
      { indicators: ALL },
    );
    expect(recordOf(items[0])).toEqual({ ok: true, note: 'FALSE', apf: 'TRUE' });
    // Hostile-39 M3: the cell is a TRUE/FALSE cell, not the text "TRUE".
    expect(errorsOf(items[0])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: cell C2 holds a yes/no value (TRUE): type the number itself, in a cell formatted as General or Number',
    ]);
    expect(recordOf(items[1])).toEqual({ ok: true });
    expect(recordOf(items[2])).toEqual({ ok: true });
  });

  it('refuses a date naming the cell, unless the indicator is text', async () => {
    const day = new Date(Date.UTC(2024, 2, 1));
    const items = await readItems(
      await sheet([
        ['apf', 'note', 'kind'],
        [day, day, day],
      ]),
      { indicators: ALL },
    );
    expect(recordOf(items[0]).note).toBe('2024-03-01');
    expect(errorsOf(items[0])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: cell A2 holds a date (2024-03-01): type the value itself, in a cell formatted as General, Number or Text, not as a date',
      'kind (kind indicator) must be one of the listed values: cell C2 holds a date (2024-03-01): type the value itself, in a cell formatted as General, Number or Text, not as a date',
    ]);
  });

  it('refuses a formula naming the cell, unless the indicator is text (which takes its saved result)', async () => {
    const bytes = await sheet(
      [
        ['apf', 'note', 'count'],
        [2, null, 1],
      ],
      (ws) => {
        ws.getCell('A2').value = { formula: 'C2*2', result: 2 };
        ws.getCell('B2').value = { formula: 'CONCATENATE("KFR-","35")', result: 'KFR-35' };
      },
    );
    const items = await readItems(bytes, { indicators: ALL });
    expect(recordOf(items[0])).toEqual({ apf: '=C2*2', note: 'KFR-35', count: 1 });
    expect(errorsOf(items[0])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: cell A2 holds a formula (=C2*2), and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values), or give --formulas saved to read the results the file saved (check the workbook was calculated before it was saved)',
    ]);
  });

  it('refuses an error value, even for a text indicator', async () => {
    const bytes = await sheet(
      [
        ['apf', 'note'],
        [null, null],
      ],
      (ws) => {
        ws.getCell('A2').value = { error: '#DIV/0!' } as never;
        ws.getCell('B2').value = { error: '#N/A' } as never;
      },
    );
    const items = await readItems(bytes, { indicators: ALL });
    expect(errorsOf(items[0])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: cell A2 holds the error value #DIV/0!, from a formula that failed: correct the formula (or the cells it reads) in the workbook and save it again, or type the value itself; leave the cell empty if there is none',
      'note (note indicator) must be text: cell B2 holds the error value #N/A, from a formula that failed: correct the formula (or the cells it reads) in the workbook and save it again, or type the value itself; leave the cell empty if there is none',
    ]);
  });

  it('leaves out empty cells and cells of spaces, and gathers specimens from several columns', async () => {
    const items = await readItems(
      await sheet([
        ['强度1', '强度2', '强度3', 'apf', 'note'],
        [455, '460', null, null, '  '],
        ['455;470', null, 480, 4.5, null],
      ]),
      {
        indicators: ALL,
        mapping: new Map([
          ['强度1', 'strength'],
          ['强度2', 'strength'],
          ['强度3', 'strength'],
        ]),
      },
    );
    expect(recordOf(items[0])).toEqual({ strength: [455, 460] });
    expect(recordOf(items[1])).toEqual({ apf: 4.5, strength: [455, 470, 480] });
  });

  it('passes columns that name no indicator on as text', async () => {
    const items = await readItems(
      await sheet([
        ['型号', '编号', 'apf'],
        ['KFR-35GW/B3', 12345, 4.62],
      ]),
      {
        indicators: ALL,
      },
    );
    expect(recordOf(items[0])).toEqual({ 型号: 'KFR-35GW/B3', 编号: '12345', apf: 4.62 });
  });
});

describe('XLSX rows and headers', () => {
  it('skips blank rows, numbers records in order, and matches headers to labels', async () => {
    const items = await readItems(
      await sheet([
        ['型号', '全年能源消耗效率 APF'],
        ['A', 4.1],
        [],
        [null, null],
        ['B', 4.2],
        ['  ', null],
        ['C', 4.3],
      ]),
      { indicators: ALL },
    );
    expect(items.map((i) => i.row)).toEqual([1, 2, 3]);
    expect(items.map((i) => recordOf(i).apf)).toEqual([4.1, 4.2, 4.3]);
  });

  it('skips a title above the header, and fills merged cells with their first value', async () => {
    const bytes = await sheet(
      [
        ['2024 年空调抽检结果', null, null],
        [],
        ['型号', 'kind', 'apf'],
        ['A', 'heat-pump', 4.1],
        ['B', null, 4.2],
        [null, null, null],
      ],
      (ws) => {
        ws.mergeCells('A1:C1');
        ws.mergeCells('B4:B6'); // row 6 has nothing of its own: still blank
      },
    );
    const items = await readItems(bytes, { indicators: ALL });
    expect(items.map(recordOf)).toEqual([
      { 型号: 'A', kind: 'heat-pump', apf: 4.1 },
      { 型号: 'B', kind: 'heat-pump', apf: 4.2 },
    ]);
  });

  it('reads a two-row header: sub-headings under a group heading, headings merged down, records below both', async () => {
    const bytes = await sheet(
      [
        ['型号', '性能', null, '备注'],
        [null, 'apf', null, null],
        ['A', 4.1, 'x', 'ok'],
      ],
      (ws) => {
        ws.mergeCells('A1:A2');
        ws.mergeCells('B1:C1'); // C2 is empty: column C takes the group's name
      },
    );
    const source = readXlsxBytes(bytes, 'x.xlsx', { mapping: new Map(), indicators: ALL });
    expect(source.header?.cells).toEqual(['型号', 'apf', '性能', '备注']);
    expect(source.records).toBe(1);
    const items = await readItems(bytes, { indicators: ALL });
    expect(items.map((i) => i.row)).toEqual([1]);
    expect(recordOf(items[0])).toEqual({ 型号: 'A', apf: 4.1, 性能: 'x', 备注: 'ok' });
  });

  it('keeps an indicator merged over its specimens in a two-row header, under its specimen numbers', async () => {
    const bytes = await sheet(
      [
        ['型号', 'strength', null, '性能', null],
        [null, '试样1', '试样2', 'apf', 'count'],
        ['A', 455, 470, 4.1, 3],
      ],
      (ws) => {
        ws.mergeCells('B1:C1');
        ws.mergeCells('D1:E1');
      },
    );
    const items = await readItems(bytes, { indicators: ALL });
    expect(items.map(recordOf)).toEqual([{ 型号: 'A', strength: [455, 470], apf: 4.1, count: 3 }]);
  });

  it('keeps a one-row header under a title merged across the table, and under an indicator merged over its specimens', async () => {
    const titled = await sheet(
      [
        ['2025年抽检结果', null, null],
        ['型号', 'apf', null],
        ['A', 4.1, 'x'],
      ],
      (ws) => ws.mergeCells('A1:C1'),
    );
    const source = readXlsxBytes(titled, 'x.xlsx', { mapping: new Map(), indicators: ALL });
    expect(source.header?.cells).toEqual(['型号', 'apf']);
    expect(recordOf((await readItems(titled, { indicators: ALL }))[0])).toEqual({ 型号: 'A', apf: 4.1 });
    // Numbers stored as text under an indicator's heading are its first record, not sub-headings.
    const specimens = await sheet(
      [
        ['型号', 'strength', null],
        ['A', '455', '470'],
        ['B', '430', '445'],
      ],
      (ws) => ws.mergeCells('B1:C1'),
    );
    const items = await readItems(specimens, { indicators: ALL });
    expect(items.map(recordOf)).toEqual([
      { 型号: 'A', strength: [455, 470] },
      { 型号: 'B', strength: [430, 445] },
    ]);
  });

  it('takes the first row as the header when no row names an indicator', async () => {
    const items = await readItems(
      await sheet([
        ['a', 'b'],
        ['1', '2'],
      ]),
      { indicators: ALL },
    );
    expect(recordOf(items[0])).toEqual({ a: '1', b: '2' });
  });

  it('ignores cells under no header, as CSV ignores columns with an empty header', async () => {
    const items = await readItems(
      await sheet([
        ['apf', null, 'count'],
        [4.5, 'note', 3, 'beyond'],
      ]),
      {
        indicators: ALL,
      },
    );
    expect(recordOf(items[0])).toEqual({ apf: 4.5, count: 3 });
  });

  it('is a usage error when two columns give one field that takes no specimens', async () => {
    const bytes = await sheet([
      ['apf', 'APF指标'],
      [1, 2],
    ]);
    expect(() =>
      readXlsxBytes(bytes, 'x.xlsx', { mapping: new Map([['APF指标', 'apf']]), indicators: ALL }),
    ).toThrow(/columns 1 \("apf"\) and 2 \("APF指标"\) both give the field "apf"/);
  });

  it('reads the sheet named, or the n-th visible tab; by default the first visible worksheet', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      wb.addWorksheet('隐藏', { state: 'hidden' }).addRow(['apf']).commit();
      wb.getWorksheet('隐藏')!.addRow([1]);
      const a = wb.addWorksheet('样品');
      a.addRow(['apf']);
      a.addRow([2]);
      const b = wb.addWorksheet('复检');
      b.addRow(['apf']);
      b.addRow([3]);
    });
    const apf = async (sheet?: string) =>
      recordOf((await readItems(bytes, { indicators: ALL, ...(sheet ? { sheet } : {}) }))[0]).apf;
    expect(await apf()).toBe(2);
    expect(await apf('复检')).toBe(3);
    expect(await apf('2')).toBe(3);
    expect(await apf('隐藏')).toBe(1);
    expect(() => readXlsxBytes(bytes, 'x.xlsx', { mapping: new Map(), indicators: ALL, sheet: '3' })).toThrow(
      'x.xlsx has no sheet "3"; its sheets: 1 "样品", 2 "复检"; hidden, by name only: "隐藏"',
    );
    // The hidden sheet is no number: it is listed apart, by the name that reads it.
    expect(() =>
      readXlsxBytes(bytes, 'x.xlsx', { mapping: new Map(), indicators: ALL, sheet: '汇总' }),
    ).toThrow(
      expect.objectContaining({
        text: {
          zh: 'x.xlsx 中没有工作表“汇总”；它的工作表有：1“样品”、2“复检”；隐藏的工作表（只能按名称选择）：“隐藏”',
          en: 'x.xlsx has no sheet "汇总"; its sheets: 1 "样品", 2 "复检"; hidden, by name only: "隐藏"',
        },
      }),
    );
  });

  it('a name with spaces around it is found as written; one that only case tells apart from two is refused', async () => {
    const names = ['2', '1', ' spaced ', 'spaced', 'DATA', 'data', ' Lot ', 'lot '];
    const bytes = rawWorkbook({
      sharedStrings: ['<si><t>apf</t></si>'],
      sheets: names.map((name, i) => ({
        name,
        body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>${i + 1}</v></c></row></sheetData>`,
      })),
    });
    const apf = async (sheet: string) =>
      recordOf((await readItems(bytes, { indicators: ALL, sheet }))[0]).apf;
    // The position of the sheet, plus one: the sheet each call reads.
    expect(await apf(' spaced ')).toBe(3);
    expect(await apf('spaced')).toBe(4);
    expect(await apf('  spaced')).toBe(4);
    expect(await apf('DATA')).toBe(5);
    expect(await apf('data')).toBe(6);
    expect(await apf('1')).toBe(2);
    expect(await apf('01')).toBe(1);
    const read = (sheet: string) => () =>
      readXlsxBytes(bytes, 'x.xlsx', { mapping: new Map(), indicators: ALL, sheet });
    expect(read('Data')).toThrow(
      'x.xlsx has more than one sheet that "Data" names when case or surrounding spaces are ignored: "DATA", "data"; give one of them exactly as written',
    );
    expect(read('LOT')).toThrow('"LOT" names when case or surrounding spaces are ignored: " Lot ", "lot "');
    // Trimmed, "lot" names one sheet exactly: no need to ignore case.
    expect(await apf('lot')).toBe(8);
    expect(await apf(' Lot ')).toBe(7);
  });
});

describe('XLSX files that are not read', () => {
  it('refuses a sheet over the row limit, saying to save as CSV', async () => {
    const bytes = await sheet([['apf'], [1], [2], [3]]);
    const read = (maxRows: number) =>
      readXlsxBytes(bytes, 'big.xlsx', { mapping: new Map(), indicators: ALL, limits: { maxRows } });
    expect(read(4).records).toBe(3); // header + 3 rows: exactly at the limit
    expect(() => read(3)).toThrow(
      'big.xlsx has more than 3 rows in sheet "Sheet1", and .xlsx workbooks are read whole: save the sheet as CSV (Excel: "CSV UTF-8"), which streams',
    );
    // The data's size, not the call: a service answers 400 (developer-35 M3).
    expect(() => read(3)).toThrow(expect.objectContaining({ code: 'input' }));
  });

  it('refuses a sheet whose XML unpacks past the limit before unpacking it', async () => {
    const bytes = await sheet([['apf'], ...Array.from({ length: 50 }, (_, i) => [i])]);
    expect(() =>
      readXlsxBytes(bytes, 'bomb.xlsx', {
        mapping: new Map(),
        indicators: ALL,
        limits: { maxSheetXmlBytes: 1000 },
      }),
    ).toThrow(
      /bomb.xlsx is too large to read: its part xl\/worksheets\/sheet1.xml unpacks to .* save the sheet as CSV/,
    );
  });

  it('refuses a CSV named .xlsx, an old .xls, and a damaged zip, as usage errors', () => {
    const read = (bytes: Uint8Array) => () =>
      readXlsxBytes(bytes, 'x.xlsx', { mapping: new Map(), indicators: ALL });
    expect(read(new TextEncoder().encode('apf\n4.62\n'))).toThrow(
      'x.xlsx is not an .xlsx workbook (not a zip package)',
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(read(ole)).toThrow(/Excel 97–2003 \(\.xls\) workbook or a password-protected one/);
    const zip = rawWorkbook({ sheets: [{ name: 'S', body: '<sheetData/>' }] });
    expect(read(zip.slice(0, zip.length - 30))).toThrow(QgradeError);
    // A workbook cut short (an upload that stopped) says what to do, not only what the unzipper said (developer-44).
    let cut: unknown;
    try {
      read(zip.slice(0, zip.length / 2))();
    } catch (e) {
      cut = e;
    }
    expect((cut as QgradeError).code).toBe('input');
    expect((cut as QgradeError).text).toEqual({
      zh: '无法把 x.xlsx 读作 .xlsx 工作簿：zip 包无法解开（系统信息“invalid zip data”），文件已损坏或不完整；如果是传输中被截断，请重新发送；否则请在 Excel 或 WPS 中打开，重新另存为 .xlsx，或另存为 CSV',
      en: 'x.xlsx cannot be read as an .xlsx workbook: its zip package cannot be unpacked (invalid zip data), so the file is damaged or cut short; if it was cut short in a transfer, send it again; else open it in Excel or WPS and save it again as .xlsx, or as CSV',
    });
    // An empty file says so; stdin, which has no name to change, is told to give -i csv.
    expect(read(new Uint8Array(0))).toThrow('x.xlsx is empty (0 bytes), not an .xlsx workbook');
    const stdin = () =>
      readXlsxBytes(new TextEncoder().encode('apf\n4.62\n'), 'stdin', {
        mapping: new Map(),
        indicators: ALL,
      });
    expect(stdin).toThrow('stdin is not an .xlsx workbook (not a zip package); if it is CSV, give -i csv');
  });

  it('refuses a part whose bytes do not match its CRC-32, naming the part, in zh and en', async () => {
    const body =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>apf</t></is></c></row><row r="2"><c r="A2"><v>4.62</v></c></row></sheetData>';
    // Stored (not deflated) entries: a changed byte inflates without complaint, only the CRC tells.
    const stored = zipSync(unzipSync(rawWorkbook({ sheets: [{ name: 'S', body }] })), { level: 0 });
    const read = (bytes: Uint8Array) => () =>
      readXlsxBytes(bytes, 'x.xlsx', { mapping: new Map(), indicators: ALL });
    expect(read(stored)).not.toThrow();
    const at = Buffer.from(stored).indexOf('<v>4.62</v>');
    const damaged = stored.slice();
    damaged[at + 3] = '1'.charCodeAt(0); // 4.62 → 1.62
    let error: unknown;
    try {
      read(damaged)();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QgradeError);
    expect((error as QgradeError).code).toBe('input');
    expect((error as UsageError).text).toEqual({
      zh: '无法把 x.xlsx 读作 .xlsx 工作簿：其中的部件 xl/worksheets/sheet1.xml 已损坏（内容与其 CRC-32 校验值不符）；如果是传输中被截断，请重新发送；否则请在 Excel 或 WPS 中打开，重新另存为 .xlsx，或另存为 CSV',
      en: 'x.xlsx cannot be read as an .xlsx workbook: its part xl/worksheets/sheet1.xml is damaged (its contents do not match its CRC-32); if it was cut short in a transfer, send it again; else open it in Excel or WPS and save it again as .xlsx, or as CSV',
    });
  });

  it('computes the CRC-32 zip records, and reads it from the central directory', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const part = strToU8('<x/>');
    const crcs = centralCrcs(zipSync({ 'a/b.xml': part, '中.xml': part }));
    expect(crcs.get('a/b.xml')).toBe(crc32(part));
    expect(crcs.get('中.xml')).toBe(crc32(part));
    expect(centralCrcs(new Uint8Array(10)).size).toBe(0);
  });
});

describe('XLSX as other programs write it', () => {
  it('reads phonetic guides out, OOXML escapes, inline strings, prefixed elements and cells without references', async () => {
    const bytes = rawWorkbook({
      prefix: 'x',
      sharedStrings: [
        '<x:si><x:t>note</x:t></x:si>',
        '<x:si><x:t>apf</x:t></x:si>',
        // Rich text in two runs, with a phonetic guide that is not part of the value.
        '<x:si><x:r><x:t>空调</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> A&amp;B</x:t></x:r><x:rPh sb="0" eb="2"><x:t>kongtiao</x:t></x:rPh></x:si>',
        '<x:si><x:t>line_x000D_break _x005F_x000D_</x:t></x:si>',
      ],
      sheets: [
        {
          name: 'S',
          body:
            '<x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>' +
            '<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c><x:v>4.62</x:v></x:c></x:row>' +
            '<x:row><x:c t="s"><x:v>3</x:v></x:c><x:c t="inlineStr"><x:is><x:t>3.95</x:t></x:is></x:c></x:row>' +
            '</x:sheetData>',
        },
      ],
    });
    const items = await readItems(bytes, { indicators: ALL });
    expect(items.map(recordOf)).toEqual([
      { note: '空调 A&B', apf: 4.62 },
      { note: 'line\rbreak _x000D_', apf: 3.95 },
    ]);
  });

  it('refuses a formula whose result was not saved, even for text; reads a shared formula as a formula', async () => {
    const bytes = rawWorkbook({
      sharedStrings: ['<si><t>note</t></si>', '<si><t>apf</t></si>'],
      sheets: [
        {
          name: 'S',
          body:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
            '<row r="2"><c r="A2" t="str"><f>B2&amp;"x"</f></c><c r="B2"><f t="shared" ref="B2:B3" si="0">1+1</f><v>2</v></c></row>' +
            '<row r="3"><c r="A3" t="str"><f>"a"</f><v>a</v></c><c r="B3"><f t="shared" si="0"/><v>2</v></c></row>' +
            '</sheetData>',
        },
      ],
    });
    const items = await readItems(bytes, { indicators: ALL });
    expect(errorsOf(items[0])).toEqual([
      'note (note indicator) must be text: cell A2 holds a formula (=B2&"x") whose result the file does not hold: open and save it in Excel or WPS, or paste it as values',
      'apf (Annual performance factor (APF)) must be a number: cell B2 holds a formula (=1+1), and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values), or give --formulas saved to read the results the file saved (check the workbook was calculated before it was saved)',
    ]);
    expect(recordOf(items[1]).note).toBe('a');
    expect(errorsOf(items[1])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: cell B3 holds a formula, and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values), or give --formulas saved to read the results the file saved (check the workbook was calculated before it was saved)',
    ]);
  });

  it('a row whose indicator cells are formulas with no saved result is a record naming them, not notes', async () => {
    // A: a sample id, B: apf, C: a remark; row 2 has only its id and an apf formula, row 3 only the formula,
    // row 4 the formula and a remark. Before, rows 2–4 read as blank or notes rows and were skipped.
    const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const bytes = rawWorkbook({
      sheets: [
        {
          name: 'S',
          body:
            `<sheetData><row r="1">${text('A1', '样品编号')}${text('B1', 'apf')}${text('C1', '备注')}</row>` +
            `<row r="2">${text('A2', 'K1')}<c r="B2"><f>D2*1</f></c></row>` +
            '<row r="3"><c r="B3"><f>D3*1</f></c></row>' +
            `<row r="4"><c r="B4"><f>D4*1</f></c>${text('C4', '复检')}</row>` +
            '</sheetData>',
        },
      ],
    });
    const items = await readItems(bytes, { indicators: ALL });
    expect(items.map((i) => 'notesOnly' in i && i.notesOnly !== undefined)).toEqual([false, false, false]);
    expect(items.map((i) => errorsOf(i)[0])).toEqual(
      ['B2', 'B3', 'B4'].map(
        (at) =>
          `apf (Annual performance factor (APF)) must be a number: cell ${at} holds a formula (=${at.replace('B', 'D')}*1), and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values)`,
      ),
    );
  });

  it("tells the unread columns whose record cells are formulas with no saved result (the sheet's own 总分)", () => {
    const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const bytes = rawWorkbook({
      sheets: [
        {
          name: 'S',
          body:
            `<sheetData><row r="1">${text('A1', 'apf')}${text('B1', '总分')}${text('C1', '等级')}${text('D1', '备注')}</row>` +
            // 总分 unsaved in rows 2 and 3, saved in 4; 等级 saved; the apf formula is an indicator's (refused there).
            '<row r="2"><c r="A2"><v>4.6</v></c><c r="B2"><f>A2*20</f></c><c r="C2" t="str"><f>"一级"</f><v>一级</v></c></row>' +
            '<row r="3"><c r="A3"><f>4.6</f></c><c r="B3"><f>A3*20</f></c></row>' +
            '<row r="4"><c r="A4"><v>4.6</v></c><c r="B4"><f>A4*20</f><v>92</v></c></row>' +
            // Filled down over no values: a blank row, not counted.
            '<row r="5"><c r="B5"><f>A5*20</f></c></row>' +
            '</sheetData>',
        },
      ],
    });
    const source = readXlsxBytes(bytes, 'own.xlsx', { mapping: new Map(), indicators: ALL });
    expect(source.header?.unsavedFormulas).toEqual(
      new Map([[1, { cells: 2, first: { at: 'B2', formula: 'A2*20' } }]]),
    );
    const saved = rawWorkbook({
      sheets: [
        {
          name: 'S',
          body: `<sheetData><row r="1">${text('A1', 'apf')}${text('B1', '总分')}</row><row r="2"><c r="A2"><v>4.6</v></c><c r="B2"><f>A2*20</f><v>92</v></c></row></sheetData>`,
        },
      ],
    });
    expect(
      readXlsxBytes(saved, 'saved.xlsx', { mapping: new Map(), indicators: ALL }).header?.unsavedFormulas,
    ).toBeUndefined();
  });

  it('reads dates of the 1904 system, and Chinese built-in date formats', async () => {
    const body = (s: number) =>
      `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" s="${s}"><v>45352</v></c></row></sheetData>`;
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="176"/></cellXfs>';
    const read = async (s: number, date1904: boolean) =>
      recordOf(
        (
          await readItems(
            rawWorkbook({
              sharedStrings: ['<si><t>note</t></si>'],
              styles,
              date1904,
              sheets: [{ name: 'S', body: body(s) }],
            }),
            { indicators: ALL },
          )
        )[0],
      ).note;
    expect(await read(0, false)).toBe('45352'); // General: a number, as text
    expect(await read(1, false)).toBe('2024-03-01'); // built-in 31: yyyy"年"m"月"d"日"
    expect(await read(2, false)).toBe('2024-03-01');
    expect(await read(2, true)).toBe('2028-03-02'); // 45352 days after 1904-01-01
  });

  it('an unreadable row keeps the text of its other cells, so a kept column still names it', async () => {
    const bytes = rawWorkbook({
      sharedStrings: ['<si><t>apf</t></si>', '<si><t>型号</t></si>', '<si><t>T6</t></si>'],
      sheets: [
        {
          name: 'S',
          body:
            '<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>' +
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="b"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    const [item] = await readItems(bytes, { indicators: ALL });
    expect(item).toMatchObject({ row: 1, texts: { 型号: 'T6' } });
    expect(item).toHaveProperty('unreadable');
  });

  it('makes a row with a broken cell an unreadable row in its place, and reads the others', async () => {
    const bytes = rawWorkbook({
      sharedStrings: ['<si><t>apf</t></si>'],
      sheets: [
        {
          name: 'S',
          body:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
            '<row r="2"><c r="A2"><v>4.5</v></c></row>' +
            '<row r="3"><c r="A3" t="s"><v>9</v></c></row>' +
            '<row r="4"><c r="A4" t="b"><v>2</v></c></row>' +
            '<row r="5"><c r="A5"><v>3.9</v></c></row>' +
            '<row r="6"><c r="A6"><v>0x10</v></c></row>' +
            '<row r="7"><c r="A7"><v>4.6200000000000001</v></c></row></sheetData>',
        },
      ],
    });
    const items = await readItems(bytes, { indicators: ALL });
    expect(items).toEqual([
      { row: 1, place: { sheetRow: 2 }, columns: { apf: ['A'] }, record: { apf: 4.5 } },
      {
        row: 2,
        unreadable: {
          zh: '工作表第 3 行无法读取：单元格 A3 指向共享字符串 9，文件中没有该字符串',
          en: 'sheet row 3 cannot be read: cell A3 points to shared string 9, which the file does not have',
        },
      },
      {
        row: 3,
        unreadable: {
          zh: '工作表第 4 行无法读取：单元格 A4 的值 "2" 与其类型不符',
          en: 'sheet row 4 cannot be read: cell A4 holds "2", which does not fit its type',
        },
      },
      { row: 4, place: { sheetRow: 5 }, columns: { apf: ['A'] }, record: { apf: 3.9 } },
      // A number cell's numeral that is no number is its field's error, as the CSV cell 0x10 is (developer-36 M1).
      {
        row: 5,
        place: { sheetRow: 6 },
        columns: { apf: ['A'] },
        record: { apf: '0x10' },
        conversionErrors: [
          {
            field: 'apf',
            code: 'wrong-type',
            message: {
              zh: '全年能源消耗效率 APF 应为数值："0x10" 不是十进制写法，应写十进制数（单元格 A6）',
              en: 'apf (Annual performance factor (APF)) must be a number: "0x10" is not decimal: write the number in decimal digits (cell A6)',
            },
          },
        ],
      },
      // Excel writes 17 digits; the cell is read at its 15.
      { row: 6, place: { sheetRow: 7 }, columns: { apf: ['A'] }, record: { apf: 4.62 } },
    ]);
  });

  it("reads a number cell beyond the range of numbers as a field error naming its cell, the row's other fields read (developer-36 M1)", async () => {
    const bytes = rawWorkbook({
      sharedStrings: [
        '<si><t>apf</t></si>',
        '<si><t>count</t></si>',
        '<si><t>note</t></si>',
        '<si><t>型号</t></si>',
      ],
      sheets: [
        {
          name: 'S',
          body:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
            '<row r="2"><c r="A2"><v>1E+400</v></c><c r="B2"><v>1.5</v></c><c r="C2"><v>-1E+400</v></c><c r="D2"><v>7</v></c></row>' +
            '<row r="3"><c r="A3"><v>Infinity</v></c><c r="B3"><v>1E+400</v></c></row></sheetData>',
        },
      ],
    });
    const items = await readItems(bytes, { indicators: ALL });
    // As CSV says them ("1e400" is beyond the range of numbers (line 2, column 3)), with the cell; count's 1.5 still
    // read (the grader checks it), a string indicator and an unread column take the numeral as written, as from CSV.
    expect(errorsOf(items[0])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: "1E+400" is beyond the range of numbers (cell A2)',
    ]);
    expect(recordOf(items[0])).toMatchObject({ count: 1.5, note: '-1E+400', 型号: '7' });
    expect(items[1]).not.toHaveProperty('unreadable');
    expect(errorsOf(items[1])).toEqual([
      'apf (Annual performance factor (APF)) must be a number: "Infinity" is not a finite number (cell A3)',
      'count (count indicator) must be an integer: "1E+400" is beyond the range of numbers (cell B3)',
    ]);
    const zh = (items[0] as { conversionErrors: { message: { zh: string } }[] }).conversionErrors[0]!.message
      .zh;
    expect(zh).toBe('全年能源消耗效率 APF 应为数值："1E+400" 超出数值范围（单元格 A2）');
  });

  it('stops (exit 2) when text cells point into a shared-string part the file does not have', async () => {
    const bytes = rawWorkbook({
      sharedStrings: null,
      sheets: [
        {
          name: 'S',
          body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>4.5</v></c></row></sheetData>',
        },
      ],
    });
    const read = readItems(bytes, { indicators: ALL });
    await expect(read).rejects.toThrow(QgradeError);
    await expect(read).rejects.toThrow(
      /cell A1 points to a shared string, and the file has no shared-string part xl\/sharedStrings\.xml/,
    );
  });
});
