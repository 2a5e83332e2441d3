import type { Limit } from '../model/grade-result';
import type { Language, LocalizedText } from '../text/localized-text';
import { setLimitProse } from '../text/set-limit-prose';

/** Labels of an enum's or a boolean's values, by value (an indicator's `valueLabels`). */
export type ValueLabels = ReadonlyMap<string | number | boolean, LocalizedText>;

// Keyed by an indicator's label, the one object its model and results share (a score's item names it by it).
const BY_INDICATOR = new WeakMap<object, ValueLabels>();

/** Notes, when a rule set compiles, the labels of an enum's or a boolean's values, for reports that name the indicator by its label. */
export function noteIndicatorValueLabels(indicatorLabel: object, labels: ValueLabels): void {
  BY_INDICATOR.set(indicatorLabel, labels);
}

/**
 * The labels of the values of the indicator whose label is `indicatorLabel`
 * (a scored item's `label`), as noted when its rule set compiled; `undefined`
 * for one without, or read from elsewhere.
 *
 * @example
 * indicatorValueLabels(shortfall.raise.label)?.get('heat-pump')?.zh; // '热泵型'
 */
export function indicatorValueLabels(indicatorLabel: object): ValueLabels | undefined {
  return BY_INDICATOR.get(indicatorLabel);
}

/**
 * A value as prose shows it: its label in `lang` when its enum or boolean
 * gives one (`热泵型` / `Heat pump` for `heat-pump`, `水冷式` for `false`),
 * else `undefined`. The result's `value` stays the value itself: field
 * values are a contract.
 *
 * @example
 * valueLabelText('window', new Map([['window', { zh: '整体式', en: 'Single-package' }]]), 'zh'); // '整体式'
 */
export function valueLabelText(value: unknown, labels: ValueLabels, lang: Language): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? labels.get(value)?.[lang]
    : undefined;
}

/**
 * A limit's text with its values by their labels in `lang` — `≠ 整体式`,
 * `属于 分体式、整体式 之一` — or `undefined` when none of its values has one.
 * Built once per limit where the explanation's phrases are.
 *
 * @example
 * labelledLimitText({ operator: '!=', value: 'window', text: '≠ window' }, labels, 'zh'); // '≠ 整体式'
 */
export function labelledLimitText(limit: Limit, labels: ValueLabels, lang: Language): string | undefined {
  const v = limit.value;
  if ((limit.operator === 'in' || limit.operator === 'not in') && Array.isArray(v)) {
    if (!v.some((x) => valueLabelText(x, labels, lang) !== undefined)) return undefined;
    const shown = v.map((x) => valueLabelText(x, labels, lang) ?? String(x));
    return setLimitProse(limit.operator, shown, lang);
  }
  if (limit.operator !== '=' && limit.operator !== '!=') return undefined;
  const label = valueLabelText(v, labels, lang);
  const written = String(v);
  if (label === undefined || !limit.text.endsWith(written)) return undefined;
  return limit.text.slice(0, limit.text.length - written.length) + label;
}
