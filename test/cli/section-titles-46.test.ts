/**
 * A committee's sheet with section titles between its records (`一、出厂检验`, `二、型式检验`, a row holding only the
 * title, under the model column): the titles are skipped with a notice naming them, counted there, where each was a
 * record graded invalid ("missing unit type, missing rated capacity") (committee-46). The records are
 * examples/air-conditioners-zh.xlsx's, graded as without the titles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sectionTitle } from '../../src/input/note-rows';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const EXAMPLE = 'examples/air-conditioners-zh.xlsx';

/** The example's sheet with `一、出厂检验` above its first five records and `二、型式检验` above the rest. */
async function withTitles(): Promise<string> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(readFileSync(EXAMPLE) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  source.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('抽检');
  sheet.addRow(rows[0]!);
  sheet.addRow(['一、出厂检验']);
  for (const r of rows.slice(1, 6)) sheet.addRow(r);
  sheet.addRow(['二、型式检验']);
  for (const r of rows.slice(6)) sheet.addRow(r);
  const file = join(temp(), 'titles.xlsx');
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
  return file;
}

/** Each record's kept id and grade, from `grade -f json`'s results. */
function grades(stdout: string): [string, string | null][] {
  return (JSON.parse(stdout) as { kept?: Record<string, string>; grade: string | null }[]).map((r) => [
    r.kept?.型号 ?? '',
    r.grade,
  ]);
}

describe.concurrent('section titles between the records (committee-46)', () => {
  it('are skipped and named, zh and en; the records graded as without them', async () => {
    const file = await withTitles();
    const [zh, en, json, plain] = await Promise.all([
      cli.run(['--lang', 'zh', 'grade', '-r', AC, file]),
      cli.run(['--lang', 'en', 'grade', '-r', AC, file]),
      cli.run(['grade', '-r', AC, '-f', 'json', file]),
      cli.run(['grade', '-r', AC, '-f', 'json', EXAMPLE]),
    ]);
    expect(zh.stderr).toContain(
      '跳过 2 行分节标题，不作为记录：工作表第 2 行“一、出厂检验”、工作表第 8 行“二、型式检验”',
    );
    expect(en.stderr).toContain(
      'skipped 2 section titles, not counted as records: sheet row 2 "一、出厂检验", sheet row 8 "二、型式检验"',
    );
    // 10 records, 1 invalid (KFR-35GW/H0: APF missing), as the example: not 12 with the titles invalid.
    expect(zh.stderr).toContain('共 10 条记录：已分级 7，不分级 2，无效 1');
    expect(zh.stdout).not.toContain('出厂检验');
    expect(grades(json.stdout)).toEqual(grades(plain.stdout));
    expect(json.code).toBe(plain.code);
  });

  it('a row with only a sample id stays a record, shown invalid', async () => {
    const csv = join(temp(), 'id-only.csv');
    writeFileSync(
      csv,
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF\n二、型式检验,,,\nKFR-26GW/A1,heat-pump,2600,5.27\nKFR-X1,,,\n',
    );
    const { stdout, stderr } = await cli.run(['--lang', 'en', 'grade', '-r', AC, '-f', 'json', csv]);
    expect(stderr).toContain('skipped 1 section title, not counted as a record: line 2 "二、型式检验"');
    const results = JSON.parse(stdout) as {
      row: number;
      kept?: Record<string, string>;
      errors?: unknown[];
    }[];
    expect(results.map((r) => [r.row, r.kept?.型号, (r.errors ?? []).length === 0])).toEqual([
      [1, 'KFR-26GW/A1', true],
      [2, 'KFR-X1', false],
    ]);
  });

  it('sectionTitle: a list number and words; not a sample id, a grade or a number', () => {
    for (const t of [
      '二、出厂检验',
      '（一）型式检验',
      '(2) 常规项目',
      '1、常规项目',
      '第二部分 型式检验',
      'II. Type tests',
      'Part B: routine',
    ])
      expect(sectionTitle(` ${t} `), t).toBe(t);
    for (const t of [
      'KFR-35GW/B3',
      '一等品',
      '1.5',
      'A-01',
      '二、',
      'B.2',
      '1.1 kg',
      '12、',
      'S1',
      '二等',
      'A. O. Smith',
    ])
      expect(sectionTitle(t), t).toBeUndefined();
  });
});
