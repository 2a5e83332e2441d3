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
 * The key of "nonconforming" in a matrix as the reports show it (see
 * `shownMatrix`): under a rule set of one grade (a conformity standard), a
 * valid record below that grade is 不合格 / nonconforming, not "not graded",
 * which reads as "not assessed" (committee-29 M3). Never in `compare -f json`'s
 * `matrix`, which counts such records under {@link NOT_GRADED_KEY}.
 *
 * @example
 * shownMatrix(comparison)['conforming'][NONCONFORMING_KEY]; // conforming under A, failing under B
 */
export const NONCONFORMING_KEY = '(nonconforming)';

/**
 * The key of "out of scope" in a matrix as the reports show it, beside
 * {@link NONCONFORMING_KEY} under a rule set of one grade: a record the
 * standard does not cover, kept apart from one that failed it.
 *
 * @example
 * shownMatrix(comparison)[NONCONFORMING_KEY][OUT_OF_SCOPE_KEY]; // failing under A, out of scope under B
 */
export const OUT_OF_SCOPE_KEY = '(out-of-scope)';

/**
 * The key of "veto item failed" in a matrix as the reports show it (see
 * `shownMatrix`): a valid record a veto item (a `gate`) kept from any grade, under
 * its own label, as `grade`'s summary names the reason, rather than under
 * "not graded" (session 37: the column read 不分级 where every record in it had
 * failed a veto). Never in `compare -f json`'s `matrix`, which counts such
 * records under {@link NOT_GRADED_KEY}.
 *
 * @example
 * shownMatrix(comparison)['superior'][VETO_FAILED_KEY]; // superior under A, failing a veto item of B
 */
export const VETO_FAILED_KEY = '(veto-failed)';

/** The not-graded rows and columns of a shown matrix, in the order shown, before "not graded" itself. */
export const SHOWN_NOT_GRADED_KEYS = [NONCONFORMING_KEY, OUT_OF_SCOPE_KEY, VETO_FAILED_KEY] as const;

/**
 * The key of a group whose records are not one product (`mixed-values`: two cement classes in one lot) in the
 * groups' matrix as the reports show it (see `shownGroupMatrix`), apart from a failing, out-of-scope or invalid
 * group (committee-37 M3). Never in `compare -f json`'s `groups.matrix`, which counts it under {@link NOT_GRADED_KEY}.
 *
 * @example
 * shownGroupMatrix(comparison.groups)[MIXED_KEY][MIXED_KEY]; // lots mixed under A and under B
 */
export const MIXED_KEY = '(mixed)';

/**
 * A result's key in a matrix as the reports show it: its grade, {@link INVALID_KEY}
 * when `invalid`, {@link NONCONFORMING_KEY} below the lowest grade (nonconforming under
 * a rule set of one grade), {@link OUT_OF_SCOPE_KEY} out of scope and {@link VETO_FAILED_KEY}
 * a veto item failed, under any ladder: outcomes a reader must not find in one cell
 * (committee-33 M8); else {@link NOT_GRADED_KEY}.
 *
 * @example
 * shownKey(result, false); // '(nonconforming)' for a bar failing GB/T 1499.2, or an air conditioner below grade 5
 */
export function shownKey(
  result: { grade: string | null; notGradedReason?: { code: string } },
  invalid: boolean,
): string {
  if (invalid) return INVALID_KEY;
  if (result.grade !== null) return result.grade;
  return shownNotGradedKey(result.notGradedReason?.code);
}

/**
 * Which of the not-graded rows (or columns) a matrix as the reports show it keeps, given each one's
 * count (`sum`): under a rule set of one grade (`oneGrade`) nonconforming always, under another ladder
 * when some record is below its lowest grade; out of scope and a veto item failed when some record is
 * so; "not graded" (no other reason) when some record is so, or under a ladder of several grades when
 * none of the other three shows, as before they were told apart.
 *
 * @example
 * shownNotGraded((k) => counts[k] ?? 0, false)(NOT_GRADED_KEY); // true when no record is below or out of scope
 */
export function shownNotGraded(sum: (key: string) => number, oneGrade: boolean): (key: string) => boolean {
  const below = sum(NONCONFORMING_KEY) > 0;
  const outside = sum(OUT_OF_SCOPE_KEY) > 0;
  const vetoed = sum(VETO_FAILED_KEY) > 0;
  return (key) => {
    if (key === NONCONFORMING_KEY) return oneGrade || below;
    if (key === OUT_OF_SCOPE_KEY) return outside;
    if (key === VETO_FAILED_KEY) return vetoed;
    if (key === NOT_GRADED_KEY) return sum(key) > 0 || (!oneGrade && !below && !outside && !vetoed);
    return true;
  };
}

/**
 * A not-graded reason's key in a matrix as the reports show it (see {@link shownKey}).
 *
 * @example
 * shownNotGradedKey('out-of-scope'); // '(out-of-scope)'
 */
export function shownNotGradedKey(code: string | undefined): string {
  return code === 'below-lowest-grade'
    ? NONCONFORMING_KEY
    : code === 'out-of-scope'
      ? OUT_OF_SCOPE_KEY
      : code === 'gate-failed'
        ? VETO_FAILED_KEY
        : NOT_GRADED_KEY;
}

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
  // Nonconforming, out of scope, a veto failed (`shownMatrix`) and, for groups, not one product
  // (`shownGroupMatrix`) before "not graded", which such a matrix holds only when some record has no other reason.
  const split: readonly string[] = [...SHOWN_NOT_GRADED_KEYS, MIXED_KEY];
  const firstLine = Object.values(cells)[0] ?? {};
  const tail = (has: (key: string) => boolean) => [
    ...split.filter(has),
    ...(split.some(has) && !has(NOT_GRADED_KEY) ? [] : [NOT_GRADED_KEY]),
  ];
  const rows = [...a.grades.map((g) => g.id).reverse(), ...tail((k) => cells[k] !== undefined)];
  const special = new Set([INVALID_KEY, NOT_GRADED_KEY, ...split]);
  let unlisted = a.grades.length;
  for (const key of Object.keys(cells))
    if (!rows.includes(key) && !special.has(key)) rows.splice(unlisted++, 0, key);
  const columns = [...b.grades.map((g) => g.id).reverse(), ...tail((k) => firstLine[k] !== undefined)];
  if (cells[INVALID_KEY] !== undefined) {
    rows.push(INVALID_KEY);
    columns.push(INVALID_KEY);
  }
  return { rows, columns };
}
