/**
 * Summary lines (`合计,2`, `合格率,100%`) and a page break that repeats a
 * header of several lines count alike in CSV, TSV and .xlsx (hostile-22 W2,
 * W3, W8, W10): a closing line is notes whether or not it is padded to the
 * header's width and whatever column its count falls under; a summary word
 * in the id cell makes a summary row whatever its values (enterprise-23 W3:
 * a 汇总表's 合计 / 平均 rows), named with its word in the notice; and the
 * "skipped" notice never says a row with a value under an indicator column
 * had none.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledRuleSet } from '../../src/browser';
import { createGrader, gradeFile } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { CONFORMING_BAR, REBAR_LABELS } from '../rebar-row';
import { useCli, useTempDir } from './cli-harness';
import { sheetRows } from './sheet-rows-fixture';

const cli = useCli();
const temp = useTempDir();
// The run and its NDJSON parsing are the shared ones; `files` below is its own, as it writes TSV too.
const { graded } = sheetRows(cli, temp);

const REBAR = 'steel/hot-rolled-ribbed-bar';
const HEADER = ['样品编号', ...REBAR_LABELS];
const BAR = [...CONFORMING_BAR];
const pad = (cells: string[], width: number) => [
  ...cells,
  ...Array.from({ length: width - cells.length }, () => ''),
];

/** The rows as CSV, TSV (each line as written: short lines stay short) and .xlsx. */
async function files(name: string, rows: string[][]): Promise<string[]> {
  const csv = join(temp(), `${name}.csv`);
  writeFileSync(csv, `${rows.map((r) => r.join(',')).join('\n')}\n`);
  const tsv = join(temp(), `${name}.tsv`);
  writeFileSync(tsv, `${rows.map((r) => r.join('\t')).join('\n')}\n`);
  const xlsx = join(temp(), `${name}.xlsx`);
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('检验');
    for (const r of rows) ws.addRow(r.map((c) => (c === '' ? null : c)));
  });
  writeFileSync(xlsx, bytes);
  return [csv, tsv, xlsx];
}

/** `gradeFile`'s results (row, grade) for a file: the library counts as the CLI does. */
async function library(path: string): Promise<unknown[]> {
  const grader = createGrader(await loadBundledRuleSet(REBAR));
  const out: unknown[] = [];
  for await (const r of gradeFile(grader, path)) out.push([r.row, r.grade]);
  return out;
}

/** What a format-independent comparison looks at: each record's row, grade and kept values, and the exit code. */
const shape = (run: Awaited<ReturnType<typeof graded>>) => ({
  code: run.code,
  rows: run.results.map((r) => [r.row, r.grade, r.kept, r.errors === undefined]),
});

describe.concurrent('summary lines and repeated headers count alike in CSV, TSV and .xlsx', () => {
  it('W2: `合格率,100%` and `合计,2` typed without the commas after are notes, as padded ones are', async () => {
    const rows = [
      HEADER,
      ['B1', ...BAR],
      ['B2', ...BAR],
      ['合格率', '100%'],
      ['合计', '2'],
      ['合计', '2', '0'],
    ];
    const runs = [];
    for (const path of await files('unpadded', rows)) {
      const run = await graded(path, REBAR);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['B1', 'B2']);
      // Lines 4-6, also in .xlsx; 合格率's `100%` is under 牌号, an indicator column.
      expect(run.stderr).toMatch(
        /skipped 3 rows, not counted as records: summary rows, skipped whatever their values: (lines|sheet rows) 4 "合格率", 5 "合计", 6 "合计"/,
      );
      expect(run.stderr).not.toContain('no value under any indicator column');
      expect(await library(path)).toEqual(run.results.map((r) => [r.row, r.grade]));
      runs.push(shape(run));
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('a summary word in the id cell with three cells after it is a summary row too, short or padded, in every format', async () => {
    const rows = [
      HEADER,
      ['B1', ...BAR],
      ['合计', '2', '0', '1'],
      pad(['小计', '2', '0', '1'], HEADER.length),
    ];
    const runs = [];
    for (const path of await files('three-after', rows)) {
      const run = await graded(path, REBAR);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['B1']);
      expect(run.stderr).toMatch(
        /summary rows, skipped whatever their values: (lines|sheet rows) 3 "合计", 4 "小计"/,
      );
      runs.push(shape(run));
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    // Under an indicator column (no id cell: 牌号 first), three values after the word are still a row, invalid.
    const short = join(temp(), 'grade-first.csv');
    writeFileSync(short, `${REBAR_LABELS.join(',')}\n${BAR.join(',')}\n合计,2,0,1\n`);
    const run = await graded(short, REBAR);
    expect(run.code).toBe(1);
    expect(JSON.stringify(run.results[1])).toContain('line 3 has 4 cells; the header has 14');
  });

  it("hostile-23 W14: a lab sheet's closing block of statistics (最大值 … 变异系数, Max, SD, 合格率(%)) skipped, every line", async () => {
    const words = [
      '平均值',
      '最大值',
      '最小值',
      '标准差',
      '极差',
      '变异系数',
      '中位数',
      '样本数',
      'Max',
      'Min',
      'SD',
      '合格率(%)',
      // fix-input3-33: the word with its symbol after it.
      '变异系数Cv',
      '变异系数 Cv(%)',
      'CV值',
    ];
    const rows = [HEADER, ['B1', ...BAR], ...words.map((w) => [w, '', '', '455'])];
    for (const path of await files('statistics', rows)) {
      const run = await graded(path, REBAR);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['B1']);
      expect(run.stderr).toContain(`skipped ${words.length} rows`);
    }
    // A sample id that only starts with such a word is a sample.
    const id = join(temp(), 'max-id.csv');
    writeFileSync(id, `${HEADER.join(',')}\nMax-01,${BAR.join(',')}\n`);
    expect((await graded(id, REBAR)).results.map((r) => r.kept?.样品编号)).toEqual(['Max-01']);
  });

  it('W8: a lot-first sheet: `合计,4` (its count under the sample ids) is no sample "4" and no lot 合计', async () => {
    const header = ['批号', ...HEADER];
    const rows = [
      header,
      ['L1', 'B1', ...BAR],
      ['L1', 'B2', ...BAR],
      ['L2', 'B3', ...BAR],
      // A real sample id that starts with a summary word stays a record.
      ['L2', '合计-01', ...BAR],
      pad(['合计', '4'], header.length),
      ['合计', '4'],
    ];
    const runs = [];
    for (const path of await files('lot-first', rows)) {
      const run = await graded(path, REBAR);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['B1', 'B2', 'B3', '合计-01']);
      expect(run.stderr).toMatch(
        /skipped 2 rows, not counted as records: summary rows, skipped whatever their values: (lines|sheet rows) 6 "合计", 7 "合计"/,
      );
      expect(await library(path)).toEqual(run.results.map((r) => [r.row, r.grade]));
      runs.push(shape(run));
      const grouped = await cli.run(['grade', '-r', REBAR, '--group-by', '批号', '--lang', 'en', path]);
      expect(grouped.code).toBe(0);
      const out = grouped.stdout + grouped.stderr;
      expect(out).toContain('2 groups');
      expect(grouped.stdout).not.toContain('合计');
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('W10: a page break repeating a group heading, the header and its units row skips all three', async () => {
    const group = pad(['', '', '', '力学性能', '', '', '', '化学成分'], HEADER.length);
    const units = ['', '', 'mm', 'MPa', 'MPa', '%', '%', '%', '%', '%', '%', '%', '%', '%', ''];
    const rows = [group, HEADER, units, ['B1', ...BAR], ['B2', ...BAR], group, HEADER, units, ['B3', ...BAR]];
    const runs = [];
    for (const path of await files('page-break', rows)) {
      const run = await graded(path, REBAR);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['B1', 'B2', 'B3']);
      expect(run.stderr).toMatch(/(lines|sheet rows) 6, 7, 8 repeat the header/);
      runs.push(shape(run));
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('W10 in CSV: a one-cell title line repeated after a page break, no commas after it, is skipped too', async () => {
    const path = join(temp(), 'title.csv');
    const page = ['钢筋检验报告', HEADER.join(',')];
    writeFileSync(
      path,
      `${[...page, ['B1', ...BAR].join(','), ...page, ['B2', ...BAR].join(',')].join('\n')}\n`,
    );
    const run = await graded(path, REBAR);
    expect(run.code).toBe(0);
    expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['B1', 'B2']);
    expect(run.stderr).toContain('lines 4, 5 repeat the header');
  });

  it('W10 in .xlsx: a merged two-row header repeated after a page break is skipped, both rows', async () => {
    const path = join(temp(), 'merged.xlsx');
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('检验');
      // Group headings merged across their columns, the other headings merged down over both rows.
      const header = (r: number) => {
        ws.getCell(r, 4).value = '力学性能';
        ws.mergeCells(r, 4, r, 7);
        ws.getCell(r, 8).value = '化学成分';
        ws.mergeCells(r, 8, r, 13);
        for (const c of [1, 2, 3, 14, 15]) {
          ws.getCell(r, c).value = HEADER[c - 1]!;
          ws.mergeCells(r, c, r + 1, c);
        }
        for (let c = 4; c <= 13; c++) ws.getCell(r + 1, c).value = HEADER[c - 1]!;
      };
      header(1);
      ws.getRow(3).values = ['B1', ...BAR];
      ws.getRow(4).values = ['B2', ...BAR];
      header(5);
      ws.getRow(7).values = ['B3', ...BAR];
    });
    writeFileSync(path, bytes);
    const run = await graded(path, REBAR);
    expect(run.code).toBe(0);
    expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['B1', 'B2', 'B3']);
    expect(run.stderr).toContain('sheet rows 5, 6 repeat the header');
  });
});

describe.concurrent('a summary word in the id cell over a full row (hostile-22 W3, enterprise-23 W3)', () => {
  const rules = () => {
    const path = join(temp(), 'narrow.yaml');
    writeFileSync(
      path,
      `schemaVersion: 1
id: test/narrow
version: 1.0.0
industry: test
subject: product
title: { zh: 窄表, en: Narrow }
references:
  - { code: X 1-2020, title: { zh: 测试, en: Test }, edition: "2020", status: current }
provenance: { level: secondary, note: { zh: 测试, en: test } }
indicators:
  kind:
    type: enum
    values: [A, B]
    valueLabels:
      A: { zh: 甲型, en: Type A }
      B: { zh: 乙型, en: Type B }
    label: { zh: 类型, en: Kind }
  x:
    type: number
    label: { zh: 数值 X, en: Value X }
  y:
    type: number
    required: false
    label: { zh: 数值 Y, en: Value Y }
grades:
  - { id: "2", label: { zh: 二级, en: Grade 2 } }
  - { id: "1", label: { zh: 一级, en: Grade 1 } }
criteria:
  - { id: a1, indicator: x, when: { kind: A }, require: "≥ 10", grade: "1" }
  - { id: b1, indicator: x, when: { kind: B }, require: "≥ 20", grade: "1" }
  - { id: all2, indicator: x, require: "≥ 0", grade: "2" }
`,
    );
    return path;
  };

  it('`平均值,甲型,12` and `合计,乙型,25` are summary rows whatever their values, named in the notice', async () => {
    const rows = [
      ['id', '类型', '数值 X'],
      ['r1', '甲型', '15'],
      ['平均值', '甲型', '12'],
      ['合　计：', '乙型', '25'],
      ['r4', '乙型', '35'],
      ['合计', '', '4'],
      ['合计', '4'],
      ['合计-01', '甲型', '11'],
      ['平均气温试验', '乙型', '21'],
    ];
    const path = rules();
    const runs = [];
    for (const file of await files('narrow', rows)) {
      const run = await graded(file, path);
      expect(run.code).toBe(0);
      // A sample id that merely contains a summary word is a record.
      expect(run.results.map((r) => [r.kept?.id, r.grade])).toEqual([
        ['r1', '1'],
        ['r4', '1'],
        ['合计-01', '1'],
        ['平均气温试验', '1'],
      ]);
      // Records + skipped = rows under the header (4 + 4 = 8).
      expect(run.stderr).toMatch(
        /skipped 4 rows, not counted as records: summary rows, skipped whatever their values: (lines|sheet rows) 3 /,
      );
      expect(run.stderr).toMatch(
        /summary rows, skipped whatever their values: (lines|sheet rows) 3 "平均值", 4 "合　计：", 6 "合计", 7 "合计"/,
      );
      expect(run.stderr).not.toContain('no value under any indicator column');
      runs.push(shape(run));
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('an indicator column no record fills changes nothing: `平均值` over values as full as the records is a summary row', async () => {
    const rows = [
      ['id', '类型', '数值 X', '数值 Y'],
      ['r1', '甲型', '15', ''],
      ['r2', '乙型', '', ''],
      ['平均值', '甲型', '12', ''],
      ['合计', '', '4', ''],
    ];
    const path = rules();
    for (const file of await files('optional', rows)) {
      const run = await graded(file, path);
      expect(run.results.map((r) => r.kept?.id)).toEqual(['r1', 'r2']);
      expect(run.stderr).toMatch(
        /skipped 2 rows, not counted as records: summary rows, skipped whatever their values: (lines|sheet rows) 4 "平均值", 5 "合计"/,
      );
    }
  });
});
