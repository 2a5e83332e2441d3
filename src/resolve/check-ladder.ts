import { type CompareOperator, operatorSymbol } from '../model/operators';
import type { CheckModel, TableModel } from '../model/rule-set-model';
import type { Literal } from '../model/value';
import type { ModelContext } from './model-context';

/** Every check id (after grade-table expansion) must be unique: results and test suites refer to it. */
export function checkUniqueIds(ctx: ModelContext, checks: CheckModel[]): void {
  const seen = new Map<string, CheckModel>();
  for (const c of checks) {
    const first = seen.get(c.id);
    if (first) {
      ctx.issues.push({
        code: 'duplicate-id',
        severity: 'error',
        message: `id "${c.id}" is used twice (first at line ${first.location.line}); ids identify criteria in results and tests`,
        file: c.location.file,
        line: c.location.line,
        column: c.location.column,
        path: [],
      });
    } else seen.set(c.id, c);
  }
}

/**
 * A record reaches a grade when it meets that grade's requirements and every
 * grade's below, so a lower grade L can never be the result only when the
 * requirements of the grade just above it (H) all follow from those of L and
 * below. That is the error. A higher grade asking less on one indicator
 * (H "x ≥ 60 and y ≤ 5" over L "x ≥ 70") is not: x 75, y 9 reaches L; H's
 * "x ≥ 60" just never decides anything, which is a warning.
 */
export function checkMonotonic(ctx: ModelContext, checks: CheckModel[], tables: TableModel[]): void {
  const graded = checks.filter((c) => c.grade !== null);
  for (const high of ctx.gradeList.slice(1)) {
    const own = graded.filter((c) => c.grade!.index === high.index);
    if (own.length === 0) continue; // checkReachable reports a grade with no requirement of its own
    const below = graded.filter((c) => c.grade!.index < high.index);
    const lower = ctx.gradeList[high.index - 1]!;
    let allImplied = true;
    const looser: { check: CheckModel; stricter: CheckModel; pair: [Literal, Literal, string] }[] = [];
    for (const h of own) {
      let implied = false;
      for (const l of below) {
        if (!comparable(l, h)) continue;
        const pairs = pairLimits(l, h, tables);
        if (pairs === undefined) continue;
        const looserPairs = pairs.filter(([lo, hi]) => isLooser(h, lo, hi));
        for (const pair of looserPairs) looser.push({ check: h, stricter: l, pair });
        if (pairs.every(([lo, hi]) => implies(h, lo, hi))) implied = true;
      }
      if (!implied) allImplied = false;
    }
    if (allImplied && looser.length === 0) {
      const first = own[0]!;
      ctx.issues.push({
        code: 'unreachable-grade',
        severity: 'error',
        message: `grade "${high.id}" asks nothing that grade "${lower.id}" and below do not already ask, so every record reaching "${lower.id}" reaches "${high.id}" and "${lower.id}" could never be the result`,
        file: first.location.file,
        line: first.location.line,
        column: first.location.column,
        path: [],
      });
    }
    for (const { check, stricter, pair } of looser) {
      const [lowLimit, highLimit, where] = pair;
      const op = operatorSymbol((check.test as { operator: CompareOperator }).operator);
      const message = allImplied
        ? `thresholds are not monotonic across grades${where}: grade "${high.id}" asks ${check.subject} ${op} ${highLimit.text}, ` +
          `less than grade "${stricter.grade!.id}" (${op} ${lowLimit.text}), and asks nothing that grade "${lower.id}" and below do not, ` +
          `so every record reaching "${lower.id}" reaches "${high.id}" and grade "${lower.id}" could never be the result`
        : `grade "${high.id}" asks ${check.subject} ${op} ${highLimit.text}${where}, less than grade "${stricter.grade!.id}" (${op} ${lowLimit.text}); ` +
          `a record must meet "${stricter.grade!.id}" to reach "${high.id}", so ${op} ${highLimit.text} never decides: ` +
          `write ${op} ${lowLimit.text} or more, or remove it`;
      ctx.issues.push({
        code: 'non-monotonic',
        severity: allImplied ? 'error' : 'warning',
        message,
        file: check.location.file,
        line: check.location.line,
        column: check.location.column,
        path: [],
      });
    }
  }
}

/** Two requirements on the same value, in the same direction, under the same conditions and aggregate. */
function comparable(a: CheckModel, b: CheckModel): boolean {
  if (a.test.kind !== 'compare' || b.test.kind !== 'compare' || !a.subject || a.subject !== b.subject)
    return false;
  if (a.effect === 'gate' || b.effect === 'gate') return false;
  const dir = (c: CheckModel) => (c.test as { operator: string }).operator.replace('=', '');
  const da = dir(a);
  if ((da !== '>' && da !== '<') || da !== dir(b)) return false;
  return (
    JSON.stringify(a.when ?? null) === JSON.stringify(b.when ?? null) &&
    a.aggregate === b.aggregate &&
    a.aggregateCount === b.aggregateCount
  );
}

/** `high` asks less than `low`: a higher minimum's limit below the lower grade's, or a maximum above it. */
function isLooser(high: CheckModel, lo: Literal, hi: Literal): boolean {
  if (typeof lo.value !== 'number' || typeof hi.value !== 'number') return false;
  const isMin = (high.test as { operator: string }).operator.startsWith('>');
  return isMin ? hi.value < lo.value : hi.value > lo.value;
}

/** Meeting `lo` (a lower grade's limit) always meets `hi` (the higher grade's) in this row. */
function implies(high: CheckModel, lo: Literal, hi: Literal): boolean {
  if (typeof lo.value !== 'number' || typeof hi.value !== 'number') return false;
  const isMin = (high.test as { operator: string }).operator.startsWith('>');
  return isMin ? lo.value >= hi.value : lo.value <= hi.value;
}

/**
 * The limits two comparable requirements set, row by row: two literals, or
 * two cells of one table. `undefined` when they cannot be compared (formulas,
 * different tables), or when a row gives the higher grade a limit the lower
 * grade lacks (no requirement, `n/a`): then the higher asks something more.
 */
function pairLimits(
  lower: CheckModel,
  higher: CheckModel,
  tables: TableModel[],
): [Literal, Literal, string][] | undefined {
  if (lower.test.kind !== 'compare' || higher.test.kind !== 'compare') return undefined;
  const a = lower.test.operand;
  const b = higher.test.operand;
  if (a.kind === 'literal' && b.kind === 'literal') return [[a.literal, b.literal, '']];
  if (a.kind !== 'cell' || b.kind !== 'cell' || a.table !== b.table) return undefined;
  const table = tables[a.table]!;
  const out: [Literal, Literal, string][] = [];
  for (const [r, row] of table.rows.entries()) {
    const x = row.cells.get(a.column);
    const y = row.cells.get(b.column);
    if (!y) continue;
    if (!x || x.unavailable || y.unavailable) return undefined;
    out.push([x, y, ` in row ${r + 1} of table "${table.name}"`]);
  }
  return out;
}

/**
 * A grade above the lowest with no requirement of its own would be reached by
 * every record that reaches the grade below, so that grade could never be the result.
 */
export function checkReachable(ctx: ModelContext, checks: CheckModel[], groupGrades: string[] = []): void {
  const counts = new Map<string, number>();
  for (const c of checks) if (c.grade) counts.set(c.grade.id, (counts.get(c.grade.id) ?? 0) + 1);
  // A requirement on a group's statistics is a requirement of its grade too.
  for (const id of groupGrades) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const g of ctx.gradeList.slice(1)) {
    if (counts.get(g.id)) continue;
    const below = ctx.gradeList[g.index - 1]!;
    ctx.error(
      'unreachable-grade',
      `grade "${g.id}" has no requirement of its own, so every record reaching "${below.id}" reaches "${g.id}" too and "${below.id}" can never be the result`,
      ['grades', g.index],
    );
  }
}
