import { belowOnlyGrade } from '../text/below-only-grade';
import type { LocalizedText } from '../text/localized-text';

/**
 * The reasons in the order every report lists them (grade's summary and --tally-by, compare's figures and
 * outcome columns), any other after, as met: the order of compare's migration matrix, which reads the ladder on
 * down — the grades, below the lowest (judged against them and missing the last), then the records the ladder does
 * not judge (out of scope, a veto item failed). grade's --tally-by put out of scope first, compare's columns
 * below the lowest first, side by side in one meeting note (committee-45).
 */
export const NOT_GRADED_ORDER: readonly string[] = [
  'below-lowest-grade',
  'out-of-scope',
  'gate-failed',
  'mixed-values',
  'record-not-graded',
];
const ORDER = NOT_GRADED_ORDER;

const NAMES: Readonly<Record<string, LocalizedText>> = {
  'out-of-scope': { zh: '超出适用范围', en: 'Out of scope' },
  'gate-failed': { zh: '否决项不合格', en: 'Veto item failed' },
  'below-lowest-grade': { zh: '未达最低等级', en: 'Below the lowest grade' },
  // A tally of groups (`--group-by` with `--tally-by`) has these reasons too, named as the groups' matrix names them.
  'mixed-values': { zh: '不是同一产品', en: 'Not one product' },
  'record-not-graded': { zh: '有记录不分级', en: 'A record not graded' },
};

/** One column of a per-group table: the records not graded for one reason. */
export interface NotGradedColumn {
  /** The reason's code (`out-of-scope`); `''` for the one column of a run with no record not graded. */
  code: string;
  /** Its heading: `超出适用范围`; a one-grade rule set's below-lowest `未达到合格`. */
  label: LocalizedText;
}

/**
 * The columns that split a per-group table's "not graded" by reason, as the
 * file summary splits its count: one per reason that occurs in the whole
 * run (under a rule set of one grade, below it first: its nonconforming records);
 * when no record is not graded, one `不分级` column of zeros (code `''`),
 * so a clean run's table keeps its shape. A single 不分级 column lumped a
 * product the standard does not cover with one that failed a veto item,
 * where the summary told them apart (committee-24 F9).
 *
 * @param notGraded - the whole run's records not graded, by reason (`BatchCounts.notGraded`)
 * @param grades - the rule set's ladder, lowest first
 * @example
 * notGradedColumns({ 'gate-failed': 3, 'below-lowest-grade': 2, 'out-of-scope': 1 }, grades).map((c) => c.label.zh);
 * // ['未达最低等级', '超出适用范围', '否决项不合格']
 */
export function notGradedColumns(
  notGraded: Readonly<Partial<Record<string, number>>>,
  grades: readonly { label: LocalizedText }[],
): NotGradedColumn[] {
  const codes = Object.keys(notGraded).filter((code) => (notGraded[code] ?? 0) > 0);
  // Under a rule set of one grade, below it is the verdict 不合格 (nonconforming): next to the grade, before the
  // records not judged (out of scope, a veto), as the summary lists them (committee-lots-42).
  const first = grades.length === 1 ? 'below-lowest-grade' : undefined;
  const rank = (code: string) =>
    code === first ? -1 : ORDER.includes(code) ? ORDER.indexOf(code) : ORDER.length;
  codes.sort((a, b) => rank(a) - rank(b));
  if (codes.length === 0) return [{ code: '', label: { zh: '不分级', en: 'Not graded' } }];
  return codes.map((code) => ({
    code,
    label: (code === 'below-lowest-grade' ? belowOnlyGrade(grades, true) : undefined) ??
      NAMES[code] ?? { zh: code, en: code },
  }));
}
