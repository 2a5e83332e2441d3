/**
 * committee-33 F3: the per-grade shares of compare, each rounded to 0.1 %, added up to 99.9 % under a total row of
 * 100.0 % with no word about it. The note says so exactly when a side's shown shares do not add up.
 */
import { describe, expect, it } from 'vitest';
import type { GradeShare } from '../../src/compare/grade-distribution';
import {
  distributionRows,
  gradeDistributionLines,
  roundedSharesNote,
} from '../../src/report/grade-distribution-table';

const ladder = [{ id: 'C' }, { id: 'B' }, { id: 'A' }];
const rows = (a: number[], b: number[]): GradeShare[] =>
  ladder.map((g, i) => ({ grade: g.id, a: a[i]!, b: b[i]! }));

describe('roundedSharesNote', () => {
  it('thirds: 33.3 + 33.3 + 33.3 = 99.9 under 100.0 — the note, in both languages', () => {
    const shown = distributionRows(rows([1, 1, 1], [1, 1, 2]), ladder, ladder, 'en');
    expect(shown.slice(0, 3).map((r) => r.shareA)).toEqual(['33.3%', '33.3%', '33.3%']);
    expect(shown.at(-1)!.shareA).toBe('100.0%');
    expect(roundedSharesNote(shown, 'en')).toMatch(/rounded to 0\.1 % by itself/);
    expect(
      roundedSharesNote(distributionRows(rows([1, 1, 1], [1, 1, 2]), ladder, ladder, 'zh'), 'zh'),
    ).toMatch(/各自修约/);
  });

  it('shares that add up on both sides (25 + 25 + 50; 12.5 + 37.5 + 50): no note', () => {
    expect(roundedSharesNote(distributionRows(rows([1, 1, 2], [1, 3, 4]), ladder, ladder, 'en'), 'en')).toBe(
      undefined,
    );
  });

  it('one side off is enough (B: 2/3 = 66.7 + 1/3 = 33.3 → 100.0, A: 1/7 … → 100.1)', () => {
    // A: 1/7 = 14.3, 3/7 = 42.9, 3/7 = 42.9 → 100.1.
    const shown = distributionRows(rows([1, 3, 3], [0, 1, 2]), ladder, ladder, 'en');
    expect(shown.slice(0, 3).map((r) => r.shareA)).toEqual(['14.3%', '42.9%', '42.9%']);
    expect(roundedSharesNote(shown, 'en')).toBeDefined();
  });

  it('no records on either side: shares are –, no note', () => {
    expect(roundedSharesNote(distributionRows(rows([0, 0, 0], [0, 0, 0]), ladder, ladder, 'en'), 'en')).toBe(
      undefined,
    );
  });

  it('the text table ends with the note when it applies, and the fractions are the shown shares', () => {
    const lines = gradeDistributionLines(rows([1, 1, 1], [1, 1, 1]), ladder, ladder, 'en');
    expect(lines.at(-1)).toMatch(/^ {2}Each share is rounded/);
    expect(gradeDistributionLines(rows([1, 1, 2], [1, 1, 2]), ladder, ladder, 'en').at(-1)).toMatch(/Total/);
    const shown = distributionRows(rows([1, 1, 1], [1, 1, 1]), ladder, ladder, 'en');
    expect(shown[0]!.fractionA).toBe(0.333);
    expect(shown.at(-1)!.fractionB).toBe(1);
  });
});
