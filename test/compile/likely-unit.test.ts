import { describe, expect, it } from 'vitest';
import { likelyUnit } from '../../src/compile/likely-unit';
import { readBand } from '../../src/syntax/read-band';

const band = (text: string) => {
  const read = readBand(text);
  if (!read || 'problem' in read) throw new Error(`not a band: ${text}`);
  return read.band;
};

describe('likelyUnit: the unit a value outside the plausible band was written in', () => {
  it.each([
    ['W', 7.2, '≥ 1000', 'kW'], // kW under a W header (standards-26 F2)
    ['W', 100, '≥ 1000', 'kW'], // exactly a tenth of the bound
    ['kW', 3500, '[1, 20]', 'W'], // W under a kW header
    ['mm', 0.012, '[5, 50]', 'm'], // 12 mm written in metres
    ['MPa', 0.42, '[100, 1000]', 'GPa'],
    ['kg', 2500, '[0.5, 10]', 'g'],
    ['kWh', 0.35, '[100, 1000]', 'MWh'],
  ])('%s, %d outside %s → %s', (unit, value, text, expected) => {
    expect(likelyUnit(unit, value, band(text))).toBe(expected);
  });

  it.each([
    ['W', 999.9, '≥ 1000'], // a near miss: a figure to check, not 999.9 kW
    ['W', 100.1, '≥ 1000'], // just under a factor of 10 off
    ['W', 0.5, '[1000, 14000]'], // 500 W is outside too
    ['kW', 25, '[1, 20]'], // above, but only 1.25 times the bound
    ['%', 0.05, '[1, 100]'], // no prefix to change
    ['min', 0.1, '[45, 600]'],
    ['dB(A)', 0.04, '[20, 80]'],
    ['W', -5, '≥ 1000'],
  ])('%s %d under %s: no unit named', (unit, value, text) => {
    expect(likelyUnit(unit, value, band(text))).toBeUndefined();
  });
});
