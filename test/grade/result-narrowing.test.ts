import { describe, expect, expectTypeOf, it } from 'vitest';
import * as browser from '../../src/browser';
import {
  createGrader,
  createGraderPool,
  type GradeOnlyResult,
  type GradeResult,
  isGraded,
  isInvalid,
  isNotGraded,
  type LocalizedText,
  loadRuleSet,
  type NotGradedReason,
  QgradeError,
  type RecordError,
  resultAtDetail,
} from '../../src/index';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
// GB 21455-2019, heat pump CC ≤ 4500 W: APF 4.62 is grade 2 (≥ 4.50); 3.20 is below grade 5 (≥ 3.30).
const grade2 = grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
const below = grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 3.2 });
const invalid = grader.gradeSync({ unitType: 'heat-pump', apf: 4.62 });

describe('isGraded, isNotGraded, isInvalid: results narrowed without ?. (developer-34 M4)', () => {
  it('tell graded, not graded and invalid results apart at run time', () => {
    expect([grade2, below, invalid].map(isGraded)).toEqual([true, false, false]);
    expect([grade2, below, invalid].map(isNotGraded)).toEqual([false, true, true]);
    expect([grade2, below, invalid].map(isInvalid)).toEqual([false, false, true]);
    expect(below.notGradedReason?.code).toBe('below-lowest-grade');
  });

  it('narrow a full result: grade a string, label set, errors set on an invalid one', () => {
    const r: GradeResult = grade2;
    if (isGraded(r)) {
      expectTypeOf(r.grade).toEqualTypeOf<string>();
      expectTypeOf(r.label).toEqualTypeOf<LocalizedText>();
      expectTypeOf(r.conforming).toEqualTypeOf<true>();
      expect(`${r.grade} ${r.label.zh}`).toBe('2 2级');
    } else expect.unreachable();
    const bad: GradeResult = invalid;
    if (isInvalid(bad)) {
      expectTypeOf(bad.errors).toEqualTypeOf<RecordError[]>();
      expectTypeOf(bad.grade).toEqualTypeOf<null>();
      expect(bad.errors.map((e) => [e.field, e.code])).toEqual([['ratedCoolingCapacity', 'missing']]);
    } else expect.unreachable();
    const no: GradeResult = below;
    if (isNotGraded(no)) {
      expectTypeOf(no.notGradedReason).toMatchTypeOf<NotGradedReason>();
      expect(no.notGradedReason.code).toBe('below-lowest-grade');
    } else expect.unreachable();
    // Without a guard the types stay as wide as before.
    const wide: GradeResult = grader.gradeSync({});
    expectTypeOf(wide.grade).toEqualTypeOf<string | null>();
    // @ts-expect-error -- errors is optional on a result not narrowed
    void (() => wide.errors.length);
  });

  it("narrow a pool's detail: 'grade' result, which has no errors field to promise", async () => {
    const pool = await createGraderPool(
      { pathOrId: 'home-appliances/room-air-conditioner-energy' },
      { workers: 1 },
    );
    try {
      const got: GradeOnlyResult[] = [];
      for await (const r of pool.gradeMany([grade2Record(), { apf: 'x' }], { detail: 'grade' })) got.push(r);
      const [first, second] = got;
      if (first && isGraded(first)) {
        expectTypeOf(first.label).toEqualTypeOf<LocalizedText>();
        expect(first.label.en).toBe('Grade 2');
      } else expect.unreachable();
      if (second && isInvalid(second)) {
        expectTypeOf(second.notGradedReason.code).toEqualTypeOf<'invalid-record'>();
        // @ts-expect-error -- a grade-only result carries no errors
        void second.errors;
      } else expect.unreachable();
    } finally {
      await pool.close();
    }
  });

  it('are exported by qgrade/browser too, the same functions', () => {
    expect(browser.isGraded).toBe(isGraded);
    expect(browser.isInvalid).toBe(isInvalid);
    expect(browser.isNotGraded).toBe(isNotGraded);
    expect(browser.resultAtDetail).toBe(resultAtDetail);
  });
});

describe('resultAtDetail, exported (developer-34 M3)', () => {
  it("gives a pool's shapes from one thread: failing keeps failed criteria only, grade the grade and label", () => {
    const failing = resultAtDetail(below, 'failing');
    expectTypeOf(failing).toEqualTypeOf<GradeResult>();
    expect(failing.criteria.length).toBeGreaterThan(0);
    expect(failing.criteria.every((c) => c.status === 'failed' || c.status === 'missing')).toBe(true);
    const brief = resultAtDetail(grade2, 'grade');
    expectTypeOf(brief).toEqualTypeOf<GradeOnlyResult>();
    expect(brief).toEqual({ grade: '2', label: { zh: '2级', en: 'Grade 2' } });
    expect(resultAtDetail(grade2, 'full')).toBe(grade2);
  });

  it('refuses another detail with a usage error in zh and en, as gradeMany does', () => {
    let error: unknown;
    try {
      resultAtDetail(grade2, 'short' as 'grade');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QgradeError);
    expect((error as QgradeError).code).toBe('usage');
    expect((error as QgradeError).text).toEqual({
      zh: 'detail 应为 "full"、"failing" 或 "grade"，收到 字符串 "short"',
      en: 'detail must be "full", "failing" or "grade", got the string "short"',
    });
  });
});

function grade2Record() {
  return { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
}
