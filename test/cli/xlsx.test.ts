/**
 * `qgrade grade` on an .xlsx workbook headed in Chinese, writing an .xlsx
 * workbook: the CLI run in-process (its `run`), the workbook read back by
 * exceljs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/program';
import { loadRuleSet } from '../../src/index';
import { readRecords } from '../../src/input/read-records';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { readBack } from '../report/xlsx/read-back';

const AC = 'home-appliances/room-air-conditioner-energy';
const MAP = ['--map', '额定制冷量=ratedCoolingCapacity', '--map', 'APF=apf', '--map', 'SEER=seer'];
const dir = mkdtempSync(join(tmpdir(), 'qgrade-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
});

/** Runs the CLI in-process; returns the exit code and what it wrote to stderr. */
async function qgrade(...args: string[]): Promise<{ code: number; stderr: string }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
  try {
    const code = await run(['node', 'qgrade', ...args]);
    return { code, stderr: written.join('') };
  } finally {
    spy.mockRestore();
    process.exitCode = undefined;
  }
}

/** Samples as a committee's workbook holds them: a title row, Chinese headings, numbers typed as text and full-width. */
async function samples(): Promise<string> {
  const bytes = await exceljsWorkbook((wb) => {
    wb.addWorksheet('说明').addRow(['本表为 2024 年抽检样品']);
    const ws = wb.addWorksheet('样品');
    ws.addRow(['2024 年房间空调器能效抽检']);
    ws.mergeCells('A1:E1');
    ws.addRow(['型号', '机组类型', '额定制冷量', 'APF', 'SEER']);
    ws.addRow(['KFR-26GW/A1', 'heat-pump', 2600, 5.27, null]);
    ws.addRow(['KFR-35GW/B3', 'heat-pump', 3500, '4.62', null]); // a number stored as text
    ws.addRow(['KFR-50LW/C2', 'heat-pump', '５０００', '３．９５', null]); // full-width digits
    ws.addRow(['KF-26GW/E5', 'cooling-only', 2600, null, 5.41]);
    ws.addRow([]);
    ws.addRow(['KFR-72LW/D1', 'heat-pump', 7200, 3.15, null]);
    ws.addRow(['RF-160W/G1', 'heat-pump', 16000, 4.1, null]);
    ws.addRow(['KFR-35GW/H0', 'heat-pump', 3500, null, null]);
    ws.addRow(['KFR-35GW/F1', 'heat-pump', 3500, null, null]);
    ws.getCell('D11').value = { formula: '4.5+0.1', result: 4.6 };
  });
  const path = join(dir, 'samples.xlsx');
  writeFileSync(path, bytes);
  return path;
}

describe('qgrade grade on an .xlsx workbook headed in Chinese', () => {
  it('grades each row of the sheet named, and writes results and summary to an .xlsx file', async () => {
    const input = await samples();
    const out = join(dir, 'graded.xlsx');
    const { code, stderr } = await qgrade(
      '--lang',
      'zh',
      'grade',
      '-r',
      AC,
      ...MAP,
      '--sheet',
      '样品',
      input,
      '-f',
      'xlsx',
      '-o',
      out,
    );
    expect(code).toBe(1); // two invalid rows
    expect(stderr).toContain('共 8 条记录：已分级 5，不分级 1，无效 2');
    const [results, summary] = await readBack(new Uint8Array(readFileSync(out)));
    expect(results!.name).toBe('结果');
    // GB 21455-2019 APF/SEER tables: 5.27 ≥ 5.00 → 1; 4.62 in [4.50, 5.00) → 2; 3.95 at 5000 W in [3.50, 4.00) → 3;
    // SEER 5.41 in [5.40, 5.80) → 2; 3.15 at 7200 W in [3.10, 3.20) → 5; 16000 W out of scope; no APF; a formula.
    // The 型号 column is found as the sample id and kept first.
    expect(results!.rows[0]![0]).toBe('型号');
    expect(results!.rows[1]![0]).toBe('KFR-26GW/A1');
    expect(results!.rows.slice(1).map((r) => [r[1], r[2]])).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '3'],
      [4, '2'],
      [5, '5'],
      [6, null],
      [7, null],
      [8, null],
    ]);
    expect(results!.rows[6]![4]).toBe('超出适用范围');
    expect(results!.rows[8]![6]).toContain('单元格 D11 是公式（=4.5+0.1），qgrade 不计算公式');
    expect(summary!.rows.find((r) => r[0] === '合计')?.[2]).toBe(8);
  });

  it('-f xlsx with --workers grades on this thread and writes the same workbook (docs/cli.md)', async () => {
    const one = join(dir, 'one.xlsx');
    const two = join(dir, 'two.xlsx');
    const input = join(import.meta.dirname, '../../examples/room-air-conditioners.json');
    const args = ['grade', '-r', AC, '-f', 'xlsx', input, '-o'];
    expect((await qgrade(...args, one)).code).toBe(1);
    expect((await qgrade(...args, two, '--workers', '2')).code).toBe(1);
    const [a] = await readBack(new Uint8Array(readFileSync(one)));
    const [b] = await readBack(new Uint8Array(readFileSync(two)));
    expect(b!.rows).toEqual(a!.rows);
  });

  it('reads the 型号 column as a field of each record, passed through as text', async () => {
    const ruleSet = await loadRuleSet(AC);
    const source = await readRecords(await samples(), {
      mapping: new Map([
        ['额定制冷量', 'ratedCoolingCapacity'],
        ['APF', 'apf'],
        ['SEER', 'seer'],
      ]),
      indicators: ruleSet.indicators,
      sheet: '样品',
    });
    const first = (await source.items[Symbol.asyncIterator]().next()).value;
    expect(source.format).toBe('xlsx');
    expect(first).toEqual({
      row: 1,
      place: { sheetRow: 3 },
      // Every indicator column's letters: a value out of range names its cell (fix-left5b-35 M7).
      columns: { unitType: ['B'], ratedCoolingCapacity: ['C'], apf: ['D'], seer: ['E'] },
      record: { 型号: 'KFR-26GW/A1', unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 5.27 },
      // Its SEER cell is empty: a missing value there is told by its cell (committee-24 C7).
      cellsOf: {
        sheetRow: 3,
        letters: { unitType: 'B', ratedCoolingCapacity: 'C', apf: 'D', seer: 'E' },
      },
    });
  });

  it('refuses -f xlsx without -o, -o for other formats, --sheet for CSV, and a sheet that does not exist', async () => {
    const input = await samples();
    const csv = join(dir, 'samples.csv');
    writeFileSync(csv, '机组类型,额定制冷量,APF\nheat-pump,3500,4.62\n');
    const cases: [string[], string][] = [
      [['grade', '-r', AC, input, '-f', 'xlsx'], '-f xlsx writes a file: give one with -o'],
      [['grade', '-r', AC, input, '-f', 'xlsx', '-o', join(dir, 'x.csv')], 'name it .xlsx'],
      [['grade', '-r', AC, csv, '-o', join(dir, 'x.xlsx')], '-o is for -f xlsx'],
      [['grade', '-r', AC, '--sheet', '2', csv], '--sheet is for .xlsx workbooks'],
      [['grade', '-r', AC, '--sheet', '汇总', input], 'has no sheet "汇总"; its sheets: 1 "说明", 2 "样品"'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await qgrade(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
  });

  it('reads a workbook without the .xlsx extension with --input-format xlsx, and says so when it is not given', async () => {
    const ruleSet = await loadRuleSet(AC);
    const path = join(dir, 'samples-without-extension');
    writeFileSync(path, readFileSync(await samples()));
    const read = (format?: 'xlsx') =>
      readRecords(path, {
        mapping: new Map(),
        indicators: ruleSet.indicators,
        sheet: '样品',
        ...(format ? { format } : {}),
      });
    expect((await read('xlsx')).format).toBe('xlsx');
    await expect(read()).rejects.toThrow('--sheet is for .xlsx workbooks');
    const { code, stderr } = await qgrade('grade', '-r', AC, path);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'is a zip package, such as an .xlsx workbook: name it .xlsx, or give --input-format xlsx',
    );
  });
});
