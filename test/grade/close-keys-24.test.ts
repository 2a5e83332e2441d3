/**
 * hostile-24 W8, W15, M3: nitrogen under `Nitrogen content`, `wN`, `n_total` was unread (graded at its default 0);
 * a record of more than 1,024 keys was refused for keys (`Curve_0`, `Model0`, `Cross_0`…) the per-key test passes;
 * harmless `N/A`, `V-notch`, `Ni-plated`, `Mo.`, `N.` were refused as close to an element.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { useCli, useTempDir } from '../cli/cli-harness';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';
const REBAR = {
  designation: 'HRB400',
  diameter: 20,
  yieldStrength: 455,
  tensileStrength: 600,
  elongation: 22,
  maxForceElongation: 11,
  carbon: 0.21,
  silicon: 0.45,
  manganese: 1.35,
  phosphorus: 0.025,
  sulfur: 0.02,
  massDeviation: -1.5,
  bendTest: true,
};
const HEAD =
  '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验';
const ROW = 'B1,HRB400,20,455,600,22,11.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格';

let files = 0;
function csv(extra: string, value: string): string {
  const path = join(temp(), `${++files}.csv`);
  writeFileSync(path, `${HEAD},"${extra}"\n${ROW},${value}\n`);
  return path;
}

/** The record with `key` and, when `wide`, 1,030 other keys. */
const record = (key: string, value: unknown, wide: boolean) => {
  const r: Record<string, unknown> = {};
  if (wide) for (let i = 0; i < 1030; i++) r[`k${i}`] = 'x';
  return { ...r, ...REBAR, [key]: value };
};

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
    expect(wn.stdout).toContain('nitrogen 0.015 (≤ 0.012)');
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
