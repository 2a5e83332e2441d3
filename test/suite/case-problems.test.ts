import { describe, expect, it } from 'vitest';
import { failingProblem, reasonProblem } from '../../src/suite/case-problems';

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

describe('reasonProblem: a not-graded reason that differed (studio-23 N8)', () => {
  it('names each code in Chinese after it, the code kept as the suite writes it; English as it was', () => {
    const p = reasonProblem('below-lowest-grade', 'invalid-record');
    expect(p.zh).toBe('不分级原因：预期 below-lowest-grade（未达最低等级），实际 invalid-record（记录无效）');
    expect(p.en).toBe('notGradedReason: expected below-lowest-grade, got invalid-record');
    expect(reasonProblem('out-of-scope', 'gate-failed').zh).toBe(
      '不分级原因：预期 out-of-scope（超出适用范围），实际 gate-failed（否决项不合格）',
    );
    // Graded; and a code the suite mistyped is shown as written.
    expect(reasonProblem('below-lowest', undefined).zh).toBe(
      '不分级原因：预期 below-lowest，实际 无（已分级）',
    );
    expect(reasonProblem('constructor', undefined).zh).toBe(
      '不分级原因：预期 constructor，实际 无（已分级）',
    );
  });
});
