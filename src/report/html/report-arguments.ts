import { argumentKindError } from '../../errors/argument-kind';
import { UsageError } from '../../errors/usage-error';
import type { GradeResult } from '../../model/grade-result';
import type { RuleSet } from '../../resolve/rule-set';
import { type Language, localized } from '../../text/localized-text';

/**
 * The `lang` option of an HTML report, checked when the report is made:
 * anything but `zh`, `en` or absent is a usage error naming the function,
 * rather than a TypeError from the first text looked up in it at `render`.
 *
 * @example
 * const lang = reportLanguage(options.lang, 'createGradeReport'); // 'en' when absent
 */
export function reportLanguage(lang: unknown, fn: string): Language {
  if (lang === undefined) return 'en';
  if (lang === 'zh' || lang === 'en') return lang;
  throw argumentKindError(fn, 'options.lang', localized('“zh”或“en”', '"zh" or "en"'), lang);
}

/**
 * Checks that a result added to a report was graded by the report's rule
 * set: a result that names another rule set (its `ruleSet` id or version)
 * would be counted under grades and criteria that are not its own. A
 * result without `ruleSet` (built by hand) is taken as it is.
 *
 * @param method - the call and argument, as the message names them: `report.add`
 * @example
 * sameRuleSet(result, ruleSet, 'report.add');
 */
export function sameRuleSet(result: GradeResult, ruleSet: RuleSet, method: string): void {
  const ref = (result as Partial<GradeResult>).ruleSet;
  if (ref === undefined || ref === null) return;
  if (ref.id === ruleSet.id && ref.version === ruleSet.version) return;
  const expected = `${ruleSet.id} ${ruleSet.version}`;
  const got = `${String(ref.id)} ${String(ref.version)}`;
  throw new UsageError(
    localized(
      `${method} 需要按该报告的规则集 ${expected} 评出的结果，收到的是按 ${got} 评出的结果`,
      `${method} takes a result graded by the report's rule set ${expected}, got one graded by ${got}`,
    ),
  );
}
