import type { CriterionResult, GradeResult } from '../model/grade-result';

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
}

/**
 * Counts, record by record, the records near each changed limit ({@link NearLimit}), in the order the limits
 * are first met. A limit is one requirement's pair of texts: a table's rows give one per pair that differs.
 * With `inA`, the ids of A's requirements, a requirement B adds counts too (`from: null`); a requirement A has
 * that does not apply to a record is no added one.
 *
 * @example
 * const near = nearLimitTally();
 * near.add(resultA, resultB);
 * near.result(); // [{ id: 'strength-3d', from: '≥ 17.0', to: '≥ 18.0', margin: 0.1, meet: 3, miss: 2 }]
 */
export function nearLimitTally(inA?: ReadonlySet<string>): {
  add(a: GradeResult, b: GradeResult): void;
  result(): NearLimit[];
} {
  const byKey = new Map<string, NearLimit>();
  return {
    add(a, b) {
      for (const cb of b.criteria) {
        const to = numericLimit(cb);
        if (to === undefined || typeof cb.value !== 'number' || cb.passed === null) continue;
        const ca = a.criteria.find((c) => c.id === cb.id);
        const added = ca === undefined && inA !== undefined && !inA.has(cb.id);
        const from = added ? null : ca?.limit?.text;
        if (from === undefined || from === cb.limit!.text) continue;
        const key = `${cb.id}\u0000${from}\u0000${cb.limit!.text}`;
        let near = byKey.get(key);
        if (!near) {
          near = { id: cb.id, from, to: cb.limit!.text, margin: to.margin, meet: 0, miss: 0 };
          byKey.set(key, near);
        }
        // Within the margin, with a little slack for a decimal's binary error (18.1 − 18.0).
        if (Math.abs(cb.value - to.value) > to.margin * (1 + 1e-9)) continue;
        if (cb.passed) near.meet++;
        else near.miss++;
      }
    },
    result: () => [...byKey.values()],
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
