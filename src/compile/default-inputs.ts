import type { CheckModel, RuleSetModel } from '../model/rule-set-model';
import { booleanText } from '../text/boolean-text';
import type { LocalizedText } from '../text/localized-text';
import { numberText } from '../text/number-text';
import { unitAfter } from '../text/unit-after';
import { indicatorsReader } from './indicators-read';

/** An indicator with a `default` that a check's value is, or is computed from. */
export interface DefaultInput {
  /** The indicator's slot: a record that left it out lists it in its facts' `defaulted`. */
  slot: number;
  /** `true` when the check tests the indicator itself, not a value computed from it. */
  direct: boolean;
  /** "铬 Cr 0 %" / "Chromium Cr 0 %": the indicator and the value it was given. */
  text: LocalizedText;
}

/**
 * For each check (scope first, then criteria, as the compiled checks are
 * ordered), the indicators with a default its value depends on: the
 * indicator it tests, or every one a derived value reads, through other
 * derived values too. `undefined` where there is none, so the explanation of
 * most checks never looks.
 */
export function defaultInputsOf(model: RuleSetModel): (readonly DefaultInput[] | undefined)[] {
  const indicators = new Map(model.indicators.map((i) => [i.name, i] as const));
  const read = indicatorsReader(model);
  return [...model.scope, ...model.criteria].map((check: CheckModel) => {
    const subject = check.subject;
    if (subject === undefined) return undefined;
    const ind = indicators.get(subject);
    if (ind) {
      return ind.default === undefined
        ? undefined
        : [{ slot: ind.slot, direct: true, text: defaultText(ind) }];
    }
    const into = read(subject)
      .filter((i) => i.default !== undefined)
      .map((i) => ({ slot: i.slot, direct: false, text: defaultText(i) }));
    return into.length ? into : undefined;
  });
}

function defaultText(ind: RuleSetModel['indicators'][number]): LocalizedText {
  const v = ind.default!;
  const unit = typeof v === 'number' ? unitAfter(ind.unit) : '';
  const value = typeof v === 'number' ? numberText(v) : String(v);
  // An enum's or a boolean's default by its label (结构形式 分体式, 风冷式 风冷式), as the value itself is shown.
  const named = ind.valueLabels?.get(v);
  if (named) return { zh: `${ind.label.zh} ${named.zh}`, en: `${ind.label.en} ${named.en}` };
  const zh = typeof v === 'boolean' ? booleanText(v, 'zh') : value + unit;
  return { zh: `${ind.label.zh} ${zh}`, en: `${ind.label.en} ${value}${unit}` };
}
