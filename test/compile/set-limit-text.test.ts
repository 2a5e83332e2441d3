/**
 * A set limit was shown `∉ [15, 19]` (newcomer-17 finding 8), which reads as
 * "not between 15 and 19"; the rule means "neither 15 nor 19". Sets are now
 * shown in braces, `∉ {15, 19}` / `∈ {…}`, in a result's `limit.text`; a message
 * says them in words, `不属于 15、19 中任何一个` / `属于 … 之一` (newcomer-27 M7).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const ruleSet = parseRuleSet(`${ruleFileHeader('test/glass')}indicators:
  thickness: { type: enum, values: [2, 3, 4, 15, 19], unit: mm, label: { zh: 公称厚度, en: Nominal thickness } }
  colour: { type: enum, values: [clear, grey, bronze], label: { zh: 颜色, en: Colour } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质加工级, en: Premium } }
scope:
  - { id: size, indicator: thickness, require: "not in [15, 19]", reason: { zh: 不适用, en: Not covered } }
criteria:
  - { id: colour-premium, indicator: colour, grade: premium, require: "in [clear, grey]" }
`);
const grader = createGrader(ruleSet);

describe('the text of a set limit', () => {
  it('is in braces for "not in" and "in", on every record', () => {
    const result = grader.gradeSync({ thickness: 4, colour: 'clear' });
    expect(result.grade).toBe('premium');
    expect(result.criteria.map((c) => [c.id, c.limit?.operator, c.limit?.value, c.limit?.text])).toEqual([
      ['size', 'not in', [15, 19], '∉ {15, 19}'],
      ['colour-premium', 'in', ['clear', 'grey'], '∈ {clear, grey}'],
    ]);
    const out = grader.gradeSync({ thickness: 15, colour: 'bronze' });
    expect(out.criteria.map((c) => [c.passed, c.limit?.text])).toEqual([
      [false, '∉ {15, 19}'],
      [false, '∈ {clear, grey}'],
    ]);
  });

  it("each criterion's message says the set in words, in both languages (newcomer-27 M7)", () => {
    const result = grader.gradeSync({ thickness: 4, colour: 'bronze' });
    const zh = result.criteria.map((c) => c.message.zh).join('\n');
    const en = result.criteria.map((c) => c.message.en).join('\n');
    // fix-explain-28: the verdict in the same words ("不满足 属于 …" read poorly).
    expect(zh).toContain('公称厚度：4 mm，不属于 15、19 中任何一个');
    expect(zh).toContain('，不属于 clear、grey 之一');
    expect(en).toContain('4 mm is none of 15, 19');
    expect(en).toContain(' is not one of clear, grey');
    const excluded = grader.gradeSync({ thickness: 15, colour: 'clear' });
    expect(excluded.criteria[0]!.message.zh).toContain('公称厚度：15 mm，属于不允许的 15、19 之一');
    expect(excluded.criteria[0]!.message.en).toContain('15 mm is one of the values not allowed: 15, 19');
    expect(excluded.criteria[1]!.message.zh).toContain('，属于 clear、grey 之一');
    expect(`${zh}${en}`).not.toMatch(/[∈∉]/);
  });
});

describe('a set limit on a group statistic', () => {
  it('is in braces too', () => {
    const text = readFileSync(new URL('../fixtures/group/lot.yaml', import.meta.url), 'utf8').replace(
      '    - { id: enough-samples, statistic: n, require: "≥ 3" }',
      '    - { id: enough-samples, statistic: n, require: "≥ 3" }\n    - { id: not-five, statistic: n, require: "not in [5, 6]" }',
    );
    const lot = createGrader(parseRuleSet(text, { filename: 'lot.yaml' }));
    const r = lot.gradeGroup([48.5, 50, 51.5, 44].map((strength) => ({ strength })));
    const c = r.criteria.find((x) => x.id === 'not-five')!;
    expect([c.passed, c.limit?.operator, c.limit?.text]).toEqual([true, 'not in', '∉ {5, 6}']);
  });
});
