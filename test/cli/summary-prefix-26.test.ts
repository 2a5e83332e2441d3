/**
 * hostile-26 W3, M2: a summary row whose id or lot cell has a prefix — a lot key (`L1 平均`), a period
 * (`2025年10月平均`), a qualifier (`组平均`, `本月合计（3台）`) — is skipped, not graded and not counted in a lot's
 * CV; a Latin word after a code (`L1 Mean`, `S-avg`) is a summary row only over the statistic of the rows above,
 * else a sample named so. Rows graded after a `以下空白` mark are named in a notice and still graded.
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
/** Lot L1: 48.4, 50.0, 51.6 MPa → x̄ 50.0, s 1.6, CV 3.2 % > 3.0: First class (Superior with a 4th 50.0 in it). */
const L1 = ['S1,L1,42.5,24.1,48.4,150,230', 'S2,L1,42.5,24.1,50.0,150,230', 'S3,L1,42.5,24.1,51.6,150,230'];

describe.concurrent('a summary row with a prefix is no record and no lot sample (hostile-26 W3)', () => {
  for (const id of ['组平均', '月均', 'L1 平均', 'L1平均', '2025年10月平均', '均值±s', 'L1 Mean'])
    it(`\`${id}\` under the sample ids leaves lot L1 at 3 samples, CV 3.2 %: First class`, async () => {
      const path = csv(CEMENT, ...L1, `${id},L1,42.5,24.1,50.0,150,230`);
      const run = await cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', path]);
      expect(run.stdout).toMatch(/^L1,1,3,3,first,First class,.*,3,50\.00,3\.2$/m);
      // A Latin word after a code is told by its values, and the notice says so.
      const why =
        id === 'L1 Mean'
          ? 'as its values are a mean, sum or other statistic of the rows above'
          : 'whatever its values';
      expect(run.stderr).toContain(`summary row, skipped ${why}: line 5 "${id}"`);
    });

  it('`L1平均` in the lot column (the id cell empty) is no one-sample lot', async () => {
    const path = csv(CEMENT, ...L1, ',L1平均,42.5,24.1,50.0,150,230');
    const run = await cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', path]);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stdout).toMatch(/^L1,1,3,3,first,/m);
    expect(run.stderr).toContain('line 5 "L1平均"');
  });

  it('a Latin word after a code over values that are no mean is a sample named so: `S-avg` graded', async () => {
    const path = csv(CEMENT, ...L1, 'S-avg,L1,42.5,24.1,49.0,150,230');
    const run = await cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', path]);
    expect(run.stdout).toMatch(/^L1,1,4,4,/m);
    expect(run.stderr).not.toContain('summary row');
    // Over the lot's mean it sums the rows up.
    const mean = csv(CEMENT, ...L1, 'S-avg,L1,42.5,24.1,50.0,150,230');
    const skipped = await cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', mean]);
    expect(skipped.stdout).toMatch(/^L1,1,3,3,first,/m);
  });

  it('`… Max` copying one sample above on every value is one more sample; over maxima of two samples, a summary row (hostile-29 W6)', async () => {
    const head = 'Model,Unit type,Rated cooling capacity (CC),APF';
    const rows = ['KFR-35GW,heat-pump,3500,4.82', 'KFR-35GW Pro,heat-pump,3600,4.80'];
    for (const name of ['KFR-35GW Pro Max', 'KFR-35GW/Max', 'L2 Max', 'S-min'] as const) {
      // The same figures as the Pro (one test report for one chassis): a third model, graded.
      const copy = name === 'S-min' ? 'S-min,heat-pump,3500,4.82' : `${name},heat-pump,3600,4.80`;
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv(head, ...rows, copy)]);
      expect(run.stdout.trim().split('\n'), name).toHaveLength(3);
      expect(run.stderr, name).not.toContain('summary row');
    }
    // 3600 from the Pro, 4.82 from the first: the maxima of the rows above, no sample's figures.
    const max = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv(head, ...rows, 'L1 Max,heat-pump,3600,4.82'),
    ]);
    expect(max.stdout.trim().split('\n')).toHaveLength(2);
    expect(max.stderr).toContain('line 4 "L1 Max"');
  });

  it('plain grade: 组平均, 2025年10月平均 and 本月合计（3台） are skipped, 3 records, exit 0 (zh and en)', async () => {
    const path = csv(
      '序号,型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF',
      '1,K1,热泵型,3500,4.62',
      '2,K2,热泵型,3500,5.20',
      ',组平均,热泵型,3500,4.91',
      '3,K3,热泵型,3500,4.0',
      ',2025年10月平均,热泵型,3500,4.61',
      ',本月合计（3台）,,,',
    );
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, '-f', 'csv', path]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('3 records: 3 graded, 0 not graded, 0 invalid');
    expect(en.stderr).toContain('lines 4 "组平均", 6 "2025年10月平均", 7 "本月合计（3台）"');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', path]);
    expect(zh.stderr).toContain('第 4 行“组平均”、第 6 行“2025年10月平均”、第 7 行“本月合计（3台）”');
  });

  it('.xlsx alike: `L1 平均` is skipped', async () => {
    const path = await xlsx(
      CEMENT.split(','),
      ...[...L1, 'L1 平均,L1,42.5,24.1,50.0,150,230'].map((r) =>
        r.split(',').map((c, i) => (i < 2 ? c : Number(c))),
      ),
    );
    const run = await cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', path]);
    expect(run.stdout).toMatch(/^L1,\d+,\d+,3,first,/m);
  });

  it('a sample id that only starts with a summary word or holds none at the end stays a record', async () => {
    const path = csv(
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF',
      '合计-01,热泵型,3500,4.62',
      '平均气温试验,热泵型,3500,5.2',
      'L1,热泵型,3500,4.0',
    );
    const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, path]);
    expect(run.stderr).toContain('3 records: 3 graded');
  });
});

describe.concurrent('rows graded after a `以下空白` mark are named (hostile-26 M2)', () => {
  it('one row after the mark: graded, and said in zh and en', async () => {
    const path = csv(
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF',
      'K1,热泵型,3500,4.62',
      '以下空白,,,',
      'K9,热泵型,3500,2.0',
    );
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, path]);
    expect(en.stderr).toContain(
      '1 row after the end mark "以下空白" (line 3) was graded as a record (line 4): it may be a stale copy or a second table; check it',
    );
    expect(en.stderr).toContain('2 records: 1 graded, 1 not graded');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain(
      '第 3 行“以下空白”之后仍有 1 行按记录分级（第 4 行）：可能是旧表残留或另一张表，请核对',
    );
  });

  it('a lone mark typed without commas, two rows after it; nothing said with no row after the mark', async () => {
    const header = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
    const path = csv(
      header,
      'K1,热泵型,3500,4.62',
      '——以下空白——',
      'K8,热泵型,3500,4.0',
      'K9,热泵型,3500,2.0',
    );
    const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, path]);
    expect(run.stderr).toContain(
      '2 rows after the end mark "——以下空白——" (line 3) were graded as records (lines 4, 5)',
    );
    const last = await cli.run([
      '--lang',
      'en',
      'grade',
      '-r',
      AC,
      csv(header, 'K1,热泵型,3500,4.62', '以下空白,,,'),
    ]);
    expect(last.stderr).not.toContain('end mark');
  });

  it('.xlsx names the sheet rows', async () => {
    const path = await xlsx(
      ['型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'],
      ['K1', '热泵型', 3500, 4.62],
      ['以下空白'],
      ['K9', '热泵型', 3500, 4.0],
    );
    const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, path]);
    expect(run.stderr).toContain('(sheet row 3) was graded as a record (sheet row 4)');
  });
});
