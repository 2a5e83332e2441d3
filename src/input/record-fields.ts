import type { RecordError } from '../model/grade-result';
import type { ConvertedCell } from './convert-value';

/**
 * One input row's cells gathered into a record, as every tabular reader
 * (CSV, XLSX) builds it: fields in column order, the cells of a field named
 * by several columns (one per specimen) gathered into one list, and the
 * first conversion error of each field kept.
 */
export class RecordFields {
  readonly #record: Record<string, unknown> = {};
  #lists: Map<string, unknown[]> | undefined;
  #errors: RecordError[] | undefined;

  /** A column that names no indicator: passed on as it is (the grader ignores fields the rule set does not name). */
  text(field: string, value: string): void {
    this.#set(field, value);
  }

  /** An indicator's cell, converted; `multiColumn` when several columns name its field. */
  value(field: string, converted: ConvertedCell, multiColumn: boolean): void {
    if (converted.error && !this.#errors?.some((e) => e.field === field)) {
      this.#errors ??= [];
      this.#errors.push(converted.error);
    }
    if (!multiColumn) {
      this.#set(field, converted.value);
      return;
    }
    this.#lists ??= new Map();
    const list = this.#lists.get(field) ?? [];
    if (Array.isArray(converted.value)) for (const v of converted.value) list.push(v);
    else list.push(converted.value);
    this.#lists.set(field, list);
  }

  /** The record and its conversion errors, if any. */
  finish(): { record: Record<string, unknown>; conversionErrors?: RecordError[] } {
    if (this.#lists) for (const [field, list] of this.#lists) this.#set(field, list);
    const record = this.#record;
    return this.#errors ? { record, conversionErrors: this.#errors } : { record };
  }

  #set(field: string, value: unknown): void {
    // Defined, not assigned, for the one name an assignment would not make a field of: a header "__proto__" stays data.
    if (field === '__proto__')
      Object.defineProperty(this.#record, field, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else this.#record[field] = value;
  }
}
