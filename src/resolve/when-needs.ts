import type { ConditionModel, IndicatorModel } from '../model/rule-set-model';
import { mayHold } from './condition-may-hold';

/**
 * Whether a record may leave the indicator out when grading: it is optional
 * (`required: false`, or only `requiredWhen`) and has no `default` to fill it.
 */
export function mayBeAbsent(indicator: IndicatorModel): boolean {
  return !indicator.required && indicator.default === undefined;
}

/**
 * The indicators among `optional` without which the `when` cannot hold: for a
 * record that leaves one of them out, the requirement is switched off
 * (`when: { autoclavePassed: false }` and `when: { autoclavePassed: true }`
 * both need `autoclavePassed`; `not: { autoclavePassed: true }` does not).
 *
 * @example
 * whenNeeds({ fact: 'autoclavePassed', operator: 'equal', value: true }, [autoclavePassed]) // [autoclavePassed]
 */
export function whenNeeds(when: ConditionModel, optional: readonly IndicatorModel[]): IndicatorModel[] {
  return optional.filter((i) => !mayHold(when, new Map([[i.name, undefined]])));
}
