import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import { labelOwner } from '../load/label-owner';
import { type CompareOperator, operatorSymbol } from '../model/operators';
import type { CheckModel, Operand, TableModel } from '../model/rule-set-model';
import type { Literal } from '../model/value';
import { type LocalizedText, localized } from '../text/localized-text';
import type { KnownSpan } from './check-satisfiable';
import type { ModelContext } from './model-context';
import { zhGrade } from './zh-grade';

/** Whether no value in `span` meets `operator limit`: a limit above the most it can be, or below the least. */
function beyond(span: KnownSpan | undefined, operator: CompareOperator, limit: unknown): boolean {
  if (!span || typeof limit !== 'number') return false;
  switch (operator) {
    case '>=':
      return limit > span.upper || (limit === span.upper && !span.upperInclusive);
    case '>':
      return limit >= span.upper;
    case '<=':
      return limit < span.lower || (limit === span.lower && !span.lowerInclusive);
    case '<':
      return limit <= span.lower;
    default:
      return false;
  }
}

/** Every check id (after grade-table expansion) must be unique: results and test suites refer to it. */
export function checkUniqueIds(ctx: ModelContext, checks: CheckModel[]): void {
  const seen = new Map<string, CheckModel>();
  for (const c of checks) {
    const first = seen.get(c.id);
    if (first) {
      const line = first.location.line;
      ctx.issues.push(
        ruleSetIssue({
          code: 'duplicate-id',
          severity: 'error',
          text: localized(
            `标识“${c.id}”用了两次（第一次在第 ${line} 行）；结果和测试用标识来指认判定项`,
            `id "${c.id}" is used twice (first at line ${line}); ids identify criteria in results and tests`,
          ),
          ...at(c),
        }),
      );
    } else seen.set(c.id, c);
  }
}

/**
 * A record reaches a grade when it meets that grade's requirements and every
 * grade's below, so a lower grade L can never be the result only when the
 * requirements of the grade just above it (H) all follow from those of L and
 * below. That is the error. A higher grade asking less on one indicator
 * (H "x ≥ 60 and y ≤ 5" over L "x ≥ 70") is not: x 75, y 9 reaches L; H's
 * "x ≥ 60" just never decides anything, which is a warning. A grade with a
 * requirement on a group's statistics (`groupGrades`) asks something new.
 * The warning advises the stricter limit, unless that limit is beyond what
 * the value can be (`known`): it is then warned about as never met, and
 * advising it would steer the author to it (newcomer-37 M1).
 */
export function checkMonotonic(
  ctx: ModelContext,
  checks: CheckModel[],
  tables: TableModel[],
  groupGrades: ReadonlySet<string> = new Set(),
  known: ReadonlyMap<string, KnownSpan> = new Map(),
): void {
  const byGrade = new Map<number, CheckModel[]>();
  for (const c of checks) {
    if (c.grade === null) continue;
    const list = byGrade.get(c.grade.index);
    if (list) list.push(c);
    else byGrade.set(c.grade.index, [c]);
  }
  // What the grades below ask, by what makes two requirements comparable: the strictest literal
  // limit, and per table the strictest limit of each row. Each requirement is looked at once and
  // each table cell once per requirement reading it, so a long rule file costs what it holds.
  const below = new Map<string, Below>();
  const firstIssue = ctx.issues.length;
  // Requirements of a higher grade that ask more than the grades below (or something new), and that ask less.
  let more = 0;
  let less = 0;
  // The same counted by the limits compared (a table: row by row), for a ladder listed upside down.
  const pairs = { less: 0, more: 0 };
  // The non-monotonic errors: when the ladder looks upside down, the hint explains them, so one stands for all.
  // Each with the number of limits it stands for: a table's requirement is one error for all its looser rows.
  const refused = new Map<RuleSetIssue, number>();
  for (const grade of ctx.gradeList) {
    const own = byGrade.get(grade.index) ?? [];
    if (grade.index > 0 && own.length > 0) {
      const lower = ctx.gradeList[grade.index - 1]!;
      let allImplied = true;
      const looser: {
        check: CheckModel;
        stricter: CheckModel;
        pair: [Literal, Literal, LocalizedText];
        limits: number;
        cell?: (string | number)[];
      }[] = [];
      for (const h of own) {
        const key = comparableKey(h);
        const known = key === undefined ? undefined : below.get(key);
        const found = known ? compareWithBelow(h, known, tables) : undefined;
        if (!found?.implied) allImplied = false;
        pairs.less += found?.pairs.less ?? 0;
        pairs.more += found?.pairs.more ?? 0;
        if (!found?.implied) more++;
        if (found?.looser) {
          less++;
          looser.push({ check: h, ...found.looser, limits: Math.max(1, found.pairs.less) });
        }
      }
      // A requirement on a group's statistics (a lot's CV) is something the grades below do not ask.
      if (groupGrades.has(grade.id)) allImplied = false;
      if (allImplied && looser.length === 0) {
        const first = own[0]!;
        const [g, l] = [grade.id, lower.id];
        const [gz, lz] = [zhGrade(ctx, grade), zhGrade(ctx, lower)];
        ctx.issues.push(
          ruleSetIssue({
            code: 'unreachable-grade',
            severity: 'error',
            text: localized(
              `等级${gz}的要求没有一项超出等级${lz}及以下已有的要求，因此达到${lz}的记录都会达到${gz}，${lz}永远不会成为结果`,
              `grade "${g}" asks nothing that grade "${l}" and below do not already ask, so every record reaching "${l}" reaches "${g}" and "${l}" could never be the result`,
            ),
            ...at(first),
          }),
        );
      }
      for (const { check, stricter, pair, limits, cell } of looser) {
        const [lowLimit, highLimit, where] = pair;
        const operator = (check.test as { operator: CompareOperator }).operator;
        if (!allImplied && beyond(known.get(check.subject ?? ''), operator, lowLimit.value)) continue;
        const op = operatorSymbol(operator);
        const [g, l, s] = [grade.id, lower.id, stricter.grade!.id];
        const [gz, lz, sz] = [zhGrade(ctx, grade), zhGrade(ctx, lower), zhGrade(ctx, stricter.grade!)];
        const asks = `${check.subject} ${op} ${highLimit.text}`;
        const asksZh = `“${asks}”`;
        const text = allImplied
          ? localized(
              `各等级的限值不单调${where.zh ? `（${where.zh}）` : ''}：等级${gz}要求${asksZh}，比等级${sz}的要求（${op} ${lowLimit.text}）宽，` +
                `且没有一项超出等级${lz}及以下已有的要求，因此达到${lz}的记录都会达到${gz}，等级${lz}永远不会成为结果`,
              `thresholds are not monotonic across grades${where.en}: grade "${g}" asks ${asks}, ` +
                `looser than grade "${s}" (${op} ${lowLimit.text}), and asks nothing that grade "${l}" and below do not, ` +
                `so every record reaching "${l}" reaches "${g}" and grade "${l}" could never be the result`,
            )
          : localized(
              `等级${gz}${where.zh}要求${asksZh}，比等级${sz}的要求（${op} ${lowLimit.text}）宽；` +
                `记录须先满足${sz}才能达到${gz}，所以 ${op} ${highLimit.text} 从不起决定作用：` +
                `请写成 ${op} ${lowLimit.text} 或更严，或者删去` +
                (isScore(ctx, check.subject)
                  ? '；分数线应随等级升高而不降低，请核对是否把两个等级的分数写反了'
                  : `；若标准因试验条件不同（如更低的试验温度）对${gz}要求较低，请把该试验写成单独的要求，用“when”交给在该条件下试验、` +
                    `且满足${gz}其他要求的记录；不要只按试验条件取限值：不满足${gz}其他要求的记录退到较低等级，那里仍要求 ${op} ${lowLimit.text}` +
                    '（见 docs/rule-format.zh-CN.md“等级是累进的”一段）'),
              `grade "${g}" asks ${asks}${where.en}, looser than grade "${s}" (${op} ${lowLimit.text}); ` +
                `a record must meet "${s}" to reach "${g}", so ${op} ${highLimit.text} never decides: ` +
                `write ${op} ${lowLimit.text} or stricter, or remove it` +
                // A score's cutoffs have no test condition: the advice about one is for product tests (newcomer-31 M-6).
                (isScore(ctx, check.subject)
                  ? "; cutoffs should not fall as grades rise: check whether two grades' figures were swapped"
                  : // Keying the limit by the test condition alone lets a record tested so, missing "${g}" elsewhere,
                    // keep the looser limit at a lower grade (newcomer-43 F2: the advice contradicted the docs).
                    `; if the standard asks less of "${g}" because its test differs (a lower test temperature, say), ` +
                    `write that test as a requirement of its own, given by a "when" to the records tested so that also meet "${g}"'s other requirements; ` +
                    `do not key the limit by the test condition alone: a record missing "${g}"'s other requirements falls to a lower grade, ` +
                    `which still asks ${op} ${lowLimit.text} (see "Grades are cumulative" in docs/rule-format.md)`),
            );
        // A table's limit is where it was written: at the row's cell, not the criterion reading it (studio-27 M6).
        const located = cell ? { ...ctx.location(cell), path: cell } : at(check);
        const issue = ruleSetIssue({
          code: 'non-monotonic',
          severity: allImplied ? 'error' : 'warning',
          text,
          ...located,
        });
        ctx.issues.push(issue);
        if (allImplied) refused.set(issue, limits);
      }
    }
    for (const c of own) {
      const key = comparableKey(c);
      if (key === undefined) continue;
      const known = below.get(key) ?? { tables: new Map() };
      below.set(key, known);
      addBelow(c, known, tables);
    }
  }
  // Standards print the best grade first; `grades` lists the lowest first. Limits reversed say which was meant.
  const everyOne = less > 0 && more === 0;
  const mostly = pairs.less >= 2 && pairs.less >= 2 * pairs.more;
  // Not reversed but shuffled ([优等品, 合格品, 一等品]): reversing would not help; the order the limits imply does
  // (newcomer-40 M1).
  const implied = impliedOrder(checks, tables, ctx.gradeList.length);
  const shuffled =
    implied?.some((g, i) => g !== i) && implied.some((g, i) => g !== ctx.gradeList.length - 1 - i)
      ? implied
      : undefined;
  if (!everyOne && !mostly && shuffled === undefined) return;
  const n = pairs.less + pairs.more;
  // Every limit compared (two at least) asks less of a later grade: the list is high→low, and grading with it
  // gives the lowest grade to the best records (newcomer-30 M2: 11 of 11, a warning and exit 0). An error, at `grades:`.
  const upsideDown = shuffled === undefined && pairs.more === 0 && pairs.less >= 2;
  const file = ctx.source.file;
  const { line, column } = ctx.source.locate(['grades'], { key: upsideDown || shuffled !== undefined });
  const lowest = ctx.gradeList[0]!;
  const highest = ctx.gradeList[ctx.gradeList.length - 1]!;
  const order = shuffled?.map((i) => ctx.gradeList[i]!);
  const text = order
    ? localized(
        `“grades”要从最低的等级写到最高的等级（见 docs/rule-format.zh-CN.md）；按这里比较的 ${n} 个限值，等级从低到高是` +
          `${order.map((g) => zhGrade(ctx, g)).join('、')}，与“grades”所写的顺序不同。请把“grades”的各项按此重排，` +
          `写成 [${order.map((g) => g.id).join(', ')}]；表的列和要求的“grade”不用改`,
        `"grades" lists the grades from the lowest to the highest (docs/rule-format.md); by the ${n} limits compared, ` +
          `the grades from lowest to highest are ${order.map((g) => `"${g.id}"`).join(', ')}, not the order "grades" lists. ` +
          `Reorder "grades" to [${order.map((g) => g.id).join(', ')}]; table columns and the requirements' "grade" stay as they are`,
      )
    : upsideDown
      ? localized(
          `“grades”要从最低的等级写到最高的等级（见 docs/rule-format.zh-CN.md）；这里比较的 ${n} 个限值全都是排在后面的等级要求更低，` +
            `等级写成了从高到低：现在${zhGrade(ctx, highest)}排在最后，被当作最高等级。请把“grades”的顺序倒过来，` +
            `从最低的等级写到最高的等级（${zhGrade(ctx, lowest)}写在最后）；表的列和要求的“grade”不用改`,
          `"grades" lists the grades from the lowest to the highest (docs/rule-format.md); here all ${n} limits compared ask less of a later grade, ` +
            `so the grades are listed high→low: "${highest.id}", listed last, is taken as the highest grade. Reverse the order of "grades", ` +
            `lowest grade first and highest last ("${lowest.id}" last); table columns and the requirements' "grade" stay as they are`,
        )
      : everyOne
        ? localized(
            `“grades”从最低的等级排起；这里每一项可比较的限值都是排在后面的等级要求更低，等级是否排反了？标准常把最好的等级（如 1 级）列在最前，在“grades”中它应排在最后`,
            `"grades" lists the lowest grade first; here every comparable limit asks less of a later grade: is the list upside down? Standards often print the best grade (grade 1) first; in "grades" it comes last`,
          )
        : localized(
            `“grades”从最低的等级排起（见 docs/rule-format.zh-CN.md）；这里比较的 ${n} 个限值中有 ${pairs.less} 个是排在后面的等级要求更低，等级顺序看来排反了：标准常把最好的等级（如优等品、1 级）列在最前，在“grades”中它应排在最后`,
            `"grades" lists the lowest grade first (docs/rule-format.md); here ${pairs.less} of the ${n} limits compared ask less of a later grade, so the order looks reversed: standards often print the best grade (superior, grade 1) first; in "grades" it comes last`,
          );
  // The hint says once what the warnings say limit by limit, so it replaces them. Of the non-monotonic errors
  // it explains, the first stays (the file is refused, and it shows one limit and where) and counts the others.
  const found = ctx.issues.splice(firstIssue);
  const [first, ...others] = found.filter((i) => refused.has(i));
  const folded = new Set(others);
  // The limits the others stand for, and the rows of the first one's table past the one it names (newcomer-17 m10).
  const limitsOf = (i: RuleSetIssue) => refused.get(i) ?? 1;
  const alsoCount = first ? limitsOf(first) - 1 + others.reduce((sum, i) => sum + limitsOf(i), 0) : 0;
  // Listed high→low, the error at "grades" says it all: the limit-by-limit ones go.
  const kept = found
    .filter((i) => !((upsideDown || order) && i.code === 'non-monotonic'))
    .filter((i) => !folded.has(i) && (everyOne || !(i.code === 'non-monotonic' && i.severity === 'warning')))
    .map((i) => (i === first && alsoCount > 0 ? { ...i, ...alsoNotMonotonic(i, alsoCount) } : i));
  // Before the errors it explains.
  const severity = upsideDown || order ? 'error' : 'warning';
  ctx.issues.push(
    ruleSetIssue({ code: 'non-monotonic', severity, text, file, line, column, path: ['grades'] }),
    ...kept,
  );
}

/**
 * The order, lowest first (grade indices), that the limits of the grades
 * imply when compared two grades at a time (the same indicator, direction
 * and conditions; a table's cells row by row): `undefined` unless every pair
 * of grades is ordered by them, one way only.
 *
 * @example
 * impliedOrder(checks, tables, 3) // [1, 2, 0] for grades [优等品, 合格品, 一等品]
 */
function impliedOrder(
  checks: readonly CheckModel[],
  tables: readonly TableModel[],
  count: number,
): number[] | undefined {
  if (count < 3) return undefined;
  // stricter[a][b]: the limits in which grade a asks more than grade b.
  const stricter = Array.from({ length: count }, () => new Array<number>(count).fill(0));
  const byKey = new Map<string, CheckModel[]>();
  for (const c of checks) {
    const key = c.grade === null ? undefined : comparableKey(c);
    if (key === undefined) continue;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const limitsOf = (c: CheckModel): Map<string, Literal> => {
    const operand = operandOf(c);
    if (operand.kind === 'literal') return new Map([['', operand.literal]]);
    const out = new Map<string, Literal>();
    if (operand.kind !== 'cell') return out;
    for (const [r, row] of tables[operand.table]!.rows.entries()) {
      const x = row.cells.get(operand.column);
      if (x && !x.unavailable && typeof x.value === 'number') out.set(`${operand.table}:${r}`, x);
    }
    return out;
  };
  for (const list of byKey.values()) {
    // What each grade asks, at each place: the strictest of its limits there (≥ 35 and ≥ 40 ask ≥ 40).
    const asked = new Map<number, Map<string, Literal>>();
    for (const c of list) {
      const own = asked.get(c.grade!.index) ?? new Map<string, Literal>();
      asked.set(c.grade!.index, own);
      for (const [where, x] of limitsOf(c)) {
        const y = own.get(where);
        if (!y || asksMore(c, x, y)) own.set(where, x);
      }
    }
    const c = list[0]!;
    for (const [a, at] of asked)
      for (const [b, bt] of asked) {
        if (a === b) continue;
        for (const [where, x] of at) {
          const y = bt.get(where);
          if (y && asksMore(c, x, y)) stricter[a]![b]!++;
        }
      }
  }
  // Each grade's place: how many grades it asks more than; every pair ordered one way, so the places differ.
  const places: number[] = [];
  for (let a = 0; a < count; a++) {
    let above = 0;
    for (let b = 0; b < count; b++) {
      if (a === b) continue;
      const [more, less] = [stricter[a]![b]!, stricter[b]![a]!];
      if (more > 0 === less > 0) return undefined;
      if (more > 0) above++;
    }
    places.push(above);
  }
  const order = places.map((_, i) => i).sort((x, y) => places[x]! - places[y]!);
  return order.every((g, i) => places[g] === i) ? order : undefined;
}

/** A non-monotonic error that stands for `more` others like it, which the hint on the order of grades explains. */
function alsoNotMonotonic(issue: RuleSetIssue, more: number): Pick<RuleSetIssue, 'text' | 'message'> {
  const text = localized(
    `${issue.text.zh}（另有 ${more} 个限值同样不单调，见“grades”处关于等级顺序的警告）`,
    `${issue.text.en} (and ${more} more limit${more === 1 ? '' : 's'} like it: see the warning on the order of "grades")`,
  );
  return { text, message: text.en };
}

/** The strictest limits the grades below set for one comparable value. */
interface Below {
  literal?: { check: CheckModel; limit: Literal };
  /** Per table: the strictest limit of each row, and the requirement that sets it. */
  tables: Map<number, { limit: Literal; check: CheckModel }[]>;
}

/**
 * What makes two requirements comparable: the same value, direction, conditions and aggregate.
 * `undefined` for requirements never compared (gates, formulas, ranges, sets).
 */
function comparableKey(c: CheckModel): string | undefined {
  if (c.test.kind !== 'compare' || !c.subject || c.effect === 'gate') return undefined;
  const dir = c.test.operator.replace('=', '');
  if (dir !== '>' && dir !== '<') return undefined;
  const kind = c.test.operand.kind;
  if (kind !== 'literal' && kind !== 'cell') return undefined;
  // Limits compared by different GB/T 8170 methods or intervals are not comparable by their numbers:
  // ≥ 97.0 in full asks more than ≥ 97.0 rounded (96.96 meets only the second).
  const { comparison } = c;
  const method = comparison.method === 'rounded' ? `rounded ${comparison.interval?.text ?? ''}` : 'full';
  return JSON.stringify([c.subject, dir, c.when ?? null, c.aggregate, c.aggregateCount ?? null, method]);
}

function operandOf(c: CheckModel): Operand {
  return (c.test as { operand: Operand }).operand;
}

/** Whether limit `a` asks more than `b` for `c`'s direction: a higher minimum, a lower maximum. */
function asksMore(c: CheckModel, a: Literal, b: Literal): boolean {
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return false;
  return (c.test as { operator: string }).operator.startsWith('>') ? a.value > b.value : a.value < b.value;
}

/** Folds a lower grade's requirement into what the grades below ask. */
function addBelow(c: CheckModel, known: Below, tables: TableModel[]): void {
  const operand = operandOf(c);
  if (operand.kind === 'literal') {
    if (typeof operand.literal.value !== 'number') return;
    if (!known.literal || asksMore(c, operand.literal, known.literal.limit))
      known.literal = { check: c, limit: operand.literal };
    return;
  }
  if (operand.kind !== 'cell') return;
  const table = tables[operand.table]!;
  const rows = known.tables.get(operand.table) ?? [];
  known.tables.set(operand.table, rows);
  for (const [r, row] of table.rows.entries()) {
    const x = row.cells.get(operand.column);
    // No requirement, or `n/a`, in this row: nothing asked.
    if (!x || x.unavailable || typeof x.value !== 'number') continue;
    const current = rows[r];
    if (!current || asksMore(c, x, current.limit)) rows[r] = { limit: x, check: c };
  }
}

/**
 * Compares a requirement with what the grades below ask: whether meeting
 * those always meets it (`implied`), and the first place it asks less
 * (`looser`, naming the row and how many more there are).
 */
function compareWithBelow(
  h: CheckModel,
  known: Below,
  tables: TableModel[],
):
  | {
      implied: boolean;
      looser?: { stricter: CheckModel; pair: [Literal, Literal, LocalizedText]; cell?: (string | number)[] };
      /** Limits compared (one, or one per table row) that ask less of this grade, and that ask more. */
      pairs: { less: number; more: number };
    }
  | undefined {
  const operand = operandOf(h);
  if (operand.kind === 'literal') {
    const low = known.literal;
    if (!low) return undefined;
    const hi = operand.literal;
    const implied = !asksMore(h, hi, low.limit) && typeof hi.value === 'number';
    const pairs = { less: asksMore(h, low.limit, hi) ? 1 : 0, more: asksMore(h, hi, low.limit) ? 1 : 0 };
    return pairs.less
      ? { implied, looser: { stricter: low.check, pair: [low.limit, hi, localized('')] }, pairs }
      : { implied, pairs };
  }
  if (operand.kind !== 'cell') return undefined;
  const rows = known.tables.get(operand.table);
  if (!rows) return undefined;
  const table = tables[operand.table]!;
  let implied = true;
  const looserRows: number[] = [];
  let stricterRows = 0;
  for (const [r, row] of table.rows.entries()) {
    const y = row.cells.get(operand.column);
    if (!y) continue;
    const x = rows[r];
    // A row where this grade asks something the grades below do not (or `n/a`): it asks more.
    if (!x || y.unavailable || typeof y.value !== 'number') {
      implied = false;
      continue;
    }
    if (asksMore(h, y, x.limit)) {
      implied = false;
      stricterRows++;
    }
    if (asksMore(h, x.limit, y)) looserRows.push(r);
  }
  const pairs = { less: looserRows.length, more: stricterRows };
  const first = looserRows[0];
  if (first === undefined) return { implied, pairs };
  const x = rows[first]!;
  const others = looserRows.length - 1;
  const more = others > 0 ? localized(`（另有 ${others} 行）`, ` (and ${others} more rows)`) : localized('');
  return {
    implied,
    pairs,
    looser: {
      stricter: x.check,
      cell: [...table.rows[first]!.path, table.keys.length + table.columns.indexOf(operand.column)],
      pair: [
        x.limit,
        table.rows[first]!.cells.get(operand.column)!,
        localized(
          `在表“${table.name}”第 ${first + 1} 行${more.zh}`,
          ` in row ${first + 1} of table "${table.name}"${more.en}`,
        ),
      ],
    },
  };
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
  // A requirement that was written but could not be read is an error already, at the requirement
  // or at the grade table it reads: the grades it gives have one of their own, and saying otherwise
  // would point at the wrong line.
  for (const id of brokenRequirementGrades(ctx)) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const g of ctx.gradeList.slice(1)) {
    if (counts.get(g.id)) continue;
    const below = ctx.gradeList[g.index - 1]!;
    ctx.error(
      'unreachable-grade',
      localized(
        `等级${zhGrade(ctx, g)}没有自己的要求，因此达到${zhGrade(ctx, below)}的记录也都达到${zhGrade(ctx, g)}，${zhGrade(ctx, below)}永远不会成为结果`,
        `grade "${g.id}" has no requirement of its own, so every record reaching "${below.id}" reaches "${g.id}" too and "${below.id}" can never be the result`,
      ),
      ['grades', g.index],
    );
  }
}

/**
 * The grades given a requirement by criteria that an error kept from being read: a criterion with an
 * error (its indicator, its require, a cell of its table, a column of its table that is no grade, a formula
 * of the derived value it tests), or
 * reading a grade table with an error. With `grade`: that grade. Reading a grade table: the table's
 * value columns, or every grade when one of them is not a grade id (a misspelt grade) or the table has
 * an error. A require in error that names no table: every grade, as it may have been meant to read one.
 * A criterion with a literal limit gives only the lowest grade, which needs none of its own. A cap in
 * error: the grades above the grade it caps at. A `scoring.cutoffs` or `minimums` entry in error (its
 * grade unknown, a dimension unknown): its grade (newcomer-21 F5: `检验级: 40` for `L2: 40` also said L2
 * had no requirement of its own, first). A grade written by its label stands for that grade; any other
 * unknown grade for every grade, as it was meant to be one of them.
 */
function brokenRequirementGrades(ctx: ModelContext): string[] {
  const criteria = new Set<unknown>();
  const requires = new Set<unknown>();
  const tables = new Set<unknown>();
  const groupCriteria = new Set<unknown>();
  const statistics = new Set<unknown>();
  const scoringGrades = new Set<string>();
  for (const issue of ctx.issues) {
    if (issue.severity !== 'error') continue;
    const [section, key, field] = issue.path;
    if (section === 'criteria') criteria.add(key);
    if (section === 'criteria' && field === 'require') requires.add(key);
    if (section === 'tables') tables.add(key);
    if (section === 'group' && key === 'criteria') groupCriteria.add(field);
    if (section === 'group' && key === 'statistics') statistics.add(field);
    if (section === 'scoring' && (key === 'cutoffs' || key === 'minimums') && typeof field === 'string')
      scoringGrades.add(field);
  }
  // A criterion on a derived value whose formula is in error was not read either (the error is at the formula).
  for (const [i, item] of (ctx.doc.criteria ?? []).entries())
    if (typeof item.indicator === 'string' && ctx.values.get(item.indicator)?.unresolved) criteria.add(i);
  if (criteria.size + tables.size + groupCriteria.size + statistics.size + scoringGrades.size === 0)
    return [];
  const every = ctx.gradeList.map((g) => g.id);
  // A grade written by its label is that grade; a misspelt one was meant to be one of them.
  const gradesOf = (id: string): readonly string[] => {
    if (ctx.grades.has(id)) return [id];
    const owner = labelOwner(ctx.doc.grades, id);
    return owner && ctx.grades.has(owner) ? [owner] : every;
  };
  // A cap at a grade is a requirement of every grade above it.
  const above = (id: string): readonly string[] => {
    const at = gradesOf(id);
    if (at === every) return every;
    return ctx.gradeList.slice(ctx.grades.get(at[0]!)!.index + 1).map((g) => g.id);
  };
  const tableGrades = (name: string): readonly string[] => {
    const table = ctx.doc.tables?.[name];
    if (!table || tables.has(name)) return every;
    const values = table.columns.filter((c) => !table.keys.includes(c));
    return values.every((c) => ctx.grades.has(c)) ? values : every;
  };
  const grades: string[] = [];
  for (const [i, item] of (ctx.doc.criteria ?? []).entries()) {
    if (typeof item.grade === 'string') {
      if (criteria.has(i)) grades.push(...gradesOf(item.grade));
      continue;
    }
    if (typeof item.cap === 'string') {
      if (criteria.has(i)) grades.push(...above(item.cap));
      continue;
    }
    if (item.gate === true || item.cap !== undefined) continue;
    const words = typeof item.require === 'string' ? (item.require.match(/[A-Za-z][\w-]*/g) ?? []) : [];
    const read = words.filter((w) => Object.hasOwn(ctx.doc.tables ?? {}, w));
    if (read.length === 0) {
      if (requires.has(i)) grades.push(...every);
    } else if (criteria.has(i) || read.some((t) => tables.has(t))) {
      for (const t of read) grades.push(...tableGrades(t));
    }
  }
  // A lot's requirement whose statistic is in error, or that is itself, is no requirement read either.
  for (const [i, item] of (ctx.doc.group?.criteria ?? []).entries()) {
    const broken = groupCriteria.has(i) || statistics.has(item.statistic);
    if (broken) grades.push(...(typeof item.grade === 'string' ? gradesOf(item.grade) : []));
  }
  for (const id of scoringGrades) grades.push(...gradesOf(id));
  return grades;
}

/** Where a check is, as an issue locates it. */
function at(check: CheckModel): { file: string; line: number; column: number; path: [] } {
  return { file: check.location.file, line: check.location.line, column: check.location.column, path: [] };
}

/** Whether a requirement's subject is a score (the total or a dimension's): cutoffs, which no test condition sets. */
function isScore(ctx: ModelContext, subject: string | undefined): boolean {
  return subject === 'totalScore' || (ctx.doc.scoring?.dimensions.some((d) => d.id === subject) ?? false);
}
