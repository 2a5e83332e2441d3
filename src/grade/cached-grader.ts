import { parseRuleSet } from '../resolve/check-rule-set';
import { loadRuleSet } from '../resolve/load-rule-set';
import { createGrader, type Grader } from './create-grader';
import type { RuleSetSource } from './grader-pool';

const graders = new Map<string, Promise<Grader>>();

/**
 * The grader for a rule-set source, loaded and compiled once per thread: a
 * worker thread is handed the source with every batch and reuses what it
 * compiled for the first.
 */
export function cachedGrader(source: RuleSetSource): Promise<Grader> {
  const key = JSON.stringify(source);
  let grader = graders.get(key);
  if (!grader) {
    grader =
      'text' in source
        ? Promise.resolve(createGrader(parseRuleSet(source.text, { filename: source.filename })))
        : loadRuleSet(source.pathOrId).then((r) => createGrader(r));
    graders.set(key, grader);
  }
  return grader;
}
