/**
 * Since committee-lots-42 (committee-40 M6) a `compare --tally-by` table and its JSON carry each side's
 * outcomes per value (`A: Conforming` … `B: Invalid`; `a` and `b`), checked in committee-lots-42.test.ts.
 * Tests of the moves alone look at them without those: these helpers take them off.
 */

/** Whether a heading is one of a side's outcome columns. */
const SIDE = /^(A|B)(: | 下)/;

/** A table's rows (header first) without the columns whose heading names a side's outcome. */
export function withoutSides<T>(rows: T[][]): T[][] {
  const header = rows[0] ?? [];
  const keep = header.map((h) => !SIDE.test(String(h)));
  return rows.map((r) => r.filter((_, i) => keep[i] ?? true));
}

/** One value's moves without its sides' outcomes. */
export function movesOnly<T extends object>(g: T): T {
  const { a: _a, b: _b, ...moves } = g as T & { a?: unknown; b?: unknown };
  return moves as T;
}

/** A `compare -f json` tally (or tallies) without the sides' outcomes of its groups, whole and other groups. */
export function tallyMovesOnly<T>(tally: T): T {
  if (Array.isArray(tally)) return tally.map((t) => tallyMovesOnly(t)) as T;
  const t = tally as { groups?: object[]; whole?: object; otherGroups?: object };
  return {
    ...t,
    ...(t.groups ? { groups: t.groups.map(movesOnly) } : {}),
    ...(t.whole ? { whole: movesOnly(t.whole) } : {}),
    ...(t.otherGroups ? { otherGroups: movesOnly(t.otherGroups) } : {}),
  } as T;
}
