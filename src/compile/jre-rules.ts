import type { RuleProperties, TopLevelCondition } from 'json-rules-engine';
import { COMPARE_OPERATORS } from '../model/operators';
import type { ConditionModel } from '../model/rule-set-model';
import type { CompiledCheck } from './compile-check';

/** The fact names and the operator through which the json-rules-engine runner hands a record to the engine. */
export const JRE_FACTS = {
  /** The run's context: the record's facts and each check's reading. */
  context: 'qgrade:context',
  /** `ready`, `missing` or `no-limit`: whether a value and a limit exist to compare. */
  ready: 'qgrade:ready',
  /** The value compared (rounded where the rounded-value method applies). */
  compared: 'qgrade:compared',
  /** The limit: a number, text, list of values, or band. */
  limit: 'qgrade:limit',
  /** How many specimens fail the limit (`atMostFailing`). */
  failing: 'qgrade:failing',
  /** How many specimens meet the limit (`atLeastPassing`). */
  passing: 'qgrade:passing',
  /** The operator testing a value against a band. */
  within: 'qgradeWithin',
} as const;

/**
 * The rule set as json-rules-engine rules: one rule per check, so every
 * requirement is evaluated and reported. Inside a rule the conditions run by
 * priority — applicability (`when`), then readiness (a value and a limit
 * exist), then the comparison — so the engine skips a comparison only where
 * skipping is deliberate, and the explanation says which. Building them needs
 * only json-rules-engine's types: the engine itself is loaded when it runs.
 */
export function toJsonRulesEngineRules(checks: readonly CompiledCheck[]): RuleProperties[] {
  return checks.map((check) => {
    const all: TopLevelCondition[] = [];
    const m = check.model;
    if (m.when) all.push({ ...(toJre(m.when) as object), priority: 3 } as TopLevelCondition);
    const params = { check: check.index };
    if (m.test.kind === 'condition')
      all.push({ ...(toJre(m.test.condition) as object), priority: 1 } as TopLevelCondition);
    else {
      all.push({
        fact: JRE_FACTS.ready,
        params,
        operator: 'equal',
        value: 'ready',
        priority: 2,
      } as unknown as TopLevelCondition);
      if (m.aggregate === 'atMostFailing' || m.aggregate === 'atLeastPassing') {
        // The engine judges the count; each specimen's comparison is the check's own reading.
        const atMost = m.aggregate === 'atMostFailing';
        all.push({
          fact: atMost ? JRE_FACTS.failing : JRE_FACTS.passing,
          params,
          operator: atMost ? 'lessThanInclusive' : 'greaterThanInclusive',
          value: m.aggregateCount,
          priority: 1,
        } as unknown as TopLevelCondition);
        return rule(check.index, all, params);
      }
      const operator =
        m.test.kind === 'range' || m.test.kind === 'tolerance'
          ? JRE_FACTS.within
          : m.test.kind === 'member'
            ? m.test.negate
              ? 'notIn'
              : 'in'
            : COMPARE_OPERATORS[m.test.operator].jre;
      all.push({
        fact: JRE_FACTS.compared,
        params,
        operator,
        value: { fact: JRE_FACTS.limit, params },
        priority: 1,
      } as unknown as TopLevelCondition);
    }
    return rule(check.index, all, params);
  });
}

function rule(index: number, all: TopLevelCondition[], params: { check: number }): RuleProperties {
  return {
    name: String(index),
    priority: 1,
    conditions: { all },
    event: { type: 'qgrade:check', params },
  } as RuleProperties;
}

function toJre(c: ConditionModel): unknown {
  if ('all' in c) return { all: c.all.map(toJre) };
  if ('any' in c) return { any: c.any.map(toJre) };
  if ('not' in c) return { not: toJre(c.not) };
  return { fact: c.fact, operator: c.operator, value: c.value };
}
