import type { CheckModel, RuleSetModel } from '../model/rule-set-model';
import { type ValueFigure, writtenDecimals } from './shown-value';

/**
 * Each check's {@link ValueFigure}, where it shows a computed value — a
 * score, a derived value, a mean — compared by the full-value method: one
 * per value, shared by every check of it, made from all the limits they
 * compare it with (a table's column with every cell of it). `undefined`
 * for the others: a measured value, one compared by the rounded-value
 * method (shown with its 修约值), a count, or a value one of whose limits
 * is computed per record (each line then guards against its own limit).
 */
export function valueFigures(
  model: RuleSetModel,
  checks: readonly CheckModel[],
): (ValueFigure | undefined)[] {
  const derived = new Map(model.derived.map((d) => [d.name, d] as const));
  const scores = new Set<number>();
  if (model.scoring) {
    scores.add(model.scoring.totalSlot);
    for (const d of model.scoring.dimensions) scores.add(d.slot);
  }
  const groups = new Map<
    string,
    { subject: string; checks: number[]; limits: number[]; decimals: number[]; open: boolean }
  >();
  checks.forEach((c, i) => {
    if (!c.subject || c.comparison.method !== 'full' || c.test.kind === 'condition') return;
    const mean = c.aggregate === 'mean';
    if (!derived.has(c.subject) && !mean) return;
    if (c.aggregate === 'atMostFailing' || c.aggregate === 'atLeastPassing') return;
    const key = mean ? `${c.subject}\u0000mean` : c.subject;
    let g = groups.get(key);
    if (!g) {
      g = { subject: c.subject, checks: [], limits: [], decimals: [], open: false };
      groups.set(key, g);
    }
    g.checks.push(i);
    if (!limitsOf(model, c, g.limits, g.decimals)) g.open = true;
  });
  const out: (ValueFigure | undefined)[] = checks.map(() => undefined);
  for (const g of groups.values()) {
    if (g.open) continue;
    const d = derived.get(g.subject);
    const score = d !== undefined && scores.has(d.slot);
    // A derived value's own decimals; else one finer than the finest limit, as GB/T 8170 keeps in intermediate values.
    const decimals = d?.decimals ?? (g.decimals.length ? Math.max(...g.decimals) + 1 : undefined);
    const limits = [...new Set(g.limits)].sort((a, b) => a - b);
    const figure: ValueFigure = { decimals, score, limits };
    for (const i of g.checks) out[i] = figure;
  }
  return out;
}

/** Adds the numbers a check compares with, and their written decimals; `false` when a limit is computed per record. */
function limitsOf(model: RuleSetModel, c: CheckModel, limits: number[], decimals: number[]): boolean {
  const add = (value: unknown, text: string): void => {
    if (typeof value === 'number' && Number.isFinite(value)) limits.push(value);
    const written = writtenDecimals(text);
    if (written !== undefined) decimals.push(written);
  };
  const t = c.test;
  switch (t.kind) {
    case 'compare': {
      const o = t.operand;
      if (o.kind === 'expr') return false;
      if (o.kind === 'literal') add(o.literal.value, o.literal.text);
      else
        for (const row of model.tables[o.table]!.rows) {
          const cell = row.cells.get(o.column);
          if (cell && !cell.unavailable) add(cell.value, cell.text);
        }
      return true;
    }
    case 'range':
      add(t.band.lower, t.lowerText);
      add(t.band.upper, t.upperText);
      return true;
    case 'member':
      for (const v of t.values) add(v.value, v.text);
      return true;
    default:
      // A tolerance's ends are computed from its nominal and allowances.
      return false;
  }
}
