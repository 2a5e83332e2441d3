/**
 * An indicator whose unit changed between editions (W → kW) has its limits
 * re-expressed in the new unit (`≤ 14000 W` → `≤ 14 kW`). Compared as bare
 * numbers they would read stricter or looser. Units of qgrade's table that
 * convert (W and kW, min and h) compare A's limit converted: the same limit
 * has no direction ("the same limit in a new unit", committee-27 M1); other
 * unit changes, and the rows of a table keyed by it that are not the same bands
 * converted, are `changed`, with a note naming the unit change. Limits of other values keep their direction.
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

/** The note on a limit compared converted, W → kW. */
const CONVERTED = {
  zh: 'size 的单位由 W 改为 kW，1 kW = 1000 W：限值换算为 kW 后比较宽严',
  en: 'the unit of size changed from W to kW, 1 kW = 1000 W: limits are compared in kW',
};

const byKey = (entries: readonly DiffEntry[], key: string) => entries.find((e) => e.key === key);

describe('diffRuleSets: limits of an indicator whose unit changed', () => {
  it('a scope limit re-expressed in the new unit is the same limit in a new unit: no direction', () => {
    const diff = diffTo(edit(...IN_KW));
    const limit = byKey(diff.entries, 'scope:size-in-scope:limit');
    // 14000 W × 0.001 = 14 kW: what it accepts is unchanged.
    expect(limit).toMatchObject({ before: '≤ 14000 W', after: '≤ 14 kW', note: CONVERTED });
    expect(limit?.direction).toBeUndefined();
    expect(limit?.message.zh).toMatch(/≤ 14000 W → ≤ 14 kW，同一限值，换用新单位$/u);
    expect(limit?.message.en).toMatch(/≤ 14000 W → ≤ 14 kW, the same limit in a new unit$/u);
    const unit = byKey(diff.entries, 'indicator:size:unit');
    expect(unit).toMatchObject({ before: 'W', after: 'kW', note: CONVERTED });
    expect(unit?.direction).toBeUndefined();
  });

  it("a limit converted is compared in the new unit: below, at and above A's limit", () => {
    // 14000 W = 14 kW: ≤ 13.9 kW accepts less (stricter), ≤ 14.1 kW more (looser), ≤ 14.000 kW the same.
    const cases: [string, string | undefined][] = [
      ['"≤ 13.9 kW"', 'stricter'],
      ['"≤ 14.000 kW"', undefined],
      ['"≤ 14.1 kW"', 'looser'],
    ];
    for (const [after, direction] of cases) {
      const diff = diffTo(edit(['unit: W,', 'unit: kW,'], ['"≤ 14000 W"', after]));
      expect(byKey(diff.entries, 'scope:size-in-scope:limit')?.direction, after).toBe(direction);
    }
  });

  it("minutes to hours (the committee's setting time): ≥ 45 min → ≥ 0.75 h is the same, not 宽严不定", () => {
    const inMin = edit(
      ['noise: { type: number,', 'noise: { type: number, unit: min,'],
      ['"≤ 45"', '"≥ 45 min"'],
    );
    const a = ruleSet(inMin, 'a.yaml');
    const to = (limit: string) =>
      diffRuleSets(
        a,
        ruleSet(inMin.replace('unit: min,', 'unit: h,').replace('"≥ 45 min"', limit), 'b.yaml'),
      );
    // 45 min ÷ 60 = 0.75 h; 1 h = 60 min > 45 min (stricter); 0.5 h = 30 min < 45 min (looser).
    const same = to('"≥ 0.75 h"');
    const limit = byKey(same.entries, 'criterion:noise:limit');
    expect(limit?.direction).toBeUndefined();
    expect(limit?.note?.zh).toBe('noise 的单位由 min 改为 h，1 h = 60 min：限值换算为 h 后比较宽严');
    expect(same.counts).toMatchObject({ stricter: 0, looser: 0, changed: 0 });
    expect(byKey(to('"≥ 1 h"').entries, 'criterion:noise:limit')?.direction).toBe('stricter');
    expect(byKey(to('"≥ 0.5 h"').entries, 'criterion:noise:limit')?.direction).toBe('looser');
  });

  it('units that do not convert (W → HP) keep the limit changed with the plain note', () => {
    const diff = diffTo(edit(['unit: W,', 'unit: HP,'], ['"≤ 14000 W"', '"≤ 18.8 HP"']));
    expect(byKey(diff.entries, 'scope:size-in-scope:limit')).toMatchObject({
      direction: 'changed',
      note: {
        zh: 'size 的单位由 W 改为 HP：不同单位的限值不比较宽严',
        en: 'the unit of size changed from W to HP: limits in two units are not compared as stricter or looser',
      },
    });
    expect(byKey(diff.entries, 'indicator:size:unit')).toMatchObject({ direction: 'changed' });
  });

  it('rows of a table keyed by it, re-keyed in the unit that converts, pair: no table entry (committee-32 M2)', () => {
    const diff = diffTo(edit(...IN_KW));
    // ≤ 4500 W is ≤ 4.5 kW, and so on: the same bands in the new unit, their cells equal.
    expect(diff.entries.filter((e) => e.table === 'limits')).toEqual([]);
    expect(diff.counts).toMatchObject({ stricter: 0, looser: 0 });
    // The message says the direction as the field does: no "stricter" or "looser" word left in it.
    for (const e of diff.entries) {
      expect(e.message.en).not.toMatch(/stricter|looser/);
      expect(e.message.zh).not.toMatch(/更严|更宽/);
    }
  });

  it('rows whose keys were left in W under kW are other bands (≤ 4500 kW): removed and added, changed, with the note', () => {
    const diff = diffTo(
      edit(
        ['unit: W,', 'unit: kW,'],
        ['"≤ 14000 W"', '"≤ 14 kW"'],
        ['["≤ 4500", 4.00, 5.00]', '["≤ 4500", 4.50, 5.00]'],
      ),
    );
    const rows = diff.entries.filter((e) => e.table === 'limits');
    expect(rows.map((e) => [e.kind, e.row, e.direction])).toEqual([
      ['row-removed', '≤ 4500', 'changed'],
      ['row-removed', '(4500, 7100]', 'changed'],
      ['row-removed', '(7100, 14000]', 'changed'],
      ['row-added', '≤ 4500', 'changed'],
      ['row-added', '(4500, 7100]', 'changed'],
      ['row-added', '(7100, 14000]', 'changed'],
    ]);
    for (const e of rows) expect(e.note).toEqual(NOTE);
  });

  it('its range rewritten with the unit is compared converted', () => {
    // > 0 W → (0, 20] kW: an upper bound added, narrower.
    const diff = diffTo(
      edit(['unit: W, range: "> 0"', 'unit: kW, range: "(0, 20]"'], ['"≤ 14000 W"', '"≤ 14 kW"']),
    );
    expect(byKey(diff.entries, 'indicator:size:range')).toMatchObject({
      direction: 'stricter',
      note: CONVERTED,
    });
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
