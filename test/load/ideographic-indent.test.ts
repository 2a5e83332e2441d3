import { describe, expect, it } from 'vitest';
import { checkRuleSet, formatIssue } from '../../src/index';
import { parseTestSuite } from '../../src/suite/test-suite';

// A Chinese keyboard in full-width mode types U+3000 for a space. As indentation after ASCII spaces YAML reads it as
// part of the key, so `  　　type:` was a sibling key "　　type" and a cascade of unknown/missing keys followed, none
// naming the spaces an editor does not show (studio-19 F21).
const ruleFile = (body: string) => `schemaVersion: 1
id: test/indent
version: 1.0.0
industry: test
subject: product
title: { zh: 缩进, en: Indent }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  fineness:
${body}
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c1, indicator: fineness, require: "≤ 10" }
`;

describe('keys indented with full-width spaces', () => {
  it('one issue at the key, naming the spaces, instead of a cascade', () => {
    const body = '  \u3000\u3000type: number\n  \u3000\u3000label: { zh: 细度, en: Fineness }';
    const { ruleSet, issues } = checkRuleSet(ruleFile(body), { filename: 'r.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [formatIssue(i, 'en'), formatIssue(i, 'zh')])).toEqual([
      [
        'r.yaml:11:3: YAML syntax error: the key "type" has 2 ideographic (full-width) spaces (U+3000) before it, which YAML reads as part of the key: indent with ASCII spaces',
        'r.yaml:11:3: YAML 语法错误：键“type”前有 2 个全角空格（U+3000），YAML 把它们当作键的一部分：缩进请用半角空格',
      ],
      [
        'r.yaml:12:3: YAML syntax error: the key "label" has 2 ideographic (full-width) spaces (U+3000) before it, which YAML reads as part of the key: indent with ASCII spaces',
        'r.yaml:12:3: YAML 语法错误：键“label”前有 2 个全角空格（U+3000），YAML 把它们当作键的一部分：缩进请用半角空格',
      ],
    ]);
  });

  it('the same file indented with ASCII spaces loads', () => {
    const body = '    type: number\n    label: { zh: 细度, en: Fineness }';
    expect(checkRuleSet(ruleFile(body), { filename: 'r.yaml' }).issues).toEqual([]);
  });

  it('in a test suite too', () => {
    const parsed = parseTestSuite(
      '\u3000ruleSet: ./r.yaml\ncases:\n  - { name: a, input: { fineness: 5 }, grade: ok }\n',
      's.test.yaml',
    );
    expect('issues' in parsed && parsed.issues.map((i) => formatIssue(i, 'en'))).toEqual([
      's.test.yaml:1:1: YAML syntax error: the key "ruleSet" has 1 ideographic (full-width) space (U+3000) before it, which YAML reads as part of the key: indent with ASCII spaces',
    ]);
  });
});
