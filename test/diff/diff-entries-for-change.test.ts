import { describe, expect, it } from 'vitest';
import { diffEntriesForChange } from '../../src/diff/diff-entries-for-change';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { createComparison, createGrader, loadRuleSet, type RuleSet } from '../../src/index';
import { edit, ruleSet } from './base-rule-set';

/** Grades one record with A and B; the change (if its grade moved), and the keys of the diff entries linked to it. */
function link(a: RuleSet, b: RuleSet, record: Record<string, unknown>) {
  const resultA = createGrader(a).gradeSync(record);
  const resultB = createGrader(b).gradeSync(record);
  const change = createComparison(a, b).add(resultA, resultB, 1);
  const diff = diffRuleSets(a, b);
  if (!change) return { change, withResults: [], withoutResults: [] };
  return {
    change,
    withResults: diffEntriesForChange(change, diff, { a: resultA, b: resultB }).map((e) => e.key),
    withoutResults: diffEntriesForChange(change, diff).map((e) => e.key),
  };
}

/** A record of the base rule set that reaches grade 1 unless a test says otherwise. */
const RECORD = {
  kind: 'a',
  size: 5000,
  strength: 4.6,
  impurity: 0.01,
  noise: 40,
  ratio: 1.27,
  elongation: 20,
};

describe('diffEntriesForChange', () => {
  it('links a heat pump moved by the draft revision to the one cell that moved it', async () => {
    const a = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    const b = await loadRuleSet('examples/room-air-conditioner-energy-draft.yaml');
    // APF 4.60 up to 4500 W: grade 2 needs 4.50 under A, 4.70 under the draft.
    const moved = link(a, b, { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.6 });
    expect(moved.change).toMatchObject({ from: '2', to: '3', criteria: ['apf@2'] });
    expect(moved.withResults).toEqual(['cell:apfLimits[≤ 4500][2]']);
    // Above 4500 W the same APF keeps its grade: no change to link.
    expect(
      link(a, b, { unitType: 'heat-pump', ratedCoolingCapacity: 5000, apf: 4.6 }).change,
    ).toBeUndefined();
  });

  it('picks the cell of the record’s own row when the same column changed in several rows', () => {
    const a = ruleSet();
    const b = ruleSet(
      edit(
        ['["≤ 4500", 4.00, 5.00]', '["≤ 4500", 4.20, 5.00]'],
        ['["(4500, 7100]", 3.50, 4.50]', '["(4500, 7100]", 3.70, 4.50]'],
      ),
    );
    // 5000 W reads row (4500, 7100]: grade 2 needed 3.50, now 3.70; 3.60 falls below the lowest grade.
    const moved = link(a, b, { ...RECORD, strength: 3.6 });
    expect(moved.change).toMatchObject({ from: '2', to: null, criteria: ['strength@2'] });
    expect(moved.withResults).toEqual(['cell:limits[(4500, 7100]][2]']);
    // Without the results the row is unknown: every changed cell the criterion reads.
    expect(moved.withoutResults).toEqual(['cell:limits[≤ 4500][2]', 'cell:limits[(4500, 7100]][2]']);
  });

  it('links a change of comparison method, not a table cell', () => {
    const a = ruleSet();
    const b = ruleSet(
      edit(['require: "≤ 45", grade: "1" }', 'require: "≤ 45", grade: "1", comparison: rounded }']),
    );
    // 45.3 rounds to 45: refused as measured, accepted rounded (GB/T 8170).
    const moved = link(a, b, { ...RECORD, noise: 45.3 });
    expect(moved.change).toMatchObject({ from: '2', to: '1', criteria: ['noise'] });
    expect(moved.withResults).toEqual(['criterion:noise:comparison']);
  });

  it('links a record made invalid to the indicator change that refuses it', () => {
    const a = ruleSet();
    const b = ruleSet(edit(['range: "> 0"', 'range: "[100, 20000]"']));
    // 50 W reads row ≤ 4500, where grade 1 needs 5.00.
    const moved = link(a, b, { ...RECORD, size: 50, strength: 5.1 });
    expect(moved.change).toMatchObject({ from: '1', to: null, criteria: [] });
    expect(moved.withResults).toEqual(['indicator:size:range']);
    expect(moved.withoutResults).toEqual([]);
  });

  it('links a record that a new table row gives a limit to that row', () => {
    // A: category c has no row (no limit on impurity); B: c shares a's row, limit 0.05.
    const a = ruleSet(edit(['      - [[a, c], 0.05]\n', '      - [a, 0.05]\n']));
    const b = ruleSet();
    const moved = link(a, b, { ...RECORD, kind: 'c', impurity: 0.06 });
    expect(moved.change).toMatchObject({ from: '1', to: null, criteria: ['impurity'] });
    expect(moved.withResults).toEqual(['row:maxima[c]']);
  });

  it('links a record that reaches a grade only B has to that grade', () => {
    const a = ruleSet();
    const b = ruleSet(
      edit(
        [
          '  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n',
          '  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n  - { id: "0", label: { zh: 0级, en: Grade 0 } }\n',
        ],
        ['require: "≤ 45", grade: "1"', 'require: "≤ 40", grade: "0"'],
      ),
    );
    const moved = link(a, b, { ...RECORD, noise: 38 });
    expect(moved.change).toMatchObject({ from: '1', to: '0' });
    expect(moved.withResults).toEqual(['grade:0', 'criterion:noise:limit', 'criterion:noise:grade']);
  });
});
