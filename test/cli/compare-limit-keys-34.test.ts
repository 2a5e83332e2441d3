import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

/*
 * committee-34 M5: "Limits depend on: Strength class = 42.5" was printed under a record moved only by a fixed
 * limit (the draft's Cr(VI) ≤ 10.0 mg/kg reads no table): the row of a limit that changed with the same outcome
 * (its 3-day strength, 17.0 → 18.0, met by 20.0 under both) was taken for a cause's.
 *   C1: P·O 42.5, 3-day 20.0 (≥ 17.0 and ≥ 18.0 met), Cr(VI) 11.0 > 10.0: moved by Cr(VI) alone.
 *   C2: P·O 42.5, 3-day 17.5 (≥ 17.0 met, ≥ 18.0 not), Cr(VI) 5.0: moved by the strength table's row 42.5.
 */
const DRAFT = join(FIXTURES, 'committee-34/common-portland-cement-draft.yaml');
const A = 'building-materials/common-portland-cement';
const HEAD =
  'sample,cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,soundness,magnesia,sulfurTrioxide,chloride,chromium6';
const CSV = [
  HEAD,
  'C1,P.O,42.5,20.0,47.0,4.5,7.5,150,300,yes,3.0,2.8,0.03,11.0',
  'C2,P.O,42.5,17.5,47.0,4.5,7.5,150,300,yes,3.0,2.8,0.03,5.0',
].join('\n');

const cli = useCli();
const temp = useTempDir();

describe.concurrent('compare: what a moved record’s limits depend on (committee-34 M5)', () => {
  it('table: only under the record a table row moved, not under one a fixed limit moved', async () => {
    const file = join(temp(), 'cr.csv');
    writeFileSync(file, CSV);
    for (const [lang, text] of [
      ['en', 'Limits depend on: Strength class = 42.5'],
      ['zh', '限值取决于：强度等级 = 42.5'],
    ] as const) {
      const { stdout } = await cli.run(['--lang', lang, 'compare', A, DRAFT, file]);
      const lines = stdout.split('\n');
      const c1 = lines.findIndex((l) => /^(row 1 \(C1\)|第 1 条（C1）)/.test(l));
      const c2 = lines.findIndex((l) => /^(row 2 \(C2\)|第 2 条（C2）)/.test(l));
      expect(c1).toBeGreaterThan(0);
      expect(c2).toBeGreaterThan(c1);
      expect(lines.slice(c1 + 1, c2).join('\n')).not.toContain(text);
      expect(lines[c2 + 1]).toBe(`    ${text}`);
    }
  });

  it('html: the page’s line only under the record a table row moved', async () => {
    const file = join(temp(), 'cr2.csv');
    writeFileSync(file, CSV);
    const html = join(temp(), 'cr.html');
    await cli.run(['compare', '-f', 'html', '-o', html, A, DRAFT, file]);
    const page = readFileSync(html, 'utf8');
    expect(page.match(/data-limit-keys>/g)).toHaveLength(1);
  });
});
