import jsep from 'jsep';
import { type BinaryOperator, type Expr, FORMULA_FUNCTIONS, type FormulaFunction } from '../model/expr';
import type { ValueKind } from '../model/value';
import { closestTies } from '../text/closest-name';
import { didYouMean } from '../text/did-you-mean';
import { numberValueProblem } from '../text/finite-number';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { columnReference } from './column-reference';
import { constantProblem } from './constant-problem';
import { checkFormulaSize } from './formula-size';

/** What a formula may name, provided by the rule set being read. */
export interface FormulaScope {
  /** An indicator or derived value, or undefined if there is none by that name. */
  value(name: string): { slot: number; kind: ValueKind } | undefined;
  /** A table column, or a message saying why it is not one. */
  cell(
    table: string,
    column: string,
  ): { table: number; columnIndex: number; kind: ValueKind } | { error: LocalizedText };
  /** A table by this name: its value columns, and whether they are all grade ids (a grade table). */
  table(name: string): { columns: readonly string[]; gradeTable: boolean } | undefined;
  /** Every name, for "did you mean" hints. */
  names(): Iterable<string>;
  /** The indicator or derived value whose label this is (`用水量` for `water`), for a label written as a name. */
  labelOwner?(text: string): string | undefined;
  /**
   * A table the file defines but that was left out for an error already
   * reported there: what reads it fails without a message of its own, as
   * "unknown table" would send the author after a table that is in the file.
   */
  leftOut(name: string): boolean;
  /**
   * Why a literal compared with `==` or `!=` to the named value can never equal it (a text that is none of an
   * enum's values: `industryType == '制造'`), or `undefined` when it may.
   */
  neverEquals?(name: string, value: string | number | boolean): LocalizedText | undefined;
  /** The enum one of whose values this text is (`制造业` → `industryType`), for a value written unquoted. */
  valueOf?(text: string): string | undefined;
}

/** A problem in a formula, at a character offset in its text. */
export interface FormulaError {
  /** What is wrong, in both languages. */
  text: LocalizedText;
  index: number;
  /** Follows from an error reported elsewhere (a table left out): the formula fails, and nothing more is said. */
  followOn?: true;
}

/** Result of reading a formula. */
export type ParsedFormula = { expr: Expr; kind: ValueKind; errors: [] } | { errors: FormulaError[] };

const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '**']);
const ORDER = new Set(['<', '<=', '>', '>=']);
const EQUALITY: Record<string, '==' | '!='> = { '==': '==', '===': '==', '!=': '!=', '!==': '!=' };

/**
 * Reads a formula over indicators, derived values and table cells, checking
 * every name and type. No JavaScript is evaluated: the result is a small tree
 * that `compileExpr` turns into closures.
 *
 * @example
 * parseFormula('tensileStrength / yieldStrength', scope)
 */
export function parseFormula(text: string, scope: FormulaScope): ParsedFormula {
  // Before parsing: the parser and everything after it recurse once per level of the formula.
  const tooBig = checkFormulaSize(text);
  if (tooBig) return { errors: [tooBig] };
  // jsep reads `÷`, `×` and full-width signs as letters of a name: said here, with the formula as meant.
  // What else is wrong is told with it, read in the formula as meant, not on the next run (hostile-45: `b−c` with no
  // value c was told the minus, then c). Each sign is replaced by one character: the offsets hold.
  const typographic = typographicSlip(text);
  if (typographic) return { errors: [typographic.error, ...parseFormula(typographic.fixed, scope).errors] };
  let ast: jsep.Expression;
  try {
    ast = jsep(text);
  } catch (error) {
    // The size check should leave the parser room; if the stack still runs out, say so in both languages.
    if (error instanceof RangeError)
      return {
        errors: [{ text: localized('嵌套过深，无法读取', 'nested too deeply to read'), index: 0 }],
      };
    const e = error as { description?: string; message: string; index?: number };
    const single = singleEquals(text);
    if (single) return { errors: [single] };
    const index = e.index ?? 0;
    return {
      errors: [{ text: loneDot(text, index) ?? syntaxError(e.description ?? e.message, index), index }],
    };
  }
  const errors: FormulaError[] = [];
  const resolved = resolve(ast, text, scope, errors);
  if (errors.length > 0 || !resolved)
    return { errors: errors.length ? errors : [{ text: localized('不是公式', 'not a formula'), index: 0 }] };
  // A part that names no value is the same for every record: if it cannot be computed, nothing can.
  const constant = constantProblem(resolved.expr);
  if (constant) return { errors: [{ text: constant, index: 0 }] };
  return { expr: resolved.expr, kind: resolved.kind, errors: [] };
}

interface Typed {
  expr: Expr;
  kind: ValueKind;
}

function resolve(
  node: jsep.Expression,
  text: string,
  scope: FormulaScope,
  errors: FormulaError[],
): Typed | undefined {
  const fail = (message: LocalizedText, near?: string): undefined => {
    errors.push({ text: message, index: near ? indexOfWord(text, near) : 0 });
    return undefined;
  };
  const leftOut = (table: string): undefined => {
    errors.push({
      text: localized(`表“${table}”未能读取`, `table "${table}" could not be read`),
      index: 0,
      followOn: true,
    });
    return undefined;
  };
  switch (node.type) {
    case 'Literal': {
      const lit = node as jsep.Literal;
      if (typeof lit.value === 'number') {
        const problem = numberValueProblem(lit.value, lit.raw);
        if (problem) return fail(problem, lit.raw);
        return { expr: { k: 'num', value: lit.value, text: lit.raw }, kind: 'number' };
      }
      if (typeof lit.value === 'string') return { expr: { k: 'str', value: lit.value }, kind: 'string' };
      if (typeof lit.value === 'boolean') return { expr: { k: 'bool', value: lit.value }, kind: 'boolean' };
      return fail(
        localized(`公式中不能使用 ${String(lit.raw)}`, `${String(lit.raw)} is not allowed in a formula`),
        String(lit.raw),
      );
    }
    case 'Identifier': {
      const name = (node as jsep.Identifier).name;
      const found = scope.value(name);
      if (!found) {
        if (scope.leftOut(name)) return leftOut(name);
        const table = scope.table(name);
        if (table) return fail(tableAsName(name, table), name);
        const owner = scope.labelOwner?.(name);
        if (owner !== undefined)
          return fail(
            localized(
              `“${name}”是“${owner}”的标签，公式中请写名称 ${owner}`,
              `"${name}" is the label of "${owner}": a formula names it ${owner}`,
            ),
            name,
          );
        // `industryType == 制造业`: a value of an enum, unquoted, which the parser reads as a name (newcomer-37 M4).
        const holder = scope.valueOf?.(name);
        if (holder !== undefined)
          return fail(
            localized(
              `“${name}”是“${holder}”的取值，公式中的文本要加引号：请写 '${name}'`,
              `"${name}" is a value of "${holder}", and text in a formula is quoted: write '${name}'`,
            ),
            name,
          );
        const hint = closestTies(name, scope.names());
        const said = hint.length > 0 ? didYouMean(hint) : namesOnce(errors, name, scope);
        return fail(localized(`未知的名称“${name}”${said.zh}`, `unknown name "${name}"${said.en}`), name);
      }
      return { expr: { k: 'ref', name, slot: found.slot, kind: found.kind }, kind: found.kind };
    }
    case 'MemberExpression': {
      const m = node as jsep.MemberExpression;
      // `table['first-class']`: a column whose name is no plain name (a grade id with "-"), in brackets as text.
      const bracketed =
        m.computed && m.property.type === 'Literal' && typeof (m.property as jsep.Literal).value === 'string';
      if (
        (m.computed && !bracketed) ||
        m.object.type !== 'Identifier' ||
        (!bracketed && m.property.type !== 'Identifier')
      ) {
        return fail(
          localized(
            "只能以 table.column 的形式查表（列名不是单纯的名称时写 table['列名']）",
            "only table lookups of the form table.column are allowed (table['column'] for a column whose name is not a plain name)",
          ),
          '[',
        );
      }
      const table = (m.object as jsep.Identifier).name;
      const column = bracketed
        ? ((m.property as jsep.Literal).value as string)
        : (m.property as jsep.Identifier).name;
      if (scope.leftOut(table)) return leftOut(table);
      const cell = scope.cell(table, column);
      if ('error' in cell) return fail(cell.error, table);
      return {
        expr: { k: 'cell', table: cell.table, column, columnIndex: cell.columnIndex },
        kind: cell.kind,
      };
    }
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      const arg = resolve(u.argument, text, scope, errors);
      if (!arg) return undefined;
      if (u.operator === '!') {
        if (arg.kind !== 'boolean')
          return fail(localized('“!”需要真/假值（true/false）', '"!" needs a true/false value'), '!');
        return { expr: { k: 'unary', op: '!', arg: arg.expr }, kind: 'boolean' };
      }
      if (u.operator === '-' || u.operator === '+') {
        if (arg.kind !== 'number')
          return fail(localized(`“${u.operator}”需要数值`, `"${u.operator}" needs a number`), u.operator);
        return { expr: { k: 'unary', op: u.operator, arg: arg.expr }, kind: 'number' };
      }
      return fail(notAllowed(u.operator), u.operator);
    }
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      const hyphen = hyphenatedColumn(b, scope);
      if (hyphen)
        return fail(
          localized(
            `列名“${hyphen.column}”含“-”，公式会把它读作减法：请写 ${columnReference(hyphen.table, hyphen.column)}`,
            `the column name "${hyphen.column}" holds "-", which a formula reads as a subtraction: write ${columnReference(hyphen.table, hyphen.column)}`,
          ),
          hyphen.table,
        );
      const left = resolve(b.left, text, scope, errors);
      const right = resolve(b.right, text, scope, errors);
      if (!left || !right) return undefined;
      const op = b.operator;
      if (ARITHMETIC.has(op) || ORDER.has(op)) {
        if (left.kind !== 'number' || right.kind !== 'number')
          return fail(localized(`“${op}”两侧都需要数值`, `"${op}" needs numbers on both sides`), op);
        return {
          expr: { k: 'binary', op: op as BinaryOperator, left: left.expr, right: right.expr },
          kind: ORDER.has(op) ? 'boolean' : 'number',
        };
      }
      const eq = EQUALITY[op];
      if (eq) {
        if (left.kind !== right.kind)
          return fail(localized(`“${op}”两侧的值类型不同`, `"${op}" compares values of different kinds`), op);
        // Always false (or always true): the record's value never matters, and the grade goes one way for all.
        const never = neverEqual(b.right, left, scope) ?? neverEqual(b.left, right, scope);
        if (never) return fail(never.text, never.raw);
        return { expr: { k: 'binary', op: eq, left: left.expr, right: right.expr }, kind: 'boolean' };
      }
      if (op === '&&' || op === '||') {
        if (left.kind !== 'boolean' || right.kind !== 'boolean')
          return fail(
            localized(`“${op}”两侧都需要真/假值（true/false）`, `"${op}" needs true/false values`),
            op,
          );
        return { expr: { k: 'logical', op, left: left.expr, right: right.expr }, kind: 'boolean' };
      }
      return fail(notAllowed(op), op);
    }
    case 'ConditionalExpression': {
      const c = node as jsep.ConditionalExpression;
      const test = resolve(c.test, text, scope, errors);
      const then = resolve(c.consequent, text, scope, errors);
      const otherwise = resolve(c.alternate, text, scope, errors);
      if (!test || !then || !otherwise) return undefined;
      if (test.kind !== 'boolean')
        return fail(
          localized('“?”前的条件必须是真/假值（true/false）', 'the condition before "?" must be true/false'),
          '?',
        );
      if (then.kind !== otherwise.kind)
        return fail(
          localized(
            '“? :”的两个分支必须给出同类的值',
            'both branches of "? :" must give the same kind of value',
          ),
          ':',
        );
      return { expr: { k: 'cond', test: test.expr, yes: then.expr, no: otherwise.expr }, kind: then.kind };
    }
    case 'CallExpression': {
      const call = node as jsep.CallExpression;
      if (call.callee.type !== 'Identifier')
        return fail(
          localized(
            `只能调用函数 ${FORMULA_FUNCTIONS.join('、')}`,
            'only the functions min, max, abs, sqrt, floor and ceil can be called',
          ),
          '(',
        );
      const fn = (call.callee as jsep.Identifier).name;
      if (!(FORMULA_FUNCTIONS as readonly string[]).includes(fn)) {
        return fail(
          localized(
            `未知的函数“${fn}”；公式可以调用 ${FORMULA_FUNCTIONS.join('、')}`,
            `unknown function "${fn}"; formulas may call ${FORMULA_FUNCTIONS.join(', ')}`,
          ),
          fn,
        );
      }
      const args = call.arguments.map((a) => resolve(a, text, scope, errors));
      if (args.some((a) => !a)) return undefined;
      const typed = args as Typed[];
      if (typed.some((a) => a.kind !== 'number'))
        return fail(localized(`${fn}() 的参数必须是数值`, `${fn}() takes numbers`), fn);
      const variadic = fn === 'min' || fn === 'max';
      if (variadic ? typed.length < 1 : typed.length !== 1) {
        return fail(
          localized(
            `${fn}() ${variadic ? '需要一个或多个数值' : '只接受一个数值'}`,
            `${fn}() takes ${variadic ? 'one or more numbers' : 'one number'}`,
          ),
          fn,
        );
      }
      return {
        expr: { k: 'call', fn: fn as FormulaFunction, args: typed.map((a) => a.expr) },
        kind: 'number',
      };
    }
    default:
      return fail(notAllowedNode(node, text));
  }
}

/** A literal `node` that the named value on its other side can never equal, with the literal as written. */
function neverEqual(
  node: jsep.Expression,
  other: Typed,
  scope: FormulaScope,
): { text: LocalizedText; raw: string } | undefined {
  if (node.type !== 'Literal' || other.expr.k !== 'ref' || !scope.neverEquals) return undefined;
  const lit = node as jsep.Literal;
  const value = lit.value;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const text = scope.neverEquals(other.expr.name, value);
  return text ? { text, raw: String(lit.raw) } : undefined;
}

/**
 * A table's bare name inside a formula. A grade table has one value per grade,
 * so it can only be a whole limit (`≥ kv`), which the requirement expands per
 * grade; a table of named columns is read one column at a time: `table.column`.
 * The example names the first column a formula can name (`apfLimits.1` is not
 * one: jsep reads `.1` as a number).
 */
function tableAsName(
  name: string,
  table: { columns: readonly string[]; gradeTable: boolean },
): LocalizedText {
  const column = table.columns.find((c) => /^[A-Za-z_$][\w$]*$/.test(c));
  const example = column === undefined ? undefined : `${name}.${column}`;
  if (table.gradeTable) {
    const zh = `“${name}”是等级表，每个等级各有一个值：它只能整个作为限值（如“≥ ${name}”），不能用在公式中`;
    const en = `"${name}" is a grade table, with one value per grade: it can only be the whole limit (as in "≥ ${name}"), not part of a formula`;
    return example
      ? localized(
          `${zh}；要用某一等级的值，请指明该列，如“${example}”`,
          `${en}; for one grade's value, name its column, e.g. "${example}"`,
        )
      : localized(zh, en);
  }
  const zh = `“${name}”是表，不是一个值：请指明它的一列${example ? `，如“${example}”` : ''}；它的列为${zhNames(table.columns)}`;
  const en = `"${name}" is a table, not a value: name one of its columns${example ? `, e.g. "${example}"` : ''}; it has ${table.columns.join(', ')}`;
  return localized(zh, en);
}

// Signs of typeset and Chinese text where a formula has its ASCII operator: `÷`, `×`, the minus sign, and
// full-width forms (`／`, `（`), which jsep would read as letters of a name.
// A dash typed for the minus (`b–1`, `a — b`) too (hostile-44: jsep read `b–1` as one name).
const TYPOGRAPHIC: Record<string, string> = {
  '÷': '/',
  '×': '*',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '﹣': '-',
  '（': '(',
  '）': ')',
};

/**
 * A formula written with `÷`, `×`, `−` or full-width signs (outside quotes):
 * one error at the first of them, naming each sign written (`×` and `−` in `2×b−c`, hostile-46: the minus came
 * only on the next run) and giving the whole formula as meant (`water ÷ ratedCapacity` → `water / ratedCapacity`).
 */
function typographicSlip(text: string): { error: FormulaError; fixed: string } | undefined {
  let quote: string | undefined;
  let first = -1;
  let fixed = '';
  // Each sign once, in the order written: the one written and the ASCII for it.
  const signs = new Map<string, string>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      fixed += ch;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    const ascii = typographicAscii(ch);
    if (ascii === undefined) {
      fixed += ch;
      continue;
    }
    if (first < 0) first = i;
    signs.set(ch, ascii);
    fixed += ascii;
  }
  if (first < 0) return undefined;
  const each = [...signs].map(([ch, ascii]) => {
    const hex = ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { zh: `“${ascii}”，而不是“${ch}”（U+${hex}）`, en: [ascii, ch, hex] as const };
  });
  const enEach = each.map(({ en: [ascii, ch, hex] }, i) =>
    i === 0 ? `"${ascii}" where this has "${ch}" (U+${hex})` : `"${ascii}" where it has "${ch}" (U+${hex})`,
  );
  const en = enEach.length === 1 ? enEach[0]! : `${enEach.slice(0, -1).join(', ')} and ${enEach.at(-1)!}`;
  return {
    error: {
      text: localized(
        `公式中要写${each.map((e) => e.zh).join('；要写')}：请写“${fixed}”`,
        `a formula writes ${en}: write "${fixed}"`,
      ),
      index: first,
    },
    fixed,
  };
}

/** The ASCII sign a formula writes for `ch` (`×` → `*`, `（` → `(`), or `undefined` when `ch` is no such sign. */
function typographicAscii(ch: string): string | undefined {
  const code = ch.charCodeAt(0);
  // U+FF01–U+FF5E: the full-width forms of ASCII's signs, digits and letters.
  return (
    TYPOGRAPHIC[ch] ?? (code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : undefined)
  );
}

/**
 * A formula with its typeset and full-width signs (`×`, `÷`, `−`, a dash, `（`) made ASCII outside quotes, as
 * {@link parseFormula}'s advice writes it: `2×b−c` → `2*b-c`; the text itself when it has none.
 *
 * @example
 * formulaAsMeant('2×b−c'); // '2*b-c'
 */
export function formulaAsMeant(text: string): string {
  return typographicSlip(text)?.fixed ?? text;
}

function notAllowed(operator: string): LocalizedText {
  return localized(`公式中不能使用运算符“${operator}”`, `operator "${operator}" is not allowed in a formula`);
}

function notAllowedNode(node: jsep.Expression, text: string): LocalizedText {
  switch (node.type) {
    case 'ThisExpression':
      return localized('公式中不能使用“this”', '"this" is not allowed in a formula');
    case 'ArrayExpression':
      return localized('公式中不能使用列表', 'a list is not allowed in a formula');
    case 'Compound':
      // jsep reads parts side by side (`0.7 * kv MPa`, `40 kv * 2`) as a sequence, as it does `a, b`.
      if (!text.replace(/"[^"]*"|'[^']*'/g, '').includes(','))
        return localized(
          '公式的各部分之间缺少运算符（+ - * /）',
          'parts of the formula stand side by side with no operator (+ - * /) between them',
        );
      return localized(
        '公式中不能使用逗号分隔的序列',
        'a comma-separated sequence is not allowed in a formula',
      );
    default:
      return localized(`公式中不能使用“${node.type}”`, `"${node.type}" is not allowed in a formula`);
  }
}

// jsep's syntax errors, in its own words: the kind of mistake, and where, in both languages.
const SYNTAX_ERRORS: [
  RegExp,
  (at: string, detail: string) => string,
  (at: string, detail: string) => string,
][] = [
  [/^Unclosed \(/, (at) => `缺少右括号“)”（${at}）`, (at) => `a closing ")" is missing (${at})`],
  [/^Unclosed quote/, (at) => `引号未闭合（${at}）`, (at) => `a quote is not closed (${at})`],
  [/^Expected expression/, (at) => `${at}缺少表达式`, (at) => `an expression is missing ${at}`],
  [/^Expected (.+)$/, (at, what) => `${at}缺少“${what}”`, (at, what) => `"${what}" is missing ${at}`],
  [
    /^Unexpected token (.+)$/,
    (at, what) => `${at}不应出现“${what}”`,
    (at, what) => `"${what}" is not expected ${at}`,
  ],
  [
    /^Unexpected "(.*)"$/,
    (at, what) => (what ? `${at}不应出现“${what}”` : `${at}意外结束`),
    (at, what) => (what ? `"${what}" is not expected ${at}` : `it ends too early, ${at}`),
  ],
  [
    /^Unexpected (.+)$/,
    (at, what) => `${at}不应出现“${what}”`,
    (at, what) => `"${what}" is not expected ${at}`,
  ],
  [
    /^Variable names cannot start with a number/,
    (at) => `名称不能以数字开头（${at}）`,
    (at) => `a name cannot start with a digit (${at})`,
  ],
];

/** jsep's syntax error in both languages: what is wrong and where (the character, from 1). */
function syntaxError(description: string, index: number): LocalizedText {
  const at = `第 ${index + 1} 个字符处`;
  const atEn = `at character ${index + 1}`;
  for (const [pattern, zh, en] of SYNTAX_ERRORS) {
    const m = pattern.exec(description);
    if (m) return localized(`写法有误：${zh(at, m[1] ?? '')}`, `written wrongly: ${en(atEn, m[1] ?? '')}`);
  }
  return localized(`写法有误：${at}无法识别`, `written wrongly: cannot be read ${atEn} (${description})`);
}

/**
 * `.nan`, `≥ .x`: a dot with no digit, then a name, which the parser calls a name starting with a digit
 * (developer-36 M6): there is no digit. The dot is named, and what a number and a name look like.
 */
function loneDot(text: string, index: number): LocalizedText | undefined {
  if (text[index - 1] !== '.' || /[\d.]/.test(text[index - 2] ?? '') || !/[\p{L}_$]/u.test(text[index] ?? ''))
    return undefined;
  return localized(
    `写法有误：第 ${index} 个字符处的“.”后面没有数字：数值应写作 0.5 或 .5，名称应以字母开头`,
    `written wrongly: the "." at character ${index} has no digit after it: write a number as 0.5 or .5, and a name starting with a letter`,
  );
}

/**
 * A lone `=` outside quotes (`industryType = '制造业'`), where a comparison writes `==`: the parser only says the
 * `=` is not expected there (newcomer-37 M4). Not one of `==`, `!=`, `<=`, `>=`.
 */
function singleEquals(text: string): FormulaError | undefined {
  const unquoted = text.replace(/"[^"]*"|'[^']*'/g, (q) => ' '.repeat(q.length));
  const at = unquoted.search(/(?<![=!<>])=(?!=)/);
  if (at < 0) return undefined;
  return {
    text: localized(
      `写法有误：第 ${at + 1} 个字符处的“=”：公式中比较两个值是否相等要写“==”（不相等写“!=”）`,
      `written wrongly: the "=" at character ${at + 1}: a formula compares two values with "==" (and "!=" for not equal)`,
    ),
    index: at,
  };
}

function indexOfWord(text: string, word: string): number {
  const at = text.indexOf(word);
  return Math.max(at, 0);
}

/**
 * `sizeTol.first-class`, read by the parser as `sizeTol.first − class`: the table and the column meant when the
 * table has a column of that name (`first-class`, a grade id from `qgrade init`), else `undefined`, and the
 * subtraction stands (newcomer-32 M3). `a.b-c-2` is `(a.b − c) − 2`: the chain is followed down its left side.
 */
function hyphenatedColumn(
  node: jsep.BinaryExpression,
  scope: FormulaScope,
): { table: string; column: string } | undefined {
  const words: string[] = [];
  let at: jsep.Expression = node;
  while (at.type === 'BinaryExpression' && (at as jsep.BinaryExpression).operator === '-') {
    const right = (at as jsep.BinaryExpression).right;
    if (right.type === 'Identifier') words.unshift((right as jsep.Identifier).name);
    else if (right.type === 'Literal' && typeof (right as jsep.Literal).value === 'number')
      words.unshift(String((right as jsep.Literal).raw));
    else return undefined;
    at = (at as jsep.BinaryExpression).left;
  }
  if (at.type !== 'MemberExpression') return undefined;
  const m = at as jsep.MemberExpression;
  if (m.computed || m.object.type !== 'Identifier' || m.property.type !== 'Identifier') return undefined;
  const table = (m.object as jsep.Identifier).name;
  const columns = scope.table(table)?.columns;
  if (!columns) return undefined;
  // The longest column the words make: `first-class` before `first` when both are columns.
  let column = (m.property as jsep.Identifier).name;
  let found: string | undefined;
  for (const word of words) {
    column = `${column}-${word}`;
    if (columns.includes(column)) found = column;
  }
  return found === undefined ? undefined : { table, column: found };
}

/** The unknown name of a formula's errors after which its names to write were listed. */
const NAMES_LISTED_AT = new WeakMap<FormulaError[], string>();

/**
 * {@link namesToWrite} once per formula: `F * L / b` listed them after each of its three symbols, three long lines
 * saying the same (newcomer-45 Left); the later names point back to the first.
 */
function namesOnce(errors: FormulaError[], name: string, scope: FormulaScope): LocalizedText {
  const first = NAMES_LISTED_AT.get(errors);
  if (first !== undefined)
    return localized(`（可写的名称见“${first}”处）`, ` (the names to write are listed at "${first}")`);
  const names = namesToWrite([...scope.names()]);
  if (names.en !== '') NAMES_LISTED_AT.set(errors, name);
  return names;
}

/** At most this many names are listed after an unknown one with none close to it. */
const NAMES_LISTED = 12;

/**
 * The names a formula may write, for an unknown one with none close to it: newcomer-45 copied a standard's
 * symbols (`F * L / b`) and was told only "unknown name". The first {@link NAMES_LISTED}, and how many more.
 */
function namesToWrite(names: readonly string[]): LocalizedText {
  if (names.length === 0) return localized('', '');
  const shown = names.slice(0, NAMES_LISTED);
  const more = names.length - shown.length;
  return localized(
    `；公式写指标、派生值或表的名称（不是标准中的符号），本规则集有${zhNames(shown)}${more > 0 ? ` 等 ${names.length} 个` : ''}`,
    `; a formula writes the names of indicators, derived values or tables (not a standard's symbols), and this rule set's are ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  );
}
