/**
 * The reading of specimen columns numbered after the indicator's name (newcomer-38 W1, M5, M6) and of a report's
 * particulars above the header, cell by cell: which forms are read, and which are left as written.
 */
import { describe, expect, it } from 'vitest';
import { numberedCell } from '../../src/input/numbered-cell';
import { numberedSpecimens, numbersUnder } from '../../src/input/numbered-specimens';
import { isParticulars } from '../../src/input/particulars-cell';

// 透光率 takes several specimens, 厚度 one value; 透光率1 is, in this rule set, a column of its own.
const specimensOf = (t: string) => (t === '透光率' || t === '透光率(%)' ? 'transmittance' : undefined);
const names = (t: string) => ['透光率', '透光率(%)', '厚度', '样品编号'].includes(t);

describe('numberedCell', () => {
  it.each([
    ['透光率1', '透光率', 1],
    ['透光率 2', '透光率', 2],
    ['透光率-3', '透光率', 3],
    ['透光率_4', '透光率', 4],
    ['透光率#5', '透光率', 5],
    ['透光率①', '透光率', 1],
    ['透光率１', '透光率', 1],
    ['透光率12', '透光率', 12],
    ['透光率1(%)', '透光率(%)', 1],
    ['透光率2（%）', '透光率(%)', 2],
    ['透光率 3/%', '透光率/%', 3],
    ['冲击吸收能量 KV2-1', '冲击吸收能量 KV2', 1],
  ])('%s is %s, specimen %d', (cell, name, number) => {
    expect(numberedCell(cell)).toEqual({ name, number });
  });

  it.each([['样品编号'], ['1'], ['(1)'], ['透光率(%)'], ['透光率 (1)'], ['透光率123']])(
    '%s numbers no specimen',
    (cell) => {
      expect(numberedCell(cell)).toBeUndefined();
    },
  );

  it('a name ending in a digit needs a separator: KV21 is KV 21, not KV2 1', () => {
    expect(numberedCell('冲击吸收能量 KV21')).toEqual({ name: '冲击吸收能量 KV', number: 21 });
  });
});

describe('numberedSpecimens', () => {
  const read = (cells: string[]) =>
    [...numberedSpecimens(cells, specimensOf, names)].map(([col, s]) => [col, s.name, s.number]);

  it('a run numbered from 1 after one name, that name an indicator taking specimens', () => {
    expect(read(['样品编号', '透光率1(%)', '透光率2(%)', '透光率3(%)', '厚度'])).toEqual([
      [1, '透光率(%)', 1],
      [2, '透光率(%)', 2],
      [3, '透光率(%)', 3],
    ]);
  });

  it('two runs of one indicator side by side are each read from 1', () => {
    expect(read(['透光率1', '透光率2', '透光率1', '透光率2']).map(([col, , n]) => [col, n])).toEqual([
      [0, 1],
      [1, 2],
      [2, 1],
      [3, 2],
    ]);
  });

  it.each([
    ['one column alone', ['样品编号', '透光率1', '厚度']],
    ['not from 1', ['透光率2', '透光率3']],
    ['out of order', ['透光率1', '透光率3']],
    ['not adjacent', ['透光率1', '厚度', '透光率2']],
    ['two names', ['透光率1', '透光率2(%)']],
    ['an indicator taking one value', ['厚度1', '厚度2']],
    ['a name no indicator has', ['外观1', '外观2']],
  ])('%s: none', (_, cells) => {
    expect(read(cells)).toEqual([]);
  });

  it('a cell that names a column as it stands is read so, and breaks the run', () => {
    const own = (t: string) => names(t) || t === '透光率2';
    expect(numberedSpecimens(['透光率1', '透光率2', '透光率3'], specimensOf, own).size).toBe(0);
  });

  it('numbersUnder: the run must start at the heading and reach its last column', () => {
    const numbered = numberedSpecimens(['', '透光率1', '透光率2', '透光率3'], specimensOf, names);
    expect(numbersUnder(numbered, 1, 3, 'transmittance')).toBe(true);
    expect(numbersUnder(numbered, 1, 2, 'transmittance')).toBe(true);
    expect(numbersUnder(numbered, 0, 3, 'transmittance')).toBe(false);
    expect(numbersUnder(numbered, 2, 3, 'transmittance')).toBe(false);
    expect(numbersUnder(numbered, 1, 3, 'other')).toBe(false);
    expect(numbersUnder(numbered, 1, 1, 'transmittance')).toBe(false);
  });
});

describe('isParticulars', () => {
  it.each(['报告编号：BL-2026-1130', '检验日期：2026-11-30', '委托单位: 甲玻璃', 'Report No.: 1130'])(
    '%s is a report particular',
    (text) => {
      expect(isParticulars(text)).toBe(true);
    },
  );
  it.each([
    '化学成分（单位：ppm）',
    '单位：kW',
    '计量单位：mm',
    'Unit: kW',
    '性能指标：',
    '力学性能',
    '透光率(%)',
  ])('%s is not', (text) => {
    expect(isParticulars(text)).toBe(false);
  });
});
