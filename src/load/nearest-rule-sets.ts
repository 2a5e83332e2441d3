import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import { localized } from '../text/localized-text';
import { bundledRuleIds, nearestIds } from './bundled-rule-ids';

/**
 * A rule set that could not be found, with the bundled ids a user most likely meant: a typo in an id
 * (`building-materials/cement-lot-grad`) or an id's name without its industry (`cement-lot-grade`, which was
 * looked for as a file: "cannot be read: no such file"). Other issues, and names written as paths (an
 * extension, a folder, `./`), are returned as they are.
 *
 * @example
 * await withNearestRuleSets('cement-lot-grade', issue);
 * // text.en: 'cannot be read: no such file; did you mean the bundled rule set building-materials/cement-lot-grade?'
 */
export async function withNearestRuleSets(pathOrId: string, issue: RuleSetIssue): Promise<RuleSetIssue> {
  const asName =
    issue.code === 'rule-set-not-found' ||
    (issue.code === 'file-not-found' &&
      !/\.ya?ml$|\\|^\.|^\/|^~/.test(pathOrId) &&
      pathOrId.split('/').length <= 2);
  if (!asName) return issue;
  const near = nearestIds(pathOrId.toLowerCase(), await bundledRuleIds().catch(() => []));
  if (near.length === 0) return issue;
  const { text } = issue;
  return ruleSetIssue({
    ...issue,
    text: localized(
      `${text.zh}；是否要用内置规则集 ${near.length > 1 ? `${near.slice(0, -1).join('、')}或${near.at(-1)}` : near[0]}？`,
      `${text.en}; did you mean the bundled rule set ${near.length > 1 ? `${near.slice(0, -1).join(', ')} or ${near.at(-1)}` : near[0]}?`,
    ),
  });
}
