/**
 * committee-20 F3: a `--tally-by` / `--group-by` column whose names are
 * written once per block (merged cells saved to CSV) put most records under
 * "(no value)" with no word. Now a notice names the column and the count of
 * blank cells and says to fill the names down; the grades are unchanged.
 * A workbook's merged cells are read on every row they cover: no notice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';
const HEAD = '编号,生产企业,强度等级,compressive3d,compressive28d,initialSetting,finalSetting';
const row = (id: string, producer: string, c3: number) => `${id},${producer},42.5,${c3},48,150,240`;
// 甲: three records, the name in the first row only; 乙: two, likewise; 丙: one.
const BLOCKS = [
  row('T1', '甲水泥厂', 24),
  row('T2', '', 20),
  row('T3', '', 18),
  row('T4', '乙建材', 24),
  row('T5', '', 10),
  row('T6', '丙公司', 20),
];
const FILLED = BLOCKS.map((r, i) => r.replace(/^(T\d),,/, `$1,${i < 3 ? '甲水泥厂' : '乙建材'},`));

function file(name: string, lines: string[]): string {
  const path = join(temp(), name);
  writeFileSync(path, `${[HEAD, ...lines].join('\n')}\n`);
  return path;
}

const grades = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { grade: string | null }).grade);

describe.concurrent('--tally-by on a column written once per block', () => {
  it('en: names the column and the blank cells, says to fill down; the grades are those of the filled sheet', async () => {
    const blocks = await cli.run([
      'grade',
      '-r',
      LOTS,
      '--tally-by',
      '生产企业',
      '-f',
      'ndjson',
      file('b.csv', BLOCKS),
    ]);
    const filled = await cli.run([
      'grade',
      '-r',
      LOTS,
      '--tally-by',
      '生产企业',
      '-f',
      'ndjson',
      file('f.csv', FILLED),
    ]);
    expect(blocks.stderr).toContain(
      '--tally-by 生产企业: 3 records have no "生产企业" although the row above has one, so they count under "(no value)".',
    );
    expect(blocks.stderr).toContain('fill the names down');
    expect(blocks.stderr).toContain("each record's grade is not affected");
    expect(grades(blocks.stdout)).toEqual(grades(filled.stdout));
    expect(blocks.code).toBe(filled.code);
    expect(filled.stderr).not.toContain('fill the names down');
  });

  it('zh: the same, in Chinese', async () => {
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      LOTS,
      '--tally-by',
      '生产企业',
      file('zh.csv', BLOCKS),
    ]);
    expect(run.stderr).toContain(
      '--tally-by 生产企业：有 3 条记录的“生产企业”为空，而其上方的行有值，这些记录都计入“（无值）”',
    );
    expect(run.stderr).toContain('请先向下填充');
    expect(run.stderr).toContain('各记录的等级不受影响');
  });

  it('a producer left blank once among filled rows, or blank rows before the first name: no notice', async () => {
    const once = FILLED.map((r, i) => (i === 1 ? r.replace('甲水泥厂', '') : r));
    const leading = [row('T0', '', 24), row('T00', '', 24), ...FILLED];
    for (const lines of [once, leading]) {
      const run = await cli.run(['grade', '-r', LOTS, '--tally-by', '生产企业', file('once.csv', lines)]);
      expect(run.stderr).not.toContain('fill the names down');
    }
  });

  it('the HTML report says it at the top of the page, in the report language', async () => {
    const out = join(temp(), 'report.html');
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      LOTS,
      '--tally-by',
      '生产企业',
      '-f',
      'html',
      '-o',
      out,
      file('h.csv', BLOCKS),
    ]);
    expect(run.stderr).toContain('请先向下填充');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<p class="warn" data-notice>--tally-by 生产企业：有 3 条记录的“生产企业”为空/);
    const plain = join(temp(), 'plain.html');
    await cli.run([
      'grade',
      '-r',
      LOTS,
      '--tally-by',
      '生产企业',
      '-f',
      'html',
      '-o',
      plain,
      file('p.csv', FILLED),
    ]);
    // No fill-down notice (the line naming the defaults in force, cementType's, is another notice).
    expect(readFileSync(plain, 'utf8')).not.toContain('data-notice>--tally-by');
  });

  it('compare --tally-by says it too', async () => {
    const run = await cli.run(['compare', LOTS, LOTS, '--tally-by', '生产企业', file('c.csv', BLOCKS)]);
    expect(run.stderr).toContain('--tally-by 生产企业: 3 records have no "生产企业"');
  });

  it('--group-by: the notice says the groups are graded as wrongly grouped', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      LOTS,
      '--group-by',
      '生产企业',
      '-f',
      'ndjson',
      file('g.csv', BLOCKS),
    ]);
    expect(run.stderr).toContain('--group-by 生产企业: 3 records have no "生产企业"');
    expect(run.stderr).toContain('until then the groups are graded as wrongly grouped');
  });

  it('compare --group-by says it too, on stderr and in the HTML report', async () => {
    const out = join(temp(), 'cg.html');
    const args = ['compare', LOTS, LOTS, '--group-by', '生产企业'];
    const run = await cli.run([...args, '-f', 'html', '-o', out, file('cg.csv', BLOCKS)]);
    expect(run.stderr).toContain('--group-by 生产企业: 3 records have no "生产企业"');
    expect(readFileSync(out, 'utf8')).toContain('until then the groups are graded as wrongly grouped');
    const filled = await cli.run([...args, file('cgf.csv', FILLED)]);
    expect(filled.stderr).not.toContain('fill the names down');
  });

  it('an .xlsx with the names in merged cells: read on every row, no notice', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('样品');
      ws.addRow(HEAD.split(','));
      for (const r of BLOCKS) ws.addRow(r.split(',').map((c, i) => (i >= 2 && c !== '' ? Number(c) : c)));
      ws.mergeCells('B2:B4');
      ws.mergeCells('B5:B6');
    });
    const path = join(temp(), 'merged.xlsx');
    writeFileSync(path, bytes);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', '生产企业', path]);
    expect(run.stderr).not.toContain('向下填充');
    expect(run.stderr).toMatch(/甲水泥厂\s+.*3/);
  });
});
