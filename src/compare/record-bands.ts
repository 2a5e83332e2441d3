import type { CheckModel, RuleSetModel } from '../model/rule-set-model';
import { holdsIn } from '../resolve/condition-holds-in';
import { intervalText } from '../resolve/interval-text';
import type { Language } from '../text/localized-text';
import { safeLine } from '../text/safe-text';
import { keyNumber } from './key-number';
import { rowOf, tablesByCheck } from './limit-rows';

/**
 * Which band of each banded table key a record's value fell in, for one rule set: `厚度 = 6 mm` alone does not tell
 * a reader checking the 6/8 mm edges that the row `[2, 8)` was read (newcomer-words-42 a); and which band of a
 * `when` that narrows a number (`when: { thickness: "[2, 8)" }`) the value met, for a requirement that applied
 * because of it (studio-author-43). By key indicator name,
 * the text to put after the record's value in the "limits depend on" line (`在“[2, 8)”档` / `in band [2, 8)`);
 * where the tables that key reads band it differently, each band with its table
 * (`yieldMin 的“(16, 40]”档、cevMax 的“≤ 30”档`), a `when`'s band with its requirement's id. A category key is
 * left out, and so is a `when` that names values or one value: the value names its row.
 * Built once per rule set.
 *
 * @example
 * const bands = recordBandsOf(modelOf(glass));
 * bands(['transmittance@ordinary'], { thickness: 6 }, 'zh').get('thickness'); // '在“[2, 8)”档'
 */
export function recordBandsOf(
  model: RuleSetModel,
): (ids: readonly string[], record: unknown, lang: Language) => Map<string, string> {
  const tables = tablesByCheck(model);
  const checks = new Map<string, CheckModel>();
  for (const check of [...model.scope, ...model.criteria]) if (check.when) checks.set(check.id, check);
  const units = new Map(model.indicators.flatMap((i) => (i.unit ? [[i.name, i.unit] as const] : [])));
  return (ids, record, lang) => {
    const out = new Map<string, string>();
    if (record === null || typeof record !== 'object') return out;
    const fields = record as Record<string, unknown>;
    // By key indicator: each band text once, with the first table it is read from.
    const found = new Map<string, { band: string; table: string }[]>();
    const seen = new Set<string>();
    const add = (indicator: string, band: string, table: string) => {
      const list = found.get(indicator) ?? [];
      if (!list.some((b) => b.band === band)) list.push({ band, table });
      found.set(indicator, list);
    };
    for (const id of ids) {
      for (const table of tables.get(id) ?? []) {
        if (seen.has(table.name)) continue;
        seen.add(table.name);
        const row = rowOf(table, model, fields);
        if (!row) continue;
        table.keys.forEach((key, k) => {
          const m = row.match[k];
          if (key.match !== 'band' || m === undefined || Array.isArray(m)) return;
          add(key.indicator, m.text, table.name);
        });
      }
    }
    // The `when`s of the requirements that applied, once per requirement as written (a grade table's expands it).
    const whens = new Set<string>();
    for (const id of ids) {
      const check = checks.get(id);
      if (!check?.when || whens.has(check.sourceId)) continue;
      whens.add(check.sourceId);
      for (const [name, band] of whenBands(check, fields, units)) add(name, band, check.sourceId);
    }
    for (const [name, list] of found) {
      const [one] = list;
      if (list.length === 1 && one) {
        out.set(name, lang === 'zh' ? `在“${safeLine(one.band)}”档` : `in band ${safeLine(one.band)}`);
        continue;
      }
      out.set(
        name,
        lang === 'zh'
          ? list.map((b) => `${safeLine(b.table)} 的“${safeLine(b.band)}”档`).join('、')
          : `band ${list.map((b) => `${safeLine(b.band)} of ${safeLine(b.table)}`).join(', ')}`,
      );
    }
    return out;
  };
}

/**
 * The bands a requirement's `when` puts a number of the record in: for each number it reads, the one interval the
 * condition holds in (`[2, 8)`, `≥ 8`), where that is one and holds the record's value; none for a condition on
 * values or on one value, or that holds in several intervals.
 */
function whenBands(
  check: CheckModel,
  fields: Record<string, unknown>,
  units: ReadonlyMap<string, string>,
): Map<string, string> {
  const out = new Map<string, string>();
  const names = new Set<string>();
  factsOf(check.when!, names);
  for (const name of names) {
    // `0.020(+)` is in the band its interval lies in, as the grader reads it (standards-46b).
    const v = keyNumber(fields[name], units.get(name));
    if (v === undefined) continue;
    const spans = holdsIn(check.when!, name);
    const [one] = spans;
    if (spans.length !== 1 || !one || one.lower === one.upper) continue;
    if (one.lower === -Infinity && one.upper === Infinity) continue;
    const inside =
      (one.lowerInclusive ? v >= one.lower : v > one.lower) &&
      (one.upperInclusive ? v <= one.upper : v < one.upper);
    if (inside) out.set(name, intervalText(one));
  }
  return out;
}

function factsOf(c: NonNullable<CheckModel['when']>, into: Set<string>): void {
  if ('all' in c) for (const x of c.all) factsOf(x, into);
  else if ('any' in c) for (const x of c.any) factsOf(x, into);
  else if ('not' in c) factsOf(c.not, into);
  else into.add(c.fact);
}
