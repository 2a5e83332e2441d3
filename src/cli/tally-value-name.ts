import { modelOf, type RuleSet } from '../resolve/rule-set';
import { foldValueText } from '../text/fold-value-text';
import type { Language } from '../text/localized-text';

/**
 * How a `--tally-by` value is named when the column is an enum indicator's:
 * each spelling a sheet may use for one value (its code, its zh and en labels,
 * an alias: `热泵型`, `heat-pump`, `热泵`) is one group, named by the value's
 * label in the run's language (`热泵型`; `Heat pump` under `--lang en`), or by
 * its code when it has none — the spellings the grader reads as that value,
 * no others. Any other text — a value no spelling names (`热水型`, `未检`,
 * `HEAT-PUMP`), a column no enum reads — is itself, as written.
 * Without this a committee tallying by unit type saw four groups for two
 * types (committee-22 F5, hostile-22 M8).
 *
 * @param ruleSets - the rule sets the run reads the column with (compare's A then B: A's names win)
 * @example
 * const name = tallyValueName([ruleSet], 'zh');
 * name('unitType', 'heat-pump'); // '热泵型'
 */
export function tallyValueName(
  ruleSets: readonly RuleSet[],
  lang: Language,
): (field: string, text: string) => string {
  const byField = new Map<string, { codes: Map<string, string>; spellings: Map<string, string> }>();
  for (const ruleSet of ruleSets) {
    for (const ind of modelOf(ruleSet).indicators) {
      if (ind.type !== 'enum' || !ind.values || byField.has(ind.name)) continue;
      const nameOf = (value: string | number | boolean) =>
        ind.valueLabels?.get(value)?.[lang] ?? String(value);
      // As the grader reads them: a code as written, a label or alias as written or folded (never a code folded).
      const codes = new Map(ind.values.map((v) => [String(v), nameOf(v)]));
      const spellings = new Map([...(ind.valueSpellings ?? [])].map(([text, v]) => [text, nameOf(v)]));
      byField.set(ind.name, { codes, spellings });
    }
  }
  return (field, text) => {
    const names = byField.get(field);
    if (!names) return text;
    return (
      names.codes.get(text) ?? names.spellings.get(text) ?? names.spellings.get(foldValueText(text)) ?? text
    );
  };
}
