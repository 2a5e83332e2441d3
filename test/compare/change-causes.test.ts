import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeCauses, movedCriteria } from '../../src/compare/compare-rule-sets';
import { createCompareTally } from '../../src/compare/compare-tally';
import { createGrader, loadRuleSet } from '../../src/index';

const ROOT = join(import.meta.dirname, '../..');
const REBAR: Record<string, unknown>[] = JSON.parse(
  readFileSync(join(ROOT, 'examples/steel-rebar.json'), 'utf8'),
);

async function graders() {
  const a = await loadRuleSet('steel/hot-rolled-ribbed-bar');
  const b = await loadRuleSet(join(ROOT, 'examples/hot-rolled-ribbed-bar-2024-draft.yaml'));
  return { a, b, ga: createGrader(a), gb: createGrader(b) };
}

describe('changeCauses', () => {
  it('tells the limit that moved the record (-3.6 fails ≥ -3.5) from the one it passes under both (≤ 3.5)', async () => {
    const { ga, gb } = await graders();
    const record = REBAR[5]!; // row 6, 24-0313-B, mass deviation -3.6 in the 22–50 mm band
    const [ra, rb] = [ga.gradeSync(record), gb.gradeSync(record)];
    expect(movedCriteria(ra, rb)).toEqual(['mass-deviation-lower', 'mass-deviation-upper']);
    expect(changeCauses(ra, rb)).toEqual({
      causes: ['mass-deviation-lower'],
      limitOnly: ['mass-deviation-upper'],
    });
  });

  it('counts figures that add up, and only causes in the tally of what moved records', async () => {
    const { a, b, ga, gb } = await graders();
    const tally = createCompareTally(a, b);
    for (const r of REBAR) tally.add(ga.gradeSync(r), gb.gradeSync(r));
    const counts = tally.counts();
    expect(counts).toMatchObject({ total: 12, unchanged: 11, changed: 1, up: 0, down: 1, sideways: 0 });
    expect(counts.a).toEqual({
      graded: 7,
      notGraded: 5,
      invalid: 1,
      reasons: { 'out-of-scope': 0, 'gate-failed': 0, 'below-lowest-grade': 4 },
    });
    for (const side of [counts.a, counts.b]) {
      expect(side.graded + side.notGraded).toBe(counts.total);
      const parts = Object.values(side.reasons).reduce((s, n) => s + n, side.invalid);
      expect(parts).toBe(side.notGraded);
    }
    expect(counts.unchanged + counts.changed).toBe(counts.total);
    expect(counts.up + counts.down + counts.sideways).toBe(counts.changed);
    expect([...tally.causeCounts()]).toEqual([['mass-deviation-lower', 1]]);
  });
});
