/**
 * Specimen columns numbered after the indicator's name (`下屈服强度1(MPa) | 下屈服强度2(MPa)`, `ReL-1 | ReL-2`), in a
 * one-row header or under the indicator's heading merged across them, and under a group heading that names
 * nothing (newcomer-38 W1, M5, M6); a report's particulars line above the header (`报告编号：…`, `检验日期：…`) is
 * not a row of group headings. Each sheet is graded against the same data under a header that writes the
 * label in each specimen column (documented to read as its specimens): the results must be the same, row for row.
 * GB/T 1499.2-2018 HRB400: ReL ≥ 400 MPa for each specimen (two ReL and two Rm specimens, as they pair); S1's second specimen is at 400, S2's at 399, so S2
 * does not conform only if the second specimen column is read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { CONFORMING_BAR, REBAR_LABELS } from '../rebar-row';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';

const FRONT = ['样品编号', ...REBAR_LABELS.slice(0, 2)];
// Rm twice: ReL and Rm pair by specimen.
const BACK = ['抗拉强度 Rm', ...REBAR_LABELS.slice(3)];
const bar = (id: string, second: string) => [
  id,
  ...CONFORMING_BAR.slice(0, 2),
  '455',
  second,
  '600',
  '600',
  ...CONFORMING_BAR.slice(4),
];
const DATA = [bar('S1', '400'), bar('S2', '399')];
/** The header the others must read as: the label with its unit in each specimen column. */
const REFERENCE = [...FRONT, '下屈服强度 ReL/MPa', '下屈服强度 ReL/MPa', ...BACK];
// As Excel saves it, as wide as the table (a shorter CSV line is a title line).
const PARTICULARS = [
  '报告编号：BL-2026-1130',
  ...Array(7).fill(null),
  '检验日期：2026-11-30',
  ...Array(8).fill(null),
];

const csvText = (rows: readonly (readonly unknown[])[]) =>
  `${rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\n')}\n`;

function csv(file: string, rows: readonly (readonly unknown[])[]): string {
  const path = join(temp(), file);
  writeFileSync(path, csvText(rows));
  return path;
}

async function xlsx(file: string, build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const path = join(temp(), file);
  writeFileSync(path, await exceljsWorkbook((wb) => build(wb.addWorksheet('抽检结果'))));
  return path;
}

async function graded(path: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', STEEL, '-f', 'ndjson', ...args, path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { row: number; grade: string | null; kept?: Record<string, unknown> });
  return { code: run.code, results, stderr: run.stderr };
}

/** Exit 2, the message in English and in Chinese. */
async function refused(path: string, en: string, zh: string): Promise<void> {
  for (const [lang, text] of [
    ['en', en],
    ['zh', zh],
  ] as const) {
    const run = await cli.run(['--lang', lang, 'grade', '-r', STEEL, path]);
    expect(run.code, lang).toBe(2);
    expect(run.stderr, lang).toContain(text);
  }
}

const shape = (results: { row: number; grade: string | null; kept?: Record<string, unknown> }[]) =>
  results.map((r) => [r.row, r.kept?.样品编号, r.grade]);

/** What every layout must grade as: S1 conforms (ReL 400 at the limit), S2 does not (399 in its 2nd specimen). */
async function reference(): Promise<unknown> {
  const run = await graded(csv('reference.csv', [REFERENCE, ...DATA]));
  expect(shape(run.results)).toEqual([
    [1, 'S1', 'conforming'],
    [2, 'S2', null],
  ]);
  return run.results;
}

describe('specimen columns numbered after the indicator name, one-row header (newcomer-38 M5)', () => {
  const forms: [string, string][] = [
    ['下屈服强度1(MPa)', '下屈服强度2(MPa)'],
    ['下屈服强度1（MPa）', '下屈服强度2（MPa）'],
    ['下屈服强度 ReL 1/MPa', '下屈服强度 ReL 2/MPa'],
    ['下屈服强度 ReL-1', '下屈服强度 ReL-2'],
    ['下屈服强度 ReL_1', '下屈服强度 ReL_2'],
    ['下屈服强度 ReL#1', '下屈服强度 ReL#2'],
    ['下屈服强度 ReL①', '下屈服强度 ReL②'],
    ['下屈服强度 ReL１', '下屈服强度 ReL２'],
    ['ReL1', 'ReL2'],
  ];
  it.each(forms)(
    '%s | %s: CSV and .xlsx read both as ReL specimens, graded as the reference',
    async (a, b) => {
      const expected = await reference();
      const header = [...FRONT, a, b, ...BACK];
      const book = await xlsx(`one-${a.length}-${a.codePointAt(a.length - 1)}.xlsx`, (ws) => {
        ws.addRow(header);
        for (const r of DATA) ws.addRow(r);
      });
      const flat = csv(`one-${a.length}-${a.codePointAt(a.length - 1)}.csv`, [header, ...DATA]);
      for (const path of [flat, book]) {
        const run = await graded(path);
        expect(run.results, path).toEqual(expected);
        expect(run.code, path).toBe(0);
      }
    },
  );

  it('--workers 2 reads them the same', async () => {
    const expected = await reference();
    const header = [...FRONT, '下屈服强度1(MPa)', '下屈服强度2(MPa)', ...BACK];
    const flat = csv('workers.csv', [header, ...DATA]);
    const book = await xlsx('workers.xlsx', (ws) => {
      ws.addRow(header);
      for (const r of DATA) ws.addRow(r);
    });
    for (const path of [flat, book])
      expect((await graded(path, '--workers', '2')).results, path).toEqual(expected);
  });

  it('numbered in another unit: exit 2, the unit refused as a header unit is (en, zh)', async () => {
    const path = csv('kn.csv', [[...FRONT, '下屈服强度1(kN)', '下屈服强度2(kN)', ...BACK], ...DATA]);
    await refused(
      path,
      // Both specimen columns in one message (fix-units8 groups a run of columns in one unit).
      'columns 4–5 ("下屈服强度(kN)") are in kN, but the indicator yieldStrength (Lower yield strength ReL) is in MPa',
      '第 4–5 列“下屈服强度(kN)”的单位是 kN，而指标 yieldStrength（下屈服强度 ReL）的单位是 MPa',
    );
  });

  it('not numbered 1, 2 in order, or one column alone: not guessed, the --map hint names the column (en, zh)', async () => {
    for (const [a, b] of [
      ['ReL1', 'ReL3'],
      ['ReL2', 'ReL1'],
    ]) {
      const path = csv(`order-${a}${b}.csv`, [[...FRONT, a, b, ...BACK], ...DATA]);
      const en = await graded(path);
      expect(en.results.map((r) => r.grade)).toEqual([null, null]);
      expect(en.stderr).toContain(`if it is that indicator, add --map ${a}=yieldStrength`);
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, path]);
      expect(zh.stderr).toContain(`--map ${a}=yieldStrength`);
    }
  });

  it('with a unit, not read: the hint reads the unit after the number, not "1(MPa)" (en, zh)', async () => {
    // In the indicator's unit: a --map, never "convert its values to MPa" (they are in MPa).
    const own = csv('own-unit.csv', [[...FRONT, '下屈服强度1(MPa)', '下屈服强度3(MPa)', ...BACK], ...DATA]);
    const en = await graded(own);
    expect(en.stderr).toContain(
      `the column "下屈服强度1(MPa)" is close to the indicator yieldStrength (Lower yield strength ReL) but is not read as it; if it is that indicator, add --map '下屈服强度1(MPa)=yieldStrength'`,
    );
    expect(en.stderr).not.toContain('in 1(MPa)');
    expect(en.stderr).not.toContain('convert');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, own]);
    expect(zh.stderr).toContain(`--map '下屈服强度1(MPa)=yieldStrength'`);
    expect(zh.stderr).not.toContain('换算');
    // In another unit: that unit, and convert.
    const other = csv('other-unit.csv', [[...FRONT, '下屈服强度1(kN)', '下屈服强度3(kN)', ...BACK], ...DATA]);
    const kn = await graded(other);
    expect(kn.stderr).toContain(
      'the column "下屈服强度1(kN)" seems to be the indicator yieldStrength (Lower yield strength ReL) in kN, while the indicator is in MPa, so it is not read as it; if it is that indicator, convert its values to MPa',
    );
    const knZh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, other]);
    expect(knZh.stderr).toContain(
      '“下屈服强度1(kN)”列似乎是指标 yieldStrength（下屈服强度 ReL），但单位是 kN，而该指标的单位是 MPa',
    );
  });

  it('five numbered columns for an indicator that takes four: exit 2 naming the columns (en, zh)', async () => {
    const header = [...FRONT, ...[1, 2, 3, 4, 5].map((k) => `ReL${k}`), ...BACK];
    const rows = DATA.map((r) => [...r.slice(0, 5), '450', '450', '450', ...r.slice(5)]);
    const path = csv('five.csv', [header, ...rows]);
    await refused(
      path,
      'columns 4–8 ("ReL") all give specimen values of the indicator yieldStrength (Lower yield strength ReL), 5 columns, and it takes at most 4 specimens',
      '第 4–8 列（“ReL”）都给出指标 yieldStrength（下屈服强度 ReL）的试样值，共 5 列，而它最多取 4 个试样',
    );
  });
});

describe('numbered specimens under the indicator heading, a report line above (newcomer-38 W1)', () => {
  /** Title, particulars, the heading `下屈服强度 ReL(MPa)` over D:E with `lower` under it, the rest merged down. */
  function sheet(lower: readonly unknown[], merged: boolean) {
    return (ws: ExcelJS.Worksheet) => {
      ws.addRow(['2026年第四季度螺纹钢抽检结果']);
      ws.mergeCells('A1:Q1');
      ws.addRow(PARTICULARS);
      ws.addRow([...FRONT, '下屈服强度 ReL(MPa)', null, ...BACK]);
      ws.addRow([null, null, null, ...lower, ...BACK.map(() => null)]);
      ws.mergeCells('D3:E3');
      if (merged)
        for (const c of ['A', 'B', 'C', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'])
          ws.mergeCells(`${c}3:${c}4`);
      for (const r of DATA) ws.addRow(r);
      ws.addRow(['检验员：张三    审核：李四']);
    };
  }
  const lowers: (readonly unknown[])[] = [
    ['下屈服强度1', '下屈服强度2'],
    ['ReL-1', 'ReL-2'],
    ['下屈服强度 ReL 1', '下屈服强度 ReL 2'],
    ['下屈服强度①', '下屈服强度②'],
    [1, 2],
  ];
  it.each(lowers)('%s | %s: two records, none from the header rows, CSV and .xlsx', async (a, b) => {
    const expected = await reference();
    const tag = `${String(a).length}-${String(a).codePointAt(0)}`;
    const paths = [
      await xlsx(`under-${tag}.xlsx`, sheet([a, b], true)),
      await xlsx(`under-typed-${tag}.xlsx`, sheet([a, b], false)),
      csv(`under-${tag}.csv`, [
        ['2026年第四季度螺纹钢抽检结果'],
        PARTICULARS,
        [...FRONT, '下屈服强度 ReL(MPa)', null, ...BACK],
        [null, null, null, a, b, ...BACK.map(() => null)],
        ...DATA,
        ['检验员：张三    审核：李四'],
      ]),
    ];
    for (const path of paths) {
      const run = await graded(path);
      expect(run.results, path).toEqual(expected);
      expect(run.stderr, path).toContain('2 records: 1 graded, 1 nonconforming, 0 not graded, 0 invalid');
    }
  });

  it('a particulars line above a one-row header with 备注 merged over two columns: 备注 names its first column only', async () => {
    const expected = await reference();
    const path = await xlsx('remark.xlsx', (ws) => {
      ws.addRow(PARTICULARS);
      ws.addRow([...REFERENCE, '备注']);
      ws.mergeCells('R2:S2');
      for (const r of DATA) ws.addRow([...r, '复检', '甲']);
    });
    const run = await graded(path);
    expect(run.code).toBe(0);
    expect(run.results.map((r) => [r.row, r.grade])).toEqual(
      (expected as { row: number; grade: string | null }[]).map((r) => [r.row, r.grade]),
    );
  });
});

describe('numbered specimens under a group heading that names nothing (newcomer-38 M6)', () => {
  const lower = [
    '下屈服强度1',
    '下屈服强度2',
    '抗拉强度1',
    '抗拉强度2',
    '断后伸长率 A',
    '最大力总延伸率 Agt',
  ];
  it('力学性能 over them, merged or typed, CSV and .xlsx: read as the specimens, graded as the reference', async () => {
    const expected = await reference();
    const upper = [...FRONT, '力学性能', null, null, null, null, null, ...BACK.slice(4)];
    const build = (merged: boolean) => (ws: ExcelJS.Worksheet) => {
      ws.addRow(PARTICULARS);
      ws.addRow(upper);
      ws.addRow([null, null, null, ...lower, ...BACK.slice(4).map(() => null)]);
      if (merged) {
        ws.mergeCells('D2:I2');
        for (const c of ['A', 'B', 'C', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q']) ws.mergeCells(`${c}2:${c}3`);
      }
      for (const r of DATA) ws.addRow(r);
    };
    const paths = [
      await xlsx('group.xlsx', build(true)),
      await xlsx('group-typed.xlsx', build(false)),
      csv('group.csv', [
        PARTICULARS,
        upper,
        [null, null, null, ...lower, ...BACK.slice(4).map(() => null)],
        ...DATA,
      ]),
    ];
    for (const path of paths) {
      const run = await graded(path);
      expect(run.results, path).toEqual(expected);
      expect(run.stderr, path).toContain('2 records: 1 graded, 1 nonconforming');
    }
    const workers = await graded(paths[0]!, '--workers', '2');
    expect(workers.results).toEqual(expected);
  });
});
