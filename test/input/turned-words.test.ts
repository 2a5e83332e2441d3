/**
 * A value turned round (turnedWords, hostile-31 W4, M2): a negation before a value word or an exclusion frame round
 * it says the record is not that value; a yes/no's turn is its other value; a turn turned again is none.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { turnedWords } from '../../src/input/turned-words';
import { valueWords } from '../../src/input/value-words';

const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const words = valueWords(ac.indicators)!;

function turned(cell: string) {
  return turnedWords(cell, words)?.map((w) => [w.indicator.name, w.value, w.negated ?? false, w.isDefault]);
}

describe('turnedWords', () => {
  it('a negation or an exclusion round the default: negated, not agreeing with the default', () => {
    for (const cell of [
      '非T1',
      '不是T1',
      '不属于T1',
      'not T1',
      'NOT T1',
      'except T1',
      '不含T1',
      '除T1外均适用',
      '除了T1以外',
      '适用于除T1外的地区',
      'T1以外',
      'T1之外的地区',
      'T1除外',
      'T1（不适用）',
      'T1(不适用)',
      '不适用于T1',
      '不适用于T1地区',
      'T1 不适用',
      'T1：不适用',
      'T1 not applicable',
      '气候类型：非T1',
      'ｎｏｔ Ｔ１',
    ])
      expect(turned(cell), cell).toEqual([['climateType', 'T1', true, false]]);
    expect(turned('非分体式')).toEqual([['unitConfiguration', 'split', true, false]]);
    expect(turned('non-split')).toEqual([['unitConfiguration', 'split', true, false]]);
  });

  it('a turn of another value agrees with the default; of a yes/no word, its other value', () => {
    expect(turned('除T3外')).toEqual([['climateType', 'T3', true, true]]);
    expect(turned('非T2')).toEqual([['climateType', 'T2', true, true]]);
    expect(turned('非水冷')).toEqual([['airCooled', true, false, true]]);
    expect(turned('不是风冷')).toEqual([['airCooled', false, false, false]]);
  });

  it('no turn: a turn turned again, "not only", a statement of several, nothing the rule set names', () => {
    for (const cell of [
      '除T1外不适用',
      '非仅T1',
      '非T1，水冷',
      '非标',
      'not tested',
      'none',
      'T3外机',
      'T1',
      'nonT1',
    ])
      expect(turned(cell), cell).toBeUndefined();
  });
});
