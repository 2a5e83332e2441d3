import type { GradeShare } from '../compare/grade-distribution';
import { INVALID_KEY, NOT_GRADED_KEY, shownNotGradedKey } from '../compare/migration-matrix';
import { displayWidth, pad } from '../text/display-width';
import type { Language, LocalizedText } from '../text/localized-text';
import { countText } from '../text/number-text';
import { compareGradeText } from './compare-summary';
import { shareTenths } from './share-tenths';

type Ladder = readonly { id: string; label?: LocalizedText }[];

/**
 * The words of the per-grade table and of the matrix totals, in both languages.
 *
 * @example
 * DISTRIBUTION_TEXT.total.en; // 'Total'
 */
export const DISTRIBUTION_TEXT = {
  total: { zh: '合计', en: 'Total' },
  heading: { zh: '各等级记录数（A 与 B 对照）', en: 'Records per grade, A beside B' },
  grade: { zh: '等级', en: 'Grade' },
  countA: { zh: 'A 下记录数', en: 'A: records' },
  shareA: { zh: 'A 下占比', en: 'A: share' },
  countB: { zh: 'B 下记录数', en: 'B: records' },
  shareB: { zh: 'B 下占比', en: 'B: share' },
  roundedOneByOne: {
    zh: '占比各自修约到 0.1%（GB/T 8170），其和可与 100.0% 相差零点几',
    en: 'Each share is rounded to 0.1 % by itself (GB/T 8170), so they can add up to a little over or under 100.0 %',
  },
} satisfies Record<string, LocalizedText>;

/** One row of the per-grade table as shown: the grade's label, each side's count and share. */
export interface DistributionRow {
  label: string;
  a: number;
  b: number;
  /** `14.3%`: one decimal on every row, so shares line up (committee-27 F1). */
  shareA: string;
  shareB: string;
  /** The shares as fractions of one, as rounded for `shareA`/`shareB` (0.143); `undefined` where the share is `–`. */
  fractionA: number | undefined;
  fractionB: number | undefined;
}

/**
 * A count's share of the records compared with one decimal, rounded half to even (`14.3%`, `0.0%`, `100.0%`); `–` of none.
 *
 * @example
 * shareText(43, 300); // '14.3%'
 */
export function shareText(part: number, whole: number): string {
  return whole === 0 ? '–' : `${(shareTenths(part, whole) / 10).toFixed(1)}%`;
}

/**
 * The rows of {@link gradeDistribution} with labels and shares, then a total row: a grade by B's label where B
 * has it, else A's.
 *
 * @example
 * distributionRows(gradeDistribution(cells, a, b), a.grades, b.grades, 'en').at(-1); // { label: 'Total', a: 300, … }
 */
export function distributionRows(
  rows: readonly GradeShare[],
  a: Ladder,
  b: Ladder,
  lang: Language,
): DistributionRow[] {
  const ladder = [...b, ...a];
  // One row for both sides: below a rule set of one grade is nonconforming (committee-29 M3), whatever the other's ladder.
  const belowLadder = a.length === 1 ? a : b.length === 1 ? b : ladder;
  const totalA = rows.reduce((s, r) => s + r.a, 0);
  const totalB = rows.reduce((s, r) => s + r.b, 0);
  const shown = (r: { label: string; a: number; b: number }): DistributionRow => ({
    ...r,
    shareA: shareText(r.a, totalA),
    shareB: shareText(r.b, totalB),
    fractionA: totalA === 0 ? undefined : shareTenths(r.a, totalA) / 1000,
    fractionB: totalB === 0 ? undefined : shareTenths(r.b, totalB) / 1000,
  });
  return [
    ...rows.map((r) =>
      shown({
        label: compareGradeText(
          r.invalid ? INVALID_KEY : r.reason ? shownNotGradedKey(r.reason) : (r.grade ?? NOT_GRADED_KEY),
          r.reason === 'below-lowest-grade' ? belowLadder : ladder,
          lang,
        ),
        a: r.a,
        b: r.b,
      }),
    ),
    shown({ label: DISTRIBUTION_TEXT.total[lang], a: totalA, b: totalB }),
  ];
}

/**
 * The note under the per-grade table when a side's shares, each rounded by itself, do not add up to the 100.0 % of
 * its total row (1.1 + 0.9 + … = 99.9, committee-33 F3); `undefined` when both add up.
 *
 * @example
 * roundedSharesNote(distributionRows(shares, a.grades, b.grades, 'en'), 'en'); // 'Each share is rounded …'
 */
export function roundedSharesNote(rows: readonly DistributionRow[], lang: Language): string | undefined {
  const parts = rows.slice(0, -1);
  const tenths = (side: 'fractionA' | 'fractionB') =>
    parts.reduce((s, r) => s + Math.round((r[side] ?? 0) * 1000), 0);
  const off = (side: 'fractionA' | 'fractionB') => rows.at(-1)?.[side] !== undefined && tenths(side) !== 1000;
  return off('fractionA') || off('fractionB') ? DISTRIBUTION_TEXT.roundedOneByOne[lang] : undefined;
}

/**
 * The per-grade table as aligned text lines, under its heading.
 *
 * @example
 * gradeDistributionLines(rows, a.grades, b.grades, 'zh')[0]; // '各等级记录数（A 与 B 对照）：'
 */
export function gradeDistributionLines(
  rows: readonly GradeShare[],
  a: Ladder,
  b: Ladder,
  lang: Language,
): string[] {
  const T = DISTRIBUTION_TEXT;
  const shown = distributionRows(rows, a, b, lang);
  const note = roundedSharesNote(shown, lang);
  const table = [
    [T.grade[lang], T.countA[lang], T.shareA[lang], T.countB[lang], T.shareB[lang]],
    ...shown.map((r) => [r.label, countText(r.a), r.shareA, countText(r.b), r.shareB]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => displayWidth(r[i]!))));
  return [
    `${T.heading[lang]}${lang === 'zh' ? '：' : ':'}`,
    ...table.map(
      (r) =>
        `  ${r
          .map((c, i) => (i === 0 ? pad(c, widths[i]!) : ' '.repeat(widths[i]! - displayWidth(c)) + c))
          .join('  ')
          .trimEnd()}`,
    ),
    ...(note ? [`  ${note}`] : []),
  ];
}
