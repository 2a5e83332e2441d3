import { describe, expect, it } from 'vitest';
import { isScaledUnit, scalePowers } from '../../src/input/scaled-unit';
import { titleUnit } from '../../src/input/title-line';
import { KnownUnits, perCycleOnly, unitKey } from '../../src/input/units';
import { bareUnitsLine, statedUnitLine, unitsRow } from '../../src/input/units-row';
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

  it('hostile-20 M5: per cent by mass is %; ppm, mg/kg, ×10⁻⁶ and kgf/mm² are other units; 是/否 under a yes/no column is a hint', () => {
    const carbon = info('carbon', 'number', { unit: '%' });
    const columns = [undefined, strength, carbon, cooled];
    const units = (cells: string[]) => read(cells, columns);
    for (const written of ['wt%', 'wt.%', 'mass%', '%(m/m)', 'ｗｔ％'])
      expect(units(['', 'MPa', written, ''])?.mismatches).toEqual([]);
    for (const written of ['ppm', 'mg/kg', 'μg/g', '×10⁻⁶', 'x10^-6'])
      expect(units(['', 'MPa', written, ''])?.mismatches.map((m) => m.indicator.name)).toEqual(['carbon']);
    expect(units(['', 'kgf/mm²', '%', ''])?.mismatches.map((m) => m.indicator.name)).toEqual(['strength']);
    for (const hint of ['是/否', '合格/不合格', 'Y/N', '有或无'])
      expect(units(['', 'MPa', '%', hint])?.units).toEqual(['MPa', '%']);
    // One answer is a record's value; both answers alone make no units row.
    expect(units(['', 'MPa', '%', '是'])).toBeUndefined();
    expect(units(['', '', '', '是/否'])).toBeUndefined();
    // Under a column that is not yes/no, 是/否 is no unit: a record, as before.
    expect(units(['', 'MPa', '是/否', ''])).toBeUndefined();
  });

  it('newcomer-21 F1: W/W or Wh/Wh under a ratio with no unit (APF) is a unit: the row is units, no mismatch', () => {
    const apf = info('apf', 'number');
    const capacity = info('capacity', 'number', { unit: 'W' });
    for (const ratio of ['W/W', 'Wh/Wh', 'W·h/W·h', 'W·h/(W·h)', 'kW⋅h/(kW⋅h)', 'W・h/W・h'])
      expect(read(['', 'W', ratio], [undefined, capacity, apf])).toEqual({
        units: ['W', ratio],
        mismatches: [],
      });
  });

  it('committee-38 F1: W·h/W, W.h/W and Wh/W (GB 21455’s way) are the ratio Wh/Wh: a units row, no mismatch', () => {
    const apf = info('apf', 'number');
    const capacity = info('capacity', 'number', { unit: 'W' });
    for (const ratio of ['W·h/W', 'W.h/W', 'Wh/W', 'W・h/W', 'W.h/(W.h)']) {
      expect(unitKey(ratio), ratio).toBe('Wh/Wh');
      expect(read(['', 'W', ratio], [undefined, capacity, apf])).toEqual({
        units: ['W', ratio],
        mismatches: [],
      });
    }
    // Under an indicator declaring a ratio, any ratio is its unit; a unit that is no ratio is another.
    const seer = info('seer', 'number', { unit: 'W·h/(W·h)' });
    expect(read(['', 'W', 'W/W'], [undefined, capacity, seer])?.mismatches).toEqual([]);
    expect(read(['', 'W', 'kW'], [undefined, capacity, seer])?.mismatches.map((m) => m.written)).toEqual([
      'kW',
    ]);
    // Hours are no ratio: kWh/kW stays another unit.
    expect(unitKey('kWh/kW')).toBe('kWh/kW');
  });

  it('committee-38 F1: one cell that is no unit known among two units or more is a mismatch, unknown; else a record', () => {
    const apf = info('apf', 'number');
    const capacity = info('capacity', 'number', { unit: 'W' });
    const noise = info('noise', 'number', { unit: 'dB(A)' });
    const columns = [undefined, capacity, apf, noise];
    const row = read(['', 'W', 'Btu/Wh', 'dB(A)'], columns);
    expect(row?.units).toEqual(['W', 'dB(A)']);
    expect(row?.mismatches.map((m) => [m.column, m.written, m.indicator.name, m.unknown])).toEqual([
      [2, 'Btu/Wh', 'apf', true],
    ]);
    // A sample id, two unknown cells, or only one unit beside it: a record, as before.
    expect(read(['S1', 'W', 'Btu/Wh', 'dB(A)'], columns)).toBeUndefined();
    expect(read(['', 'W', 'Btu/Wh', 'foo'], columns)).toBeUndefined();
    expect(read(['', 'W', 'Btu/Wh', ''], columns)).toBeUndefined();
    // `单位` where the id goes says the row holds units.
    expect(read(['单位', 'W', 'Btu/Wh', 'dB(A)'], columns)?.mismatches).toHaveLength(1);
    // Under an enum or a yes/no column a text is a value: a record.
    expect(read(['', 'W', 'dB(A)', '', 'x'], [...columns, cooled])).toBeUndefined();
  });

  it('newcomer-38 W2: 无量纲 under % is another unit; under a ratio with no unit it is the indicator’s', () => {
    const share = info('trans', 'number', { unit: '%' });
    const apf = info('apf', 'number');
    expect(
      read(['', 'MPa', '无量纲'], [undefined, strength, share])?.mismatches.map((m) => m.written),
    ).toEqual(['无量纲']);
    expect(read(['', 'MPa', '无量纲'], [undefined, strength, apf])).toEqual({
      units: ['MPa', '无量纲'],
      mismatches: [],
    });
    // A dash in a units row still says "no unit here", as Chinese tables write one under any column.
    expect(read(['', 'MPa', '—'], [undefined, strength, share])?.mismatches).toEqual([]);
  });

  it('committee-22 F2: a product’s dot and a bracketed denominator are the unit written without them', () => {
    expect(unitKey('W·h/(W·h)')).toBe('Wh/Wh');
    expect(unitKey('kW·h')).toBe('kWh');
    expect(unitKey('kW ⋅ h')).toBe('kWh');
    // A bracket that is the unit's own stays: dB(A) is not dB/A.
    expect(unitKey('dB(A)')).toBe('dB(A)');
    expect(unitKey('mg/(kg·d)')).toBe('mg/kgd');
    // A unit with a declared dot and one without are one unit: no mismatch between `kWh` and `kW·h`.
    const energy = info('energy', 'number', { unit: 'kW·h' });
    expect(read(['', 'kWh'], [undefined, energy])).toEqual({ units: ['kWh'], mismatches: [] });
  });
});

describe('units rows a score sheet or a specimen header writes (newcomer-24 F1, committee-24 F1, hostile-24 W12)', () => {
  const score = info('score', 'number');
  const energy = info('energy', 'number', { unit: 'J', specimens: 3 });
  it('`分` under a score with no unit is a units row, also alone; under an indicator with a unit it is none', () => {
    expect(read(['', '分', '%'], [undefined, score, info('eff', 'number', { unit: '%' })])?.units).toEqual([
      '分',
      '%',
    ]);
    expect(read(['', '分'], [undefined, score])?.units).toEqual(['分']);
    expect(read(['', '分'], [undefined, strength])).toBeUndefined();
  });

  it('specimen numbers 1/2/3 under the three columns of one indicator do not make a units row a record', () => {
    const columns = [undefined, strength, energy, energy, energy];
    expect(read(['', 'MPa', '1', '2', '3'], columns)?.units).toEqual(['MPa']);
    // Measured values there (or numbers out of order) are a record's.
    expect(read(['', 'MPa', '38', '36', '32'], columns)).toBeUndefined();
    expect(read(['', 'MPa', '2', '1', '3'], columns)).toBeUndefined();
    // Under one column, `1` is a value.
    expect(read(['', 'MPa', '1'], [undefined, strength, strength])).toBeUndefined();
  });

  it('bareUnitsLine: a line with text only under indicator columns; a sample id makes it a record', () => {
    expect(bareUnitsLine(['', 'kN', 'h'], COLUMNS)).toBe(true);
    expect(bareUnitsLine(['S2', 'kN', 'h'], COLUMNS)).toBe(false);
    expect(bareUnitsLine(['', '', ''], COLUMNS)).toBe(false);
  });
});

// hostile-26: a scaled unit stated on its own line was no unit (`单位：x10^3 W` not read; `×10³W` shown as `×103W`).
describe('statedUnitLine and titleUnit: a scaled unit', () => {
  it.each([
    [['单位：×1000W', '', ''], '×1000W'],
    [['单位：×10³W'], '×10^3W'],
    [['Unit: x10^3 W', ''], 'x10^3 W'],
    [['', '（单位：×10⁻³ kW）'], '×10^-3 kW'],
    [['单位：kW'], 'kW'],
    [['单位：×10⁻⁶'], '×10^-6'],
  ])('%j states %s', (cells, unit) => {
    expect(statedUnitLine(cells)).toBe(unit);
    expect(titleUnit(cells)).toBe(unit);
  });

  it('a scale on a unit is scaled; a unit, a power of ten alone or a word is not', () => {
    for (const unit of ['×1000W', '×10^3W', 'x10^3 W', '*1000 W', '×10^-3 kW', '×10³W'])
      expect(isScaledUnit(unit), unit).toBe(true);
    // hostile-27 M5: a power of ten with no sign, and a scale after the unit.
    for (const unit of ['10^3W', '10^3 W', 'W×1000', 'W×10^3', 'kW*10', 'W x 1000'])
      expect(isScaledUnit(unit), unit).toBe(true);
    for (const unit of ['kW', '×10^-6', '10³', 'xW', '×100', '10^-6', 'W×', 'Wx', 'max', 'W×100kg'])
      expect(isScaledUnit(unit), unit).toBe(false);
  });

  it('scalePowers writes a superscript power after a scale sign, or before a unit (hostile-27 M3)', () => {
    expect(scalePowers('10³ W')).toBe('10^3 W');
    expect(scalePowers('（10³W）')).toBe('（10^3W）');
    expect(scalePowers('m10³ W')).toBe('m10³ W');
    expect(scalePowers('单位：×10³W')).toBe('单位：×10^3W');
    expect(scalePowers('×10⁻⁶')).toBe('×10^-6');
    expect(scalePowers('kgf/mm²')).toBe('kgf/mm²');
    expect(scalePowers('10³')).toBe('10³');
  });
});

describe('units per cycle and units written in Chinese (newcomer-27 W1, M6, F1)', () => {
  const energy = info('energy', 'number', { unit: 'kWh/cycle' });
  const water = info('water', 'number', { unit: 'L/cycle' });
  const capacity = info('capacity', 'number', { unit: 'kg' });
  const noise = info('noise', 'number', { unit: 'dB(A)' });
  const units = new KnownUnits([energy, water, capacity, noise]);

  it('kW·h, kWh and 千瓦时 are one unit; 次 and 周期 are cycle after a slash; 升 is L', () => {
    for (const written of ['kWh/cycle', 'kW·h/次', '千瓦时/次', 'kwh/cycle', 'kWh/周期', '千瓦·时/次'])
      expect([written, unitKey(written)]).toEqual([written, 'kWh/cycle']);
    expect(unitKey('升/次')).toBe('L/cycle');
    expect(unitKey('m³/次')).toBe('m3/cycle');
    // Each part read as it is alone: `N/平方毫米` is N/mm², which is MPa.
    expect(unitKey('N/平方毫米')).toBe('MPa');
    expect(unitKey('次')).toBe('次');
  });

  it('the same unit is read; another numerator per cycle (m3, Wh) or no cycle (kWh) is another unit', () => {
    expect(units.compare('kW·h/次', energy)).toBe('same');
    expect(units.compare('升/次', water)).toBe('same');
    expect(units.compare('m3/cycle', water)).toBe('other');
    expect(units.compare('Wh', energy)).toBe('other');
    expect(units.compare('Wh/次', energy)).toBe('other');
    expect(units.compare('kWh', energy)).toBe('other');
    // A numerator no table knows, per cycle, is not known as a unit here (close-columns looks at it).
    expect(units.key('加仑/次')).toBeUndefined();
  });

  it('perCycleOnly: kWh and kWh/cycle differ only in the cycle; Wh and kWh/cycle, or m3 and L/cycle, in more', () => {
    expect(perCycleOnly('kW·h', 'kWh/cycle')).toBe(true);
    expect(perCycleOnly('千瓦时/次', 'kWh')).toBe(true);
    expect(perCycleOnly('Wh', 'kWh/cycle')).toBe(false);
    expect(perCycleOnly('m3', 'L/cycle')).toBe(false);
    expect(perCycleOnly('kWh/cycle', 'kWh/cycle')).toBe(false);
  });

  it('a units row in Chinese words (公斤, 千瓦时/次, 升/次) is a units row in the indicators’ units', () => {
    const columns = [undefined, capacity, energy, water, noise];
    const headers = ['样品编号', '额定洗涤容量', '耗电量', '用水量', '洗涤噪声'];
    const row = unitsRow(['', '公斤', '千瓦时/次', '升/次', 'dB(A)'], headers, columns, units);
    expect(row?.units).toEqual(['公斤', '千瓦时/次', '升/次', 'dB(A)']);
    expect(row?.mismatches).toEqual([]);
    // 分贝 is dB, not the A-weighted dB(A); 立方米/次 is m³ per cycle, not L.
    const other = unitsRow(['', 'kg', 'kWh/次', '立方米/次', '分贝'], headers, columns, units);
    expect(other?.mismatches.map((m) => [m.column, m.written])).toEqual([
      [3, '立方米/次'],
      [4, '分贝'],
    ]);
    // A record is still a record.
    expect(unitsRow(['A1', '8', '0.85', '60', '53'], headers, columns, units)).toBeUndefined();
  });
});
