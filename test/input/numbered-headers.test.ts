import { describe, expect, it } from 'vitest';
import { numberedHeaders } from '../../src/input/numbered-headers';
import { isDimensionless, isRatioKey, perWhole } from '../../src/input/units';

describe('a figure with no unit (newcomer-38 W2)', () => {
  it('无量纲, 量纲一, 1 and a dash are no unit; %, 1000 and a word are not', () => {
    for (const text of ['无量纲', '量纲一', '无单位', '1', '１', '-', '—', '－', ' 无量纲 '])
      expect(isDimensionless(text), text).toBe(true);
    for (const text of ['%', '10', '1%', 'mm', '无', '']) expect(isDimensionless(text), text).toBe(false);
    expect(isRatioKey('1')).toBe(true);
    expect(perWhole('%')).toBe(100);
    expect(perWhole('‰')).toBe(1000);
    expect(perWhole('mm')).toBeUndefined();
  });

  it('透光率(1) beside 透光率(2) numbers a run; alone it is the unit one', () => {
    expect([...numberedHeaders(['透光率(1)', '透光率（2）', '厚度(1)', '样品编号'])]).toEqual([
      '透光率(1)',
      '透光率（2）',
    ]);
    expect(numberedHeaders(['透光率(1)', '厚度(mm)']).size).toBe(0);
    // The same header twice (a merged cell copied) is no run.
    expect(numberedHeaders(['透光率(1)', '透光率(1)']).size).toBe(0);
  });
});
