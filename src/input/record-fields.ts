import type { RecordError } from '../model/grade-result';
import type { ConvertedCell } from './convert-value';

/** A row's record as {@link RecordFields} gathers it. */
export interface BuiltRecord {
  record: Record<string, unknown>;
  conversionErrors?: RecordError[];
  /** A single column's not-tested mark read as an empty cell, by field. */
  marks?: Record<string, MarkedCell>;
}

/**
 * A built record's not-tested marks, taken off it so the record can be handed on as it is (rare: a row without
 * such a mark has none, and is not copied to leave them out, as destructuring it with a rest would for every row).
 */
export function takeMarks(built: BuiltRecord): Record<string, MarkedCell> | undefined {
  const marks = built.marks;
  if (marks !== undefined) delete built.marks;
  return marks;
}

/** A not-tested mark read as an empty cell: as written (trimmed), and its 0-based column. */
export interface MarkedCell {
  text: string;
  column: number;
}

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
  #marks: Record<string, MarkedCell> | undefined;

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

  /**
   * A single column's not-tested mark (`—`, `/`, `未检`), read as an empty cell: kept as written, so that a
   * `requiredWhen` that then holds names the cell and its mark rather than calling a filled cell missing.
   */
  marked(field: string, text: string, column: number): void {
    this.#marks ??= Object.create(null) as Record<string, MarkedCell>;
    this.#marks[field] = { text, column };
  }

  /** The record, its conversion errors and its cells read as not-tested marks, if any. */
  finish(): BuiltRecord {
    if (this.#lists) for (const [field, list] of this.#lists) this.#set(field, list);
    const built: BuiltRecord = { record: this.#record };
    if (this.#errors) built.conversionErrors = this.#errors;
    if (this.#marks) built.marks = this.#marks;
    return built;
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

/**
 * The marks' texts by field, as `CellsOf.marks` holds them.
 *
 * @example
 * markTexts({ apf: { text: '—', column: 3 } }); // { apf: '—' }
 */
export function markTexts(marks: Readonly<Record<string, MarkedCell>>): Record<string, string> {
  const texts: Record<string, string> = Object.create(null);
  for (const [field, mark] of Object.entries(marks)) texts[field] = mark.text;
  return texts;
}
