import { rmSync, type Stats } from 'node:fs';
import { chmod, chown, lstat, open, readlink, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { BatchCounts } from '../batch/batch-summary';
import { fileReason } from '../errors/system-reason';
import { UsageError } from '../errors/usage-error';
import { resolveRuleSetPath } from '../load/rule-file';
import { distinctLabels } from '../model/criterion-names';
import type { GradeResult } from '../model/grade-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { type Language, type LocalizedText, localized } from '../text/localized-text';

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
  /**
   * Adds a result, with its values in the --tally-by columns, if any are named (in the order given), and the
   * record it was graded from with its cells as written, if read (an HTML report's explanation shows a derived
   * value's operands and a number as the lab wrote it from them).
   */
  add(
    result: GradeResult,
    group?: readonly string[],
    given?: { record: unknown; written?: Readonly<Record<string, string>> | undefined },
  ): void;
  /**
   * Writes the file; `notices`, said on stderr too, are shown in an HTML report and a workbook's summary (Parquet
   * leaves them to stderr); `tallies`, each --tally-by column's counts, a workbook's sheets per group.
   */
  finish(
    counts: BatchCounts,
    notices?: readonly LocalizedText[],
    tallies?: readonly { column: string; counts: BatchCounts }[],
  ): Promise<void>;
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
  options: { lang: Language; input: string; kept: readonly string[]; tallyBy?: readonly string[] },
  file: ReportFile,
): Promise<GradeReportFile> {
  if (format === 'parquet') {
    // DuckDB writes the file itself, under the temporary name.
    const { createParquetWriter } = await import('../report/parquet/parquet-writer');
    // Installed before the writer makes its folder, so no moment is left in which a signal would leave it behind;
    // its part file too: DuckDB writes it in the last seconds of a long run.
    let made: Awaited<ReturnType<typeof createParquetWriter>> | undefined;
    const dropOnSignal = onEndingSignal(() => {
      made?.discardNow();
      rmSync(file.partPath, { force: true });
    });
    const writer = await createParquetWriter(file.partPath, { ...options, shownAs: file.path }).catch(
      (error: unknown) => {
        dropOnSignal();
        throw error;
      },
    );
    made = writer;
    return {
      add: (result) => writer.add(result),
      finish: async () => {
        try {
          await writer.close();
        } catch (error) {
          await file.close();
          throw error;
        } finally {
          dropOnSignal();
        }
        await file.commit();
      },
      discard: async () => {
        dropOnSignal();
        await writer.discard();
        await file.close();
      },
    };
  }
  const discard = () => file.close();
  if (format === 'html') {
    const { createGradeReport } = await import('../report/html/grade-report');
    // The page takes the report's options only: `kept` is the file writers' (a key it does not take is refused).
    const { lang, input, tallyBy } = options;
    // One column as before (a string); several as the list, a section each.
    const report = createGradeReport(ruleSet, {
      lang,
      input,
      ...(tallyBy === undefined ? {} : { tallyBy: tallyBy.length === 1 ? tallyBy[0]! : tallyBy }),
    });
    return {
      add: (result, group, given) => report.add(result, group, given?.record, given?.written),
      finish: (_counts, notices = []) => {
        for (const notice of notices) report.notice(notice);
        return file.write(new TextEncoder().encode(report.render()));
      },
      discard,
    };
  }
  const { GradeWorkbook } = await import('../report/xlsx/grade-workbook');
  const labels = distinctLabels(modelOf(ruleSet));
  const book = new GradeWorkbook(
    ruleSet,
    options.tallyBy === undefined
      ? { lang: options.lang, labels }
      : { lang: options.lang, tallyBy: options.tallyBy[0]!, labels },
  );
  return {
    add: (result) => book.add(result, result.kept),
    // Several --tally-by columns: a sheet each; one as before, from `counts`' groups.
    finish: async (counts, notices = [], tallies = []) =>
      file.write(await book.toBuffer(counts, notices, tallies.length > 1 ? tallies : undefined)),
    discard,
  };
}

/**
 * A report's file, checked before any record is graded, so a wrong path
 * fails at once, not after the run; and written only at the end, next to
 * its place under a temporary name and then renamed over it, so a run that
 * fails (a usage error, a bad rule set, Ctrl-C, a full disk) leaves the file
 * that was there as it was.
 */
export interface ReportFile {
  /** Where it goes, as given. */
  readonly path: string;
  /** Where a writer that makes the file itself (DuckDB) puts it before {@link ReportFile.commit}. */
  readonly partPath: string;
  /** Writes the report and puts it in place. */
  write(bytes: Uint8Array | string): Promise<void>;
  /** Puts what was written at {@link ReportFile.partPath} in place. */
  commit(): Promise<void>;
  /** Gives up: removes whatever was written, leaving `path` as it was. */
  close(): Promise<void>;
}

/**
 * Checks `-f` against `-o` and the file: a workbook or a web page needs
 * `-o <file>` named for its format (it is not for a terminal), `-o` is only
 * for those formats, its folder must be writable, and it must not be one of
 * the command's inputs. Returns `undefined` for the formats that print to
 * stdout.
 *
 * @param fileFormats - the command's formats written to a file (default {@link REPORT_FORMATS})
 * @param inputs - the files the command reads, which the report must not replace
 * @throws {@link UsageError} for a report without `-o`, `-o` with another format, a file that cannot be written, or an input
 */
export async function openReportFile(
  format: string,
  output: string | undefined,
  fileFormats: readonly string[] = REPORT_FORMATS,
  inputs: readonly string[] = [],
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
        `-f ${format} writes a .${format} file: name it .${format} (got "${output}")`,
      ),
    );
  }
  return openOutputFile(output, inputs);
}

/**
 * The file `-o` names for a document that otherwise prints to stdout (`compare -f markdown`), checked as a
 * report's file is ({@link openReportFile}): named for its format (`.md` or `.markdown`), written at the end under
 * a temporary name and renamed, never one of `inputs`.
 *
 * @throws {@link UsageError} for a name not ending in `.md`, a file that cannot be written, or an input
 */
export async function openMarkdownFile(output: string, inputs: readonly string[] = []): Promise<ReportFile> {
  if (output !== '-' && output.trim() !== '' && !/\.(md|markdown)$/i.test(output)) {
    throw new UsageError(
      localized(
        `-f markdown 生成 .md 文件，请以 .md 结尾命名（而不是“${output}”）`,
        `-f markdown writes a .md file: name it .md (got "${output}")`,
      ),
    );
  }
  if (output === '-' || output.trim() === '')
    throw new UsageError(
      localized(
        '-o 需要一个文件名，例如 -o notes.md（不加 -o 时 -f markdown 写到标准输出）',
        '-o needs a file name, e.g. -o notes.md (without -o, -f markdown prints to stdout)',
      ),
    );
  return openOutputFile(output, inputs);
}

/**
 * The file `-o` names, checked now and written at the end (see
 * {@link ReportFile}): it is not a folder, it is none of `inputs` (also
 * through a link; a bundled rule set's id stands for its file), we may write
 * it (a read-only file is refused, as the shell's `>` refuses it) and its
 * folder takes a new file and lets us put it in place (in a sticky folder
 * such as /tmp, only over a file of ours). A link is written through, also
 * one whose file does not exist yet, as `>` writes it. A file replaced keeps
 * its mode (and, where we may set them, its owner and group).
 *
 * @throws {@link UsageError} for an empty name, a file that cannot be written, or an input
 */
export async function openOutputFile(output: string, inputs: readonly string[] = []): Promise<ReportFile> {
  if (output.trim() === '') {
    throw new UsageError(localized('-o 需要一个文件名', '-o needs a file name'));
  }
  const cannot = (error: unknown) => {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? noFolder : fileReason(error);
    return new UsageError(localized(`无法写入 ${output}：${why.zh}`, `cannot write ${output}: ${why.en}`));
  };
  // Through a link, the file it points to is the one replaced, as writing through the link would; a link to
  // no file yet made that file, not a regular file in the link's place (hostile-40 M7).
  const target = await linkTarget(output).catch((error: unknown) => {
    throw cannot(error);
  });
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw cannot(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  for (const input of inputs) {
    // A rule set given by id is its file under rules/: `diff -o <that file> <id> draft.yaml` replaced the
    // installed rule set (hostile-40 C1).
    const read = await stat(await resolveRuleSetPath(input)).catch(() => undefined);
    if (existing && read && read.dev === existing.dev && read.ino === existing.ino)
      throw new UsageError(
        localized(
          `-o ${output} 是输入文件 ${input}：报告会覆盖它，请换一个文件名`,
          `-o ${output} is the input ${input}: the report would replace it; name another file`,
        ),
      );
  }
  // A device or a pipe (/dev/null, a FIFO) is written as it is: there is nothing to rename over.
  if (existing && !existing.isFile()) return directFile(output, cannot);
  const folder = dirname(target);
  if (existing) await refuseUnwritable(output, target, existing, folder, cannot);
  const partPath = join(folder, `.${basename(target)}.${process.pid}.part`);
  try {
    // Proves now that the folder takes a new file, rather than after grading.
    await (await open(partPath, 'w')).close();
    await unlink(partPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The file may be writable: it is the folder that refuses (hostile-40 M1).
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      const why = fileReason(error);
      throw new UsageError(
        localized(
          `无法写入 ${output}：它所在的文件夹 ${folder} 不能新建文件（${why.zh}）；qgrade 先写一个临时文件再替换，请换一个可写的文件夹`,
          `cannot write ${output}: its folder ${folder} does not take new files (${why.en}); qgrade writes a temporary file beside it and then puts it in place: name a file in a folder you can write to`,
        ),
      );
    }
    throw cannot(error);
  }
  const close = () => unlink(partPath).catch(() => undefined);
  const commit = async () => {
    try {
      if (existing) await keepModeAndOwner(partPath, existing);
      await rename(partPath, target);
    } catch (error) {
      await close();
      throw cannot(error);
    }
  };
  return {
    path: output,
    partPath,
    async write(bytes) {
      try {
        await writeFile(partPath, bytes);
      } catch (error) {
        await close();
        throw cannot(error);
      }
      await commit();
    },
    commit,
    close,
  };
}

/**
 * Refuses, before any record is graded, an existing file the run could not
 * put its report in place of: one we may not write (0444: the shell's `>`
 * refuses it, and a rename over it would have replaced it, hostile-40 C3),
 * and one in a sticky folder (1777, /tmp) that is another user's, which only
 * its owner may replace (the rename failed after the whole run, hostile-40 M1).
 */
async function refuseUnwritable(
  output: string,
  target: string,
  existing: Stats,
  folder: string,
  cannot: (error: unknown) => UsageError,
): Promise<void> {
  // Opened to write and closed, nothing written: the system's own answer, as our effective user (ACLs too).
  const refusal = await open(target, 'r+').then(
    (handle) => handle.close().then(() => undefined),
    (error: NodeJS.ErrnoException) => error,
  );
  if (refusal?.code === 'EACCES' || refusal?.code === 'EPERM')
    throw new UsageError(
      localized(
        `无法写入 ${output}：该文件是只读的（没有写权限），qgrade 不替换它；如确要替换，请先改为可写（chmod u+w），或换一个文件名`,
        `cannot write ${output}: the file is read-only (no write permission), and qgrade does not replace it; make it writable first (chmod u+w) if it is to be replaced, or name another file`,
      ),
    );
  if (refusal) throw cannot(refusal);
  const uid = process.geteuid?.();
  // Root may replace any file; elsewhere (Windows) there is no sticky bit.
  if (uid === undefined || uid === 0 || existing.uid === uid) return;
  const info = await stat(folder).catch(() => undefined);
  if (info && (info.mode & STICKY) !== 0 && info.uid !== uid)
    throw new UsageError(
      localized(
        `无法写入 ${output}：该文件属于另一个用户，而它所在的文件夹 ${folder} 只允许文件的所有者替换文件（粘滞位，如 /tmp）；请换一个文件名，或请其所有者删除它`,
        `cannot write ${output}: the file belongs to another user, and its folder ${folder} lets only a file's owner replace it (the sticky bit, as /tmp has); name another file, or have its owner remove it`,
      ),
    );
}

/**
 * Gives the new file the mode of the one it replaces (a 0600 report stays private), and its owner and group
 * where we may set them (root; or a group of ours): the shell's `>` keeps all three, writing into the file.
 */
async function keepModeAndOwner(path: string, was: Stats): Promise<void> {
  await chmod(path, was.mode & 0o7777);
  await chown(path, was.uid, was.gid).catch(() => chown(path, -1, was.gid).catch(() => undefined));
}

/** Where writing through `path` lands: the file at the end of its links (also one that does not exist yet). */
async function linkTarget(path: string): Promise<string> {
  let at = path;
  // As the system gives up on a chain of links (ELOOP after 40).
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(at).catch(() => undefined);
    if (!info?.isSymbolicLink()) return at;
    at = resolve(dirname(at), await readlink(at));
  }
  throw Object.assign(new Error('ELOOP'), { code: 'ELOOP' });
}

/** The sticky bit of a folder's mode (not among Node's `fs.constants`). */
const STICKY = 0o1000;

const noFolder = localized('没有这个文件夹', 'no such folder');

/** A file that is not a regular one, opened only to write it. */
function directFile(path: string, cannot: (error: unknown) => UsageError): ReportFile {
  return {
    path,
    partPath: path,
    async write(bytes) {
      await writeFile(path, bytes).catch((error) => {
        throw cannot(error);
      });
    },
    commit: async () => undefined,
    close: async () => undefined,
  };
}

/**
 * Runs `drop` if SIGTERM or SIGINT comes before the returned function is called, then ends the process by that
 * signal as it would have ended without a handler (a shell's 143 or 130, no summary): a Parquet run's temporary
 * rows, gigabytes for millions of records, were left in TMPDIR by a supervisor's SIGTERM (developer-39 M1).
 */
function onEndingSignal(drop: () => void): () => void {
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const handler = (signal: NodeJS.Signals) => {
    remove();
    try {
      drop();
    } finally {
      // With no listener left, the signal's default action ends the process.
      process.kill(process.pid, signal);
    }
  };
  const remove = () => {
    for (const s of signals) process.off(s, handler);
  };
  for (const s of signals) process.on(s, handler);
  return remove;
}
