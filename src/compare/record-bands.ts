import type { RuleSetModel } from '../model/rule-set-model';
import type { Language } from '../text/localized-text';
import { safeLine } from '../text/safe-text';
import { rowOf, tablesByCheck } from './limit-rows';

/**
 * Which band of each banded table key a record's value fell in, for one rule set: `厚度 = 6 mm` alone does not tell
 * a reader checking the 6/8 mm edges that the row `[2, 8)` was read (newcomer-words-42 a). By key indicator name,
 * the text to put after the record's value in the "limits depend on" line (`在“[2, 8)”档` / `in band [2, 8)`);
 * where the tables that key reads band it differently, each band with its table
 * (`yieldMin 的“(16, 40]”档、cevMax 的“≤ 30”档`). A category key is left out: its value names its row.
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
  return (ids, record, lang) => {
    const out = new Map<string, string>();
    if (record === null || typeof record !== 'object') return out;
    const fields = record as Record<string, unknown>;
    // By key indicator: each band text once, with the first table it is read from.
    const found = new Map<string, { band: string; table: string }[]>();
    const seen = new Set<string>();
    for (const id of ids) {
      for (const table of tables.get(id) ?? []) {
        if (seen.has(table.name)) continue;
        seen.add(table.name);
        const row = rowOf(table, model, fields);
        if (!row) continue;
        table.keys.forEach((key, k) => {
          const m = row.match[k];
          if (key.match !== 'band' || m === undefined || Array.isArray(m)) return;
          const list = found.get(key.indicator) ?? [];
          if (!list.some((b) => b.band === m.text)) list.push({ band: m.text, table: table.name });
          found.set(key.indicator, list);
        });
      }
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
