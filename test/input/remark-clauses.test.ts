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
const lot = await loadRuleSet('building-materials/cement-lot-grade');
const lotWords = valueWords(lot.indicators)!;

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
  });

  it('a model code, a figure or a word for the sample between the parts says nothing and is passed over (fix-input-27)', () => {
    expect(said('样品 KFR 35 水冷')).toEqual(['airCooled', false, '水冷']);
    expect(said('型号 KFR-35GW 移动式 样机')).toEqual(['unitConfiguration', 'mobile', '移动式 样机']);
    expect(said('复检 3.5kW 水冷式 合格')).toEqual(['airCooled', false, '水冷式']);
    // The default, or a part that may turn the statement round (not, 疑似, 除外): let be, as before.
    for (const cell of [
      '样品 KFR 35 风冷',
      '样品 KFR 35 水冷 否',
      'KFR 35 not 水冷',
      '样品 NO 35 水冷',
      '样品 疑似 水冷',
      '移动式 空调 除外',
      // Two parts, one a code and the other a word that turns nothing round: read whole first, then as parts.
      'KFR 否',
      'not 水冷',
    ])
      expect(said(cell), cell).toBeUndefined();
    // Two parts whose whole says nothing are parts too (hostile-27 W6), as three were: `KFR 水冷` says 水冷.
    expect(said('KFR 水冷')).toEqual(['airCooled', false, '水冷']);
    expect(said('KFR-35GW T3')).toEqual(['climateType', 'T3', 'T3']);
    expect(said('水冷 否')).toBeUndefined();
  });

  it('适用于 before a value word says it; two values of one indicator are both named (fix-input-27)', () => {
    expect(said('适用于T2气候')).toEqual(['climateType', 'T2', undefined]);
    expect(said('适用于 T3')).toEqual(['climateType', 'T3', undefined]);
    expect(said('适用于T1气候')).toBeUndefined();
    const both = (cell: string) => {
      const found = remarkWord(cell, words, (w) => !w.isDefault);
      return found && [found.word.value, found.clause, found.also?.value];
    };
    expect(both('适用于T1、T2气候')).toEqual(['T2', 'T2气候', 'T1']);
    expect(both('T1、T2')).toEqual(['T2', 'T2', 'T1']);
    expect(both('水冷，风冷')).toEqual([false, '水冷', true]);
    // One value said twice is one value.
    expect(both('T2，T2气候')).toEqual(['T2', 'T2', undefined]);
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

  it('values set apart by a slash or a range mark, each read in its clause; both named (hostile-27 W6)', () => {
    const both = (cell: string) => {
      const found = remarkWord(cell, words, (w) => !w.isDefault);
      return found && [found.word.indicator.name, found.word.value, found.clause, found.also?.value];
    };
    // The whole cell is the list: no clause named, the other value as `also` (as `T1，T2` names both).
    expect(both('T2/T3')).toEqual(['climateType', 'T2', undefined, 'T3']);
    expect(both('T3/T1')).toEqual(['climateType', 'T3', undefined, 'T1']);
    expect(both('T1／T3')).toEqual(['climateType', 'T3', undefined, 'T1']);
    expect(both('T1～T3')).toEqual(['climateType', 'T3', undefined, 'T1']);
    expect(both('T1~T2')).toEqual(['climateType', 'T2', undefined, 'T1']);
    expect(both('T1至T3')).toEqual(['climateType', 'T3', undefined, 'T1']);
    // The text round the list goes with each value: `气候：T3`, `适用气候 T2`, `适用于T2气候`.
    expect(both('气候：T1/T3')).toEqual(['climateType', 'T3', undefined, 'T1']);
    expect(both('适用气候 T1/T2')).toEqual(['climateType', 'T2', undefined, 'T1']);
    expect(both('适用于T1/T2气候')).toEqual(['climateType', 'T2', undefined, 'T1']);
    expect(both('移动式/分体式')).toEqual(['unitConfiguration', 'mobile', undefined, 'split']);
    // A list in one clause of several is named by that clause as written.
    expect(both('外观良好，气候：T1/T3')).toEqual(['climateType', 'T3', '气候：T1/T3', 'T1']);
    // As before: 风冷/水冷 is a name and its answer.
    expect(both('风冷/水冷')).toEqual(['airCooled', false, undefined, undefined]);
  });

  it('a slash list is read only when every value says something: a model code is no list of climates', () => {
    for (const cell of [
      'T1/T1',
      '分体式/挂壁式',
      'KFR-35GW/T3A',
      'KFR-35GW/T3',
      'KFR-35GW/T3，外观良好',
      '2024/3/1',
      'W/W',
      'T3A/T3B',
      'T1/',
      '/T3',
      `${'T1/'.repeat(9)}T3`,
    ])
      expect(said(cell), cell).toBeUndefined();
  });

  it('English: climate T3, T3 climate, semi-hermetic compressor (hostile-27 W6)', () => {
    expect(said('climate T3')).toEqual(['climateType', 'T3', undefined]);
    expect(said('T3 climate')).toEqual(['climateType', 'T3', undefined]);
    expect(said('Climate type: T2')).toEqual(['climateType', 'T2', undefined]);
    expect(said('climate: T3')).toEqual(['climateType', 'T3', undefined]);
    expect(said('semi-hermetic compressor')).toEqual(['hermeticCompressor', false, undefined]);
    expect(said('Semi-hermetic compressors')).toEqual(['hermeticCompressor', false, undefined]);
    expect(said('hermetic: no')).toEqual(['hermeticCompressor', false, undefined]);
    // The default, and a word that is no code of it.
    for (const cell of ['climate T1', 'hermetic compressor', 'climate T4', 'climate control', 'compressor'])
      expect(said(cell), cell).toBeUndefined();
  });

  it('cement: P.I 42.5 (GB 175 designation) and 硅酸盐水泥P·I say P.I; P·O and an id or negation do not (hostile-27 W6)', () => {
    const cement = (cell: string) => {
      const found = remarkWord(cell, lotWords, (w) => !w.isDefault);
      return found && [found.word.value, found.clause];
    };
    expect(cement('P.I 42.5')).toEqual(['P.I', 'P.I']);
    expect(cement('P·II 52.5R')).toEqual(['P.II', 'P·II']);
    expect(cement('硅酸盐水泥P·I')).toEqual(['P.I', undefined]);
    expect(cement('硅酸盐水泥 P·Ⅱ')).toEqual(['P.II', undefined]);
    expect(cement('硅酸盐水泥P·I型')).toEqual(['P.I', undefined]);
    expect(cement('硅酸盐水泥P·I/P·II')).toEqual(['P.I', undefined]);
    expect(cement('P·I/P·II')).toEqual(['P.I', undefined]);
    for (const cell of ['P·O 42.5', '普通硅酸盐水泥P·O', '非P·I', '型号P·I', '样品P·I', '水泥P·S', 'P.I除外'])
      expect(cement(cell), cell).toBeUndefined();
  });

  describe('hostile-29 W2, W3: one rule per form, not a regex per wording', () => {
    const both = (cell: string, on = words) => {
      const found = remarkWord(cell, on, (w) => !w.isDefault);
      return found && [found.word.indicator.name, found.word.value, found.also?.value];
    };

    it('a range or list written with a hyphen, dash or word reads as the slash does: each value named', () => {
      for (const cell of ['T1-T3', 'T1–T3', 'T1—T3', 'T1到T3', 'T1 to T3', 'T1－T3'])
        expect(both(cell), cell).toEqual(['climateType', 'T3', 'T1']);
      for (const cell of ['T2和T3', 'T2或T3', 'T2及T3', 'T2 or T3', 'T2 and T3'])
        expect(both(cell), cell).toEqual(['climateType', 'T2', 'T3']);
      expect(both('P.I或P.II', lotWords)).toEqual(['cementType', 'P.I', 'P.II']);
      // The halves of a model's code, a span of figures, a list of notes: no list of values.
      for (const cell of [
        'KFR-35GW',
        'APF 4.5-5.0',
        '3500-4500W',
        '第1-3批',
        'T1-T1',
        '外观良好和包装完好',
        '样品完好',
      ])
        expect(both(cell), cell).toBeUndefined();
      expect(both('型号 KFR-35GW 移动式 样机')).toEqual(['unitConfiguration', 'mobile', undefined]);
    });

    it('a code in brackets, or standing alone among other words, says its value; not turned round or an id', () => {
      for (const cell of [
        '（T3）',
        '[T3]',
        '【T3】',
        'T3工况',
        '气候类别：T3',
        'T3 only',
        'for T3 climate',
        'T3气候 出口机型',
        '备注：T3',
        'KFR-35GW（T3）',
      ])
        expect(both(cell), cell).toEqual(['climateType', 'T3', undefined]);
      expect(both('T1工况 T3工况')).toEqual(['climateType', 'T3', 'T1']);
      for (const cell of ['P.I型', 'P·I型硅酸盐水泥', 'P-I', 'cement type P.I', '【P·I】'])
        expect(both(cell, lotWords), cell).toEqual(['cementType', 'P.I', undefined]);
      expect(both('Ⅰ型硅酸盐水泥', lotWords)).toEqual(['cementType', 'P.I', undefined]);
      expect(both('Ⅱ型硅酸盐水泥', lotWords)).toEqual(['cementType', 'P.II', undefined]);
      for (const cell of [
        'T1工况',
        '（T1）',
        'T3除外',
        '非T3',
        'not T3',
        'except T3',
        '型号T3',
        'T35',
        'KFR-35T3',
        'KFR-35GW/T3',
        '（见附件）',
        '【复检】',
      ])
        expect(both(cell), cell).toBeUndefined();
      for (const cell of ['P.O型', 'P-O', '批次P-1', 'P.I除外', '非P·I', '送检', 'PI42.5'])
        expect(both(cell, lotWords), cell).toBeUndefined();
    });

    it('a verb before a value word, a stem with 压缩机 as a name, 冷凝器 as a product, English no-words', () => {
      for (const cell of [
        '采用半封闭压缩机',
        '采用半封闭式压缩机',
        '全封闭压缩机：否',
        '全封闭式压缩机：否',
        'non-hermetic',
        'semihermetic compressor',
        'open-type compressor',
        // fix-remarks-30 "left": the English for 开启式, out of the AC scope (room-air-conditioner-energy 1.3.2).
        'open compressor',
        'Open compressor',
      ])
        expect(both(cell), cell).toEqual(['hermeticCompressor', false, undefined]);
      // `open` alone, or in other words, is no compressor type.
      for (const cell of ['open', 'box opened; compressor OK', 'Opening compressor test'])
        expect(both(cell), cell).toBeUndefined();
      for (const cell of ['水冷冷凝器', '采用水冷', '使用水冷冷凝器'])
        expect(both(cell), cell).toEqual(['airCooled', false, undefined]);
      for (const cell of ['portable', 'Portable unit', '可移动式'])
        expect(both(cell), cell).toEqual(['unitConfiguration', 'mobile', undefined]);
      for (const cell of ['采用全封闭压缩机', '全封闭压缩机：是', '全封闭压缩机', '风冷冷凝器', 'hermetic'])
        expect(both(cell), cell).toBeUndefined();
    });
  });
});
