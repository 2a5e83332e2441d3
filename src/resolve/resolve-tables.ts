import type { Band } from '../model/band';
import { bandIsEmpty } from '../model/band';
import type { TableKeyModel, TableModel, TableRowModel } from '../model/rule-set-model';
import type { Literal, ValueKind } from '../model/value';
import { decimalsOf } from '../rounding/decimal';
import { parseBand } from '../syntax/parse-band';
import type { ModelContext } from './model-context';
import { checkLiteral, lookup } from './resolve-conditions';

/** The cell text for "this grade does not exist for this row", as against `~` (no requirement). */
export const NOT_AVAILABLE = 'n/a';

/**
 * Resolves threshold tables. Key cells select rows: a band for a numeric key
 * (`(4500, 7100]`), a value or list of values otherwise (`[HRB400, HRBF400]`).
 * Value cells keep the digits as written, so "5.00" shows as 5.00 and
 * rounds at 0.01.
 */
export function resolveTables(ctx: ModelContext): TableModel[] {
  const out: TableModel[] = [];
  for (const [name, t] of Object.entries(ctx.doc.tables ?? {})) {
    const path = ['tables', name];
    if (ctx.values.has(name)) {
      ctx.error('duplicate-id', `table "${name}" has the name of an indicator`, path, { key: true });
      continue;
    }
    const keys: TableKeyModel[] = [];
    let ok = true;
    for (const [i, key] of t.keys.entries()) {
      const info = lookup(ctx, key, [...path, 'keys', i], true);
      if (!info) {
        ok = false;
        continue;
      }
      if (info.perSpecimen) {
        ctx.error('table-shape', `"${key}" takes several specimens and cannot select a table row`, [
          ...path,
          'keys',
          i,
        ]);
        ok = false;
      }
      keys.push({
        indicator: key,
        slot: info.slot,
        match: info.kind === 'number' && !info.values ? 'band' : 'category',
      });
    }
    if (!ok) continue;
    if (t.keys.some((k, i) => t.columns[i] !== k)) {
      ctx.error('table-shape', `"columns" must start with the key columns in order: ${t.keys.join(', ')}`, [
        ...path,
        'columns',
      ]);
      continue;
    }
    const columns = t.columns.slice(t.keys.length);
    if (columns.length === 0) {
      ctx.error('table-shape', 'the table has key columns only; add the columns of limits', [
        ...path,
        'columns',
      ]);
      continue;
    }
    const rows: TableRowModel[] = [];
    const kinds = new Map<string, Set<ValueKind>>(columns.map((c) => [c, new Set()]));
    for (const [r, row] of t.rows.entries()) {
      const rowPath = [...path, 'rows', r];
      if (row.length !== t.columns.length) {
        ctx.error(
          'table-shape',
          `row ${r + 1} has ${row.length} cells; the table has ${t.columns.length} columns (${t.columns.join(', ')})`,
          rowPath,
        );
        continue;
      }
      const match: TableRowModel['match'] = [];
      for (const [k, key] of keys.entries()) {
        const m = keyCell(ctx, key, row[k], [...rowPath, k]);
        if (m) match.push(m);
      }
      if (match.length !== keys.length) continue;
      const cells = new Map<string, Literal | null>();
      for (const [c, column] of columns.entries()) {
        const at = keys.length + c;
        const cell = row[at];
        if (cell === null || cell === undefined) cells.set(column, null);
        else if (cell === NOT_AVAILABLE)
          cells.set(column, { value: NOT_AVAILABLE, text: NOT_AVAILABLE, decimals: 0, unavailable: true });
        else if (Array.isArray(cell)) {
          ctx.error('table-shape', `column "${column}" holds limits; a list belongs in a key column`, [
            ...rowPath,
            at,
          ]);
        } else {
          const text = ctx.source.literal([...rowPath, at]) ?? String(cell);
          cells.set(column, { value: cell, text, decimals: typeof cell === 'number' ? decimalsOf(text) : 0 });
          kinds.get(column)!.add(typeof cell as ValueKind);
        }
      }
      rows.push({ match, cells, location: ctx.location(rowPath), path: rowPath });
    }
    const columnKinds = new Map<string, ValueKind>();
    for (const [column, set] of kinds) {
      if (set.size > 1) {
        ctx.error('table-shape', `column "${column}" mixes ${[...set].join(' and ')} values`, [
          ...path,
          'columns',
          t.keys.length + columns.indexOf(column),
        ]);
      }
      columnKinds.set(column, set.size === 1 ? [...set][0]! : 'number');
    }
    const table: TableModel = { name, index: out.length, keys, columns, columnKinds, rows };
    if (t.title) table.title = t.title;
    if (t.source) table.source = t.source;
    checkCoverage(ctx, table);
    ctx.tables.set(name, table);
    out.push(table);
  }
  return out;
}

function keyCell(
  ctx: ModelContext,
  key: TableKeyModel,
  cell: unknown,
  path: (string | number)[],
): Band | (string | number | boolean)[] | undefined {
  const info = ctx.values.get(key.indicator)!;
  if (key.match === 'band') {
    const text = typeof cell === 'number' ? (ctx.source.literal(path) ?? String(cell)) : cell;
    const parsed = typeof text === 'string' ? parseBand(text) : undefined;
    if (!parsed) {
      ctx.error(
        'invalid-band',
        `${JSON.stringify(cell)} is not a band of "${key.indicator}"; write e.g. "(4500, 7100]", "≤ 4500" or "6~25"`,
        path,
      );
      return undefined;
    }
    if (bandIsEmpty(parsed.band)) {
      ctx.error('invalid-band', `band "${parsed.band.text}" holds no value`, path);
      return undefined;
    }
    return parsed.band;
  }
  const list = Array.isArray(cell) ? cell : [cell];
  const values: (string | number | boolean)[] = [];
  for (const [i, v] of list.entries()) {
    const checked = checkLiteral(ctx, info, key.indicator, v, Array.isArray(cell) ? [...path, i] : path);
    if (checked === undefined) return undefined;
    values.push(checked);
  }
  return values;
}

/**
 * Rows that share their other keys must not leave gaps between bands (a value
 * no row covers, inside the outermost bands) nor overlap (a value two rows
 * cover), and must not repeat a category.
 */
function checkCoverage(ctx: ModelContext, table: TableModel): void {
  for (const [k, key] of table.keys.entries()) {
    const groups = new Map<string, TableRowModel[]>();
    for (const row of table.rows) {
      const others = row.match
        .map((m, i) => (i === k ? '*' : JSON.stringify(Array.isArray(m) ? [...m].sort() : m)))
        .join('|');
      groups.set(others, [...(groups.get(others) ?? []), row]);
    }
    for (const rows of groups.values()) {
      if (key.match === 'band') checkBands(ctx, table, key, rows, k);
      else checkCategories(ctx, table, key, rows, k);
    }
  }
}

function checkBands(
  ctx: ModelContext,
  table: TableModel,
  key: TableKeyModel,
  rows: TableRowModel[],
  k: number,
): void {
  const sorted = [...rows].sort((a, b) => (a.match[k] as Band).lower - (b.match[k] as Band).lower);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!.match[k] as Band;
    const next = sorted[i]!.match[k] as Band;
    const at = [...sorted[i]!.path, k];
    const overlap =
      prev.upper > next.lower || (prev.upper === next.lower && prev.upperInclusive && next.lowerInclusive);
    const gap =
      prev.upper < next.lower || (prev.upper === next.lower && !prev.upperInclusive && !next.lowerInclusive);
    if (overlap) {
      ctx.error(
        'band-overlap',
        `in table "${table.name}", ${key.indicator} bands ${prev.text} and ${next.text} overlap: a value would match two rows`,
        at,
      );
    } else if (gap) {
      const between =
        prev.upper === next.lower ? `${prev.upper} itself` : `values between ${prev.upper} and ${next.lower}`;
      ctx.error(
        'band-gap',
        `in table "${table.name}", ${key.indicator} bands ${prev.text} and ${next.text} leave a gap: ${between} match no row`,
        at,
      );
    }
  }
}

function checkCategories(
  ctx: ModelContext,
  table: TableModel,
  key: TableKeyModel,
  rows: TableRowModel[],
  k: number,
): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    for (const v of row.match[k] as (string | number | boolean)[]) {
      const id = JSON.stringify(v);
      if (seen.has(id)) {
        ctx.error(
          'duplicate-row',
          `in table "${table.name}", ${key.indicator} = ${String(v)} appears in two rows`,
          [...row.path, k],
        );
      }
      seen.set(id, 1);
    }
  }
}
