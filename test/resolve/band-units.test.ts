/**
 * newcomer-27 M54: `range: "> 0 kg"` was "不是区间" with an example that did not
 * show the unit was the trouble, and then a division warning that only
 * followed from the range not being read. A limit may carry its indicator's
 * unit (`≥ 0.70 kg`); a band does not, wherever one is written: an
 * indicator's `range` or `plausible`, a table's key cell, a requirement's
 * range. Each now says to leave the unit out and what remains.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { bandWithUnit } from '../../src/syntax/band-unit';
import { ruleFileHeader } from '../rule-file-header';

/** Capacity in kg, its range as `range`; water per kg derived from it; a table keyed by capacity. */
const washer = (range: string, key = '≤ 6', require = '≤ waterLimit') =>
  `${ruleFileHeader('test/band-units')}indicators:
  capacity: { type: number, unit: kg, range: "${range}", label: { zh: 额定洗涤容量, en: Rated capacity } }
  water: { type: number, unit: L, range: "> 0", label: { zh: 用水量, en: Water } }
derived:
  waterPerKg: { formula: "water / capacity", unit: L/kg, label: { zh: 单位用水量, en: Water per kg } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
tables:
  waterLimit:
    keys: [capacity]
    columns: [capacity, ok]
    rows:
      - ["${key}", 12]
      - ["> 6", 10]
criteria:
  - { id: water, indicator: waterPerKg, require: "${require}" }
`;

const issuesOf = (text: string) =>
  checkRuleSet(text, { filename: 'w.yaml' }).issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    line: i.line,
    zh: i.text.zh,
    en: i.text.en,
  }));

describe('a band written with a unit', () => {
  it('the rule set without units is valid, and grades', () => {
    const { ruleSet, issues } = checkRuleSet(washer('> 0'));
    expect(issues).toEqual([]);
    expect(createGrader(ruleSet!).gradeSync({ capacity: 6, water: 72 }).grade).toBe('ok');
  });

  it('range "> 0 kg" in the indicator\'s own unit: leave it out, "unit: kg" gives it; no division warning follows', () => {
    expect(issuesOf(washer('> 0 kg'))).toEqual([
      {
        code: 'invalid-band',
        severity: 'error',
        line: 10,
        zh: '“> 0 kg”：“range”中不写单位，请写 "> 0"（单位已由“capacity”的“unit: kg”给出）',
        en: '"> 0 kg": a "range" is written without a unit: write "> 0" (the "unit: kg" of "capacity" gives it)',
      },
    ]);
  });

  it('a range with no number before its unit, or no band without it, is "not a range" as before', () => {
    expect(issuesOf(washer('kg > 0'))[0]!.en).toBe('"kg > 0" is not a range; write e.g. "> 0" or "[0, 100]"');
    expect(issuesOf(washer('about 5'))[0]!.zh).toBe('“about 5”不是区间；请写成如 "> 0" 或 "[0, 100]"');
  });

  it("another unit: its numbers are in the indicator's unit, convert first", () => {
    const [issue] = issuesOf(washer('[500 g, 20000 g]'));
    expect(issue!.zh).toBe(
      '“[500 g, 20000 g]”：“range”中不写单位，请写 "[500, 20000]"（数值按“capacity”的单位 kg 写，g 须先换算）',
    );
    expect(issue!.en).toBe(
      '"[500 g, 20000 g]": a "range" is written without a unit: write "[500, 20000]" (its numbers are in kg, the unit of "capacity": convert from g first)',
    );
  });

  it('plausible, on an indicator with no unit', () => {
    const text = washer('> 0').replace(
      'water: { type: number, unit: L, range: "> 0",',
      'water: { type: number, range: "> 0", plausible: "≤ 500 L",',
    );
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({
        code: 'invalid-band',
        line: 11,
        zh: '“≤ 500 L”：“plausible”中不写单位，请写 "≤ 500"（“water”没有单位）',
        en: '"≤ 500 L": a "plausible" band is written without a unit: write "≤ 500" ("water" has no unit)',
      }),
    ]);
  });

  it('a table key cell "≤ 6 kg": at the cell, and no gap follows', () => {
    expect(issuesOf(washer('> 0', '≤ 6 kg'))).toEqual([
      expect.objectContaining({
        code: 'invalid-band',
        line: 21,
        zh: '“≤ 6 kg”：键列的区间中不写单位，请写 "≤ 6"（单位已由“capacity”的“unit: kg”给出）',
        en: '"≤ 6 kg": a key band is written without a unit: write "≤ 6" (the "unit: kg" of "capacity" gives it)',
      }),
    ]);
  });

  it('a requirement\'s range "[8, 12] L/kg"; a single limit in the unit is still read', () => {
    expect(issuesOf(washer('> 0', '≤ 6', '[8, 12] L/kg'))).toEqual([
      expect.objectContaining({
        code: 'invalid-requirement',
        zh: '“[8, 12] L/kg”：区间中不写单位，请写 [8, 12]',
        en: '"[8, 12] L/kg": a range is written without a unit: write [8, 12]',
      }),
    ]);
    expect(issuesOf(washer('> 0', '≤ 6', '≤ 12 L/kg'))).toEqual([]);
  });

  it('a range in error that is no band at all leaves no division warning either', () => {
    const found = issuesOf(washer('positive'));
    expect(found.map((i) => i.code)).toEqual(['invalid-band']);
  });

  it('with no range at all, the division warning stays', () => {
    const found = issuesOf(washer('> 0').replace(', range: "> 0", label: { zh: 额定', ', label: { zh: 额定'));
    expect(found.map((i) => [i.code, i.severity])).toEqual([['possible-division-by-zero', 'warning']]);
  });
});

describe('bandWithUnit', () => {
  it.each([
    ['> 0 kg', { band: '> 0', unit: 'kg' }],
    ['>0kg', { band: '>0', unit: 'kg' }],
    ['[0, 100] %', { band: '[0, 100]', unit: '%' }],
    ['(6 kg, 10 kg]', { band: '(6, 10]', unit: 'kg' }],
    ['[0 g, 1 kg]', { band: '[0, 1]', unit: 'g, kg' }],
    ['[1e-3 kg, 2]', { band: '[1e-3, 2]', unit: 'kg' }],
    ['6~10 mm', { band: '6~10', unit: 'mm' }],
    ['≥ 20 ℃', { band: '≥ 20', unit: '℃' }],
    ['> 0 公斤', { band: '> 0', unit: '公斤' }],
  ])('%s: %o', (text, found) => {
    expect(bandWithUnit(text)).toEqual(found);
  });

  it.each(['> 0', 'about 5', 'kg > 0', '（6, 10]', '＞ 0 kg', 'positive'])('%s: none', (text) => {
    expect(bandWithUnit(text)).toBeUndefined();
  });
});
