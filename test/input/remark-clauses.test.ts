/**
 * A remark cell read clause by clause (remarkWord, hostile-26 W2): the whole cell first, then each clause split at
 * commas, semicolons, list marks, full stops and line breaks, and parts set apart by spaces when each is a statement.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { remarkWord } from '../../src/input/remark-clauses';
import { valueWords } from '../../src/input/value-words';

const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const words = valueWords(ac.indicators)!;

function said(cell: string) {
  const found = remarkWord(cell, words, (w) => !w.isDefault);
  return found && [found.word.indicator.name, found.word.value, found.clause];
}

describe('remarkWord', () => {
  it('a whole cell as wordOf reads it, with no clause named', () => {
    expect(said('否，水冷式')).toEqual(['airCooled', false, undefined]);
    expect(said('风冷：否')).toEqual(['airCooled', false, undefined]);
  });

  it('each clause at ，；,;、。 and line breaks: the first saying a value other than the default', () => {
    expect(said('风冷：否，水冷')).toEqual(['airCooled', false, '风冷：否']);
    expect(said('风冷式：否;水冷')).toEqual(['airCooled', false, '风冷式：否']);
    expect(said('T1；全封闭型压缩机 否')).toEqual(['hermeticCompressor', false, '全封闭型压缩机 否']);
    expect(said('外观良好。风冷式：否')).toEqual(['airCooled', false, '风冷式：否']);
    expect(said('风冷式（否）\r\n全封闭')).toEqual(['airCooled', false, '风冷式（否）']);
    expect(said('水冷、全封闭')).toEqual(['airCooled', false, '水冷']);
    expect(said('风冷, T3')).toEqual(['climateType', 'T3', 'T3']);
  });

  it('parts set apart by spaces, when every part (a word, or a name and its answer) says something', () => {
    expect(said('风冷式 否 全封闭')).toEqual(['airCooled', false, '风冷式 否']);
    expect(said('T1 全封闭 风冷式 否')).toEqual(['airCooled', false, '风冷式 否']);
    // 空调除外 says nothing: 移动式 is no statement of its own there.
    expect(said('移动式 空调除外')).toBeUndefined();
    expect(said('样品 KFR 35 水冷')).toBeUndefined();
  });

  it('the default, a list turned round, and text with no word are let be', () => {
    for (const cell of [
      '风冷式：是，全封闭',
      '风冷式 是 全封闭',
      '移动式、多联式除外',
      '非移动式、多联式',
      '不含水冷，风冷式',
      '外观良好，无异常',
      '否，风冷式',
      `${'外观良好，'.repeat(50)}水冷`,
    ])
      expect(said(cell), cell).toBeUndefined();
  });

  it('full-width Latin letters and a code in another case are looked for as folded', () => {
    expect(said('外观良好，ＶＲＦ')).toEqual(['unitConfiguration', 'multi-split', 'ＶＲＦ']);
    expect(said('外观良好，t3')).toEqual(['climateType', 'T3', 't3']);
  });
});
