/**
 * The per-side rows of compare's summary (table, HTML, workbook): the veto row only when a record failed a veto
 * item under A or B ("否决项不合格 0" read as a veto checked, committee-29), and a one-grade rule set's records
 * below it named 不合格 / Nonconforming, as its matrix names them, not "below the lowest grade".
 */
import { describe, expect, it } from 'vitest';
import type { CompareCounts, CompareSideCounts } from '../../src/compare/compare-tally';
import { compareSummaryLines, sideRows } from '../../src/report/compare-summary';

const side = (below: number, gate: number, oneGrade: boolean): CompareSideCounts => ({
  graded: 5,
  notGraded: below + gate,
  invalid: 0,
  reasons: { 'out-of-scope': 0, 'gate-failed': gate, 'below-lowest-grade': below },
  ...(oneGrade ? { oneGrade: true as const } : {}),
});

const counts = (a: CompareSideCounts, b: CompareSideCounts): CompareCounts => ({
  total: a.graded + a.notGraded,
  unchanged: a.graded + a.notGraded,
  unchangedInvalid: 0,
  changed: 0,
  up: 0,
  down: 0,
  sideways: 0,
  invalidA: 0,
  invalidB: 0,
  invalidOnlyA: 0,
  invalidOnlyB: 0,
  invalidBoth: 0,
  a,
  b,
});

describe('sideRows and compareSummaryLines', () => {
  it('no veto row when no record failed one under either; one (with its 0) when one did under one side', () => {
    expect(sideRows(counts(side(2, 0, false), side(2, 0, false)), 'zh').map((r) => r.key)).toEqual([
      'graded',
      'not-graded',
      'invalid-record',
      // The reports' one order: below the lowest grade, then out of scope (committee-45).
      'below-lowest-grade',
      'out-of-scope',
    ]);
    const one = sideRows(counts(side(2, 0, false), side(1, 1, false)), 'zh');
    expect(one.find((r) => r.key === 'gate-failed')).toMatchObject({ label: '否决项不合格', a: 0, b: 1 });
  });

  it('one grade under both: 不合格 / Nonconforming; several grades: 未达最低等级 / below the lowest grade', () => {
    const conformity = counts(side(3, 0, true), side(4, 0, true));
    expect(sideRows(conformity, 'zh').find((r) => r.key === 'below-lowest-grade')?.label).toBe('不合格');
    expect(sideRows(conformity, 'en').find((r) => r.key === 'below-lowest-grade')?.label).toBe(
      'Nonconforming',
    );
    // Conforming and nonconforming side by side, not the failing records under "not graded" (committee-39 M4).
    expect(compareSummaryLines(conformity, 'zh')).toContain('A 下：合格 5 条，不合格 3 条');
    expect(compareSummaryLines(conformity, 'en')).toContain('Under B: 5 conforming, 4 nonconforming');
    const ladder = counts(side(3, 0, false), side(4, 0, false));
    expect(sideRows(ladder, 'zh').find((r) => r.key === 'below-lowest-grade')?.label).toBe('未达最低等级');
    expect(compareSummaryLines(ladder, 'zh')).toContain(
      'A 下：已分级 5 条，不分级 3 条（未达最低等级 3 条）',
    );
    // A one-grade A against a ladder B: each side's line in its own words; the shared row keeps the general name.
    const mixed = counts(side(3, 0, true), side(4, 0, false));
    expect(compareSummaryLines(mixed, 'en')).toEqual(
      expect.arrayContaining([
        'Under A: 5 conforming, 3 nonconforming',
        'Under B: 5 graded, 4 not graded (4 below the lowest grade)',
      ]),
    );
    expect(sideRows(mixed, 'zh').find((r) => r.key === 'below-lowest-grade')?.label).toBe('未达最低等级');
  });

  it('one grade: a veto failed and out of scope follow nonconforming, invalid last; a 0 nonconforming is said', () => {
    const vetoed = { ...side(0, 2, true), notGraded: 5, invalid: 2 };
    vetoed.reasons['out-of-scope'] = 1;
    const lines = compareSummaryLines(counts(vetoed, side(1, 0, true)), 'en');
    expect(lines).toContain(
      'Under A: 5 conforming, 0 nonconforming, 1 out of scope, 2 veto item failed, 2 invalid',
    );
    expect(lines).toContain('Under B: 5 conforming, 1 nonconforming');
    expect(compareSummaryLines(counts(vetoed, side(1, 0, true)), 'zh')).toContain(
      'A 下：合格 5 条，不合格 0 条，超出适用范围 1 条，否决项不合格 2 条，无效 2 条',
    );
  });
});
