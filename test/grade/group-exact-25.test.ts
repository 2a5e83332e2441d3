import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, type GroupResult, parseRuleSet } from '../../src/index';

const lot = readFileSync(new URL('../fixtures/group/lot.yaml', import.meta.url), 'utf8');
// The fixture with a requirement on the mean and one on a pass rate whose limit is a 15-digit figure.
const withLimits = lot.replace(
  '    - { id: rate-superior, statistic: rate, require: "≥ 90", grade: superior }',
  [
    '    - { id: rate-superior, statistic: rate, require: "≥ 90", grade: superior }',
    '    - { id: mean-first, statistic: mean, require: "≥ 72.5", grade: first }',
    '    - { id: rate-first, statistic: rate, require: "≥ 66.6666666666667", grade: first }',
  ].join('\n'),
);
const grader = createGrader(parseRuleSet(withLimits, { filename: 'lot.yaml' }));
// Without the fixture's range ≥ 0, so a spread can be beyond a double.
const unbounded = createGrader(parseRuleSet(lot.replace('    range: "≥ 0"\n', ''), { filename: 'lot.yaml' }));
const strengths = (...values: number[]) => values.map((strength) => ({ strength }));
const stat = (r: GroupResult, id: string) => r.statistics.find((s) => s.id === id)!;
const criterion = (r: GroupResult, id: string) => r.criteria.find((c) => c.id === id)!;

describe('a mean and a pass rate are compared exactly (hostile-25 W1)', () => {
  it('a mean exactly at ≥ 72.5 meets it; one 10⁻¹³ below (rounding to 72.5 at 15 digits) does not; one above does', () => {
    const at = grader.gradeGroup(strengths(72.5, 72.5, 72.5));
    expect(stat(at, 'mean').value).toBe(72.5);
    expect(criterion(at, 'mean-first').passed).toBe(true);
    // 217.4999999999999 / 3 = 72.4999999999999666…: 72.5000000000000 at 15 digits, below 72.5 exactly.
    const below = grader.gradeGroup(strengths(72.5, 72.5, 72.4999999999999));
    const mean = stat(below, 'mean').value!;
    expect(mean).toBeLessThan(72.5);
    expect(criterion(below, 'mean-first')).toMatchObject({ passed: false, status: 'failed' });
    // The figure does not read as the limit it fails.
    expect(criterion(below, 'mean-first').message.en).toMatch(
      /^Mean of strength 72\.49999999999997 MPa, required ≥ 72\.5: not met/,
    );
    expect(criterion(below, 'mean-first').message.zh).toMatch(
      / 72\.49999999999997 MPa，要求 ≥ 72\.5：不满足/,
    );
    const above = grader.gradeGroup(strengths(72.5, 72.5, 72.5000000000001));
    expect(criterion(above, 'mean-first').passed).toBe(true);
    // Away from a limit the mean keeps its 15 digits: 5 / 3.
    expect(stat(grader.gradeGroup(strengths(1, 2, 2)), 'mean').value).toBe(1.66666666666667);
  });

  it('a pass rate of 2 of 3 (66.666…) is below a limit of 66.6666666666667; 3 of 3 meets it', () => {
    const two = grader.gradeGroup(strengths(45, 45, 44));
    expect(stat(two, 'rate').value).toBeLessThan(66.6666666666667);
    expect(criterion(two, 'rate-first').passed).toBe(false);
    expect(criterion(grader.gradeGroup(strengths(45, 45, 45)), 'rate-first').passed).toBe(true);
  });

  it('a CV keeps the documented 15-digit rule: exactly 4.0 meets ≤ 4.0', () => {
    expect(stat(grader.gradeGroup(strengths(69.6, 72.5, 75.4)), 'cv').value).toBe(4);
  });
});

describe('a statistic beyond a double is not computed, never a crash (hostile-25 C1)', () => {
  it('values near 1e308: the mean and CV are computed from the exact sums', () => {
    const r = grader.gradeGroup(strengths(1e308, 1.7e308, 1.7e308));
    expect(stat(r, 'mean').value).toBeCloseTo(((1 + 1.7 + 1.7) / 3) * 1e308, -295);
    expect(stat(r, 'cv').value).toBeCloseTo(27.6, 1);
    expect(r.grade).toBe('conforming');
  });

  it('a spread beyond a double: s and Cpk are null with a reason, their requirements missing', () => {
    const r = unbounded.gradeGroup(strengths(-1.7e308, 1.7e308, 1.7e308));
    const s = stat(r, 's');
    expect(s.value).toBeNull();
    expect(s.reason?.en).toMatch(/too large/);
    expect(s.reason?.zh).toMatch(/数值过大/);
    expect(s.message.en).toMatch(/cannot be computed \(the values are too large/);
    expect(stat(r, 'capability').value).toBeNull();
    expect(stat(r, 'cv').value).toBeGreaterThan(300);
  });

  it('two values whose sum is beyond a double have their mean', () => {
    const r = grader.gradeGroup([{ strength: 1.7e308 }, { strength: 1.7e308 }]);
    expect(stat(r, 'mean').value).toBe(1.7e308);
  });
});
