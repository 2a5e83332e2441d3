/**
 * The words that say a value of an indicator no record must give, which a
 * column not read may hold (see unreadValueColumns): an enum's codes,
 * labels and aliases, a boolean's label and its negation, each folded and
 * without a trailing 式/型.
 */
import { describe, expect, it } from 'vitest';
import { type IndicatorInfo, loadRuleSet } from '../../src/index';
import { valueWords, wordOf } from '../../src/input/value-words';

const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');

function said(cell: string, indicators: readonly IndicatorInfo[] = ac.indicators) {
  const words = valueWords(indicators)!;
  return wordOf(cell, words)?.map((w) => [w.indicator.name, w.value, w.isDefault]);
}

describe('valueWords', () => {
  it('an enum: its codes, labels and aliases (which valueLabels does not carry), with and without 式', () => {
    expect(said('移动式')).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said('移动')).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said('移动型')).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said(' Multi-Split ')).toEqual([['unitConfiguration', 'multi-split', false]]);
    expect(said('穿墙式')).toEqual([['unitConfiguration', 'window', false]]);
    expect(said('挂壁式')).toEqual([['unitConfiguration', 'split', true]]);
    expect(said('ｔ２')).toEqual([['climateType', 'T2', false]]);
    expect(said('ｍｏｂｉｌｅ')).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said('\u3000移动式\u3000')).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said('multi  split')).toBeUndefined();
  });

  it('a boolean: its label and stem mean yes, with 非 (non-, not) before them no', () => {
    expect(said('风冷式')).toEqual([['airCooled', true, true]]);
    expect(said('风冷')).toEqual([['airCooled', true, true]]);
    expect(said('非风冷')).toEqual([['airCooled', false, false]]);
    expect(said('Non-air-cooled')).toEqual([['airCooled', false, false]]);
    expect(said('not air-cooled')).toEqual([['airCooled', false, false]]);
    expect(said('非全封闭型压缩机')).toEqual([['hermeticCompressor', false, false]]);
  });

  it("a boolean's value labels and aliases (AC 1.1.6's airCooled): their value, folded and without 式/型", () => {
    expect(said('水冷')).toEqual([['airCooled', false, false]]);
    expect(said('水冷式')).toEqual([['airCooled', false, false]]);
    expect(said('水冷型')).toEqual([['airCooled', false, false]]);
    expect(said(' Water-Cooled ')).toEqual([['airCooled', false, false]]);
    expect(said('风冷型')).toEqual([['airCooled', true, true]]);
    // Not a word round a label.
    expect(said('水冷却')).toBeUndefined();
  });

  it('not a required indicator’s values (unitType), nor text round a word, nor a two-character word less its 式 (窗)', () => {
    expect(said('热泵型')).toBeUndefined();
    expect(said('移动式空调除外')).toBeUndefined();
    expect(said('窗')).toBeUndefined();
    expect(said('窗式')).toEqual([['unitConfiguration', 'window', false]]);
    expect(said('x'.repeat(10_000))).toBeUndefined();
    // A character no word has rules a cell out before it is folded.
    for (const cell of ['K0', '正常', 'T4', '移动式A', '']) expect(said(cell)).toBeUndefined();
  });

  it('a word two values share says neither; none at all for a rule set without such an indicator', () => {
    const shape: IndicatorInfo = {
      name: 'shape',
      type: 'enum',
      label: { zh: '形状', en: 'Shape' },
      required: false,
      specimens: 0,
      values: ['a', 'b'],
      valueLabels: { a: { zh: '圆柱式', en: 'Round' }, b: { zh: '圆柱型', en: 'Square' } },
      default: 'a',
    };
    expect(said('圆柱式', [shape])).toEqual([['shape', 'a', true]]);
    expect(said('圆柱型', [shape])).toEqual([['shape', 'b', false]]);
    expect(said('圆柱', [shape])).toBeUndefined();
    expect(valueWords([{ ...shape, required: true }])).toBeUndefined();
  });
});
