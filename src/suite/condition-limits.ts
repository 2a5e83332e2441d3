import type { Expr } from '../model/expr';
import { jreOperator } from '../model/operators';
import type { ConditionModel, RuleSetModel } from '../model/rule-set-model';

/**
 * A number a condition compares with that is no requirement's limit — in an indicator's `requiredWhen`
 * (`employees > 300`), in a `? :` of a derived value's formula, or in a requirement's `when` (`thickness < 8`, a band
 * written with `when` rather than a table) — so `test --coverage` does not count it as a threshold (newcomer-35 M3,
 * newcomer-41 F2): listed, so that "every threshold has cases" is not read as covering it.
 *
 * @example
 * const c: ConditionLimit = { where: 'requiredWhen', owner: 'supplierScore', text: 'employees > 300' };
 */
export interface ConditionLimit {
  /** Where it is written: an indicator's `requiredWhen`, a derived value's formula, or a requirement's `when`. */
  where: 'requiredWhen' | 'formula' | 'when';
  /** The indicator (requiredWhen), derived value (formula) or requirement id (when) it is written in. */
  owner: string;
  /** The comparison as the rule file's names write it: `employees > 300`. */
  text: string;
}

const SYMBOL: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/**
 * The numeric comparisons of a rule set's `requiredWhen`s, formula conditions and requirements' `when`s, in
 * rule-file order, each once per owner. A `when` on the requirement's own value (`lossOnIgnition ≥ 0`: "judged where
 * given") has no edge to test and is left out.
 *
 * @example
 * conditionLimits(model); // [{ where: 'requiredWhen', owner: 'supplierScore', text: 'employees > 300' }, …]
 */
export function conditionLimits(model: RuleSetModel): ConditionLimit[] {
  const out: ConditionLimit[] = [];
  const add = (where: ConditionLimit['where'], owner: string, text: string) => {
    if (!out.some((c) => c.where === where && c.owner === owner && c.text === text))
      out.push({ where, owner, text });
  };
  for (const i of model.indicators)
    if (i.requiredWhen) for (const text of whenComparisons(i.requiredWhen)) add('requiredWhen', i.name, text);
  // Scoring's sums are derived values too, with no `? :`: only the rule file's own formulas give any.
  for (const d of model.derived) for (const text of formulaComparisons(d.expr)) add('formula', d.name, text);
  for (const c of [...model.scope, ...model.criteria])
    if (c.when) for (const text of whenComparisons(c.when, [], c.subject)) add('when', c.sourceId, text);
  return out;
}

/** A condition's comparisons with a number, but those on `own` (the requirement's own value). */
function whenComparisons(c: ConditionModel, into: string[] = [], own?: string): string[] {
  if ('all' in c) for (const p of c.all) whenComparisons(p, into, own);
  else if ('any' in c) for (const p of c.any) whenComparisons(p, into, own);
  else if ('not' in c) whenComparisons(c.not, into, own);
  else if (typeof c.value === 'number' && c.fact !== own) {
    const info = jreOperator(c.operator);
    if (info?.numeric) into.push(`${c.fact} ${info.symbol} ${c.value}`);
  }
  return into;
}

/** Comparisons of a name with a number in the tests of a formula's `? :`. */
function formulaComparisons(e: Expr, into: string[] = [], inTest = false): string[] {
  if (inTest && e.k === 'binary' && SYMBOL[e.op] !== undefined) {
    const [ref, num, op] =
      e.left.k === 'num' ? [e.right, e.left, flip(e.op)] : ([e.left, e.right, e.op] as const);
    if (ref.k === 'ref' && num.k === 'num') into.push(`${ref.name} ${SYMBOL[op]} ${num.text}`);
    return into;
  }
  if (e.k === 'cond') {
    formulaComparisons(e.test, into, true);
    formulaComparisons(e.yes, into, false);
    formulaComparisons(e.no, into, false);
    return into;
  }
  if (e.k === 'logical' || (e.k === 'unary' && e.op === '!')) {
    for (const c of e.k === 'logical' ? [e.left, e.right] : [e.arg]) formulaComparisons(c, into, inTest);
    return into;
  }
  if (e.k === 'binary') {
    formulaComparisons(e.left, into, false);
    formulaComparisons(e.right, into, false);
  } else if (e.k === 'call') for (const a of e.args) formulaComparisons(a, into, false);
  else if (e.k === 'unary' || e.k === 'points') formulaComparisons(e.arg, into, false);
  return into;
}

function flip(op: string): string {
  return op === '<' ? '>' : op === '>' ? '<' : op === '<=' ? '>=' : op === '>=' ? '<=' : op;
}
