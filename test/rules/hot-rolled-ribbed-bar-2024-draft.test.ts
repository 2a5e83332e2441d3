import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRuleSets, loadRuleSet } from '../../src/index';
import { bundled, failing, type GraderPair, graderPair } from '../helpers';
import {
  type Bar,
  conformingBar,
  DESIGNATIONS,
  DIAMETERS,
  expectedFailing,
  massTolerance,
  massTolerance2024,
} from './hot-rolled-ribbed-bar.reference';

// examples/hot-rolled-ribbed-bar-2024-draft.yaml: the 2018 rule set with GB 1499.2-2024's mass deviation
// (±5.5 / ±4.5 / ±3.5 %, secondary) and nothing else changed. Checked against the independent reference with the
// 2024 tolerances, and against the bundled 2018 rule set with `compareRuleSets`.
const DRAFT = new URL('../../examples/hot-rolled-ribbed-bar-2024-draft.yaml', import.meta.url).pathname;

/** Deviations at, one digit beyond and half a digit around both 2018 and 2024 limits of a diameter. */
function massDeviations(diameter: number): number[] {
  const out = new Set<number>([0, -1.5]);
  for (const tol of [massTolerance(diameter), massTolerance2024(diameter)])
    for (const sign of [-1, 1])
      for (const off of [0, 0.1, -0.1, 0.05, 0.04, 0.06, -0.05])
        out.add(Number((sign * (tol + off)).toFixed(2)));
  return [...out];
}

describe('example revision: GB 1499.2-2024 mass deviation (partial)', async () => {
  const draft: GraderPair = graderPair(await loadRuleSet(DRAFT));
  const rebar2018: GraderPair = await bundled('steel/hot-rolled-ribbed-bar');

  it('says what it is: same id, a draft version, GB 1499.2-2024 first, secondary and partial', () => {
    const rs = draft.ruleSet;
    expect(rs.id).toBe(rebar2018.ruleSet.id);
    expect(rs.version).not.toBe(rebar2018.ruleSet.version);
    expect(rs.version).toMatch(/draft/);
    expect(rs.references[0]).toMatchObject({ code: 'GB 1499.2-2024', edition: '2024' });
    // The domain reference gives only its dates: no status claimed (standards-26 M4).
    expect(rs.references[0]!.status).toBeUndefined();
    expect(rs.references[0]!.note?.en).toMatch(/no status is given/);
    expect(rs.provenance.level).toBe('secondary');
    expect(rs.provenance.note.en).toMatch(/PARTIAL/);
    expect(rs.provenance.note.zh).toMatch(/部分修订/);
    expect(rs.title.en).toMatch(/mass deviation only/);
  });

  it.each(DESIGNATIONS)(
    '%s: mass deviation by diameter follows ±5.5 / ±4.5 / ±3.5 per cent',
    async (designation) => {
      for (const diameter of DIAMETERS)
        for (const massDeviation of massDeviations(diameter)) {
          const bar: Bar = { ...conformingBar(designation, diameter), massDeviation };
          const result = await draft.grade(bar);
          const expected = expectedFailing(bar, massTolerance2024);
          expect(failing(result).sort(), JSON.stringify(bar)).toEqual(expected);
          expect(result.grade).toBe(expected.length === 0 ? 'conforming' : null);
        }
    },
  );

  it('shows the limits of the 2024 edition in its explanations', async () => {
    const result = await draft.grade({ ...conformingBar('HRB400E', 50), massDeviation: -3.6 });
    expect(failing(result)).toEqual(['mass-deviation-lower']);
    expect(result.criteria.find((c) => c.id === 'mass-deviation-lower')).toMatchObject({
      value: -3.6,
      rounded: -3.6,
      limit: { operator: '>=', value: -3.5, text: '≥ -3.5' },
      passed: false,
    });
  });

  it('compared with the 2018 rule set, exactly the bars between the two tolerances move, on mass deviation only', async () => {
    const records: Bar[] = [];
    for (const designation of DESIGNATIONS)
      for (const diameter of DIAMETERS)
        for (const massDeviation of massDeviations(diameter))
          records.push({ ...conformingBar(designation, diameter), massDeviation });
    // A few that fail something else too, so the comparison is not only about conforming bars.
    records.push({ ...conformingBar('HRB500', 22), massDeviation: 3.8, yieldStrength: 499 });
    records.push({ ...conformingBar('HRB400E', 12), massDeviation: -5.8, maxForceElongation: 8.74 });

    const expectedRows = records.flatMap((bar, i) => {
      const before = expectedFailing(bar, massTolerance).length === 0;
      const after = expectedFailing(bar, massTolerance2024).length === 0;
      return before !== after ? [i + 1] : [];
    });
    expect(expectedRows.length).toBeGreaterThan(50);

    const comparison = await compareRuleSets(rebar2018.ruleSet, draft.ruleSet, records);
    expect(comparison.total).toBe(records.length);
    expect(comparison.changes.map((c) => c.row)).toEqual(expectedRows);
    for (const change of comparison.changes) {
      // Narrower limits only take grades away.
      expect(change).toMatchObject({ from: 'conforming', to: null });
      expect(change.criteria.every((id) => id.startsWith('mass-deviation-'))).toBe(true);
    }
  });

  it('on the sample data, moves the one bar whose −3.6 % at 50 mm fits ±4.0 but not ±3.5', async () => {
    const records = JSON.parse(
      readFileSync(new URL('../../examples/steel-rebar.json', import.meta.url), 'utf8'),
    ) as (Bar & { batch: string })[];
    const comparison = await compareRuleSets(rebar2018.ruleSet, draft.ruleSet, records);
    expect(comparison.changes).toEqual([
      {
        row: 6,
        from: 'conforming',
        to: null,
        criteria: ['mass-deviation-lower', 'mass-deviation-upper'],
        causes: ['mass-deviation-lower'],
        // Why B gives no grade: below the one grade, nonconforming (committee-29 M3).
        notGradedReasons: { b: 'below-lowest-grade' },
      },
    ]);
    expect(records[5]).toMatchObject({ batch: '24-0313-B', diameter: 50, massDeviation: -3.6 });
  });
});
