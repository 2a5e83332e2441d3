/**
 * Summary rows the -26 reading left (fix-input-27): a Latin word after a lot's code (`L2 Mean`) is compared with
 * that lot's run of rows right above it as well as with the table; a name ending in a summary word (`甲厂合计`,
 * `华东区平均`) over values that sum up nothing above it stays a record, graded, and is named in a notice rather
 * than dropped without a word (at its run's mean or sum it is a summary row: summary-28.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const LOTS = 'building-materials/cement-lot-grade';
const CEMENT = '编号,lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
const row = (id: string, lot: string, strength: string) => `${id},${lot},42.5,24.1,${strength},150,230`;
// L1: 48.4, 50.0, 51.6 (x̄ 50.0); L2: 52.0, 53.0, 54.0 (x̄ 53.0, CV 1.9 %: Superior). The table's mean is 51.5.
const LOT_ROWS = [
  row('S1', 'L1', '48.4'),
  row('S2', 'L1', '50.0'),
  row('S3', 'L1', '51.6'),
  row('S4', 'L2', '52.0'),
  row('S5', 'L2', '53.0'),
  row('S6', 'L2', '54.0'),
];
const HEAD = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';

describe.concurrent('`L2 Mean` is compared with its own lot (fix-input-27)', () => {
  it("at lot L2's mean (53.0, not the table's 51.5): a summary row, L2 keeps 3 samples", async () => {
    const run = await cli.run([
      'grade',
      '-r',
      LOTS,
      '--group-by',
      'lot',
      '-f',
      'csv',
      csv(CEMENT, ...LOT_ROWS, row('L2 Mean', 'L2', '53.0')),
    ]);
    expect(run.stdout).toMatch(/^L2,4,6,3,superior,Superior,.*,3,53\.00,1\.9$/m);
    expect(run.stderr).toContain(
      'summary row, skipped as its values are a mean, sum or other statistic of the rows above: line 8 "L2 Mean"',
    );
  });

  it('at neither mean (52.5): a sample named so, L2 has 4', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      LOTS,
      '--group-by',
      'lot',
      '-f',
      'csv',
      csv(CEMENT, ...LOT_ROWS, row('L2 Mean', 'L2', '52.5')),
    ]);
    expect(run.stdout).toMatch(/^L2,4,7,4,/m);
    expect(run.stderr).not.toContain('"L2 Mean"');
  });

  it('the lot told by the ids (L2-1, L2-2): the same; one row of the lot is no run to compare with', async () => {
    const rows = [
      'L1-1,热泵型,3500,5.1',
      'L1-2,热泵型,3500,4.9',
      'L2-1,热泵型,3500,4.6',
      'L2-2,热泵型,3500,4.8',
    ];
    // L2's mean APF 4.7; the table's 4.85.
    const two = await cli.run(['grade', '-r', AC, csv(HEAD, ...rows, 'L2 Mean,热泵型,3500,4.7')]);
    expect(two.stderr).toContain('4 records: 4 graded');
    expect(two.stderr).toContain('line 6 "L2 Mean"');
    const one = await cli.run(['grade', '-r', AC, csv(HEAD, ...rows.slice(0, 3), 'L2 Mean,热泵型,3500,4.6')]);
    expect(one.stderr).toContain('4 records: 4 graded');
  });
});

describe.concurrent('a name ending in a summary word is graded and named (fix-input-27)', () => {
  // Values that are neither the mean nor the sum of the rows above (5.3: x̄ 5.0, Σ 10.0; then 5.0: x̄ 5.1, Σ 15.3):
  // at them the row is a summary, skipped (hostile-27 W7, summary-28.test.ts).
  const rows = [
    '甲厂-1,热泵型,3500,5.1',
    '甲厂-2,热泵型,3500,4.9',
    '甲厂合计,热泵型,3500,5.3',
    '华东区平均,热泵型,3500,5.0',
  ];

  it('CSV: every row graded, exit 0; the two rows named in en and zh', async () => {
    const path = csv(HEAD, ...rows);
    const run = await cli.run(['grade', '-r', AC, path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('4 records: 4 graded');
    expect(run.stderr).toContain(
      '2 rows graded as records although their names end in a summary word: line 4 "甲厂合计", line 5 "华东区平均"; a name (an enterprise, a workshop) may end so, so they were not skipped; if one sums up the rows above it, delete it',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain(
      '2 行按记录分级，但其名称以汇总词结尾：第 4 行“甲厂合计”、第 5 行“华东区平均”',
    );
  });

  it('.xlsx names the sheet row', async () => {
    const file = await xlsx(
      HEAD.split(','),
      ['甲厂-1', '热泵型', 3500, 5.1],
      ['一车间平均值', '热泵型', 3500, 5.1],
    );
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.stderr).toContain(
      '1 row graded as a record although its name ends in a summary word: sheet row 3 "一车间平均值"',
    );
  });

  it('a summary word the reader knows is skipped as before; names ending otherwise say nothing', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      csv(
        HEAD,
        ...rows.slice(0, 2),
        '会计,热泵型,3500,5.1',
        '价值,热泵型,3500,5.1',
        '组平均,热泵型,3500,5.0',
      ),
    ]);
    expect(run.stderr).toContain('4 records: 4 graded');
    expect(run.stderr).toContain('line 6 "组平均"');
    expect(run.stderr).not.toContain('ends in a summary word');
  });
});
