import jsep from 'jsep';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * Most operators a formula may have. The parser, the resolver and the
 * compiler each recurse once per level of the formula's tree, and a chain
 * of 3,000 `x + x + …` ran out of stack; a standard's formula has a few.
 */
export const MAX_FORMULA_OPERATORS = 256;

/** Deepest nesting of brackets (`(`, `[`) a formula may have. */
export const MAX_FORMULA_NESTING = 64;

// Every operator the parser knows, longest first so ">=" is counted once and not as ">" and "=".
const OPERATORS = [...new Set([...Object.keys(jsep.binary_ops), ...Object.keys(jsep.unary_ops), '?'])]
  .filter((op) => op !== '')
  .sort((a, b) => b.length - a.length);
const OPERATOR_STARTS = new Set(OPERATORS.map((op) => op[0]));

/**
 * Checks a formula's size before it is parsed: at most
 * {@link MAX_FORMULA_OPERATORS} operators and {@link MAX_FORMULA_NESTING}
 * levels of brackets, outside quoted text. Every level of the parsed tree
 * takes an operator or a bracket, so these bound every recursion over it.
 * One pass over the text, without recursion.
 *
 * @returns the problem, at the operator or bracket past the limit, or undefined.
 * @example
 * checkFormulaSize(Array(3000).fill('x').join(' + '))?.text.en
 * // "2999 operators, too long; at most 256 are allowed (split it into derived values)"
 */
export function checkFormulaSize(text: string): { text: LocalizedText; index: number } | undefined {
  let operators = 0;
  let firstExtraOperator = -1;
  let depth = 0;
  let deepest = 0;
  let firstTooDeep = -1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      i = afterQuoted(text, i);
      continue;
    }
    if (c === '(' || c === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > MAX_FORMULA_NESTING && firstTooDeep < 0) firstTooDeep = i;
      i++;
      continue;
    }
    if (c === ')' || c === ']') {
      depth = Math.max(0, depth - 1);
      i++;
      continue;
    }
    const op = OPERATOR_STARTS.has(c) ? OPERATORS.find((o) => text.startsWith(o, i)) : undefined;
    if (op) {
      operators++;
      if (operators > MAX_FORMULA_OPERATORS && firstExtraOperator < 0) firstExtraOperator = i;
      i += op.length;
      continue;
    }
    i++;
  }
  if (firstTooDeep >= 0)
    return {
      text: localized(
        `括号嵌套 ${deepest} 层，过深；最多允许 ${MAX_FORMULA_NESTING} 层`,
        `brackets nested ${deepest} levels deep, too deep; at most ${MAX_FORMULA_NESTING} levels are allowed`,
      ),
      index: firstTooDeep,
    };
  if (firstExtraOperator >= 0)
    return {
      text: localized(
        `有 ${operators} 个运算符，过长；最多允许 ${MAX_FORMULA_OPERATORS} 个（可拆分为几个派生值）`,
        `${operators} operators, too long; at most ${MAX_FORMULA_OPERATORS} are allowed (split it into derived values)`,
      ),
      index: firstExtraOperator,
    };
  return undefined;
}

/** The index after a quoted string starting at `start` (backslash escapes as the parser reads them). */
function afterQuoted(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
