import type { Readable } from 'node:stream';
import { type Command, Option } from 'commander';
import { UsageError } from '../errors/usage-error';
import { FORMULA_READINGS, type FormulaReading } from '../input/formula-reading';
import { DEFAULT_MAX_RECORD_LENGTH, INPUT_FORMATS, type InputFormat } from '../input/input-item';
import { readColumnMapping } from '../input/read-column-mapping';
import { type RecordSource, readRecords } from '../input/read-records';
import type { AlsoReadBy } from '../input/unit-mismatch';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { CliContext } from './context';

/** The options every command that reads records shares. */
export interface InputOptions {
  inputFormat?: InputFormat;
  map?: string[];
  mapFile?: string;
  encoding: string;
  maxRecordLength?: number;
  sheet?: string;
  /** `--formulas`: how an .xlsx workbook's formula cells are read. */
  formulas?: FormulaReading;
  /** `--keep` columns; `false` for `--no-keep`; undefined: find the sample-id column. */
  keep?: string[] | false;
}

/** The `--tally-by` or `--group-by` column of `grade` and `compare`, if the command has one. */
export interface ByColumn {
  /** Every `--tally-by` column, in the order given (the option is repeatable). */
  tallyBy?: readonly string[];
  groupBy?: string;
  /** CSV/TSV and .xlsx: the records carry every indicator's cell as written too (`0.80`), for an explanation to show it so. */
  writtenIndicators?: boolean;
}

/** Adds `--input-format`, `--map`, `--map-file`, `--sheet`, `--formulas`, `--keep` and `--encoding` to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '-i, --input-format <format>',
        'json, ndjson, csv, tsv, xlsx or parquet (default: from the file extension; else "[" means JSON, "{" NDJSON, anything else CSV)',
      ).choices(INPUT_FORMATS),
    )
    .option(
      '-m, --map <column=field>',
      'read a column (or JSON key) as a field, e.g. --map 屈服强度=yieldStrength (repeatable)',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option(
      '--map-file <file>',
      'a JSON or YAML object of column → field, e.g. {"屈服强度": "yieldStrength"}',
    )
    .option(
      '--sheet <name|index>',
      'the sheet of an .xlsx workbook to read: its name, or its position among the tabs from 1 (default: the first)',
    )
    .addOption(
      new Option(
        '--formulas <how>',
        'formula cells of an .xlsx workbook: refuse them, or read the results the file saved (check the workbook was calculated before it was saved)',
      )
        .choices(FORMULA_READINGS)
        .default('refuse'),
    )
    .option(
      '--keep <column>',
      'carry a column that is not an indicator through to the results, e.g. --keep 型号 (repeatable; default: the first column whose values are distinct, such as a sample id)',
      // Trimmed, as headers are; a column named twice is kept once.
      (value: string, previous: string[] | false | undefined) => {
        const column = value.trim();
        const list = previous || [];
        return list.includes(column) ? list : [...list, column];
      },
    )
    .option('--no-keep', 'carry no input column through to the results')
    .option(
      '--encoding <encoding>',
      'text encoding of the input: utf-8, gb18030 (gbk), utf-16le or utf-16be',
      'utf-8',
    )
    .option(
      '--max-record-length <chars>',
      `longest line (NDJSON) or record (CSV) read, in characters; a longer one is an error row (default ${DEFAULT_MAX_RECORD_LENGTH})`,
      parseMaxRecordLength,
    );
}

/**
 * Opens an input for reading with the command's input options; `ctx`, when given, gets the header's hints on stderr.
 * With `--tally-by` or `--group-by`, the records carry those columns' cells as written (`是`, not the `true` its indicator reads).
 *
 * @param alsoRead - another rule set's indicators that read the fields too (`compare`'s B), their units checked as well
 * @param noted - also gets each of those hints (and the input's other notices), for an HTML report to show them
 */
export async function openRecords(
  input: string,
  options: InputOptions & ByColumn,
  indicators: readonly IndicatorInfo[],
  stdin: Readable,
  ctx?: CliContext,
  alsoRead?: AlsoReadBy,
  noted?: (text: LocalizedText) => void,
  remarkUnitsBySide?: true,
): Promise<RecordSource> {
  const mapping = await readColumnMapping(options.map ?? [], options.mapFile);
  const read: Parameters<typeof readRecords>[1] = { mapping, indicators, encoding: options.encoding, stdin };
  if (alsoRead) read.alsoRead = alsoRead;
  if (remarkUnitsBySide) read.remarkUnitsBySide = true;
  if (options.inputFormat) read.format = options.inputFormat;
  if (options.maxRecordLength !== undefined) read.maxRecordLength = options.maxRecordLength;
  if (options.sheet !== undefined) read.sheet = options.sheet;
  if (options.formulas !== undefined) read.formulas = options.formulas;
  read.keep = options.keep === false ? 'none' : options.keep?.length ? options.keep : 'auto';
  // The columns the records are tallied (every one) or grouped by: their cells as the sheet writes them, `是` not `true`.
  const by = (options.tallyBy ?? (options.groupBy === undefined ? [] : [options.groupBy]))
    .map((c) => c.trim())
    .filter((c) => c !== '');
  // And the kept columns: one read as an indicator is kept as the sheet writes it (5.00, 波轮).
  const kept = Array.isArray(options.keep) ? options.keep.map((c) => c.trim()).filter((c) => c !== '') : [];
  if (by.length + kept.length > 0) read.writtenColumns = [...by, ...kept];
  if (options.writtenIndicators) read.writtenIndicators = true;
  // Hints about the header (a column close to an indicator no column gives, a separator): on stderr, once.
  if (ctx)
    read.onNotice = (text) => {
      ctx.err(text[ctx.lang]);
      noted?.(text);
    };
  return readRecords(input, read);
}

/** Says on stderr which column was found and kept as the sample id, and how to choose another. */
export function announceKept(ctx: CliContext, source: RecordSource): void {
  if (source.kept.chosen !== 'found') return;
  const columns = source.kept.columns.join(', ');
  ctx.err(
    ctx.lang === 'zh'
      ? `保留列“${columns}”作为样品标识（用 --keep 指定其他列，--no-keep 不保留）`
      : `keeping column "${columns}" as the sample id (--keep names another, --no-keep keeps none)`,
  );
}

function parseMaxRecordLength(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 1 << 30) {
    throw new UsageError(
      localized(
        `--max-record-length 应为 1 到 ${1 << 30} 之间的整数（字符数），收到“${value}”`,
        `--max-record-length must be a whole number of characters from 1 to ${1 << 30}, got "${value}"`,
      ),
    );
  }
  return n;
}
