import type { Band } from '../model/band';
import { type Expr, exprChildren } from '../model/expr';
import type { CheckModel, RuleSetModel, TableModel, TableRowModel } from '../model/rule-set-model';
import { parseBand } from '../syntax/parse-band';

/**
 * A number where two rows of a table's key bands meet (`≤ 60` / `> 60` of
 * a capacity key: 60): a record on one side of it is held to one row's
 * limits, on the other side to the next row's, so an off-by-one in the band
 * (`< 60` for `≤ 60`) changes grades as a moved limit does.
 */
export interface KeyEdge {
  /** The table. */
  table: TableModel;
  /** The key's indicator. */
  indicator: string;
  /** The edge. */
  value: number;
  /** The edge as the band writes it (`60`, `4500`). */
  text: string;
  /** Decimals the edge is written with. */
  decimals: number;
  /** The first row whose band ends at the edge, and its 0-based index. */
  row: TableRowModel;
  rowIndex: number;
  /** The bands meeting at the edge, as written and in row order (`≤ 60`, `> 60`). */
  bands: string[];
}

/**
 * The inner edges of each band key of `table`: every finite end of a row's
 * band but the lowest lower and the highest upper end, which bound the
 * table rather than part two rows. A derived key is left out: its value is
 * computed, not a case's input.
 */
export function keyEdges(model: RuleSetModel, table: TableModel): KeyEdge[] {
  const edges: KeyEdge[] = [];
  table.keys.forEach((key, k) => {
    if (key.match !== 'band' || !model.indicators.some((i) => i.name === key.indicator)) return;
    const bands = table.rows.map((row) => row.match[k]).filter((m): m is Band => !Array.isArray(m));
    if (bands.length === 0) return;
    const lowest = Math.min(...bands.map((b) => b.lower));
    const highest = Math.max(...bands.map((b) => b.upper));
    const seen = new Set<number>();
    table.rows.forEach((row, r) => {
      const band = row.match[k];
      if (!band || Array.isArray(band)) return;
      const parsed = parseBand(band.text);
      for (const [value, text] of [
        [band.lower, parsed?.lowerText],
        [band.upper, parsed?.upperText],
      ] as const) {
        if (!Number.isFinite(value) || value === lowest || value === highest || seen.has(value)) continue;
        seen.add(value);
        const written = text ?? String(value);
        edges.push({
          table,
          indicator: key.indicator,
          value,
          text: written,
          decimals: /\.(\d+)$/.exec(written)?.[1]?.length ?? 0,
          row,
          rowIndex: r,
          bands: [...new Set(bands.filter((b) => b.lower === value || b.upper === value).map((b) => b.text))],
        });
      }
    });
  });
  return edges;
}

/**
 * The tables a check reads: its limit's cell, a tolerance's cells, the
 * cells its formula limit reads, also through the derived values the check
 * judges or its formula reads.
 */
export function tablesRead(model: RuleSetModel, check: CheckModel): Set<number> {
  const out = new Set<number>();
  const seen = new Set<string>();
  const walk = (e: Expr): void => {
    if (e.k === 'cell') out.add(e.table);
    if (e.k === 'ref') derivedTables(e.name);
    for (const child of exprChildren(e)) walk(child);
  };
  const derivedTables = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const derived = model.derived.find((d) => d.name === name);
    if (derived) walk(derived.expr);
  };
  if (check.subject) derivedTables(check.subject);
  const test = check.test;
  const operands =
    test.kind === 'compare'
      ? [test.operand]
      : test.kind === 'tolerance'
        ? [test.nominal, test.plus, test.minus]
        : [];
  for (const operand of operands) {
    if (operand.kind === 'cell') out.add(operand.table);
    else if (operand.kind === 'expr') walk(operand.expr);
  }
  return out;
}
