/**
 * A lab sheet's two-row header: group headings merged across columns
 * (力学性能 over 下屈服强度 ReL | 抗拉强度 Rm …) and the headings without a
 * group merged down over both rows. Each workbook is graded against the
 * same data under a one-row header: the results must be the same, row for
 * row.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const STEEL = 'steel/hot-rolled-ribbed-bar';
const GROUPS = [
  '样品编号',
  '牌号',
  '公称直径 d',
  '力学性能',
  null,
  null,
  null,
  '化学成分',
  null,
  null,
  null,
  null,
  '重量偏差',
  '弯曲试验',
];
const NAMES = [
  '下屈服强度 ReL',
  '抗拉强度 Rm',
  '断后伸长率 A',
  '最大力总延伸率 Agt',
  '碳 C',
  '硅 Si',
  '锰 Mn',
  '磷 P',
  '硫 S',
];
/** The one-row header the two rows stand for. */
const ONE_ROW = ['样品编号', '牌号', '公称直径 d', ...NAMES, '重量偏差', '弯曲试验'];
const DATA = [
  ['S1', 'HRB400', 20, 455, 600, 20, 10, 0.22, 0.5, 1.3, 0.03, 0.03, -3, true],
  ['S2', 'HRB400E', 25, 430, 580, 18, 9.5, 0.24, 0.6, 1.4, 0.035, 0.03, -2, true],
  ['S3', 'HRB400', 16, 380, 560, 17, 8, 0.2, 0.5, 1.2, 0.03, 0.03, -4, true], // ReL under 400
];

/** The two header rows as a lab sheet has them, from sheet row `top`, with the merges. */
function twoRows(ws: ExcelJS.Worksheet, top: number, lower: (string | null)[] = NAMES): void {
  ws.addRow(GROUPS);
  ws.addRow([null, null, null, ...lower, null, null]);
  const b = top + 1;
  for (const c of ['A', 'B', 'C', 'M', 'N']) ws.mergeCells(`${c}${top}:${c}${b}`);
  ws.mergeCells(`D${top}:G${top}`);
  ws.mergeCells(`H${top}:L${top}`);
}

async function xlsx(file: string, build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const path = join(temp(), file);
  writeFileSync(path, await exceljsWorkbook((wb) => build(wb.addWorksheet('数据'))));
  return path;
}

/** The same data under a one-row header: what the two-row sheets must grade the same as. */
function oneRow(header = ONE_ROW): Promise<string> {
  return xlsx(`one-row-${header.join('').length}.xlsx`, (ws) => {
    ws.addRow(header);
    for (const r of DATA) ws.addRow(r);
  });
}

async function graded(path: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', STEEL, '-f', 'ndjson', ...args, path]);
  return {
    code: run.code,
    results: run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
  };
}

describe.concurrent('an .xlsx two-row header: group headings merged across columns', () => {
  it('grades a two-row header exactly as the same data under one row', async () => {
    const path = await xlsx('two-row.xlsx', (ws) => {
      twoRows(ws, 1);
      for (const r of DATA) ws.addRow(r);
    });
    const two = await graded(path);
    // S3 does not conform (ReL 380): the data is read, not only the header.
    expect(two.results.map((r) => [r.row, r.kept.样品编号, r.grade])).toEqual([
      [1, 'S1', 'conforming'],
      [2, 'S2', 'conforming'],
      [3, 'S3', null],
    ]);
    expect(two).toEqual(await graded(await oneRow()));
  });

  it('nothing merged (group headings typed in their first cell, the cells after them empty): read as the CSV is (committee-29 W1)', async () => {
    const path = await xlsx('two-row-unmerged.xlsx', (ws) => {
      ws.addRow(GROUPS);
      ws.addRow([null, null, null, ...NAMES, null, null]);
      for (const r of DATA) ws.addRow(r);
    });
    expect(await graded(path)).toEqual(await graded(await oneRow()));
  });

  it('skips a title above a two-row header, whichever of the two rows names the indicators', async () => {
    // The upper row names no indicator (样品编号 is not one, and 牌号 sits in the lower row): the lower row is found first.
    const groups = [
      '样品编号',
      '样品信息',
      null,
      '力学性能',
      null,
      null,
      null,
      '化学成分',
      null,
      null,
      null,
      null,
    ];
    const lower = [null, '牌号', '公称直径 d', ...NAMES, '重量偏差', '弯曲试验'];
    const path = await xlsx('titled.xlsx', (ws) => {
      ws.addRow(['2025年螺纹钢抽检结果']);
      ws.mergeCells('A1:N1');
      ws.addRow([...groups, '其他', null]);
      ws.addRow(lower);
      ws.mergeCells('B2:C2');
      ws.mergeCells('D2:G2');
      ws.mergeCells('H2:L2');
      ws.mergeCells('M2:N2');
      for (const r of DATA) ws.addRow(r);
    });
    // 样品编号 is in the upper row only, not merged down: the lower row alone would leave the column unnamed.
    expect(await graded(path)).toEqual(await graded(await oneRow()));
    const titled = await xlsx('titled-upper.xlsx', (ws) => {
      ws.addRow(['2025年螺纹钢抽检结果']);
      ws.mergeCells('A1:N1');
      twoRows(ws, 2);
      for (const r of DATA) ws.addRow(r);
    });
    expect(await graded(titled)).toEqual(await graded(await oneRow()));
  });

  it('maps a sub-heading with --map', async () => {
    const lower = ['屈服强度', ...NAMES.slice(1)];
    const path = await xlsx('mapped.xlsx', (ws) => {
      twoRows(ws, 1, lower);
      for (const r of DATA) ws.addRow(r);
    });
    const map = ['--map', '屈服强度=yieldStrength'];
    const two = await graded(path, ...map);
    expect(two.results[2].criteria.find((c: { id: string }) => c.id.startsWith('yield')).value).toBe(380);
    expect(two).toEqual(
      await graded(
        await oneRow(['样品编号', '牌号', '公称直径 d', ...lower, '重量偏差', '弯曲试验']),
        ...map,
      ),
    );
  });

  it('names the sheet row and cell in messages: the first record is row 3', async () => {
    const path = await xlsx('bad-cell.xlsx', (ws) => {
      twoRows(ws, 1);
      ws.addRow(['S1', 'HRB400', 20, '４５５ GPa', ...DATA[0]!.slice(4)]);
      ws.addRow(DATA[1]!);
      ws.addRow(DATA[2]!);
      ws.getCell('E5').value = { formula: '580+0', result: 580 };
    });
    const { results } = await graded(path);
    expect(results.map((r) => r.row)).toEqual([1, 2, 3]);
    const messages = (r: { errors: { message: { en: string } }[] }) =>
      r.errors.map((e) => e.message.en).join('\n');
    expect(messages(results[0])).toContain('cell D3');
    expect(messages(results[2])).toContain('cell E5 holds a formula (=580+0)');
  });
});

describe.concurrent('an .xlsx one-row header with a heading merged across columns (F0, hostile-18)', () => {
  const AC = 'home-appliances/room-air-conditioner-energy';
  const acGraded = async (path: string) => {
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--detail', 'grade', path]);
    return {
      code: run.code,
      results: run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    };
  };
  /** The same rows saved as CSV, as Excel saves a merged cell: its text in the first cell, nothing in the others. */
  const csv = (file: string, rows: (string | number)[][]) => {
    const path = join(temp(), file);
    writeFileSync(path, `${rows.map((r) => r.join(',')).join('\n')}\n`);
    return path;
  };
  const HEAD = ['型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];

  it('a remark column merged over two cells, the first record with a remark: read as one row, as the CSV is', async () => {
    const rows = [
      [...HEAD, '备注', ''],
      ['KFR-35GW', 'heat-pump', 3500, 4.62, '复检', ''],
      ['KFR-26GW', 'heat-pump', 2600, 5.27, '', ''],
      ['KF-50LW', 'heat-pump', 5000, 3.95, '', ''],
    ];
    const path = await xlsx('note.xlsx', (ws) => {
      for (const r of rows) ws.addRow(r.map((v) => (v === '' ? null : v)));
      ws.mergeCells('E1:F1');
    });
    const sheet = await acGraded(path);
    expect(sheet.code).toBe(0);
    expect(sheet.results.map((r) => [r.row, r.kept.型号, r.grade])).toEqual([
      [1, 'KFR-35GW', '2'],
      [2, 'KFR-26GW', '1'],
      [3, 'KF-50LW', '3'],
    ]);
    expect(sheet).toEqual(await acGraded(csv('note.csv', rows)));
  });

  it('a model split in two cells under 型号 merged over both: every row a record, as the CSV', async () => {
    const rows = [
      ['型号', '', ...HEAD.slice(1)],
      ['KFR', '35GW', 'heat-pump', 3500, 4.62],
      ['KFR', '26GW', 'heat-pump', 2600, 5.27],
    ];
    const path = await xlsx('split-id.xlsx', (ws) => {
      for (const r of rows) ws.addRow(r.map((v) => (v === '' ? null : v)));
      ws.mergeCells('A1:B1');
    });
    const sheet = await acGraded(path);
    expect(sheet.code).toBe(0);
    expect(sheet.results.map((r) => [r.row, r.grade])).toEqual([
      [1, '2'],
      [2, '1'],
    ]);
    expect(sheet).toEqual(await acGraded(csv('split-id.csv', rows)));
  });

  it('a title merged wider than the table, a report number beside it: the header is row 2', async () => {
    const path = await xlsx('title-wide.xlsx', (ws) => {
      ws.addRow(['2024 年空调抽检结果', null, null, null, null, null, '报告编号 QC-001']);
      ws.mergeCells('A1:F1');
      ws.addRow(HEAD);
      ws.addRow(['K1', 'heat-pump', 2600, 5.27]);
      ws.addRow(['K2', 'heat-pump', 3500, 4.62]);
    });
    const sheet = await acGraded(path);
    expect(sheet.code).toBe(0);
    expect(sheet.results.map((r) => [r.row, r.kept.型号, r.grade])).toEqual([
      [1, 'K1', '1'],
      [2, 'K2', '2'],
    ]);
  });
});
