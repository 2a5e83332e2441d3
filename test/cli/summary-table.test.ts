/**
 * An evaluator's 汇总表 ends with 合计 / 平均 / 小计 / 全省平均 rows and a
 * merged 填表人：…审核人：… line (enterprise-23 W3): the summary rows are no
 * enterprises whatever their values, the signature line is notes with or
 * without `--keep`, each is named in the skipped-rows notice, the records
 * and the rows skipped add up to the table's rows, and the blank 所属行业
 * of a summary row asks for no fill-down. JSON records are data, not a
 * sheet: none is dropped for its id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { writeParquet } from '../parquet-file';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const RULES = 'enterprise/quality-management-capability';
const SCORES = ENTERPRISE_ITEM_LABELS;
// The same items by indicator name, as a JSON record gives them.
const IDS = [
  'leadershipCommitment',
  'processControl',
  'supplierQuality',
  'auditAndImprovement',
  'dataCollection',
  'qualityAnalytics',
  'traceability',
  'innovation',
  'customerFocus',
  'talentDevelopment',
  'productQuality',
  'qualityLoss',
  'customerSatisfaction',
];
const HEADER = ['序号', '企业名称', '所属行业', ...SCORES, '近三年发生重大质量事故'];
const scores = (v: number | string) => SCORES.map(() => String(v));
/** Three enterprises, then the closing rows a 汇总表 has under them (sheet rows 5-9 with the header on row 1). */
const ROWS: string[][] = [
  ['1', '甲公司', '化工', ...scores(85), '否'],
  ['2', '乙公司', '化工', ...scores(70), '否'],
  ['3', '合计-01 公司', '食品', ...scores(60), '否'],
  ['合计', '', '', ...scores(215), ''],
  ['平均', '', '', ...scores('71.67'), ''],
  ['', '小计', '化工', ...scores(77.5), ''],
  ['', '全省平均：', '', ...scores(71.67), ''],
  ['填表人：王芳　　审核人：李强　　填表日期：2026-11-30', ...HEADER.slice(1).map(() => '')],
];
const NAMES = ['甲公司', '乙公司', '合计-01 公司'];
const SUMMARY_EN =
  'summary rows, skipped whatever their values: ROWS 5 "合计", 6 "平均", 7 "小计", 8 "全省平均："';
const SUMMARY_ZH = '汇总行（不论其数值）：第 5 行“合计”、第 6 行“平均”、第 7 行“小计”、第 8 行“全省平均：”';

function csv(name: string): string {
  const path = join(temp(), name);
  writeFileSync(path, `${[HEADER, ...ROWS].map((r) => r.join(',')).join('\n')}\n`);
  return path;
}

/** The table as an evaluator lays it out: 合计 and 平均 merged across 序号…所属行业, the signature line across all. */
async function workbook(name: string): Promise<string> {
  const path = join(temp(), name);
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('汇总表');
    ws.addRow(HEADER);
    for (const r of ROWS) ws.addRow(r.map((c) => (c === '' ? null : /^[\d.]+$/.test(c) ? Number(c) : c)));
    ws.mergeCells(5, 1, 5, 3);
    ws.mergeCells(6, 1, 6, 3);
    ws.mergeCells(9, 1, 9, HEADER.length);
  });
  writeFileSync(path, bytes);
  return path;
}

async function graded(path: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--lang', 'en', ...args, path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { ...run, results };
}

describe.concurrent('a 汇总表’s summary rows and signature line are not records (enterprise-23 W3)', () => {
  it('CSV: 合计, 平均, ,小计,化工 and ,全省平均： are summary rows, named; 5 skipped + 3 records = 8 rows', async () => {
    const path = csv('table.csv');
    for (const args of [[], ['--keep', '企业名称'], ['--keep', '所属行业']]) {
      const run = await graded(path, ...args);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.row)).toEqual([1, 2, 3]);
      expect(run.stderr).toContain(
        `skipped 5 rows of notes or closing lines (合计, 合格率, 以下空白 and the like), not counted as records: line 9; ${SUMMARY_EN.replace('ROWS', 'lines')}`,
      );
      expect(run.stderr).toContain('3 records: 3 graded');
    }
    const named = await graded(path, '--keep', '企业名称');
    expect(named.results.map((r) => r.kept?.企业名称)).toEqual(NAMES);
    // The one case left a record: a CSV sign-off typed in a column named with --keep (documented, hostile-19 F5).
    const author = await graded(path, '--keep', '序号');
    expect(author.results.map((r) => r.kept?.序号)).toEqual(['1', '2', '3', ROWS[7]![0]]);
  });

  it('CSV, --tally-by 所属行业: no group 合计 or 平均, no fill-down hint from the summary rows’ blank cells', async () => {
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      RULES,
      '--tally-by',
      '所属行业',
      csv('tally.csv'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `跳过 5 行：备注或合计、以下空白等结尾行，不作为记录（第 9 行；${SUMMARY_ZH}）`,
    );
    expect(run.stderr).toContain('共 3 条记录：已分级 3');
    expect(run.stderr).toContain('按“所属行业”统计（2 组）');
    expect(run.stderr).not.toContain('向下填充');
    expect(run.stderr).not.toContain('（无值）');
  });

  it('.xlsx with merged 合计/平均 and a merged signature line: 3 records with or without --keep', async () => {
    const path = await workbook('table.xlsx');
    for (const args of [
      [],
      ['--keep', '企业名称'],
      ['--keep', '所属行业'],
      ['--keep', '序号', '--keep', '企业名称'],
    ]) {
      const run = await graded(path, ...args);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.row)).toEqual([1, 2, 3]);
      expect(run.stderr).toContain(
        `not counted as records: sheet row 9; ${SUMMARY_EN.replace('ROWS', 'sheet rows')}`,
      );
    }
    const named = await graded(path, '--keep', '企业名称', '--tally-by', '所属行业');
    expect(named.results.map((r) => r.kept?.企业名称)).toEqual(NAMES);
    expect(named.stderr).not.toContain('填表人');
    expect(named.stderr).not.toMatch(/fill|（no value）|\(no value\)/);
  });

  it('.xlsx: the JSON array and the xlsx report count 3 records, and the workbook names the summary rows', async () => {
    const path = await workbook('counts.xlsx');
    const json = await cli.run(['grade', '-r', RULES, '-f', 'json', '--keep', '企业名称', path]);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(3);
    const out = join(temp(), 'graded.xlsx');
    const report = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      RULES,
      '-f',
      'xlsx',
      '-o',
      out,
      '--keep',
      '企业名称',
      path,
    ]);
    expect(report.code).toBe(0);
    const [results, summary] = await readBack(readFileSync(out));
    // The header and the three enterprises.
    expect(results!.rows.filter((r) => r.length > 0)).toHaveLength(4);
    const texts = summary!.rows.flat().map(String);
    expect(texts.some((t) => t.includes(`跳过 5 行`) && t.includes(SUMMARY_ZH))).toBe(true);
    expect(texts.join('\n')).not.toContain('填表人');
  });

  it('JSON and NDJSON records are data, not a sheet: an id 合计 or 平均 is graded as written', async () => {
    const record = (id: string, v: number) => ({
      序号: id,
      ...Object.fromEntries(IDS.map((s) => [s, v])),
      majorQualityIncident: false,
    });
    const records = [record('1', 85), record('合计', 85), record('平均', 70)];
    const ndjson = join(temp(), 'records.ndjson');
    writeFileSync(ndjson, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const json = join(temp(), 'records.json');
    writeFileSync(json, JSON.stringify(records));
    for (const path of [ndjson, json]) {
      const run = await graded(path, '--keep', '序号');
      expect(run.code).toBe(0);
      expect(run.results.map((r) => [r.kept?.序号, r.grade])).toEqual([
        ['1', 'prevention'],
        ['合计', 'prevention'],
        ['平均', 'assurance'],
      ]);
      expect(run.stderr).not.toContain('skipped');
    }
  });
});

describe('a 汇总表 saved as Parquet (enterprise-23 W3)', () => {
  it('its 合计, 平均, 小计 and 全省平均 rows are skipped and named as in CSV, by Parquet row', async () => {
    const file = join(temp(), 'table.parquet');
    // Text columns as a sheet saved as CSV gives them; the signature line left out (Parquet rows are never notes).
    await writeParquet(
      file,
      `SELECT * FROM read_csv('${csv('for-parquet.csv')}', all_varchar = true) WHERE "序号" IS NULL OR "序号" NOT LIKE '填表人%'`,
    );
    const run = await graded(file, '--keep', '企业名称');
    expect(run.code).toBe(0);
    expect(run.results.map((r) => [r.row, r.kept?.企业名称])).toEqual(NAMES.map((n, i) => [i + 1, n]));
    expect(run.stderr).toContain(
      'skipped 4 rows, not counted as records: summary rows, skipped whatever their values: rows 4 "合计", 5 "平均", 6 "小计", 7 "全省平均："',
    );
    expect(run.stderr).toContain('3 records: 3 graded');
  });
});
