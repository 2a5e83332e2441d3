/**
 * Value words beyond the labels (hostile-23): a cell folded as the reader
 * folds an enum cell (W12), a configuration's trade names (W13), a yes/no
 * label's remark forms (W8).
 */
import { describe, expect, it } from 'vitest';
import { type IndicatorInfo, loadRuleSet } from '../../src/index';
import { remarkWord } from '../../src/input/remark-clauses';
import { moreValueWords } from '../../src/input/value-word-forms';
import { valueWords, wordOf } from '../../src/input/value-words';

const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const lot = await loadRuleSet('building-materials/cement-lot-grade');
const ent = await loadRuleSet('enterprise/quality-management-capability');

function said(cell: string, indicators: readonly IndicatorInfo[]) {
  return wordOf(cell, valueWords(indicators)!)?.map((w) => [w.indicator.name, w.value, w.isDefault]);
}

describe('value words, folded and extended', () => {
  it('W12: the reader’s dots, NFKC (Ⅱ, full width), a code without dots or spaces', () => {
    const cement = (cell: string) => said(cell, lot.indicators)?.[0]?.[1];
    for (const cell of ['P·I', 'P・I', 'P•I', 'P．I', 'ＰＩ', 'PI', 'P I', 'p.i', 'P·I型'])
      expect(cement(cell)).toBe('P.I');
    for (const cell of ['P·Ⅱ', 'P Ⅱ', 'PII', 'P.II']) expect(cement(cell)).toBe('P.II');
    expect(said('P·O', lot.indicators)?.[0]?.[2]).toBe(true);
    expect(cement('P·S')).toBeUndefined();
    // Spaces between Chinese characters and an end mark are looked past (fix-input-24: hostile-23 slips):
    // the check may see more than the reader, never less. A word with more to it stays none.
    expect(said('移 动 式', ac.indicators)).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said('移动式。', ac.indicators)).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said('P·I。', lot.indicators)?.[0]?.[1]).toBe('P.I');
    for (const cell of ['非移动式', '移动式空调除外', '。', '移动式，除外'])
      expect(said(cell, ac.indicators), cell).toBeUndefined();
  });

  it('W13: a stem with 机, 空调, 式空调, 式机 says its value; 挂机 says nothing, 柜机 split', () => {
    const config = (cell: string) => said(cell, ac.indicators)?.[0]?.[1];
    expect(config('多联机')).toBe('multi-split');
    expect(config('风管机')).toBe('ducted');
    expect(config('窗机')).toBe('window');
    expect(config('窗式机')).toBe('window');
    expect(config('穿墙机')).toBe('window');
    expect(config('移动空调')).toBe('mobile');
    expect(config('移动式空调')).toBe('mobile');
    expect(config('柜机')).toBe('split');
    expect(config('分体机')).toBe('split');
    expect(config('挂机')).toBeUndefined();
    expect(config('空调')).toBeUndefined();
  });

  it('W8: 有/发生 before the event (with or without 近三年) say yes; 无/没有/未发生 no; the bare event nothing', () => {
    const veto = (cell: string) => said(cell, ent.indicators)?.map((w) => w[1]);
    for (const cell of ['发生重大质量事故', '有重大质量事故', '近三年重大质量事故', '近三年有重大质量事故'])
      expect(veto(cell)).toEqual([true]);
    for (const cell of [
      '无重大质量事故',
      '没有重大质量事故',
      '未发生重大质量事故',
      '近三年未发生重大质量事故',
    ])
      expect(veto(cell)).toEqual([false]);
    expect(veto('重大质量事故')).toBeUndefined();
    // The event names the indicator beside an answer (hostile-27 W2); a date before a statement says when.
    expect(veto('重大质量事故：有')).toEqual([true]);
    expect(veto('重大质量事故：否')).toEqual([false]);
    expect(veto('发生过重大质量事故')).toEqual([true]);
    expect(veto('2023年发生重大质量事故')).toEqual([true]);
    // With a date or a count beside it, the bare event is a statement, not a heading (hostile-27 W2, W6).
    expect(veto('2024年重大质量事故')).toEqual([true]);
    expect(veto('发生')).toBeUndefined();
  });

  it('the event with a date or a count says it happened; 0 起 says none; alone it says nothing (hostile-27 W2)', () => {
    const veto = (cell: string) => said(cell, ent.indicators)?.map((w) => w[1]);
    for (const cell of [
      '重大质量事故 2024年3月',
      '重大质量事故（2024年）',
      '重大质量事故，2024-03',
      '2024年3月重大质量事故',
      '2024-03-08 重大质量事故',
      '重大质量事故1起',
      '重大质量事故：1 起',
      '重大质量事故 1 起',
      '重大质量事故两次',
      '重大质量事故2起（2024年）',
      '近三年发生重大质量事故1起',
      '近三年重大质量事故 1 起',
      '重大事故1起',
      // hostile-29 W4: a count before the event, ×1, a year alone or in Chinese figures, a remark after the count,
      // other verbs of occurrence, the English label's event, the veto answered with its event or said triggered.
      '重大质量事故 2024',
      '有1起重大质量事故',
      '发生2起重大质量事故',
      '曾发生重大质量事故',
      '出现过重大质量事故',
      '重大质量事故 二〇二四年三月',
      '重大质量事故 24年3月',
      '重大质量事故×1',
      '重大质量事故 x1',
      '重大质量事故 1起（已整改）',
      'major quality incident 2024',
      '一票否决：重大质量事故',
      '触发一票否决',
    ])
      expect(veto(cell), cell).toEqual([true]);
    // The same forms saying none, and look-alikes that say nothing: a count of 0, no verb, a heading alone.
    for (const cell of ['有0起重大质量事故', '重大质量事故×0', '未触发一票否决'])
      expect(veto(cell), cell).toEqual([false]);
    for (const cell of [
      '一票否决',
      '质量事故1起',
      '一般质量事故2起',
      '有1起一般质量事故',
      'major quality incident',
      '一票否决：质量事故',
    ])
      expect(veto(cell), cell).toBeUndefined();
    for (const cell of ['重大质量事故：0 起', '重大质量事故0起', '重大质量事故零起', '发生重大质量事故0起'])
      expect(veto(cell), cell).toEqual([false]);
    // Said none with a date: none. None with a count above 0: a contradiction, let be.
    expect(veto('未发生重大质量事故（2024年）')).toEqual([false]);
    for (const cell of [
      '重大质量事故',
      '未发生重大质量事故1起',
      '一般质量事故1起',
      '重大质量事故整改1起',
      '2024年',
      '1起',
      '否决项 2024年',
    ])
      expect(veto(cell), cell).toBeUndefined();
  });

  it('the veto, named as a sheet heads its column (一票否决：是, 否决项：无, 重大事故：有) (hostile-27 W2)', () => {
    const veto = (cell: string) => said(cell, ent.indicators)?.map((w) => [w[0], w[1]]);
    for (const cell of ['一票否决：是', '一票否决项：有', '否决项：是', '重大事故：有', 'veto: yes'])
      expect(veto(cell), cell).toEqual([['majorQualityIncident', true]]);
    for (const cell of ['一票否决项：无', '一票否决：否', '否决项：无'])
      expect(veto(cell), cell).toEqual([['majorQualityIncident', false]]);
    // In a clause of a longer remark too: the veto's names count as words for the check that lets most remarks go.
    const clause = (cell: string) => remarkWord(cell, valueWords(ent.indicators)!, (w) => !w.isDefault);
    for (const cell of ['外观良好，一票否决：是', '资料齐全；否决项：有', '外观良好，重大事故：有'])
      expect(clause(cell)?.word.value, cell).toBe(true);
    expect(clause('外观良好，一票否决项：无')).toBeUndefined();
    // A rule set with no veto of that kind has no such name: 一票否决 says nothing of the AC rule set.
    expect(said('一票否决：是', ac.indicators)).toBeUndefined();
  });

  it('a label with neither a time qualifier nor a verb adds no remark forms; a non-enum, non-boolean nothing', () => {
    const airCooled = ac.indicators.find((i) => i.name === 'airCooled')!;
    // Only the trade forms of its labels (hostile-24 W3), no remark forms (有…, 发生…).
    const texts = moreValueWords(airCooled).map(([text]) => text);
    expect(texts.filter((t) => /^(?:有|发生|无|没有|未发生)/u.test(t))).toEqual([]);
    expect(texts).not.toContain('风冷式式');
    const apf = ac.indicators.find((i) => i.name === 'apf')!;
    expect(moreValueWords(apf)).toEqual([]);
  });
});
