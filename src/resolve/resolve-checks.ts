import { joinedValuesText } from '../load/full-width-list-comma';
import { labelOwner } from '../load/label-owner';
import type { Expr } from '../model/expr';
import { type CompareOperator, jreOperator, operatorSymbol } from '../model/operators';
import { ownEntry } from '../model/own-entry';
import type { CriterionDocument, ScopeDocument } from '../model/rule-document';
import type {
  CheckModel,
  ComparisonModel,
  ConditionModel,
  GradeModel,
  Operand,
  TableModel,
  TestModel,
} from '../model/rule-set-model';
import type { Literal, ValueKind } from '../model/value';
import { decimalsOf, parseDecimal } from '../rounding/decimal';
import { parseRoundingInterval } from '../rounding/gbt8170';
import { constantValue } from '../syntax/constant-problem';
import { infiniteLimit } from '../syntax/infinite-limit';
import { formulaAsMeant, parseFormula } from '../syntax/parse-formula';
import {
  type OperandSyntax,
  parseRequirement,
  type RequirementSyntax,
  type ToleranceSyntax,
} from '../syntax/parse-requirement';
import { tildeRange } from '../syntax/tilde-range';
import { closestTies } from '../text/closest-name';
import { didYouMean, namesMeant } from '../text/did-you-mean';
import {
  asciiWritten,
  fullWidthAdvice,
  unitOutOfBrackets,
  WRITTEN_FULL_WIDTH,
} from '../text/full-width-advice';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { checkGradeColumns } from './check-grade-columns';
import { checkLimitDigits } from './check-limit-digits';
import { limitUnitProblem } from './limit-unit';
import { badInterval, kindName, type ModelContext, unknownGrade, type ValueInfo } from './model-context';
import { rangeUnitError } from './range-unit-advice';
import { checkLiteral, lookup, resolveJreCondition, resolveWhen } from './resolve-conditions';
import { tableInTolerance } from './table-in-tolerance';
import { textLimitColumn } from './text-limit-column';
import { toleranceText } from './tolerance-text';
import { unitAfterName } from './unit-after-name';
import { unitBeforeNumber } from './unit-before-number';
import { vetoMeant } from './veto-meant';

type Path = (string | number)[];

/** Resolves the scope items: requirements a record must meet to be graded at all. */
export function resolveScope(ctx: ModelContext): CheckModel[] {
  const out: CheckModel[] = [];
  for (const [i, item] of (ctx.doc.scope ?? []).entries()) {
    const path: Path = ['scope', i];
    const checks = resolveOne(ctx, item, path, 'scope');
    for (const c of checks) out.push({ ...c, reason: item.reason });
  }
  return out;
}

/** Resolves the criteria, expanding grade tables into one requirement per grade. */
export function resolveCriteria(ctx: ModelContext): CheckModel[] {
  const out: CheckModel[] = [];
  for (const [i, item] of (ctx.doc.criteria ?? []).entries())
    out.push(...resolveOne(ctx, item, ['criteria', i], 'criterion'));
  return out;
}

function resolveOne(
  ctx: ModelContext,
  item: CriterionDocument | ScopeDocument,
  path: Path,
  role: 'scope' | 'criterion',
): CheckModel[] {
  const c = item as CriterionDocument;
  const when = c.when ? resolveWhen(ctx, c.when, [...path, 'when']) : undefined;
  if (c.when && !when) return [];
  const base = {
    sourceId: c.id,
    location: ctx.location(path),
    ...(when ? { when } : {}),
    ...(c.clause ? { clause: c.clause } : {}),
  };

  if (c.condition) {
    if (c.indicator || c.require) {
      ctx.error(
        'invalid-requirement',
        localized(
          '判定项要么写“condition”，要么写“indicator”和“require”，不能都写',
          'a criterion has either "condition" or "indicator" with "require", not both',
        ),
        [...path, 'condition'],
        { key: true },
      );
      return [];
    }
    const condition = resolveJreCondition(ctx, c.condition, [...path, 'condition'], false, 'condition');
    if (!condition) return [];
    const placement = role === 'scope' ? scopePlacement() : placeInGrade(ctx, c, path);
    if (!placement) return [];
    return [
      {
        ...base,
        ...placement,
        id: c.id,
        label: c.label ?? localized(c.id),
        test: { kind: 'condition', condition, text: conditionText(condition) },
        comparison: { method: 'full' },
        aggregate: 'each',
      },
    ];
  }
  if (!c.indicator || !c.require) {
    ctx.error(
      'invalid-requirement',
      localized(
        '判定项需要“indicator”和“require”（或 json-rules-engine 的“condition”）',
        'a criterion needs "indicator" and "require" (or a json-rules-engine "condition")',
      ),
      path,
    );
    return [];
  }
  // Resolve every part even when one fails, so all problems are reported at once.
  const info = lookup(ctx, c.indicator, [...path, 'indicator']);
  const syntax = parseRequirement(c.require);
  if ('error' in syntax)
    ctx.requirementError(rangeUnitError(syntax, c.indicator, info?.unit), [...path, 'require']);
  const gradeTable =
    !('error' in syntax) && syntax.kind === 'compare' && syntax.operand.kind === 'expression'
      ? ctx.tables.get(syntax.operand.text.trim())
      : undefined;
  const placement = role === 'scope' ? scopePlacement() : gradeTable ? undefined : placeInGrade(ctx, c, path);
  if (!info || 'error' in syntax) return [];
  // Its kind and specimens unknown, "aggregate only for specimens" or "a number against true" would be false.
  if (info.unresolved) return [];
  const label = c.label ?? labelOf(ctx, c.indicator);
  const { aggregate, aggregateCount } = resolveAggregate(ctx, c, info, path);

  // A bare table name whose columns are grades: one requirement per grade column.
  if (gradeTable && syntax.kind === 'compare') {
    return expandGradeTable(ctx, c, path, info, gradeTable, syntax.operator, base, label, {
      aggregate,
      ...(aggregateCount !== undefined ? { aggregateCount } : {}),
    });
  }
  const test = resolveTest(ctx, c.indicator, info, syntax, path);
  if (!test) return [];
  // GB/T 8170 rounding judges results against limits; scope is applicability, compared as measured.
  const comparison =
    role === 'scope' ? ({ method: 'full' } as const) : resolveComparison(ctx, c, info, test, path);
  if (!placement || !comparison) return [];
  checkLimitDigits(ctx, test, comparison, c.require, path, ctx.warnedCells);
  return [
    {
      ...base,
      ...placement,
      id: c.id,
      label,
      subject: c.indicator,
      test,
      comparison,
      aggregate,
      ...(aggregateCount !== undefined ? { aggregateCount } : {}),
    },
  ];
}

/** `each` | `min` | `max` | `mean`, or a count of specimens: `{ atMostFailing: k }`, `{ atLeastPassing: k }`. */
function resolveAggregate(
  ctx: ModelContext,
  c: CriterionDocument,
  info: ValueInfo,
  path: Path,
): Pick<CheckModel, 'aggregate' | 'aggregateCount'> {
  const at = [...path, 'aggregate'];
  const written = c.aggregate;
  if (written === undefined) return { aggregate: 'each' };
  if (!info.perSpecimen) {
    ctx.error(
      'type-mismatch',
      localized(
        `“aggregate”只用于有多个试样的指标；“${c.indicator}”只有一个值`,
        `"aggregate" applies to indicators with several specimens; "${c.indicator}" has one value`,
      ),
      at,
    );
  }
  if (typeof written === 'string') {
    if (written === 'mean' && info.kind !== 'number')
      ctx.error('type-mismatch', localized('“mean”需要数值', '"mean" needs numbers'), at);
    return { aggregate: written };
  }
  const [aggregate, count] =
    'atMostFailing' in written
      ? (['atMostFailing', written.atMostFailing] as const)
      : (['atLeastPassing', written.atLeastPassing] as const);
  const max = ctx.values.get(c.indicator!)?.isIndicator
    ? ownEntry(ctx.doc.indicators, c.indicator!)?.specimens
    : undefined;
  const most = typeof max === 'number' ? max : typeof max === 'object' ? (max.exactly ?? max.max) : undefined;
  if (most !== undefined && count > most) {
    ctx.error(
      'invalid-requirement',
      localized(
        `“${aggregate}: ${count}”计数的试样多于“${c.indicator}”可有的试样数（${most}）`,
        `"${aggregate}: ${count}" counts more specimens than "${c.indicator}" takes (${most})`,
      ),
      at,
    );
  }
  return { aggregate, aggregateCount: count };
}

function expandGradeTable(
  ctx: ModelContext,
  c: CriterionDocument,
  path: Path,
  info: ValueInfo,
  table: TableModel,
  operator: '>=' | '>' | '<=' | '<' | '=' | '!=',
  base: Omit<CheckModel, 'id' | 'label' | 'effect' | 'grade' | 'test' | 'comparison' | 'aggregate'>,
  label: CheckModel['label'],
  aggregate: Pick<CheckModel, 'aggregate' | 'aggregateCount'>,
): CheckModel[] {
  const notGrades = table.columns.filter((col) => !ctx.grades.has(col));
  // Some columns are grades: a grade table with a column misspelt (`premuim`). Said at that column, with the grade
  // meant; "name one column instead" would drop the other grades' limits without a word.
  if (notGrades.length > 0 && notGrades.length < table.columns.length) {
    for (const col of notGrades) {
      // The standard's name for the grade where its id belongs (优质加工级 for premium), or a typo of an id.
      const owner = labelOwner(ctx.doc.grades, col);
      const hint = owner !== undefined ? [owner] : closestTies(col, ctx.grades.keys());
      const meant = namesMeant(hint);
      const grades = [...ctx.grades.keys()];
      ctx.error(
        'unknown-grade',
        localized(
          `等级表“${table.name}”的列“${col}”不是等级标识${hint.length > 0 ? `：是否要写${meant.zh}？` : `；等级有${zhNames(grades)}`}`,
          `column "${col}" of the grade table "${table.name}" is not a grade id${hint.length > 0 ? `: did you mean ${meant.en}?` : `; grades are ${grades.join(', ')}`}`,
        ),
        ['tables', table.name, 'columns', table.keys.length + table.columns.indexOf(col)],
      );
    }
    return [];
  }
  if (notGrades.length > 0) {
    ctx.error(
      'unknown-grade',
      localized(
        `“${table.name}”被用作等级表，但它的列${zhNames(notGrades)}不是等级标识；请改为指明一列，如 "${operatorSymbol(operator)} ${table.name}.${table.columns[0]}"`,
        `"${table.name}" is used as a grade table, but its columns ${notGrades.join(', ')} are not grade ids; name one column instead, e.g. "${operatorSymbol(operator)} ${table.name}.${table.columns[0]}"`,
      ),
      [...path, 'require'],
    );
    return [];
  }
  if (c.grade || c.gate || c.cap) {
    ctx.error(
      'invalid-requirement',
      localized(
        '等级表自身给出等级；请删去“grade”“gate”和“cap”',
        'a grade table gives the grades itself; remove "grade", "gate" and "cap"',
      ),
      [...path, 'require'],
    );
    return [];
  }
  const out: CheckModel[] = [];
  for (const column of table.columns) {
    const test: TestModel = {
      kind: 'compare',
      operator,
      operand: { kind: 'cell', table: table.index, column, columnIndex: table.columns.indexOf(column) },
    };
    const kind = table.columnKinds.get(column)!;
    const textColumn =
      info.kind === 'number' && kind === 'string' ? textLimitColumn(c.indicator!, table, column) : undefined;
    if (textColumn) ctx.error('type-mismatch', textColumn, [...path, 'require']);
    if (textColumn || !checkOperandKind(ctx, c.indicator!, info, kind, operator, [...path, 'require']))
      return [];
    const comparison = resolveComparison(ctx, c, info, test, path);
    if (!comparison) return [];
    checkLimitDigits(ctx, test, comparison, c.require!, path, ctx.warnedCells);
    out.push({
      ...base,
      id: `${c.id}@${column}`,
      label,
      effect: 'requirement',
      grade: ctx.grades.get(column)!,
      subject: c.indicator!,
      test,
      comparison,
      ...aggregate,
    });
  }
  checkGradeColumns(ctx, c, table, label);
  // Lowest grade first, so an explanation reads up the ladder.
  return out.sort((a, b) => a.grade!.index - b.grade!.index);
}

function resolveTest(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  syntax: RequirementSyntax,
  path: Path,
): TestModel | undefined {
  const at = [...path, 'require'];
  if (syntax.kind === 'range') {
    if (info.kind !== 'number') {
      const text = localized(
        `区间比较的是数值，但“${name}”不是数值`,
        `a range compares numbers, but "${name}" is not a number`,
      );
      ctx.error('type-mismatch', text, at);
      return undefined;
    }
    const { band, lowerText, upperText } = syntax.band;
    const decimals = Math.max(decimalsOf(lowerText), decimalsOf(upperText));
    return { kind: 'range', band, lowerText, upperText, decimals };
  }
  if (syntax.kind === 'member') {
    const problem = memberListProblem(name, info, syntax.values, syntax.negate);
    if (problem) {
      ctx.error('type-mismatch', problem, at);
      return undefined;
    }
    for (const v of syntax.values)
      if (checkLiteral(ctx, info, name, v.value, at) === undefined) return undefined;
    return { kind: 'member', negate: syntax.negate, values: syntax.values };
  }
  if (syntax.kind === 'tolerance') return resolveTolerance(ctx, name, info, syntax, at);
  const { operator } = syntax;
  // `≤ 2–6`, `≤ 2-6`, `≤ 2 mm–6 mm`: a range, answered as `≤ 2~6` is, with the range to write; not "a unit may
  // follow only a number" nor a formula's message (hostile-44).
  if (info.kind === 'number' && syntax.operand.kind === 'expression' && tildeRange(syntax.operand.text)) {
    checkLiteral(ctx, info, name, syntax.operand.text.trim(), at);
    return undefined;
  }
  const unitFirst =
    syntax.operand.kind === 'expression' && info.kind === 'number'
      ? unitBeforeNumber(ctx, name, info, operatorSymbol(operator), syntax.operand.text)
      : undefined;
  if (unitFirst && syntax.operand.kind === 'expression') {
    const text = localized(`“${name}”的限值：${unitFirst.zh}`, `limit of "${name}": ${unitFirst.en}`);
    ctx.errorInText('invalid-requirement', text, at, syntax.operand.offset);
    return undefined;
  }
  const unitLast =
    syntax.operand.kind === 'expression'
      ? unitAfterName(ctx, operatorSymbol(operator), syntax.operand.text)
      : undefined;
  if (unitLast && syntax.operand.kind === 'expression') {
    const text = localized(`“${name}”的限值：${unitLast.text.zh}`, `limit of "${name}": ${unitLast.text.en}`);
    ctx.errorInText('invalid-requirement', text, at, syntax.operand.offset + unitLast.index);
    return undefined;
  }
  const operand = resolveOperand(ctx, name, info, operator, syntax.operand, at);
  return operand ? { kind: 'compare', operator, operand } : undefined;
}

/**
 * `10.0 ± 0.1`, `10.0 +0.5/−0.3`, `± massTolerance.value`: a closed range
 * around the nominal (GB/T 8170: both ends included), each part a number or
 * a reference; written-down digits set the precision of rounded comparison.
 */
function resolveTolerance(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  syntax: ToleranceSyntax,
  at: Path,
): TestModel | undefined {
  if (info.kind !== 'number') {
    const text = localized(
      `允差比较的是数值，但“${name}”不是数值`,
      `a tolerance compares numbers, but "${name}" is not a number`,
    );
    ctx.error('type-mismatch', text, at);
    return undefined;
  }
  for (const part of [syntax.nominal, syntax.plus, syntax.minus]) {
    const table = tableInTolerance(part, ctx.tables, (c) => ctx.grades.has(c));
    if (table) {
      ctx.errorInText('invalid-requirement', table.text, at, table.offset);
      return undefined;
    }
  }
  const nominal = syntax.nominal
    ? resolveOperand(ctx, name, info, '>=', syntax.nominal, at)
    : ({ kind: 'literal', literal: { value: 0, text: '', decimals: 0 } } as const);
  const plus = resolveOperand(ctx, name, info, '>=', syntax.plus, at);
  const minus = syntax.symmetric ? plus : resolveOperand(ctx, name, info, '>=', syntax.minus, at);
  if (!nominal || !plus || !minus) return undefined;
  for (const part of [plus, minus]) {
    // A formula naming no value is as fixed as a written number: `± (0 - 1)` is `± -1`.
    const fixed =
      part.kind === 'literal'
        ? (part.literal.value as number)
        : part.kind === 'expr'
          ? constantValue(part.expr)
          : undefined;
    if (fixed !== undefined && fixed < 0) {
      const got = part.kind === 'literal' ? part.literal.text : part.kind === 'expr' ? part.text : '';
      ctx.error(
        'invalid-requirement',
        localized(
          `允差不带符号书写：写 "10.0 +0.5/−0.3"，而不是 "+−0.3"；实际是 ${got}`,
          `a tolerance is written without its sign: "10.0 +0.5/−0.3", not "+−0.3"; got ${got}`,
        ),
        at,
      );
      return undefined;
    }
  }
  if (!tableTolerancesSigned(ctx, name, [plus, minus], at)) return undefined;
  const [n, p, m] = [syntax.nominal, syntax.plus, syntax.minus].map((part) =>
    part === undefined ? '' : part.kind === 'literal' ? part.literal.text : part.text.trim(),
  );
  const text = toleranceText([n!, p!, m!], syntax.symmetric);
  return { kind: 'tolerance', nominal, plus, minus, symmetric: syntax.symmetric, text };
}

/**
 * A tolerance read from a table column (`± t.v`) must not be negative in any
 * row, as a written one must not: `10 ± -3` is the range [13, 7], which no
 * value meets. The row is named, since the mistake is in the table.
 */
function tableTolerancesSigned(ctx: ModelContext, name: string, parts: Operand[], at: Path): boolean {
  const tables = [...ctx.tables.values()];
  for (const part of new Set(parts)) {
    if (part.kind !== 'cell') continue;
    const table = tables.find((t) => t.index === part.table);
    for (const [r, row] of (table?.rows ?? []).entries()) {
      const cell = row.cells.get(part.column);
      if (typeof cell?.value !== 'number' || cell.value >= 0) continue;
      ctx.error(
        'invalid-requirement',
        localized(
          `“${name}”的允差取自“${table!.name}.${part.column}”，但它第 ${r + 1} 行是负数（${cell.text}）：允差不带符号书写，负的允差使区间不含任何值`,
          `the tolerance of "${name}" comes from "${table!.name}.${part.column}", but its row ${r + 1} is negative (${cell.text}): a tolerance is written without its sign, and a negative one leaves a range that holds no value`,
        ),
        at,
      );
      return false;
    }
  }
  return true;
}

/** The limit side of a comparison: a literal, a bare text value, a table cell, or a formula. */
function resolveOperand(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  operator: CompareOperator,
  operand: OperandSyntax,
  at: Path,
): Operand | undefined {
  if (operand.kind === 'literal') {
    const unitProblem =
      operand.unit === undefined
        ? undefined
        : limitUnitProblem(ctx, name, info, operand.unit, operand.literal.text);
    if (unitProblem) {
      ctx.error('type-mismatch', unitProblem, at);
      return undefined;
    }
    if (checkOperandKind(ctx, name, info, typeof operand.literal.value as 'number', operator, at) === false)
      return undefined;
    if (checkLiteral(ctx, info, name, operand.literal.value, at) === undefined) return undefined;
    return { kind: 'literal', literal: operand.literal };
  }
  // A bare word that names nothing is text: "= heat-pump" for an enum.
  const bare =
    /^[^\s"'()[\],+*/<>=!?:]+$/.test(operand.text) &&
    !ctx.values.has(operand.text) &&
    !operand.text.includes('.');
  // A table left out for an error reported in it ("≤ testTemperature" after its key was refused): said once, there.
  if (bare && ctx.leftOutTable(operand.text)) return undefined;
  // Full-width characters in what can only be a formula or a name ("０.７ * y", "0.7＊y" for a number).
  const fullWidth = !bare || info.kind === 'number' ? fullWidthInFormula(operand.text) : undefined;
  if (fullWidth) {
    ctx.errorInText('invalid-requirement', fullWidth.text, at, operand.offset + fullWidth.index);
    return undefined;
  }
  // `≤ -b`, `≤ b-1` (no spaces, so one bare word) on a number: no text, a formula; `≤ −b`, `≤ b−1` get the formula's
  // advice on the typeset minus, as `≤ b − 1` does; `≤ −∞`, `< -inf` the infinity's (hostile-44: "can never match").
  if (bare && info.kind === 'number') {
    const meant = minusFormula(ctx, name, operator, operand.text);
    if (meant?.kind === 'error') {
      for (const e of meant.errors)
        ctx.errorInText('invalid-requirement', e.text, at, operand.offset + e.index);
      return undefined;
    }
    if (meant?.kind === 'formula')
      return checkOperandKind(ctx, name, info, meant.type, operator, at)
        ? formulaOperand(ctx, operand.text, meant.expr)
        : undefined;
  }
  if (bare) {
    if (info.kind === 'number' && /^[A-Za-z_$][\w$]*$/.test(operand.text)) {
      // A number is never compared with text: a word that names nothing is a misspelt name.
      ctx.errorInText('invalid-requirement', unknownLimitName(ctx, operand.text), at, operand.offset);
      return undefined;
    }
    if (checkLiteral(ctx, info, name, operand.text, at) === undefined) return undefined;
    return { kind: 'literal', literal: { value: operand.text, text: operand.text, decimals: 0 } };
  }
  const parsed = parseFormula(operand.text, ctx.formulaScope());
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors.filter((e) => !e.followOn))
      ctx.errorInText(
        'invalid-requirement',
        localized(`“${name}”的限值：${e.text.zh}`, `limit of "${name}": ${e.text.en}`),
        at,
        operand.offset + e.index,
      );
    return undefined;
  }
  const { expr, kind } = parsed as { expr: Expr; kind: ValueKind };
  // `≥ limits.min` on a number, min a column of text: that column and its cell, not "a number in quotes ("5.00")".
  const textColumn =
    expr.k === 'cell' && info.kind === 'number' && kind === 'string'
      ? textLimitColumn(name, [...ctx.tables.values()].find((t) => t.index === expr.table)!, expr.column)
      : undefined;
  if (textColumn) {
    ctx.error('type-mismatch', textColumn, at);
    return undefined;
  }
  if (!checkOperandKind(ctx, name, info, kind, operator, at)) return undefined;
  return formulaOperand(ctx, operand.text, expr);
}

/** A formula's (or a name's, or a table cell's) operand. */
function formulaOperand(ctx: ModelContext, text: string, expr: Expr): Operand {
  return expr.k === 'cell'
    ? { kind: 'cell', table: expr.table, column: expr.column, columnIndex: expr.columnIndex }
    : expr.k === 'ref' && ctx.values.get(expr.name)?.decimals !== undefined
      ? { kind: 'expr', expr, text: text.trim(), decimals: ctx.values.get(expr.name)!.decimals! }
      : { kind: 'expr', expr, text: text.trim() };
}

// A minus sign, ASCII or as typeset or typed for one: a bare word on a number that holds one may be a formula.
const MINUS_LIKE = /[-\u2010-\u2014\u2212\ufe63]/;
// A multiplication or division sign as typeset (`2×b`, `b÷2`): likewise.
const TYPESET_OPERATOR = /[×÷]/;

/**
 * A bare word (one run with no space) holding a minus sign, compared with a number: a formula when it reads as one
 * (`-b`, `b-1`, `0.7-b`); the formula's advice when it reads as one only with ASCII `-` (`−b`, `b−1`, `b–1`); the
 * infinity's advice for `-inf`; else `undefined`, and the word is text as before (`heat-pump` never matches).
 */
function minusFormula(
  ctx: ModelContext,
  name: string,
  operator: CompareOperator,
  text: string,
):
  | { kind: 'formula'; expr: Expr; type: string }
  | { kind: 'error'; errors: { text: LocalizedText; index: number }[] }
  | undefined {
  if (!MINUS_LIKE.test(text) && !TYPESET_OPERATOR.test(text)) return undefined;
  const unsigned = text.replace(/^[-\u2010-\u2014\u2212\ufe63+]+/, '');
  const infinite = ctx.values.has(unsigned)
    ? undefined
    : infiniteLimit(`${operatorSymbol(operator)} ${text}`, operator, text);
  if (infinite) return { kind: 'error', errors: [{ text: infinite, index: 0 }] };
  const parsed = parseFormula(text, ctx.formulaScope());
  if (parsed.errors.length === 0) {
    const { expr, kind } = parsed as { expr: Expr; kind: 'number' };
    return { kind: 'formula', expr, type: kind };
  }
  // `b×2−c`: the formula as meant, every typeset sign made ASCII (hostile-46: `×` left in, it was text).
  const ascii = formulaAsMeant(text).replace(new RegExp(MINUS_LIKE.source, 'g'), '-');
  // `b-c` with no value named c: a formula over b, told the name it lacks as `b - c` is, not "can never match"
  // (hostile-45); `heat-pump`, which names nothing, stays text.
  // `-c`: a name with a minus before it, on a number, is a formula too (a number never equals text): told the name
  // and the close ones, as a bare `c` is, not "can never match" (hostile-45).
  const named = namesOne(ctx, ascii) || /^[-+][A-Za-z_$][\w$]*$/.test(ascii);
  if ((ascii === text || parseFormula(ascii, ctx.formulaScope()).errors.length > 0) && !named)
    return undefined;
  // Each, at once: `b−c` with no value c is told the minus and c (hostile-45: c came only on the next run).
  const told = parsed.errors.filter((e) => !e.followOn);
  return {
    kind: 'error',
    errors: (told.length > 0 ? told : parsed.errors.slice(0, 1)).map((e) => ({
      text: localized(`“${name}”的限值：${e.text.zh}`, `limit of "${name}": ${e.text.en}`),
      index: e.index,
    })),
  };
}

/**
 * Whether a word is names and numbers joined by arithmetic signs (`b-c`, `2*b-x`) of which one names a value or a
 * table of the rule set: a formula with an unknown name or a typo, not a text.
 */
function namesOne(ctx: ModelContext, word: string): boolean {
  const parts = word.split(/[-+*/]/).filter((p) => p !== '');
  if (parts.length < 2 || !parts.every((p) => /^[A-Za-z_$][\w$.]*$/.test(p) || parseDecimal(p) !== undefined))
    return false;
  return parts.some((p) => ctx.values.has(p) || ctx.tables.has(p.split('.')[0]!));
}

/**
 * A formula (or a name) with full-width characters outside its quoted text: the
 * characters named and the ASCII to write. jsep reads `０.７` as a table `０`
 * and `＊` as part of a name, which gave messages about neither.
 */
function fullWidthInFormula(text: string): { text: LocalizedText; index: number } | undefined {
  const unquoted = text.replace(/"[^"]*"|'[^']*'/g, (q) => ' '.repeat(q.length));
  const index = unquoted.search(WRITTEN_FULL_WIDTH);
  if (index < 0) return undefined;
  let ascii = '';
  for (let i = 0; i < text.length; i++) ascii += unquoted[i] === ' ' ? text[i] : asciiWritten(text[i]!);
  return { text: fullWidthAdvice(text.trim(), unitOutOfBrackets(ascii.trim()), unquoted), index };
}

/** A limit naming nothing: no table, indicator or derived value is called `word`; the closest that is. */
function unknownLimitName(ctx: ModelContext, word: string): LocalizedText {
  const hint = ctx.closestTies(word, () => [...ctx.values.keys(), ...ctx.tables.keys()]);
  return localized(
    `没有名为“${word}”的表、指标或派生值${didYouMean(hint).zh}`,
    `there is no table, indicator or derived value named "${word}"${didYouMean(hint).en}`,
  );
}

/** A requirement's list is in brackets in its text: any item there may have been joined by a full-width comma. */
const IN_BRACKETS = { isPlainInBrackets: () => true };

/**
 * What is wrong with an `in [...]` list as a whole, said as `= "1"` and `values: [1，2]` say it (newcomer-36
 * M4, M5): numbers quoted against a number-valued indicator (`in ["1", "2"]` for `values: [1, 2, 3]`), or two
 * values joined by a full-width comma (`in [1，2]`), read as one value no record has.
 */
function memberListProblem(
  name: string,
  info: ValueInfo,
  values: readonly Literal[],
  negate: boolean,
): LocalizedText | undefined {
  for (const v of values) {
    if (typeof v.value !== 'string' || !info.values) continue;
    const joined = joinedValuesText(IN_BRACKETS, name, v.value, info.values, []);
    if (joined) return joined;
  }
  const quoted = values.filter((v) => typeof v.value === 'string' && parseDecimal(v.value.trim()));
  if (info.kind !== 'number' || quoted.length === 0) return undefined;
  const shown = quoted.map((v) => JSON.stringify(v.value));
  const write = `${negate ? 'not in' : 'in'} [${values.map((v) => (typeof v.value === 'string' ? v.value.trim() : v.text)).join(', ')}]`;
  return localized(
    `“${name}”是数值，但列表中的 ${shown.join('、')} 是文本；加了引号的数是文本，永远不会与数值相符：请去掉引号，写 ${write}`,
    `"${name}" is a number, but ${shown.join(', ')} in the list ${quoted.length === 1 ? 'is' : 'are'} text; a number in quotes is text and never matches a number: write ${write} without the quotes`,
  );
}

function checkOperandKind(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  kind: string,
  operator: string,
  at: Path,
): boolean {
  if (kind !== info.kind) {
    // A table whose cells were all quoted to keep their trailing zeros: the likeliest way to get here.
    const quotedNumber = info.kind === 'number' && kind === 'string';
    ctx.error(
      'type-mismatch',
      localized(
        `“${name}”是${kindName(info.kind).zh}，但它的限值是${kindName(kind).zh}` +
          (quotedNumber ? '；加了引号的数（如 "5.00"）是文本，请去掉引号' : ''),
        `"${name}" is ${article(info.kind)}, but its limit is ${article(kind)}` +
          (quotedNumber ? '; a number in quotes ("5.00") is text: write it without them' : ''),
      ),
      at,
    );
    return false;
  }
  if (info.kind !== 'number' && operator !== '=' && operator !== '!=') {
    ctx.error(
      'type-mismatch',
      localized(
        `“${operatorSymbol(operator as '>=')}”比较的是数值；“${name}”是${kindName(info.kind).zh}：请用 "=" 或 "in [...]"`,
        `"${operatorSymbol(operator as '>=')}" compares numbers; "${name}" is ${info.kind}: use "=" or "in [...]"`,
      ),
      at,
    );
    return false;
  }
  return true;
}

function resolveComparison(
  ctx: ModelContext,
  c: CriterionDocument,
  info: ValueInfo,
  test: TestModel,
  path: Path,
): ComparisonModel | undefined {
  const indicator = ownEntry(ctx.doc.indicators, c.indicator ?? '');
  const method = c.comparison ?? indicator?.comparison ?? ctx.doc.comparison ?? 'full';
  if (method === 'full' || info.kind !== 'number' || test.kind === 'member') {
    if (c.comparison === 'rounded' && info.kind !== 'number') {
      const text = localized(
        `修约值比较需要数值；“${c.indicator}”是${kindName(info.kind).zh}`,
        `rounded comparison needs a number; "${c.indicator}" is ${info.kind}`,
      );
      ctx.error('type-mismatch', text, [...path, 'comparison']);
      return undefined;
    }
    return { method: 'full' };
  }
  const written = c.interval ?? indicator?.interval;
  if (written !== undefined) {
    const interval = parseRoundingInterval(written);
    if (!interval) {
      ctx.error('invalid-interval', badInterval(written), [
        ...path,
        c.interval !== undefined ? 'interval' : 'indicator',
      ]);
      return undefined;
    }
    return { method: 'rounded', interval };
  }
  const computed = (o: Operand) => o.kind === 'expr' && o.decimals === undefined;
  if (
    (test.kind === 'compare' && computed(test.operand)) ||
    (test.kind === 'tolerance' && [test.nominal, test.plus, test.minus].some(computed))
  ) {
    ctx.error('invalid-interval', intervalNeeded(c, info), [...path, 'require']);
    return undefined;
  }
  return { method: 'rounded' };
}

/**
 * A rounded comparison against a computed limit has no written digits to round
 * to: where to write `interval` and which step, the one the test standard
 * reports the value to (GB/T 229: KV2 to 1 J; GB/T 228.1: elongation to 0.5 %).
 */
function intervalNeeded(c: CriterionDocument, info: ValueInfo): LocalizedText {
  const unit = info.unit ? localized(`（${info.unit}）`, ` (in ${info.unit})`) : localized('', '');
  const onIndicator = info.isIndicator
    ? localized(
        `；也可写在指标“${c.indicator}”上，对它的每个判定项都适用`,
        `; or write it once on the indicator "${c.indicator}", for all its criteria`,
      )
    : localized('', '');
  return localized(
    `与计算出的限值作修约值比较需要“interval”（该限值没有书写精度可供修约）：请在判定项“${c.id}”中加上“interval: <修约间隔>”，` +
      `即试验方法标准规定“${c.indicator}”${unit.zh}修约到的间隔，如冲击吸收能量 KV2 以 J 计为 1，断后伸长率以 % 计为 0.5${onIndicator.zh}`,
    `a rounded comparison against a computed limit needs "interval" (the limit has no written precision to round to): ` +
      `add "interval: <step>" to the criterion "${c.id}", the step the test standard rounds "${c.indicator}"${unit.en} to, ` +
      `e.g. 1 for impact energy KV2 in J, 0.5 for elongation in %${onIndicator.en}`,
  );
}

function scopePlacement(): Pick<CheckModel, 'effect' | 'grade'> {
  return { effect: 'scope', grade: null };
}

function placeInGrade(
  ctx: ModelContext,
  c: CriterionDocument,
  path: Path,
): Pick<CheckModel, 'effect' | 'grade' | 'capAt'> | undefined {
  const set = [c.grade !== undefined, c.gate === true, c.cap !== undefined].filter(Boolean).length;
  if (set > 1) {
    ctx.error(
      'invalid-requirement',
      localized('“grade”“gate”和“cap”只能给出其中一个', 'give only one of "grade", "gate" and "cap"'),
      path,
    );
    return undefined;
  }
  const lowest = ctx.gradeList[0]!;
  if (c.gate) return { effect: 'gate', grade: lowest };
  if (c.cap !== undefined) {
    const capAt = grade(ctx, c.cap, [...path, 'cap']);
    if (!capAt) return undefined;
    const above = ctx.gradeList[capAt.index + 1];
    if (!above) {
      ctx.error(
        'unreachable-grade',
        localized(
          `“${capAt.id}”是最高等级，封顶于此永远不会压低记录的等级`,
          `"${capAt.id}" is the top grade, so a cap at it never holds a record down`,
        ),
        [...path, 'cap'],
      );
      return undefined;
    }
    // Capping at X is requiring this for every grade above X.
    return { effect: 'cap', grade: above, capAt };
  }
  if (c.grade !== undefined) {
    const g = grade(ctx, c.grade, [...path, 'grade']);
    return g ? { effect: 'requirement', grade: g } : undefined;
  }
  return { effect: 'requirement', grade: lowest };
}

function grade(ctx: ModelContext, id: string, path: Path): GradeModel | undefined {
  const g = ctx.grades.get(id);
  if (g) return g;
  const hint = closestTies(id, ctx.grades.keys());
  // `cap: 不合格`: a word for no grade at all, where a veto item (`gate: true`) is meant.
  const veto = vetoMeant(id, path.at(-1) === 'cap' ? 'cap' : 'grade', [...ctx.grades.keys()]);
  ctx.error(
    'unknown-grade',
    (veto ?? hint.length)
      ? (veto ??
          localized(`未知等级“${id}”${didYouMean(hint).zh}`, `unknown grade "${id}"${didYouMean(hint).en}`))
      : unknownGrade(ctx, id),
    path,
  );
  return undefined;
}

function labelOf(ctx: ModelContext, name: string): CheckModel['label'] {
  // Names are rule-file text: a derived value named toString is not Object.prototype's.
  const ind = ownEntry(ctx.doc.indicators, name);
  if (ind) return ind.label;
  const der = ownEntry(ctx.doc.derived, name);
  if (der) return der.label;
  const dim = ctx.doc.scoring?.dimensions.find((d) => d.id === name);
  if (dim) return dim.label;
  return name === 'totalScore' ? localized('总分', 'Total score') : localized(name);
}

/** Renders a condition for explanations, e.g. `unitType = heat-pump and seer ≥ 5`. */
export function conditionText(c: ConditionModel): string {
  if ('all' in c) return c.all.map(wrap).join(' and ');
  if ('any' in c) return c.any.map(wrap).join(' or ');
  if ('not' in c) return `not ${wrap(c.not)}`;
  const value =
    c.value && typeof c.value === 'object' && !Array.isArray(c.value)
      ? (c.value as { fact: string }).fact
      : Array.isArray(c.value)
        ? `[${c.value.join(', ')}]`
        : String(c.value);
  return `${c.fact} ${jreOperator(c.operator)?.symbol ?? c.operator} ${value}`;
}

function wrap(c: ConditionModel): string {
  return 'all' in c || 'any' in c ? `(${conditionText(c)})` : conditionText(c);
}

/** A kind as an English noun phrase: "a number", "text", "an enum". */
function article(kind: string): string {
  if (kind === 'string') return 'text';
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
