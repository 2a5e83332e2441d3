import { describe, expect, it } from 'vitest';
import { failingProblem } from '../../src/suite/case-problems';

describe('failingProblem: what a case expected to fail and what did', () => {
  it('names the requirements expected to fail that passed, and those failing beyond, in both languages', () => {
    const p = failingProblem(['apf@5', 'apf@4'], ['apf@4', 'seer@1'])!;
    expect(p.en).toBe(
      'failing: expected [apf@5, apf@4], got [apf@4, seer@1]; did not fail: apf@5; also failed: seer@1',
    );
    // No double negative ("未不合格"), and the ideographic list comma in Chinese.
    expect(p.zh).toBe(
      '不合格要求：预期 [apf@5、apf@4]，实际 [apf@4、seer@1]；预期不合格而实际满足：apf@5；另有不合格：seer@1',
    );
  });

  it('is undefined when the same requirements fail, in any order', () => {
    expect(failingProblem(['a', 'b'], ['b', 'a'])).toBeUndefined();
  });
});
