import type { GradeResult } from '../model/grade-result';
import { cjkJoin } from '../text/cjk-space';
import type { Language } from '../text/localized-text';

/**
 * The words before what the next grade needs, the same in every format
 * (table, CSV, Markdown, HTML, XLSX, `explain`): `距 1级：` / `To reach Grade 1: `.
 * What follows is the blockers, on the same line or listed below. A record a
 * veto item left without a grade is told what it takes to be graded at all
 * (`要参与分级：` / `To be graded at all: `), not to reach the lowest grade: a
 * veto item may be another grade's test (GB/T 1591's −60 °C test of grade F),
 * which "to reach Grade B" would misname.
 *
 * @example
 * nextGradeLead(result, 'zh') + 'APF 4.62（≥ 5.00）'; // '距 1级：APF 4.62（≥ 5.00）'
 */
export function nextGradeLead(
  result: Pick<GradeResult, 'nextGrade' | 'notGradedReason'>,
  lang: Language,
): string {
  if (result.notGradedReason?.code === 'gate-failed')
    return lang === 'zh' ? '要参与分级：' : 'To be graded at all: ';
  const label = result.nextGrade?.label ?? { zh: '', en: '' };
  return lang === 'zh' ? `${cjkJoin('距', label.zh)}：` : `To reach ${label.en}: `;
}
