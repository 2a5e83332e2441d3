/**
 * Hostile-31 W2 / M5: a two-line header whose sub-headings pair a standard's figure or requirement with the result
 * (`标准值|实测值`, `技术要求|检验结果`, `要求|结果`, `明示值|检验结果`, `标准要求|实测值`) under `全年能源消耗效率 APF`: the
 * standard's figure 5.10 was graded (Grade 1) and the sub-header line became an invalid record; merged in .xlsx it
 * said only "both give the field apf". Now refused as `标称值|实测值` is, with its message and --map.
 * Fixtures: the tester's files, unchanged (test/fixtures/hostile-31/nominal-measured).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const DIR = join(__dirname, '../fixtures/hostile-31/nominal-measured');

const CASES: [string, string, string][] = [
  ['n4-e42a.csv', '标准值', '实测值'],
  ['n4-4084.csv', '技术要求', '检验结果'],
  ['n4-c323.csv', '要求', '结果'],
  ['n4-f2f3.csv', '明示值', '检验结果'],
  ['n4-8b44.csv', '标准要求', '实测值'],
];

describe.concurrent('a standard figure or requirement over the result under an indicator (hostile-31 W2, M5)', () => {
  for (const [file, upper, lower] of CASES)
    it(`CSV ${upper} | ${lower}: exit 2, the nominal/measured message and the --map`, async () => {
      const run = await cli.run(['grade', '-r', AC, join(DIR, file)]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        `"全年能源消耗效率 APF" heads columns 4–5, with "${upper}" (column 4, the nominal figure) and "${lower}" (column 5, the measured one)`,
      );
      expect(run.stderr).toContain(`--map '全年能源消耗效率 APF ${lower}=apf'`);
    });

  it('.xlsx merged over 标准值 | 实测值: the same message, not "both give the field"', async () => {
    const run = await cli.run(['grade', '-r', AC, join(DIR, 'std-meas.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'with "标准值" (column 4, the nominal figure) and "实测值" (column 5, the measured one)',
    );
    expect(run.stderr).not.toContain('both give the field');
  });

  it('look-alikes read as before: 结果 beside 备注, 要求 alone', async () => {
    const head = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,';
    for (const lows of [',,,结果,备注', ',,,要求,'])
      expect((await cli.run(['grade', '-r', AC, csv(head, lows, 'A1,heat-pump,3500,4.62,')])).code).not.toBe(
        2,
      );
  });
});
