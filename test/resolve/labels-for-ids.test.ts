/**
 * A grade's or a dimension's label written where its id belongs (newcomer-17
 * finding 6): table columns named the array index ("“1”是表的列名") and
 * did not say the word was a grade's label; `cutoffs` and `minimums` listed
 * the ids but not which one was meant. Each now says what to write.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const glass = (columns: string) => `${ruleFileHeader('test/glass')}indicators:
  thickness: { type: number, unit: mm, range: "[2, 12]", label: { zh: 公称厚度, en: Nominal thickness } }
  transmittance: { type: number, unit: "%", label: { zh: 可见光透射比, en: Transmittance } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质加工级, en: Premium processing } }
tables:
  transmittanceMin:
    keys: [thickness]
    columns: ${columns}
    rows:
      - ["[2, 12]", 88, 89]
criteria:
  - { id: transmittance, indicator: transmittance, require: "≥ transmittanceMin" }
`;

describe('a grade label as a table column', () => {
  it('names the value written, not its index, and the grade whose label it is, at the value', () => {
    const { ruleSet, issues } = checkRuleSet(glass('[thickness, 普通级, 优质加工级]'), {
      filename: 'g.yaml',
    });
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['schema', 18, 26],
      ['schema', 18, 31],
    ]);
    expect(issues[0]!.text.zh).toBe(
      '表“transmittanceMin”的列名“普通级”不合写法：列名只能用英文字母、数字、"_"、"-" 和 "."，以英文字母或数字开头，如 "min" 或某个等级标识；“普通级”是等级“ordinary”的名称：请写 ordinary',
    );
    expect(issues[1]!.text.en).toBe(
      'column "优质加工级" of table "transmittanceMin" is not a column name: it must be ASCII letters, digits, "_", "-" and ".", starting with a letter or digit, e.g. "min" or a grade id; "优质加工级" is the label of grade "premium": write premium',
    );
  });

  it('an English label matches in any case; a word that is no label gets no grade named', () => {
    const en = checkRuleSet(glass('[thickness, ordinary, Premium Processing]')).issues;
    expect(en[0]!.text.en).toContain('"Premium Processing" is the label of grade "premium": write premium');
    const other = checkRuleSet(glass('[thickness, ordinary, 最高]')).issues;
    expect(other[0]!.text.en).toBe(
      'column "最高" of table "transmittanceMin" is not a column name: it must be ASCII letters, digits, "_", "-" and ".", starting with a letter or digit, e.g. "min" or a grade id',
    );
  });

  it('the ids it advises load', () => {
    expect(checkRuleSet(glass('[thickness, ordinary, premium]')).issues).toEqual([]);
  });
});

describe('labels as keys of scoring cutoffs and minimums', () => {
  const bundled = readFileSync(
    new URL('../../rules/enterprise/quality-management-capability.yaml', import.meta.url),
    'utf8',
  );
  const edited = (from: string, to: string) => {
    const text = bundled.replace(from, to);
    expect(text).not.toBe(bundled);
    return checkRuleSet(text, { filename: 'q.yaml' }).issues;
  };

  it('a grade label as a cutoff key names the grade id to write', () => {
    // Its error alone: not also "inspection asks nothing of its own", which follows only from it (newcomer-21 F5).
    const issues = edited('cutoffs: { inspection: 50,', 'cutoffs: { 检验级: 50,');
    // Found in the file, which moves as its comments change.
    const lineOf = (text: string) => bundled.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['unknown-grade', lineOf('cutoffs: { inspection: 50,'), 14],
    ]);
    expect(issues[0]!.text.zh).toBe(
      '未知等级“检验级”：“检验级”是等级“inspection”的名称，这里要写等级标识：请写 inspection',
    );
    expect(issues[0]!.text.en).toBe(
      'unknown grade "检验级": "检验级" is the label of grade "inspection", and a grade id goes here: write inspection',
    );
  });

  it('a grade label and a dimension label in minimums name the ids to write; other names list the ids as before', () => {
    const issues = edited(
      '  weakestLink: cap\n',
      '  weakestLink: cap\n  minimums: { 卓越级: { 质量绩效: 95, nope: 90 } }\n',
    );
    expect(issues.map((i) => i.text.en)).toEqual(
      expect.arrayContaining([
        'unknown grade "卓越级": "卓越级" is the label of grade "excellence", and a grade id goes here: write excellence',
        'unknown dimension "质量绩效": "质量绩效" is the label of dimension "qualityPerformance", and a dimension id goes here: write qualityPerformance',
        'unknown dimension "nope"; dimensions are qmsEffectiveness, digitalisation, sustainedSuccess, qualityPerformance',
      ]),
    );
    expect(issues.find((i) => i.text.en.includes('"质量绩效"'))!.text.zh).toBe(
      '未知的评分维度“质量绩效”：“质量绩效”是维度“qualityPerformance”的名称，这里要写维度标识：请写 qualityPerformance',
    );
  });
});
