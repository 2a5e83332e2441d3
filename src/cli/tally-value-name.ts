import { enumCellValue } from '../input/convert-value';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { foldValueText } from '../text/fold-value-text';
import type { Language } from '../text/localized-text';

/**
 * How a `--tally-by` value is named when the column is an enum indicator's:
 * each spelling a sheet may use for one value (its code, its zh and en labels,
 * an alias: `热泵型`, `heat-pump`, `热泵`; the code spelt another way, `P·O`
 * for `P.O`, `5.0` or `５` for 5) is one group, named by the value's
 * label in the run's language (`热泵型`; `Heat pump` under `--lang en`), or by
 * its code when it has none — the spellings the grader reads as that value,
 * no others. Any other text — a value no spelling names (`热水型`, `未检`,
 * `HEAT-PUMP`), a column no enum reads — is itself, as written.
 * Without this a committee tallying by unit type saw four groups for two
 * types (committee-22 F5, hostile-22 M8).
 *
 * With two rule sets (compare's A then B) a spelling is grouped under a
 * value only when both read it as that value, and named as A names it; one
 * they read as two different values (an alias B moved from split to window:
 * `柜式`) or that only one of them reads (`分体机`, B's new label) is a group
 * of its own, as written, for neither side's reading is the sheet's
 * (hostile-23 M5). A numeral for a number (`5.0` for a thickness of 5) is
 * that number, as the reader takes it; before, a committee tallying by
 * thickness saw `5`, `5.0` and `５` as three groups (newcomer-30 W1).
 *
 * @param ruleSets - the rule sets the run reads the column with (compare's A then B)
 * @example
 * const name = tallyValueName([ruleSet], 'zh');
 * name('unitType', 'heat-pump'); // '热泵型'
 */
export function tallyValueName(
  ruleSets: readonly RuleSet[],
  lang: Language,
): (field: string, text: string) => string {
  // Per field, each rule set's reading (text → value) of the enum, in the order given, and the first one's names.
  const byField = new Map<
    string,
    { readers: ((text: string) => string | undefined)[]; names: Map<string, string> }
  >();
  for (const ruleSet of ruleSets) {
    for (const ind of modelOf(ruleSet).indicators) {
      if (ind.type !== 'enum' || !ind.values) continue;
      // As the grader reads them: a code as the reader takes it (`P·O`, `5.0`), a label or alias as written or
      // folded (never a code folded).
      const values = ind.values;
      const spellings = new Map([...(ind.valueSpellings ?? [])].map(([text, v]) => [text, String(v)]));
      const reader = (text: string) => {
        const code = enumCellValue(text, values);
        return code !== undefined
          ? String(code)
          : (spellings.get(text) ?? spellings.get(foldValueText(text)));
      };
      const seen = byField.get(ind.name);
      if (seen) {
        seen.readers.push(reader);
        continue;
      }
      const names = new Map(
        ind.values.map((v) => [String(v), ind.valueLabels?.get(v)?.[lang] ?? String(v)] as const),
      );
      byField.set(ind.name, { readers: [reader], names });
    }
  }
  return (field, text) => {
    const entry = byField.get(field);
    if (!entry) return text;
    const [first, ...others] = entry.readers;
    const value = first!(text);
    // Read as two values (an alias moved between them) or by one rule set only: the cell as written.
    if (value === undefined || others.some((read) => read(text) !== value)) return text;
    return entry.names.get(value) ?? text;
  };
}
