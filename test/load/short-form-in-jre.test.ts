/**
 * when-required-44: the short form of a `when` inside `any` (`requiredWhen: { any: [{ thickness: "≥ 8" }, { quality: D }] }`,
 * a newcomer's first try at the `any:` required-beyond-when advises) drew eight errors per file ("missing fact",
 * "missing operator", "missing value", "unknown key" for each item). It is told once per item, with the item to write.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const plate = (requiredWhen: string) =>
  `${ruleFileHeader('steel/plate')}indicators:
  thickness: { type: number, unit: mm, range: "> 0", label: { zh: 厚度, en: Thickness } }
  quality: { type: enum, values: [B, C, D], label: { zh: 质量等级, en: Quality grade } }
  impactEnergy:
    type: number
    range: "≥ 0"
    requiredWhen:
${requiredWhen}
    label: { zh: 冲击吸收能量, en: Impact energy }
grades:
  - { id: conforming, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: impact, indicator: impactEnergy, when: { thickness: "≥ 8" }, require: "≥ 34" }
  - { id: impact-d, indicator: impactEnergy, when: { quality: D }, require: "≥ 27" }
`;

const issuesOf = (text: string) => checkRuleSet(text, { filename: 'p.yaml' }).issues;

describe('the short form of a `when` inside any, all or not', () => {
  it('is told once per item, zh and en, with the item to write; written so, the file is clean', () => {
    const issues = issuesOf(
      plate('      any:\n        - { thickness: "≥ 8" }\n        - { quality: [C, D], thickness: "< 4" }'),
    );
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['schema', 17, 11],
      ['schema', 18, 11],
    ]);
    expect(issues[0]!.text.en).toBe(
      'a condition inside "any" is written in json-rules-engine\'s syntax (fact, operator, value), not the short form { thickness: "≥ 8" }: write { fact: thickness, operator: greaterThanInclusive, value: 8 }',
    );
    expect(issues[0]!.text.zh).toBe(
      '“any”中的条件要用 json-rules-engine 的写法（fact、operator、value），不接受“{ thickness: "≥ 8" }”这种简写：请写成“{ fact: thickness, operator: greaterThanInclusive, value: 8 }”',
    );
    const two =
      '{ all: [{ fact: quality, operator: in, value: [C, D] }, { fact: thickness, operator: lessThan, value: 4 }] }';
    expect(issues[1]!.text.en).toContain(`: write ${two}`);
    const written = plate(
      `      any:\n        - { fact: thickness, operator: greaterThanInclusive, value: 8 }\n        - ${two}`,
    );
    expect(issuesOf(written).filter((i) => i.severity !== 'warning')).toEqual([]);
  });

  it('inside not, and a band it cannot translate: told without the item to write', () => {
    const issues = issuesOf(plate('      not: { thickness: "[4, 8)" }'));
    expect(issues.map((i) => [i.line, i.text.en])).toEqual([
      [
        16,
        'a condition inside "not" is written in json-rules-engine\'s syntax (fact, operator, value), not the short form { thickness: "[4, 8)" }',
      ],
    ]);
  });

  it('an item in json-rules-engine syntax with a slip keeps its own errors', () => {
    const issues = issuesOf(
      plate('      any:\n        - { fcat: thickness, operator: greaterThan, value: 8 }'),
    );
    expect(issues.some((i) => i.text.en.includes('unknown key "fcat"'))).toBe(true);
    expect(issues.some((i) => i.text.en.includes('short form'))).toBe(false);
  });
});
