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

describe('failingProblem: a requirement expected to fail that did not apply (newcomer-22 finding 9)', () => {
  it('is said to be not applicable, not met; the others as before', () => {
    const p = failingProblem(['t@1', 'bow', 'd'], ['t@1', 'x'], ['bow', 'y'])!;
    expect(p.zh).toBe(
      '不合格要求：预期 [t@1、bow、d]，实际 [t@1、x]；预期不合格而实际满足：d；预期不合格而实际不适用：bow；另有不合格：x',
    );
    expect(p.en).toBe(
      'failing: expected [t@1, bow, d], got [t@1, x]; did not fail: d; not applicable to the record: bow; also failed: x',
    );
  });

  it('only a not-applicable one: no "met" at all', () => {
    const p = failingProblem(['bow'], [], ['bow'])!;
    expect(p.zh).toBe('不合格要求：预期 [bow]，实际 []；预期不合格而实际不适用：bow');
    expect(p.zh).not.toContain('满足');
  });
});
