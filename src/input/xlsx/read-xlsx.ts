import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { QgradeError } from '../../errors/qgrade-error';
import { fileReason } from '../../errors/system-reason';
import { UsageError } from '../../errors/usage-error';
import { localized } from '../../text/localized-text';
import { inputFileSize } from '../input-file';
import {
  largerThan,
  readXlsxBytes,
  tooLarge,
  XLSX_LIMITS,
  type XlsxReadOptions,
  type XlsxSource,
} from './xlsx-items';

export {
  readXlsxBytes,
  XLSX_LIMITS,
  type XlsxLimits,
  type XlsxReadOptions,
  type XlsxSource,
} from './xlsx-items';

/**
 * Opens an .xlsx workbook and reads one sheet into the same items as a CSV
 * file gives: the header row gives the fields (through `--map`, then the
 * indicators' labels, as for CSV), each row below it a record, cells
 * converted by the indicators' types and by their own type
 * ({@link convertXlsxCell}). A row that cannot be read becomes an
 * `unreadable` item in its place, never a gap.
 *
 * - Blank rows (no cell under a header holds a value; a value copied into
 *   it by a merged range does not count) are not records, as blank CSV lines.
 * - The header is the first row, among the first ten that are not blank,
 *   with a cell that names an indicator (by `--map`, label or name); rows
 *   above it (a title, notes) are skipped. When none does, the first row
 *   that is not blank. A row of group headings merged across columns and
 *   the row right below it that names the columns are one header
 *   (a two-row header); records start below both.
 * - A row right under the header with no number in it and a unit under
 *   the indicators' columns (`mm`, `MPa`, `%`) is the header's units, not
 *   a record; a unit that is not the indicator's is a usage error.
 * - A merged range reads as its first cell's value in every cell it covers.
 *
 * @param path - a file, or `-` for stdin
 * @throws {@link UsageError} for a file that is not an .xlsx workbook, a sheet that does not exist, or a workbook over {@link XLSX_LIMITS}
 * @example
 * const source = await readXlsx('samples.xlsx', { mapping: new Map(), indicators: ruleSet.indicators, sheet: '2' });
 */
export async function readXlsx(path: string, options: XlsxReadOptions): Promise<XlsxSource> {
  const limits = { ...XLSX_LIMITS, ...options.limits };
  const name = path === '-' ? 'stdin' : path;
  const bytes =
    path === '-'
      ? await readCapped(process.stdin, 'stdin', limits.maxFileBytes)
      : await readWhole(path, limits.maxFileBytes);
  // readXlsxBytes checks the bytes read (stdin stops reading one past the limit).
  return readXlsxBytes(bytes, name, options);
}

async function readWhole(path: string, max: number): Promise<Uint8Array> {
  const size = await inputFileSize(path);
  try {
    // A pipe or device (`<(cat book.xlsx)`): its size is not known, so it is read whole, up to the limit, as stdin is.
    if (size === undefined) return await readCapped(createReadStream(path), path, max);
    if (size > max) throw tooLarge(path, largerThan(max));
    return await readFile(path);
  } catch (error) {
    if (error instanceof QgradeError) throw error;
    // A file there but not readable (no permission, an I/O error) is the user's to fix, as for a CSV
    // (open-input.ts), not "a bug in qgrade" (contracts-43).
    const why = fileReason(error);
    throw new UsageError(localized(`无法读取 ${path}：${why.zh}`, `cannot read ${path}: ${why.en}`));
  }
}

/** A stream's bytes, refused one chunk past `max` bytes. */
async function readCapped(stream: AsyncIterable<unknown>, name: string, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) throw tooLarge(name, largerThan(max));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
