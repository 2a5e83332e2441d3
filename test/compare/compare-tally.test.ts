/**
 * createCompareTally: how the records came out under each rule set — graded,
 * not graded by reason (out of scope, veto item failed, below the lowest
 * grade), invalid — and why a record only one rule set grades is invalid.
 * Two small rule sets; every figure counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { createCompareTally } from '../../src/compare/compare-tally';
import { invalidRecord } from '../../src/compare/invalid-records';
import { createGrader, type GradeResult, parseRuleSet } from '../../src/index';

/** Strength ≥ `limit`, required or with a default; a scope on size and a veto item on safety under both. */
const ruleSet = (version: string, limit: number, strength: string) => `schemaVersion: 1
id: test/compare-tally
version: ${version}
industry: test
subject: product
title: { zh: 比较计数测试, en: Compare tally test }
references:
  - { code: TEST 4-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  strength: { type: number, unit: MPa, ${strength}label: { zh: 强度, en: Strength } }
  size: { type: number, unit: mm, default: 10, label: { zh: 尺寸, en: Size } }
  safe: { type: boolean, default: true, label: { zh: 安全, en: Safe } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
scope:
  - id: size-in-scope
    indicator: size
    require: "≤ 50 mm"
    reason: { zh: 尺寸超出范围, en: Size out of scope }
criteria:
  - { id: safety, indicator: safe, require: "= true", gate: true }
  - { id: strength, indicator: strength, require: "≥ ${limit}" }
`;

// B raises strength to ≥ 450 and gives it a default of 450: a record without it is graded by B, not by A.
const A = parseRuleSet(ruleSet('1.0.0', 400, ''), { filename: 'a.yaml' });
const B = parseRuleSet(ruleSet('2.0.0', 450, 'default: 450, '), { filename: 'b.yaml' });

describe('createCompareTally', () => {
  it('counts graded, not graded by reason and invalid per rule set, the parts adding up', () => {
    const [ga, gb] = [createGrader(A), createGrader(B)];
    const tally = createCompareTally(A, B);
    const records = [
      { strength: 500 }, // C under both: unchanged
      { strength: 420 }, // C under A, fails ≥ 450 under B: down
      { strength: 500, size: 60 }, // out of scope under both: unchanged
      { strength: 500, safe: false }, // veto item failed under both: unchanged
      {}, // invalid under A (strength required); C under B (its default, 450, meets ≥ 450): invalid under A only
    ];
    for (const r of records) tally.add(ga.gradeSync(r), gb.gradeSync(r));
    expect(tally.counts()).toEqual({
      total: 5,
      unchanged: 3,
      unchangedInvalid: 0,
      changed: 2,
      up: 0,
      down: 1,
      sideways: 0,
      invalidA: 1,
      invalidB: 0,
      invalidOnlyA: 1,
      invalidOnlyB: 0,
      invalidBoth: 0,
      a: {
        graded: 2,
        notGraded: 3,
        invalid: 1,
        reasons: { 'out-of-scope': 1, 'gate-failed': 1, 'below-lowest-grade': 0 },
        // The test's rule set has one grade.
        oneGrade: true,
      },
      b: {
        graded: 2,
        notGraded: 3,
        invalid: 0,
        reasons: { 'out-of-scope': 1, 'gate-failed': 1, 'below-lowest-grade': 1 },
        // The test's rule set has one grade.
        oneGrade: true,
      },
    });
  });

  it('counts the unchanged records that are invalid under A or B apart (compare --tally-by counts them as invalid)', () => {
    const [ga, gb] = [createGrader(A), createGrader(B)];
    const tally = createCompareTally(A, B);
    // Invalid under both (no grade either side), then valid and unchanged: both "unchanged", one of them invalid.
    for (const r of [{ strength: 'x' }, { strength: 500 }]) tally.add(ga.gradeSync(r), gb.gradeSync(r));
    expect(tally.counts()).toMatchObject({ total: 2, unchanged: 2, unchangedInvalid: 1, changed: 0 });
  });

  it('counts every record invalid under one side only, unchanged ones too, as the matrix does (hostile-30 M2)', () => {
    const [ga, gb] = [createGrader(A), createGrader(B)];
    const tally = createCompareTally(A, B);
    const records = [
      {}, // invalid under A, C under B: changed, invalid under A only
      { size: 60 }, // invalid under A, out of scope under B: unchanged (no grade either side), still invalid under A only
      { strength: 'x' }, // invalid under both: unchanged
    ];
    for (const r of records) tally.add(ga.gradeSync(r), gb.gradeSync(r));
    expect(tally.counts()).toMatchObject({
      unchanged: 2,
      unchangedInvalid: 2,
      changed: 1,
      invalidA: 1,
      invalidOnlyA: 2,
      invalidOnlyB: 0,
      invalidBoth: 1,
    });
    // Both records invalid under A only give their reason, not only the changed one.
    expect(tally.invalidReasons().a).toEqual([
      { reason: { zh: '缺少强度', en: 'strength (Strength) is missing' }, records: 2 },
    ]);
  });

  it('a value missing under A that B knows too is named as A names it, not as "an indicator only A has"', () => {
    const tally = createCompareTally(A, B);
    tally.add(createGrader(A).gradeSync({}), createGrader(B).gradeSync({}));
    expect(tally.invalidReasons()).toEqual({
      a: [{ reason: { zh: '缺少强度', en: 'strength (Strength) is missing' }, records: 1 }],
      b: [],
    });
  });

  it('a null grade whose reason is invalid-record, or with no reason at all, is an invalid record', () => {
    // As a result may come back from JSON written by another tool: no `errors`.
    const invalid = {
      grade: null,
      criteria: [],
      nextGrade: null,
      notGradedReason: { code: 'invalid-record', message: { zh: '记录无效', en: 'invalid record' } },
    } as unknown as GradeResult;
    const bare = { grade: null, criteria: [], nextGrade: null } as unknown as GradeResult;
    const graded = { grade: 'C', criteria: [], nextGrade: null } as unknown as GradeResult;
    const tally = createCompareTally(A, B);
    tally.add(invalid, graded);
    tally.add(graded, bare);
    const counts = tally.counts();
    expect(counts).toMatchObject({ total: 2, changed: 2, up: 0, down: 0, invalidA: 1, invalidB: 1 });
    expect(counts.a).toEqual({
      graded: 1,
      notGraded: 1,
      invalid: 1,
      reasons: { 'out-of-scope': 0, 'gate-failed': 0, 'below-lowest-grade': 0 },
      oneGrade: true,
    });
    expect(counts.b).toEqual(counts.a);
    expect(invalidRecord(graded, bare, 7)).toEqual({
      row: 7,
      under: 'b',
      reason: { zh: '记录无效', en: 'invalid record' },
    });
  });

  it('lists the reasons records are invalid under one rule set only most first, each with how many', () => {
    const graded = { grade: 'C', criteria: [], nextGrade: null } as unknown as GradeResult;
    const invalid = (en: string) =>
      ({
        grade: null,
        criteria: [],
        nextGrade: null,
        errors: [{ code: 'range', field: 'strength', message: { zh: en, en } }],
      }) as unknown as GradeResult;
    const tally = createCompareTally(A, B);
    tally.add(graded, invalid('strength too high'));
    tally.add(graded, invalid('strength negative'));
    tally.add(graded, invalid('strength negative'));
    expect(tally.invalidReasons().b).toEqual([
      { reason: { zh: 'strength negative', en: 'strength negative' }, records: 2 },
      { reason: { zh: 'strength too high', en: 'strength too high' }, records: 1 },
    ]);
    expect(tally.counts()).toMatchObject({ changed: 3, invalidA: 0, invalidB: 3 });
  });

  it('a record invalid under both gives each side’s first reason (one, when they are the same), and the kept columns of either', () => {
    const invalid = (en: string, kept?: Record<string, string>) =>
      ({
        grade: null,
        criteria: [],
        nextGrade: null,
        errors: [{ code: 'range', field: 'strength', message: { zh: en, en } }],
        ...(kept ? { kept } : {}),
      }) as unknown as GradeResult;
    expect(invalidRecord(invalid('under A'), invalid('under B', { sample: 'S-9' }), 3)).toEqual({
      row: 3,
      kept: { sample: 'S-9' },
      under: 'both',
      // Two rule sets may not share the indicator A's reason names (hostile-44).
      reason: { zh: 'A：under A；B：under B', en: 'A: under A; B: under B' },
    });
    expect(invalidRecord(invalid('missing'), invalid('missing'), 3)?.reason).toEqual({
      zh: 'missing',
      en: 'missing',
    });
  });
});
