/**
 * `--tally-by` on a lab sheet's headers with units (committee-35 M5): `--tally-by 公称直径` names the column
 * `公称直径(mm)`, the one header that reads so without its unit, where it was a usage error and the exact header had to be
 * typed; a name that still names no column is told the nearest one, unit and all. A numeric column's groups come in
 * numeric order (8, 12, 13, 14, 20, 22), not in order of first appearance (12, 14, 13, 20, …).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const REBAR = 'steel/hot-rolled-ribbed-bar';
const DRAFT = 'examples/hot-rolled-ribbed-bar-2024-draft.yaml';
const HEADER =
  '试样编号,炉批号(号),牌号,公称直径(mm),下屈服强度ReL(MPa),抗拉强度Rm(MPa),断后伸长率A(%),最大力总延伸率Agt(%),碳C(%),硅Si(%),锰Mn(%),磷P(%),硫S(%),重量偏差(%),弯曲试验';
// Diameter and mass deviation: 12 mm -5.8 % meets 2018's ≥ -6.0 and fails the draft's ≥ -5.5 (GB 1499.2-2024).
const BARS: [number, number][] = [
  [12, -5.8],
  [14, -4.8],
  [13, -1],
  [20, 1],
  [12, -1],
  [22, -3.8],
  [8, -5.7],
  [14, 1],
];
const ORDER = ['8', '12', '13', '14', '20', '22'];

describe.concurrent('--tally-by a header with its unit (committee-35 M5)', () => {
  let path: string;
  beforeAll(() => {
    path = join(temp(), 'bars.csv');
    const rows = BARS.map(
      ([d, m], i) => `S${i},H${i % 3},HRB400,${d},455,600,22,11,0.21,0.45,1.35,0.025,0.02,${m},合格`,
    );
    writeFileSync(path, `${[HEADER, ...rows].join('\n')}\n`);
  });

  it('grade: 公称直径 names 公称直径(mm), its groups in numeric order; the indicator id alike', async () => {
    for (const name of ['公称直径', 'diameter']) {
      const run = await cli.run(['grade', '-r', REBAR, '--tally-by', name, path]);
      expect(run.code, name).toBe(0);
      // The summary, with the tally, is written to stderr beside the table of records.
      const lines = run.stderr.split('\n');
      const at = lines.indexOf(`by ${name} (6 groups):`);
      expect(at, name).toBeGreaterThan(0);
      expect(lines.slice(at + 2, at + 8).map((l) => l.trim().split(/\s+/)[0])).toEqual(ORDER);
    }
  });

  it('compare: the same, and a non-numeric column (炉批号 for 炉批号(号)) keeps first appearance', async () => {
    const run = await cli.run([
      'compare',
      '--tally-by',
      '公称直径',
      '--tally-by',
      '炉批号',
      REBAR,
      DRAFT,
      path,
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('Moves by 公称直径 (6 groups):');
    expect(lines.slice(at + 2, at + 8).map((l) => l.trim().split(/\s+/).slice(0, 4))).toEqual([
      ['8', '1', '0', '1'],
      ['12', '2', '0', '1'],
      ['13', '1', '0', '0'],
      ['14', '2', '0', '1'],
      ['20', '1', '0', '0'],
      ['22', '1', '0', '1'],
    ]);
    const lots = lines.indexOf('Moves by 炉批号 (3 groups):');
    expect(lines.slice(lots + 2, lots + 5).map((l) => l.trim().split(/\s+/)[0])).toEqual(['H0', 'H1', 'H2']);
  });

  it('JSON lists the groups in the same numeric order', async () => {
    const run = await cli.run(['compare', '-f', 'json', '--tally-by', 'diameter', REBAR, DRAFT, path]);
    const tally = JSON.parse(run.stdout).tally as { column: string; groups: { key: string }[] };
    expect(tally.column).toBe('diameter');
    expect(tally.groups.map((g) => g.key)).toEqual(ORDER);
  });

  it('a name no column has is told the nearest one, unit and all', async () => {
    for (const name of ['公称直径 d', '公称直经']) {
      const run = await cli.run(['grade', '-r', REBAR, '--tally-by', name, path]);
      expect(run.code, name).toBe(2);
      expect(run.stderr).toContain(`the input has no column "${name}"; did you mean "公称直径(mm)"?`);
    }
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', REBAR, '--tally-by', '公称直经', path]);
    expect(zh.stderr).toContain('输入中没有“公称直经”列，是否要写“公称直径(mm)”？');
  });
});
