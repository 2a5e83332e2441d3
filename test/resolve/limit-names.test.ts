/**
 * A limit naming something that does not exist. `≥ strengthLimitz` (a typo of
 * the table strengthLimits) said `"tensileStrength" is a number;
 * "strengthLimitz" can never match it` and, in Chinese, mixed “ ” with "":
 * `“tensileStrength”是数值；"strengthLimitz" 永远不会与它相符`. It now says no
 * table, indicator or derived value has that name, with the closest one.
 */
import { describe, expect, it } from 'vitest';
import { locatedIssues } from '../helpers';

function ruleText(require: string, indicator = 'strength'): string {
  return `schemaVersion: 1
id: test/limit-names
version: 1.0.0
industry: test
subject: product
title: { zh: 限值名称, en: Limit names }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  strength: { type: number, unit: MPa, range: "> 0", label: { zh: 抗拉强度 Rm, en: Tensile strength Rm } }
  bent: { type: boolean, label: { zh: 弯曲试验, en: Bend test } }
  kind: { type: enum, values: [heat-pump, cooling-only], label: { zh: 类型, en: Kind } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
  - { id: good, label: { zh: 良好, en: Good } }
tables:
  strengthLimits:
    keys: [strength]
    columns: [strength, ok, good]
    rows:
      - ["> 0", 400, 450]
criteria:
  - { id: c, indicator: ${indicator}, require: "${require}" }
  - { id: g, indicator: strength, require: "≥ 500", grade: good }
`;
}

const issuesOf = (text: string) => locatedIssues(text, 't.yaml');

describe('a limit that names nothing', () => {
  it('says there is no such table, indicator or derived value, with the closest name, at the name', () => {
    const text = ruleText('≥ strengthLimitz');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('strengthLimitz'));
    expect(issuesOf(text)).toEqual([
      {
        code: 'invalid-requirement',
        line: line + 1,
        column: lines[line]!.indexOf('strengthLimitz') + 1,
        en: 'there is no table, indicator or derived value named "strengthLimitz"; did you mean "strengthLimits"?',
        zh: '没有名为“strengthLimitz”的表、指标或派生值，是否要写“strengthLimits”？',
      },
    ]);
  });

  it('with no close name, no hint', () => {
    expect(issuesOf(ruleText('≥ nothingLikeIt'))[0]).toMatchObject({
      en: 'there is no table, indicator or derived value named "nothingLikeIt"',
      zh: '没有名为“nothingLikeIt”的表、指标或派生值',
    });
  });
});

describe('a literal that can never match: Chinese quotes text in “ ”', () => {
  it('a word for a boolean', () => {
    expect(issuesOf(ruleText('= yes', 'bent'))[0]).toMatchObject({
      en: '"bent" is true or false; "yes" can never match it: write true (unquoted)',
      zh: '“bent”是 true 或 false；“yes”永远不会与它相符：请写 true（不加引号）',
    });
  });

  it('a value not in the enumeration', () => {
    expect(issuesOf(ruleText('= heat-pumps', 'kind'))[0]).toMatchObject({
      en: '"heat-pumps" is not a value of "kind"; did you mean "heat-pump"?',
      zh: '“heat-pumps”不是“kind”的取值，是否要写“heat-pump”？',
    });
  });
});
