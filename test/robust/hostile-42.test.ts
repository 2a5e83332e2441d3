import { describe, expect, it } from 'vitest';
import { type CriterionResult, checkRuleSet, type GradeResult, parseRuleSet } from '../../src/index';
import { graderPair } from '../helpers';

// Hostile inputs against what session 41 added (hostile-new-42). The limits are illustrative, not a standard's.

const byId = (r: GradeResult, id: string): CriterionResult => r.criteria.find((c) => c.id === id)!;

describe.concurrent('floor, ceil and % of decimals are taken of the exact value', () => {
  // `floor(0.3 / 0.1)` was floor(2.9999999999999996) = 2, `ceil(0.07 * 100)` ceil(7.000000000000001) = 8: the whole
  // number moves where floating point errs by the least. 0.3 % 0.1 was 0.0999999999999999 (exactly 0).
  const pair = graderPair(
    parseRuleSet(
      `schemaVersion: 1
id: test/hostile-42-whole
version: 1.0.0
industry: test
subject: product
title: { zh: 取整, en: Whole numbers }
references:
  - { code: TEST 1-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
comparison: full
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, range: "> 0", label: { zh: 乙, en: B } }
  c: { type: number, label: { zh: 丙, en: C } }
derived:
  down: { label: { zh: 商取下整, en: Quotient floored }, formula: floor(a / b) }
  up: { label: { zh: 商取上整, en: Quotient ceiled }, formula: ceil(a / b) }
  upTimes: { label: { zh: 积取上整, en: Product ceiled }, formula: ceil(a * c) }
  downTimes: { label: { zh: 积取下整, en: Product floored }, formula: floor(a * c) }
  rest: { label: { zh: 余数, en: Remainder }, formula: a % b }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
  - { id: good, label: { zh: 良好, en: Good } }
criteria:
  - { id: down-min, indicator: down, require: "≥ 3", grade: ok }
  - { id: up-max, indicator: up, require: "≤ 3", grade: ok }
  - { id: up-times-max, indicator: upTimes, require: "≤ 7", grade: good }
  - { id: down-times-min, indicator: downTimes, require: "≥ 29", grade: good }
  - { id: rest-max, indicator: rest, require: "≤ 0", grade: good }
`,
      { filename: 'hostile-42-whole.yaml' },
    ),
  );

  it('a quotient exactly 3 is floored and ceiled to 3: 0.3 / 0.1, 0.6 / 0.2, 0.21 / 0.07', async () => {
    for (const [a, b] of [
      [0.3, 0.1],
      [0.6, 0.2],
      [0.21, 0.07],
    ] as const) {
      const r = await pair.grade({ a, b, c: 1 });
      expect(byId(r, 'down-min'), `${a} / ${b}`).toMatchObject({ value: 3, passed: true });
      expect(byId(r, 'up-max'), `${a} / ${b}`).toMatchObject({ value: 3, passed: true });
    }
  });

  it('just either side of 3 the quotient floors to 2 or ceils to 4', async () => {
    const below = await pair.grade({ a: 0.299, b: 0.1, c: 1 });
    expect(byId(below, 'down-min')).toMatchObject({ value: 2, passed: false });
    expect(byId(below, 'up-max')).toMatchObject({ value: 3, passed: true });
    const above = await pair.grade({ a: 0.301, b: 0.1, c: 1 });
    expect(byId(above, 'down-min')).toMatchObject({ value: 3, passed: true });
    expect(byId(above, 'up-max')).toMatchObject({ value: 4, passed: false });
  });

  it('large and negative quotients: 4.35 / 0.05 is 87, −5.576 / 0.068 is −82, −13.832 / 0.152 is −91', async () => {
    expect(byId(await pair.grade({ a: 4.35, b: 0.05, c: 1 }), 'down-min').value).toBe(87);
    const neg = await pair.grade({ a: -5.576, b: 0.068, c: 1 });
    expect([byId(neg, 'down-min').value, byId(neg, 'up-max').value]).toEqual([-82, -82]);
    const neg2 = await pair.grade({ a: -13.832, b: 0.152, c: 1 });
    expect([byId(neg2, 'down-min').value, byId(neg2, 'up-max').value]).toEqual([-91, -91]);
  });

  it('a product of decimals that is a whole number is ceiled and floored to it: 0.07 × 100, 0.29 × 100, 39.05 × 100', async () => {
    const seven = await pair.grade({ a: 0.07, b: 1, c: 100 });
    expect(byId(seven, 'up-times-max')).toMatchObject({ value: 7, passed: true });
    expect(byId(seven, 'down-times-min')).toMatchObject({ value: 7, passed: false });
    const twentyNine = await pair.grade({ a: 0.29, b: 1, c: 100 });
    expect(byId(twentyNine, 'down-times-min')).toMatchObject({ value: 29, passed: true });
    expect(byId(twentyNine, 'up-times-max')).toMatchObject({ value: 29, passed: false });
    const big = await pair.grade({ a: 39.05, b: 1, c: 100 });
    expect([byId(big, 'up-times-max').value, byId(big, 'down-times-min').value]).toEqual([3905, 3905]);
  });

  it('a remainder of decimals is exact: 0.3 % 0.1 and 27.861 % 0.753 are 0, 39.743 % 0.582 is 0.167', async () => {
    for (const [a, b] of [
      [0.3, 0.1],
      [27.861, 0.753],
    ] as const) {
      const r = await pair.grade({ a, b, c: 1 });
      expect(byId(r, 'rest-max'), `${a} % ${b}`).toMatchObject({ value: 0, passed: true });
    }
    expect(byId(await pair.grade({ a: 39.743, b: 0.582, c: 1 }), 'rest-max').value).toBe(0.167);
    // The dividend's sign, as JavaScript's %: −0.7 % 0.2 is −0.1.
    expect(byId(await pair.grade({ a: -0.7, b: 0.2, c: 1 }), 'rest-max').value).toBe(-0.1);
  });
});

describe.concurrent('a range written as a table prints it (2~6) in a limit or a when', () => {
  const rules = (require: string, when: string) => `schemaVersion: 1
id: test/hostile-42-range
version: 1.0.0
industry: test
subject: product
title: { zh: 区间, en: Ranges }
references:
  - { code: TEST 1-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
comparison: full
indicators:
  thickness: { type: number, unit: mm, label: { zh: 厚度, en: Thickness } }
  bow: { type: number, label: { zh: 弯曲度, en: Bow } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: t, indicator: thickness, require: ${JSON.stringify(require)} }
  - { id: b, indicator: bow, require: "≤ 1", when: { thickness: ${JSON.stringify(when)} } }
`;
  const errors = (require: string, when: string) =>
    checkRuleSet(rules(require, when), { filename: 'range.yaml' })
      .issues.filter((i) => i.severity === 'error')
      .map((i) => ({ line: i.line, en: i.text.en, zh: i.text.zh }));

  it('ends written high first (6~2, -2~-6) are advised smaller first, an interval that is then accepted', () => {
    const [limit, when] = errors('6~2', '-2~-6');
    expect(limit!.en).toContain('"[2, 6]"');
    expect(limit!.zh).toContain('"[2, 6]"');
    expect(when!.en).toContain('write the range as "[-6, -2]"');
    expect(when!.zh).toContain('区间要写成 "[-6, -2]"');
    expect(errors('[2, 6]', '[-6, -2]')).toEqual([]);
  });

  it('a range in another unit than the value (2~6 cm, [2, 6] cm for mm) is told to convert, not to drop the unit', () => {
    for (const [require, when] of [
      ['2~6 cm', '2~6 cm'],
      ['[2, 6] cm', '[2, 6] cm'],
    ]) {
      const found = errors(require!, when!);
      expect(found.map((e) => e.line)).toEqual([19, 20]);
      for (const e of found) {
        expect(e.en, require).toContain(
          'the range is written in cm, but "thickness" is measured in mm; convert its ends to mm',
        );
        expect(e.zh, require).toContain('区间的单位是 cm，但“thickness”的单位是 mm；请把两端换算为 mm');
        expect(e.en).not.toContain('without the unit:');
      }
    }
  });

  it('a range in the value’s own unit (2~6 mm, 2~6 毫米) is still told to write it without the unit', () => {
    const [limit, when] = errors('2~6 mm', '2~6 毫米');
    expect(limit!.en).toContain('is written as a range, without the unit: "[2, 6]"');
    expect(when!.en).toContain('write the range as "[2, 6]", without the unit');
  });

  it('an exponent is part of the number, not a unit: 2e0~6', () => {
    const [when] = errors('≥ 0', '2e0~6');
    expect(when!.en).toContain('write the range as "[2e0, 6]" (');
    expect(errors('≥ 0', '[2e0, 6]')).toEqual([]);
  });
});

describe.concurrent('when-bands on a number, many and at many grades (band-gap)', () => {
  // 210 requirements on bow, each for a band of t at one of 7 grades; every 7th band ends a unit early, leaving
  // [7, 8), [21, 22), … uncovered at every grade, plus what lies beyond the bands.
  const bands = Array.from({ length: 210 }, (_, i) =>
    i % 7 === 3 ? `[${i * 2}, ${i * 2 + 1})` : `[${i * 2}, ${i * 2 + 2})`,
  );
  const grades = Array.from({ length: 7 }, (_, g) => `  - { id: g${g}, label: { zh: 级${g}, en: G${g} } }`);
  const text = `schemaVersion: 1
id: test/hostile-42-bands
version: 1.0.0
industry: test
subject: product
title: { zh: 分档, en: Bands }
references:
  - { code: TEST 1-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
comparison: full
indicators:
  t: { type: number, unit: mm, range: "[0, 420]", label: { zh: 厚度, en: Thickness } }
  bow: { type: number, label: { zh: 弯曲度, en: Bow } }
grades:
${grades.join('\n')}
criteria:
${bands.map((b, i) => `  - { id: b${i}, indicator: bow, require: "≤ ${i + 1}", grade: g${i % 7}, when: { t: "${b}" } }`).join('\n')}
`;

  it('names each gap once per set of grades, open and closed ends as written', () => {
    const gaps = checkRuleSet(text, { filename: 'bands.yaml' }).issues.filter((i) => i.code === 'band-gap');
    // At the lowest grade only the bands of g0 are in force: every band but those at i = 0, 7, 14, … is missing.
    expect(gaps.length).toBe(7);
    const top = gaps.find((g) => g.text.en.includes('at grade "g6"'))!;
    const holes = Array.from({ length: 30 }, (_, k) => `t [${(7 * k + 3) * 2 + 1}, ${(7 * k + 3) * 2 + 2})`);
    expect(top.text.en).toContain(`a record with ${holes.join(' or ')} or t = 420 at grade "g6"`);
    const lowest = gaps.find((g) => g.text.en.includes('at grade "g0"'))!;
    expect(lowest.text.en).toContain('a record with t [2, 14) or t [16, 28) or');
  });
});

describe.concurrent('when on an enum, value by value at many grades (band-gap)', () => {
  // 70 categories, one requirement each at grade g(i % 5) but none for every 7th; so v3 goes unchecked at every
  // grade and v1 (its requirement at g1) at g0 only.
  const values = Array.from({ length: 70 }, (_, i) => `v${i}`);
  const text = `schemaVersion: 1
id: test/hostile-42-enum
version: 1.0.0
industry: test
subject: product
title: { zh: 类别, en: Categories }
references:
  - { code: TEST 1-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
comparison: full
indicators:
  cat: { type: enum, values: [${values.join(', ')}], label: { zh: 类别, en: Category } }
  bow: { type: number, label: { zh: 弯曲度, en: Bow } }
grades:
${Array.from({ length: 5 }, (_, g) => `  - { id: g${g}, label: { zh: 级${g}, en: G${g} } }`).join('\n')}
criteria:
${values
  .flatMap((v, i) =>
    i % 7 === 3
      ? []
      : [`  - { id: b${i}, indicator: bow, require: "≤ ${i + 1}", grade: g${i % 5}, when: { cat: ${v} } }`],
  )
  .join('\n')}
`;

  it('names each value at the grades it goes unchecked at, grouped by those grades', () => {
    const gaps = checkRuleSet(text, { filename: 'enum.yaml' })
      .issues.filter((i) => i.code === 'band-gap')
      .map((i) => i.text.en);
    const none = values.filter((_, i) => i % 7 === 3);
    expect(gaps).toContainEqual(
      expect.stringContaining(`a record with cat ${none.join(', ')} at any grade:`),
    );
    // Checked from g1 up: unchecked at g0 only; from g4 up: at g0 to g3.
    const fromG1 = values.filter((_, i) => i % 7 !== 3 && i % 5 === 1);
    expect(gaps).toContainEqual(
      expect.stringContaining(`a record with cat ${fromG1.join(', ')} at grade "g0":`),
    );
    const fromG4 = values.filter((_, i) => i % 7 !== 3 && i % 5 === 4);
    expect(gaps).toContainEqual(
      expect.stringContaining(`a record with cat ${fromG4.join(', ')} at grades "g0", "g1", "g2", "g3":`),
    );
    expect(gaps.length).toBe(5);
  });
});

describe.concurrent('a numeric enum of sizes in mm given a text that is no size with a unit', () => {
  const pair = graderPair(
    parseRuleSet(
      `schemaVersion: 1
id: test/hostile-42-sizes
version: 1.0.0
industry: test
subject: product
title: { zh: 规格, en: Sizes }
references:
  - { code: TEST 1-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
comparison: full
indicators:
  t: { type: enum, values: [2, 3, 4, 5, 6, 10], unit: mm, label: { zh: 厚度, en: Thickness } }
  bow: { type: number, label: { zh: 弯曲度, en: Bow } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: b, indicator: bow, require: "≤ 1" }
`,
      { filename: 'sizes.yaml' },
    ),
  );
  const message = async (t: string) => {
    const r = await pair.grade({ t, bow: 1 });
    return r.errors!.find((e) => e.field === 't')!.message;
  };

  it('a band (2~6, 6~2), a product or quotient (5×2, 5*2, 5/2) or inches (5″) is not told to write its first number', async () => {
    for (const t of ['2~6', '6~2', '5×2', '5*2', '5/2', '5″']) {
      const m = await message(t);
      expect(m.en, t).toBe(`t (Thickness) must be one of 2, 3, 4, 5, 6, 10, got ${JSON.stringify(t)}`);
      expect(m.zh, t).not.toContain('请只写数值');
    }
  });

  it('a size in degrees is told to convert; in mm, bracketed or not, to write the number alone', async () => {
    expect((await message('5°')).en).toContain(
      "a number in °, which is not the indicator's unit, mm: convert it to mm",
    );
    for (const t of ['5 (mm)', '5mm'])
      expect((await message(t)).en, t).toContain('a number with a unit after it: write the number alone, 5');
  });
});
