/**
 * isKnownUnit answers a text with three digits in a row (a sample id, `AC-0000001`) without folding it: no unit of
 * the tables is spelled with one. The answers must be the folded reading's, for ids and for units with digits alike.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { remarkUnit } from '../../src/input/remark-units';
import { isKnownUnit, unitKey } from '../../src/input/units';

describe('isKnownUnit on texts with digits', () => {
  it('sample ids and numbers are no units', () => {
    for (const text of ['AC-0000001', 'KFR-3500GW', '1000', 'GB21455-2019', '１２３kW', 'kW 100'])
      expect(isKnownUnit(text)).toBe(false);
  });

  it('units spelled with a digit or two are still units', () => {
    for (const text of ['m3', 'mm2', 'N/mm2', 'kg/m3', 'm3/cycle', 'mm²', 'dB(A)', 'Btu/h', 'kW'])
      expect(isKnownUnit(text)).toBe(true);
    // A digit run joined only by the folding (full-width digits, spaces) is left to the folding, not guessed.
    expect(unitKey('m 3')).toBe(unitKey('m3'));
    expect(isKnownUnit('m 3')).toBe(true);
  });

  it('an id column is read as no remark stating a unit, a unit alone still is', async () => {
    const { indicators } = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    expect(remarkUnit('AC-0000001', indicators)).toBeUndefined();
    expect(remarkUnit('Btu/h', indicators)?.indicator.name).toBe('ratedCoolingCapacity');
  });
});
