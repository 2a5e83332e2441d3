/**
 * newcomer-29 W1: a scoring item on an optional indicator with no `default` left a record without it with no
 * dimension score and no total, so no cutoff could be confirmed; under a five-level scheme whose lowest level
 * has no cutoff, the enterprise got 经验级 and `validate` said nothing. Now `validate` warns at the item.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const scheme = (
  improvement: string,
) => `${ruleFileHeader('test/enterprise-levels').replace('subject: product', 'subject: enterprise')}indicators:
  system: { type: number, range: "[0, 100]", label: { zh: 质量管理体系, en: QMS } }
  improvement:
    type: number
    range: "[0, 100]"
${improvement}    label: { zh: 持续改进, en: Continual improvement }
grades:
  - { id: experience, label: { zh: 经验级, en: Experience } }
  - { id: inspection, label: { zh: 检验级, en: Inspection } }
criteria: []
scoring:
  dimensions:
    - { id: dimSystem, label: { zh: 体系, en: System }, weight: 50, items: [{ indicator: system }] }
    - { id: dimImprovement, label: { zh: 改进, en: Improvement }, weight: 50, items: [{ indicator: improvement }] }
  cutoffs: { inspection: 60 }
`;

const warnings = (text: string) =>
  checkRuleSet(text, { filename: 'levels.yaml' }).issues.filter((i) => i.code === 'unmet-when-absent');

describe('a scored optional indicator with no default (newcomer-29 W1)', () => {
  it('warns at the scoring item, in zh and en, saying what to write', () => {
    const text = scheme('    required: false\n');
    const found = warnings(text);
    expect(found).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.includes('indicator: improvement')) + 1;
    expect(found[0]).toMatchObject({ severity: 'warning', line });
    expect(found[0]!.text.zh).toContain(
      '可选指标“持续改进”（“improvement”）没有默认值，却计入维度“dimImprovement”的分数',
    );
    expect(found[0]!.text.zh).toContain('“default: 0”');
    expect(found[0]!.text.en).toContain('make it required ("required: true")');
    // What it warns of: without the score, the record gets the level that asks for none.
    const grader = createGrader(checkRuleSet(text).ruleSet!);
    expect(grader.gradeSync({ system: 95 }).grade).toBe('experience');
    expect(grader.gradeSync({ system: 95, improvement: 95 }).grade).toBe('inspection');
  });

  it('no warning for a required indicator or one with a default', () => {
    expect(warnings(scheme(''))).toEqual([]);
    expect(warnings(scheme('    required: false\n    default: 0\n'))).toEqual([]);
  });
});
