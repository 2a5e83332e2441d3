import type { RuleSetModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import { safeLine } from '../text/safe-text';
import { shellWord } from '../text/shell-word';

/**
 * What `grade --group-by` and `compare --group-by` say once on stderr when a
 * rule set has no requirement on a group as a whole (no `group.criteria`:
 * enterprises, or products graded one by one): each group then gets its
 * lowest record's grade (none when a record is invalid), which reads like
 * "the group's grade" but is no distribution; `--tally-by` gives the count
 * of records per grade (for compare, the records' moves per value).
 *
 * @param models - the rule set graded (`grade`), or A and B (`compare`): the notice names those without group requirements
 * @param column - the `--group-by` column as given
 * @returns `undefined` when every rule set has group requirements (lot grading)
 * @example
 * const notice = groupByNoStatisticsNotice(modelOf(ruleSet), '所属行业');
 * if (notice) ctx.err(notice[ctx.lang]);
 */
export function groupByNoStatisticsNotice(
  models: RuleSetModel | readonly RuleSetModel[],
  column: string,
): LocalizedText | undefined {
  const list = Array.isArray(models) ? models : [models as RuleSetModel];
  // Two editions of one standard mostly share an id: named once.
  const ids = [...new Set(list.filter((m) => (m.group?.criteria.length ?? 0) === 0).map((m) => m.meta.id))];
  if (ids.length === 0) return undefined;
  const name = safeLine(column);
  const option = `--tally-by ${shellWord(name)}`;
  const several = ids.length > 1;
  return localized(
    `注意：规则集 ${ids.join('、')} 没有对一组记录整体的要求，--group-by 给每组的等级是组内最低的记录等级（组内有无效记录则该组不分级），不是各等级的分布；要看每个“${name}”下各等级的记录数，请用 ${option}`,
    `Note: rule set${several ? 's' : ''} ${ids.join(' and ')} ${several ? 'have' : 'has'} no requirements on a group as a whole, so --group-by gives each group the grade of its lowest record (not graded when one is invalid), not a distribution; for the number of records per grade for each "${name}", use ${option}`,
  );
}
