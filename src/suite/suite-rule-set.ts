import { RULE_SET_ID } from '../load/rule-set-id';

/**
 * Where a suite's `ruleSet:` points, as its schema says: a bundled id
 * (`steel/hot-rolled-ribbed-bar`) as it is; a path relative to the suite's
 * folder (`lot.yaml`, `./lot.yaml`, `../rules/lot.yaml`) joined to it; an
 * absolute path as it is. `lot.yaml` without `./` was taken from the working
 * directory, so `qgrade test rules/` could test another file than the one
 * beside the suite, and the answer depended on where it was run.
 *
 * @param suiteFolder - the suite's folder, `/`-separated (a path the caller joins with `join`)
 * @param join - the caller's path join (Node's `resolve`, or the studio's for its folder listing)
 * @example
 * suiteRuleSetTarget('q.yaml', 'rules/steel', resolve) // '/…/rules/steel/q.yaml'
 * suiteRuleSetTarget('steel/hot-rolled-ribbed-bar', 'rules/steel', resolve) // 'steel/hot-rolled-ribbed-bar'
 */
export function suiteRuleSetTarget(
  ruleSet: string,
  suiteFolder: string,
  join: (folder: string, path: string) => string,
): string {
  return RULE_SET_ID.test(ruleSet) ? ruleSet : join(suiteFolder, ruleSet);
}
