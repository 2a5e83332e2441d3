/**
 * Words in a number cell get the word message, not a code point (hostile-25 M6): a one-character word (缺, 空,
 * 略), a word with the value in brackets (不合格（6.0）, 未检(6.0): the number is not read), a number with a remark
 * after it (6.0（超标）); in a yes/no cell, `风冷式=否`.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { convertCell } from '../../src/input/convert-value';

const cement = await loadRuleSet('building-materials/common-portland-cement');
const loi = cement.indicators.find((i) => i.name === 'lossOnIgnition')!;
const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const airCooled = ac.indicators.find((i) => i.name === 'airCooled')!;
const message = (text: string, ind = loi) => convertCell(text, ind)?.error?.message;

describe('words in a number cell (hostile-25 M6)', () => {
  it.each(['缺', '空', '略'])('%s is a word, no code point, zh and en', (text) => {
    expect(message(text)).toEqual({
      zh: `烧失量 LOI 应为数值："${text}" 是文字，不是数值：请写数值（没有数值时请将单元格留空）`,
      en: `lossOnIgnition (Loss on ignition (LOI)) must be a number: "${text}" is a word, not a number: write the number (or leave the cell empty if there is none)`,
    });
  });

  it('〇, which looks like a zero, is still named by its code point', () => {
    expect(message('〇')?.en).toContain('(U+3007)');
  });

  it.each(['不合格（6.0）', '未检(6.0)', '未检 (6.0)'])(
    '%s: the number in brackets is not read, zh and en',
    (text) => {
      expect(message(text)).toEqual({
        zh: `烧失量 LOI 应为数值："${text}" 是文字，括号中的数值 6.0 不读取：如果它是测得值，请只写 6.0（没有数值时请将单元格留空）`,
        en: `lossOnIgnition (Loss on ignition (LOI)) must be a number: "${text}" is a word; the number in brackets, 6.0, is not read: if it is the measured value, write 6.0 alone (or leave the cell empty if there is none)`,
      });
    },
  );

  it('6.0（超标）: remove the remark and write 6.0, zh and en', () => {
    const m = message('6.0（超标）');
    expect(m?.en).toContain('has a unit or other text after it: remove "(超标)" and write 6.0');
    expect(m?.zh).toContain('请去掉“(超标)”，只写 6.0');
    expect(m?.en).not.toContain('U+');
  });

  it('the not-tested word 未检 alone is still read as an empty cell under an optional indicator', () => {
    expect(convertCell('未检', loi)).toBeUndefined();
  });
});

describe('words in a yes/no cell (hostile-25 M6)', () => {
  it('风冷式=否 gets no code point, zh and en', () => {
    const m = message('风冷式=否', airCooled);
    expect(m?.en).toMatch(/"风冷式=否" is not one of true\/false/);
    expect(m?.en).not.toContain('U+');
    expect(m?.zh).not.toContain('U+');
    expect(m?.zh).toMatch(/"风冷式=否" 不是 是\/否/);
  });
});
