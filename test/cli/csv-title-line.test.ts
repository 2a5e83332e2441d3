/**
 * committee-20 F7: a CSV whose first line is a title (one cell with text,
 * `2025年水泥抽检结果`) above the header was refused or read with every
 * record invalid, while the same sheet as .xlsx is read. The title line is
 * now skipped as the workbook reader skips the rows above its header; line
 * numbers in messages stay the file's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { isTitleLine } from '../../src/input/title-line';
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

  it('two title lines: not skipped, the hint says where the header is (as before)', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('two.csv', ['2025年水泥抽检结果', '第一批', HEADER, ...ROWS]),
    ]);
    expect(run.stderr).toContain('line 3 gives');
    expect(run.stderr).toContain('delete the lines above line 3');
  });
});

describe.concurrent('a header further down, under zh: the message names labels and the line read', () => {
  it('two title lines and a --map of a column on the header line: labels, the line read, a space after the file', async () => {
    const path = file('two-zh.csv', [
      '2025年水泥抽检结果',
      '第一批',
      HEADER.replace(',安定性', ',安定'),
      ...ROWS,
    ]);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, '--map', '安定=soundness', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 3 行给出 12 个（水泥品种、强度等级、3 天抗压强度、');
    expect(run.stderr).toContain(`（把第 1 行作为表头读取时：--map 安定=soundness：${path} 中没有“安定”列）`);
    expect(run.stderr).not.toMatch(/[（、]compressive3d/);
  });
});

describe('isTitleLine', async () => {
  const { indicators } = await loadRuleSet(CEMENT);
  const header = HEADER.split(',');
  const none = new Map<string, string>();

  it('one cell with text over a line that names an indicator', () => {
    expect(isTitleLine(['2025年水泥抽检结果', '', ''], header, none, indicators)).toBe(true);
    expect(isTitleLine(['  标题  '], header, none, indicators)).toBe(true);
  });

  it('not: two cells with text, none, a cell that names an indicator or a --map column, or a line under it that names none', () => {
    expect(isTitleLine(['2025年', '水泥'], header, none, indicators)).toBe(false);
    expect(isTitleLine(['', ''], header, none, indicators)).toBe(false);
    expect(isTitleLine(['安定性'], header, none, indicators)).toBe(false);
    expect(isTitleLine(['强度'], header, new Map([['强度', 'compressive28d']]), indicators)).toBe(false);
    expect(isTitleLine(['样品编号'], ['S1', 'P.O'], none, indicators)).toBe(false);
    // A one-column sheet: the line under it has one cell.
    expect(isTitleLine(['样品编号'], ['安定性'], none, indicators)).toBe(false);
  });
});
