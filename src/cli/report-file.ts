import { writeFile } from 'node:fs/promises';
import type { BatchCounts } from '../batch/batch-summary';
import { UsageError } from '../errors/usage-error';
import type { GradeResult } from '../model/grade-result';
import { GradeWorkbook } from '../report/xlsx/grade-workbook';
import type { RuleSet } from '../resolve/rule-set';
import type { Language } from '../text/localized-text';

/** Formats `grade` writes as a whole file with `-o`, gathered from every result: a workbook. */
export const REPORT_FORMATS = ['xlsx'] as const;

/** A format from {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Whether a format is written as a whole file. */
export function isReportFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}

/** A report gathered result by result and written whole at the end. */
export interface GradeReportFile {
  add(result: GradeResult): void;
  bytes(counts: BatchCounts): Promise<Uint8Array>;
}

/** The report of a format, for a rule set, in a language. */
export function gradeReport(_format: ReportFormat, ruleSet: RuleSet, lang: Language): GradeReportFile {
  const book = new GradeWorkbook(ruleSet, { lang });
  return { add: (result) => book.add(result), bytes: (counts) => book.toBuffer(counts) };
}

/**
 * The file a report goes to: it needs `-o <file>` named for its format,
 * because a workbook is a zip package, not text to print or pipe.
 *
 * @throws {@link UsageError} without a file, or with one not named for the format
 */
export function reportPath(format: ReportFormat, output: string | undefined): string {
  if (output === undefined || output === '-' || output.trim() === '') {
    throw new UsageError(
      `-f ${format} writes a file: give one with -o, e.g. -f ${format} -o graded.${format}`,
    );
  }
  if (!output.toLowerCase().endsWith(`.${format}`)) {
    throw new UsageError(`-f ${format} writes an .${format} file; name it .${format} (got "${output}")`);
  }
  return output;
}

/** Writes a report's bytes to its file, with a usage error a user understands when it cannot. */
export async function writeReportFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why =
      e.code === 'ENOENT' ? 'no such folder' : e.code === 'EACCES' ? 'permission denied' : e.message;
    throw new UsageError(`cannot write ${path}: ${why}`);
  }
}
