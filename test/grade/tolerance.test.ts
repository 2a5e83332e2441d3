import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseRuleSet } from '../../src/index';
import { graderPair } from '../helpers';

// test/fixtures/valid/tolerance.yaml: "10.0 ± 0.1", "10.0 +0.5/−0.3", and "± massTolerance.value"
// (GB 1499.2-2024 mass deviation, secondary: ±4.5 % for 14–20 mm).
const text = readFileSync(new URL('../fixtures/valid/tolerance.yaml', import.meta.url), 'utf8');
const full = graderPair(parseRuleSet(text, { filename: 'tolerance.yaml' }));
const rounded = graderPair(
  parseRuleSet(text.replace('industry: test', 'industry: test\ncomparison: rounded'), {
    filename: 'tolerance-rounded.yaml',
  }),
);
const base = { diameter: 10.0, length: 10.0, nominalDiameter: 16, massDeviation: 0 };

async function passes(pair: typeof full, id: string, value: number): Promise<boolean | null> {
  const field = { diameter: 'diameter', length: 'length', 'mass-deviation': 'massDeviation' }[id]!;
  const result = await pair.grade({ ...base, [field]: value });
  return result.criteria.find((c) => c.id === id)!.passed;
}

describe('tolerances: nominal ± tolerance, closed range (GB/T 8170)', () => {
  it('10.0 ± 0.1, full-value method: both ends included', async () => {
    for (const [v, ok] of [
      [9.89, false],
      [9.9, true],
      [9.91, true],
      [10.09, true],
      [10.1, true],
      [10.11, false],
    ] as const)
      expect([v, await passes(full, 'diameter', v)]).toEqual([v, ok]);
  });

  it('10.0 ± 0.1, rounded-value method: rounded to 0.1 first, half to even', async () => {
    for (const [v, ok] of [
      [9.84, false], // 9.8
      [9.85, false], // 9.8 (5 to the even 8)
      [9.86, true], // 9.9
      [10.14, true], // 10.1
      [10.15, false], // 10.2 (5 to the even 2)
      [10.16, false], // 10.2
    ] as const)
      expect([v, await passes(rounded, 'diameter', v)]).toEqual([v, ok]);
  });

  it('asymmetric 10.0 +0.5/−0.3 is [9.7, 10.5]', async () => {
    for (const [v, ok] of [
      [9.69, false],
      [9.7, true],
      [10.5, true],
      [10.51, false],
    ] as const)
      expect([v, await passes(full, 'length', v)]).toEqual([v, ok]);
    expect(await passes(rounded, 'length', 10.54)).toBe(true);
    expect(await passes(rounded, 'length', 9.64)).toBe(false);
  });

  it('± massTolerance.value takes the tolerance from the table row of the diameter', async () => {
    for (const [v, ok] of [
      [-4.51, false],
      [-4.5, true],
      [4.5, true],
      [4.51, false],
    ] as const)
      expect([v, await passes(full, 'mass-deviation', v)]).toEqual([v, ok]);
    for (const [v, ok] of [
      [-4.55, false], // −4.6
      [-4.54, true], // −4.5
      [4.45, true], // 4.4
      [4.56, false], // 4.6
    ] as const)
      expect([v, await passes(rounded, 'mass-deviation', v)]).toEqual([v, ok]);
    // 8 mm is in the 6–12 mm row: ±5.5 %.
    const small = await full.grade({ ...base, nominalDiameter: 8, massDeviation: -5.5 });
    expect(small.criteria.find((c) => c.id === 'mass-deviation')).toMatchObject({
      passed: true,
      limit: { operator: 'between', value: [-5.5, 5.5], text: '± 5.5 [-5.5, 5.5]' },
    });
  });

  it('explanations show the nominal, the tolerance and the range', async () => {
    const result = await rounded.grade({ ...base, diameter: 10.14 });
    const c = result.criteria.find((x) => x.id === 'diameter')!;
    expect(c).toMatchObject({ value: 10.14, rounded: 10.1, passed: true });
    expect(c.limit).toEqual({ operator: 'between', value: [9.9, 10.1], text: '10.0 ± 0.1 [9.9, 10.1]' });
    expect(c.message.en).toBe(
      'Diameter: 10.14 mm (rounded to 10.1) meets 10.0 ± 0.1 [9.9, 10.1] mm (Conforming requirement)',
    );
    expect(c.message.zh).toBe('直径：10.14 mm（修约值 10.1），满足 10.0 ± 0.1 [9.9, 10.1] mm（合格要求）');
    const length = (await full.grade({ ...base, length: 10.6 })).criteria.find((x) => x.id === 'length')!;
    expect(length.message.en).toBe(
      'Length: 10.6 mm does not meet 10.0 +0.5/−0.3 [9.7, 10.5] mm (Conforming requirement)',
    );
  });

  it('accepts ASCII "-" and "+/-", and no float noise at the ends (0.3 − 0.1)', async () => {
    const ascii = graderPair(
      parseRuleSet(
        text
          .replace('require: "10.0 +0.5/−0.3"', 'require: "10.0 +0.5/-0.3"')
          .replace('require: "10.0 ± 0.1"', 'require: "0.3 +/- 0.1"'),
        { filename: 'ascii.yaml' },
      ),
    );
    const result = await ascii.grade({ ...base, diameter: 0.2, length: 9.7 });
    expect(result.criteria.find((c) => c.id === 'diameter')).toMatchObject({
      passed: true,
      limit: { value: [0.2, 0.4] },
    });
    expect(result.criteria.find((c) => c.id === 'length')!.passed).toBe(true);
  });

  it('reports a bad tolerance where it is written', () => {
    const issues = (require: string) =>
      checkRuleSet(text.replace('require: "10.0 ± 0.1"', `require: ${JSON.stringify(require)}`), {
        filename: 't.yaml',
      }).issues.map((i) => `${i.line}:${i.code}: ${i.message}`);
    expect(issues('10.0 ± -0.1')).toEqual([
      '45:invalid-requirement: a tolerance is written without its sign: "10.0 +0.5/−0.3", not "+−0.3"; got -0.1',
    ]);
    expect(issues('10.0 ± massTolerance.width')[0]).toContain(
      'table "massTolerance" has no value column "width"',
    );
    expect(issues('10.0 ± 0.1 ± 0.2')[0]).toContain('more than one "±"');
  });

  it('every specimen must lie in the range: the first one outside decides, at either end', async () => {
    const specimens = graderPair(
      parseRuleSet(
        text.replace('unit: mm\n    label: { zh: 直径', 'unit: mm\n    specimens: 3\n    label: { zh: 直径'),
        {
          filename: 'tolerance-specimens.yaml',
        },
      ),
    );
    const diameter = async (values: number[]) =>
      (await specimens.grade({ ...base, diameter: values })).criteria.find((c) => c.id === 'diameter')!;
    expect(await diameter([10.0, 10.1, 9.9])).toMatchObject({ passed: true });
    expect(await diameter([10.0, 10.11, 9.9])).toMatchObject({ passed: false, value: 10.11, specimen: 2 });
    expect(await diameter([10.0, 10.05, 9.89])).toMatchObject({ passed: false, value: 9.89, specimen: 3 });
    expect(specimens.compiled.gradeOnly({ ...base, diameter: [10.0, 10.11, 9.9] })).toBeNull();
  });

  it('a tolerance a row does not have (n/a) fails that grade, in gradeOnly too', async () => {
    const graded = graderPair(
      parseRuleSet(`schemaVersion: 1
id: test/tolerance-na
version: 1.0.0
industry: test
subject: product
title: { zh: 允许偏差, en: Tolerances }
references: [{ code: GB 1499.2-2024, edition: "2024" }]
provenance: { level: illustrative, note: { zh: 测试用, en: "For tests; ±4.5 % from the domain reference, the premium figures illustrative." } }
indicators:
  nominalDiameter: { type: number, unit: mm, label: { zh: 公称直径, en: Nominal diameter } }
  massDeviation: { type: number, unit: "%", label: { zh: 重量偏差, en: Mass deviation } }
grades:
  - { id: conforming, label: { zh: 合格, en: Conforming } }
  - { id: premium, label: { zh: 优等, en: Premium } }
tables:
  massTolerance:
    keys: [nominalDiameter]
    columns: [nominalDiameter, loose, tight]
    rows:
      - ["[6, 14)", 5.5, 4.5]
      - ["[14, 50]", 4.5, n/a]
criteria:
  - id: mass-deviation
    indicator: massDeviation
    require: "± massTolerance.loose"
    grade: conforming
  - id: mass-deviation-premium
    indicator: massDeviation
    require: "± massTolerance.tight"
    grade: premium
`),
    );
    for (const [record, grade] of [
      [{ nominalDiameter: 10, massDeviation: 4.5 }, 'premium'],
      [{ nominalDiameter: 10, massDeviation: 4.6 }, 'conforming'],
      [{ nominalDiameter: 16, massDeviation: 0 }, 'conforming'],
      [{ nominalDiameter: 16, massDeviation: -4.5 }, 'conforming'],
      [{ nominalDiameter: 16, massDeviation: -4.6 }, null],
    ] as const) {
      const result = await graded.grade(record);
      expect([record, result.grade]).toEqual([record, grade]);
      expect([record, graded.compiled.gradeOnly(record)]).toEqual([record, grade]);
    }
    const na = await graded.grade({ nominalDiameter: 16, massDeviation: 0 });
    expect(na.nextGrade).toBeNull();
    expect(na.criteria.find((c) => c.id === 'mass-deviation-premium')).toMatchObject({
      passed: false,
      unavailable: true,
    });
  });
});
