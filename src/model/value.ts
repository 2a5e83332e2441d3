/** A value's kind at run time. */
export type ValueKind = 'number' | 'string' | 'boolean';

/** A number, text or boolean as written in the rule file, with its written precision. */
export interface Literal {
  value: number | string | boolean;
  /** As written, e.g. "4.50". */
  text: string;
  /** Digits after the point as written (numbers only; 0 otherwise). */
  decimals: number;
  /** A grade-table cell written `n/a`: the grade does not exist for this row, so no record of it reaches the grade. */
  unavailable?: true;
}
