import { deserialize, serialize } from 'node:v8';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import type { RuleDocument } from '../model/rule-document';
import type { RuleSetModel } from '../model/rule-set-model';
import { modelOf, type RuleSet, toRuleSet } from './rule-set';

/** The parts a {@link RuleSet} is made of, as plain data: what `toRuleSet` makes one from. */
interface ResolvedParts {
  model: RuleSetModel;
  doc: RuleDocument;
  warnings: RuleSetIssue[];
}

/**
 * A loaded rule set as bytes another thread turns back into the same rule
 * set with {@link ruleSetFromResolved}, without parsing and checking its
 * YAML again: a worker thread did that at every start (~0.4 s of CPU each
 * for the air-conditioner set, and the YAML parser's code loaded with it).
 * The model is plain data (objects, arrays, maps, sets; no functions), as
 * the prebuilt files of the bundled sets already rely on.
 *
 * @example
 * const bytes = resolvedRuleSet(ruleSet); // in the pool's thread
 * const same = ruleSetFromResolved(bytes); // in a worker
 */
export function resolvedRuleSet(ruleSet: RuleSet): Uint8Array {
  const parts: ResolvedParts = {
    model: modelOf(ruleSet),
    doc: ruleSet.document,
    warnings: [...ruleSet.warnings],
  };
  return serialize(parts);
}

/**
 * The rule set {@link resolvedRuleSet} wrote as `bytes`.
 *
 * @example
 * ruleSetFromResolved(resolvedRuleSet(ruleSet)).id === ruleSet.id; // true
 */
export function ruleSetFromResolved(bytes: Uint8Array): RuleSet {
  const parts = deserialize(bytes) as ResolvedParts;
  // As resolveGrades made them: results share a grade's label, frozen so one cannot change another's.
  for (const g of parts.model.grades) Object.freeze(g.label);
  return toRuleSet(parts.model, parts.doc, parts.warnings);
}
