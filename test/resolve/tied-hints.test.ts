/**
 * "Did you mean" named one of two equally close values (newcomer-40 M2): `炻质砖` got
 * only 瓷质砖, though 炻瓷砖 — the class meant — is as close, so taking the hint put
 * a limit on the wrong tile class. Every tied value is named now.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const tiles = (
  when: string,
) => `${ruleFileHeader('test/tied-hints', { zh: '陶瓷砖', en: 'Tiles' })}indicators:
  category: { type: enum, values: [瓷质砖, 炻瓷砖, 陶器砖], label: { zh: 类别, en: Category } }
  waterAbsorption: { type: number, unit: "%", range: "[0, 100]", label: { zh: 吸水率, en: Water absorption } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: absorption, indicator: waterAbsorption, when: { category: ${when} }, require: "≤ 3.0" }
`;

describe('a value equally close to two', () => {
  it('names both, zh and en', () => {
    const issues = checkRuleSet(tiles('炻质砖')).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => i.text)).toEqual([
      {
        zh: '“炻质砖”不是“category”的取值，是否要写“瓷质砖”或“炻瓷砖”？',
        en: '"炻质砖" is not a value of "category"; did you mean "瓷质砖" or "炻瓷砖"?',
      },
    ]);
  });

  it('one closest: one named', () => {
    const issues = checkRuleSet(tiles('陶器')).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => i.message)).toEqual([
      '"陶器" is not a value of "category"; did you mean "陶器砖"?',
    ]);
  });
});
