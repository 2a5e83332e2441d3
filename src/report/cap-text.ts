import { capHolding, type GradeRef } from '../explain/grade-reached';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { Language } from '../text/localized-text';

/**
 * What a record's scores alone reach when a cap (a veto) holds it lower, as
 * an evaluator must justify it: `按得分可达卓越级；因近三年发生重大质量事故，封顶于检验级`
 * / `the scores alone reach Excellence; capped at Inspection by "Major quality
 * incident in the last three years"`. `undefined` when no cap is what holds
 * the record (none failed, or its scores reach no higher: all 40 and a veto
 * is 经验级 either way).
 *
 * @example
 * capHoldsText(result, ruleSet.grades, 'zh'); // '按得分可达卓越级；因近三年发生重大质量事故，封顶于检验级'
 */
export function capHoldsText(
  result: GradeResult,
  grades: readonly GradeRef[],
  lang: Language,
): string | undefined {
  const held = capHolding(result, grades);
  if (!held || result.label === null) return undefined;
  const zh = lang === 'zh';
  const why = held.caps.map((c) => (zh ? capCauseZh(c) : `"${c.label.en}"`)).join(zh ? '、' : ', ');
  return zh
    ? `按得分可达${held.reached.label.zh}；因${why}，封顶于${result.label.zh}`
    : `the scores alone reach ${held.reached.label.en}; capped at ${result.label.en} by ${why}`;
}

/** A failed cap as the reason in Chinese: a yes/no fact by its label (`近三年发生重大质量事故`), else `“…”未满足要求`. */
function capCauseZh(c: CriterionResult): string {
  return c.value === true && c.limit?.operator === '=' && c.limit.value === false
    ? c.label.zh
    : `“${c.label.zh}”未满足要求`;
}
