import type { GradeChange, RuleSetComparison } from './compare-rule-sets';
import { INVALID_KEY, NOT_GRADED_KEY } from './migration-matrix';

/**
 * A comparison's migration matrix as the reports show it: a record invalid
 * under A is counted in an {@link INVALID_KEY} row, one invalid under B in an
 * {@link INVALID_KEY} column, rather than under "not graded" (as `grade`
 * counts them apart), so "not graded" holds only valid records below the
 * lowest grade or out of scope. Rows still add up to the records by their
 * status under A, columns under B. The row and column are there (zeros
 * included) only when some record is invalid; otherwise this is
 * `comparison.matrix` itself. `comparison.matrix` is not changed: JSON keeps
 * invalid records under `"null"`.
 *
 * @example
 * const cells = matrixWithInvalid(comparison);
 * cells[INVALID_KEY]['2']; // records invalid under A and graded 2 under B
 */
export function matrixWithInvalid(
  comparison: Pick<RuleSetComparison, 'matrix' | 'invalid' | 'changes'>,
): Record<string, Record<string, number>> {
  const { matrix, invalid } = comparison;
  if (invalid.length === 0) return matrix;
  const cells: Record<string, Record<string, number>> = {};
  for (const [from, line] of Object.entries(matrix)) cells[from] = { ...line, [INVALID_KEY]: 0 };
  const columns = Object.keys(Object.values(cells)[0] ?? { [NOT_GRADED_KEY]: 0 });
  cells[INVALID_KEY] = Object.fromEntries(columns.map((k) => [k, 0]));
  // An invalid record's grade under the other side: a changed record has it; an unchanged one is not graded under either.
  const changed = new Map<number, GradeChange>();
  for (const c of comparison.changes) if (c.from === null || c.to === null) changed.set(c.row, c);
  const add = (from: string, to: string, n: number) => {
    cells[from] ??= Object.fromEntries(columns.map((k) => [k, 0]));
    const line = cells[from];
    line[to] = (line[to] ?? 0) + n;
  };
  for (const r of invalid) {
    const change = changed.get(r.row);
    const from = change?.from ?? NOT_GRADED_KEY;
    const to = change?.to ?? NOT_GRADED_KEY;
    add(from, to, -1);
    add(r.under === 'b' ? from : INVALID_KEY, r.under === 'a' ? to : INVALID_KEY, 1);
  }
  return cells;
}

/**
 * The migration matrix as the reports (table, HTML, workbook) show it: the
 * comparison's `shown` matrix when it has one (invalid apart, and under a
 * rule set of one grade, nonconforming and out of scope apart: committee-29
 * M3), else {@link matrixWithInvalid}.
 *
 * @example
 * const cells = shownMatrix(comparison);
 * cells['conforming']['(nonconforming)']; // conforming under A, failing the one grade of B
 */
export function shownMatrix(
  comparison: Pick<RuleSetComparison, 'matrix' | 'invalid' | 'changes' | 'shown'>,
): Record<string, Record<string, number>> {
  return comparison.shown ?? matrixWithInvalid(comparison);
}
