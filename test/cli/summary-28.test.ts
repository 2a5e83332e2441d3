/**
 * A name ending in a summary word (`甲厂合计`, `一车间平均`, `样品平均`) over values that are the mean or the sum of the
 * rows above it in its lot is a summary row, skipped and named as `L2 Mean` is (hostile-27 W7): counted, it pulled a
 * lot's CV down from First class to Superior. Values that are neither keep it a record, named in the notice.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const LOTS = 'building-materials/cement-lot-grade';
const AC = 'home-appliances/room-air-conditioner-energy';
const CEMENT = '编号,lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
const row = (id: string, lot: string, strength: string) => `${id},${lot},42.5,24.1,${strength},150,230`;
const grade = (...lines: string[]) =>
  cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', csv(CEMENT, ...lines)]);
/** The notice of a row skipped as a summary, and of one kept as a record. */
const skipped = (line: number, name: string) =>
  `skipped 1 row, not counted as a record: summary row, skipped as its values are a mean, sum or other statistic of the rows above: line ${line} "${name}"`;
const kept = (line: number, name: string) =>
  `1 row graded as a record although its name ends in a summary word: line ${line} "${name}"`;

describe.concurrent('a name ending in a summary word at its lot’s mean or sum is skipped (hostile-27 W7)', () => {
  // 48.4, 50.0, 51.6: x̄ 50.0, s = √((1.6² + 0 + 1.6²)/2) = 1.6, CV 3.2 % (First class: ≤ 4.0, not ≤ 3.0). With the
  // mean row counted: s = √(5.12/3) = 1.31, CV 2.6 %, Superior.
  const L1 = [row('S1', 'L1', '48.4'), row('S2', 'L1', '50.0'), row('S3', 'L1', '51.6')];

  for (const name of [
    '甲厂合计',
    '甲厂平均',
    '一车间平均',
    '样品平均',
    '三个样品平均',
    '合计平均',
    '一车间均值',
    '甲厂平均值',
  ]) {
    it(`${name} at x̄ 50.0: skipped, L1 First class on 3 records, CV 3.2 %`, async () => {
      const run = await grade(...L1, row(name, 'L1', '50.0'));
      expect(run.stdout).toMatch(/^L1,1,3,3,first,First class,.*,3,50\.00,3\.2$/m);
      expect(run.stderr).toContain(skipped(5, name));
      expect(run.stderr).not.toContain('ends in a summary word');
    });
  }

  // 48.4, 50.0, 51.7: x̄ 50.033…, s 1.650, CV 3.3 % (First class).
  const NEAR = [row('S1', 'L1', '48.4'), row('S2', 'L1', '50.0'), row('S3', 'L1', '51.7')];

  it('50.0, the mean 50.033 to its one decimal: skipped, CV 3.3 % First class', async () => {
    const run = await grade(...NEAR, row('甲厂平均', 'L1', '50.0'));
    expect(run.stdout).toMatch(/^L1,1,3,3,first,First class,.*,3,50\.03,3\.3$/m);
    expect(run.stderr).toContain(skipped(5, '甲厂平均'));
  });

  it('50.1, one off in the last decimal: a record, 4 values x̄ 50.05, s 1.348, CV 2.7 % Superior', async () => {
    const run = await grade(...NEAR, row('甲厂平均', 'L1', '50.1'));
    expect(run.stdout).toMatch(/^L1,1,4,4,superior,Superior,.*,4,50\.05,2\.7$/m);
    expect(run.stderr).toContain(kept(5, '甲厂平均'));
    expect(run.stderr).not.toContain('summary row');
  });

  // 48.4, 50.0, 51.9: x̄ 50.1, CV 3.5 %. `50.0` is written to one decimal: 0.1 off, not within 0.5 as the number 50.
  const HIGH = [row('S1', 'L1', '48.4'), row('S2', 'L1', '50.0'), row('S3', 'L1', '51.9')];

  it('the decimals are the cell’s: 50.1 at x̄ 50.1 skipped (CV 3.5 %), 50.0 a record (x̄ 50.075, CV 2.9 %)', async () => {
    const at = await grade(...HIGH, row('甲厂平均', 'L1', '50.1'));
    expect(at.stdout).toMatch(/^L1,1,3,3,first,First class,.*,3,50\.10,3\.5$/m);
    const off = await grade(...HIGH, row('甲厂平均', 'L1', '50.0'));
    expect(off.stdout).toMatch(/^L1,1,4,4,superior,Superior,.*,4,50\.08,2\.9$/m);
    expect(off.stderr).toContain(kept(5, '甲厂平均'));
  });

  it('a 合计 of sums (Σ 72.3, 150.1, 450, 690; 42.5 the mean): skipped; one sum off by 0.1 is a record', async () => {
    const sums = await grade(...NEAR, '甲厂合计,L1,42.5,72.3,150.1,450,690');
    expect(sums.stdout).toMatch(/^L1,1,3,3,first,/m);
    expect(sums.stderr).toContain(skipped(5, '甲厂合计'));
    const off = await grade(...NEAR, '甲厂合计,L1,42.5,72.3,150.2,450,690');
    expect(off.stdout).toMatch(/^L1,1,4,4,/m);
    expect(off.stderr).toContain(kept(5, '甲厂合计'));
  });

  it('two lots: 二号窑平均 at lot L2’s x̄ 53.0 (the table’s is 51.5) is skipped; L2 keeps 3 samples, CV 1.9 %', async () => {
    const lots = [...L1, row('S4', 'L2', '52.0'), row('S5', 'L2', '53.0'), row('S6', 'L2', '54.0')];
    const run = await grade(...lots, row('二号窑平均', 'L2', '53.0'));
    expect(run.stdout).toMatch(/^L1,1,3,3,first,/m);
    expect(run.stdout).toMatch(/^L2,4,6,3,superior,Superior,.*,3,53\.00,1\.9$/m);
    expect(run.stderr).toContain(skipped(8, '二号窑平均'));
    // At L1's mean under lot L2: no run of L2's, and not the table's mean either.
    const other = await grade(...lots, row('二号窑平均', 'L2', '50.0'));
    expect(other.stdout).toMatch(/^L2,4,7,4,/m);
    expect(other.stderr).toContain(kept(8, '二号窑平均'));
    // At the table's mean 51.5: a row of lot L2 sums up L2 alone, so it is a sample that lands there.
    const table = await grade(...lots, row('二号窑平均', 'L2', '51.5'));
    expect(table.stdout).toMatch(/^L2,4,7,4,/m);
    expect(table.stderr).toContain(kept(8, '二号窑平均'));
  });

  it('one record above is no run to sum up, nor rows all alike (a sample like them): a record', async () => {
    const run = await grade(row('S1', 'L1', '50.0'), row('甲厂平均', 'L1', '50.0'));
    expect(run.stdout).toMatch(/^L1,1,2,2,/m);
    expect(run.stderr).toContain(kept(3, '甲厂平均'));
    const alike = await grade(
      row('S1', 'L1', '50.0'),
      row('S2', 'L1', '50.0'),
      row('三车间合计', 'L1', '50.0'),
    );
    expect(alike.stdout).toMatch(/^L1,1,3,3,/m);
    expect(alike.stderr).toContain(kept(4, '三车间合计'));
  });
});

describe.concurrent('an enterprise sheet: a name ending in 合计 that sums its run (甲厂-1, 甲厂-2)', () => {
  const HEAD = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
  const rows = ['乙厂-1,热泵型,2600,4.5', '甲厂-1,热泵型,3500,5.1', '甲厂-2,热泵型,3500,4.9'];

  it('甲厂合计 at the sums of 甲厂’s rows (7000, 10.0) is skipped; 甲厂平均 at their means after it too', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      csv(HEAD, ...rows, '甲厂合计,热泵型,7000,10.0', '甲厂平均,热泵型,3500,5.00'),
    ]);
    expect(run.stderr).toContain('3 records: 3 graded');
    expect(run.stderr).toContain(
      'summary rows, skipped as their values are a mean, sum or other statistic of the rows above: lines 5 "甲厂合计", 6 "甲厂平均"',
    );
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      AC,
      csv(HEAD, ...rows, '甲厂合计,热泵型,7000,10.0', '甲厂平均,热泵型,3500,5.00'),
    ]);
    expect(zh.stderr).toContain(
      '跳过 2 行，不作为记录：汇总行（其数值为上方各行的平均、合计等统计量）：第 5 行“甲厂合计”、第 6 行“甲厂平均”',
    );
  });

  it('at other values a record, named; 全省平均 stays a summary row whatever its values', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      csv(HEAD, ...rows, '甲厂合计,热泵型,7000,9.9', '全省平均,热泵型,3200,4.83'),
    ]);
    expect(run.stderr).toContain('4 records: 4 graded');
    expect(run.stderr).toContain(kept(5, '甲厂合计'));
    expect(run.stderr).toContain('line 6 "全省平均"');
  });

  it('.xlsx: 甲厂合计 at the sums is skipped, at other values a record named by its sheet row', async () => {
    const head = HEAD.split(',');
    const cells = rows.map((r) => r.split(',').map((c, i) => (i >= 2 ? Number(c) : c)));
    const sums = await cli.run([
      'grade',
      '-r',
      AC,
      await xlsx(head, ...cells, ['甲厂合计', '热泵型', 7000, 10]),
    ]);
    expect(sums.stderr).toContain('3 records: 3 graded');
    expect(sums.stderr).toContain('statistic of the rows above: sheet row 5 "甲厂合计"');
    const other = await cli.run([
      'grade',
      '-r',
      AC,
      await xlsx(head, ...cells, ['甲厂合计', '热泵型', 7000, 9.9]),
    ]);
    expect(other.stderr).toContain('4 records: 4 graded');
    expect(other.stderr).toContain('sheet row 5 "甲厂合计"; a name');
  });
});
