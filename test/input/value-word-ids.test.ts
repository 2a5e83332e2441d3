/**
 * The id precheck in front of the remark readings (idSaysNothing): where it says a cell says nothing, remarkWord
 * finds nothing in it, for every bundled rule set's words, on ids and on cells made of the rule set's own words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_TEXTS } from '../../src/bundled/bundled-rule-texts';
import { loadRuleSet } from '../../src/index';
import { remarkWord } from '../../src/input/remark-clauses';
import { silentCells } from '../../src/input/silent-cells';
import { idSaysNothing } from '../../src/input/value-word-ids';
import { valueWords } from '../../src/input/value-words';

const ANY = () => true;

describe('idSaysNothing', () => {
  it('lets AC ids go and leaves words, codes and other shapes to the readings', async () => {
    const words = valueWords((await loadRuleSet('home-appliances/room-air-conditioner-energy')).indicators)!;
    for (const id of ['AC-0000001', 'AC-9999999', 'KFR35GW', 'Q1'])
      expect(idSaysNothing(id, words), id).toBe(true);
    // Words and codes (split, T3), a code's first letter (t), a name before a hyphen (climate-T3), and shapes
    // other than letters and digits joined by single hyphens: the readings decide.
    for (const cell of [
      'split',
      'T3',
      'TCL-001',
      'climate-T3',
      'no-1',
      '1AC',
      '-AC1',
      'AC1-',
      'AC--1',
      'AC 1',
      'AC.1',
      '',
      'ＡＣ1',
      'AC_1',
    ])
      expect(idSaysNothing(cell, words), cell).toBe(false);
    expect(remarkWord('climate-T3', words, ANY)).toBeDefined();
  });

  it('answers as the readings do through silentCells, on a column of ids', async () => {
    const words = valueWords((await loadRuleSet('home-appliances/room-air-conditioner-energy')).indicators)!;
    const read = silentCells(words);
    for (let i = 0; i < 200; i++) {
      const cell = `AC-${String(i).padStart(7, '0')}`;
      expect(read(cell, ANY)).toBe(remarkWord(cell, words, ANY));
    }
    expect(read('T3', ANY)?.word.value).toBe('T3');
  });

  it.each(Object.keys(BUNDLED_RULE_TEXTS))('never lets go a cell a reading takes, for %s', async (id) => {
    const words = valueWords((await loadRuleSet(id)).indicators);
    if (!words) return;
    // Cells of the id shape made of the rule set's own words, names and codes (their ASCII letters and digits),
    // single letters and digits, and hyphens: where a reading may find something.
    const own = [...words.byWord.keys(), ...words.names.keys(), ...words.codes.keys()].flatMap((w) =>
      w.split(/[^A-Za-z0-9]+/).filter((p) => p !== ''),
    );
    const part = fc.oneof(
      ...(own.length > 0
        ? [fc.constantFrom(...own), fc.constantFrom(...own).map((w) => w.toUpperCase())]
        : []),
      fc.stringMatching(/^[A-Za-z0-9]{1,4}$/),
      fc.constantFrom('AC', 'KFR', '0000001', 'no', 'n', 'not', 'non', 'T1', 'T3', 'ac', 'x', 'y'),
    );
    let let_go = 0;
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.boolean(), (parts, joined) => {
        const cell = parts.join(joined ? '-' : '');
        if (!idSaysNothing(cell, words)) return;
        let_go++;
        expect(remarkWord(cell, words, ANY), cell).toBeUndefined();
      }),
      { numRuns: 1500 },
    );
    // Where the rule set has no event or veto to note, some cells were let go and so checked.
    if (words.events.size === 0 && !words.veto) expect(let_go).toBeGreaterThan(0);
  });
});
