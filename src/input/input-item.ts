import type { RecordError } from '../model/grade-result';
import type { LocalizedText } from '../text/localized-text';

/** One row of the input: a record to grade, or a row that cannot be read at all. */
export type InputItem =
  | {
      /** 1-based position among the input's records. */
      row: number;
      record: unknown;
      /** Cells that could not be converted to their indicator's type (CSV). */
      conversionErrors?: RecordError[];
      /**
       * Where a value the record lacks would have been (.xlsx and CSV/TSV, on a row with an empty cell under a
       * column read as one indicator, or under one of an indicator's specimen columns): its sheet row or line,
       * and each such column by field, shared by the input's rows. A `missing` or `too-few-specimens` error
       * names its cells from it, as a conversion error does (committee-24 C7, fix-input3-33).
       */
      cellsOf?: CellsOf;
      /** Values of the input's kept columns (sample ids), as text. */
      kept?: Record<string, string>;
      /** Where the record is in its file (a CSV/TSV or NDJSON line, an .xlsx sheet row), when the reader knows it. */
      place?: RowPlace;
      /**
       * The columns of each field read as an indicator (CSV/TSV and .xlsx, with `place`), shared by the input's
       * rows: a value out of range, implausible or not allowed is told with its cell when the record is turned
       * into its error row.
       */
      columns?: FieldColumns;
      /**
       * The cells of the reader's `writtenColumns` (every `--tally-by` column, or the `--group-by` one) as
       * written, trimmed, by the field each column gives, for those read as an indicator: `是` or `合格`
       * where the record holds `true`. Set by the CSV/TSV, .xlsx and Parquet readers (a JSON record holds
       * its values as written).
       */
      written?: Readonly<Record<string, string>>;
      /**
       * Cells under no header (a remark whose heading is merged into its neighbour's), not blank: by their
       * 0-based column. Never read or kept; only looked at by value (`unreadValueColumns`). CSV/TSV and .xlsx.
       */
      unnamed?: readonly UnnamedCell[];
      /**
       * Set by the CSV/TSV and .xlsx readers on a row with no value under an indicator or mapped column
       * (only notes: a sign-off line, a remark): where it is. It is not a record unless it has a kept
       * value (a sample id); see `dropNoteRows`. `header` marks a row that repeats a line of the header (a
       * page break in a printed sheet) and `summary` a summary row (`合计,4`, a 平均 row over every
       * indicator), holding its word as written, and `spanned` a sheet's line of notes merged across
       * indicator columns (填表人：…): skipped whatever they hold.
       * `valued`: the row has a cell under an indicator column (a closing line written under 牌号).
       */
      notesOnly?: (RowPlace | { fileRow: number }) & {
        header?: true;
        /** With `header`: the row states the unit (`单位：W`, a units row), so the notice does not call it a repeat. */
        units?: true;
        summary?: string;
        valued?: true;
        spanned?: true;
        /** Every cell a sign-off (`检验员：张三`, `审核：李四`): a lab sheet's closing line, named so in the notice. */
        signOff?: true;
        /** The end-of-table mark the row holds (`以下空白`), as written. */
        end?: string;
        /** A section's title alone on its row (`二、出厂检验`), as written: skipped whatever column holds it. */
        section?: string;
      };
      /**
       * Set by the CSV/TSV and .xlsx readers on a record row whose summary word is after its first cell
       * (`L1,合计,2`, a lot's subtotal): when `field` is a kept column (the sample ids), the row is notes
       * (`notes`, as `notesOnly`), not a record.
       */
      summaryUnder?: {
        field: string;
        notes: (RowPlace | { fileRow: number }) & { summary?: string; valued?: true };
      };
      /**
       * Set by the CSV/TSV and .xlsx readers on a record whose id or name cell ends in a summary word after a
       * name (`甲厂合计`, `华东区平均`): where it is and that text. It is graded (a name may end so) and named in a
       * notice (see `dropNoteRows`), which removes the field.
       */
      summaryLike?: (RowPlace | { fileRow: number }) & { summary?: string };
    }
  | {
      row: number;
      unreadable: LocalizedText;
      kept?: Record<string, string>;
      /**
       * Text cells of a row that cannot be read as a record, by field, where they can still be told apart
       * (a CSV/TSV row with more or fewer cells than the header): a kept column (a sample id) names the row
       * from them.
       */
      texts?: Record<string, string>;
      /**
       * The cells of the reader's `writtenColumns` under an indicator, as a record's `written`, where they can
       * still be told apart (a CSV/TSV row with more or fewer cells than the header, read from the left as
       * `texts` is): `--group-by` and `--tally-by` place the row by them, as `kept` names it.
       */
      written?: Readonly<Record<string, string>>;
    };

/**
 * Where a row's empty cells under its indicators are, for messages: an .xlsx sheet row and the column letters of
 * the fields read from one column each (`{ sheetRow: 64, letters: { chloride: 'N' } }`), or a CSV/TSV line and
 * their 1-based column numbers (`{ line: 9, letters: { chloride: '14' } }`); and, by field, the empty ones among
 * the columns of a field read from one column per specimen (`blank: { impactEnergy: ['8'] }`).
 */
export interface CellsOf {
  /** The sheet row (.xlsx); absent for a CSV/TSV line. */
  sheetRow?: number;
  /** The line (CSV/TSV); absent for a sheet row. */
  line?: number;
  /** Each single column by its field: its letters (.xlsx) or its 1-based number (CSV/TSV). */
  letters: Readonly<Record<string, string>>;
  /** The empty cells among a field's specimen columns, by field, as `letters` names columns, in column order. */
  blank?: Readonly<Record<string, readonly string[]>>;
  /**
   * A single column's not-tested mark (`—`, `/`, `未检`) read as an empty cell, by field, as written: if the
   * value is then missing (a `requiredWhen` holds), the error names the cell and its mark.
   */
  marks?: Readonly<Record<string, string>>;
}

/**
 * The columns of each field read as an indicator, by field: their letters (.xlsx) or 1-based numbers (CSV/TSV), in
 * column order, one per specimen for a field read from one column per specimen (`{ density: ['D'] }`).
 */
export type FieldColumns = Readonly<Record<string, readonly string[]>>;

/** A cell under an empty header: its 0-based column and its text as written. */
export interface UnnamedCell {
  column: number;
  text: string;
}

/** Where a row is in its file, for messages: a CSV/TSV line or a sheet row. */
export type RowPlace = { line: number } | { sheetRow: number };

/**
 * Formats records are read from.
 *
 * @example
 * INPUT_FORMATS.includes('xlsx'); // true
 */
export const INPUT_FORMATS = ['json', 'ndjson', 'csv', 'tsv', 'xlsx', 'parquet'] as const;
/**
 * A format from {@link INPUT_FORMATS}.
 *
 * @example
 * gradeFile(grader, 'samples.txt', { format: 'tsv' });
 */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Longest line (NDJSON) or record (CSV) read by default, in characters: 1 Mi. */
export const DEFAULT_MAX_RECORD_LENGTH = 1 << 20;

/** The formats read as text, record by record: all but the binary .xlsx and Parquet. */
export type TextInputFormat = Exclude<InputFormat, 'xlsx' | 'parquet'>;

/** A header row as written, and the field each of its columns gives (after `--map` and labels; `''` for none). */
export interface WrittenHeader {
  cells: readonly string[];
  fields: readonly string[];
  /**
   * .xlsx: the columns read as no indicator whose record rows have formula cells with no saved result (a
   * workbook written by a program that does not calculate), by 0-based column. Their cells read as empty.
   */
  unsavedFormulas?: ReadonlyMap<number, UnsavedFormulas>;
}

/** A column's formula cells whose result the workbook does not hold: how many, and the first (`O2`, `SUM(B2:N2)`). */
export interface UnsavedFormulas {
  cells: number;
  first: { at: string; formula: string };
}
