/**
 * newcomer-35 M4: a case expecting another not-graded reason (`gate-failed`) whose record is invalid says why it is
 * invalid — the field, the value and what test input needs (`majorAccident: 是` → true/false; test input is JSON-like,
 * docs/cli.md: a quoted word is told to be written as true/false) — as a grade that differed does. Rule set:
 * test/fixtures/newcomer-35/dm.yaml (majorAccident `= false`, a gate).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/index';
import { runSuite } from '../../src/suite/run-suite';
import { parseTestSuite, type TestSuite } from '../../src/suite/test-suite';

const ruleSet = parseRuleSet(
  readFileSync(new URL('../fixtures/newcomer-35/dm.yaml', import.meta.url), 'utf8'),
  {
    filename: 'dm.yaml',
  },
);
const SCORES =
  'employees: 120, infraScore: 85, collectScore: 85, analysisScore: 4.25, traceScore: 85, improveScore: 85';

function suite(cases: string): TestSuite {
  const parsed = parseTestSuite(`ruleSet: ./dm.yaml\ncases:\n${cases}`, 't2.test.yaml');
  if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed;
}

describe('a case failing on notGradedReason says why the record was not graded (newcomer-35 M4)', () => {
  it('majorAccident: 是 in test input: invalid, naming the field, the value and true/false (zh and en)', async () => {
    const result = await runSuite(
      suite(`  - name: 重大事故写 是
    input: { majorAccident: 是, ${SCORES} }
    grade: null
    notGradedReason: gate-failed
`),
      ruleSet,
    );
    const [p] = result.cases[0]!.problemTexts!;
    expect(p!.zh).toBe(
      '不分级原因：预期 gate-failed（否决项不合格），实际 invalid-record（记录无效）；记录无效：近三年发生重大质量事故应为是或否（true/false），实际为 "是"，是文本：JSON 记录或测试用例的 input 中请写 true 或 false（不加引号）',
    );
    expect(p!.en).toBe(
      `notGradedReason: expected gate-failed, got invalid-record; the record is not valid: majorAccident (Major quality accident in last 3 years) must be true or false, got "是", which is text: write true or false (without quotes) in a JSON record or a test case's input`,
    );
  });

  it('the same input with true passes; a grade that differed says why once, not again on the reason line', async () => {
    const result = await runSuite(
      suite(`  - name: 重大事故 true
    input: { majorAccident: true, ${SCORES} }
    grade: null
    notGradedReason: gate-failed
  - name: 重大事故写 是, grade expected
    input: { majorAccident: 是, ${SCORES} }
    grade: integrated
    notGradedReason: gate-failed
`),
      ruleSet,
    );
    expect(result.cases.map((c) => c.passed)).toEqual([true, false]);
    const texts = result.cases[1]!.problemTexts!.map((p) => p.zh);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^等级：预期“集成级”，实际不分级（记录无效：近三年发生重大质量事故应为是或否/);
    expect(texts[1]).toBe('不分级原因：预期 gate-failed（否决项不合格），实际 invalid-record（记录无效）');
  });
});
