import type { IndicatorInfo } from '../resolve/rule-set';
import type { LocalizedText } from '../text/localized-text';
import type { ColumnMapping } from './column-mapping';
import type { OptionNaming } from './option-naming';
import type { AlsoReadBy } from './unit-mismatch';

/**
 * How the records of a text input are read ({@link recordItems}).
 *
 * @example
 * const options: ItemOptions = { mapping: new Map([['额定制冷量', 'ratedCoolingCapacity']]), indicators: ruleSet.indicators };
 * for await (const item of recordItems(chunks, 'csv', 'records.csv', options)) console.log(item.row);
 */
export interface ItemOptions {
  mapping: ColumnMapping;
  /** The rule set's indicators: CSV cells are converted by their types, and headers matched to their labels. */
  indicators: readonly IndicatorInfo[];
  /** Longest line or record read, in characters (default {@link DEFAULT_MAX_RECORD_LENGTH}); a longer one is an error row. */
  maxRecordLength?: number;
  /**
   * Called once a CSV/TSV header is read, with each column's field (its name after mapping; '' for none)
   * and the header's cells as written.
   */
  onHeader?: (fields: readonly string[], headers: readonly string[]) => void;
  /** Told when the line under a CSV/TSV header is read as its units, not as a record ({@link unitsRow}). */
  onUnitsRow?: (notice: LocalizedText) => void;
  /** Told what a CSV/TSV header's reading took for granted: empty header cells read as specimens ({@link specimenSpans}). */
  onHeaderNotice?: (notice: LocalizedText) => void;
  /**
   * How usage errors name the options: as the CLI's flags (default, `--map`) or as `gradeFile`'s
   * (`options.map`). An .xlsx or Parquet input's messages still name `--map`.
   */
  naming?: OptionNaming;
  /**
   * NDJSON: a blank line is an error row in its place (`answer`), or not a record (`skip`, the
   * default). stdin answers each line, as a co-process's caller waits for every answer.
   */
  blankLines?: 'skip' | 'answer';
  /**
   * Other rule sets' indicators that read a field too, in their own units (`qgrade compare`'s B): a unit
   * a header or units row writes is checked against theirs as well, as against the field's indicator.
   */
  alsoRead?: AlsoReadBy;
  /**
   * Columns (as the header writes them, or the fields they give) whose cells each record also carries as
   * written, trimmed (`written`), those read as an indicator: every `--tally-by` column, or the `--group-by` one.
   */
  writtenColumns?: readonly string[];
  /**
   * CSV/TSV and .xlsx: each record also carries, in `written`, the cell of every column read as one indicator, as
   * written (`0.80`; in a workbook, a text cell, or a number under a format of fixed decimals as it shows it), for an
   * explanation to show a value with the decimals the lab wrote. Not key columns: rows are told apart as without it.
   */
  writtenIndicators?: boolean;
}
