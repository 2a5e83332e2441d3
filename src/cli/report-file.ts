import { type FileHandle, open } from 'node:fs/promises';
import type { BatchCounts } from '../batch/batch-summary';
import { systemReason } from '../errors/system-reason';
import { UsageError } from '../errors/usage-error';
import type { GradeResult } from '../model/grade-result';
import type { RuleSet } from '../resolve/rule-set';
import { type Language, localized } from '../text/localized-text';

/** Formats written as one whole file with `-o`, gathered from every result: a workbook, a web page. */
export const REPORT_FORMATS = ['xlsx', 'html'] as const;

/** A format from {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Whether a format is written as a whole file. */
export function isReportFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}

/** The formats `grade` writes to a file with `-o`: the reports, and Parquet (a table of results, for SQL). */
export const GRADE_FILE_FORMATS = [...REPORT_FORMATS, 'parquet'] as const;

/** A format from {@link GRADE_FILE_FORMATS}. */
export type GradeFileFormat = (typeof GRADE_FILE_FORMATS)[number];

/** Whether `grade` writes a format to a file. */
export function isGradeFileFormat(format: string): format is GradeFileFormat {
  return (GRADE_FILE_FORMATS as readonly string[]).includes(format);
}

/** A file of results, added one by one and finished at the end. */
export interface GradeReportFile {
  add(result: GradeResult): void;
  /** Writes the file. */
  finish(counts: BatchCounts): Promise<void>;
  /** Gives up, for a run that failed. */
  discard(): Promise<void>;
}

/**
 * The file `grade` writes in a format, for a rule set, in a language: a
 * report gathered whole and written at the end, or Parquet rows written
 * through DuckDB as they come (see {@link createParquetWriter}).
 */
export async function gradeReport(
  format: GradeFileFormat,
  ruleSet: RuleSet,
  options: { lang: Language; input: string; kept: readonly string[] },
  file: ReportFile,
): Promise<GradeReportFile> {
  if (format === 'parquet') {
    // DuckDB writes the file itself; the handle only proved it can be written.
    await file.close();
    const { createParquetWriter } = await import('../report/parquet/parquet-writer');
    const writer = await createParquetWriter(file.path, options);
    return {
      add: (result) => writer.add(result),
      finish: () => writer.close(),
      discard: () => writer.discard(),
    };
  }
  const discard = () => file.close();
  if (format === 'html') {
    const { createGradeReport } = await import('../report/html/grade-report');
    const report = createGradeReport(ruleSet, options);
    return {
      add: (result) => report.add(result),
      finish: () => file.write(new TextEncoder().encode(report.render())),
      discard,
    };
  }
  const { GradeWorkbook } = await import('../report/xlsx/grade-workbook');
  const book = new GradeWorkbook(ruleSet, { lang: options.lang });
  return {
    add: (result) => book.add(result, result.kept),
    finish: async (counts) => file.write(await book.toBuffer(counts)),
    discard,
  };
}

/** A report's file, opened before any record is graded, so a wrong path fails at once, not after the run. */
export interface ReportFile {
  /** Where it is. */
  readonly path: string;
  /** Writes the report and closes the file. */
  write(bytes: Uint8Array | string): Promise<void>;
  /** Closes the file without writing (again). */
  close(): Promise<void>;
}

/**
 * Checks `-f` against `-o` and opens the file: a workbook or a web page
 * needs `-o <file>` named for its format (it is not for a terminal), and
 * `-o` is only for those formats. Returns `undefined` for the formats that
 * print to stdout.
 *
 * @param fileFormats - the command's formats written to a file (default {@link REPORT_FORMATS})
 * @throws {@link UsageError} for a report without `-o`, `-o` with another format, or a file that cannot be written
 */
export async function openReportFile(
  format: string,
  output: string | undefined,
  fileFormats: readonly string[] = REPORT_FORMATS,
): Promise<ReportFile | undefined> {
  if (!fileFormats.includes(format)) {
    if (output === undefined) return undefined;
    throw new UsageError(
      localized(
        `-o 只用于 -f ${fileFormats.join('、')}；格式“${format}”写到标准输出（可用 > 重定向到文件）`,
        `-o is for -f ${fileFormats.join(' or ')}; format "${format}" prints to stdout (redirect it with > file)`,
      ),
    );
  }
  if (output === undefined || output.trim() === '' || output === '-') {
    throw new UsageError(
      localized(
        `-f ${format} 生成一个文件，请用 -o 指定文件名，例如 -o report.${format}`,
        `-f ${format} writes a file: give one with -o, e.g. -o report.${format}`,
      ),
    );
  }
  if (!output.toLowerCase().endsWith(`.${format}`)) {
    throw new UsageError(
      localized(
        `-f ${format} 生成 .${format} 文件，请以 .${format} 结尾命名（而不是“${output}”）`,
        `-f ${format} writes an .${format} file: name it .${format} (got "${output}")`,
      ),
    );
  }
  let handle: FileHandle;
  try {
    handle = await open(output, 'w');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why =
      e.code === 'ENOENT'
        ? localized('没有这个文件夹', 'no such folder')
        : localized(systemReason(e).zh, e.code ?? e.message);
    throw new UsageError(localized(`无法写入 ${output}：${why.zh}`, `cannot write ${output}: ${why.en}`));
  }
  return {
    path: output,
    async write(bytes) {
      try {
        await handle.writeFile(bytes);
      } finally {
        await handle.close();
      }
    },
    close: () => handle.close().catch(() => undefined),
  };
}
