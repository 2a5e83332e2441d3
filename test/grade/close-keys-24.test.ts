/**
 * hostile-24 W8, W15, M3: nitrogen under `Nitrogen content`, `wN`, `n_total` was unread (graded at its default 0);
 * a record of more than 1,024 keys was refused for keys (`Curve_0`, `Model0`, `Cross_0`…) the per-key test passes;
 * harmless `N/A`, `V-notch`, `Ni-plated`, `Mo.`, `N.` were refused as close to an element.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { useCli, useTempDir } from '../cli/cli-harness';
import { REBAR, rebarCsv, rebarRecord } from './rebar-key-fixture';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';
const csv = (extra: string, value: string) => rebarCsv(temp(), extra, value);
const record = rebarRecord;

describe('W8: nitrogen under an English label with a qualifier, wN or n_total', async () => {
  const grader = createGrader(await loadRuleSet(STEEL));

  for (const key of ['Nitrogen content', 'wN', 'n_total', 'Vanadium content', 'nitrogen_pct'])
    it(`key ${key}: the record is invalid, narrow and wide (never graded at the default 0)`, () => {
      for (const wide of [false, true]) expect(grader.gradeSync(record(key, 0.015, wide)).grade).toBeNull();
    });

  it('CSV: `Nitrogen content` and `n_total` are refused as close (exit 2); `wN` is read as N (0.015 > 0.012)', async () => {
    for (const header of ['Nitrogen content', 'n_total']) {
      const run = await cli.run(['grade', '-r', STEEL, csv(header, '0.015')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`("${header}") looks like the indicator nitrogen`);
    }
    const wn = await cli.run(['grade', '-r', STEEL, csv('wN', '0.015')]);
    expect(wn.stdout).toContain('nitrogen 0.015 % (≤');
  });
});

describe('W15: the wide pre-filter agrees with the per-key test', async () => {
  const grader = createGrader(await loadRuleSet(STEEL));
  for (const prefix of [
    'Curve_',
    'Cut',
    'Cure_',
    'Customer_',
    'Model',
    'Mode',
    'Mold',
    'Moisture_',
    'Cross_',
    'Crate_',
  ])
    it(`1,100 keys ${prefix}0…: conforming, as with 5`, () => {
      for (const n of [5, 1100]) {
        const r: Record<string, unknown> = { ...REBAR };
        for (let i = 0; i < n; i++) r[`${prefix}${i}`] = i;
        expect(grader.gradeSync(r).grade).toBe('conforming');
      }
    });

  it('a wide record with `Cu_total` or `wN` beside 1,100 others is still refused', () => {
    for (const key of ['Cu_total', 'wN']) {
      const r: Record<string, unknown> = { ...REBAR, [key]: 0.5 };
      for (let i = 0; i < 1100; i++) r[`k${i}`] = i;
      expect(grader.gradeSync(r).grade).toBeNull();
    }
  });
});

describe('M3: harmless keys that start with a symbol', async () => {
  const grader = createGrader(await loadRuleSet(STEEL));
  for (const key of ['N/A', 'n/a', 'V-notch', 'Ni-plated', 'Mo.', 'N.'])
    it(`${key}: not refused`, () => {
      expect(grader.gradeSync(record(key, 'x', false)).grade).toBe('conforming');
    });
  for (const key of ['N', 'V', 'Mo', 'N(%)', 'Cu-total', 'N-max'])
    it(`${key}: still refused as the element (its default would stand in)`, () => {
      expect(grader.gradeSync(record(key, 0.5, false)).grade).toBeNull();
    });

  it('CSV header V-notch beside the impact energy: graded, not stopped', async () => {
    const run = await cli.run(['grade', '-r', STEEL, csv('V-notch', 'V')]);
    expect(run.code).toBe(0);
  });
});
