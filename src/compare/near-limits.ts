import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { rowOf, tablesByCheck } from './limit-rows';

/**
 * One limit that changed between A and B, with how many records lie within a small margin of B's limit: those
 * that meet it there and those that miss it (committee-35 M5: how sensitive a 0.5-point cut is). The margin is
 * one unit in the last decimal B's limit writes (`≥ 18.0` → 0.1, `≤ 14000` → 1), so "near" means "one step of
 * the figure as written". Only a plain `≥ > ≤ <` limit on a number is counted, by the record's value as graded.
 *
 * @example
 * const near: NearLimit = { id: 'strength-3d', from: '≥ 17.0', to: '≥ 18.0', margin: 0.1, meet: 3, miss: 2 };
 */
export interface NearLimit {
  /** The requirement's id. */
  id: string;
  /**
   * Its limit under A, as the rule file writes it (`limit.text`); `null` for a requirement B adds, which A does
   * not have (committee-40 M8: B's new `≤ 300 min` is the limit a committee most wants to see).
   */
  from: string | null;
  /** Its limit under B, as written. */
  to: string;
  /** One unit in the last decimal B's limit writes: a record within this of B's limit is near it. */
  margin: number;
  /** Records that meet B's limit and lie within `margin` of it. */
  meet: number;
  /** Records that miss B's limit by at most `margin`. */
  miss: number;
  /**
   * The row of B's table its limit is read from, by its key cells as written (`{ diameter: '[6, 14)' }`): a
   * banded requirement (mass deviation by diameter) changes a limit per row, and `≥ -5.0 → ≥ -4.5` alone does
   * not say for which bars (committee-46). Absent for a limit read from no table.
   */
  row?: { table: string; keys: Record<string, string> };
  /** The unit of the value the limit is on (`%`), as B's indicator gives it; absent for none. */
  unit?: string;
}

/**
 * Counts, record by record, the records near each changed limit ({@link NearLimit}), by requirement in the order
 * they are first met and, within one, by the row of B's table it is read from (a band's rows in their order).
 * A limit is one requirement's pair of texts in one row of B's table: each row gives one per pair that differs.
 * With `inA`, the ids of A's requirements, a requirement B adds counts too (`from: null`); a requirement A has
 * that does not apply to a record is no added one. With `b`, B's model, and the record given to `add`, each limit
 * names its row and unit.
 *
 * @example
 * const near = nearLimitTally();
 * near.add(resultA, resultB);
 * near.result(); // [{ id: 'strength-3d', from: '≥ 17.0', to: '≥ 18.0', margin: 0.1, meet: 3, miss: 2 }]
 */
export function nearLimitTally(
  inA?: ReadonlySet<string>,
  b?: RuleSetModel,
): {
  add(a: GradeResult, b: GradeResult, record?: unknown): void;
  result(): NearLimit[];
} {
  const byKey = new Map<string, NearLimit>();
  // Where each limit goes in the result: its requirement's first meeting, then its row's place in the table.
  const order = new Map<NearLimit, [number, number]>();
  const ids = new Map<string, number>();
  const tables = b === undefined ? undefined : tablesByCheck(b);
  const units = new Map(b?.indicators.flatMap((i) => (i.unit ? [[i.name, i.unit] as const] : [])));
  const rowFor = (id: string, record: unknown) => {
    if (b === undefined || record === null || typeof record !== 'object') return undefined;
    for (const table of tables?.get(id) ?? []) {
      const row = rowOf(table, b, record as Record<string, unknown>);
      if (!row) continue;
      const keys = Object.fromEntries(
        table.keys.map((k, i) => {
          const m = row.match[i]!;
          return [k.indicator, Array.isArray(m) ? m.map(String).join(', ') : m.text];
        }),
      );
      return { row: { table: table.name, keys }, at: table.rows.indexOf(row) };
    }
    return undefined;
  };
  return {
    add(a, bResult, record) {
      for (const cb of bResult.criteria) {
        const to = numericLimit(cb);
        if (to === undefined || typeof cb.value !== 'number' || cb.passed === null) continue;
        const ca = a.criteria.find((c) => c.id === cb.id);
        const added = ca === undefined && inA !== undefined && !inA.has(cb.id);
        const from = added ? null : ca?.limit?.text;
        if (from === undefined || from === cb.limit!.text) continue;
        const found = rowFor(cb.id, record);
        const key = `${cb.id}\u0000${from}\u0000${cb.limit!.text}\u0000${JSON.stringify(found?.row ?? null)}`;
        let near = byKey.get(key);
        if (!near) {
          const unit = cb.indicator === null ? undefined : units.get(cb.indicator);
          near = {
            id: cb.id,
            from,
            to: cb.limit!.text,
            margin: to.margin,
            meet: 0,
            miss: 0,
            ...(found ? { row: found.row } : {}),
            ...(unit ? { unit } : {}),
          };
          byKey.set(key, near);
          if (!ids.has(cb.id)) ids.set(cb.id, ids.size);
          order.set(near, [ids.get(cb.id)!, found?.at ?? -1]);
        }
        // Within the margin, with a little slack for a decimal's binary error (18.1 − 18.0).
        if (Math.abs(cb.value - to.value) > to.margin * (1 + 1e-9)) continue;
        if (cb.passed) near.meet++;
        else near.miss++;
      }
    },
    result: () =>
      [...byKey.values()].sort((x, y) => {
        const [ix, rx] = order.get(x)!;
        const [iy, ry] = order.get(y)!;
        return ix - iy || rx - ry;
      }),
  };
}

/** A one-sided numeric limit and its margin (one unit in its last written decimal); `undefined` for any other. */
function numericLimit(c: CriterionResult): { value: number; margin: number } | undefined {
  const limit = c.limit;
  if (!limit || typeof limit.value !== 'number') return undefined;
  if (limit.operator !== '>=' && limit.operator !== '>' && limit.operator !== '<=' && limit.operator !== '<')
    return undefined;
  const written = /\d+(?:\.(\d+))?/.exec(limit.text);
  if (!written) return undefined;
  return { value: limit.value, margin: 10 ** -(written[1]?.length ?? 0) };
}
