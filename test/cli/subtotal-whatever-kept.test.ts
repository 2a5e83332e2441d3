/**
 * Which rows are summary rows does not depend on the output options (hostile-24 M4): a lot's subtotal
 * (`甲厂,合计,2`, the word under the column headed as the sample id) is skipped with the default kept
 * column, with `--no-keep` and with `--keep` of another column alike, in CSV, TSV and .xlsx.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, gradeFile, loadRuleSet } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const ROWS = [
  ['生产企业', '样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'],
  ['甲厂', 'K1', '热泵型', '3500', '5.1'],
  ['甲厂', 'K2', '热泵型', '3500', '4.6'],
  ['甲厂', '合计', '2'],
  ['乙厂', 'K3', '热泵型', '3500', '4.1'],
  ['平均', '', '', '', '4.6'],
];

async function files(rows: string[][]): Promise<string[]> {
  const csv = join(temp(), 'tal.csv');
  writeFileSync(csv, `${rows.map((r) => r.join(',')).join('\n')}\n`);
  const tsv = join(temp(), 'tal.tsv');
  writeFileSync(tsv, `${rows.map((r) => r.join('\t')).join('\n')}\n`);
  const xlsx = join(temp(), 'tal.xlsx');
  writeFileSync(
    xlsx,
    await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      for (const r of rows) ws.addRow(r.map((c) => (c === '' ? null : c)));
    }),
  );
  return [csv, tsv, xlsx];
}

async function graded(path: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--lang', 'en', ...args, path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { code: run.code, stderr: run.stderr, rows: results.map((r) => [r.row, r.grade]) };
}

describe('a lot subtotal under the sample-id column is a summary row whatever is kept (M4)', () => {
  it.each([[[]], [['--no-keep']], [['--keep', '生产企业']], [['--keep', '样品编号']]])(
    '%j: 3 records, both closing rows skipped, exit 0, in CSV, TSV and .xlsx',
    async (args) => {
      for (const path of await files(ROWS)) {
        const run = await graded(path, ...args);
        expect(run.rows, path).toEqual([
          [1, '1'],
          [2, '2'],
          [3, '3'],
        ]);
        expect(run.code).toBe(0);
        expect(run.stderr).toMatch(
          /summary rows, skipped whatever their values: (lines|sheet rows) 4 "合计", 6 "平均"/,
        );
      }
    },
  );

  it('gradeFile counts as the CLI does', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const [csv] = await files(ROWS);
    for (const keep of ['none', 'auto'] as const) {
      const out: unknown[] = [];
      for await (const r of gradeFile(grader, csv!, { keep })) out.push([r.row, r.grade]);
      expect(out).toEqual([
        [1, '1'],
        [2, '2'],
        [3, '3'],
      ]);
    }
  });

  it('under the column found as the id, not headed as one (型号), a subtotal is a summary row whatever is kept', async () => {
    const rows = [
      ['生产企业', '型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'],
      ['甲厂', 'K1', '热泵型', '3500', '5.1'],
      ['甲厂', 'K2', '热泵型', '3500', '4.6'],
      ['甲厂', '合计', '2'],
      ['乙厂', 'K3', '热泵型', '3500', '4.1'],
    ];
    const [csv, tsv, xlsx] = await files(rows);
    const runs = [[], ['--no-keep'], ['--keep', '生产企业']].flatMap((args) =>
      [csv!, tsv!, xlsx!].map((path) => ({ path, args })),
    );
    // Worker processes read nothing: the rows they get are those the reader handed on.
    runs.push(
      { path: csv!, args: ['--workers', '2'] },
      { path: csv!, args: ['--no-keep', '--workers', '2'] },
    );
    for (const { path, args } of runs) {
      const run = await graded(path, ...args);
      expect(run.rows, `${path} ${args.join(' ')}`).toEqual([
        [1, '1'],
        [2, '2'],
        [3, '3'],
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/summary row, skipped whatever its values: (line|sheet row) 4 "合计"/);
      expect(run.stderr).toContain('3 records: 3 graded, 0 not graded, 0 invalid');
    }
  });

  it('a subtotal under a column that is no id (its values repeat) is still a record with --no-keep', async () => {
    const rows = [
      ['生产企业', '类别', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'],
      ['甲厂', 'A', '热泵型', '3500', '5.1'],
      ['甲厂', 'A', '热泵型', '3500', '4.6'],
      ['甲厂', '合计', '2'],
    ];
    const [csv] = await files(rows);
    for (const args of [[], ['--no-keep']]) {
      const run = await graded(csv!, ...args);
      expect(run.rows).toEqual([
        [1, '1'],
        [2, '2'],
        [3, null],
      ]);
      expect(run.code).toBe(1);
    }
  });

  it('with --no-keep, rows before a subtotal are held only until the column is chosen: over 1,000 rows all count', async () => {
    const rows = [['生产企业', '型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF']];
    for (let i = 1; i <= 1100; i++) rows.push(['甲厂', `K${i}`, '热泵型', '3500', '5.1']);
    rows.splice(501, 0, ['甲厂', '合计', '500']);
    rows.push(['乙厂', '合计', '600']);
    const [csv] = await files(rows);
    for (const args of [[], ['--no-keep']]) {
      const run = await graded(csv!, ...args);
      expect(run.rows).toHaveLength(1100);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/lines 502 "合计", 1103 "合计"/);
    }
  });
});
