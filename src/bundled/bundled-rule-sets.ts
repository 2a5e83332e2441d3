import { RuleSetError } from '../errors/rule-set-error';
import { ruleSetIssue } from '../errors/rule-set-issue';
import { parseRuleSet } from '../resolve/check-rule-set';
import type { RuleSet } from '../resolve/rule-set';
import { localized } from '../text/localized-text';

/**
 * The ids of the rule sets bundled with qgrade, without reading them.
 *
 * @example
 * await bundledRuleSetIds(); // ['building-materials/cement-lot-grade', 'building-materials/cement-quality-grade', …]
 */
export async function bundledRuleSetIds(): Promise<string[]> {
  const { BUNDLED_RULE_TEXTS } = await import('./bundled-rule-texts');
  return Object.keys(BUNDLED_RULE_TEXTS);
}

/**
 * A bundled rule set's text, by id: what `rules/<id>.yaml` holds. Loaded on
 * first use, so a page that never asks for one does not download them.
 *
 * @throws {@link RuleSetError} for an id that names no bundled rule set
 * @example
 * const text = await bundledRuleSetText('steel/hot-rolled-ribbed-bar');
 */
export async function bundledRuleSetText(id: string): Promise<string> {
  const { BUNDLED_RULE_TEXTS } = await import('./bundled-rule-texts');
  const text = Object.hasOwn(BUNDLED_RULE_TEXTS, id) ? BUNDLED_RULE_TEXTS[id] : undefined;
  if (text === undefined) {
    const ids = Object.keys(BUNDLED_RULE_TEXTS);
    throw new RuleSetError(id, [
      ruleSetIssue({
        code: 'rule-set-not-found',
        severity: 'error',
        text: localized(
          `${id} 不是内置规则集；内置规则集有 ${ids.join('、')}`,
          `${id} is not a bundled rule set; they are ${ids.join(', ')}`,
        ),
        file: id,
        line: 0,
        column: 0,
        path: [],
      }),
    ]);
  }
  return text;
}

/**
 * A bundled rule set by id, parsed, without a file system: the browser's
 * `loadRuleSet`.
 *
 * @throws {@link RuleSetError} for an id that names no bundled rule set
 * @example
 * const grader = createGrader(await loadBundledRuleSet('home-appliances/room-air-conditioner-energy'));
 */
export async function loadBundledRuleSet(id: string): Promise<RuleSet> {
  return parseRuleSet(await bundledRuleSetText(id), { filename: `rules/${id}.yaml` });
}
