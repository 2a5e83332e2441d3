/**
 * isKnownUnit answers a text with three digits in a row (a sample id, `AC-0000001`) without folding it: no unit of
 * the tables is spelled with one. The answers must be the folded reading's, for ids and for units with digits alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { idStatesNoUnit, remarkUnit } from '../../src/input/remark-units';
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

describe('idStatesNoUnit', () => {
  it('lets AC ids go and leaves units, `unit` and other shapes to remarkUnit', () => {
    for (const id of ['AC-0000001', 'KFR-3500GW', 'GB21455-2019', 'x000', '000'])
      expect(idStatesNoUnit(id), id).toBe(true);
    for (const cell of [
      '',
      'AC-01',
      'kW',
      'Btu/h',
      'AC 0000001',
      'UNIT-000',
      'x-unit000',
      'AC_000',
      'ＡＣ000',
      '[000]',
    ])
      expect(idStatesNoUnit(cell), cell).toBe(false);
  });

  it('never lets go a cell remarkUnit reads a unit in', async () => {
    const { indicators } = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    // Cells of the id shape from units, `unit`, letters and digits: where remarkUnit may read something.
    const part = fc.oneof(
      fc.constantFrom('Btu', 'h', 'kW', 'W', 'unit', 'Unit', 'UNITS', 'kcal', 'HP', 'RT', 'in', 'm3'),
      fc.stringMatching(/^[A-Za-z0-9]{1,5}$/),
      fc.constantFrom('000', '0000001', '12', 'AC'),
    );
    let letGo = 0;
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', '-'),
        (parts, joint) => {
          const cell = parts.join(joint);
          if (!idStatesNoUnit(cell)) return;
          letGo++;
          expect(remarkUnit(cell, indicators), cell).toBeUndefined();
        },
      ),
      { numRuns: 3000 },
    );
    expect(letGo).toBeGreaterThan(100);
  });
});
