/**
 * The key of "not graded" in a migration matrix: JSON object keys are text,
 * so a record or group without a grade (invalid, out of scope, vetoed or
 * below the lowest grade) is counted under `"null"`.
 *
 * @example
 * comparison.matrix['2'][NOT_GRADED_KEY]; // records graded 2 under A and not graded under B
 */
export const NOT_GRADED_KEY = 'null';

/**
 * The key of "invalid" in a migration matrix as the reports show it (see
 * `matrixWithInvalid`): not a grade id (a grade id starts with a letter or
 * digit), and never in `compare -f json`'s `matrix`, which counts invalid
 * records under {@link NOT_GRADED_KEY}.
 *
 * @example
 * matrixWithInvalid(comparison)[INVALID_KEY][NOT_GRADED_KEY]; // invalid under A, valid and not graded under B
 */
export const INVALID_KEY = '(invalid)';

/**
 * A migration matrix being counted: grade under A → grade under B → count,
 * every grade of A and `"null"` a row holding every grade of B and `"null"`,
 * zeros included.
 */
export interface MigrationMatrix {
  /** The counts so far. */
  readonly cells: Record<string, Record<string, number>>;
  /** Counts one move (a `null` grade is "not graded"). */
  count(from: string | null, to: string | null): void;
}

/** An empty {@link MigrationMatrix} for two ladders. */
export function migrationMatrix(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): MigrationMatrix {
  const cells: Record<string, Record<string, number>> = {};
  const toKeys = [...b.grades.map((g) => g.id), NOT_GRADED_KEY];
  for (const from of [...a.grades.map((g) => g.id), NOT_GRADED_KEY]) {
    cells[from] = Object.fromEntries(toKeys.map((to) => [to, 0]));
  }
  return {
    cells,
    count(from, to) {
      const fromKey = from ?? NOT_GRADED_KEY;
      const toKey = to ?? NOT_GRADED_KEY;
      // A grade id the ladder does not list cannot come from a grader of that rule set, but count it rather than lose it.
      cells[fromKey] ??= Object.fromEntries(toKeys.map((k) => [k, 0]));
      const line = cells[fromKey];
      line[toKey] = (line[toKey] ?? 0) + 1;
    },
  };
}

/**
 * The order a report shows a matrix in: grades highest first, "not graded"
 * after them, then "invalid" when the matrix has it (see `matrixWithInvalid`);
 * a grade the matrix counts that A's ladder does not list goes just
 * before "not graded", so nothing counted is left out.
 *
 * @example
 * const { rows, columns } = matrixOrder(comparison.matrix, oldRules, newRules);
 */
export function matrixOrder(
  cells: Record<string, Record<string, number>>,
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): { rows: string[]; columns: string[] } {
  const rows = [...a.grades.map((g) => g.id).reverse(), NOT_GRADED_KEY];
  for (const key of Object.keys(cells))
    if (!rows.includes(key) && key !== INVALID_KEY) rows.splice(-1, 0, key);
  const columns = [...b.grades.map((g) => g.id).reverse(), NOT_GRADED_KEY];
  if (cells[INVALID_KEY] !== undefined) {
    rows.push(INVALID_KEY);
    columns.push(INVALID_KEY);
  }
  return { rows, columns };
}
