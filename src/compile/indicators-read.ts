import { referencedNames } from '../model/expr';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';

/**
 * The indicators a value reads, by the value's name: an indicator reads itself; a derived value every indicator
 * its formula reads, through other derived values too, each once, in the order the formulas first read them. A
 * name that is neither reads none. The maps are built once per rule set, the answer per call.
 *
 * @example
 * const read = indicatorsReader(model);
 * read('settingInterval').map((i) => i.name); // ['finalSetting', 'initialSetting']
 */
export function indicatorsReader(model: RuleSetModel): (name: string) => IndicatorModel[] {
  const indicators = new Map(model.indicators.map((i) => [i.name, i] as const));
  const derived = new Map(model.derived.map((d) => [d.name, d] as const));
  const walk = (name: string, seen: Set<string>, into: IndicatorModel[]): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const ind = indicators.get(name);
    if (ind) into.push(ind);
    else {
      const d = derived.get(name);
      if (d) for (const ref of referencedNames(d.expr)) walk(ref, seen, into);
    }
  };
  return (name) => {
    const into: IndicatorModel[] = [];
    walk(name, new Set(), into);
    return into;
  };
}
