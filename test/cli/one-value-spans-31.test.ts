/**
 * Hostile-31 W2: a heading over two columns for an indicator that takes one value (`全年能源消耗效率 APF,` with an
 * empty header after it): the first column was graded and the second dropped without a word (n5: 5.10 graded where
 * 4.62 gives Grade 2; s5: rebar mass deviation −7.1 % passed; s6: a second soundness result 不合格 dropped). Now
 * exit 2 naming the columns and what to do; a column empty in every row (a trailing comma) and a unit there stay as
 * they were. Fixtures: the tester's files, unchanged (test/fixtures/hostile-31/one-value).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const DIR = join(__dirname, '../fixtures/hostile-31/one-value');

describe.concurrent('an empty header after a one-value indicator, with values under it (hostile-31 W2)', () => {
  it('n5 (APF 5.10 | 4.62): exit 2 naming both columns, the value and the --map', async () => {
    const run = await cli.run(['grade', '-r', AC, join(DIR, 'n5.csv')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'line 2, column 5 has an empty header after "全年能源消耗效率 APF" (column 4) and holds "4.62"; apf',
    );
    expect(run.stderr).toContain("--map '<its header>=apf'");
  });

  it('n5 in zh', async () => {
    const run = await cli.run(['grade', '-r', AC, join(DIR, 'n5.csv')], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 5 列表头为空，位于“全年能源消耗效率 APF”（第 4 列）之后，却有值“4.62”');
  });

  it('s5 (rebar 重量偏差 -2.3 | -7.1) and s6 (cement 安定性 合格 | 不合格): exit 2, not conforming', async () => {
    const rebar = await cli.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', join(DIR, 's5.csv')]);
    expect(rebar.code).toBe(2);
    expect(rebar.stderr).toContain(
      'column 14 has an empty header after "重量偏差" (column 13) and holds "-7.1"',
    );
    const cement = await cli.run([
      'grade',
      '-r',
      'building-materials/common-portland-cement',
      join(DIR, 's6.csv'),
    ]);
    expect(cement.code).toBe(2);
    expect(cement.stderr).toContain('after "安定性" (column 13) and holds "不合格"');
  });

  it('a value on a later row only: the rows before are read, then exit 2 at that row', async () => {
    const file = csv(
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,',
      'A1,heat-pump,3500,4.62,',
      'A2,heat-pump,3500,4.62,4.40',
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 3, column 5 has an empty header');
  });

  it('look-alikes stay as they were: a trailing comma empty in every row, a unit W under no header', async () => {
    const trailing = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv(
        '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,',
        'A1,heat-pump,3500,4.62,',
        'A2,heat-pump,3500,5.10,',
      ),
    ]);
    expect(trailing.code).toBe(0);
    expect(
      trailing.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).grade),
    ).toEqual(['2', '1']);
    const unit = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv('型号,机组类型,额定制冷量 CC,,全年能源消耗效率 APF', 'A1,heat-pump,3500,W,4.62'),
    ]);
    expect(unit.code).toBe(0);
    expect(JSON.parse(unit.stdout.trim()).grade).toBe('2');
  });

  it('text that is not a value of the indicator (移动式, 复检) is left to the empty-header check, as before', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv(
        '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,',
        'S1,热泵型,3500,5.1,移动式',
        'S3,热泵型,3500,5.1,复检',
      ),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('column 5 (E), which has no header, holds \\"移动式\\"');
  });

  it('specimen indicators are read as specimens as before (ReL over two columns)', async () => {
    const file = csv(
      '批号,牌号,公称直径 d,下屈服强度 ReL,,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,重量偏差,弯曲试验',
      'B1,HRB400,20,455,460,610,21.5,11.2,-2.3,合格',
    );
    const run = await cli.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', file]);
    expect(run.code).not.toBe(2);
    expect(run.stderr).toContain('is read as yieldStrength');
  });
});
