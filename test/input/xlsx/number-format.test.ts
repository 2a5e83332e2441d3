import { describe, expect, it } from 'vitest';
import { columnLetters, parseCellRef, parseRange } from '../../../src/input/xlsx/cell-address';
import { excelDateText } from '../../../src/input/xlsx/excel-date';
import { formatForValue, numberFormatInfo } from '../../../src/input/xlsx/number-format';
import { excelNumber, excelNumberText, percentShown } from '../../../src/input/xlsx/xlsx-cell';

describe('numberFormatInfo', () => {
  it.each([
    [0, undefined, 'number'],
    [2, undefined, 'number'], // 0.00
    [49, undefined, 'number'], // @ applied to a number
    [9, undefined, 'percent'], // 0%
    [10, undefined, 'percent'], // 0.00%
    [14, undefined, 'date'],
    [22, undefined, 'date'],
    [27, undefined, 'date'], // zh-CN yyyy"年"m"月"
    [31, undefined, 'date'], // zh-CN yyyy"年"m"月"d"日"
    [32, undefined, 'date'], // zh-CN h"时"mm"分"
    [46, undefined, 'date'], // [h]:mm:ss
    [58, undefined, 'date'],
    [164, '0.00%', 'percent'],
    [164, '0.0%;[Red]-0.0%', 'percent'],
    [164, '0.00"%"', 'number'], // a literal %, not ×100
    [164, '0.00\\%', 'number'],
    [164, '[$¥-804]#,##0.00', 'number'],
    [164, '0.00" mm"', 'number'], // the m inside quotes is text, not months
    [164, '#,##0.00_);[Red](#,##0.00)', 'number'],
    [164, 'General', 'number'],
    [164, 'yyyy"年"m"月"d"日"', 'date'],
    [164, 'yyyy/m/d h:mm', 'date'],
    [164, '[h]:mm', 'date'],
    [164, '[Red][<=100]0;0', 'number'],
    [164, '上午/下午h"时"mm"分"', 'date'],
  ])('format %i %j is a %s', (id, code, kind) => {
    expect(numberFormatInfo(id, code).kind).toBe(kind);
  });

  it.each([
    ['[>=0.5]0.0%;0.00', 0.2345, 'number'],
    ['[>=0.5]0.0%;0.00', 0.5, 'percent'],
    ['[<0.5]0.00;0.0%', 0.2345, 'number'],
    ['[<0.5]0.00;0.0%', 0.7, 'percent'],
    ['0.00;-0.00%', 0.05, 'number'],
    ['0.00;-0.00%', -0.05, 'percent'],
    ['0.00%;0.00', 0, 'percent'], // two sections: zero is the first's
    ['0.00%;0.00', -0.2, 'number'],
    ['0.00;0.00;0.00%', 0, 'percent'], // three: > 0; < 0; = 0
    ['0.00;0.00;0.00%', 1, 'number'],
    ['0.00;0.00%;0.00', -1, 'percent'],
    ['0.00;0.00;0.00;"%"@', 1, 'number'], // the fourth is for text
    ['[Red][>100]0.0%;[Blue][<-100]0.0%;0.00', 5, 'number'],
    ['[Red][>100]0.0%;[Blue][<-100]0.0%;0.00', -500, 'percent'],
    ['0.00";%";0.00%', 1, 'number'], // a quoted ; does not split
  ])('format %j shows %d as a %s', (code, value, kind) => {
    expect(formatForValue(numberFormatInfo(164, code), value).kind).toBe(kind);
  });

  it('keeps a format whose sections agree as one', () => {
    expect(numberFormatInfo(164, '0.0%;[Red]-0.0%')).toEqual({
      kind: 'percent',
      percentSigns: 1,
      decimals: 1,
    });
    expect(formatForValue(numberFormatInfo(164, '0%;0%%'), -1)).toEqual({
      kind: 'percent',
      percentSigns: 2,
      decimals: 0,
    });
  });

  // hostile-27 W3, M3: the literal text before the number, and a comma after it dividing by 1000.
  it.each([
    ['"<"0.0', '<', undefined, undefined],
    ['"BTU/h "0', 'BTU/h', undefined, undefined],
    ['0.0"(-)"', undefined, '(-)', undefined],
    ['0.0\\(\\-\\)', undefined, '(-)', undefined],
    ['0.0,"kW"', undefined, 'kW', 1],
    ['#,##0', undefined, undefined, undefined],
    ['#,##0,,', undefined, undefined, 2],
    ['"约"General', '约', undefined, undefined],
    ['[Red]0.00_)', undefined, undefined, undefined],
  ])('format %j shows %j before the number, %j after, thousands %j', (code, prefix, suffix, thousands) => {
    const info = numberFormatInfo(164, code);
    expect(info.kind).toBe('number');
    expect([info.prefix, info.suffix, info.thousands]).toEqual([prefix, suffix, thousands]);
  });

  it('counts the % signs, each ×100', () => {
    expect(numberFormatInfo(164, '0%%').percentSigns).toBe(2);
    expect(percentShown(0.000523, 2)).toBe(5.23);
  });

  // studio-45 item 3: the decimals a number format fixes, for a cell's written form (33 under `0.0` is 33.0).
  it.each([
    [1, undefined, 0], // 0
    [2, undefined, 2], // 0.00
    [3, undefined, 0], // #,##0
    [4, undefined, 2], // #,##0.00
    [0, undefined, undefined], // General
    [49, undefined, undefined], // @
    [164, '0.0', 1],
    [164, '0.000" mm"', 3],
    [164, '[$¥-804]#,##0.00', 2],
    [164, '#,##0.00_);[Red](#,##0.00)', 2],
    [164, 'General', undefined],
    [164, '0.00E+00', undefined], // scientific: shown otherwise
    [164, '0.0,"k"', undefined], // divided by 1000: another figure
  ])('format %i %j fixes %j decimals', (id, code, places) => {
    expect(numberFormatInfo(id, code).places).toBe(places);
  });

  it("sections fixing different decimals: each number gets its own section's", () => {
    const info = numberFormatInfo(164, '0.00;-0.0');
    expect(formatForValue(info, 3).places).toBe(2);
    expect(formatForValue(info, -3).places).toBe(1);
  });
});

describe('numbers at Excel precision', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [0.7 + 0.1, 0.8], // 0.7999999999999999
    [4.62, 4.62],
    [123456789012345.6, 123456789012346],
  ])('%d is %d', (stored, read) => {
    expect(excelNumber(stored)).toBe(read);
  });

  it('reads a number of 15 digits or fewer without rounding it, as rounding to 15 digits gives it back (developer-36 S1)', () => {
    // Short numbers skip toPrecision; each must read as toPrecision(15) reads it, and so must the long ones.
    const values = [
      1,
      -4.62,
      16383,
      0.001,
      1e21,
      1.5e-9,
      123456789012345,
      1234567890123456,
      0.1 + 0.2,
      1 / 3,
    ];
    for (let i = 0; i < 2000; i++) values.push((i * 7919.123) / 997, 10 ** ((i % 40) - 20) * (i + 0.5));
    for (const v of values) {
      expect(excelNumber(v)).toBe(Number(v.toPrecision(15)));
      expect(excelNumberText(v)).toBe(String(Number(v.toPrecision(15))));
    }
  });

  it.each([
    [0.0523, 1, 5.23],
    [0.175, 1, 17.5],
    [1.5e-9, 1, 1.5e-7],
    [-0.07, 1, -7],
  ])('%d shown with %i %% sign(s) is %d', (value, signs, shown) => {
    expect(percentShown(value, signs)).toBe(shown);
  });
});

describe('excelDateText', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [60, false, '1900-02-29'], // the day Excel counts and the calendar does not
    [61, false, '1900-03-01'],
    [45352, false, '2024-03-01'],
    [45352.5, false, '2024-03-01T12:00:00'],
    [45352.99999999, false, '2024-03-02'], // rounds to the second
    [0.25, false, '06:00:00'],
    [1, true, '1904-01-02'],
    [45352, true, '2028-03-02'],
  ])('%d (1904: %s) is %s', (serial, date1904, text) => {
    expect(excelDateText(serial, date1904)).toBe(text);
  });
});

describe('cell references', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s and back', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(parseCellRef(`${letters}7`)).toEqual({ col, row: 7 });
  });

  it('reads absolute references and ranges in either order, and refuses what is not one', () => {
    expect(parseCellRef('$B$7')).toEqual({ col: 1, row: 7 });
    expect(parseRange('C3:A1')).toEqual({ from: { col: 0, row: 1 }, to: { col: 2, row: 3 } });
    expect(parseRange('B2')).toEqual({ from: { col: 1, row: 2 }, to: { col: 1, row: 2 } });
    expect(parseCellRef('7B')).toBeUndefined();
    expect(parseRange('A1:')).toBeUndefined();
  });
});
