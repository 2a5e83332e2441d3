/**
 * `--tally-by` and `--group-by` on a column the rule set reads as yes/no
 * (风冷式, airCooled) group by the cell as the sheet writes it, trimmed, as
 * docs/cli.md says: `是`, `合格`, `否`, `未检` are four groups, not `true`
 * (是 and 合格 merged) and `false` — under `--lang zh` and `en` alike, in
 * CSV, .xlsx and Parquet; a JSON boolean, or a Parquet BOOLEAN, is `true` /
 * `false` as written (hostile-21 M1).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const HEADER = ['型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '风冷式'];
// K1–K5 in scope with APF 5.10 (Grade 1) but K2's 4.55 (Grade 2); K3 (否) out of scope: not graded;
// K4 (未检) invalid; K6 (合格) read as yes: Grade 1. The cells carry spaces: the groups are trimmed.
const ROWS: [string, number, string][] = [
  ['K1', 5.1, '是'],
  ['K2', 4.55, ' 是 '],
  ['K3', 5.1, '否'],
  ['K4', 5.1, '未检'],
  ['K5', 5.1, '是'],
  ['K6', 5.1, '合格'],
];
/** Key, records, in first-seen order (and no `true` or `false`). */
const GROUPS: [string, number][] = [
  ['是', 3],
  ['否', 1],
  ['未检', 1],
  ['合格', 1],
];

let csv: string;
let xlsx: string;
let parquet: string;
let booleans: string;

beforeAll(async () => {
  const dir = temp();
  csv = join(dir, 'ac.csv');
  const row = ([model, apf, cooled]: [string, number, string]) => [model, 'heat-pump', 3500, apf, cooled];
  writeFileSync(csv, `${[HEADER, ...ROWS.map(row)].map((r) => r.join(',')).join('\n')}\n`);
  xlsx = join(dir, 'ac.xlsx');
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('能效');
    ws.addRow(HEADER);
    for (const r of ROWS) ws.addRow(row(r));
    // A boolean cell: shown as Excel shows it.
    ws.addRow(['K7', 'heat-pump', 3500, 5.1, true]);
  });
  writeFileSync(xlsx, bytes);
  parquet = join(dir, 'ac.parquet');
  booleans = join(dir, 'booleans.parquet');
  const columns = HEADER.map((h) => `"${h}"`).join(', ');
  const text = ROWS.map(([m, apf, c]) => `('${m}', 'heat-pump', 3500.0, ${apf}, '${c}')`).join(', ');
  await writeParquet(parquet, `SELECT * FROM (VALUES ${text}) t(${columns})`);
  const typed = `('K1', 'heat-pump', 3500.0, 5.1, true), ('K2', 'heat-pump', 3500.0, 5.1, false)`;
  await writeParquet(booleans, `SELECT * FROM (VALUES ${typed}) t(${columns})`);
});

/**
 * The `--tally-by` table's rows on stderr, as [key, total], without the header and total lines: the first
 * table, or the one of `column`.
 */
function tally(stderr: string, column = '.*'): [string, number][] {
  const lines = stderr.split('\n');
  const heading = new RegExp(`^(按“${column}”统计|by ${column} \\(\\d+ groups?\\):)`);
  const start = lines.findIndex((l) => heading.test(l));
  expect(start, column).toBeGreaterThanOrEqual(0);
  const rows: [string, number][] = [];
  for (const line of lines.slice(start + 2)) {
    const cells = line.trim().split(/\s+/);
    if (cells[0] === '合计' || cells[0] === 'total') break;
    rows.push([cells[0]!, Number(cells.at(-1))]);
  }
  return rows;
}

const grade = (lang: string, ...args: string[]) =>
  cli.run(['--lang', lang, 'grade', '-r', AC, '--no-progress', '-f', 'ndjson', ...args]);

describe('--tally-by a yes/no column: its cells as written', () => {
  it('CSV, zh and en: 是, 否, 未检, 合格 apart, with the grades under each', async () => {
    const zh = await grade('zh', '--tally-by', '风冷式', csv);
    expect(zh.stderr).toContain('按“风冷式”统计（4 组）');
    expect(tally(zh.stderr)).toEqual(GROUPS);
    // 是: two Grade 1, one Grade 2; 合格: one Grade 1, not merged into 是.
    expect(zh.stderr).toMatch(/\n {2}是 +2 +1 +0 +0 +0 +0 +0 +3\n/);
    expect(zh.stderr).toMatch(/\n {2}合格 +1 +0 +0 +0 +0 +0 +0 +1\n/);
    const en = await grade('en', '--tally-by', '风冷式', csv);
    expect(tally(en.stderr)).toEqual(GROUPS);
    expect(en.stderr).not.toMatch(/\n {2}(true|false) /);
  });

  it('named by its field (airCooled): the same groups', async () => {
    const run = await grade('en', '--tally-by', 'airCooled', csv);
    expect(tally(run.stderr)).toEqual(GROUPS);
  });

  it('with --workers 2: the same groups', async () => {
    const run = await grade('zh', '--workers', '2', '--tally-by', '风冷式', csv);
    expect(tally(run.stderr)).toEqual(GROUPS);
  });

  it('.xlsx, zh and en: the cells as written, a boolean cell as Excel shows it (TRUE)', async () => {
    for (const lang of ['zh', 'en']) {
      const run = await grade(lang, '--tally-by', '风冷式', xlsx);
      expect(tally(run.stderr)).toEqual([...GROUPS, ['TRUE', 1]]);
    }
  });

  it('Parquet: a text column as written, trimmed; a BOOLEAN column true / false', async () => {
    const text = await grade('zh', '--tally-by', '风冷式', parquet);
    expect(tally(text.stderr)).toEqual(GROUPS);
    const typed = await grade('zh', '--tally-by', '风冷式', booleans);
    expect(tally(typed.stderr)).toEqual([
      ['true', 1],
      ['false', 1],
    ]);
  });

  it('Parquet: a column it does not have is refused, as in a CSV (its names are its header)', async () => {
    const run = await grade('en', '--tally-by', '风冷', parquet);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--tally-by 风冷: the input has no column "风冷"; did you mean "风冷式"?');
  });

  it('NDJSON: a JSON boolean is true / false, as written', async () => {
    const file = join(temp(), 'ac.ndjson');
    const record = (model: string, airCooled: boolean) =>
      JSON.stringify({ 型号: model, unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.1, airCooled });
    writeFileSync(file, `${record('K1', true)}\n${record('K2', false)}\n${record('K3', true)}\n`);
    const run = await grade('zh', '--tally-by', 'airCooled', file);
    expect(tally(run.stderr)).toEqual([
      ['true', 2],
      ['false', 1],
    ]);
  });

  it('compare --tally-by: the groups and the JSON keys as written', async () => {
    const text = await cli.run(['--lang', 'zh', 'compare', AC, AC, '--tally-by', '风冷式', csv]);
    expect(text.stdout).toContain('按“风冷式”统计等级变化（4 组）');
    for (const [key, n] of GROUPS) expect(text.stdout).toMatch(new RegExp(`\\n {2}${key} +${n} `));
    const json = await cli.run(['compare', AC, AC, '--tally-by', '风冷式', '-f', 'json', xlsx]);
    const keys = [...json.stdout.matchAll(/"key": ?"([^"]*)"/g)].map((m) => m[1]);
    expect(keys).toEqual(expect.arrayContaining(['是', '否', '未检', '合格', 'TRUE']));
    expect(keys).not.toContain('true');
  });
});

describe('--tally-by given twice: every column shows its cells as written, not only the first', () => {
  // 机组类型 is read as unitType (heat-pump, its value named 热泵型 in a tally), 风冷式 as airCooled (是 and 合格 both true).

  it('CSV, zh and en: the second column (风冷式) as written, in either order', async () => {
    for (const lang of ['zh', 'en']) {
      const second = await grade(lang, '--tally-by', '型号', '--tally-by', '风冷式', csv);
      expect(tally(second.stderr, '风冷式')).toEqual(GROUPS);
      expect(tally(second.stderr, '型号')).toEqual(ROWS.map(([m]) => [m, 1]));
      expect(second.stderr).not.toMatch(/\n {2}(true|false) /);
      const first = await grade(lang, '--tally-by', '风冷式', '--tally-by', '机组类型', csv);
      expect(tally(first.stderr, '风冷式')).toEqual(GROUPS);
      if (lang === 'zh') expect(tally(first.stderr, '机组类型')).toEqual([['热泵型', 6]]);
    }
  });

  it('CSV: two columns named by their fields, and with --workers 2: the same groups', async () => {
    const run = await grade('en', '--tally-by', 'unitType', '--tally-by', 'airCooled', csv);
    expect(tally(run.stderr, 'airCooled')).toEqual(GROUPS);
    const workers = await grade('zh', '--workers', '2', '--tally-by', '型号', '--tally-by', '风冷式', csv);
    expect(tally(workers.stderr, '风冷式')).toEqual(GROUPS);
  });

  it('.xlsx: the second column as written, a boolean cell as Excel shows it (TRUE)', async () => {
    const run = await grade('zh', '--tally-by', '机组类型', '--tally-by', '风冷式', xlsx);
    expect(tally(run.stderr, '风冷式')).toEqual([...GROUPS, ['TRUE', 1]]);
    expect(tally(run.stderr, '机组类型')).toEqual([['热泵型', 7]]);
  });

  it('Parquet: the second column as written, trimmed', async () => {
    const run = await grade('zh', '--tally-by', '型号', '--tally-by', '风冷式', parquet);
    expect(tally(run.stderr, '风冷式')).toEqual(GROUPS);
  });

  it("compare: the second column's groups and JSON keys as written", async () => {
    const text = await cli.run([
      '--lang',
      'zh',
      'compare',
      AC,
      AC,
      '--tally-by',
      '型号',
      '--tally-by',
      '风冷式',
      csv,
    ]);
    expect(text.stdout).toContain('按“风冷式”统计等级变化（4 组）');
    for (const [key, n] of GROUPS) expect(text.stdout).toMatch(new RegExp(`\\n {2}${key} +${n} `));
    const json = await cli.run([
      'compare',
      AC,
      AC,
      '--tally-by',
      '型号',
      '--tally-by',
      '风冷式',
      '-f',
      'json',
      xlsx,
    ]);
    const tallies = JSON.parse(json.stdout).tallies as { column: string; groups: { key: string }[] }[];
    const keys = tallies.find((t) => t.column === '风冷式')!.groups.map((g) => g.key);
    expect(keys).toEqual(expect.arrayContaining(['是', '否', '未检', '合格', 'TRUE']));
    expect(keys).not.toContain('true');
  });
});

describe('--group-by a yes/no column: groups and messages name the cells as written', () => {
  it('an unsorted CSV: the error names 是, the value the sheet has (zh and en)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--group-by', '风冷式', csv]);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain('组 是（第 1–2 条，共 2 条记录）');
    expect(zh.stdout).toContain('组 否（第 3 条，共 1 条记录）');
    expect(zh.stderr).toContain('第 5 条记录的“风冷式”又是“是”，但该组已在第 2 条结束');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, '--group-by', '风冷式', csv]);
    expect(en.stderr).toContain('row 5 has 风冷式 "是" again, but that group closed at row 2');
    expect(`${zh.stdout}${zh.stderr}${en.stdout}${en.stderr}`).not.toMatch(/\btrue\b/);
  });

  it('a sorted .xlsx: one group per written value, 合格 apart from 是', async () => {
    const file = join(temp(), 'sorted.xlsx');
    const sorted = [...ROWS].sort((a, b) => a[2].trim().localeCompare(b[2].trim()));
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('能效');
      ws.addRow(HEADER);
      for (const [m, apf, c] of sorted) ws.addRow([m, 'heat-pump', 3500, apf, c]);
    });
    writeFileSync(file, bytes);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--group-by', '风冷式', file]);
    const heads = zh.stdout.split('\n').filter((l) => l.startsWith('组 '));
    expect(heads.map((l) => l.replace(/（.*/, ''))).toEqual(
      [...new Set(sorted.map((r) => r[2].trim()))].map((k) => `组 ${k}`),
    );
    expect(zh.stdout).toMatch(/组 合格（第 \d 条，共 1 条记录）：1级/);
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, '--group-by', '风冷式', file]);
    expect(en.stdout).toMatch(/group 合格 \(row \d, 1 record\): 1 Grade 1/);
    expect(en.stdout).toMatch(/group 是 \(rows \d–\d, 3 records\)/);
  });
});

describe('--tally-by an indicator given in several columns (specimens)', () => {
  it('the gathered list, as before: not one column cell', async () => {
    const file = join(temp(), 'rebar.csv');
    const header = ['牌号', '公称直径 d', 'ReL', 'ReL', 'Rm', 'A', 'Agt', 'C', 'Si', 'Mn', 'P', 'S', 'N'];
    const rows = [
      ['HRB400', 20, 455, 380, 600, 22, 11.0, 0.21, 0.45, 1.35, 0.025, 0.02, 0.01],
      ['HRB400', 20, 455, 430, 600, 22, 11.0, 0.21, 0.45, 1.35, 0.025, 0.02, 0.01],
    ];
    writeFileSync(
      file,
      `${[[...header, '重量偏差', '弯曲试验'], ...rows.map((r) => [...r, -1.5, '是'])]
        .map((r) => r.join(','))
        .join('\n')}\n`,
    );
    const run = await cli.run([
      '--lang',
      'en',
      'grade',
      '-r',
      'steel/hot-rolled-ribbed-bar',
      '--tally-by',
      'ReL',
      file,
    ]);
    expect(tally(run.stderr)).toEqual([
      ['[455,380]', 1],
      ['[455,430]', 1],
    ]);
  });
});
