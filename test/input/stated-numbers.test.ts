/**
 * The numbers a remark gives for a number indicator with a default (statedNumbers, hostile-31 W7): by its Chinese
 * name with 含…量 round it, its chemical symbol (case as written), its English word; not a limit, a name with no
 * figure, or a symbol before a bare whole number.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { differsFromDefault, numberNames, statedNumbers } from '../../src/input/stated-numbers';

const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
const names = numberNames(rebar.indicators)!;

function stated(cell: string) {
  return statedNumbers(cell, names).map((s) => [s.indicator.name, s.value, s.unit ?? null]);
}

describe('statedNumbers', () => {
  it('only the defaulted number indicators are named', async () => {
    expect(names.indicators.map((i) => i.name).sort()).toEqual(
      ['chromium', 'copper', 'molybdenum', 'nickel', 'nitrogen', 'vanadium'].sort(),
    );
    const ac = numberNames((await loadRuleSet('home-appliances/room-air-conditioner-energy')).indicators);
    expect(ac).toBeUndefined();
  });

  it('a name, symbol or word before a figure, with or without a unit', () => {
    for (const cell of [
      '氮 0.015',
      'N：0.015',
      'N 0.015',
      'N0.015',
      '[N]=0.015',
      '氮含量 0.015',
      'N 0.015 (复验)',
    ])
      expect(stated(cell), cell).toEqual([['nitrogen', 0.015, null]]);
    for (const cell of [
      'N=0.015%',
      '含氮量0.015%',
      'Nitrogen 0.015%',
      'NITROGEN 0.015%',
      'nitrogen content 0.015 ％',
    ])
      expect(stated(cell), cell).toEqual([['nitrogen', 0.015, '%']]);
    expect(stated('氮 150ppm')).toEqual([['nitrogen', 150, 'ppm']]);
    expect(stated('nitrogen: 150 ppm')).toEqual([['nitrogen', 150, 'ppm']]);
    expect(stated('Cu 0.4 Ni 0.3')).toEqual([
      ['copper', 0.4, null],
      ['nickel', 0.3, null],
    ]);
    expect(stated('钒0.12%')).toEqual([['vanadium', 0.12, '%']]);
  });

  it('none: a limit, no figure, a symbol before a whole number, another element, a symbol in a word', () => {
    for (const cell of [
      '氮≤0.012',
      'N<0.012',
      '氮未检',
      '钒氮合金化',
      '含V',
      'N 2',
      'Mn 1.38',
      'Ceq=0.60',
      'No. 0.5',
      'HRB400E',
      '加氮0.015',
    ])
      expect(stated(cell), cell).toEqual([]);
  });

  it('the default is let be; another unit differs unless 0', () => {
    const [zero] = statedNumbers('氮 0', names);
    expect(differsFromDefault(zero!)).toBe(false);
    expect(differsFromDefault(statedNumbers('氮 0.015', names)[0]!)).toBe(true);
    expect(differsFromDefault(statedNumbers('氮 0 ppm', names)[0]!)).toBe(false);
    expect(differsFromDefault(statedNumbers('氮 150ppm', names)[0]!)).toBe(true);
  });
});
