/**
 * newcomer-29 M3: a dimension named as its indicator, or two dimensions with one id, got
 * `“processControl”已是某个指标、派生值或表的名称`: the wrong kind of name for a duplicate, no line of the other,
 * no fix; a duplicate was then followed by one "unknown dimension" per grade. Now the message says which two
 * things share the name, the first one's line, and what to rename; the follow-on is said once, tied to it.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const rules = (dims: string, extra = '') => `${ruleFileHeader('test/name-clash')}indicators:
  processControl: { type: number, range: "[0, 100]", label: { zh: 过程控制, en: Process control } }
  testing: { type: number, range: "[0, 100]", label: { zh: 检验检测, en: Testing } }
${extra}grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: mid, label: { zh: 中, en: Mid } }
  - { id: high, label: { zh: 高, en: High } }
criteria: []
scoring:
  dimensions:
${dims}  cutoffs: { mid: 60, high: 80 }
`;

const issues = (text: string) =>
  checkRuleSet(text, { filename: 'c.yaml' }).issues.filter((i) => i.severity === 'error');
const lineOf = (text: string, part: string, from = 0) =>
  text.split('\n').findIndex((l, i) => i >= from && l.includes(part)) + 1;

describe('names that clash (newcomer-29 M3)', () => {
  it('a dimension named as an indicator: names the indicator and its line, suggests a dimension id', () => {
    const text = rules(
      `    - { id: processControl, label: { zh: 过程控制, en: Process control }, weight: 50, items: [{ indicator: processControl }] }
    - { id: dimTesting, label: { zh: 检验, en: Testing }, weight: 50, items: [{ indicator: testing }] }
`,
    );
    const [e, ...rest] = issues(text);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ code: 'duplicate-id', line: lineOf(text, 'id: processControl') });
    const indicatorLine = lineOf(text, 'processControl: {');
    expect(e!.text.zh).toContain(
      `维度标识“processControl”与第 ${indicatorLine} 行的指标“processControl”同名`,
    );
    expect(e!.text.zh).toContain('请把这个维度改名，如“dimProcessControl”');
    expect(e!.text.en).toContain(`the indicator on line ${indicatorLine}`);
    expect(e!.text.en).toContain('rename the dimension, e.g. "dimProcessControl"');
  });

  it('two dimensions with one id: names the other dimension and its line; the missing id in minimums is said once', () => {
    const text = rules(
      `    - { id: dimProcess, label: { zh: 过程控制, en: Process control }, weight: 50, items: [{ indicator: processControl }] }
    - { id: dimProcess, label: { zh: 检验检测, en: Testing capability }, weight: 50, items: [{ indicator: testing }] }
  minimums:
    mid: { dimProcess: 50, dimTesting: 50 }
    high: { dimProcess: 70, dimTesting: 70 }
`,
    );
    const found = issues(text);
    expect(found.map((i) => i.code)).toEqual(['duplicate-id', 'invalid-scoring']);
    const first = lineOf(text, 'id: dimProcess');
    expect(found[0]!.line).toBe(lineOf(text, 'id: dimProcess', first));
    expect(found[0]!.text.zh).toContain(`维度标识“dimProcess”重复：第 ${first} 行的维度已用了它`);
    expect(found[0]!.text.zh).toContain('如“dimTestingCapability”');
    expect(found[0]!.text.en).toContain(`the dimension on line ${first} has it already`);
    expect(found[1]!.text.zh).toBe(
      '未知的评分维度“dimTesting”：维度标识“dimProcess”列出了两次，其中一个是否应为“dimTesting”？',
    );
  });

  it('a derived value named as an indicator: names the indicator and its line', () => {
    const text = rules(
      `    - { id: dimA, label: { zh: 甲, en: A }, weight: 50, items: [{ indicator: processControl }] }
    - { id: dimB, label: { zh: 乙, en: B }, weight: 50, items: [{ indicator: testing }] }
`,
      `derived:
  testing: { formula: "processControl * 2", label: { zh: 二倍, en: Double } }
`,
    );
    const [e] = issues(text);
    expect(e).toMatchObject({ code: 'duplicate-id', line: lineOf(text, 'testing: { formula') });
    expect(e!.text.zh).toBe(
      `派生值“testing”与第 ${lineOf(text, 'testing: { type')} 行的指标“testing”同名：名称须各不相同，请给这个派生值另起名称`,
    );
  });
});
