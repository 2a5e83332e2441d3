import type { CheckModel, IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { labelNamesPass } from '../text/boolean-words';

/**
 * The value of a boolean indicator that meets its requirements, when that is
 * known: every scope check and criterion on it asks for the same value
 * (`= true` on 安定性, `= false` on 近三年发生重大质量事故), or, with none, its
 * label names a pass (`压蒸安定性合格`, tested only in `when`). `undefined`
 * when the requirements ask different values or in a way not read here (a
 * table cell), or nothing says. A reader takes a verdict (`合格`) in a cell
 * as this value only when it is `true`, so a verdict never turns round.
 *
 * @example
 * meetingValue(model, model.indicators.find((i) => i.name === 'majorQualityIncident')!); // false
 */
export function meetingValue(model: RuleSetModel, indicator: IndicatorModel): boolean | undefined {
  if (indicator.type !== 'boolean') return undefined;
  let asked: boolean | undefined;
  for (const check of [...model.scope, ...model.criteria]) {
    if (check.subject !== indicator.name) continue;
    const value = askedValue(check);
    if (value === undefined || (asked !== undefined && asked !== value)) return undefined;
    asked = value;
  }
  if (asked !== undefined) return asked;
  return labelNamesPass(indicator.label.zh) ? true : undefined;
}

/** The boolean a check asks for (`= true`, `≠ false`, `in [true]`), or `undefined` when it asks otherwise. */
function askedValue(check: CheckModel): boolean | undefined {
  const test = check.test;
  if (test.kind === 'compare' && test.operand.kind === 'literal') {
    const v = test.operand.literal.value;
    if (typeof v !== 'boolean') return undefined;
    if (test.operator === '=') return v;
    if (test.operator === '!=') return !v;
    return undefined;
  }
  if (test.kind === 'member') {
    const values = new Set(test.values.map((l) => l.value));
    if (values.size !== 1) return undefined;
    const [v] = values;
    if (typeof v !== 'boolean') return undefined;
    return test.negate ? !v : v;
  }
  return undefined;
}
