/**
 * hostile-24 M3 (rest) and W15 (rest): a ratio of two symbols (`Cr/Ni`) and `N.A.` were refused as close to an
 * element; `V1` and `NV` stay refused, as `N2` and `TN` are. A record of more than 1,024 keys was refused by the
 * wide pre-filter's count for key families (`cu_total_0…`) the per-key test passes: now one key of each shape is
 * read and the per-key test decides, so a family of 1,100 keys gets the answer a family of 5 gets.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { keyShape } from '../../src/input/close-keys';
import { useCli, useTempDir } from '../cli/cli-harness';
import { REBAR, rebarCsv, rebarRecord } from './rebar-key-fixture';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';
const csv = (extra: string, value: string) => rebarCsv(temp(), extra, value);
const record = rebarRecord;

/** The bar with `n` keys `<prefix>0…`. */
const family = (prefix: string, n: number) => {
  const r: Record<string, unknown> = { ...REBAR };
  for (let i = 0; i < n; i++) r[`${prefix}${i}`] = i;
  return r;
};

/** Harmless: not applicable, a symbol and a word joined by `-`, an abbreviation, a ratio of two symbols. */
const HARMLESS = [
  'N/A',
  'n/a',
  'N.A.',
  'V-notch',
  'Ni-plated',
  'Mo.',
  'N.',
  'Cr/Ni',
  'Cr / Ni',
  'Cr:Ni',
  'Cr/Ni ratio',
  'Cr/Ni比',
  'Ti/N',
];
/** Could be the element: a reading number after it (`N2`, `V1`), a capital before it (`TN`, `NV`), a unit or 含量. */
const REFUSED: [string, string][] = [
  ['N', 'nitrogen'],
  ['N2', 'nitrogen'],
  ['TN', 'nitrogen'],
  ['w(N)', 'nitrogen'],
  ['N/%', 'nitrogen'],
  ['V1', 'vanadium'],
  ['NV', 'vanadium'],
  ['V含量', 'vanadium'],
  ['Cu%', 'copper'],
  ['Cr/ppm', 'chromium'],
];

describe('M3: JSON keys', async () => {
  const grader = createGrader(await loadRuleSet(STEEL));
  for (const key of HARMLESS)
    it(`${key}: not refused, narrow and wide`, () => {
      for (const wide of [false, true])
        expect(grader.gradeSync(record(key, 0.9, wide)).grade).toBe('conforming');
    });
  for (const [key, field] of REFUSED)
    it(`${key}: refused as ${field}, narrow and wide (its default would stand in)`, () => {
      for (const wide of [false, true]) {
        const result = grader.gradeSync(record(key, 0.015, wide));
        expect(result.grade).toBeNull();
        expect(result.errors?.[0]).toMatchObject({ field, code: 'missing' });
      }
    });
});

describe('M3: CSV headers', () => {
  for (const header of HARMLESS)
    it(`${header}: the sheet is graded, no element read from it`, async () => {
      const run = await cli.run(['grade', '-r', STEEL, csv(header, '0.9')]);
      expect(run.code).toBe(0);
      // Not read: every element with a default is still said to be given by no column.
      expect(run.stderr).toContain('nitrogen (Nitrogen N): every record takes its default');
      expect(run.stderr).toContain('no column gives chromium (Chromium Cr), vanadium (Vanadium V)');
    });
  for (const header of ['N2', 'TN', 'V1', 'NV', 'V含量'])
    it(`${header}: stops the sheet as close to an element (exit 2)`, async () => {
      const run = await cli.run(['grade', '-r', STEEL, csv(header, '0.015')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`("${header}") looks like the indicator`);
    });
  for (const [header, label] of [
    ['N', 'nitrogen (Nitrogen N)'],
    ['w(N)', 'nitrogen (Nitrogen N)'],
    ['Cu%', 'copper (Copper Cu)'],
  ])
    it(`${header}: read as the element`, async () => {
      const run = await cli.run(['grade', '-r', STEEL, csv(header!, '0.015')]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('no column gives');
      expect(run.stderr).not.toContain(label);
    });
});

describe('W15: a wide record gets the per-key answer', async () => {
  const grader = createGrader(await loadRuleSet(STEEL));
  const outcome = (r: Record<string, unknown>) => {
    const result = grader.gradeSync(r);
    return result.grade ?? result.errors?.map((e) => `${e.field}:${e.code}`).join(',');
  };

  it('keyShape: a trailing number by its count of digits, 1, 2 or more', () => {
    expect(keyShape('Curve_0')).toBe('Curve_#1');
    expect(keyShape('Curve_7')).toBe('Curve_#1');
    expect(keyShape('Curve_42')).toBe('Curve_#2');
    expect(keyShape('Curve_100')).toBe('Curve_#3');
    expect(keyShape('Curve_1099')).toBe('Curve_#3');
    expect(keyShape('N2')).toBe('N#1');
    expect(keyShape('N')).toBe('N');
    expect(keyShape('p1_N')).toBe('p1_N');
    expect(keyShape('12')).toBe('#2');
  });

  // `TN0`: a capital before the symbol and a number after it is another quantity's symbol (as `KV2` is).
  for (const prefix of [
    'Curve_',
    'Model',
    'Customer_',
    'Cross_',
    'Cut',
    'cu_total_',
    'cr_max_',
    'Mold',
    'TN',
  ])
    it(`1,100 keys ${prefix}0…: conforming, as with 5`, () => {
      expect(outcome(family(prefix, 5))).toBe('conforming');
      expect(outcome(family(prefix, 1100))).toBe('conforming');
    });

  for (const prefix of ['N_', 'ni_', 'Cu_total_', 'V', 'mo_', '氮批'])
    it(`1,100 keys ${prefix}0…: refused, as with 5`, () => {
      const narrow = outcome(family(prefix, 5));
      expect(narrow).toMatch(/:missing$/u);
      expect(outcome(family(prefix, 1100))).toBe(narrow);
    });

  it('a key that may be the element among 1,100 of a harmless family is still refused', () => {
    for (const [key, field] of REFUSED) {
      const result = grader.gradeSync({ ...family('Curve_', 1100), [key]: 0.015 });
      expect(result.errors?.[0], key).toMatchObject({ field, code: 'missing' });
    }
  });

  it('the element under its name beside 1,100 keys N_0…: graded', () => {
    expect(outcome({ ...family('N_', 1100), nitrogen: 0.01 })).toBe('conforming');
  });
});
