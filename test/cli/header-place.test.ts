/**
 * Hints for a header that is not where qgrade reads it: a notes sheet before
 * the data sheet, title rows above the header (CSV and .xlsx), a group
 * heading over merged cells above the row that names the columns.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const HEADER = ['型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];
const ROWS = [
  ['KFR-26GW/A1', 'heat-pump', 2600, 5.27],
  ['KFR-35GW/B3', 'heat-pump', 3500, 4.62],
];

async function xlsx(file: string, build: Parameters<typeof exceljsWorkbook>[0]): Promise<string> {
  const path = join(temp(), file);
  writeFileSync(path, await exceljsWorkbook(build));
  return path;
}

describe.concurrent('where the header is: a hint rather than "missing" on every row', () => {
  it('a notes sheet before the data: names the sheet that has the columns and the --sheet to add', async () => {
    const path = await xlsx('notes-first.xlsx', (wb) => {
      const notes = wb.addWorksheet('说明');
      notes.addRow(['本表为 2025 年抽检结果']);
      notes.addRow(['数据见第二页']);
      const data = wb.addWorksheet('数据');
      data.addRow(HEADER);
      for (const r of ROWS) data.addRow(r);
    });
    // Hostile-30 M4: the notes read as records would grade nothing; the wrong sheet is a usage error, not exit 0/1.
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      `qgrade: ${path}: sheet 1 "说明" has no column the rule set reads; sheet 2 "数据" has 3 of them: add --sheet 数据\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', path]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      `${path}：读取的工作表 1“说明”中没有规则集读取的列；工作表 2“数据”中有 3 个：请加上 --sheet 数据\n`,
    );
    const chosen = await cli.run(['grade', '-r', AC, '-f', 'csv', '--sheet', '数据', path]);
    expect(chosen.code).toBe(0);
    expect(chosen.stderr).not.toContain('--sheet');
  });

  it('a template sheet first (its header only) and the data on another: exit 2, naming that sheet (hostile-30 M4)', async () => {
    const path = await xlsx('template-first.xlsx', (wb) => {
      wb.addWorksheet('模板').addRow(HEADER);
      const blank = wb.addWorksheet('空白');
      blank.addRow(HEADER);
      const data = wb.addWorksheet('数据');
      data.addRow(HEADER);
      for (const r of ROWS) data.addRow(r);
    });
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    // Not "0 records" and exit 0, which a CI step would take for a pass (hostile-30 M4).
    expect(en.code).toBe(2);
    expect(en.stderr).not.toContain('0 records');
    // Not 空白, another template: the sheet with rows under its header.
    expect(en.stderr).toBe(
      `qgrade: ${path}: sheet 1 "模板" has a header and no record under it; sheet 3 "数据" has 3 of the columns the rule set reads, with rows under them: add --sheet 数据\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', path]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '读取的工作表 1“模板”有表头，但其下没有记录；工作表 3“数据”中有 3 个规则集读取的列，其下有数据行：请加上 --sheet 数据',
    );
    const chosen = await cli.run(['grade', '-r', AC, '-f', 'csv', '--sheet', '数据', path]);
    expect(chosen.stderr).toContain('2 records');
    expect(chosen.stderr).not.toContain('--sheet');
    // A workbook whose only sheet is a template: no other sheet to name.
    const alone = await xlsx('template-alone.xlsx', (wb) => {
      wb.addWorksheet('模板').addRow(HEADER);
    });
    const lone = await cli.run(['grade', '-r', AC, '-f', 'csv', alone]);
    expect(lone.stderr).not.toContain('--sheet');
    // Nothing elsewhere to read: an empty table, as an empty CSV is, exit 0.
    expect(lone.code).toBe(0);
    expect(lone.stderr).toContain('0 records');
  });

  it('an empty first sheet, or notes with a unit line, before the data: exit 2 naming the sheet (hostile-30 M4)', async () => {
    const empty = await xlsx('empty-first.xlsx', (wb) => {
      wb.addWorksheet('Sheet1');
      const data = wb.addWorksheet('数据');
      data.addRow(HEADER);
      for (const r of ROWS) data.addRow(r);
    });
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', empty]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `qgrade: ${empty}: sheet 1 "Sheet1" is empty; sheet 2 "数据" has 3 of the columns the rule set reads: add --sheet 数据\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', empty]);
    expect(zh.stderr).toContain(
      `${empty}：读取的工作表 1“Sheet1”是空的；工作表 2“数据”中有 3 个规则集读取的列：请加上 --sheet 数据\n`,
    );
    // A notes sheet whose second line states a unit: not "row 2 repeats the header" and 0 records.
    const notes = await xlsx('unit-notes-first.xlsx', (wb) => {
      const ws = wb.addWorksheet('说明');
      ws.addRow(['本表为2025年抽检数据']);
      ws.addRow(['单位：W']);
      const data = wb.addWorksheet('数据');
      data.addRow(HEADER);
      for (const r of ROWS) data.addRow(r);
    });
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', notes]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('repeats the header');
    expect(run.stderr).toContain(
      'sheet 1 "说明" has no column the rule set reads; sheet 2 "数据" has 3 of them: add --sheet 数据',
    );
  });

  it('look-alikes stay graded: a first sheet with data and some of the columns; another sheet that is only a template', async () => {
    // The first sheet gives 2 of the columns and has records: graded as read, the other sheet only named.
    const part = await xlsx('part-first.xlsx', (wb) => {
      const ws = wb.addWorksheet('部分');
      ws.addRow(['型号', '额定制冷量 CC']);
      ws.addRow(['KFR-26GW/A1', 2600]);
      const data = wb.addWorksheet('数据');
      data.addRow(HEADER);
      for (const r of ROWS) data.addRow(r);
    });
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', part]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 record');
    expect(run.stderr).toContain('add --sheet 数据');
    // An empty first sheet and a template after it: no data elsewhere, so not stopped.
    const templates = await xlsx('empty-then-template.xlsx', (wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('模板').addRow(HEADER);
    });
    const none = await cli.run(['grade', '-r', AC, '-f', 'csv', templates]);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('0 records');
  });

  it('a CSV with one title line above the header: skipped, as a sheet skips it (committee-20 F7)', async () => {
    const path = join(temp(), 'one-title.csv');
    const lines = ['2025 年抽检结果汇总', '', HEADER.join(','), ...ROWS.map((r) => r.join(','))];
    writeFileSync(path, `${lines.join('\n')}\n`);
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('seems to be the header');
  });

  it('a title line skipped, a header with one column misnamed: the --map hint only, no "delete the rows above" (newcomer-29 M2)', async () => {
    const path = join(temp(), 'title-misnamed.csv');
    const header = ['型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF（2024版）'];
    const lines = ['2025 年抽检结果汇总', header.join(','), ...ROWS.map((r) => r.join(','))];
    writeFileSync(path, `${lines.join('\n')}\n`);
    for (const lang of ['en', 'zh']) {
      const run = await cli.run(['--lang', lang, 'grade', '-r', AC, '-f', 'csv', path]);
      expect(run.stderr).toContain("--map '全年能源消耗效率 APF（2024版）=apf'");
      expect(run.stderr).not.toMatch(/seems to be the header|看来才是表头/);
    }
  });

  it('a CSV header past the lines searched (11 note lines above it): names the line that holds it, as an .xlsx', async () => {
    const path = join(temp(), 'late.csv');
    const notes = Array.from({ length: 11 }, (_, i) => `注释 ${i}`);
    const lines = [...notes, HEADER.join(','), ...ROWS.map((r) => r.join(','))];
    writeFileSync(path, `${lines.join('\n')}\n`);
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(
      `${path}: line 1, read as the header, gives no column the rule set reads; line 12 gives 3 (unitType, ratedCoolingCapacity, apf) and seems to be the header: qgrade reads one header line, so delete the lines above line 12 (a title, or a group heading over merged cells) and give every column its name in line 12\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', path]);
    expect(zh.stderr).toContain(
      `${path}：作为表头读取的第 1 行没有规则集读取的列；第 12 行给出 3 个（机组类型、额定制冷量 CC、全年能源消耗效率 APF），看来才是表头：qgrade 只读一行表头，请删除第 12 行以上的行（标题，或合并单元格的分组标题），并让第 12 行写有每一列的列名\n`,
    );
  });

  it('a CSV saved from a two-row header is read (no hint): see csv-two-line-header.test.ts', async () => {
    const path = join(temp(), 'two-rows.csv');
    const text = `型号,机组类型,性能指标,\n,,额定制冷量 CC,全年能源消耗效率 APF\n${ROWS.map((r) => r.join(',')).join('\n')}\n`;
    writeFileSync(path, text);
    const { code, stderr } = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(code).toBe(0);
    expect(stderr).not.toContain('seems to be the header');
  });

  it('an .xlsx header past the rows searched, and one under a heading merged over two columns', async () => {
    const late = await xlsx('late.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      for (let i = 0; i < 11; i++) ws.addRow([`注释 ${i}`]);
      ws.addRow(HEADER);
      for (const r of ROWS) ws.addRow(r);
    });
    const lateRun = await cli.run(['grade', '-r', AC, '-f', 'csv', late]);
    expect(lateRun.code).toBe(1);
    expect(lateRun.stderr).toContain(
      `${late}, sheet "S": row 1, read as the header, gives no column the rule set reads; row 12 gives 3 (unitType, ratedCoolingCapacity, apf) and seems to be the header`,
    );
    // Right under the group heading, the names are read as a two-row header; a blank row between, not.
    const merged = (gap: boolean) =>
      xlsx(`merged-${gap}.xlsx`, (wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow(['型号', '机组类型', '性能', null]);
        if (gap) ws.addRow([]);
        ws.addRow([null, null, '额定制冷量 CC', '全年能源消耗效率 APF']);
        for (const r of ROWS) ws.addRow(r);
        ws.mergeCells('C1:D1');
      });
    const read = await cli.run(['grade', '-r', AC, '-f', 'csv', await merged(false)]);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('KFR-35GW/B3');
    const apart = await merged(true);
    const apartRun = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', apart]);
    expect(apartRun.code).toBe(2);
    // The duplicate is only the merged heading's: the hint is the one message.
    expect(apartRun.stderr).toBe(
      `qgrade: ${apart} 的工作表“S”：作为表头读取的第 1 行只给出 1 个规则集读取的列（机组类型）；第 3 行给出 2 个（额定制冷量 CC、全年能源消耗效率 APF），看来才是表头：qgrade 只读一行表头（上方是跨列合并的分组标题时读两行），请删除第 3 行以上的行（标题，或未合并的分组标题），并让第 3 行写有每一列的列名\n`,
    );
  });

  it('a header two columns give one field in: the hint where the header is comes first', async () => {
    // A CSV saved from a sheet whose group heading was filled into every cell of its range.
    const path = join(temp(), 'filled.csv');
    const text = `型号,机组类型,性能,性能\n,,额定制冷量 CC,全年能源消耗效率 APF\n${ROWS.map((r) => r.join(',')).join('\n')}\n`;
    writeFileSync(path, text);
    const { code, stderr } = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `qgrade: ${path}: line 1, read as the header, gives only 1 of the columns the rule set reads (unitType); line 2 gives 2 (ratedCoolingCapacity, apf) and seems to be the header: qgrade reads one header line, so delete the lines above line 2 (a title, or a group heading over merged cells) and give every column its name in line 2 (as read: columns 3 ("性能") and 4 ("性能") both give the field "性能"; map one of them elsewhere with --map)\n`,
    );
  });

  it('a good file gets none of these hints', async () => {
    const path = await xlsx('good.xlsx', (wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['2025 年抽检结果汇总']);
      ws.addRow(HEADER);
      for (const r of ROWS) ws.addRow(r);
      wb.addWorksheet('说明').addRow(['本表为 2025 年抽检结果']);
    });
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/seems to be the header|--sheet/);
  });
});
