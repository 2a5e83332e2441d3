/**
 * The terminal tables of `grade --tally-by` and `compare --tally-by` cut a
 * value at 40 display columns (CJK counting two) with "…", so one very long
 * value does not widen every row (recheck-16 F5); JSON holds it whole.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/display-width';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';

const LONG = `Acme ${'x'.repeat(5000)}`;
// 30 CJK characters: 60 columns; cut to 19 of them (38 columns) and "…".
const WIDE = '甲'.repeat(30);
const SHEET = `编号,生产企业,强度等级,compressive3d,compressive28d,initialSetting,finalSetting
T1,${LONG},42.5,24,48,150,240
T2,${WIDE},42.5,18,48,150,240
T3,short,42.5,20,48,150,240
`;

let file: string;
beforeAll(() => {
  file = join(temp(), 'samples.csv');
  writeFileSync(file, SHEET);
});

/** The table's lines after the heading, and their first cells. */
function table(text: string, heading: string): { lines: string[]; first: string[] } {
  const all = text.split('\n');
  const at = all.findIndex((l) => l.startsWith(heading));
  expect(at).toBeGreaterThanOrEqual(0);
  const lines: string[] = [];
  for (const l of all.slice(at + 1)) {
    if (!l.startsWith('  ')) break;
    lines.push(l);
  }
  return { lines, first: lines.map((l) => l.trim().split(/ {2,}/)[0]!) };
}

const CUT_LONG = `Acme ${'x'.repeat(34)}…`;
const CUT_WIDE = `${'甲'.repeat(19)}…`;

describe('a long value in a --tally-by table', () => {
  it('grade (en, zh): cut at 40 columns with "…", every line of the table narrow', async () => {
    for (const [lang, heading] of [
      ['en', 'by 生产企业'],
      ['zh', '按“生产企业”统计'],
    ] as const) {
      const run = await cli.run(['--lang', lang, 'grade', '-r', LOTS, '--tally-by', '生产企业', file]);
      const { lines, first } = table(run.stderr, heading);
      expect(first.slice(1, 4)).toEqual([CUT_LONG, CUT_WIDE, 'short']);
      expect(displayWidth(CUT_LONG)).toBe(40);
      expect(displayWidth(CUT_WIDE)).toBe(39);
      for (const l of lines) expect(displayWidth(l)).toBeLessThan(120);
    }
  });

  it('compare (en, zh): the same, and -f json keeps the value whole', async () => {
    const dir = temp();
    const lots = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
    const [a, b] = [join(dir, 'a.yaml'), join(dir, 'b.yaml')];
    writeFileSync(a, lots);
    writeFileSync(
      b,
      lots.replace(/^version: .*$/m, 'version: 99.0.0').replace('require: "≥ 45 min"', 'require: "≥ 60 min"'),
    );
    for (const [lang, heading] of [
      ['en', 'Moves by 生产企业'],
      ['zh', '按“生产企业”统计等级变化'],
    ] as const) {
      const run = await cli.run(['--lang', lang, 'compare', '--tally-by', '生产企业', a, b, file]);
      const { lines, first } = table(run.stdout, heading);
      expect(first.slice(1, 4)).toEqual([CUT_LONG, CUT_WIDE, 'short']);
      for (const l of lines) expect(displayWidth(l)).toBeLessThan(120);
    }
    const json = JSON.parse(
      (await cli.run(['compare', '-f', 'json', '--tally-by', '生产企业', a, b, file])).stdout,
    );
    expect(json.tally.groups.map((g: { key: string }) => g.key)).toEqual([LONG, WIDE, 'short']);
  });
});
