/**
 * A lab sheet's rows that are not samples: a sign-off line under the table
 * (`制表：质检站 2025-12-01` in the 备注 column), a note between two batches.
 * They have no value under an indicator, mapped or kept column, so they are
 * not records: skipped as blank rows, said on stderr, and the sample-id
 * column is still found. The sheet is the committee's case 1 (12 cement
 * samples under a merged title), as .xlsx and as CSV.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult, GroupResult } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const CEMENT = 'building-materials/cement-quality-grade';
const MAP = [
  '--map=3 天抗压强度（MPa）=compressive3d',
  '--map=28 天抗压强度（MPa）=compressive28d',
  '--map=初凝时间（min）=initialSetting',
];
const HEADER = [
  '样品编号',
  '生产企业',
  '地区',
  '水泥品种',
  '强度等级',
  '3 天抗压强度（MPa）',
  '28 天抗压强度（MPa）',
  '3 天抗折强度',
  '28 天抗折强度',
  '初凝时间（min）',
  '终凝时间',
  '氧化镁 MgO',
  '三氧化硫 SO₃',
  '氯离子 Cl⁻',
  '安定性（沸煮法）',
  '备注',
];
type Cell = string | number;
const FIRST: Cell[][] = [
  ['SN-001', '甲水泥厂', '江苏', 'P.O', '42.5', 23.1, 49.2, 5.2, 8.1, 180, 240, 3.2, 2.6, 0.02, '合格', ''],
  ['SN-002', '甲水泥厂', '江苏', 'P.O', '42.5', 21, 47, 5, 7.9, 170, 230, 3, 2.9, 0.03, '合格', ''],
  ['SN-003', '乙建材', '浙江', 'P·O', '42.5', 18, 44, 4, 7, 150, 260, 3.5, 3.2, 0.05, '合格', '品种写作 P·O'],
  ['SN-004', '乙建材', '浙江', 'P.O', '42.5', 22.5, 48.5, 5.1, 8, 160, 250, 2.8, 2.5, '未检出', '合格', ''],
];
const SECOND: Cell[][] = [
  ['SN-005', '丙水泥', '安徽', 'P.O', '42.5', 20, 46, 4.5, 7.5, 140, 220, 4, 3, 0.04, '合格', ''],
  [
    'SN-006',
    '丙水泥',
    '安徽',
    'P.O',
    '42.5',
    19.5,
    // Another unit, invalid (`45.2 MPa`, the column's own unit, is read since newcomer-39).
    '45.2 kN',
    4.2,
    7.1,
    200,
    300,
    4.1,
    2.8,
    0.03,
    '合格',
    '',
  ],
  ['SN-007', '丁公司', '山东', 'P.O', '42.5', 24, 50.1, '/', 8.3, 190, 280, 3.3, 2.7, 0.02, '合格', ''],
  ['SN-008', '丁公司', '山东', 'P.O', '42.5', 24, 50.1, 5.5, 8.3, 190, 280, 3.3, 2.7, '—', '合格', ''],
  ['SN-009', '戊集团', '河北', 'P.O', '52.5', 28, 55, 5.8, 8.5, 150, 240, 3, 2.6, 0.02, '合格', ''],
  ['SN-010', '戊集团', '河北', 'P.O', '42.5', 16, 43, 3.6, 6.6, 100, 300, 3, 2.6, 0.02, '合格', ''],
  ['SN-011', '己厂', '河北', 'P.O', '42.5', 23, 49, 5.3, 8, 120, 260, 3, 3.1, 0.02, '不合格', ''],
  ['SN-012', '己厂', '河北', 'P.O', 42.5, 22, 48, 5, 8, 120, 260, 3, 2.9, 0.035, '合格', ''],
];
/** A row with text in the 备注 column only. */
const note = (text: string): Cell[] => [...HEADER.slice(1).map(() => ''), text];
const FOOTER = note('制表：质检站 2025-12-01');
const IDS = [...FIRST, ...SECOND].map((r) => r[0]);

/** The sheet as the lab has it: a merged title, the header, the samples, a blank row, the footer; `merges` after. */
async function workbook(file: string, rows: Cell[][], merges: string[] = []): Promise<string> {
  const path = join(temp(), file);
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('2025年抽检');
    ws.addRow(['2025年通用硅酸盐水泥质量抽检结果汇总']);
    ws.mergeCells('A1:P1');
    ws.addRow(HEADER);
    for (const r of rows) ws.addRow(r.map((c) => (c === '' ? null : c)));
    for (const m of merges) ws.mergeCells(m);
  });
  writeFileSync(path, bytes);
  return path;
}

/** The same rows as CSV, from line 1 (the header): a blank row is an empty line. */
function csv(file: string, rows: Cell[][]): string {
  const path = join(temp(), file);
  const line = (r: Cell[]) => (r.length === 0 ? '' : r.map(String).join(','));
  writeFileSync(path, `${[HEADER, ...rows].map(line).join('\n')}\n`);
  return path;
}

const SHEET = [...FIRST, [], ...SECOND, [], FOOTER];

async function graded(path: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', CEMENT, ...MAP, '-f', 'ndjson', ...args, path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { ...run, results };
}

const shape = (results: GradeResult[]) => results.map((r) => [r.row, r.kept, r.grade]);

describe.concurrent('rows of notes only (a sign-off line, a note) are not records', () => {
  it('xlsx, case 1: 12 records, 样品编号 kept, the footer named on stderr', async () => {
    const path = await workbook('case1.xlsx', SHEET);
    const { code, stderr, results } = await graded(path);
    expect(code).toBe(1);
    expect(results).toHaveLength(12);
    expect(results.map((r) => r.row)).toEqual(IDS.map((_, i) => i + 1));
    expect(results.map((r) => r.kept?.样品编号)).toEqual(IDS);
    expect(stderr).toContain('keeping column "样品编号" as the sample id');
    expect(stderr).toContain(
      'skipped 1 row with no value under any indicator column (only notes), not counted as a record: sheet row 17',
    );
    expect(stderr).toContain('12 records: 5 graded, 3 not graded, 4 invalid');
    // SN-003's P·O is read as P.O (GB 175's notation).
    expect(results.filter((r) => r.errors).map((r) => r.kept?.样品编号)).toEqual([
      'SN-004',
      'SN-006',
      'SN-007',
      'SN-008',
    ]);
  });

  it('xlsx: a sign-off merged across the indicator columns is notes only too (copies are not values)', async () => {
    const signed = ['', '制表：质检站 2025-12-01', ...HEADER.slice(2).map(() => '')];
    const path = await workbook('merged-footer.xlsx', [...FIRST, ...SECOND, [], signed], ['B16:P16']);
    const { stderr, results } = await graded(path);
    expect(results.map((r) => r.kept?.样品编号)).toEqual(IDS);
    expect(stderr).toContain('not counted as a record: sheet row 16');
  });

  it('a sign-off typed in the sample-id column found (column A) is a note too; named with --keep it stays a record (hostile-19 F5)', async () => {
    const inColumnA = (text: string): Cell[] => [text, ...HEADER.slice(1).map(() => '')];
    const rows = [...FIRST, ...SECOND, inColumnA('制表：质检站 2025-12-01'), inColumnA('Checked by: Li')];
    for (const path of [csv('signed-a.csv', rows), await workbook('signed-a.xlsx', rows)]) {
      const { stderr, results } = await graded(path);
      expect(results.map((r) => r.kept?.样品编号)).toEqual(IDS);
      expect(stderr).toContain('skipped 2 rows with no value under any indicator column (only notes)');
      expect(stderr).toContain('12 records: 5 graded, 3 not graded, 4 invalid');
    }
    // A sample id with nothing measured is still a record, invalid: only a note's colon makes a note.
    const lost = await graded(csv('lost.csv', [...FIRST, inColumnA('SN-013')]));
    expect(lost.results.at(-1)?.kept?.样品编号).toBe('SN-013');
    expect(lost.results.at(-1)?.errors?.length).toBeGreaterThan(0);
    // Named with --keep, the column is the author's: a row with its value is a record, as documented.
    const named = await graded(csv('named.csv', [...FIRST, inColumnA('制表：质检站')]), '--keep', '样品编号');
    expect(named.results.at(-1)?.kept?.样品编号).toBe('制表：质检站');
  });

  it('an end-of-table mark or a page mark in the sample-id column found is a note; an id that only looks alike is a record', async () => {
    const inColumnA = (text: string): Cell[] => [text, ...HEADER.slice(1).map(() => '')];
    const marks = [
      '以下空白',
      '——以下无正文——',
      '（以下空白）',
      '第 1 页 共 3 页',
      '第1页/共3页',
      '共 3 页',
      'Page 1 of 3',
    ];
    const rows = [...FIRST, ...SECOND, ...marks.map(inColumnA)];
    for (const path of [csv('marks.csv', rows), await workbook('marks.xlsx', rows)]) {
      const { stderr, results } = await graded(path);
      expect(results.map((r) => r.kept?.样品编号)).toEqual(IDS);
      expect(stderr).toContain(
        `skipped ${marks.length} rows with no value under any indicator column (only notes)`,
      );
    }
    // Sample ids with a page-like or 以下-like start are samples, every value missing.
    const alike = ['第1页样品', '以下空白样', 'P1'];
    const kept = await graded(csv('alike.csv', [...FIRST, ...alike.map(inColumnA)]));
    expect(kept.results.slice(-3).map((r) => [r.kept?.样品编号, r.errors !== undefined])).toEqual(
      alike.map((id) => [id, true]),
    );
  });

  it('CSV, case 1: the same results row for row, the footer named by its line', async () => {
    const [sheet, text] = await Promise.all([
      graded(await workbook('case1-csv.xlsx', SHEET)),
      graded(csv('case1.csv', SHEET)),
    ]);
    expect(text.code).toBe(1);
    expect(shape(text.results)).toEqual(shape(sheet.results));
    expect(text.stderr).toContain(
      'skipped 1 row with no value under any indicator column (only notes), not counted as a record: line 16',
    );
    expect(text.stderr).toContain('12 records: 5 graded, 3 not graded, 4 invalid');
  });

  it('a note between two batches: skipped, the records after it numbered on, in Chinese too', async () => {
    const rows = [...FIRST, note('以下为第二批'), ...SECOND, FOOTER];
    const path = csv('middle.csv', rows);
    const { stderr, results } = await graded(path, '--keep', '样品编号');
    expect(results.map((r) => [r.row, r.kept?.样品编号])).toEqual(IDS.map((id, i) => [i + 1, id]));
    expect(stderr).toContain('not counted as records: lines 6, 15');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, ...MAP, path]);
    expect(zh.stderr).toContain('跳过 2 行：没有任何指标列的值，只有备注等文字，不作为记录（第 6、15 行）');
    expect(zh.stderr).toContain('共 12 条记录');
    // In a workbook: sheet rows (title 1, header 2, samples from 3).
    const sheet = await graded(await workbook('middle.xlsx', rows));
    expect(shape(sheet.results)).toEqual(shape(results));
    expect(sheet.stderr).toContain('not counted as records: sheet rows 7, 16');
  });

  it('a row with only a sample id stays a record (every value missing), kept or found', async () => {
    const rows = [...FIRST, ...SECOND, ['SN-013', ...note('').slice(1)], FOOTER];
    for (const args of [[], ['--keep', '样品编号']]) {
      const { stderr, results } = await graded(csv(`id-only-${args.length}.csv`, rows), ...args);
      expect(results).toHaveLength(13);
      expect(results[12]).toMatchObject({ row: 13, kept: { 样品编号: 'SN-013' }, grade: null });
      expect(results[12]!.errors!.map((e) => e.code)).toContain('missing');
      expect(stderr).toContain('not counted as a record: line 15');
      expect(stderr).toContain('13 records: 5 graded, 3 not graded, 5 invalid');
    }
    // A value under any kept column makes it a record: the footer, with 备注 kept.
    const kept = await graded(csv('kept-note.csv', [...FIRST, FOOTER]), '--keep', '备注');
    expect(kept.results).toHaveLength(5);
    expect(kept.stderr).not.toContain('skipped');
  });

  it('a value under an indicator column, even one that cannot be read, makes a record', async () => {
    const onlyClass = [...HEADER.slice(0, 4).map(() => ''), '42.5', ...HEADER.slice(5).map(() => '')];
    const onlyBad = [...HEADER.slice(0, 5).map(() => ''), 'n/a', ...HEADER.slice(6).map(() => '')];
    const { stderr, results } = await graded(csv('values.csv', [...FIRST, onlyClass, onlyBad]), '--no-keep');
    expect(results).toHaveLength(6);
    const code3d = (r: GradeResult) => r.errors?.find((e) => e.field === 'compressive3d')?.code;
    expect(code3d(results[4]!)).toBe('missing');
    expect(code3d(results[5]!)).not.toBe('missing');
    expect(results[5]!.errors!.map((e) => e.field)).toContain('strengthClass');
    expect(stderr).not.toContain('skipped');
  });

  it('a header that gives no indicator column: every row is a record it cannot read, exit 1, as with an id kept (hostile-29 C1)', async () => {
    const AC = 'home-appliances/room-air-conditioner-energy';
    // The header past the 10 lines searched for it (as an .xlsx's rows): line 1 is read as the header.
    const lines = [
      '2025年空调能效抽检结果,,,',
      ...Array.from({ length: 10 }, (_, i) => `第 ${i + 1} 批,,,`),
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF',
      'A1,热泵型,3500,4.30',
      'A2,热泵型,3600,4.30',
    ];
    const path = join(temp(), 'eleven-lines-above.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    for (const keep of [['--no-keep'], []]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ...keep, path]);
      expect(run.code, keep.join(' ')).toBe(1);
      expect(run.stdout.trim().split('\n')).toHaveLength(13);
      expect(run.stderr).toContain('13 records: 0 graded, 0 not graded, 13 invalid');
      expect(run.stderr).not.toContain('only notes');
      // The way out is said: line 12 seems to be the header.
      expect(run.stderr).toContain(
        'line 12 gives 3 (unitType, ratedCoolingCapacity, apf) and seems to be the header',
      );
    }
    // A header naming an indicator still skips a row of notes under it.
    const notes = await graded(csv('notes-still.csv', [...FIRST, FOOTER]), '--no-keep');
    expect(notes.results).toHaveLength(4);
    expect(notes.stderr).toContain('only notes');
  });

  it('names at most 10 rows, then "…"; JSON records are never skipped', async () => {
    const notes = Array.from({ length: 12 }, (_, i) => note(`备注 ${i + 1}`));
    const { results, stderr } = await graded(csv('many.csv', [...notes, ...FIRST]));
    expect(results).toHaveLength(4);
    expect(stderr).toContain(
      'skipped 12 rows with no value under any indicator column (only notes), not counted as records: lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …',
    );
    const ndjson = join(temp(), 'notes.ndjson');
    writeFileSync(ndjson, '{"备注":"制表：质检站"}\n');
    const json = await graded(ndjson);
    expect(json.results).toHaveLength(1);
    expect(json.results[0]!.errors).toBeDefined();
    expect(json.stderr).not.toContain('skipped');
  });

  it('--group-by over the footer and a note: every group graded, exit 1 only for invalid records', async () => {
    const rows = [...FIRST, note('以下为第二批'), ...SECOND, [], FOOTER];
    for (const path of [csv('groups.csv', rows), await workbook('groups.xlsx', rows)]) {
      const run = await cli.run(['grade', '-r', CEMENT, ...MAP, '-g', '地区', '-f', 'ndjson', path]);
      expect(run.code).toBe(1);
      const groups = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as GroupResult);
      // Records 1–2 and so on; where in the input each lot is, its `places`, is tested with the lot workbook.
      expect(groups.every((g) => g.rows.places !== undefined)).toBe(true);
      expect(
        groups.map((g) => [g.group, { first: g.rows.first, last: g.rows.last }, g.records.count]),
      ).toEqual([
        ['江苏', { first: 1, last: 2 }, 2],
        ['浙江', { first: 3, last: 4 }, 2],
        ['安徽', { first: 5, last: 6 }, 2],
        ['山东', { first: 7, last: 8 }, 2],
        ['河北', { first: 9, last: 12 }, 4],
      ]);
      expect(run.stderr).toContain('skipped 2 rows');
    }
  });
});
