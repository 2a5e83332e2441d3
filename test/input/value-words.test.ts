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
    // A space where the word has a hyphen says it too (hostile-24 W3: `water cooled`).
    expect(said('multi  split')).toEqual([['unitConfiguration', 'multi-split', false]]);
    expect(said('multi_split')).toBeUndefined();
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

  it('a name with its answer and no separator, in 【】, after a subject, with 无/不/x; a code before a product (hostile-26 W2)', () => {
    expect(said('风冷式否')).toEqual([['airCooled', false, false]]);
    expect(said('全封闭型压缩机不是')).toEqual([['hermeticCompressor', false, false]]);
    expect(said('风冷式是')).toEqual([['airCooled', true, true]]);
    // 非风冷式 is airCooled's label of no: yes to it is no.
    expect(said('非风冷式是')).toEqual([['airCooled', false, false]]);
    expect(said('【风冷式】否')).toEqual([['airCooled', false, false]]);
    expect(said('压缩机非全封闭')).toEqual([['hermeticCompressor', false, false]]);
    expect(said('机组为水冷式')).toEqual([['airCooled', false, false]]);
    expect(said('压缩机全封闭')).toEqual([['hermeticCompressor', true, true]]);
    for (const cell of ['风冷式：无', '风冷式：不', '风冷式 x', '风冷式 ╳'])
      expect(said(cell), cell).toEqual([['airCooled', false, false]]);
    expect(said('VRF多联机')).toEqual([['unitConfiguration', 'multi-split', false]]);
    // Asks, turns round, or says nothing.
    for (const cell of ['是否风冷', '风冷是否', '不是风冷是', '机组是否水冷', '压缩机', '【备注】T3'])
      expect(said(cell), cell).toBeUndefined();
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

describe('valueWords, wrapped and stemmed (hostile-24 W3, W16)', () => {
  it('否（X）/是（X）, as qgrade writes a value: 否 is the yes/no label’s no, 是 the word’s value', () => {
    expect(said('否（水冷式）')).toEqual([['airCooled', false, false]]);
    expect(said('否(水冷式)')).toEqual([['airCooled', false, false]]);
    expect(said('no (Water-cooled)')).toEqual([['airCooled', false, false]]);
    expect(said('否（风冷式）')).toEqual([['airCooled', false, false]]);
    expect(said('否（全封闭型压缩机）')).toEqual([['hermeticCompressor', false, false]]);
    expect(said('是（水冷式）')).toEqual([['airCooled', false, false]]);
    expect(said('是（风冷式）')).toEqual([['airCooled', true, true]]);
    // An enum's value under 否 says nothing; under 是 its value.
    expect(said('否（移动式）')).toBeUndefined();
    expect(said('是（移动式）')).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said('否（备注）')).toBeUndefined();
  });

  it('label：value says the value of that indicator only, a yes/no for a boolean', () => {
    expect(said('气候类型：T3')).toEqual([['climateType', 'T3', false]]);
    expect(said('气候类型: t3')).toEqual([['climateType', 'T3', false]]);
    expect(said('Climate type: T2')).toEqual([['climateType', 'T2', false]]);
    expect(said('全封闭型压缩机：否')).toEqual([['hermeticCompressor', false, false]]);
    expect(said('风冷式：否')).toEqual([['airCooled', false, false]]);
    expect(said('风冷式：是')).toEqual([['airCooled', true, true]]);
    expect(said('结构形式：移动式')).toEqual([['unitConfiguration', 'mobile', false]]);
    // Another label's value, or a label that is no indicator's, says nothing.
    expect(said('气候类型：移动式')).toBeUndefined();
    expect(said('备注：T3')).toBeUndefined();
  });

  it('a remark in brackets after a word is looked past; a remark alone is read only after words, not a code', () => {
    expect(said('水冷（冷却塔）')).toEqual([['airCooled', false, false]]);
    expect(said('移动式 (带轮)')).toEqual([['unitConfiguration', 'mobile', false]]);
    expect(said('热带型（T3）')).toEqual([['climateType', 'T3', false]]);
    expect(said('KFR-35GW（T3）')).toBeUndefined();
    expect(said('分体式（T3）')).toEqual([['unitConfiguration', 'split', true]]);
    expect(said('备注（移动式空调除外）')).toBeUndefined();
  });

  it('a yes/no label’s stems with 式/型/机组/机 after them, and 非/不是/无 before it', () => {
    expect(said('水冷式机组')).toEqual([['airCooled', false, false]]);
    expect(said('水冷机组')).toEqual([['airCooled', false, false]]);
    expect(said('风冷式机组')).toEqual([['airCooled', true, true]]);
    expect(said('不是风冷式')).toEqual([['airCooled', false, false]]);
    expect(said('无风冷')).toEqual([['airCooled', false, false]]);
    expect(said('非全封闭型')).toEqual([['hermeticCompressor', false, false]]);
    expect(said('非全封闭')).toEqual([['hermeticCompressor', false, false]]);
    expect(said('全封闭型')).toEqual([['hermeticCompressor', true, true]]);
    expect(said('water cooled')).toEqual([['airCooled', false, false]]);
    expect(said('not air cooled')).toEqual([['airCooled', false, false]]);
  });

  it('harmless look-alikes stay harmless', () => {
    for (const cell of [
      '非移动式',
      '移动式空调除外',
      'KFR-35GW/T3',
      '无',
      '否',
      '是（）',
      '（T3',
      '气候类型：',
      '水冷却',
    ])
      expect(said(cell)).toBeUndefined();
  });
});

describe('valueWords, a name with its answer and a value word before a product (hostile-25 W3, W4)', () => {
  // Each wrapping, what it says, and its harmless twin (the default, or nothing).
  const WRAPPINGS: [cell: string, says: [string, string | boolean], twin: string][] = [
    ['风冷式（否）', ['airCooled', false], '风冷式（是）'],
    ['风冷：否', ['airCooled', false], '风冷：是'],
    ['风冷式 否', ['airCooled', false], '风冷式 是'],
    ['风冷式=否', ['airCooled', false], '风冷式=是'],
    ['风冷式—否', ['airCooled', false], '风冷式—是'],
    ['风冷式：不是', ['airCooled', false], '水冷式：不是'],
    ['Air-cooled: No', ['airCooled', false], 'Air-cooled: Yes'],
    ['不属于风冷式', ['airCooled', false], '属于风冷式'],
    ['否，水冷式', ['airCooled', false], '否，风冷式'],
    ['否/水冷式', ['airCooled', false], '是/风冷式'],
    ['否-水冷式', ['airCooled', false], '否-风冷式'],
    ['否／水冷', ['airCooled', false], '否／风冷'],
    ['N（水冷式）', ['airCooled', false], 'Y（风冷式）'],
    ['×（水冷式）', ['airCooled', false], '√（风冷式）'],
    ['是否风冷：否', ['airCooled', false], '是否风冷：是'],
    ['是否水冷：是', ['airCooled', false], '是否水冷：否'],
    ['冷却方式：水冷', ['airCooled', false], '冷却方式：风冷'],
    ['水冷式冷水机组', ['airCooled', false], '风冷式冷水机组'],
    ['水冷螺杆机组', ['airCooled', false], '风冷螺杆机组'],
    ['水冷柜机', ['airCooled', false], '风冷柜机'],
    ['water-cooled unit', ['airCooled', false], 'air-cooled unit'],
    ['Water cooled type', ['airCooled', false], 'Air cooled type'],
    ['全封闭型压缩机（否）', ['hermeticCompressor', false], '全封闭型压缩机（是）'],
    ['全封闭：否', ['hermeticCompressor', false], '全封闭：是'],
    ['全封闭型压缩机 否', ['hermeticCompressor', false], '全封闭型压缩机 是'],
    ['压缩机：半封闭', ['hermeticCompressor', false], '压缩机：全封闭'],
    ['半封闭螺杆', ['hermeticCompressor', false], '全封闭涡旋'],
    ['气候类型=T3', ['climateType', 'T3'], '气候类型=T1'],
    ['气候：T3', ['climateType', 'T3'], '气候：T1'],
    ['适用气候：T3', ['climateType', 'T3'], '适用气候：T1'],
    ['多联机组', ['unitConfiguration', 'multi-split'], '分体机组'],
    ['结构形式 窗式', ['unitConfiguration', 'window'], '结构形式 分体式'],
    ['Window type', ['unitConfiguration', 'window'], 'Split type'],
  ];
  const nonDefault = (cell: string) => said(cell)?.filter(([, , isDefault]) => !isDefault);

  for (const [cell, [name, value], twin] of WRAPPINGS)
    it(`${cell} says ${name} = ${value}; ${twin} says no other value`, () => {
      expect(nonDefault(cell)).toEqual([[name, value, false]]);
      expect(nonDefault(twin) ?? []).toEqual([]);
    });

  it('harmless look-alikes stay harmless: the default, a code after another label, a turned-round name', () => {
    for (const cell of [
      '风冷式：是',
      '全封闭',
      'T1',
      '气候类型：T1',
      '是（风冷式）',
      '涡旋式（全封闭）',
      '水冷却',
      '移动式空调除外',
      '水冷机不适用',
      '备注：T3',
      'KFR-35GW/T3',
      '气候类型：移动式',
      '不含：移动式',
      '非风冷：否',
      '检测日期 2026-01-01',
      '新风机组',
    ])
      expect(nonDefault(cell) ?? [], cell).toEqual([]);
  });
});
