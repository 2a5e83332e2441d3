/**
 * The operator vocabulary, written once: how a rule file spells each
 * operator, how explanations print it, what json-rules-engine calls it, and
 * what it means. Parsing, both runners and every text read this table.
 *
 * @module
 */

/** A comparison operator of a requirement. */
export type CompareOperator = '>=' | '>' | '<=' | '<' | '=' | '!=';

/** json-rules-engine's built-in operators, the ones a rule file may use. */
export type JreOperator =
  | 'equal'
  | 'notEqual'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain';

/** One requirement operator. */
export interface CompareOperatorInfo {
  /** As explanations print it: ≥ > ≤ < = ≠. */
  symbol: string;
  /** Ways a rule file may write it. */
  spellings: readonly string[];
  /** json-rules-engine's name for the same comparison. */
  jre: JreOperator;
  /** Whether a limit with this operator is a minimum (`min`), a maximum (`max`) or neither. */
  bound: 'min' | 'max' | undefined;
  /** The comparison as the compiled runner makes it: ordering only between numbers. */
  holds(value: unknown, limit: unknown): boolean;
}

/** The requirement operators. */
export const COMPARE_OPERATORS: Readonly<Record<CompareOperator, CompareOperatorInfo>> = {
  '>=': {
    symbol: '≥',
    spellings: ['>=', '≥'],
    jre: 'greaterThanInclusive',
    bound: 'min',
    holds: (v, l) => typeof v === 'number' && v >= (l as number),
  },
  '>': {
    symbol: '>',
    spellings: ['>'],
    jre: 'greaterThan',
    bound: 'min',
    holds: (v, l) => typeof v === 'number' && v > (l as number),
  },
  '<=': {
    symbol: '≤',
    spellings: ['<=', '≤'],
    jre: 'lessThanInclusive',
    bound: 'max',
    holds: (v, l) => typeof v === 'number' && v <= (l as number),
  },
  '<': {
    symbol: '<',
    spellings: ['<'],
    jre: 'lessThan',
    bound: 'max',
    holds: (v, l) => typeof v === 'number' && v < (l as number),
  },
  '=': { symbol: '=', spellings: ['==', '='], jre: 'equal', bound: undefined, holds: (v, l) => v === l },
  '!=': { symbol: '≠', spellings: ['!=', '≠'], jre: 'notEqual', bound: undefined, holds: (v, l) => v !== l },
};

function isNumeric(v: unknown): boolean {
  // json-rules-engine's own test for its numeric operators.
  return Number.parseFloat(v as string).toString() !== 'NaN';
}

/** One json-rules-engine operator: how explanations print it, and its exact semantics. */
export interface JreOperatorInfo {
  symbol: string;
  /** Whether it compares numbers (both sides must be numbers in a rule file). */
  numeric: boolean;
  /** json-rules-engine's semantics, so the compiled path and the engine agree on every value. */
  holds(factValue: unknown, value: unknown): boolean;
}

/** json-rules-engine's built-in operators. */
export const JRE_OPERATORS: Readonly<Record<JreOperator, JreOperatorInfo>> = {
  equal: { symbol: '=', numeric: false, holds: (a, b) => a === b },
  notEqual: { symbol: '≠', numeric: false, holds: (a, b) => a !== b },
  in: { symbol: 'in', numeric: false, holds: (a, b) => Array.isArray(b) && b.indexOf(a) > -1 },
  notIn: { symbol: 'not in', numeric: false, holds: (a, b) => Array.isArray(b) && b.indexOf(a) === -1 },
  contains: { symbol: 'contains', numeric: false, holds: (a, b) => Array.isArray(a) && a.indexOf(b) > -1 },
  doesNotContain: {
    symbol: 'does not contain',
    numeric: false,
    holds: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  },
  lessThan: { symbol: '<', numeric: true, holds: (a, b) => isNumeric(a) && (a as number) < (b as number) },
  lessThanInclusive: {
    symbol: '≤',
    numeric: true,
    holds: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  },
  greaterThan: { symbol: '>', numeric: true, holds: (a, b) => isNumeric(a) && (a as number) > (b as number) },
  greaterThanInclusive: {
    symbol: '≥',
    numeric: true,
    holds: (a, b) => isNumeric(a) && (a as number) >= (b as number),
  },
};

/**
 * The json-rules-engine operator of this name, or undefined for any other
 * name. Names come from rule-file text, so the table's own keys only:
 * `toString` or `__proto__` must not reach Object.prototype.
 *
 * @example
 * jreOperator('greaterThan')?.symbol; // '>'
 * jreOperator('toString'); // undefined
 */
export function jreOperator(name: string): JreOperatorInfo | undefined {
  return Object.hasOwn(JRE_OPERATORS, name) ? JRE_OPERATORS[name as JreOperator] : undefined;
}

/** The printable symbol of a requirement operator: ≥ ≤ ≠ > < =. */
export function operatorSymbol(op: CompareOperator): string {
  return COMPARE_OPERATORS[op].symbol;
}
