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
 * A higher grade must ask at least as much as a lower one. When it asks less
 * on the same indicator (grade 1 "≥ 4.20" under grade 2 "≥ 4.50"), the
 * thresholds are not monotonic: a record meeting grade 2 always meets grade 1,
 * so grade 2 could never be the result. Equal thresholds are fine when the
 * higher grade asks something else as well.
 */
export function checkMonotonic(ctx: ModelContext, checks: CheckModel[], tables: TableModel[]): void {
  const groups = new Map<string, CheckModel[]>();
  for (const c of checks) {
    if (c.grade === null || c.test.kind !== 'compare' || !c.subject) continue;
    const direction = c.test.operator.startsWith('>')
      ? 'min'
      : c.test.operator.startsWith('<')
        ? 'max'
        : undefined;
    if (!direction) continue;
    const operandKey = c.test.operand.kind === 'cell' ? `cell:${c.test.operand.table}` : c.test.operand.kind;
    if (operandKey === 'expr') continue;
    const key = [c.subject, direction, JSON.stringify(c.when ?? null), operandKey, c.aggregate].join('|');
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const looserRows = new Map<string, number[]>();
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.grade!.index - b.grade!.index);
    for (let i = 1; i < sorted.length; i++) {
      const lower = sorted[i - 1]!;
      const higher = sorted[i]!;
      if (lower.grade!.index === higher.grade!.index) continue;
      const operator = (higher.test as { operator: CompareOperator }).operator;
      const isMin = operator.startsWith('>');
      const op = operatorSymbol(operator);
      const found = looserLimits(lower, higher, isMin, tables, looserRows);
      if (!found) continue;
      const { low, high, where } = found;
      ctx.issues.push({
        code: 'non-monotonic',
        severity: 'error',
        message:
          `thresholds are not monotonic across grades${where}: grade "${higher.grade!.id}" asks ${higher.subject} ${op} ${high.text}, ` +
          `less than grade "${lower.grade!.id}" (${op} ${low.text}), so grade "${lower.grade!.id}" could never be the result`,
        file: higher.location.file,
        line: higher.location.line,
        column: higher.location.column,
        path: [],
      });
    }
  }
}

/**
 * The first place where the higher grade's limit is looser than the lower
 * grade's, if any. For two columns of one table, the rows where that happens
 * are found once per pair of columns (many grades may share them), and one
 * issue names the first row and how many more there are: a long table must
 * not cost rows × grades, nor bury the author in one issue per row.
 */
function looserLimits(
  lower: CheckModel,
  higher: CheckModel,
  isMin: boolean,
  tables: TableModel[],
  memo: Map<string, number[]>,
): { low: Literal; high: Literal; where: string } | undefined {
  if (lower.test.kind !== 'compare' || higher.test.kind !== 'compare') return undefined;
  const a = lower.test.operand;
  const b = higher.test.operand;
  if (a.kind === 'literal' && b.kind === 'literal')
    return looser(a.literal, b.literal, isMin) ? { low: a.literal, high: b.literal, where: '' } : undefined;
  if (a.kind !== 'cell' || b.kind !== 'cell' || a.table !== b.table || a.column === b.column)
    return undefined;
  const table = tables[a.table]!;
  const key = JSON.stringify([a.table, a.column, b.column, isMin]);
  let rows = memo.get(key);
  if (!rows) {
    rows = [];
    for (const [r, row] of table.rows.entries()) {
      const x = row.cells.get(a.column);
      const y = row.cells.get(b.column);
      if (x && y && looser(x, y, isMin)) rows.push(r);
    }
    memo.set(key, rows);
  }
  const first = rows[0];
  if (first === undefined) return undefined;
  const row = table.rows[first]!;
  const more = rows.length > 1 ? ` (and ${rows.length - 1} more rows)` : '';
  return {
    low: row.cells.get(a.column)!,
    high: row.cells.get(b.column)!,
    where: ` in row ${first + 1} of table "${table.name}"${more}`,
  };
}

/** Whether the higher grade's limit asks less than the lower grade's. */
function looser(low: Literal, high: Literal, isMin: boolean): boolean {
  if (typeof low.value !== 'number' || typeof high.value !== 'number') return false;
  return isMin ? high.value < low.value : high.value > low.value;
}

/**
 * A grade above the lowest with no requirement of its own would be reached by
 * every record that reaches the grade below, so that grade could never be the result.
 */
export function checkReachable(ctx: ModelContext, checks: CheckModel[]): void {
  const counts = new Map<string, number>();
  for (const c of checks) if (c.grade) counts.set(c.grade.id, (counts.get(c.grade.id) ?? 0) + 1);
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
