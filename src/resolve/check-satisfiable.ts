import { ruleSetIssue } from '../errors/rule-set-issue';
import type { Band } from '../model/band';
import { operatorSymbol } from '../model/operators';
import type { CheckModel, ConditionModel, Operand, TableModel } from '../model/rule-set-model';
import { booleanText } from '../text/boolean-text';
import { type LocalizedText, localized } from '../text/localized-text';
import { inScope } from './check-key-rows';
import { mayHold, type Value } from './condition-may-hold';
import type { ModelContext } from './model-context';
import { toleranceText } from './tolerance-text';
import { zhGrade } from './zh-grade';

/** An interval of values; open ends are infinite. `by` names the requirement that set each end. */
export interface Span {
  lower: number;
  lowerInclusive: boolean;
  upper: number;
  upperInclusive: boolean;
  lowerBy?: CheckModel;
  upperBy?: CheckModel;
}

/**
 * What a value is known to lie in before any requirement: an indicator's
 * declared `range`, or the bounds scoring puts on a score. `why` says so
 * in a message (`"noise" is declared in [20, 70]`, `the total score is at most 100`).
 */
export interface KnownSpan {
  lower: number;
  lowerInclusive: boolean;
  upper: number;
  upperInclusive: boolean;
  /** Why, for a limit beyond its lower end (`lower`) or its upper end (`upper`). */
  why: (end: 'lower' | 'upper') => LocalizedText;
}

/**
 * Warns about requirements no record can meet, found from the file alone:
 * a limit outside what the value can be (an indicator's declared `range`,
 * the highest score scoring can give: `noise` in [20, 70] and "≤ 15", a
 * cutoff of 105 over scores of 0–100), and, grade by grade, literal limits
 * on one value that leave nothing between them ("≥ 45" in one requirement,
 * "≤ 40" in another). Grades are cumulative, so such a grade and every grade
 * above it can never be the result. A limit read from a table cell is
 * checked row by row against what the value can be, at the cell (not a row
 * the requirement's `when` rules out), and, row by row, together with the
 * literal limits of scope and of the grades at or below its own and with the
 * row's other cells ("≥ 29" in the 52.5R row against "≤ 28" written for
 * every class): that grade and above can never be reached for that row's
 * class. Only plain limits are looked at (a number, a range, a tolerance of
 * numbers, a table cell); a count of specimens
 * (`atMostFailing`, `atLeastPassing`) is not looked at, a requirement with a
 * `when` or on a mean, min or max is not combined with others, and limits
 * compared rounded are widened by a rounding step, so nothing is reported
 * that a record could meet.
 *
 * @param known - what each value is known to lie in, by name
 */
export function checkSatisfiable(
  ctx: ModelContext,
  checks: readonly CheckModel[],
  known: ReadonlyMap<string, KnownSpan>,
): void {
  // Scope first, then grades lowest first: the order a record's requirements add up in.
  const ordered = [...checks].sort((a, b) => (a.grade?.index ?? -1) - (b.grade?.index ?? -1));
  const together = new Map<string, Span>();
  const contradicted = new Set<string>();
  const tables = [...ctx.tables.values()];
  // A cell read by two requirements alike (a mean and each value) is warned about once.
  const warned = new Set<string>();
  for (const c of ordered) {
    // A count of specimens meeting a limit no specimen can meet may still be met: "at most 1 failing" by 1 specimen.
    if (c.aggregate === 'atMostFailing' || c.aggregate === 'atLeastPassing') continue;
    const declared = c.subject ? known.get(c.subject) : undefined;
    if (declared) checkCells(ctx, c, declared, tables, warned);
    const span = c.subject ? spanOf(c) : undefined;
    if (!span || !c.subject) continue;
    if (declared && isEmpty(meet(declared, span))) {
      warnNeverMet(ctx, c, declared.why(side(span, declared)));
      continue;
    }
    // Limits under a condition, or on an aggregate of specimens, do not add up with others.
    if (c.when || c.aggregate !== 'each' || contradicted.has(c.subject)) continue;
    const soFar = together.get(c.subject);
    if (!soFar) {
      together.set(c.subject, span);
      continue;
    }
    const both = meet(soFar, span);
    if (isEmpty(both)) {
      const aboveUpper =
        span.lower > soFar.upper ||
        (span.lower === soFar.upper && !(span.lowerInclusive && soFar.upperInclusive));
      const other = aboveUpper ? soFar.upperBy : soFar.lowerBy;
      if (other) warnContradiction(ctx, c, other);
      contradicted.add(c.subject);
      continue;
    }
    together.set(c.subject, both);
  }
  checkCellContradictions(ctx, ordered, known, tables, warned);
}

/** A requirement combined with others: no `when`, on each value, not a count of specimens. */
function combines(c: CheckModel): boolean {
  return !c.when && c.aggregate === 'each';
}

/** The table a requirement's limit is read from, when it is one or more cells of one table and nothing else. */
function cellTable(c: CheckModel): number | undefined {
  const t = c.test;
  const parts =
    t.kind === 'compare' ? [t.operand] : t.kind === 'tolerance' ? [t.nominal, t.plus, t.minus] : [];
  const cells = parts.filter((o) => o.kind === 'cell');
  if (cells.length === 0 || parts.some((o) => o.kind === 'expr')) return undefined;
  const index = cells[0]!.table;
  return cells.every((o) => o.table === index) ? index : undefined;
}

/** A requirement read in one row of a table: its cells put in as literals, or undefined for a `~` or `n/a` cell. */
function inRow(c: CheckModel, row: TableModel['rows'][number]): CheckModel | undefined {
  const t = c.test;
  const literal = (o: Operand): Operand | undefined => {
    if (o.kind !== 'cell') return o;
    const cell = row.cells.get(o.column);
    return cell && !cell.unavailable ? { kind: 'literal', literal: cell } : undefined;
  };
  if (t.kind === 'compare') {
    const operand = literal(t.operand);
    return operand ? { ...c, test: { ...t, operand } } : undefined;
  }
  if (t.kind !== 'tolerance') return undefined;
  const [nominal, plus, minus] = [literal(t.nominal), literal(t.plus), literal(t.minus)];
  if (!nominal || !plus || !minus) return undefined;
  const text = (o: Operand) => (o.kind === 'literal' ? o.literal.text : '');
  return {
    ...c,
    test: {
      ...t,
      nominal,
      plus,
      minus,
      text: toleranceText([text(nominal), text(plus), text(minus)], t.symmetric),
    },
  };
}

/** Where a requirement read in a row takes its (first) cell, as a document path. */
function cellPath(c: CheckModel, table: TableModel, r: number): (string | number)[] {
  const t = c.test;
  const parts =
    t.kind === 'compare' ? [t.operand] : t.kind === 'tolerance' ? [t.nominal, t.plus, t.minus] : [];
  const first = parts.find((o) => o.kind === 'cell')!;
  return [...table.rows[r]!.path, table.keys.length + (first.kind === 'cell' ? first.columnIndex : 0)];
}

/**
 * Warns, row by row, when a table's cell limits on a value, together with
 * the literal limits of scope and of the grades at or below the cell's
 * grade and with the row's other cells, leave no value: records of that row
 * can never reach that grade or any above. Warned at the cell that closes
 * the gap, naming the requirement it contradicts. Literal limits that
 * contradict each other are warned about by the walk above, a cell outside
 * the declared `range` by {@link checkCells}: neither is warned again. A row
 * the scope rules out (its key values, or its band) is skipped.
 */
function checkCellContradictions(
  ctx: ModelContext,
  ordered: readonly CheckModel[],
  known: ReadonlyMap<string, KnownSpan>,
  tables: readonly TableModel[],
  warned: Set<string>,
): void {
  const plain = ordered.filter((c) => c.subject && combines(c));
  const tableOf = new Map(plain.map((c) => [c, cellTable(c)]));
  const readers = plain.filter((c) => tableOf.get(c) !== undefined);
  if (readers.length === 0) return;
  const scope = ordered.filter((c) => !c.grade);
  const literals = plain.filter((c) => tableOf.get(c) === undefined && spanOf(c));
  const level = (c: CheckModel) => c.grade?.index ?? -1;
  const all = { lower: -Infinity, lowerInclusive: false, upper: Infinity, upperInclusive: false };
  for (const table of tables) {
    const subjects = new Set(readers.filter((c) => tableOf.get(c) === table.index).map((c) => c.subject!));
    for (const subject of subjects) {
      const cellReqs = readers.filter((c) => tableOf.get(c) === table.index && c.subject === subject);
      // The literal limits on the value, by grade, lowest (scope) first: grouped once, not per row.
      const litsAt = groupBy(
        literals.filter((c) => c.subject === subject),
        level,
      );
      const levels = [...new Set([...cellReqs.map(level), ...litsAt.keys()])].sort((a, b) => a - b);
      const declared = known.get(subject);
      for (const [r, row] of table.rows.entries()) {
        if (!rowInScope(table, r, scope, plain)) continue;
        const read: { c: CheckModel; at: CheckModel; span: Span }[] = [];
        for (const c of cellReqs) {
          const at = inRow(c, row);
          const span = at && spanOf(at);
          if (at && span) read.push({ c, at, span });
        }
        // A cell outside the declared range is warned about at the cell already.
        if (read.length === 0 || read.some((x) => declared && isEmpty(meet(declared, x.span)))) continue;
        const cellOf = new Map(read.map((x) => [x.at, x]));
        const cellsAt = groupBy(read, (x) => level(x.c));
        let span: Span = all;
        // The literal limits alone: once they leave nothing, the walk above has said so for every row.
        let literalSpan: Span = all;
        for (const g of levels) {
          const lits = litsAt.get(g) ?? [];
          for (const c of lits) literalSpan = meet(literalSpan, spanOf(c)!);
          if (isEmpty(literalSpan)) break;
          let conflict: [CheckModel, CheckModel] | undefined;
          const adding: { c: CheckModel; span: Span; at?: CheckModel }[] = [
            ...lits.map((c) => ({ c, span: spanOf(c)! })),
            ...(cellsAt.get(g) ?? []),
          ];
          for (const x of adding) {
            const c = x.at ?? x.c;
            const next = meet(span, x.span);
            if (isEmpty(next)) {
              const other = endsAgainst(span, x.span);
              if (other) conflict = [c, other];
              break;
            }
            span = next;
          }
          if (!conflict) continue;
          const [c, other] = conflict;
          // Only a contradiction a cell takes part in: two literal limits are warned about above.
          const cell = cellOf.get(c) ?? cellOf.get(other);
          if (cell) {
            const against = cell.at === c ? other : c;
            const path = cellPath(cell.c, table, r);
            warnCellContradiction(ctx, cell.at, table, r, path, against, cellOf.get(against), warned);
          }
          break;
        }
      }
    }
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The requirement that set the end of `soFar` a new limit `span` leaves no room against. */
function endsAgainst(soFar: Span, span: Span): CheckModel | undefined {
  const aboveUpper =
    span.lower > soFar.upper ||
    (span.lower === soFar.upper && !(span.lowerInclusive && soFar.upperInclusive));
  return aboveUpper ? soFar.upperBy : soFar.lowerBy;
}

/** Whether records of row `r` may be in scope: not when the scope rules out every key value a cell lists, or its whole band. */
function rowInScope(
  table: TableModel,
  r: number,
  scope: readonly CheckModel[],
  plain: readonly CheckModel[],
): boolean {
  const row = table.rows[r]!;
  return table.keys.every((key, k) => {
    if (key.match === 'category')
      return (row.match[k] as Value[]).some((v) => inScope(scope, key.indicator, v));
    const band = row.match[k] as Band;
    let span: Span = { ...band };
    for (const s of plain) {
      if (s.grade || s.subject !== key.indicator) continue;
      const limit = spanOf(s);
      if (limit) span = meet(limit, span);
    }
    return !isEmpty(span);
  });
}

/** A table row's key values in a message: `strengthClass 52.5R`, `“strengthClass”为“52.5R”`. */
function rowKey(table: TableModel, r: number): LocalizedText {
  const row = table.rows[r]!;
  const parts = table.keys.map((key, k) => {
    const m = row.match[k]!;
    if (!Array.isArray(m)) return { en: `${key.indicator} ${m.text}`, zh: `“${key.indicator}”为 ${m.text}` };
    const en = m.map(String).join(' / ');
    const zh = m.map((v) => `“${typeof v === 'boolean' ? booleanText(v, 'zh') : String(v)}”`).join('、');
    return { en: `${key.indicator} ${en}`, zh: `“${key.indicator}”为${zh}` };
  });
  return localized(parts.map((p) => p.zh).join('且'), parts.map((p) => p.en).join(' with '));
}

/**
 * Checks each row's cells of a requirement whose limit is read from a table
 * (a cell, or a tolerance of cells and numbers) against what the value can
 * be, as a written limit is checked, and warns at the cell. A limit that is
 * a formula over cells is not looked at, nor `~` and `n/a` cells.
 */
function checkCells(
  ctx: ModelContext,
  c: CheckModel,
  declared: KnownSpan,
  tables: readonly TableModel[],
  warned: Set<string>,
): void {
  const index = cellTable(c);
  const table = index === undefined ? undefined : tables.find((x) => x.index === index);
  if (!table) return;
  for (const [r, row] of table.rows.entries()) {
    if (c.when && !rowMayApply(c.when, table, r)) continue;
    const read = inRow(c, row);
    if (!read) continue;
    const span = spanOf(read);
    if (!span || !isEmpty(meet(declared, span))) continue;
    const path = cellPath(c, table, r);
    warnCellNeverMet(ctx, read, table, r, path, declared.why(side(span, declared)), warned);
  }
}

/** Whether a `when` may hold for a record of row `r`: not when it rules out every value a key cell lists. */
function rowMayApply(when: ConditionModel, table: TableModel, r: number): boolean {
  const row = table.rows[r]!;
  return table.keys.every(
    (key, k) =>
      key.match !== 'category' ||
      (row.match[k] as Value[]).some((v) => mayHold(when, new Map([[key.indicator, v]]))),
  );
}

/** Which end of what the value can be a limit no value meets lies beyond. */
function side(span: Span, declared: KnownSpan): 'upper' | 'lower' {
  const beyondUpper =
    span.lower > declared.upper ||
    (span.lower === declared.upper && !(span.lowerInclusive && declared.upperInclusive));
  return beyondUpper ? 'upper' : 'lower';
}

/**
 * The values a requirement accepts, or undefined when it is not a plain
 * numeric limit (a number, a range, a tolerance of numbers). A limit compared
 * rounded is widened by a rounding step on each side.
 *
 * @example
 * spanOf(scopeItem) // { lower: -Infinity, lowerInclusive: false, upper: 14000, upperInclusive: true, upperBy: scopeItem } for "≤ 14000"
 */
export function spanOf(c: CheckModel): Span | undefined {
  const t = c.test;
  let span: Span | undefined;
  if (t.kind === 'compare') {
    const v = literalNumber(t.operand);
    if (v === undefined) return undefined;
    const all = { lower: -Infinity, lowerInclusive: false, upper: Infinity, upperInclusive: false };
    switch (t.operator) {
      case '>=':
      case '>':
        span = { ...all, lower: v, lowerInclusive: t.operator === '>=', lowerBy: c };
        break;
      case '<=':
      case '<':
        span = { ...all, upper: v, upperInclusive: t.operator === '<=', upperBy: c };
        break;
      case '=':
        span = { lower: v, lowerInclusive: true, upper: v, upperInclusive: true, lowerBy: c, upperBy: c };
        break;
      default:
        return undefined;
    }
  } else if (t.kind === 'range') {
    span = { ...t.band, lowerBy: c, upperBy: c };
  } else if (t.kind === 'tolerance') {
    const [n, plus, minus] = [literalNumber(t.nominal), literalNumber(t.plus), literalNumber(t.minus)];
    if (n === undefined || plus === undefined || minus === undefined) return undefined;
    span = {
      lower: n - minus,
      lowerInclusive: true,
      upper: n + plus,
      upperInclusive: true,
      lowerBy: c,
      upperBy: c,
    };
  } else return undefined;
  if (c.comparison.method === 'rounded') {
    // The rounded value meets the limit, not the value itself: widen by a whole step so nothing a record could meet is reported.
    const iv = c.comparison.interval;
    const step = iv ? iv.unit * 10 ** iv.exponent : 10 ** -limitDecimals(c);
    span = {
      ...span,
      lower: span.lower - step,
      lowerInclusive: true,
      upper: span.upper + step,
      upperInclusive: true,
    };
  }
  return span;
}

function literalNumber(operand: Operand): number | undefined {
  return operand.kind === 'literal' && typeof operand.literal.value === 'number'
    ? operand.literal.value
    : undefined;
}

function limitDecimals(c: CheckModel): number {
  const t = c.test;
  if (t.kind === 'compare' && t.operand.kind === 'literal') return t.operand.literal.decimals;
  if (t.kind === 'range') return t.decimals;
  return 0;
}

function meet(a: Span | KnownSpan, b: Span): Span {
  const out: Span = { ...b };
  if (a.lower > b.lower || (a.lower === b.lower && !a.lowerInclusive)) {
    out.lower = a.lower;
    out.lowerInclusive = a.lowerInclusive;
    out.lowerBy = 'lowerBy' in a ? a.lowerBy : undefined;
  }
  if (a.upper < b.upper || (a.upper === b.upper && !a.upperInclusive)) {
    out.upper = a.upper;
    out.upperInclusive = a.upperInclusive;
    out.upperBy = 'upperBy' in a ? a.upperBy : undefined;
  }
  return out;
}

function isEmpty(s: Span): boolean {
  return s.lower > s.upper || (s.lower === s.upper && !(s.lowerInclusive && s.upperInclusive));
}

/**
 * A requirement as messages show it: its subject and limit, e.g. `noise ≤ 15`.
 *
 * @example
 * requirementShown(check) // "ratedCoolingCapacity ≤ 14000"
 */
export function requirementShown(c: CheckModel): string {
  const t = c.test;
  if (t.kind === 'compare' && t.operand.kind === 'literal')
    return `${c.subject} ${operatorSymbol(t.operator)} ${t.operand.literal.text}`;
  if (t.kind === 'range') return `${c.subject} ${t.band.text}`;
  if (t.kind === 'tolerance') return `${c.subject} ${t.text}`;
  return c.subject ?? c.id;
}

/** What a requirement never met does to the grades, in a message. */
function consequence(ctx: ModelContext, c: CheckModel): LocalizedText {
  const g = c.grade;
  if (!g) return localized('每条记录都在标准范围之外', 'every record is outside the standard');
  if (c.when)
    return localized(
      `满足其“when”条件的记录永远达不到等级${zhGrade(ctx, g)}`,
      `a record its "when" holds for can never reach grade "${g.id}"`,
    );
  if (g.index === 0) return localized('没有记录能评上任何等级', 'no record can be graded');
  return localized(
    `等级${zhGrade(ctx, g)}及以上永远不会成为结果`,
    `grade "${g.id}" and every grade above it can never be the result`,
  );
}

/**
 * The grades a requirement never met (or contradicted) keeps every record from: all of them for a scope
 * requirement or one of the lowest grade, its grade and those above for any other; none when a `when` limits it.
 */
function gradesLost(ctx: ModelContext, c: CheckModel): { unreachableGrades?: string[] } {
  if (c.when) return {};
  const from = c.grade ? c.grade.index : 0;
  return { unreachableGrades: ctx.gradeList.slice(from).map((g) => g.id) };
}

function warnNeverMet(ctx: ModelContext, c: CheckModel, why: LocalizedText): void {
  const then = consequence(ctx, c);
  const asks = requirementShown(c);
  ctx.issues.push(
    ruleSetIssue({
      code: 'unreachable-grade',
      severity: 'warning',
      text: localized(
        `要求“${asks}”永远不会满足：${why.zh}；${then.zh}`,
        `the requirement ${asks} can never be met: ${why.en}; ${then.en}`,
      ),
      ...at(c),
      ...gradesLost(ctx, c),
    }),
  );
}

/** What a requirement never met in one row of a table does to the grades of the records in that row. */
function rowConsequence(ctx: ModelContext, c: CheckModel): LocalizedText {
  const g = c.grade;
  if (!g)
    return localized(
      '此行适用的每条记录都在标准范围之外',
      'every record this row applies to is outside the standard',
    );
  if (c.when)
    return localized(
      `此行及其“when”条件适用的记录永远达不到等级${zhGrade(ctx, g)}`,
      `a record this row and its "when" apply to can never reach grade "${g.id}"`,
    );
  if (g.index === 0)
    return localized('此行适用的记录都不能评上任何等级', 'no record this row applies to can be graded');
  return localized(
    `此行适用的记录永远达不到等级${zhGrade(ctx, g)}及以上`,
    `a record this row applies to can never reach grade "${g.id}" or any grade above it`,
  );
}

function warnCellNeverMet(
  ctx: ModelContext,
  c: CheckModel,
  table: TableModel,
  r: number,
  path: (string | number)[],
  why: LocalizedText,
  warned: Set<string>,
): void {
  const then = rowConsequence(ctx, c);
  const asks = requirementShown(c);
  const text = localized(
    `表“${table.name}”第 ${r + 1} 行的要求“${asks}”永远不会满足：${why.zh}；${then.zh}`,
    `the requirement ${asks} in row ${r + 1} of table "${table.name}" can never be met: ${why.en}; ${then.en}`,
  );
  const id = `${path.join(':')}|${text.en}`;
  if (warned.has(id)) return;
  warned.add(id);
  ctx.issues.push({ ...ctx.source.issue('unreachable-grade', text, path), severity: 'warning' });
}

function warnContradiction(ctx: ModelContext, c: CheckModel, other: CheckModel): void {
  const then = consequence(ctx, c);
  const [asks, before] = [requirementShown(c), requirementShown(other)];
  const line = other.location.line;
  ctx.issues.push(
    ruleSetIssue({
      code: 'unreachable-grade',
      severity: 'warning',
      text: localized(
        `要求“${asks}”与第 ${line} 行的“${before}”（“${other.id}”）互相矛盾，没有值能同时满足两者：${then.zh}`,
        `the requirement ${asks} contradicts ${before} ("${other.id}", line ${line}): no value meets both, so ${then.en}`,
      ),
      ...at(c),
      ...gradesLost(ctx, c),
    }),
  );
}

function at(c: CheckModel): { file: string; line: number; column: number; path: [] } {
  return { file: c.location.file, line: c.location.line, column: c.location.column, path: [] };
}

/** What a cell contradicting another limit does to the grades of the records of its row. */
function rowContradictionConsequence(ctx: ModelContext, c: CheckModel, key: LocalizedText): LocalizedText {
  const g = c.grade;
  // A key ending in a band (digits) is spaced from the Chinese that follows.
  const of = /[”）]$/.test(key.zh) ? `${key.zh}的` : `${key.zh} 的`;
  if (!g)
    return localized(`${of}每条记录都在标准范围之外`, `every record for ${key.en} is outside the standard`);
  if (g.index === 0) return localized(`${of}记录都不能评上任何等级`, `no record for ${key.en} can be graded`);
  return localized(
    `${of}记录永远达不到等级${zhGrade(ctx, g)}及以上`,
    `grade "${g.id}" and every grade above it can never be reached for ${key.en}`,
  );
}

function warnCellContradiction(
  ctx: ModelContext,
  c: CheckModel,
  table: TableModel,
  r: number,
  path: (string | number)[],
  other: CheckModel,
  otherCell: { c: CheckModel } | undefined,
  warned: Set<string>,
): void {
  const key = rowKey(table, r);
  // The later of the two sets the grades lost.
  const later = (other.grade?.index ?? -1) > (c.grade?.index ?? -1) ? other : c;
  const then = rowContradictionConsequence(ctx, later, key);
  const [asks, before] = [requirementShown(c), requirementShown(other)];
  const line = otherCell ? ctx.source.locate(cellPath(otherCell.c, table, r)).line : other.location.line;
  const text = localized(
    `表“${table.name}”第 ${r + 1} 行（${key.zh}）的要求“${asks}”与第 ${line} 行的“${before}”（“${other.id}”）互相矛盾，没有值能同时满足两者：${then.zh}`,
    `the requirement ${asks} in row ${r + 1} of table "${table.name}" (for ${key.en}) contradicts ${before} ("${other.id}", line ${line}): no value meets both, so ${then.en}`,
  );
  const id = `${path.join(':')}|${text.en}`;
  if (warned.has(id)) return;
  warned.add(id);
  ctx.issues.push({ ...ctx.source.issue('unreachable-grade', text, path), severity: 'warning' });
}
