/**
 * `--tally-by` an enum column whose values a sheet writes several ways (code,
 * zh or en label, alias): one group per value, named by its label in the
 * run's language; text no spelling names (热水型, 未检) stays its own group
 * (committee-22 F5, hostile-22 M8). `grade` (text, json) and `compare`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
// GB 21455-2019, CC ≤ 4500 W: heat pumps APF ≥ 5.00 grade 1, ≥ 4.50 grade 2, ≥ 4.00 grade 3; cooling-only
// SEER ≥ 5.80 grade 1, ≥ 5.40 grade 2.
const CSV = `sku,机组类型,ratedCoolingCapacity,apf,seer
A,热泵型,3000,5.00,
B,heat-pump,3000,4.99,
C,热泵,3000,4.00,
D,单冷型,3000,,5.80
E,cooling-only,3000,,5.79
H,COOLING-ONLY,3000,,5.79
F,热水型,3000,5,
G,,3000,5,
`;

function file(): string {
  const path = join(temp(), 'units.csv');
  writeFileSync(path, CSV);
  return path;
}

/** A --tally-by table row: the name, then the counts (grades 1–5, not graded, invalid, total). */
function row(stderr: string, name: string): number[] | undefined {
  const line = stderr.split('\n').find((l) => l.startsWith(`  ${name}  `));
  return line
    ?.slice(name.length + 2)
    .trim()
    .split(/\s+/)
    .map(Number);
}

describe('--tally-by an enum column written several ways', () => {
  it('zh: 热泵型, heat-pump and 热泵 are one group, 热泵型; 单冷型 and cooling-only one, 单冷型', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--tally-by', '机组类型', file()]);
    expect(run.stderr).toContain('按“机组类型”统计（5 组）');
    expect(row(run.stderr, '热泵型')).toEqual([1, 1, 1, 0, 0, 0, 0, 3]);
    expect(row(run.stderr, '单冷型')).toEqual([1, 1, 0, 0, 0, 0, 0, 2]);
    // No spelling names 热水型 (nor a code in capitals): each its own group, the record invalid, as graded.
    expect(row(run.stderr, '热水型')).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
    expect(row(run.stderr, 'COOLING-ONLY')).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
    for (const spelling of ['heat-pump', '热泵', 'cooling-only'])
      expect(row(run.stderr, spelling), spelling).toBeUndefined();
  });

  it('en: the groups are named by the English labels; by the field name too', async () => {
    for (const column of ['机组类型', 'unitType']) {
      const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, '--tally-by', column, file()]);
      expect(row(run.stderr, 'Heat pump'), column).toEqual([1, 1, 1, 0, 0, 0, 0, 3]);
      expect(row(run.stderr, 'Cooling only'), column).toEqual([1, 1, 0, 0, 0, 0, 0, 2]);
    }
  });

  it('compare: the same groups in its tally', async () => {
    const run = await cli.run([
      '--lang',
      'zh',
      'compare',
      '--tally-by',
      '机组类型',
      AC,
      AC,
      file(),
      '-f',
      'json',
    ]);
    const groups = (JSON.parse(run.stdout) as { tally: { groups: { key: string; total: number }[] } }).tally
      .groups;
    expect(groups.map((g) => [g.key, g.total])).toEqual([
      ['热泵型', 3],
      ['单冷型', 2],
      ['COOLING-ONLY', 1],
      ['热水型', 1],
      ['', 1],
    ]);
  });
});
