/**
 * Suite names a newcomer writes from the standard (newcomer-17 finding 5):
 * an indicator by its Chinese label (`颜色类别` for glassColour) and a
 * criterion id without its grade (`transmittance` for
 * transmittance@ordinary / @premium) each got "not in the rule set" and no hint.
 */
import { describe, expect, it } from 'vitest';
import { parseRuleSet, parseTestSuite, type RuleSetIssue } from '../../src/index';
import { checkSuite } from '../../src/suite/check-suite';
import { ruleFileHeader } from '../rule-file-header';

const ruleSet = parseRuleSet(`${ruleFileHeader('test/glass')}indicators:
  glassColour: { type: enum, values: [无色透明, 着色], label: { zh: 颜色类别, en: Glass colour } }
  transmittance: { type: number, unit: "%", label: { zh: 可见光透射比, en: Transmittance } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质加工级, en: Premium } }
scope:
  - { id: colourless-only, indicator: glassColour, require: "= 无色透明", reason: { zh: 着色, en: Tinted } }
tables:
  transmittanceMin:
    keys: [glassColour]
    columns: [glassColour, ordinary, premium]
    rows:
      - [无色透明, 88, 89]
      - [着色, n/a, n/a]
criteria:
  - { id: transmittance, indicator: transmittance, require: "≥ transmittanceMin" }
`);

const issuesOf = (suite: string): RuleSetIssue[] => {
  const parsed = parseTestSuite(suite, 'g.test.yaml');
  if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return checkSuite(parsed, ruleSet);
};

describe('an indicator given by its label in a case input', () => {
  it('names the indicator whose zh or en label it is, at the key', () => {
    const issues = issuesOf(`cases:
  - name: a
    input: { 颜色类别: 无色透明, transmittance: 90 }
    grade: premium
`);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['unknown-indicator', 3, 14]]);
    expect(issues[0]!.text.zh).toBe(
      'test/glass 中没有指标“颜色类别”，是否要写“glassColour”？“颜色类别”是它的标签（label），用例的 input 用指标标识',
    );
    expect(issues[0]!.text.en).toBe(
      'indicator "颜色类别" is not in test/glass; did you mean "glassColour"? "颜色类别" is its label, and a case\'s input names indicators by id',
    );
    const en = issuesOf(
      'cases:\n  - name: a\n    input: { glass colour: 无色透明, transmittance: 90 }\n    grade: premium\n',
    );
    expect(en[0]!.text.en).toContain('did you mean "glassColour"? "glass colour" is its label');
  });

  it('else the nearest name, as before', () => {
    const issues = issuesOf(
      'cases:\n  - name: a\n    input: { glassColor: 无色透明, transmittance: 90 }\n    grade: premium\n',
    );
    expect(issues[0]!.text.en).toBe(
      'indicator "glassColor" is not in test/glass; did you mean "glassColour"?',
    );
  });
});

describe('a criterion id without its grade', () => {
  it('in failing and blockers: lists the per-grade ids to write', () => {
    const issues = issuesOf(`cases:
  - name: a
    input: { glassColour: 无色透明, transmittance: 88 }
    grade: ordinary
    failing: [transmittance]
    blockers: [transmittance]
`);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['unknown-criterion', 5, 15],
      ['unknown-criterion', 6, 16],
    ]);
    expect(issues[0]!.text.zh).toBe(
      'test/glass 中没有判定项“transmittance”；“transmittance”按等级判定，每个等级一个标识：请写 “transmittance@ordinary”、“transmittance@premium” 中的一个或几个',
    );
    expect(issues[0]!.text.en).toBe(
      'requirement "transmittance" is not in test/glass; "transmittance" is judged per grade, one id per grade: write one or more of "transmittance@ordinary", "transmittance@premium"',
    );
  });

  it('in uncovered too; a scope id is still known, and a misspelt id still gets the nearest', () => {
    const issues = issuesOf(`cases:
  - name: a
    input: { glassColour: 无色透明, transmittance: 88 }
    grade: ordinary
    failing: [colourless-only, transmittance@premum]
uncovered:
  - { criterion: transmittance, reason: 无 }
`);
    expect(issues.map((i) => i.text.en)).toEqual([
      'requirement "transmittance@premum" is not in test/glass; did you mean "transmittance@premium"?',
      expect.stringContaining('"transmittance" is judged per grade'),
    ]);
  });
});
