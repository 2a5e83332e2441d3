/**
 * `qgrade grade --tally-by` on a column of nearly unique values (sample ids):
 * the first 1,000 values get a row each, the records of the rest one row,
 * "（其他）" / "(other)", with one notice on stderr; the totals add up. The
 * expected counts are worked out here from the rows, not from the summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';
const BOUND = 1000;
const ROWS = 2400;

/** Row i: sample id S(i mod 1,200), none when i % 100 === 99; 3-day strength 16 + i mod 9, "abc" when i % 97 === 13. */
function row(i: number): { id: string; strength: number | 'abc' } {
  return { id: i % 100 === 99 ? '' : `S${i % 1200}`, strength: i % 97 === 13 ? 'abc' : 16 + (i % 9) };
}

function sheet(): string {
  const lines = ['样品编号,强度等级,compressive3d,compressive28d,initialSetting,finalSetting'];
  for (let i = 0; i < ROWS; i++) {
    const { id, strength } = row(i);
    lines.push(`${id},42.5,${strength},48,150,240`);
  }
  const file = join(temp(), 'ids.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

type Counts = [number, number, number, number, number, number];

/** cement-lot-grade, 42.5, on 3-day strength: ≥ 22 superior, ≥ 19 first class, ≥ 17 conforming, else not graded. */
function add(c: Counts, strength: number | 'abc'): void {
  if (strength === 'abc') c[4]++;
  else if (strength >= 22) c[0]++;
  else if (strength >= 19) c[1]++;
  else if (strength >= 17) c[2]++;
  else c[3]++;
  c[5]++;
}

/** Rows of the table as expected: the first 1,000 ids in order of first appearance, (other), (no value), total. */
function expectedRows(other: string, none: string, total: string): string[][] {
  const groups = new Map<string, Counts>();
  const rest: Counts = [0, 0, 0, 0, 0, 0];
  const blank: Counts = [0, 0, 0, 0, 0, 0];
  const all: Counts = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < ROWS; i++) {
    const { id, strength } = row(i);
    add(all, strength);
    if (id === '') add(blank, strength);
    else if (groups.has(id) || groups.size < BOUND) {
      if (!groups.has(id)) groups.set(id, [0, 0, 0, 0, 0, 0]);
      add(groups.get(id)!, strength);
    } else add(rest, strength);
  }
  const text = (c: Counts) => c.map((n) => n.toLocaleString('en-US'));
  return [
    ...[...groups].map(([id, c]) => [id, ...text(c)]),
    [other, ...text(rest)],
    [none, ...text(blank)],
    [total, ...text(all)],
  ];
}

/** The rows of the table after the heading, split on runs of two spaces. */
function tableAfter(stderr: string, heading: string): string[][] {
  const lines = stderr.split('\n');
  const at = lines.indexOf(heading);
  expect(at).toBeGreaterThan(0);
  return lines
    .slice(at + 2)
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim().split(/ {2,}/));
}

const NOTICE_EN = '--tally-by 样品编号: the column has more than 1,000 values';
const NOTICE_ZH = '--tally-by 样品编号：该列的取值超过 1,000 个';

describe('qgrade grade --tally-by on a column of more than 1,000 values', () => {
  it('lists the first 1,000, the rest as one "(other)" row, totals adding up, and says so once', async () => {
    const file = sheet();
    const run = await cli.run(['grade', '-r', LOTS, '-f', 'csv', '--tally-by', '样品编号', file]);
    expect(run.stderr.split(NOTICE_EN)).toHaveLength(2);
    const expected = expectedRows('(other)', '(no value)', 'total');
    const other = expected.at(-3)!;
    expect(other[0]).toBe('(other)');
    expect(Number(other[6])).toBeGreaterThan(300);
    expect(run.stderr).toContain(`counts the other ${other[6]} records as one group, "(other)"`);
    expect(run.stderr).toContain('Tally by a column with fewer values, such as a producer or a region');
    const rows = tableAfter(
      run.stderr,
      'by 样品编号 (1,002 groups; more than 1,000 values, the rest as "(other)"):',
    );
    expect(rows).toEqual(expected);
    expect(rows.at(-1)![6]).toBe('2,400');
    // The results are those of a run without --tally-by.
    const plain = await cli.run(['grade', '-r', LOTS, '-f', 'csv', file]);
    expect(run.stdout).toBe(plain.stdout);
    expect(plain.stderr).not.toContain('--tally-by');
  });

  it('in Chinese; and the same on 2 workers', async () => {
    const file = sheet();
    const args = ['--lang', 'zh', 'grade', '-r', LOTS, '-f', 'csv', '--tally-by', '样品编号', file];
    const run = await cli.run(args);
    expect(run.stderr.split(NOTICE_ZH)).toHaveLength(2);
    const expected = expectedRows('（其他）', '（无值）', '合计');
    expect(run.stderr).toContain(
      `其余 ${expected.at(-3)![6]} 条记录合为“（其他）”一组（各等级合计不变）。请改用取值较少的列`,
    );
    const rows = tableAfter(
      run.stderr,
      '按“样品编号”统计（1,002 组；取值超过 1,000 个，其余合为“（其他）”）：',
    );
    expect(rows).toEqual(expected);
    const two = await cli.run([...args, '--workers', '2']);
    expect(two.stderr).toBe(run.stderr);
  });

  it('--no-summary: no table, the notice still once', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      LOTS,
      '-f',
      'csv',
      '--no-summary',
      '--tally-by',
      '样品编号',
      sheet(),
    ]);
    expect(run.stderr.split(NOTICE_EN)).toHaveLength(2);
    expect(run.stderr).not.toContain('by 样品编号 (');
  });

  it('-f xlsx: the sheet 分组统计 has the same rows, (其他) among them; -f html the same table', async () => {
    const file = sheet();
    const xlsx = join(temp(), 'ids.xlsx');
    const zh = ['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', '样品编号'];
    const run = await cli.run([...zh, '-f', 'xlsx', '-o', xlsx, file]);
    expect(run.stderr.split(NOTICE_ZH)).toHaveLength(2);
    const byGroup = (await readBack(readFileSync(xlsx))).find((s) => s.name === '分组统计')!;
    const numbers = (r: string[]) => [r[0], ...r.slice(1).map((n) => Number(n.replace(/,/g, '')))];
    expect(byGroup.rows.slice(1)).toEqual(expectedRows('（其他）', '（无值）', '合计').map(numbers));

    const html = join(temp(), 'ids.html');
    await cli.run([...zh, '-f', 'html', '-o', html, file]);
    const page = readFileSync(html, 'utf8');
    const table = page.match(/<table class="tally">[\s\S]*?<\/table>/)?.[0] ?? '';
    const cells = (tr: string) =>
      [...tr.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ''));
    const rows = [...table.matchAll(/<tr[^>]*>[\s\S]*?<\/tr>/g)].map((m) => cells(m[0]));
    expect(rows.slice(1)).toEqual(expectedRows('（其他）', '（无值）', '合计'));
    expect(table).toContain('<tr data-other-groups><td>（其他）</td>');
    expect(page).toContain('该列的取值超过 1,000 个：只列出最先出现的 1,000 个');
  });

  it('1,000 values exactly: every value its row, no notice', async () => {
    const lines = ['样品编号,强度等级,compressive3d,compressive28d,initialSetting,finalSetting'];
    for (let i = 0; i < BOUND; i++) lines.push(`S${i},42.5,24,48,150,240`);
    const file = join(temp(), 'exact.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = await cli.run(['grade', '-r', LOTS, '-f', 'csv', '--tally-by', '样品编号', file]);
    expect(run.stderr).not.toContain('more than');
    expect(run.stderr).toContain('by 样品编号 (1,000 groups):');
  });
});
