/**
 * Hostile-33 F0c: a `--group-by` or `--tally-by` key with a format character pasted after it (U+200B, as
 * copy-paste from a web page or WeChat leaves it) prints as the key without it, and must not split a group.
 * Four 42.5 samples of lot 2026-10, 28-day 44.0, 44.2, 50.0, 50.4 MPa: mean 47.15, s 3.53, CV 7.48 %, above
 * the rule file's first-class CV limit (≤ 4.0), so the lot is conforming; split in two, each half was superior.
 */
import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();
const LOTS = 'building-materials/cement-lot-grade';
const HEAD = 'lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
const row = (lot: string, c28: number) => `${lot},42.5,25,${c28},100,300`;
const ZW = '\u200b';
const LOT = [
  HEAD,
  row('2026-10', 44.0),
  row('2026-10', 44.2),
  row(`2026-10${ZW}`, 50.0),
  row(`2026-10${ZW}`, 50.4),
];
const groupsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GroupResult);

describe.concurrent('keys with an invisible character (hostile-33 F0c)', () => {
  it('--group-by: the lot of four is one lot, conforming, and a notice names U+200B and the rows', async () => {
    const input = LOT.join('\n');
    const en = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input });
    expect(en.code).toBe(0);
    expect(groupsOf(en.stdout).map((g) => [g.group, g.grade, g.records.count])).toEqual([
      ['2026-10', 'conforming', 4],
    ]);
    expect(en.stderr).toContain(
      '--group-by column "lot": the values of rows 3, 4 held the invisible character U+200B (zero-width space), removed before grouping',
    );
    const zh = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input,
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(zh.stderr).toContain(
      '--group-by 列“lot”：第 3、4 条记录的值含不可见字符 U+200B（零宽空格），已去掉后再分组',
    );
  });

  it('--group-by: interleaved keys that differ only by U+200B do not stop the run as unsorted', async () => {
    const input = [HEAD, row('L1', 48.1), row(`L1${ZW}`, 48.3), row('L1', 48.2)].join('\n');
    const run = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input });
    expect(run.code).toBe(0);
    expect(groupsOf(run.stdout).map((g) => [g.group, g.records.count])).toEqual([['L1', 3]]);
  });

  it('--group-by: other format characters (U+FEFF, U+2060, U+00AD, U+200D) are left out too', async () => {
    const input = [
      HEAD,
      ...['\ufeff', '\u2060', '\u00ad', '\u200d'].map((c, i) => row(`2026-10${c}`, 44 + i)),
    ].join('\n');
    const run = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input });
    expect(groupsOf(run.stdout).map((g) => [g.group, g.records.count])).toEqual([['2026-10', 4]]);
    // U+FEFF at a cell's end is trimmed with the white space, before the key is read.
    expect(run.stderr).toContain(
      'the values of rows 2, 3, 4 held the invisible characters U+2060 (word joiner), U+00AD (soft hyphen), U+200D (zero-width joiner)',
    );
  });

  it('compare --group-by: one lot, with the notice', async () => {
    const run = await cli.run(['compare', '-f', 'json', '-g', 'lot', LOTS, LOTS, '-'], {
      input: LOT.join('\n'),
    });
    expect(run.stderr).toContain(
      '--group-by column "lot": the values of rows 3, 4 held the invisible character U+200B',
    );
    expect(run.stdout).not.toContain(ZW);
  });

  it('--tally-by: 美的 with a U+200B is counted as 美的, with a notice', async () => {
    const input = [
      'id,unitType,ratedCoolingCapacity,apf,生产企业',
      'A,heat-pump,3500,4.62,美的',
      `B,heat-pump,3500,5.0,美的${ZW}`,
      'C,heat-pump,3500,5.1,美的',
    ].join('\n');
    const run = await cli.run(
      ['grade', '-r', 'home-appliances/room-air-conditioner-energy', '--tally-by', '生产企业', '-'],
      { input },
    );
    expect(run.stderr).toContain('by 生产企业 (1 group)');
    expect(run.stderr).toContain(
      '--tally-by column "生产企业": the value of row 2 held the invisible character U+200B (zero-width space), removed before counting',
    );
  });
});
