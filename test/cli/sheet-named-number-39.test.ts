/**
 * Hostile-39 M1: a whole number `--sheet` reads the sheet of that name when one exists (documented: a name wins),
 * and Chinese workbooks name their tabs 1, 2, 3: `--sheet 1` read the third tab, named "1", without a word. The
 * sheet read stays the named one (contract); a notice on stderr (and to gradeSample's onNotice) says which tab it is
 * and what tab 1 is. Grades by GB 21455-2019 (CC ≤ 4500 W: grade 1 ≥ 5.00, 2 ≥ 4.50, 3 ≥ 4.00): APF 5.10 is
 * grade 1, 4.62 grade 2, 4.00 grade 3.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, gradeSample, loadRuleSet } from '../../src/index';
import type { LocalizedText } from '../../src/text/localized-text';
import { type RawSheet, rawWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
/** A sheet of one record: `id` at 3500 W with APF `apf`. */
function sheet(name: string, id: string, apf: string, state?: RawSheet['state']): RawSheet {
  const header = ['sampleId', 'unitType', 'ratedCoolingCapacity', 'apf'].map((h, i) =>
    text(`${'ABCD'[i]}1`, h),
  );
  const body = `<sheetData><row r="1">${header.join('')}</row><row r="2">${text('A2', id)}${text('B2', 'heat-pump')}<c r="C2"><v>3500</v></c><c r="D2"><v>${apf}</v></c></row></sheetData>`;
  return state ? { name, body, state } : { name, body };
}
// Tabs as hostile-39's sheets.xlsx: a hidden notes sheet, then "2", "数据", "1".
const BOOK = rawWorkbook({
  sheets: [
    sheet('说明', 'N', '5.10', 'hidden'),
    sheet('2', 'S2', '5.10'),
    sheet('数据', 'D', '4.00'),
    sheet('1', 'S1', '4.62'),
  ],
});

describe.concurrent('a whole-number --sheet that names a sheet at another tab is told (hostile-39 M1)', () => {
  it('--sheet 1 reads the sheet named "1" (tab 3), as before, and says so and what tab 1 is, en and zh', async () => {
    const path = join(temp(), 'tabs.xlsx');
    writeFileSync(path, BOOK);
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', '--sheet', '1', path]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/\n1,S1,2,/);
    expect(en.stderr).toContain(
      `${path}: --sheet 1 is the sheet named "1" (tab 3); tab 1 is "2": a name wins over a position, so to read tab 1 give its name\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', '--sheet', '1', path]);
    expect(zh.stderr).toContain(
      `${path}：--sheet 1 读取的是名为“1”的工作表（第 3 个标签）；第 1 个标签是“2”：名称优先于位置，要读取第 1 个标签请给出其名称\n`,
    );
    const two = await cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', '--sheet', '2', path]);
    expect(two.stdout).toMatch(/\n1,S2,1,/);
    expect(two.stderr).toContain('--sheet 2 is the sheet named "2" (tab 1); tab 2 is "数据"');
  });

  it('no notice where the value is the position read, names no tab there, or is a name', async () => {
    const path = join(temp(), 'tabs.xlsx');
    writeFileSync(path, BOOK);
    // No sheet is named "3": the third visible tab, named "1", is read by position.
    for (const [wanted, row] of [
      ['3', /\n1,S1,2,/],
      ['数据', /\n1,D,3,/],
    ] as const) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', '--sheet', wanted, path]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(row);
      expect(run.stderr).not.toContain('is the sheet named');
    }
    // A sheet named "2024" in a workbook of two tabs: no tab 2024 to mistake it for.
    const year = join(temp(), 'year.xlsx');
    writeFileSync(year, rawWorkbook({ sheets: [sheet('说明', 'N', '5.10'), sheet('2024', 'Y', '4.62')] }));
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', '--sheet', '2024', year]);
    expect(run.stdout).toMatch(/\n1,Y,2,/);
    expect(run.stderr).not.toContain('is the sheet named');
  });

  it('gradeSample tells onNotice, naming options.sheet; a hidden sheet so named is said to be hidden', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const notices: LocalizedText[] = [];
    const bytes = rawWorkbook({ sheets: [sheet('2', 'S2', '5.10'), sheet('1', 'S1', '4.62', 'hidden')] });
    const graded = await gradeSample(grader, bytes, {
      name: 'up.xlsx',
      sheet: '1',
      onNotice: (n) => notices.push(n),
    });
    expect(graded.map((g) => g.result.grade)).toEqual(['2']);
    expect(notices.map((n) => n.en)).toContain(
      'up.xlsx: options.sheet "1" is the sheet named "1" (hidden); tab 1 is "2": a name wins over a position, so to read tab 1 give its name',
    );
    expect(notices.map((n) => n.zh)).toContain(
      'up.xlsx：options.sheet "1" 读取的是名为“1”的工作表（隐藏）；第 1 个标签是“2”：名称优先于位置，要读取第 1 个标签请给出其名称',
    );
  });
});
