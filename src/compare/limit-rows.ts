import { limitOperands } from '../compile/limit-operands';
import { spelledValue } from '../compile/record-snapshot';
import { bandContains } from '../model/band';
import { type Expr, exprChildren } from '../model/expr';
import type { RuleSetModel, TableModel, TableRowModel } from '../model/rule-set-model';
import type { Language } from '../text/localized-text';
import { safeLine } from '../text/safe-text';
import { keyNumber } from './key-number';

/**
 * Which row of each table a record reads under A and under B, where the two rows are written differently:
 * with a capacity band's boundary moved 4500 → 5000 W, a 4800 W unit reads `(4500, 7100]` under A and
 * `≤ 5000` under B, which its limits alone do not tell (committee-26 F3). By key indicator name, the text
 * to put after the record's value in the "limits depend on" line; an indicator keyed into no such pair of
 * rows is left out. Built once per pair of rule sets.
 *
 * @example
 * const rows = limitRowsOf(modelOf(a), modelOf(b));
 * rows(['apf@2'], { unitType: 'heat-pump', ratedCoolingCapacity: 4800 }, 'en').get('ratedCoolingCapacity');
 * // 'A: row (4500, 7100], B: row ≤ 5000'
 */
export function limitRowsOf(
  a: RuleSetModel,
  b: RuleSetModel,
): (ids: readonly string[], record: unknown, lang: Language) => Map<string, string> {
  const tablesA = tablesByCheck(a);
  const tablesB = tablesByCheck(b);
  return (ids, record, lang) => {
    const out = new Map<string, string>();
    if (record === null || typeof record !== 'object') return out;
    const fields = record as Record<string, unknown>;
    // By key indicator: each differing pair of row texts once, in the order met.
    const pairs = new Map<string, [string, string][]>();
    for (const id of ids) {
      for (const tableA of tablesA.get(id) ?? []) {
        const tableB = (tablesB.get(id) ?? []).find((t) => t.name === tableA.name);
        if (!tableB) continue;
        const rowA = rowOf(tableA, a, fields);
        const rowB = rowOf(tableB, b, fields);
        if (rowA === undefined && rowB === undefined) continue;
        const textA = rowA === undefined ? undefined : rowText(rowA);
        const textB = rowB === undefined ? undefined : rowText(rowB);
        if (textA === textB) continue;
        // Said once, after the band key's value (the capacity), or the last key's in a table of categories.
        const key = tableB.keys.find((k) => k.match === 'band') ?? tableB.keys.at(-1);
        if (!key) continue;
        const list = pairs.get(key.indicator) ?? [];
        const pair: [string, string] = [rowLabel(textA, lang), rowLabel(textB, lang)];
        if (!list.some(([x, y]) => x === pair[0] && y === pair[1])) list.push(pair);
        pairs.set(key.indicator, list);
      }
    }
    for (const [name, list] of pairs) {
      out.set(
        name,
        list
          .map(([x, y]) => (lang === 'zh' ? `A 按${x}，B 按${y}` : `A: ${x}, B: ${y}`))
          .join(lang === 'zh' ? '；' : '; '),
      );
    }
    return out;
  };
}

/** A row by its key cells as written, `行“≤ 5000”` / `row ≤ 5000`; none found: said so. */
function rowLabel(text: string | undefined, lang: Language): string {
  if (text === undefined) return lang === 'zh' ? '无对应行' : 'no row';
  return lang === 'zh' ? `行“${safeLine(text)}”` : `row ${safeLine(text)}`;
}

/** The tables each check's limit reads (a cell, or a cell inside a formula), by check id. */
export function tablesByCheck(model: RuleSetModel): Map<string, TableModel[]> {
  const out = new Map<string, TableModel[]>();
  for (const check of [...model.scope, ...model.criteria]) {
    const found = new Set<number>();
    const visit = (e: Expr): void => {
      if (e.k === 'cell') found.add(e.table);
      for (const child of exprChildren(e)) visit(child);
    };
    for (const o of limitOperands(check)) {
      if (o.kind === 'cell') found.add(o.table);
      else if (o.kind === 'expr') visit(o.expr);
    }
    const tables = [...found].map((t) => model.tables[t]).filter((t): t is TableModel => t !== undefined);
    if (tables.length > 0) out.set(check.id, tables);
  }
  return out;
}

/**
 * The first row whose keys all hold the record's values, as the compiled table picks it: a band by the
 * number, a category by the value (a label or alias read as its value); `undefined` when the record gives
 * no value for some key or no row holds it.
 */
export function rowOf(
  table: TableModel,
  model: RuleSetModel,
  fields: Record<string, unknown>,
): TableRowModel | undefined {
  const values: unknown[] = [];
  for (const key of table.keys) {
    const given = fields[key.indicator];
    if (given === undefined || given === null || given === '') return undefined;
    const ind = model.indicators.find((i) => i.name === key.indicator);
    if (key.match === 'band') {
      // `16.0(+)` reads the row `(16, 40]`, as the grader does (standards-46b).
      const n = keyNumber(given, ind?.unit);
      if (n === undefined) return undefined;
      values.push(n);
    } else {
      values.push(
        typeof given === 'string' && ind?.valueSpellings
          ? spelledValue(given, ind.valueSpellings, ind)
          : given,
      );
    }
  }
  return table.rows.find((row) =>
    row.match.every((m, k) => {
      const v = values[k];
      if (Array.isArray(m)) return m.includes(v as string | number | boolean);
      return typeof v === 'number' && bandContains(m, v);
    }),
  );
}

/** A row's key cells as written: `(4500, 7100]`, `HRB600`, `[HRB400, HRBF400]`, joined by ` / `. */
function rowText(row: TableRowModel): string {
  return row.match
    .map((m) =>
      Array.isArray(m) ? (m.length === 1 ? String(m[0]) : `[${m.map(String).join(', ')}]`) : m.text,
    )
    .join(' / ');
}
