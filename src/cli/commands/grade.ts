import { type Command, Option } from 'commander';
import type { BatchSummary } from '../../batch/batch-summary';
import { finishItem, itemRecord } from '../../batch/finish-item';
import { gradeItems } from '../../batch/grade-stream';
import { noteOwnColumns, OwnColumnsCheck } from '../../batch/own-columns';
import { UsageError } from '../../errors/usage-error';
import { createGrader } from '../../grade/create-grader';
import { fillDownNotice } from '../../grade/fill-down-notice';
import { addTallyColumn, type TallyReader, tallyReaders, tapItems } from '../../grade/tally-column';
import type { InputFormat, InputItem } from '../../input/input-item';
import { criterionNames } from '../../model/criterion-names';
import type { GradeResult } from '../../model/grade-result';
import { provenanceLine } from '../../report/provenance-text';
import { RESULT_DETAILS, type ResultDetail } from '../../report/result-detail';
import { RESULT_FORMATS, type ResultFormat } from '../../report/result-writer';
import { loadRuleSet, loadRuleSetWithText } from '../../resolve/load-rule-set';
import { modelOf, type RuleSet } from '../../resolve/rule-set';
import { type LocalizedText, localized } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { closedOutputCode, EXIT } from '../exit-codes';
import { addInputOptions, announceKept, type InputOptions, openRecords } from '../input-options';
import { oneThreadNotice } from '../one-thread-notice';
import { OutputError, OutputSink } from '../output-sink';
import { gradeRows, rowsFraming } from '../pipeline/grade-rows';
import { inputProgress } from '../progress';
import {
  GRADE_FILE_FORMATS,
  type GradeFileFormat,
  gradeReport,
  isGradeFileFormat,
  openReportFile,
  type ReportFile,
} from '../report-file';
import { tallyBoundNotice } from '../tally-bound-notice';
import { tallyKeptAll } from '../tally-kept';
import { tallyNearValuesNotice } from '../tally-near-values-notice';
import { tallyNoValueNotice } from '../tally-no-value-notice';
import { TallySummaries } from '../tally-summaries';
import { tallyValueName } from '../tally-value-name';
import { workersToStart } from '../workers-to-start';

interface GradeOptions extends InputOptions {
  rules: string;
  format: ResultFormat | GradeFileFormat;
  output?: string;
  summary: boolean;
  progress: boolean;
  workers: number;
  ids?: boolean;
  groupBy?: string;
  /** Every `--tally-by` column, in the order given. */
  tallyBy?: string[];
  detail: ResultDetail;
}

/** `qgrade grade --rules <id|path> <input>`: grade records as a stream, one result per input row, in input order. */
export function registerGrade(program: Command, context: () => CliContext, runs: ActionRunner): void {
  const command = program
    .command('grade')
    .description(
      'grade the records of a JSON, NDJSON, CSV, TSV, XLSX or Parquet file (or stdin) against a rule set, one result per input row',
    )
    .requiredOption('-r, --rules <id|path>', 'bundled rule-set id or rule file')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output: table, json, ndjson, csv, markdown; or xlsx, html or parquet, to a file with -o',
      )
        .choices([...RESULT_FORMATS, ...GRADE_FILE_FORMATS])
        .default('table'),
    )
    .option('-o, --output <file>', 'the file -f xlsx, html or parquet writes (other formats print to stdout)')
    .addOption(
      new Option(
        '--detail <level>',
        'how much of each result -f json and ndjson write: full; failing (only the criteria not met); grade (row, grade, label, reason)',
      )
        .choices(RESULT_DETAILS)
        .default('full'),
    )
    .option(
      '--ids',
      'Chinese output: name requirements by id (apf@1) in "what holds it down", and add a column of grade ids (superior) to the table',
    );
  addInputOptions(command)
    .option('--no-summary', 'no closing summary on stderr')
    .option('--no-progress', 'no progress bar on stderr (it only shows on a terminal anyway)')
    .option(
      '-w, --workers <n>',
      'grade and write on n worker threads (for large inputs on several cores; with --group-by only 1: lots are graded on one thread)',
      parseWorkers,
      1,
    )
    .option(
      '-g, --group-by <column>',
      "grade each group of records with the same value in this column (a lot, a month) as a unit, with the rule set's group statistics; the input must be sorted by it. Writes one result per group: table, json, ndjson or csv; or a lot report, xlsx or html with -o",
    )
    .option(
      '--tally-by <column>',
      'also count the records of each value of this column (a producer, a region: any column of the input) per grade, not graded and invalid: a table after the summary, a section of -f html, a sheet of -f xlsx (repeatable: one table per column)',
      addTallyColumn,
    )
    .argument(
      '<input>',
      'records: a .json array, .ndjson, .csv, .tsv, .xlsx or .parquet file, or - for stdin',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade grade --rules home-appliances/room-air-conditioner-energy examples/room-air-conditioners.json
  $ qgrade grade -r home-appliances/room-air-conditioner-energy -f json examples/room-air-conditioners.json
  $ qgrade grade -r home-appliances/room-air-conditioner-energy -f ndjson examples/room-air-conditioners.json > graded.ndjson
  $ printf '机组类型,额定制冷量,APF\\nheat-pump,3500,4.62\\n' | qgrade grade -r home-appliances/room-air-conditioner-energy --map 机组类型=unitType --map 额定制冷量=ratedCoolingCapacity --map APF=apf -f csv -
  $ qgrade grade -r home-appliances/room-air-conditioner-energy --map 额定制冷量=ratedCoolingCapacity examples/air-conditioners-zh.csv
  $ cat examples/room-air-conditioners.json | qgrade grade -r home-appliances/room-air-conditioner-energy -f markdown -
  $ qgrade grade -r steel/hot-rolled-ribbed-bar -f ndjson --workers 2 examples/steel-rebar.json > graded.ndjson
  $ qgrade grade -r home-appliances/room-air-conditioner-energy examples/room-air-conditioners.json -f xlsx -o graded.xlsx
  $ qgrade --lang zh grade -r home-appliances/room-air-conditioner-energy examples/air-conditioners-zh.csv -f html -o report.html
  $ qgrade grade -r building-materials/cement-lot-grade --group-by lot examples/cement-lot-samples.csv
  $ qgrade grade -r building-materials/cement-lot-grade --tally-by lot examples/cement-lot-samples.csv
  $ qgrade grade -r building-materials/cement-lot-grade --tally-by lot --tally-by strengthClass examples/cement-lot-samples.csv
  $ qgrade grade -r home-appliances/room-air-conditioner-energy examples/room-air-conditioners.parquet -f parquet -o graded.parquet

Every input row gives one output row, numbered ("row") in input order; a row that cannot be read
or a record that is not valid becomes an error row, and grading goes on. A CSV/TSV or xlsx row with
no value under an indicator, mapped or kept column (a sign-off line, a note) is not a record: it is
skipped, and stderr names it. A summary (records per
grade, not graded, invalid, most frequent failing criteria) closes the run on stderr.
CSV cells are converted by the rule set's indicator types; see docs/cli.md.
With --group-by, each run of rows with the same key is graded as a unit (every record's grade and the
rule set's group statistics) and gives one output row; a key that comes back after its group closed
stops the run with exit code 2 (sort the input by the key). Records with no key are graded together
as the last group, key "" ("(no value)"), and exit code 1.
With --tally-by, the summary also counts the records of each value of the column (in order of first
appearance, numbers in numeric order; records with no value last, as "(no value)"): per grade, not graded, invalid, total. The
first 1,000 values get a row each; the records of later values are one row, "(other)", and stderr
says so. The input need not be sorted, and the results are the same as without it. Given more than
once, one table per column, in the order given. With --group-by too, the groups are counted, each once
(a group whose records give two values as "(mixed)", said on stderr).
Parquet in and out needs the optional package @duckdb/node-api; see docs/scale-out.md.

${exitCodesHelp('grade', 'en')}`,
    )
    .action(
      runs(async (input: string, options: GradeOptions, command: Command) => {
        const ctx = context();
        const format = options.format;
        // Written out, even as the default "full": a --detail that changes nothing would say it did.
        const detailGiven = command.getOptionValueSource('detail') === 'cli';
        if (detailGiven && options.groupBy !== undefined) {
          throw new UsageError(
            localized(
              `--detail 用于逐条记录的结果；使用 --group-by 时每组结果只有一种形式（GroupResult），请去掉 --detail`,
              `--detail is for the results of records; with --group-by each group has one shape (GroupResult): leave --detail out`,
            ),
          );
        }
        if (detailGiven && format !== 'json' && format !== 'ndjson') {
          throw new UsageError(
            localized(
              `--detail ${options.detail} 只用于 -f json 和 -f ndjson；-f ${format} 只有一种形式`,
              `--detail ${options.detail} is for -f json and -f ndjson; -f ${format} has one shape`,
            ),
          );
        }
        if (options.groupBy !== undefined) {
          const ruleSet = await loadRuleSet(options.rules);
          // A lot report (-f html|xlsx) shows what reading the input said, as the per-record reports do.
          const notices: LocalizedText[] = [];
          const source = await openRecords(
            input,
            options,
            ruleSet.indicators,
            ctx.io.stdin,
            ctx,
            undefined,
            (t) => notices.push(t),
          );
          announceKept(ctx, source);
          // Loaded only for --group-by: a per-record grade starts without the lots' grading and writers.
          const { gradeGroupsToOutput } = await import('../pipeline/grade-groups');
          return gradeGroupsToOutput(
            ruleSet,
            source,
            {
              ...options,
              column: options.groupBy,
              input,
              inputs: [input, options.rules, ...(options.mapFile === undefined ? [] : [options.mapFile])],
              notices,
            },
            ctx,
          );
        }
        // The map file is an input too: -o onto it would replace the mapping with the report.
        const file = await openReportFile(format, options.output, GRADE_FILE_FORMATS, [
          input,
          options.rules,
          ...(options.mapFile === undefined ? [] : [options.mapFile]),
        ]);
        if (isGradeFileFormat(format)) return gradeToReport(input, format, file!, options, ctx);
        const loaded = await loadRuleSetWithText(options.rules);
        const source = await openRecords(input, options, loaded.ruleSet.indicators, ctx.io.stdin, ctx);
        announceKept(ctx, source);
        const columns = options.tallyBy ?? [];
        const tally = tallyReaders(columns, source, tallyValueName([loaded.ruleSet], ctx.lang));
        // The sheet's own computed columns (总分, 等级): a record that has them is graded here in full and compared,
        // whatever the rows' writer keeps of a result or wherever they are graded; nothing when there are none.
        const model = modelOf(loaded.ruleSet);
        const own = new OwnColumnsCheck(model, source.header ?? (() => undefined), source.kept.columns);
        let gradeSync: ((record: unknown) => GradeResult) | undefined;
        const items = noteOwnColumns(source.items, own, (item) => {
          gradeSync ??= createGrader(loaded.ruleSet).gradeSync;
          return finishItem(item, gradeSync(itemRecord(item)), model);
        });
        // No more busy threads than cores (hostile-40 S1); said once, on the path that starts them.
        const started = workersToStart(options.workers, ctx.io.cores);
        if (started.notice) ctx.err(started.notice[ctx.lang]);
        const rows = {
          kept: source.kept.columns,
          format,
          lang: ctx.lang,
          width: ctx.width,
          color: ctx.color,
          workers: started.workers,
          fromFile: source.size !== undefined,
          detail: options.detail,
          ids: options.ids === true,
          ...(tally.length > 0
            ? { groupOf: (item: InputItem) => counted.key(tally.map((t) => t.value(item))) }
            : {}),
        };
        const sink = new OutputSink(ctx.io.stdout, 'stdout', { reuse: ctx.io.stdoutReleasesBytes });
        // One summary per --tally-by column; `summary` counts every record, with the first column's groups.
        const counted = new TallySummaries(loaded.ruleSet.grades, columns, loaded.ruleSet);
        const summary = counted.main;
        // Rows printed to the terminal show the progress themselves, and a bar would garble them.
        const progress = inputProgress(ctx, source, options.progress && ctx.io.stdout.isTTY !== true);
        let count = 0;
        let finished = false;
        try {
          sink.write(rowsFraming(loaded, rows, 0).start);
          for await (const written of gradeRows(items, loaded, rows, sink.out, counted)) {
            count += written.rows;
            if (written.bytes) await sink.writeBytes(written.bytes, written.done);
            else if (sink.written()) await sink.flush();
            progress.update(count);
          }
          for (const t of tally) t.check();
          for (const notice of own.notices()) ctx.err(notice[ctx.lang]);
          finished = true;
          sink.write(rowsFraming(loaded, rows, count).end);
          await sink.end();
        } catch (error) {
          const closed = error instanceof OutputError && error.closed;
          // The reader went away (`| head`): a run stopped part-way exits with what it had found (docs/cli.md,
          // Exit codes); one that had graded everything ends as it would have, its summary included.
          if (closed && !finished) return closedOutputCode(problemsCode(summary), false);
          if (!closed) {
            // Stopped by the input (bytes that are not UTF-8, …): the rows graded before it are written, every
            // run the same, as docs/cli.md says; the format's end is not (a JSON array stays open).
            await sink.stoppedBy(error);
            throw error;
          }
        } finally {
          sink.discard();
          progress.done();
        }
        printSummary(ctx, counted, loaded.ruleSet, options, source.format, tally);
        return problemsCode(summary);
      }),
    );
}

/**
 * `-f xlsx|html|parquet -o <file>`: grades on this thread (whatever
 * `--workers` says: the file needs every whole result), gathering the
 * report, and writes the file at the end.
 */
async function gradeToReport(
  input: string,
  format: GradeFileFormat,
  file: ReportFile,
  options: GradeOptions,
  ctx: CliContext,
): Promise<number> {
  const oneThread = oneThreadNotice(format, options.workers);
  if (oneThread) ctx.err(oneThread[ctx.lang]);
  const ruleSet = await loadRuleSet(options.rules);
  // The header's hints (a column to --map for an indicator every record lacks) go in the report too: its reader
  // sees "缺少安定性（沸煮法）" on every record, and not stderr.
  const notices: LocalizedText[] = [];
  // An HTML report's explanations show a CSV cell's number as written (0.80): its cells are carried for that.
  const reading = format === 'html' ? { ...options, writtenIndicators: true } : options;
  const source = await openRecords(input, reading, ruleSet.indicators, ctx.io.stdin, ctx, undefined, (t) =>
    notices.push(t),
  );
  announceKept(ctx, source);
  const columns = options.tallyBy ?? [];
  const counted = new TallySummaries(ruleSet.grades, columns, ruleSet);
  const summary = counted.main;
  const report = await gradeReport(
    format,
    ruleSet,
    {
      lang: ctx.lang,
      input,
      kept: source.kept.columns,
      ...(columns.length === 0 ? {} : { tallyBy: columns }),
    },
    file,
  );
  const progress = inputProgress(ctx, source, options.progress);
  const tally = tallyReaders(columns, source, tallyValueName([ruleSet], ctx.lang));
  // Each item's values in the --tally-by columns, read as the item goes to the grader, by row.
  const groups = new Map<number, string[]>();
  // The sheet's own computed columns (总分, 等级), compared with each result as it comes.
  const own = new OwnColumnsCheck(modelOf(ruleSet), source.header ?? (() => undefined), source.kept.columns);
  const noted = noteOwnColumns(source.items, own);
  const tallied =
    tally.length > 0
      ? tapItems(noted, (item) =>
          groups.set(
            item.row,
            tally.map((t) => t.value(item)),
          ),
        )
      : noted;
  // The HTML report's explanations show a derived value's operands, read from the record when it is listed.
  const records = new Map<number, { record: unknown; written?: Readonly<Record<string, string>> }>();
  const items =
    format === 'html'
      ? tapItems(tallied, (item) =>
          records.set(item.row, {
            record: itemRecord(item),
            ...('written' in item ? { written: item.written } : {}),
          }),
        )
      : tallied;
  // The people's reports carry the --tally-by columns as --keep would (filter the results sheet by producer); Parquet is data.
  const withTally =
    format === 'parquet' ? <R>(r: R) => r : tallyKeptAll(columns, source, ruleSet.indicators, options.keep);
  let rows = 0;
  try {
    for await (const result of gradeItems(items, createGrader(ruleSet).gradeSync, modelOf(ruleSet))) {
      const row = result.row ?? 0;
      const values = groups.get(row);
      groups.delete(row);
      counted.add(result, values ?? []);
      own.compare(result);
      const given = records.get(row);
      records.delete(row);
      report.add(withTally(result, values ?? []), values, given);
      progress.update(++rows);
    }
    for (const t of tally) t.check();
  } catch (error) {
    await report.discard();
    throw error;
  } finally {
    progress.done();
  }
  // Said in the report too: the tally it shows is what the names left blank skew, or near-equal names split.
  for (const [i, { column, summary: s }] of counted.perColumn().entries()) {
    const fillDown = fillDownNotice('--tally-by', column, tally[i]!.blanks);
    if (fillDown) notices.push(fillDown);
    const pooled = tally[i]!.spellings.notice('--tally-by', column);
    if (pooled) notices.push(pooled);
    const near = tallyNearValuesNotice(column, s.counts().groups ?? []);
    if (near) notices.push(near);
    const invisible = tally[i]!.invisible.notice('--tally-by', column);
    if (invisible) notices.push(invisible);
  }
  // stderr names the first few; the report every one (a column beside the results would change its shape).
  for (const notice of own.notices()) ctx.err(notice[ctx.lang]);
  notices.push(...own.notices(true));
  await report.finish(
    summary.counts(),
    notices,
    counted.perColumn().map(({ column, summary: s }) => ({ column, counts: s.counts() })),
  );
  printSummary(ctx, counted, ruleSet, options, source.format, tally);
  return problemsCode(summary);
}

/** The exit code of what was graded: 1 when a record was invalid. */
function problemsCode(summary: BatchSummary): number {
  return summary.counts().invalid > 0 ? EXIT.problems : EXIT.ok;
}

/**
 * The closing summary on stderr, and with --tally-by the counts per value of each column after it (one
 * table per column, in the order given), then the rule set's provenance unless it is `sourced`; a column
 * with more values than the tally keeps, or values that differ only in full-width characters or spaces,
 * is said once, with or without the summary.
 */
function printSummary(
  ctx: CliContext,
  counted: TallySummaries,
  ruleSet: RuleSet,
  options: GradeOptions,
  format: InputFormat,
  tally: readonly TallyReader[],
): void {
  const summary = counted.main;
  for (const [i, { column, summary: s }] of counted.perColumn().entries()) {
    const counts = s.counts();
    for (const notice of [
      tallyBoundNotice(column, counts),
      tallyNoValueNotice(column, counts, format),
      fillDownNotice('--tally-by', column, tally[i]!.blanks),
      tally[i]!.spellings.notice('--tally-by', column),
      tallyNearValuesNotice(column, counts.groups ?? []),
      tally[i]!.invisible.notice('--tally-by', column),
    ])
      if (notice) ctx.err(notice[ctx.lang]);
  }
  if (!options.summary) return;
  ctx.err(summary.format(ctx.lang, names(ruleSet, options)));
  // Nothing for an input without records: the summary's "0 records" says it.
  for (const { column, summary: s } of counted.perColumn()) {
    const groups = s.formatGroups(ctx.lang, column);
    if (groups) ctx.err(groups);
  }
  // stdout stays the table (or data) alone; how sure the limits are closes the summary, for people.
  const provenance = provenanceLine(ruleSet.provenance, ctx.lang);
  if (provenance !== undefined) ctx.err(provenance);
}

/** Requirements' names for the summary; none (an empty map: ids) with `--ids`. */
function names(ruleSet: RuleSet, options: GradeOptions): ReadonlyMap<string, LocalizedText> {
  return options.ids ? new Map() : criterionNames(modelOf(ruleSet));
}

function parseWorkers(value: string): number {
  // Decimal digits only: Number() also reads `0x40`, `1e1` and ` 2` (hostile-40 M6).
  const n = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(
      localized(
        `--workers 应为 1 到 64 之间的整数，收到“${value}”`,
        `--workers must be a whole number from 1 to 64, got "${value}"`,
      ),
    );
  return n;
}
