/**
 * Summary rows hostile-29 and fix-input-29 found graded as samples: an English phrase that names a statistic
 * (`Mean of 3`, `甲厂 Avg`, `Average of above`) over the mean of the rows above (hostile-29 W5), and on a lot-first
 * sheet (`lot,样品编号,…` with `--group-by lot`) a `甲厂平均` row, whose name is in the sample-id cell after the lot
 * key (fix-input-29 "left"). Both are told by their values, as `L1 Mean` and `甲厂平均` are: off the mean, a record.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const LOTS = 'building-materials/cement-lot-grade';
const AC_HEAD = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
// 3500/4.62, 3600/4.80, 3700/4.50: the means are 3600 and 13.92 / 3 = 4.64. Each APF is Grade 2 (≥ 4.50, < 5.00).
const PLANT = ['甲厂-1,热泵型,3500,4.62', '甲厂-2,热泵型,3600,4.80', '甲厂-3,热泵型,3700,4.50'];
const skipped = (line: number, name: string) =>
  `skipped 1 row, not counted as a record: summary row, skipped as its values are a mean, sum or other statistic of the rows above: line ${line} "${name}"`;

describe.concurrent('an English phrase naming a statistic over the mean is a summary row (hostile-29 W5)', () => {
  for (const name of [
    'Mean of 3',
    'Avg of 3',
    'Average of 3 samples',
    'mean of three',
    '3-sample mean',
    '甲厂 Avg',
    '甲厂 Mean',
    '平均值 Mean',
    'Average of above',
  ])
    it(`${name} at 3600 / 4.64: skipped, 3 records`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        AC,
        '-f',
        'csv',
        csv(AC_HEAD, ...PLANT, `${name},热泵型,3600,4.64`),
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(skipped(5, name));
      expect(run.stderr).toContain('3 records: 3 graded');
      expect(run.stdout).not.toContain(name);
    });

  it('off the mean (4.70), or a word that only holds one (Meander), or a Max copying one sample: a record', async () => {
    for (const last of [
      'Mean of 3,热泵型,3600,4.70',
      'Meander 3,热泵型,3600,4.64',
      'KFR Pro Max,热泵型,3600,4.80',
    ]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'csv', csv(AC_HEAD, ...PLANT, last)]);
      expect(run.stderr, last).toContain('4 records: 4 graded');
      expect(run.stderr, last).not.toContain('summary row');
    }
  });

  it('.xlsx alike: Mean of 3 skipped', async () => {
    const book = await xlsx(
      AC_HEAD.split(','),
      ...PLANT.map((r) => r.split(',').map((c, i) => (i >= 2 ? Number(c) : c))),
      ['Mean of 3', '热泵型', 3600, 4.64],
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', book]);
    expect(run.stderr).toContain('3 records: 3 graded');
    expect(run.stderr).toContain('"Mean of 3"');
  });
});

describe.concurrent('a lot-first sheet: the summary row is named in the sample-id cell after the lot key (fix-input-29)', () => {
  const HEAD = 'lot,样品编号,强度等级,3 天抗压强度,28 天抗压强度,初凝时间,终凝时间';
  // 48.4, 50.0, 51.6: x̄ 50.0, s 1.6, CV 3.2 % (First class: ≤ 4.0, not ≤ 3.0). Counted, a 4th 50.0 makes it
  // s = √(5.12/3) = 1.31, CV 2.6 %, Superior.
  const L1 = ['L1,S1,42.5,30,48.4,180,300', 'L1,S2,42.5,30,50.0,180,300', 'L1,S3,42.5,30,51.6,180,300'];
  const grade = (last: string) =>
    cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', csv(HEAD, ...L1, last)]);

  it('甲厂平均 at the lot mean 50.0: skipped, L1 First class on 3 records, CV 3.2 %', async () => {
    const run = await grade('L1,甲厂平均,42.5,30,50.0,180,300');
    expect(run.stdout).toMatch(/^L1,1,3,3,first,First class,.*,3,50\.00,3\.2$/m);
    expect(run.stderr).toContain(skipped(5, '甲厂平均'));
  });

  it('L1 Mean of 3 likewise; 甲厂平均 at 50.1 is a record, named in the notice (CV 2.6 %, Superior)', async () => {
    const mean = await grade('L1,Mean of 3,42.5,30,50.0,180,300');
    expect(mean.stdout).toMatch(/^L1,1,3,3,first,/m);
    const off = await grade('L1,甲厂平均,42.5,30,50.1,180,300');
    expect(off.stdout).toMatch(/^L1,1,4,4,superior,/m);
    expect(off.stderr).toContain(
      '1 row graded as a record although its name ends in a summary word: line 5 "甲厂平均"',
    );
  });
});

describe.concurrent('the notice says why a Max / Mean row is skipped: its values (hostile-30 M6)', () => {
  it('Max, Min, Mean over the statistic: "skipped as their values are …"; 最高, 最低值 and a short Max line by their word', async () => {
    const path = csv(
      AC_HEAD,
      ...PLANT,
      'Max,热泵型,3700,4.80',
      'Min,热泵型,3500,4.50',
      '最高,热泵型,3700,4.80',
      '最低值,热泵型,3500,4.50',
    );
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(en.stderr).toContain(
      'skipped 4 rows, not counted as records: summary rows, skipped whatever their values: lines 7 "最高", 8 "最低值"; summary rows, skipped as their values are a mean, sum or other statistic of the rows above: lines 5 "Max", 6 "Min"',
    );
    expect(en.stderr).toContain('3 records');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', path]);
    expect(zh.stderr).toContain(
      '汇总行（不论其数值）：第 7 行“最高”、第 8 行“最低值”；汇总行（其数值为上方各行的平均、合计等统计量）：第 5 行“Max”、第 6 行“Min”',
    );
    // A Max line with one value, short of a full row: its word decides, and the notice says that.
    const short = await cli.run(['grade', '-r', AC, '-f', 'csv', csv(AC_HEAD, ...PLANT, 'Max,,,4.80')]);
    expect(short.stderr).toContain('summary row, skipped whatever its values: line 5 "Max"');
    // A Max row off the largest values is a sample named so: graded, as before.
    const named = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'csv',
      csv(AC_HEAD, ...PLANT, 'Max,热泵型,3000,4.70'),
    ]);
    expect(named.stderr).toContain('4 records');
    expect(named.stderr).not.toContain('skipped');
  });
});
