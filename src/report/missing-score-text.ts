import { missingInputsText, restsOnMissingScore } from '../explain/missing-scores';
import type { CriterionResult, GradeResult, MissingInput } from '../model/grade-result';
import type { Language } from '../text/localized-text';

/**
 * What a report's short cell says after a score requirement that cannot be
 * computed: `：质量人才培养（talent）未给出数值，无法计算` / `: cannot be computed, Quality talent
 * development (talent) not given` — where `总分（≥ 60）` alone had no value and no reason
 * (newcomer-39 F3). `""` for any other requirement.
 */
export function missingScoreFigures(c: CriterionResult, lang: Language): string {
  if (!c.missingInputs?.length) return '';
  const text = missingInputsText(c.missingInputs, lang);
  return lang === 'zh' ? `：${text}，无法计算` : `: cannot be computed, ${text}`;
}

/**
 * The line under a graded record's grade when the next grade is held back only
 * by scores that cannot be computed (a veto or a score short of its cutoff holding it too, it does not rest on them): the grade rests on a missing value, not on
 * a score that falls short (newcomer-39 F3) — `等级取决于缺少的数值：质量人才培养（talent）未给出数值，
 * 总分无法计算；补齐后才能确认能否达到检验级` / `The grade rests on a missing value: …`.
 * `undefined` otherwise.
 *
 * @example
 * missingScoreHoldsText(result, 'en'); // 'the grade rests on a missing value: Quality talent development (talent) not given, so Total score cannot be computed; until then, whether Inspection is reached cannot be told'
 */
export function missingScoreHoldsText(result: GradeResult, lang: Language): string | undefined {
  const next = result.nextGrade;
  if (result.grade === null || !next || !restsOnMissingScore(result)) return undefined;
  const held = next.blockers;
  const inputs = new Map<string, MissingInput>();
  for (const b of held) for (const i of b.missingInputs!) inputs.set(i.indicator, i);
  const text = missingInputsText([...inputs.values()], lang);
  const scores = held.map((b) => b.label[lang]);
  return lang === 'zh'
    ? `等级取决于缺少的数值：${text}，${scores.join('、')}无法计算；补齐后才能确认能否达到${next.label.zh}`
    : `the grade rests on a missing value: ${text}, so ${scores.join(', ')} cannot be computed; until then, whether ${next.label.en} is reached cannot be told`;
}
