import { writeFile } from 'node:fs/promises';
import { UsageError } from '../../errors/usage-error';

/**
 * The file a workbook goes to: `-f xlsx` needs `-o <file>`, because a
 * workbook is a zip package, not text to print or pipe.
 *
 * @throws {@link UsageError} without a file, or with one not named .xlsx
 * @example
 * const path = xlsxOutputPath(options.output); // 'graded.xlsx'
 */
export function xlsxOutputPath(output: string | undefined): string {
  if (output === undefined || output === '-' || output.trim() === '') {
    throw new UsageError(
      '-f xlsx writes a workbook to a file: give one with -o, e.g. -f xlsx -o graded.xlsx',
    );
  }
  if (!output.toLowerCase().endsWith('.xlsx')) {
    throw new UsageError(
      `-f xlsx writes an .xlsx workbook; name the file .xlsx (got "${output}"), or Excel will not open it`,
    );
  }
  return output;
}

/**
 * Writes a workbook's bytes to a file.
 *
 * @throws {@link UsageError} when the file cannot be written (no such folder, no permission)
 * @example
 * await writeXlsxOutput('graded.xlsx', await book.toBuffer(summary.counts()));
 */
export async function writeXlsxOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why =
      e.code === 'ENOENT' ? 'no such folder' : e.code === 'EACCES' ? 'permission denied' : e.message;
    throw new UsageError(`cannot write ${path}: ${why}`);
  }
}
