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
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.grade!.index - b.grade!.index);
    for (let i = 1; i < sorted.length; i++) {
      const lower = sorted[i - 1]!;
      const higher = sorted[i]!;
      if (lower.grade!.index === higher.grade!.index) continue;
      for (const [lowLimit, highLimit, where] of pairLimits(lower, higher, tables)) {
        if (typeof lowLimit.value !== 'number' || typeof highLimit.value !== 'number') continue;
        const operator = (higher.test as { operator: CompareOperator }).operator;
        const isMin = operator.startsWith('>');
        const looser = isMin ? highLimit.value < lowLimit.value : highLimit.value > lowLimit.value;
        if (!looser) continue;
        const op = operatorSymbol(operator);
        ctx.issues.push({
          code: 'non-monotonic',
          severity: 'error',
          message:
            `thresholds are not monotonic across grades${where}: grade "${higher.grade!.id}" asks ${higher.subject} ${op} ${highLimit.text}, ` +
            `less than grade "${lower.grade!.id}" (${op} ${lowLimit.text}), so grade "${lower.grade!.id}" could never be the result`,
          file: higher.location.file,
          line: higher.location.line,
          column: higher.location.column,
          path: [],
        });
      }
    }
  }
}

function pairLimits(
  lower: CheckModel,
  higher: CheckModel,
  tables: TableModel[],
): [Literal, Literal, string][] {
  if (lower.test.kind !== 'compare' || higher.test.kind !== 'compare') return [];
  const a = lower.test.operand;
  const b = higher.test.operand;
  if (a.kind === 'literal' && b.kind === 'literal') return [[a.literal, b.literal, '']];
  if (a.kind !== 'cell' || b.kind !== 'cell' || a.table !== b.table) return [];
  const table = tables[a.table]!;
  const out: [Literal, Literal, string][] = [];
  for (const [r, row] of table.rows.entries()) {
    const x = row.cells.get(a.column);
    const y = row.cells.get(b.column);
    if (x && y) out.push([x, y, ` in row ${r + 1} of table "${table.name}"`]);
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
