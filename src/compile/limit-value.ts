import type { Band } from '../model/band';
import type { Literal } from '../model/value';

/** A check's limit for one record: the same object every time for a literal or a table cell. */
export interface LimitValue {
  value: number | string | boolean | (number | string | boolean)[];
  /** The limit as written: "4.50", "[1.25, 1.30]". */
  text: string;
  /** Digits after the point, for the rounded-value method. */
  decimals: number;
  band?: Band;
  /**
   * A number unique to this limit within its rule set (literals and table
   * cells), so explanations can find what they built for it by index; -1 for
   * a limit computed per record.
   */
  key: number;
  /** From a table cell `n/a`: the grade does not exist for the record's row. */
  unavailable?: true;
}

/** Hands out {@link LimitValue.key}s while a rule set compiles. */
export type LimitKeys = () => number;

/** The limit a literal (or table cell) sets, as written. */
export function limitFromLiteral(l: Literal, key: number): LimitValue {
  return l.unavailable
    ? { value: l.value, text: l.text, decimals: l.decimals, key, unavailable: true }
    : { value: l.value, text: l.text, decimals: l.decimals, key };
}

/**
 * A computed limit as results show it: at the formula's `decimals` where it
 * has them, else as the number prints (`23.8`).
 */
export function computedLimitText(value: number, decimals: number | undefined): string {
  return decimals === undefined ? String(value) : value.toFixed(decimals);
}
