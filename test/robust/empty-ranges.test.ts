/**
 * A range that holds no value (`[5, 1]`, `(3, 3)`, `(3, 3]`, `[3, 3)`) is
 * refused wherever a range is read, as a table's bands already were: a
 * requirement, a `when`, an indicator's `range`, a group requirement, a pass
 * rate's `meets`, Cpk `limits`, a scoring band, a tolerance on a group, and a
 * tolerance read from a table column with a negative cell. `[3, 3]` (a
 * closed single point) holds 3 and is accepted. These all passed `validate`
 * before, and a requirement such as `[20, 10]` failed every record.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

/** A rule set with the given lines put in place; `x` is a number, `t.v` a table column. */
function ruleText(parts: {
  range?: string;
  require?: string;
  when?: string;
  group?: string;
  points?: string;
  cell?: string;
}): string {
  return `schemaVersion: 1
id: test/empty-ranges
version: 1.0.0
industry: test
subject: product
title: { zh: 空区间, en: Empty ranges }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X }${parts.range ? `, range: "${parts.range}"` : ''} }
  y: { type: number, label: { zh: 乙, en: Y } }
tables:
  t: { keys: [y], columns: [y, v], rows: [[1, ${parts.cell ?? '0.5'}]] }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
criteria:
  - { id: x-low, indicator: x, require: "${parts.require ?? '≥ 1'}"${parts.when ? `, when: { y: "${parts.when}" }` : ''} }
  - { id: x-high, indicator: x, grade: high, require: "≥ 20" }
${parts.group ? `group:\n  label: { zh: 批, en: Lot }\n  statistics:\n${parts.group}` : ''}${
  parts.points
    ? `scoring:
  dimensions:
    - { id: d, label: { zh: 维, en: D }, weight: 1, items: [{ indicator: x, points: [["< 1", 0], ["${parts.points}", 50]] }] }
  cutoffs: { low: 0, high: 50 }
`
    : ''
}`;
}

const issuesOf = (parts: Parameters<typeof ruleText>[0]) =>
  checkRuleSet(ruleText(parts), { filename: 'ranges.yaml' }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    en: i.text.en,
    zh: i.text.zh,
  }));

const EMPTY = ['[5, 1]', '(3, 3)', '(3, 3]', '[3, 3)', '[3.001, 3]'];
const HOLDING = ['[3, 3]', '[1, 5]', '(2.999, 3]', '[3, 3.001)'];

describe('a range that holds no value is refused', () => {
  const places: [string, (r: string) => Parameters<typeof ruleText>[0], string, number][] = [
    ['a requirement', (r) => ({ require: r }), 'invalid-requirement', 18],
    ['a when', (r) => ({ when: r }), 'invalid-requirement', 18],
    ["an indicator's range", (r) => ({ range: r }), 'invalid-band', 10],
    [
      'a group requirement',
      (r) => ({
        group: `    m: { statistic: mean, of: x }\n  criteria:\n    - { id: m, statistic: m, require: "${r}" }\n`,
      }),
      'invalid-requirement',
      25,
    ],
    [
      "a pass rate's meets",
      (r) => ({
        group: `    p: { statistic: passRate, of: x, meets: "${r}" }\n  criteria:\n    - { id: p, statistic: p, require: "≥ 90" }\n`,
      }),
      'invalid-requirement',
      23,
    ],
    [
      'Cpk limits',
      (r) => ({
        group: `    c: { statistic: cpk, of: x, limits: "${r}" }\n  criteria:\n    - { id: c, statistic: c, require: "≥ 1.33" }\n`,
      }),
      'invalid-requirement',
      23,
    ],
    ['a scoring band', (r) => ({ points: r }), 'invalid-band', 22],
  ];

  for (const [where, parts, code, line] of places) {
    it.each(EMPTY)(`${where}: %s`, (range) => {
      const issues = issuesOf(parts(range));
      expect(issues).toContainEqual(expect.objectContaining({ code, line }));
      const issue = issues.find((i) => i.code === code && i.line === line)!;
      expect(issue.en).toContain(`the range "${range}" holds no value`);
      expect(issue.zh).toContain(`区间“${range}”不含任何值`);
    });
  }

  it.each(HOLDING)('a range holding a value is accepted: %s', (range) => {
    // The fixture's "≥ 20" at the higher grade leaves [3, 3] no value: that is a warning, not a refusal of the range.
    for (const p of [
      { require: range },
      { when: range },
      { range },
      {
        group: `    m: { statistic: mean, of: x }\n  criteria:\n    - { id: m, statistic: m, require: "${range}" }\n`,
      },
      {
        group: `    p: { statistic: passRate, of: x, meets: "${range}" }\n  criteria:\n    - { id: p, statistic: p, require: "≥ 90" }\n`,
      },
      {
        group: `    c: { statistic: cpk, of: x, limits: "${range}" }\n  criteria:\n    - { id: c, statistic: c, require: "≥ 1.33" }\n`,
      },
    ])
      expect(
        checkRuleSet(ruleText(p)).issues.filter(
          (i) => i.code !== 'non-monotonic' && !(i.code === 'unreachable-grade' && i.severity === 'warning'),
        ),
      ).toEqual([]);
  });

  it('says which end is which, in both languages', () => {
    expect(issuesOf({ require: '[5, 1]' })[0]).toMatchObject({
      en: 'the range "[5, 1]" holds no value: its lower end 5 is above its upper end 1; write the smaller number first',
      zh: '区间“[5, 1]”不含任何值：下限 5 大于上限 1；请把较小的数写在前面',
    });
    expect(issuesOf({ require: '(3, 3]' })[0]).toMatchObject({
      en: 'the range "(3, 3]" holds no value: both ends are 3, but not both are included; for that single value write [3, 3]',
      zh: '区间“(3, 3]”不含任何值：两端都是 3，但不都含端点；只含这一个值请写 [3, 3]',
    });
  });
});

describe('a tolerance that turns a range inside out is refused', () => {
  it.each([
    ['-3', false],
    ['-0.001', false],
    ['0', true],
    ['0.001', true],
  ])('a table column tolerance of %s', (cell, ok) => {
    const issues = issuesOf({ require: '± t.v', cell });
    // The fixture's "≥ 20" at the higher grade leaves "± 0" no value in the table's row: a warning, not a refusal;
    // its one row, keyed by y = 1, leaves every other y out (a band-gap warning, not this test's).
    if (ok) expect(issues.filter((i) => i.code !== 'unreachable-grade' && i.code !== 'band-gap')).toEqual([]);
    else
      expect(issues).toEqual([
        {
          code: 'invalid-requirement',
          line: 18,
          en: `the tolerance of "x" comes from "t.v", but its row 1 is negative (${cell}): a tolerance is written without its sign, and a negative one leaves a range that holds no value`,
          zh: `“x”的允差取自“t.v”，但它第 1 行是负数（${cell}）：允差不带符号书写，负的允差使区间不含任何值`,
        },
      ]);
  });

  it.each([
    ['10 ± -1', false],
    ['10 +0.5/-0.6', true],
    ['10 ± 0', true],
  ])('a tolerance on a group statistic: %s', (req, ok) => {
    const issues = issuesOf({
      group: `    m: { statistic: mean, of: x }\n  criteria:\n    - { id: m, statistic: m, require: "${req}" }\n`,
    });
    if (ok) expect(issues.filter((i) => i.code !== 'non-monotonic')).toEqual([]);
    else expect(issues).toContainEqual(expect.objectContaining({ code: 'invalid-requirement', line: 25 }));
  });
});

describe('a tolerance written as a formula naming no value is signed like a number', () => {
  it.each([
    ['10 ± (0 - 1)', '(0 - 1)'],
    ['10 ± (0 - 0.001)', '(0 - 0.001)'],
    ['10 +0.5/-(0 - 0.3)', '(0 - 0.3)'],
  ])('%s is refused', (require, got) => {
    expect(issuesOf({ require })).toEqual([
      {
        code: 'invalid-requirement',
        line: 18,
        en: `a tolerance is written without its sign: "10.0 +0.5/−0.3", not "+−0.3"; got ${got}`,
        zh: `允差不带符号书写：写 "10.0 +0.5/−0.3"，而不是 "+−0.3"；实际是 ${got}`,
      },
    ]);
  });

  it.each(['10 ± (1 - 1)', '10 ± (0.001 - 0)', '10 +0.5/-(1 - 0.7)'])('%s is accepted', (require) => {
    expect(issuesOf({ require })).toEqual([]);
  });
});
