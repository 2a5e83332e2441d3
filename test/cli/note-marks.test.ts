/**
 * The lines a printed test report closes a table with — `以下空白`, `报告结束`,
 * a page mark, a sign-off without a colon, a summary (`合计,2`), the header
 * repeated after a page break — are notes wherever they are written: under
 * the sample-id column qgrade found, or under the first column when that is
 * an indicator's (牌号). As CSV and .xlsx; the CLI and `gradeFile` count alike.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledRuleSet } from '../../src/browser';
import { createGrader, type GradeResult, gradeFile } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { CONFORMING_BAR, REBAR_LABELS } from '../rebar-row';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const REBAR = 'steel/hot-rolled-ribbed-bar';
const HEADER = [...REBAR_LABELS];
const BAR = [...CONFORMING_BAR];
/** A row with `text` in the first column and nothing else. */
const alone = (text: string, width = HEADER.length) => [text, ...Array.from({ length: width - 1 }, () => '')];

async function files(name: string, header: string[], rows: string[][]): Promise<string[]> {
  const csv = join(temp(), `${name}.csv`);
  writeFileSync(csv, `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`);
  const xlsx = join(temp(), `${name}.xlsx`);
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('抽检');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r.map((c) => (c === '' ? null : c)));
  });
  writeFileSync(xlsx, bytes);
  return [csv, xlsx];
}

async function graded(path: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', REBAR, '-f', 'ndjson', '--lang', 'en', ...args, path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { ...run, results };
}

describe.concurrent('end, page and summary marks and a repeated header are notes', () => {
  it('under an indicator column (牌号, no id column): lone marks, a summary, a repeated header', async () => {
    const rows = [
      BAR,
      alone('以下空白'),
      BAR,
      alone('第 1 页 共 3 页'),
      HEADER,
      BAR,
      alone('报告结束'),
      alone('审核：李四'),
      ['合计', '2', ...alone('', HEADER.length - 2)],
      ['合格率', '50%', ...alone('', HEADER.length - 2)],
    ];
    for (const path of await files('no-id', HEADER, rows)) {
      const { code, stderr, results } = await graded(path);
      expect(results).toHaveLength(3);
      expect(results.every((r) => r.grade !== null)).toBe(true);
      expect(code).toBe(0);
      // Marks written under 牌号 (and `合计,2` with its count under 公称直径 d) have a cell under an indicator
      // column: the notice calls them closing lines, never rows "with no value under any indicator column".
      expect(stderr).toContain(
        'skipped 7 rows of notes or closing lines (合计, 合格率, 以下空白 and the like)',
      );
      expect(stderr).not.toContain('no value under any indicator column');
      expect(stderr).toMatch(/(line|sheet row) 6 repeats the header/);
    }
  });

  it('a mark alone that is only like one, or a summary word over a full row, stays a record', async () => {
    const avg = ['平均值', ...BAR.slice(1)];
    const rows = [BAR, alone('HRB500'), alone('以下空白样'), avg];
    for (const path of await files('alike', HEADER, rows)) {
      const { results, stderr } = await graded(path);
      expect(results).toHaveLength(4);
      expect(results.slice(1).every((r) => r.errors !== undefined)).toBe(true);
      expect(stderr).not.toContain('skipped');
    }
  });

  it('under the sample-id column found: 报告结束, a sign-off without a colon, a summary; CLI = gradeFile', async () => {
    const header = ['样品编号', ...HEADER];
    const wide = (text: string) => alone(text, header.length);
    const rows = [
      ['G-01', ...BAR],
      ['G-02', ...BAR],
      wide('以下空白'),
      wide('报告结束'),
      wide('检验员 张三  审核员 李四'),
      wide('合计'),
      wide('第 1 页 共 3 页'),
      header,
      ['G-03', ...BAR],
    ];
    const grader = createGrader(await loadBundledRuleSet(REBAR));
    for (const path of await files('with-id', header, rows)) {
      const { code, results, stderr } = await graded(path);
      expect(results.map((r) => r.kept?.样品编号)).toEqual(['G-01', 'G-02', 'G-03']);
      expect(code).toBe(0);
      expect(stderr).toContain('skipped 6 rows');
      const library: GradeResult[] = [];
      for await (const r of gradeFile(grader, path)) library.push(r);
      expect(library.map((r) => [r.row, r.grade])).toEqual(results.map((r) => [r.row, r.grade]));
    }
  });

  it('a repeated header is skipped even with a named --keep column, and said so in Chinese', async () => {
    const header = ['样品编号', ...HEADER];
    const [csv] = await files('keep', header, [['G-01', ...BAR], header, ['G-02', ...BAR]]);
    const run = await cli.run([
      'grade',
      '-r',
      REBAR,
      '--keep',
      '样品编号',
      '--lang',
      'zh',
      '-f',
      'ndjson',
      csv!,
    ]);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stderr).toContain('跳过 1 行');
    expect(run.stderr).toContain('跳过 1 行，不作为记录：第 3 行重复了表头');
  });

  it('CSV: a closing line typed as one cell, with no commas after it, is notes too, not a short row', async () => {
    const path = join(temp(), 'short.csv');
    writeFileSync(
      path,
      `${HEADER.join(',')}\n${BAR.join(',')}\n以下空白\n"第 1 页 共 3 页"\n${BAR.join(',')}\n`,
    );
    const { code, results, stderr } = await graded(path);
    expect(results).toHaveLength(2);
    expect(code).toBe(0);
    expect(stderr).toContain('skipped 2 rows');
    // Any other text in one cell is still a short row, an error in its place.
    const other = join(temp(), 'other.csv');
    writeFileSync(other, `${HEADER.join(',')}\n${BAR.join(',')}\nHRB400\n`);
    const run = await graded(other);
    expect(run.results).toHaveLength(2);
    expect(run.code).toBe(1);
  });
});
