import { describe, expect, it } from 'vitest';
import { KnownUnits } from '../../src/input/units';
import { unitsRow } from '../../src/input/units-row';
import type { IndicatorInfo } from '../../src/resolve/rule-set';

const info = (
  name: string,
  type: IndicatorInfo['type'],
  extra: Partial<IndicatorInfo> = {},
): IndicatorInfo => ({
  name,
  type,
  label: { zh: name, en: name },
  required: true,
  specimens: 0,
  ...extra,
});
const setting = info('setting', 'number', { unit: 'min' });
const strength = info('strength', 'number', { unit: 'MPa' });
const cls = info('cls', 'enum', { values: ['A', 'B'] });
const cooled = info('cooled', 'boolean');
const COLUMNS = [undefined, strength, setting];
const HEADERS = ['id', '强度', '初凝'];
const read = (cells: string[], columns: (IndicatorInfo | undefined)[] = COLUMNS) =>
  unitsRow(cells, HEADERS, columns, new KnownUnits(columns.filter((c) => c !== undefined)));

describe('unitsRow', () => {
  it('a row of units none of which is its indicator’s is a units row, each unit a mismatch', () => {
    const row = read(['', 'kN', 'h']);
    expect(row?.units).toEqual(['kN', 'h']);
    expect(row?.mismatches.map((m) => [m.column, m.written, m.indicator.name])).toEqual([
      [1, 'kN', 'strength'],
      [2, 'h', 'setting'],
    ]);
  });

  it('hours, minutes and seconds written out are those units: 分钟 is min, 小时 and hr are h', () => {
    expect(read(['', 'MPa', '分钟'])?.mismatches).toEqual([]);
    expect(read(['', 'MPa', '小时'])?.mismatches.map((m) => m.written)).toEqual(['小时']);
    expect(read(['', '-', 'hr'])?.mismatches.map((m) => m.written)).toEqual(['hr']);
    expect(read(['', '', '(s)'])?.mismatches.map((m) => m.written)).toEqual(['s']);
  });

  it('is no units row with a number, a word, or nothing but dashes', () => {
    expect(read(['1', 'MPa', 'min'])).toBeUndefined();
    expect(read(['', '见附表', 'h'])).toBeUndefined();
    expect(read(['', '-', '/'])).toBeUndefined();
  });

  it('a letter under an enum or boolean column is its value, not a unit: a record', () => {
    expect(read(['', 'A', 'h'], [undefined, cls, setting])).toBeUndefined();
    expect(read(['', 'N', 'h'], [undefined, cooled, setting])).toBeUndefined();
  });

  it('a count word (个, 件) under a count with no unit is no unit there: the row is units (studio-20 F2)', () => {
    const bubbles = info('bubbles', 'integer');
    const row = read(['', 'MPa', '个'], [undefined, strength, bubbles]);
    expect(row?.units).toEqual(['MPa']);
    expect(row?.mismatches).toEqual([]);
    // A count word alone does not make a row units; under a quantity in MPa 个 is no unit: a record, as before.
    expect(read(['', '', '件'], [undefined, strength, bubbles])).toBeUndefined();
    expect(read(['', '个', 'min'])).toBeUndefined();
  });
});
