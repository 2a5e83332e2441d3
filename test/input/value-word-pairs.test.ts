/** The grammar of a remark's name-and-answer (pairOf, yesNoOf) and of a product's name after a value word. */
import { describe, expect, it } from 'vitest';
import { answerOf, pairOf, productAfter, yesNoOf } from '../../src/input/value-word-pairs';

describe('pairOf', () => {
  it('splits at the strongest separator, colon or = first, a space last', () => {
    expect(pairOf('是否风冷:否')).toEqual({ left: '是否风冷', right: '否', kind: 'label' });
    expect(pairOf('气候类型＝T3')).toEqual({ left: '气候类型', right: 'T3', kind: 'label' });
    expect(pairOf('否，水冷式')).toEqual({ left: '否', right: '水冷式', kind: 'other' });
    expect(pairOf('风冷式—否')).toEqual({ left: '风冷式', right: '否', kind: 'other' });
    expect(pairOf('否-水冷式')).toEqual({ left: '否', right: '水冷式', kind: 'other' });
    expect(pairOf('结构形式 窗式')).toEqual({ left: '结构形式', right: '窗式', kind: 'other' });
    expect(pairOf('climate type: t2')).toEqual({ left: 'climate type', right: 't2', kind: 'label' });
  });

  it('a name in square brackets is a label (hostile-26 W2), with or without a colon after it', () => {
    expect(pairOf('【风冷式】否')).toEqual({ left: '风冷式', right: '否', kind: 'label' });
    expect(pairOf('[风冷式] 否')).toEqual({ left: '风冷式', right: '否', kind: 'label' });
    expect(pairOf('【风冷式】：否')).toEqual({ left: '风冷式', right: '否', kind: 'label' });
    expect(pairOf('【风冷式】')).toBeUndefined();
  });

  it('nothing without a separator or with an empty part', () => {
    for (const cell of ['风冷式否', '气候类型：', '：T3', '']) expect(pairOf(cell)).toBeUndefined();
  });
});

describe('yesNoOf', () => {
  it('the plain yes/no words and the no-words a remark answers with', () => {
    for (const no of ['否', '不是', '不属于', '非', 'n', 'N', 'no', 'No', '×'])
      expect(yesNoOf(no), no).toBe(false);
    for (const yes of ['是', 'yes', 'Y', '√']) expect(yesNoOf(yes), yes).toBe(true);
  });

  it('not 有/无 or a verdict, which say something else of a label', () => {
    for (const word of ['无', '有', '合格', '不合格', '不']) expect(yesNoOf(word), word).toBeUndefined();
  });
});

describe('answerOf', () => {
  it('a yes/no, or a further no-word beside a name (hostile-26 W2)', () => {
    for (const no of ['否', '无', '没有', '不', 'x', 'X', '╳', '✕'])
      expect(answerOf(no, false), no).toBe(false);
    expect(answerOf('是', false)).toBe(true);
    // 有 answers yes as 无 answers no (重大质量事故：有, hostile-27 W2).
    expect(answerOf('有', false)).toBe(true);
    expect(answerOf('合格', false)).toBeUndefined();
  });

  it('not 无/没有 after a label that is itself a negation (无重大质量事故：无)', () => {
    expect(answerOf('无', true)).toBeUndefined();
    expect(answerOf('没有', true)).toBeUndefined();
    expect(answerOf('有', true)).toBeUndefined();
    expect(answerOf('否', true)).toBe(false);
  });
});

describe('productAfter', () => {
  it('a few Chinese characters ending in a product word; unit/type after a Latin word', () => {
    for (const rest of ['冷水机组', '螺杆机组', '柜机', '螺杆', '机组', '空调'])
      expect(productAfter(rest, true), rest).toBe(true);
    expect(productAfter(' unit', false)).toBe(true);
    expect(productAfter('-type', false)).toBe(true);
    // `semi-hermetic compressor`, as 半封闭压缩机 (hostile-27 W6).
    expect(productAfter(' compressor', false)).toBe(true);
    expect(productAfter(' compressors', false)).toBe(true);
    // `VRF多联机`: Chinese characters after a Latin code (hostile-26 W2).
    expect(productAfter('多联机', false)).toBe(true);
    expect(productAfter('空调除外', false)).toBe(false);
  });

  it('not a word that turns the name round, a long sentence, or another ending', () => {
    for (const rest of ['却', '空调除外', '机不适用', '机组不在范围内的其他', 'a'])
      expect(productAfter(rest, true), rest).toBe(false);
    expect(productAfter('unit', false)).toBe(false);
    expect(productAfter(' units only', false)).toBe(false);
    expect(productAfter(' compressor failed', false)).toBe(false);
  });
});
