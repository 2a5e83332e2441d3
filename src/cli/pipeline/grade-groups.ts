import { OutcomeCounter } from '../../batch/outcome-counter';
import { UsageError } from '../../errors/usage-error';
import { compileGrader } from '../../grade/create-grader';
import { fillDownNotice } from '../../grade/fill-down-notice';
import { groupByNoStatisticsNotice } from '../../grade/group-by-no-statistics-notice';
import { groupByNotices } from '../../grade/group-by-notices';
import { NO_KEY } from '../../grade/group-key';
import { GroupRouter, gradeGroups } from '../../grade/group-stream';
import { groupTallyReason } from '../../grade/group-tally-reason';
import { InvisibleInKeys } from '../../grade/invisible-key-notice';
import { type TallyReader, tallyReaders, tapItems, watchColumn } from '../../grade/tally-column';
import { BlankBelowValues } from '../../input/blank-below-values';
import type { InputFormat } from '../../input/input-item';
import type { RecordSource } from '../../input/read-records';
import { failingNames } from '../../model/criterion-names';
import { groupCriterionNotes } from '../../report/criterion-notes';
import { createGroupWriter, GROUP_FORMATS, type GroupFormat } from '../../report/group-writer';
import { provenanceLine } from '../../report/provenance-text';
import type { RuleSet } from '../../resolve/rule-set';
import { modelOf } from '../../resolve/rule-set';
import { type LocalizedText, localized } from '../../text/localized-text';
import type { CliContext } from '../context';
import { closedOutputCode, EXIT } from '../exit-codes';
import { type GroupReportFile, groupReportFile } from '../group-report-file';
import { groupsClosingLine } from '../groups-closing-line';
import { LotTallyValues } from '../lot-tally-values';
import { OutputError, OutputSink } from '../output-sink';
import { isReportFormat, openReportFile, REPORT_FORMATS } from '../report-file';
import { tallyBoundNotice } from '../tally-bound-notice';
import { tallyNoValueNotice } from '../tally-no-value-notice';
import { TallySummaries } from '../tally-summaries';
import { tallyValueName } from '../tally-value-name';

/** What `qgrade grade --group-by` needs beyond the input. */
export interface GroupRunOptions {
  column: string;
  format: string;
  workers: number;
  summary: boolean;
  /** Name a record's failing requirements by id in the Chinese table (`--ids`). */
  ids?: boolean;
  /** The file `-f html|xlsx` writes (a lot report); the other formats print to stdout. */
  output?: string;
  /** The input's name, in a lot report's head. */
  input?: string;
  /** The command's input files, which `-o` must not replace. */
  inputs?: readonly string[];
  /** What reading the input said (on stderr already): shown in a lot report too. */
  notices?: readonly LocalizedText[];
  /** `--tally-by` columns: the groups (not the records) counted per value of each, in the order given. */
  tallyBy?: readonly string[];
}

/**
 * `qgrade grade --group-by <column>`: grades each run of records with the
 * same key as a unit and writes one result per group, as it closes. On this
 * thread: a group's statistics are one running sum each, and the input is
 * read once.
 *
 * Records with no value in the column are graded last, as a group of their
 * own ("（无值）"), and stderr says how many: the run goes on to the end.
 * The summary on stderr ends with the rule set's provenance unless it is `sourced`.
 * With `tallyBy`, the groups are counted per value of each column (a lot whose records give two values
 * under a "mixed" key, said once): tables after the summary, a section of the page, a sheet of the workbook.
 *
 * @returns the exit code: 1 when a group holds invalid records, or some records have no key; else 0.
 */
export async function gradeGroupsToOutput(
  ruleSet: RuleSet,
  source: RecordSource,
  options: GroupRunOptions,
  ctx: CliContext,
): Promise<number> {
  const formats = [...GROUP_FORMATS, ...REPORT_FORMATS];
  if (!(formats as readonly string[]).includes(options.format)) {
    throw new UsageError(
      localized(
        `--group-by 只输出 ${formats.join('、')}；-f ${options.format} 用于每条记录一个结果`,
        `--group-by writes ${formats.join(', ')}; -f ${options.format} is for one result per record`,
      ),
    );
  }
  if (options.workers > 1) {
    throw new UsageError(
      localized(
        `--group-by 在单线程中评级，不能用 --workers ${options.workers}：请去掉 --workers（或写 --workers 1）`,
        `--group-by grades on one thread, so --workers ${options.workers} cannot be: leave out --workers (or give --workers 1)`,
      ),
    );
  }
  // Checked before any group is graded: a wrong path fails at once (and -o with a format for stdout is refused).
  const file = await openReportFile(options.format, options.output, REPORT_FORMATS, options.inputs ?? []);
  const split = compileGrader(ruleSet);
  const model = modelOf(ruleSet);
  const notices: LocalizedText[] = [...(options.notices ?? [])];
  const lowestOnly = groupByNoStatisticsNotice(model, options.column);
  if (lowestOnly) {
    ctx.err(lowestOnly[ctx.lang]);
    notices.push(lowestOnly);
  }
  const report: GroupReportFile | undefined =
    file && isReportFormat(options.format)
      ? await groupReportFile(
          options.format,
          ruleSet,
          {
            lang: ctx.lang,
            column: options.column,
            input: options.input ?? '',
            notes: groupCriterionNotes(ruleSet.document),
          },
          file,
        )
      : undefined;
  const writer = createGroupWriter(
    (report ? 'table' : options.format) as GroupFormat,
    model.group,
    { lang: ctx.lang, width: ctx.width, color: ctx.color, ids: options.ids === true },
    new Map(ruleSet.grades.map((g) => [g.id, g.label])),
    failingNames(model),
    groupCriterionNotes(ruleSet.document),
  );
  const sink = new OutputSink(ctx.io.stdout, 'stdout', { reuse: ctx.io.stdoutReleasesBytes });
  // The groups by outcome (grade, not graded by reason, invalid), for the closing line.
  const lots = new OutcomeCounter(ruleSet.grades);
  // Groups with an invalid record: the exit code's.
  let invalid = 0;
  let keyless = 0;
  let finished = false;
  // Names written once per block (merged cells saved to CSV) leave most records in the group with no value.
  const blanks = new BlankBelowValues();
  const invisible = new InvisibleInKeys();
  const router = new GroupRouter(options.column, source.header);
  // --tally-by: each record's values by row as it passes, gathered per group as it is graded, counted as the group closes.
  const columns = options.tallyBy ?? [];
  const readers = tallyReaders(columns, source, tallyValueName([ruleSet], ctx.lang));
  const counted = new TallySummaries(ruleSet.grades, columns, ruleSet);
  const lotValues = new LotTallyValues(columns, ctx.lang);
  const rowValues = new Map<number, string[]>();
  const watched = watchColumn(source.items, options.column, source, blanks, invisible);
  const items =
    columns.length === 0
      ? watched
      : tapItems(watched, (item) =>
          rowValues.set(
            item.row,
            readers.map((r) => r.value(item)),
          ),
        );
  const member =
    columns.length === 0
      ? undefined
      : (m: { row: number }, key: string) => {
          lotValues.add(key, rowValues.get(m.row) ?? []);
          rowValues.delete(m.row);
        };
  try {
    if (!report) sink.write(writer.start());
    for await (const result of gradeGroups(
      items,
      options.column,
      split.gradeWithValues,
      model,
      source.header,
      router,
      member,
    )) {
      const reason = groupTallyReason(result);
      lots.add(result.grade, reason === 'invalid-record', reason);
      if (result.records.invalid > 0) invalid++;
      if (columns.length > 0) {
        counted.addEntry({
          grade: result.grade,
          invalid: reason === 'invalid-record',
          failing: [],
          ...(reason === undefined || reason === 'invalid-record' ? {} : { reason }),
          group: counted.key(lotValues.take(result.group)),
        });
      }
      if (result.group === NO_KEY) keyless = result.records.count;
      if (report) report.add(result);
      else if (sink.write(writer.write(result))) await sink.flush();
    }
    finished = true;
    if (!report) {
      sink.write(writer.end());
      await sink.end();
    }
  } catch (error) {
    await report?.discard();
    const closed = error instanceof OutputError && error.closed;
    // The reader went away (`| head`): as plain `grade`, a run stopped part-way exits with what it had found.
    if (closed && !finished)
      return closedOutputCode(invalid > 0 || keyless > 0 ? EXIT.problems : EXIT.ok, false);
    if (!closed) {
      // The input stopped the run (a key that comes back, a column no record has, bytes that are not UTF-8): every
      // group that closed before it is written, as docs/cli.md says of plain `grade` and the rows before, and
      // the format's end is not (a JSON array stays open), as plain `grade` leaves it.
      await sink.stoppedBy(error);
      throw error;
    }
  } finally {
    sink.discard();
  }
  const after = [
    ...groupByNotices(
      options.column,
      keyless,
      router.spellings.notice('--group-by', options.column),
      invisible,
      blanks,
    ),
    ...lotTallyNotices(counted, readers, lotValues, options.column, source.format),
  ];
  for (const notice of after) {
    if (notice === undefined) continue;
    ctx.err(notice[ctx.lang]);
    notices.push(notice);
  }
  for (const r of readers) r.check();
  await report?.finish(
    notices,
    counted.perColumn().map(({ column, summary }) => ({ column, counts: summary.counts() })),
  );
  if (options.summary) {
    ctx.err(groupsClosingLine(lots, ruleSet.grades, ctx.lang));
    if (columns.length > 0) {
      ctx.err(
        ctx.lang === 'zh'
          ? `以下按组计数：每个“${options.column}”组计一次，不是每条记录`
          : `The tables below count groups: each ${options.column} group once, not each record`,
      );
      for (const { column, summary } of counted.perColumn()) {
        const table = summary.formatGroups(ctx.lang, column);
        if (table) ctx.err(table);
      }
    }
    const provenance = provenanceLine(ruleSet.provenance, ctx.lang);
    if (provenance !== undefined) ctx.err(provenance);
  }
  return invalid > 0 || keyless > 0 ? EXIT.problems : EXIT.ok;
}

/**
 * What a tally of groups says once (with or without the summary): the groups whose records disagree on a
 * column, then per column what `grade --tally-by` says of its values (more than the bound, no value in any
 * JSON record, names written once per block, other spellings, invisible characters).
 */
function lotTallyNotices(
  counted: TallySummaries,
  readers: readonly TallyReader[],
  lotValues: LotTallyValues,
  groupBy: string,
  format: InputFormat,
): (LocalizedText | undefined)[] {
  return [
    ...lotValues.notices(groupBy),
    ...counted.perColumn().flatMap(({ column, summary }, i) => {
      const counts = summary.counts();
      const reader = readers[i]!;
      return [
        tallyBoundNotice(column, counts),
        tallyNoValueNotice(column, counts, format),
        fillDownNotice('--tally-by', column, reader.blanks),
        reader.spellings.notice('--tally-by', column),
        reader.invisible.notice('--tally-by', column),
      ];
    }),
  ];
}
