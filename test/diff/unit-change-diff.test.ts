/**
 * An indicator whose unit changed between editions (W → kW) has its limits
 * re-expressed in the new unit (`≤ 14000 W` → `≤ 14 kW`). Compared as bare
 * numbers they would read stricter or looser; they are `changed`, with a
 * note naming the unit change. Limits of other values keep their direction.
 */
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import type { DiffEntry } from '../../src/diff/rule-set-diff';
import { BASE, edit, ruleSet } from './base-rule-set';

function diffTo(text: string) {
  return diffRuleSets(ruleSet(BASE, 'a.yaml'), ruleSet(text, 'b.yaml'));
}

const NOTE = {
  zh: 'size 的单位由 W 改为 kW：不同单位的限值不比较宽严',
  en: 'the unit of size changed from W to kW: limits in two units are not compared as stricter or looser',
};

/** The base in kW: its unit, scope limit and the rows of the table keyed by it, converted. */
const IN_KW: [string, string][] = [
  ['unit: W,', 'unit: kW,'],
  ['"≤ 14000 W"', '"≤ 14 kW"'],
  ['["≤ 4500", 4.00, 5.00]', '["≤ 4.5", 4.00, 5.00]'],
  ['["(4500, 7100]", 3.50, 4.50]', '["(4.5, 7.1]", 3.50, 4.50]'],
  ['["(7100, 14000]", 3.00, ~]', '["(7.1, 14]", 3.00, ~]'],
];

const byKey = (entries: readonly DiffEntry[], key: string) => entries.find((e) => e.key === key);

describe('diffRuleSets: limits of an indicator whose unit changed', () => {
  it('a scope limit re-expressed in the new unit is changed, with the note, not stricter', () => {
    const diff = diffTo(edit(...IN_KW));
    expect(byKey(diff.entries, 'scope:size-in-scope:limit')).toMatchObject({
      direction: 'changed',
      before: '≤ 14000 W',
      after: '≤ 14 kW',
      note: NOTE,
    });
    expect(byKey(diff.entries, 'indicator:size:unit')).toMatchObject({
      direction: 'changed',
      before: 'W',
      after: 'kW',
    });
  });

  it('rows of a table keyed by it, removed and added as re-keyed, are changed with the note', () => {
    const diff = diffTo(edit(...IN_KW));
    const rows = diff.entries.filter((e) => e.table === 'limits');
    expect(rows.map((e) => [e.key, e.direction])).toEqual([
      ['row:limits[≤ 4500]', 'changed'],
      ['row:limits[(4500, 7100]]', 'changed'],
      ['row:limits[(7100, 14000]]', 'changed'],
      ['row:limits[≤ 4.5]', 'changed'],
      ['row:limits[(4.5, 7.1]]', 'changed'],
      ['row:limits[(7.1, 14]]', 'changed'],
    ]);
    for (const e of rows) expect(e.note).toEqual(NOTE);
    expect(diff.counts).toMatchObject({ stricter: 0, looser: 0 });
    // The message says the direction as the field does: no "stricter" or "looser" word left in it.
    for (const e of diff.entries) {
      expect(e.message.en).not.toMatch(/stricter|looser/);
      expect(e.message.zh).not.toMatch(/更严|更宽/);
    }
  });

  it('a cell of a table keyed by it, changed in a row whose key reads the same, is changed too', () => {
    const diff = diffTo(
      edit(
        ['unit: W,', 'unit: kW,'],
        ['"≤ 14000 W"', '"≤ 14 kW"'],
        ['["≤ 4500", 4.00, 5.00]', '["≤ 4500", 4.50, 5.00]'],
      ),
    );
    expect(byKey(diff.entries, 'cell:limits[≤ 4500][2]')).toMatchObject({
      direction: 'changed',
      before: '4.00',
      after: '4.50',
      note: NOTE,
    });
  });

  it('its range rewritten with the unit is changed with the note', () => {
    const diff = diffTo(
      edit(['unit: W, range: "> 0"', 'unit: kW, range: "(0, 20]"'], ['"≤ 14000 W"', '"≤ 14 kW"']),
    );
    expect(byKey(diff.entries, 'indicator:size:range')).toMatchObject({ direction: 'changed', note: NOTE });
  });

  it('limits of other indicators keep their direction and have no note', () => {
    const diff = diffTo(
      edit(...IN_KW, ['require: "≥ 2.0"', 'require: "≥ 2.5"'], ['- [b, 0.08]', '- [b, 0.06]']),
    );
    const floor = byKey(diff.entries, 'criterion:strength-floor:limit');
    expect(floor).toMatchObject({ direction: 'stricter', before: '≥ 2.0', after: '≥ 2.5' });
    expect(floor?.note).toBeUndefined();
    const cell = byKey(diff.entries, 'cell:maxima[b][impurity]');
    expect(cell).toMatchObject({ direction: 'stricter' });
    expect(cell?.note).toBeUndefined();
    expect(diff.counts).toMatchObject({ stricter: 2, looser: 0 });
  });

  it('without a unit change, the same limits keep their direction (the control)', () => {
    const diff = diffTo(
      edit(['"≤ 14000 W"', '"≤ 12000 W"'], ['["≤ 4500", 4.00, 5.00]', '["≤ 4500", 4.50, 5.00]']),
    );
    expect(byKey(diff.entries, 'scope:size-in-scope:limit')).toMatchObject({ direction: 'stricter' });
    expect(byKey(diff.entries, 'scope:size-in-scope:limit')?.note).toBeUndefined();
    expect(byKey(diff.entries, 'cell:limits[≤ 4500][2]')).toMatchObject({ direction: 'stricter' });
  });
});
