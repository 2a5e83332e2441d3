/**
 * `aggregate: 平均值` listed every form aggregate takes, where rule-format promises the
 * word to write for a Chinese word of an enum value (newcomer-40 M7).
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const tiles = (
  aggregate: string,
) => `${ruleFileHeader('test/aggregate-word', { zh: '陶瓷砖', en: 'Tiles' })}indicators:
  modulus: { type: number, unit: MPa, range: "> 0", specimens: { exactly: 5 }, label: { zh: 断裂模数, en: Modulus of rupture } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: mor-mean, indicator: modulus, aggregate: ${aggregate}, require: "≥ 35" }
`;

describe('a Chinese word for an aggregate', () => {
  it('平均值 is told to write mean, zh and en', () => {
    const issues = checkRuleSet(tiles('平均值')).issues;
    expect(issues.map((i) => i.text)).toEqual([
      {
        zh: '“aggregate”的写法不对：“平均值”请写 mean',
        en: '"aggregate" is not written in a form it takes: for "平均值" write mean',
      },
    ]);
  });

  it('a word for none keeps the list of forms', () => {
    const issues = checkRuleSet(tiles('中位数')).issues;
    expect(issues.map((i) => i.text.zh)).toEqual([expect.stringContaining('或取其 min、max、mean')]);
  });
});
