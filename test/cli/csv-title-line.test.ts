/**
 * committee-20 F7: a CSV whose first line is a title (one cell with text,
 * `2025年水泥抽检结果`) above the header was refused or read with every
 * record invalid, while the same sheet as .xlsx is read. The title line is
 * now skipped as the workbook reader skips the rows above its header; line
 * numbers in messages stay the file's. Session 37: title lines, as many as
 * the .xlsx reader skips (the header among the first 10 lines), not one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { linesFromHeader } from '../../src/input/header-search';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/cement-quality-grade';
const HEADER =
  '样品编号,水泥品种,强度等级,3天抗压强度(MPa),28天抗压强度(MPa),3天抗折强度(MPa),28天抗折强度(MPa),初凝时间(min),终凝时间(min),氧化镁(%),三氧化硫(%),氯离子(%),安定性';
const ROWS = [
  'S1,P.O,42.5,23.5,49,5.2,7.8,180,240,2.8,2.6,0.025,合格',
  'S2,P.O,42.5,20.5,47,5.2,7.8,180,240,2.8,2.6,0.025,合格',
  'S3,P.O,42.5',
];

function file(name: string, lines: string[]): string {
  const path = join(temp(), name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

const grades = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { grade: string | null }).grade);

describe.concurrent('a title line above a CSV header is skipped', () => {
  it('grades as the same file without the title; the bad cell is named by its own line', async () => {
    const plain = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('plain.csv', [HEADER, ...ROWS]),
    ]);
    const titled = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('titled.csv', ['2025年水泥抽检结果,,,,,,,,,,,,', HEADER, ...ROWS]),
    ]);
    expect(grades(titled.stdout)).toEqual(['superior', 'first-class', null]);
    expect(grades(titled.stdout)).toEqual(grades(plain.stdout));
    expect(titled.code).toBe(1);
    expect(titled.stderr).not.toContain('seems to be the header');
    // The title is line 1, the header line 2: S3, cut short, is line 5 of the file.
    expect(titled.stdout).toContain('line 5 has 3 cells; the header has 13');
    expect(plain.stdout).toContain('line 4 has 3 cells; the header has 13');
  });

  it('zh, a title that fills its one cell only (no commas), and a units line under the header', async () => {
    const units = ',,,MPa,MPa,MPa,MPa,min,min,%,%,%,';
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('units.csv', ['2025年水泥抽检结果', HEADER, units, ...ROWS]),
    ]);
    expect(grades(run.stdout)).toEqual(['superior', 'first-class', null]);
    expect(run.stderr).toContain('第 3 行是表头下的单位行');
  });

  it('TSV too', async () => {
    const tab = (l: string) => l.replaceAll(',', '\t');
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-i',
      'tsv',
      '-f',
      'ndjson',
      file('titled.tsv', ['2025年水泥抽检结果', tab(HEADER), ...ROWS.map(tab)]),
    ]);
    expect(grades(run.stdout)).toEqual(['superior', 'first-class', null]);
  });

  it('two title lines (a lab report: 检测中心 and a date line): skipped as an .xlsx skips them, graded as without', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('two.csv', ['某某检测中心 检验报告,,,,,,,,,,,,', '报告日期：2025-06-01', HEADER, ...ROWS]),
    ]);
    expect(grades(run.stdout)).toEqual(['superior', 'first-class', null]);
    expect(run.stderr).not.toContain('seems to be the header');
    // Line numbers stay the file's: S3 is line 6.
    expect(run.stdout).toContain('line 6 has 3 cells; the header has 13');
  });

  it('zh: nine lines above the header (the last searched, line 10) are skipped; ten (line 11) are not', async () => {
    const above = (n: number) =>
      Array.from({ length: n }, (_, i) => (i === 1 ? '报告编号,QG-2025-001' : `注 ${i}`));
    const nine = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('nine.csv', [...above(9), HEADER, ...ROWS]),
    ]);
    expect(grades(nine.stdout)).toEqual(['superior', 'first-class', null]);
    expect(nine.stderr).not.toContain('看来才是表头');
    const ten = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('ten.csv', [...above(10), HEADER, ...ROWS]),
    ]);
    expect(ten.code).toBe(1);
    expect(ten.stderr).toContain('第 11 行给出 12 个');
    expect(ten.stderr).toContain('请删除第 11 行以上的行');
  });

  it('a title line stating the unit (`单位：kN`) above a date line is checked against the columns, as before', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('unit.csv', ['2025年水泥抽检结果（单位：kN）', '报告日期：2025-06-01', HEADER, ...ROWS]),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 1');
    expect(run.stdout).toBe('');
  });
});

describe.concurrent('a header further down, under zh: the message names labels and the line read', () => {
  it('11 note lines and a --map of a column on the header line: labels, the line read, a space after the file', async () => {
    const notes = Array.from({ length: 11 }, (_, i) => `第 ${i + 1} 条说明`);
    const path = file('late-zh.csv', [...notes, HEADER.replace(',安定性', ',安定'), ...ROWS]);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, '--map', '安定=soundness', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 12 行给出 12 个（水泥品种、强度等级、3 天抗压强度、');
    // The columns line 1 has, read as the header, are listed (hostile-46: a --map to no column names those there are).
    expect(run.stderr).toContain(
      `（把第 1 行作为表头读取时：--map 安定=soundness：${path} 中没有“安定”列；其列有“第 1 条说明”）`,
    );
    expect(run.stderr).not.toMatch(/[（、]compressive3d/);
  });

  it('two title lines and the same --map: the header is found on line 3 and read with it', async () => {
    const path = file('two-zh.csv', [
      '2025年水泥抽检结果',
      '第一批',
      HEADER.replace(',安定性', ',安定'),
      ...ROWS,
    ]);
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      '--map',
      '安定=soundness',
      path,
    ]);
    expect(grades(run.stdout)).toEqual(['superior', 'first-class', null]);
  });
});

describe('linesFromHeader', async () => {
  const { indicators } = await loadRuleSet(CEMENT);
  const none = new Map<string, string>();
  async function* batches(...lines: (string[] | 'problem')[]) {
    yield lines.map((cells, i) =>
      cells === 'problem' ? { problem: 'text-after-quote' as const, line: i + 1 } : { cells, line: i + 1 },
    );
  }
  async function read(mapping: Map<string, string>, ...lines: (string[] | 'problem')[]) {
    const titles: number[] = [];
    const out: number[] = [];
    for await (const batch of linesFromHeader(batches(...lines), mapping, indicators, (t) =>
      titles.push(t.line),
    ))
      out.push(...batch.map((l) => l.line));
    return { titles, out };
  }
  const header = HEADER.split(',');

  it('a first line that names an indicator: every line given, none a title (a plain CSV reads as before)', async () => {
    expect(await read(none, header, ['S1', 'P.O'])).toEqual({ titles: [], out: [1, 2] });
    // One column: `安定性` alone names it.
    expect(await read(none, ['安定性'], ['合格'])).toEqual({ titles: [], out: [1, 2] });
  });

  it('title lines of one cell or more above it are titles; a --map column names it as a label does', async () => {
    expect(
      await read(none, ['某某检测中心 检验报告', ''], ['报告日期', '2025-06-01'], header, ['S1']),
    ).toEqual({
      titles: [1, 2],
      out: [3, 4],
    });
    expect(await read(new Map([['强度', 'compressive28d']]), ['标题'], ['样品', '强度'])).toEqual({
      titles: [1],
      out: [2],
    });
  });

  it('a group line right above it stays (a two-line header); a line that cannot be read ends the search', async () => {
    const group = ['样品编号', '性能指标', ''];
    const lower = ['', '安定性', '氧化镁(%)'];
    expect(await read(none, ['标题'], group, lower)).toEqual({ titles: [1], out: [2, 3] });
    expect(await read(none, ['标题'], 'problem', header)).toEqual({ titles: [], out: [1, 2, 3] });
  });

  it('searched on the first 10 lines: a header on line 10 is found, one on line 11 is not', async () => {
    const notes = (n: number) => Array.from({ length: n }, (_, i) => [`注 ${i}`]);
    const at10 = await read(none, ...notes(9), header);
    expect(at10.titles).toHaveLength(9);
    expect(at10.out).toEqual([10]);
    const at11 = await read(none, ...notes(10), header);
    expect(at11).toEqual({ titles: [], out: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] });
  });
});
