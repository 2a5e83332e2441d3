/**
 * committee-20 F6: a column headed `安定性` is read as the indicator labelled
 * `安定性（沸煮法）` in CSV, TSV, .xlsx and Parquet alike (one place decides:
 * `resolveColumns`); a short form two indicators share is not read, and the
 * hint still names the `--map` to write, on stderr and in the per-record reason.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { writeParquet } from '../parquet-file';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/cement-quality-grade';
const HEADER = [
  '样品编号',
  '水泥品种',
  '强度等级',
  '3天抗压强度(MPa)',
  '28天抗压强度(MPa)',
  '3天抗折强度(MPa)',
  '28天抗折强度(MPa)',
  '初凝时间(min)',
  '终凝时间(min)',
  '氧化镁(%)',
  '三氧化硫(%)',
  '氯离子(%)',
  '安定性',
];
// Superior: every figure inside the superior limits; the second row fails the soundness test (a veto).
const ROWS = [
  ['S1', 'P.O', '42.5', 23.5, 49, 5.2, 7.8, 180, 240, 2.8, 2.6, 0.025, '合格'],
  ['S2', 'P.O', '42.5', 23.5, 49, 5.2, 7.8, 180, 240, 2.8, 2.6, 0.025, '不合格'],
];

function file(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

function grades(stdout: string): (string | null)[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { grade: string | null }).grade);
}

async function grade(path: string, ...more: string[]) {
  return cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', ...more, path]);
}

describe.concurrent('a column headed 安定性 is read as 安定性（沸煮法） in every format', () => {
  const table = (sep: string) => `${[HEADER, ...ROWS].map((r) => r.join(sep)).join('\n')}\n`;

  it('CSV', async () => {
    const run = await grade(file('cement.csv', table(',')));
    expect(run.stderr).not.toContain('is close to the indicator');
    expect(grades(run.stdout)).toEqual(['superior', null]);
    expect(run.code).toBe(0);
  });

  it('TSV', async () => {
    const run = await grade(file('cement.tsv', table('\t')), '-i', 'tsv');
    expect(grades(run.stdout)).toEqual(['superior', null]);
  });

  it('.xlsx', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('样品');
      ws.addRow(HEADER);
      for (const r of ROWS) ws.addRow(r);
    });
    const path = join(temp(), 'cement.xlsx');
    writeFileSync(path, bytes);
    const run = await grade(path);
    expect(grades(run.stdout)).toEqual(['superior', null]);
  });

  it('Parquet', async () => {
    const path = join(temp(), 'cement.parquet');
    const values = ROWS.map((r) => `(${r.map((v) => (typeof v === 'number' ? v : `'${v}'`)).join(', ')})`);
    const names = HEADER.map((h) => `"${h}"`).join(', ');
    await writeParquet(path, `SELECT * FROM (VALUES ${values.join(', ')}) t(${names})`);
    const run = await grade(path);
    expect(grades(run.stdout)).toEqual(['superior', null]);
  });

  it('not when the sheet has 安定性（沸煮法） as well: as before, which to grade is asked (exit 2)', async () => {
    const header = [...HEADER, '安定性（沸煮法）'].join(',');
    const rows = ROWS.map((r) => [...r, '合格'].join(','));
    const run = await grade(file('both.csv', `${[header, ...rows].join('\n')}\n`));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'columns 14 ("安定性（沸煮法）") and 13 ("安定性") both look like the indicator soundness',
    );
  });
});

// Session 41: the hint names both indicators and offers no --map (which one is a guess).
describe.concurrent('a short form two indicators share is not read: the hint stays', () => {
  const RULES = join(FIXTURES, 'shared-note.yaml');
  it('en: no reading; the hint names the column and both indicators, no --map', async () => {
    const rules = RULES;
    const csv = file('shared.csv', '编号,抗压强度\nA,12\n');
    const run = await cli.run(['grade', '-r', rules, '-f', 'ndjson', csv]);
    expect(run.stderr).toContain(
      'the column "抗压强度" is not read: it is equally close to the indicators c3 (Compressive strength (3 d)), c28 (Compressive strength (28 d))',
    );
    expect(run.stderr).not.toContain('--map 抗压强度');
    expect(grades(run.stdout)).toEqual([null]);
  });

  it('zh: the same hint in Chinese', async () => {
    const rules = RULES;
    const csv = file('shared-zh.csv', '编号,抗压强度\nA,12\n');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', rules, '-f', 'ndjson', csv]);
    expect(run.stderr).toContain(
      '“抗压强度”列没有读取：它与指标 c3（抗压强度（3d））、c28（抗压强度（28d））同样相近，是哪一个无法确定',
    );
    expect(run.stderr).not.toContain('--map 抗压强度');
  });

  it('the HTML report, whose reader sees 缺少… on every record, shows the hint at the top', async () => {
    const csv = file('shared-html.csv', '编号,抗压强度\nA,12\n');
    const out = join(temp(), 'shared.html');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'html', '-o', out, csv]);
    expect(run.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(
      /<p class="warn" data-notice>[^<]*“抗压强度”列没有读取：它与指标 c3（抗压强度（3d））、c28（抗压强度（28d））同样相近，是哪一个无法确定；[^<]*<\/p>/,
    );
  });
});
