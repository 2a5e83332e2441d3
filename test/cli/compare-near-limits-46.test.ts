/**
 * `compare --near-limits` names the row of B's table a changed limit is read from, and the unit (committee-46,
 * left as N1 by committee-45). examples/hot-rolled-ribbed-bar-2024-draft.yaml narrows the mass deviation of each
 * diameter band of GB/T 1499.2 by 0.5 point (lower: −6.0 → −5.5 % for [6, 14) mm, −5.0 → −4.5 % for [14, 22),
 * −4.0 → −3.5 % for [22, 50]). By hand from examples/steel-rebar.json: in [22, 50] mm only the 50 mm bar at −3.6 %
 * lies within 0.1 of −3.5 (and misses it); 25 mm at −3.1 and 36 mm at −3.2 are 0.4 and 0.3 away; in [6, 14) the
 * 12 mm bar at −4.6 is 0.9 from −5.5; in [14, 22) the 16 mm bar at −3.4 and the 20 mm at −2.3 are far from −4.5.
 */
import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';
import { tableUnder } from './markdown-tables';

const cli = useCli();

const ARGS = [
  'compare',
  '--near-limits',
  'steel/hot-rolled-ribbed-bar',
  'examples/hot-rolled-ribbed-bar-2024-draft.yaml',
  'examples/steel-rebar.json',
];

describe.concurrent('compare --near-limits: a banded limit by its row and unit (committee-46)', () => {
  it('zh table: the mass deviation once per diameter band, in the table’s order, with %', async () => {
    const { stdout } = await cli.run(['--lang', 'zh', ...ARGS]);
    const lines = stdout.split('\n');
    const at = lines.indexOf('靠近变更后限值的记录数：');
    const end = lines.findIndex((l, i) => i > at && l.startsWith('  “靠近”'));
    const rows = lines.slice(at + 2, end).filter((l) => l.includes('重量负偏差'));
    expect(rows.map((l) => l.trim().split(/ {2,}/u))).toEqual([
      ['0', '0', '0.1', '重量负偏差（公称直径 d 在“[6, 14)”档）：≥ -6.0 % → ≥ -5.5 %'],
      ['0', '0', '0.1', '重量负偏差（公称直径 d 在“[14, 22)”档）：≥ -5.0 % → ≥ -4.5 %'],
      ['0', '1', '0.1', '重量负偏差（公称直径 d 在“[22, 50]”档）：≥ -4.0 % → ≥ -3.5 %'],
    ]);
  });

  it('en Markdown and JSON: the same rows; JSON adds row { table, keys } and unit', async () => {
    const [md, json] = await Promise.all([
      cli.run(['--lang', 'en', ARGS[0]!, '-f', 'markdown', ...ARGS.slice(1)]),
      cli.run([ARGS[0]!, '-f', 'json', ...ARGS.slice(1)]),
    ]);
    const table = tableUnder(md.stdout, '## Records near a changed limit');
    expect(table).toContainEqual([
      'Mass deviation: lower limit (Nominal diameter d in band \\[22, 50\\]): ≥ -4.0 % → ≥ -3.5 %',
      '0.1',
      '0',
      '1',
    ]);
    const near = JSON.parse(json.stdout).nearLimits as {
      id: string;
      row?: unknown;
      unit?: string;
      miss: number;
    }[];
    const lower = near.filter((r) => r.id === 'mass-deviation-lower');
    expect(lower.map((r) => r.row)).toEqual([
      { table: 'massTolerance', keys: { diameter: '[6, 14)' } },
      { table: 'massTolerance', keys: { diameter: '[14, 22)' } },
      { table: 'massTolerance', keys: { diameter: '[22, 50]' } },
    ]);
    expect(lower.map((r) => [r.unit, r.miss])).toEqual([
      ['%', 0],
      ['%', 0],
      ['%', 1],
    ]);
  });
});
