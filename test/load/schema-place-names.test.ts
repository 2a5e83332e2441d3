import { describe, expect, it } from 'vitest';
import { checkRuleSet, formatIssue, type RuleSetIssue } from '../../src/index';
import { parseTestSuite } from '../../src/suite/test-suite';

// Schema messages name a list's item as an author counts it, with its list: "blockers" item 1, not "0"
// (recheck-16 F7), in rule files and test suites alike.
const ruleFile = ({ references = '', grades = '', tables = '' } = {}) => `schemaVersion: 1
id: test/places
version: 1.0.0
industry: test
subject: product
title: { zh: 位置, en: Places }
references: [{ code: TEST 1, edition: "2026" }${references}]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  x: { type: number, label: { zh: x, en: x } }
  y: { type: number, label: { zh: y, en: y } }
${tables}grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }${grades}
criteria:
  - { id: c1, indicator: x, require: "≥ 1", grade: high }
`;

const both = (issues: readonly RuleSetIssue[]) =>
  issues.map((i) => ({ en: formatIssue(i, 'en'), zh: formatIssue(i, 'zh') }));

function suiteIssues(text: string): RuleSetIssue[] {
  const parsed = parseTestSuite(text, 's.test.yaml');
  return 'issues' in parsed ? parsed.issues : (parsed.problems?.issues ?? []);
}

describe('schema messages name list items from 1, with their list', () => {
  it("a suite case's blockers item of the wrong type", () => {
    const issues = suiteIssues(`ruleSet: x
cases:
  - name: a
    input: {}
    grade: low
  - name: b
    input: {}
    blockers: [ok, 1]
`);
    expect(both(issues)).toEqual([
      {
        en: 's.test.yaml:8:20: "blockers" item 2 must be text, got the number 1: write "1" (in quotes)',
        zh: 's.test.yaml:8:20: “blockers”第 2 项必须是文本，实际是数值 1，应加引号写作 "1"',
      },
    ]);
  });

  it('a duplicate in a list gives the earlier item first', () => {
    const issues = suiteIssues('ruleSet: x\ncases:\n  - name: a\n    input: {}\n    failing: [a, b, a]\n');
    expect(both(issues)).toEqual([
      {
        en: 's.test.yaml:5:14: "failing" lists the same value twice (items 1 and 3)',
        zh: 's.test.yaml:5:14: “failing”中同一个值出现了两次（第 1 项和第 3 项）',
      },
    ]);
  });

  it('a list item missing a key, and a key missing inside a list item', () => {
    const { issues } = checkRuleSet(
      ruleFile({ references: ', { edition: "2026" }', grades: '\n  - { id: top, label: { zh: 顶 } }' }),
      { filename: 'r.yaml' },
    );
    expect(both(issues.filter((i) => i.code === 'schema'))).toEqual([
      {
        en: 'r.yaml:7:49: "references" item 2 is missing "code"',
        zh: 'r.yaml:7:49: “references”第 2 项缺少“code”',
      },
      {
        en: 'r.yaml:15:16: "label" of "grades" item 3 is missing "en"',
        zh: 'r.yaml:15:16: “grades”第 3 项的“label”缺少“en”',
      },
    ]);
  });

  it('a list item of the wrong type in a rule file', () => {
    const { issues } = checkRuleSet(ruleFile({ grades: '\n  - top' }), { filename: 'r.yaml' });
    expect(both(issues.filter((i) => i.code === 'schema'))).toEqual([
      {
        en: 'r.yaml:15:5: "grades" item 3 must be a mapping, got text "top"',
        zh: 'r.yaml:15:5: “grades”第 3 项必须是映射，实际是文本 "top"',
      },
    ]);
  });

  it('an item of a list inside a list names both', () => {
    const tables = `tables:
  limits:
    keys: [y]
    columns: [y, low, high]
    rows:
      - ["≤ 10", 5, { a: 1 }]
`;
    const { issues } = checkRuleSet(ruleFile({ tables }), { filename: 'r.yaml' });
    expect(both(issues.filter((i) => i.code === 'schema'))).toEqual([
      {
        en: 'r.yaml:17:21: item 3 of "rows" item 1 must be text or a number or true or false or null or a list, got a mapping',
        zh: 'r.yaml:17:21: “rows”第 1 项的第 3 项必须是文本或数值或 true 或 false 或 null 或列表，实际是映射',
      },
    ]);
  });

  it('a test suite with only group cases is told the test suite, not the rule set, is missing "cases"', () => {
    // The suite schema asks for record cases always (a group rule set grades each record too).
    const groupsOnly = 'ruleSet: x\ngroups:\n  - { name: g, records: [{}], grade: low }\n';
    expect(both(suiteIssues(groupsOnly))).toEqual([
      {
        en: 's.test.yaml:1:1: the test suite is missing "cases"',
        zh: 's.test.yaml:1:1: 测试套件缺少“cases”',
      },
    ]);
  });
});
