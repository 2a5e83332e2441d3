/**
 * Lot grading's reports (standards-31 F1): `grade --group-by -f html` and
 * `-f xlsx` write the per-lot table (grade, why, the statistics as the table
 * and CSV show them), the lots per grade, the rule set's provenance (the lot
 * scheme is illustrative) and the lots not graded with their reasons; every
 * figure is the JSON output's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../../src/index';
import { useCli, useTempDir } from '../../cli/cli-harness';
import { readBack } from '../xlsx/read-back';

const cli = useCli();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';
const SAMPLES = join(import.meta.dirname, '../../../examples/cement-lot-samples.csv');

/** The example's three lots (superior, first, conforming), then a lot with an invalid record. */
function input(): string {
  const path = join(temp(), 'lots.csv');
  const text = readFileSync(SAMPLES, 'utf8').trimEnd();
  writeFileSync(
    path,
    `${text}\nX-01,2026-12 42.5,42.5,24,abc,150,230\nX-02,2026-12 42.5,42.5,24,49,150,230\n`,
  );
  return path;
}

async function groups(path: string): Promise<GroupResult[]> {
  const { stdout } = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'json', '--no-summary', path]);
  return JSON.parse(stdout) as GroupResult[];
}

/** Each lot's statistics as the CSV writes them (the figures of their explanations). */
async function csvFigures(path: string): Promise<Map<string, string[]>> {
  const { stdout } = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'csv', '--no-summary', path]);
  const [head, ...rows] = stdout.trim().split('\n');
  const columns = head!.split(',');
  const from = columns.indexOf('samples');
  // Keys and figures hold no comma; the explanation is quoted but before the figures: read them from the end.
  return new Map(rows.map((r) => [r.split(',')[0]!, r.split(',').slice(from - columns.length)]));
}

describe('grade --group-by -f html', () => {
  it('a row per lot with its grade and the statistics as the CSV shows them, the lots per grade, provenance (zh)', async () => {
    const path = input();
    const json = await groups(path);
    const figures = await csvFigures(path);
    const out = join(temp(), 'lots.html');
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      LOTS,
      '-g',
      'lot',
      '-f',
      'html',
      '-o',
      out,
      path,
    ]);
    // A lot holds an invalid record: exit 1, as the other formats; nothing on stdout.
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<h1>批次评级报告</h1>');
    // The scheme is illustrative: the page says so, with the provenance sentence.
    expect(page).toContain('<p class="warn">注意：本规则集的阈值是示例数值');
    expect(page).toContain('数值来源：示例数值，非标准规定');
    expect(json.map((g) => g.grade)).toEqual(['superior', 'first', 'conforming', null]);
    const labels: Record<string, string> = { superior: '优等品', first: '一等品', conforming: '合格品' };
    for (const g of json) {
      const row = page.match(new RegExp(`<tr data-group="${g.group}"[^>]*>(.*?)</tr>`))?.[1];
      expect(row, g.group).toBeDefined();
      const cells = [...row!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
      const rows = g.rows.first === g.rows.last ? `${g.rows.first}` : `${g.rows.first}–${g.rows.last}`;
      expect(cells.slice(0, 3)).toEqual([g.group, rows, String(g.records.count)]);
      expect(cells[3]).toContain(g.grade ? labels[g.grade] : '不分级');
      // samples, mean28d, cv28d: the CSV's figures (48.52, 3.8), '–' where the JSON has none.
      const shown = figures.get(g.group)!.map((f) => (f === '' ? '–' : f));
      expect(cells.slice(4, 7)).toEqual(shown);
    }
    // The first-class lot: what holds it down is the JSON's blocker, and the requirement's note is shown.
    const first = json[1]!;
    expect(page).toContain(`<summary>${first.nextGrade!.blockers[0]!.message.zh.slice(0, 20)}`);
    expect(page).toContain('注：示例数值');
    // The lots per grade: 1 each, and one not graded for its invalid record; the total is the lots'.
    expect(page).toMatch(
      /<tr data-grade="superior"><td>优等品<\/td><td><code>superior<\/code><\/td><td class="n">1<\/td>/,
    );
    expect(page).toMatch(
      /<tr data-not-graded="invalid-record"><td>不分级：含无效记录<\/td><td><\/td><td class="n">1<\/td>/,
    );
    expect(page).toContain('<th class="n" data-total>4</th>');
    expect(page).toContain('<li data-summary="with-invalid">含无效记录的组<b>1</b>');
    // The lots not graded, with the JSON's reason.
    const list = page.slice(page.indexOf('<h2 id="not-graded">'));
    expect(list).toContain('<td>2026-12 42.5</td>');
    expect(list).toContain(json[3]!.notGradedReason!.message.zh.replace(/"/g, '&quot;').slice(0, 30));
  });

  it('in English, and with no lot not graded', async () => {
    const out = join(temp(), 'en.html');
    const run = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'html', '-o', out, SAMPLES]);
    expect(run.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<h1>Lot grade report</h1>');
    expect(page).toContain('Provenance: ');
    expect(page).toContain('<th class="n" data-statistic="cv28d">CV of 28-day compressive strength (%)</th>');
    expect(page).toContain('<p>Every group is graded.</p>');
    expect(page).toContain('top grade reached');
    expect(page).not.toContain('批次评级');
  });

  it('needs -o, and -o is for html and xlsx only', async () => {
    const bare = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'html', SAMPLES]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('-f html writes a file: give one with -o');
    const table = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-o', join(temp(), 'x.txt'), SAMPLES]);
    expect(table.code).toBe(2);
    expect(table.stderr).toContain('-o is for -f xlsx or html');
  });
});

describe('grade --group-by -f xlsx', () => {
  it('a row per lot (numbers as numbers), and a summary with the lots per grade and the provenance', async () => {
    const path = input();
    const json = await groups(path);
    const figures = await csvFigures(path);
    const out = join(temp(), 'lots.xlsx');
    const run = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'xlsx', '-o', out, path]);
    expect(run.code).toBe(1);
    const [lots, summary] = await readBack(readFileSync(out));
    expect(lots!.name).toBe('Groups');
    const [header, ...rows] = lots!.rows;
    expect(header).toEqual([
      'lot',
      'First line',
      'Last line',
      'Records',
      'Invalid records',
      'Grade',
      'Grade label',
      'Not graded because',
      'Samples',
      'Mean of 28-day compressive strength (MPa)',
      'CV of 28-day compressive strength (%)',
      'Explanation',
      'Criterion ids',
    ]);
    expect(rows.map((r) => r.slice(0, 8))).toEqual(
      json.map((g) => [
        g.group,
        // The input's lines (committee-37 M5), not the record numbers.
        (g.rows.places!.first as { line: number }).line,
        (g.rows.places!.last as { line: number }).line,
        g.records.count,
        g.records.invalid,
        g.grade,
        g.label?.en ?? 'Not graded',
        g.notGradedReason ? 'invalid records' : null,
      ]),
    );
    // Each statistic whole in its cell (the JSON's value), shown as the CSV shows it.
    for (const [i, g] of json.entries()) {
      const values = g.statistics.map((s) => s.value);
      expect(rows[i]!.slice(8, 11).map((v) => v ?? null)).toEqual(values);
      expect(figures.get(g.group)!.filter((f) => f !== '').length).toBe(
        values.filter((v) => v !== null).length,
      );
    }
    expect(rows[1]![12]).toBe('cv-28d-superior');
    const find = (item: string) => summary!.rows.find((r) => r[1] === item);
    expect(summary!.rows[0]).toEqual(['Category', 'Item', 'Groups', 'Note']);
    expect(find('Superior')?.[2]).toBe(1);
    expect(find('First class')?.[2]).toBe(1);
    expect(find('Conforming')?.[2]).toBe(1);
    expect(find('invalid records')?.[2]).toBe(1);
    expect(find('All groups')?.slice(2)).toEqual([4, '3 graded, 1 not graded']);
    expect(summary!.rows.find((r) => r[0] === 'Provenance')?.[1]).toContain('illustrative');
  });

  it('in Chinese', async () => {
    const out = join(temp(), 'zh.xlsx');
    await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '-f', 'xlsx', '-o', out, SAMPLES]);
    const [lots, summary] = await readBack(readFileSync(out));
    expect(lots!.name).toBe('各组');
    expect(lots!.rows.slice(1).map((r) => r[6])).toEqual(['优等品', '一等品', '合格品']);
    expect(summary!.rows.find((r) => r[0] === '数值来源')?.[3]).toContain('示例');
  });
});
