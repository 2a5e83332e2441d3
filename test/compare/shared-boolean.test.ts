/**
 * hostile-20 W12: compare reads its input once for both rule sets. A yes/no
 * indicator whose requirement flips between editions (`= true` in A,
 * `= false` in B) read a verdict cell `合格` by A's meaning under B too, so
 * the B column of the matrix was not what `grade -r B` gives. Such a cell
 * is now refused on both sides; 是/否 are read on both, as each side means them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSamplePair } from '../../src/grade/grade-sample-pair';
import { createGrader, loadRuleSet } from '../../src/index';

const DIR = join(import.meta.dirname, '../fixtures/compare-boolean');
const A = await loadRuleSet(join(DIR, 'verdict-true.yaml'));
const B = await loadRuleSet(join(DIR, 'verdict-false.yaml'));
const SAMPLE = 'id,flag,strength\nA1,合格,20\nA2,不合格,20\nA3,是,20\nA4,否,20\n';

describe('compare: a yes/no indicator whose requirement flips between editions', () => {
  it('a verdict cell is refused on both sides; 是/否 are graded on each as grading that side alone does', async () => {
    const pairs = await gradeSamplePair(createGrader(A), createGrader(B), SAMPLE, { keep: ['id'] });
    const side = (s: 0 | 1) =>
      pairs.map((p) => (p[s].result.errors ? 'invalid' : (p[s].result.grade ?? 'none')));
    expect(side(0)).toEqual(['invalid', 'invalid', 'ok', 'none']);
    expect(side(1)).toEqual(['invalid', 'invalid', 'none', 'ok']);
    // Under B alone, 合格 was never read as "a defect was found" either.
    const onlyB = createGrader(B);
    expect((await onlyB.grade({ flag: false, strength: 20 })).grade).toBe('ok');
    expect(pairs[0]![1].result.errors?.[0]?.message.en).toContain('is a pass/fail verdict');
  });
});
