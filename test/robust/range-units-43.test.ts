import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

// A range written with a unit sign Chinese tables and input methods give (`-20～20 ℃`, `2～6 ㎜`), and a range in
// another unit on a group statistic: told what to write, as `2~6 mm` on an indicator is. Limits illustrative.

const errorsOf = (text: string) =>
  checkRuleSet(text, { filename: 'units.yaml' })
    .issues.filter((i) => i.severity === 'error')
    .map((i) => ({ line: i.line, en: i.text.en, zh: i.text.zh }));

const product = (
  criterion: string,
  when = '',
) => `${ruleFileHeader('test/range-units-43', { zh: '单位', en: 'Units' })}comparison: full
indicators:
  t: { type: number, unit: mm, label: { zh: 厚度, en: Thickness } }
  temp: { type: number, unit: °C, label: { zh: 试验温度, en: Test temperature } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: a, ${criterion}${when} }
`;

describe.concurrent('a range written with ℃ or a squared unit (㎜, ㎝)', () => {
  it('a tilde range in the value’s own unit is told to drop the unit, and the range it gives is accepted', () => {
    for (const [indicator, written, band] of [
      ['temp', '-20～20 ℃', '[-20, 20]'],
      ['t', '2～6 ㎜', '[2, 6]'],
      ['t', '2 ㎜～6 ㎜', '[2, 6]'],
    ] as const) {
      const [e, ...rest] = errorsOf(product(`indicator: ${indicator}, require: "${written}"`));
      expect(rest).toEqual([]);
      expect(e!.line).toBe(16);
      expect(e!.en, written).toContain(`is written as a range, without the unit: "${band}"`);
      expect(e!.zh, written).toContain(`要写成区间，区间不写单位："${band}"`);
      expect(errorsOf(product(`indicator: ${indicator}, require: "${band}"`))).toEqual([]);
    }
  });

  it('a bracketed range with ㎜ after it is told to drop the unit, not that it is no range', () => {
    const [e] = errorsOf(product('indicator: t, require: "[2, 6] ㎜"'));
    expect(e!.en).toBe('"[2, 6] ㎜": a range is written without a unit: write [2, 6]');
    expect(e!.zh).toBe('“[2, 6] ㎜”：区间中不写单位，请写 [2, 6]');
  });

  it('a range in ㎝ on a value in mm is told to convert, in a requirement and in a when', () => {
    const found = errorsOf(product('indicator: t, require: "≤ 8"', ', when: { t: "2～6 ㎝" }'));
    expect(found).toHaveLength(1);
    expect(found[0]!.en).toContain(
      'the range is written in ㎝, but "t" is measured in mm; convert its ends to mm',
    );
    expect(found[0]!.zh).toContain('区间的单位是 ㎝，但“t”的单位是 mm；请把两端换算为 mm');
  });

  it('a single limit with ℃ or ㎜ stays accepted', () => {
    expect(errorsOf(product('indicator: temp, require: "≥ -20 ℃"'))).toEqual([]);
    expect(errorsOf(product('indicator: t, require: "≤ 6 ㎜"'))).toEqual([]);
  });
});

describe.concurrent('a group statistic’s range in another unit', () => {
  const cement = readFileSync(
    new URL('../../rules/building-materials/cement-lot-grade.yaml', import.meta.url),
    'utf8',
  );
  // The lot's mean 28-day strength (MPa) required within a range: as a committee might write it.
  const lot = (require: string) =>
    cement
      .replace(
        '    mean28d: { statistic: mean, of: compressive28d }',
        '    mean28d: { statistic: mean, of: compressive28d }\n    lotMean: { statistic: mean, of: compressive28d }',
      )
      .replace(
        'statistic: cv28d\n      grade: superior\n      require: "≤ 3.0"',
        `statistic: lotMean\n      grade: superior\n      require: "${require}"`,
      );

  it('is told to convert, not to drop the unit and read kN as MPa', () => {
    const found = errorsOf(lot('40～60 kN'));
    expect(found).toHaveLength(1);
    expect(found[0]!.en).toBe(
      'the range is written in kN, but "lotMean" is measured in MPa; convert its ends to MPa and write the range without a unit (square brackets take the end in, round ones leave it out)',
    );
    expect(found[0]!.zh).toContain('区间的单位是 kN，但“lotMean”的单位是 MPa；请把两端换算为 MPa');
  });

  it('in the statistic’s own unit is told to drop it, and the range it gives is accepted', () => {
    const [e] = errorsOf(lot('40～60 MPa'));
    expect(e!.en).toContain('is written as a range, without the unit: "[40, 60]"');
    expect(errorsOf(lot('[40, 60]'))).toEqual([]);
  });
});
