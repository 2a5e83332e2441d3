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

  it('under a column not headed as an id and not kept (型号), a subtotal is a record as before', async () => {
    const rows = [
      ['生产企业', '型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'],
      ['甲厂', 'K1', '热泵型', '3500', '5.1'],
      ['甲厂', '合计', '2'],
    ];
    const [csv] = await files(rows);
    const found = await graded(csv!);
    expect(found.rows).toEqual([[1, '1']]);
    const none = await graded(csv!, '--no-keep');
    expect(none.rows).toEqual([
      [1, '1'],
      [2, null],
    ]);
    expect(none.code).toBe(1);
  });
});
