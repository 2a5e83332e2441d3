import { type Command, Option } from 'commander';
import { bAlsoReads, bInUnitsOfA, bUnitFactors, unitSplitNotice } from '../../compare/b-also-reads';
import {
  createGroupComparison,
  type GroupComparison,
  type GroupGradeChange,
  type GroupPairStep,
  type GroupRecordMove,
  gradeGroupPairs,
  groupRecordMove,
  recordMoves,
} from '../../compare/compare-groups';
import { createComparison, type GradeChange } from '../../compare/compare-rule-sets';
import { createCompareTally, type TalliedChange } from '../../compare/compare-tally';
import { type FieldTwin, labelTwins, mapTwins, type SideUnread } from '../../compare/field-twins';
import { gradeDistribution } from '../../compare/grade-distribution';
import { type GradedPair, gradePairs } from '../../compare/grade-pairs';
import {
  createMovedLabels,
  type MovedReading,
  movedLabelNotice,
  movedReadingLine,
  valueNamer,
} from '../../compare/labels-moved';
import { createUnknownLabels, unknownLabelNotice } from '../../compare/labels-unknown';
import { limitKeysLine } from '../../compare/limit-keys';
import { matrixWithInvalid } from '../../compare/matrix-with-invalid';
import { createMovesByColumn } from '../../compare/moves-by-column';
import { nearLimitTally } from '../../compare/near-limits';
import { sideReading, splitBooleans, textRead } from '../../compare/side-reading';
import { sideExtraColumns, sideUnread } from '../../compare/side-reads';
import { createUntestedIndicators } from '../../compare/untested-indicators';
import { unchangedProvenanceNotice } from '../../diff/provenance-unchanged';
import { UsageError } from '../../errors/usage-error';
import { compileGrader } from '../../grade/create-grader';
import { fillDownNotice } from '../../grade/fill-down-notice';
import { groupByNoStatisticsNotice } from '../../grade/group-by-no-statistics-notice';
import { keylessNotice, NO_KEY } from '../../grade/group-key';
import { GroupRouter } from '../../grade/group-stream';
import { InvisibleInKeys } from '../../grade/invisible-key-notice';
import { addTallyColumn, tallyReaders, tapItems, watchColumn } from '../../grade/tally-column';
import { BlankBelowValues } from '../../input/blank-below-values';
import { type ColumnMapping, resolveColumns } from '../../input/column-mapping';
import type { InputItem } from '../../input/input-item';
import { readColumnMapping } from '../../input/read-column-mapping';
import type { RecordSource } from '../../input/read-records';
import type { AlsoReadBy } from '../../input/unit-mismatch';
import { resolveRuleSetPath } from '../../load/rule-file';
import { causeLimitsLine, causeUnits, specimenValues } from '../../report/cause-limits';
import { COMPARE_TEXT, compareClosingLine } from '../../report/compare-summary';
import { type ComparisonTextOptions, formatComparison } from '../../report/format-comparison';
import { formatComparisonMarkdown } from '../../report/format-comparison-markdown';
import { formatGroupComparison, groupClosingLine, groupHeadline } from '../../report/format-group-comparison';
import { groupDiffKeys, groupMoveLines } from '../../report/group-move-lines';
import { createCompareReport } from '../../report/html/compare-report';
import { createMoveReasons } from '../../report/move-reasons';
import { movedByChange } from '../../report/moved-by-change';
import { causeCountsJson, MOVED_MOST_LIMIT, movedMost } from '../../report/moved-most';
import { nearLimitRows } from '../../report/near-limit-lines';
import { comparisonNames, notedNames, tableNames } from '../../report/noted-names';
import { illustrativeNotices, provenanceLines } from '../../report/provenance-text';
import { comparisonWorkbook } from '../../report/xlsx/comparison-workbook';
import { bothIndicators } from '../../resolve/both-indicators';
import { loadRuleSet } from '../../resolve/load-rule-set';
import { type IndicatorInfo, modelOf, type RuleSet } from '../../resolve/rule-set';
import { type Language, type LocalizedText, localized } from '../../text/localized-text';
import { countText } from '../../text/number-text';
import { compareSideHeaders } from '../compare-side-headers';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { EXIT } from '../exit-codes';
import { addInputOptions, announceKept, type InputOptions, openRecords } from '../input-options';
import { LotTallyValues } from '../lot-tally-values';
import { inputProgress } from '../progress';
import { openMarkdownFile, openReportFile, REPORT_FORMATS, type ReportFormat } from '../report-file';
import { tallyBoundNotice } from '../tally-bound-notice';
import { tallyKeptAll } from '../tally-kept';
import { tallyNearValuesNotice } from '../tally-near-values-notice';
import { tallyNoValueNotice } from '../tally-no-value-notice';
import { tallyValueName } from '../tally-value-name';

interface CompareOptions extends InputOptions {
  format: 'table' | 'markdown' | 'json' | ReportFormat;
  groupBy?: string;
  /** Every `--tally-by` column, in the order given. */
  tallyBy?: string[];
  output?: string;
  summary: boolean;
  progress: boolean;
  /** Count the records near each changed limit (every record graded in full). */
  nearLimits?: boolean;
}

/** `qgrade compare <ruleSetA> <ruleSetB> <data>`: grade the same records with two rule sets and show what moved. */
/** The formats `compare -o` writes: the reports, and Markdown (which prints to stdout without it). */
const COMPARE_FILE_FORMATS = ['markdown', ...REPORT_FORMATS] as const;

export function registerCompare(program: Command, context: () => CliContext, runs: ActionRunner): void {
  const command = program
    .command('compare')
    .description(
      'grade the same records with two rule sets (e.g. two versions of a standard): the migration matrix and every record whose grade changed, with the requirements that moved it',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'table, markdown (GitHub tables for meeting notes) or json; or xlsx or html, to a file with -o',
      )
        .choices(['table', 'markdown', 'json', ...REPORT_FORMATS])
        .default('table'),
    )
    .option(
      '-o, --output <file>',
      'the file -f xlsx or -f html writes, or -f markdown instead of stdout (.md)',
    )
    .option(
      '-g, --group-by <column>',
      'also grade each group of records with the same value in this column (a lot, a month) as a unit under both rule sets, with their group statistics, and compare the groups; the input must be sorted by it',
    )
    .option(
      '--tally-by <column>',
      'also count, for each value of this column (a producer, a strength class: any column of the input), the records that moved up, down, kept their grade or are invalid under either rule set: a table after the summary, a field of -f json, a sheet of -f xlsx, a table of -f html (repeatable: one table per column)',
      addTallyColumn,
    );
  addInputOptions(command)
    .option(
      '--near-limits',
      "also count, per changed limit, the records within one unit of the last decimal B's limit writes (≥ 18.0: 0.1), meeting it and missing it: a table after the records moved per change, a field of -f json (nearLimits), a sheet of -f xlsx, a table of -f html; every record is then graded in full, which takes longer",
    )
    .option('--no-summary', 'no closing line on stderr')
    .option('--no-progress', 'no progress bar on stderr')
    .argument('<ruleSetA>', 'the rule set graded "from": bundled id or rule file')
    .argument('<ruleSetB>', 'the rule set graded "to": bundled id or rule file')
    .argument('<data>', 'records: a .json array, .ndjson, .csv, .tsv, .xlsx or .parquet file, or - for stdin')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade compare home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml examples/room-air-conditioners.json
  $ qgrade compare -f json home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml examples/room-air-conditioners.json
  $ qgrade compare -f html -o compare.html home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml examples/room-air-conditioners.json
  $ qgrade --lang zh compare -f markdown --tally-by 机组类型 home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml examples/air-conditioners-zh.xlsx -o notes.md
  $ qgrade --lang zh compare -f xlsx -o compare.xlsx home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml examples/air-conditioners-zh.csv
  $ qgrade compare --group-by lot building-materials/cement-lot-grade examples/cement-lot-grade-draft.yaml examples/cement-lot-samples.csv
  $ qgrade compare --tally-by lot building-materials/cement-lot-grade examples/cement-lot-grade-draft.yaml examples/cement-lot-samples.csv

--format markdown prints the table's content as GitHub-flavoured Markdown to paste into meeting notes:
the matrix, the summary, the records per grade, the --tally-by tables, the moved records with their causes
(a row each) and the invalid records; with --group-by the groups' comparison follows as tables.
With -o notes.md it writes that file instead (checked before any record is read, replaced only at the end).

--format json prints { total, changed, matrix, changes, invalid, causeCounts, ruleSetDiff }: matrix[gradeUnderA][gradeUnderB]
counts records ("null" = not graded), changes lists { row, from, to, criteria, causes, diff } for each
record whose grade differs, criteria naming the requirements whose outcome or limit differs between A
and B, causes those of them that moved it (of a grade at or below the higher of its two), and diff the keys of the entries of ruleSetDiff (what \`qgrade diff A B -f json\` prints) that moved it;
invalid lists { row, under, reason } for each record invalid under A, B or both ("a", "b", "both");
causeCounts lists { id, records, alone } for each requirement that moved records: how many (a record
moved by several counts under each) and how many it moved alone; unknownLabels (only when there are
such) { under, field, written, value, labelUnder, records, graded } the values records write by a
label only the other rule set knows, which leaves them invalid under "under"; movedLabels (only when
there are such) { field, written, a, b, records, changed } the cells A and B read as two different values
of one enum (an alias moved between values), also given on each change they concern.
CSV cells are converted by the indicator types of A (B's for indicators only B has); a yes/no
column whose labels differ between A and B is read by each with its own, as grade -r would. An indicator
renamed between A and B with the same label is read from one column under both names; a column with
a header of its own can be mapped to both: --map col=fieldOfA --map col=fieldOfB.
With --group-by, each run of rows with the same key is also graded as a unit under A and under B, and
the groups are compared: json adds groups { column, total, changed, up, down, sideways, invalidA, invalidB, matrix,
changes, a, b, criterionCounts }, each change { group, rows, from, to, direction, criteria, records,
invalidUnder?, heldBy?, alsoChanged?, diff } naming the group requirements that moved it, how many of its
records changed grade and those that hold it (heldBy: each with its causes and diff entries), a and b
{ graded, notGraded, ungraded } the groups not graded under each rule set and why, criterionCounts
{ id, failedUnderB, metUnderB, moved } each group requirement's changed outcomes over all groups. A key that comes back after its
group closed stops the run with exit code 2 (sort the input by the key); records with no key are
graded together as the last group, key "" ("(no value)"), and exit code 1 (as grade --group-by).
With --tally-by, the records of each value of the column (in order of first appearance, numbers in numeric order;
records with no value last, as "(no value)") are counted by how they moved: up, down, neither (only when some moved so),
unchanged (valid under both, same grade) and invalid (under A, B or both); these add up to the records.
json adds tally { column, groups, otherGroups, whole }, each group { key, total, up, down, sideways,
unchanged, invalid, upOne, upTwoOrMore, upFromNotGraded, downOne, downTwoOrMore, downToNotGraded }
(how far: one grade, two or more, from or to not graded). The first 1,000 values get a group each;
the records of later values are one, "(other)" (otherGroups, with after: 1000), and stderr says so.
The input need not be sorted. Given more than once, one table per column, in the order given; json
then has tallies, a list of such objects in that order, instead of tally. With --group-by too, the
groups are counted, each once (a group whose records give two values as "(mixed)"; tally.groupBy set).

${exitCodesHelp('compare', 'en')}`,
    )
    .action(
      runs(async (pathA: string, pathB: string, data: string, options: CompareOptions) => {
        const ctx = context();
        const inputs = [pathA, pathB, data, ...(options.mapFile === undefined ? [] : [options.mapFile])];
        // Markdown prints to stdout, or with `-o notes.md` goes to that file as a report does (committee-46).
        const file =
          options.format === 'markdown'
            ? options.output === undefined
              ? undefined
              : await openMarkdownFile(options.output, inputs)
            : await openReportFile(options.format, options.output, COMPARE_FILE_FORMATS, inputs);
        // No reader takes YAML: read as CSV, a rule file given third (the arguments mixed up) made every line an invalid row.
        if (options.inputFormat === undefined && /\.ya?ml$/i.test(data)) {
          throw new UsageError(
            localized(
              `${data} 是 YAML 文件，看起来是规则集而不是数据：参数顺序是 qgrade compare <规则集A> <规则集B> <数据>（数据为 CSV、TSV、JSON、NDJSON、.xlsx 或 Parquet）`,
              `${data} is a YAML file, which looks like a rule set, not data: the order is qgrade compare <ruleSetA> <ruleSetB> <data> (data is CSV, TSV, JSON, NDJSON, .xlsx or Parquet)`,
            ),
          );
        }
        const a = await loadRuleSet(pathA);
        const b = await loadRuleSet(pathB);
        const bundled = { a: await isBundled(pathA), b: await isBundled(pathB) };
        const shownA = describe(a, bundled.a, ctx.lang);
        const shownB = describe(b, bundled.b, ctx.lang);
        const mapped = mapTwins(options.map ?? [], a.indicators, b.indicators);
        const twins = [
          ...mapped.twins,
          ...labelTwins(a.indicators, b.indicators).filter(
            (t) => !mapped.twins.some((m) => m.a === t.a || m.b === t.b),
          ),
        ];
        const alsoRead = bAlsoReads(a, b, twins);
        // A boolean A and B read differently (its value labels) is read as text, each side converting it (hostile-24 W13).
        const split = splitBooleans(a.indicators, b.indicators);
        const both = textRead(bothIndicators(a, b, twins), split);
        // The header as each rule set alone reads it: a refusal of either stops compare, naming it; a column one
        // of them reads that the reading for both leaves unread (a symbol one side finds ambiguous) is mapped.
        const sides = await readSides(data, options, mapped.maps, a, b, twins, both, alsoRead, ctx);
        // The input's notices (a column to --map) go in the HTML report and the workbook too, whose reader does not see stderr.
        const notices: LocalizedText[] = [];
        const source = await openRecords(
          data,
          { ...options, map: [...mapped.maps, ...sides.maps] },
          both,
          ctx.io.stdin,
          ctx,
          alsoRead,
          (t) => notices.push(t),
          // A remark's unit (`制冷量单位 Btu/h`) is read by each side with its own indicators, below.
          true,
        );
        const unitSplit = unitSplitNotice(alsoRead, a);
        if (unitSplit) {
          ctx.err(unitSplit[ctx.lang]);
          // The report's reader sees moves a wrong unit makes, not stderr: it says so too (committee-27 M1).
          notices.push(unitSplit);
        }
        // Each side converts those cells and checks the unread columns with its own indicators, as its `grade` would.
        const reading = sideReading(source.items, {
          both,
          a: a.indicators,
          b: b.indicators,
          twins,
          split,
          format: source.format,
          kept: source.kept.columns,
          namedKept: source.kept.chosen === 'named' ? source.kept.columns : [],
          ...(source.header ? { header: source.header } : {}),
          // A field A and B read in units that convert (% and ‰): B grades A's values converted (committee-29 F1).
          factors: bUnitFactors(alsoRead, a),
        });
        const unread: SideUnread = { a: new Set(), b: new Set(), ...sides.unread, read: reading.read };
        announceKept(ctx, source);
        announceTwins(ctx, twins);
        if (options.groupBy === undefined) announceGroups(ctx, a, b);
        else {
          // Groups graded by their lowest record under a rule set without group requirements: "0 groups changed"
          // would read as "no producer affected" (committee-22 F3). Said as `grade --group-by` says it, and in the reports.
          const lowestOnly = groupByNoStatisticsNotice([modelOf(a), modelOf(b)], options.groupBy);
          if (lowestOnly) {
            ctx.err(lowestOnly[ctx.lang]);
            notices.push(lowestOnly);
          }
        }
        const comparison = createComparison(a, b);
        const tallyBy = options.tallyBy ?? [];
        const page =
          options.format === 'html'
            ? createCompareReport(a, b, {
                lang: ctx.lang,
                input: data,
                groupBy: options.groupBy,
                bundled,
                ...(tallyBy.length === 0 ? {} : { tallyBy: tallyBy.length === 1 ? tallyBy[0]! : tallyBy }),
              })
            : undefined;
        const tally = createCompareTally(a, b);
        // A's requirement ids: one B adds is counted near its limit too (committee-40 M8).
        const near = options.nearLimits
          ? nearLimitTally(
              new Set([...modelOf(a).scope, ...modelOf(a).criteria].map((c) => c.id)),
              // Each limit with the row of B's table it is read from (a diameter band) and its unit (committee-46).
              modelOf(b),
            )
          : undefined;
        const readers = tallyReaders(tallyBy, source, tallyValueName([a, b], ctx.lang));
        // One table per --tally-by column, in the order given.
        // With --group-by, the groups (lots) are counted, each under its records' value (mixed when they disagree).
        const moves = tallyBy.map((c) => createMovesByColumn(a, b, c, undefined, options.groupBy));
        const lotValues = new LotTallyValues(tallyBy, ctx.lang);
        // Each item's values in the --tally-by columns, read as the item goes to the graders, by row.
        const values = new Map<number, string[]>();
        // And each item itself, by row, until its pair is graded: what a record wrote under a label only one
        // rule set knows (committee-22 F1).
        const given = new Map<number, InputItem>();
        // B's new indicators no record gives: their requirements were not tested (committee-24 F5).
        const untested = createUntestedIndicators(a.indicators, b.indicators, modelOf(b), twins);
        const items = tapItems(reading.items, (item) => {
          given.set(item.row, item);
          if ('record' in item) untested.add(item.record);
          if (readers.length > 0)
            values.set(
              item.row,
              readers.map((r) => r.value(item)),
            );
        });
        const labels = createUnknownLabels(modelOf(a), modelOf(b));
        // Cells A and B read as two values of one enum (an alias moved between values), by changed row (hostile-23 M5).
        const movedLabels = createMovedLabels(modelOf(a), modelOf(b));
        const namer = valueNamer(modelOf(a), modelOf(b));
        const readings = new Map<number, MovedReading[]>();
        // Requirement id → changed records it moved only because a cell it reads is read as another value under B.
        const movedByLabel = new Map<string, number>();
        // Why each changed record moved (its limits' keys, the diff entries that moved it), as the studio says it.
        const reasons = createMoveReasons(a, b, ctx.lang);
        const limitKeys = new Map<number, string>();
        const diff = reasons.diff;
        // A draft whose limits changed under its source's provenance (committee-34 M8).
        const stale = unchangedProvenanceNotice(diff);
        if (stale) ctx.err(stale[ctx.lang]);
        const causes = new Map<number, TalliedChange>();
        // For the workbook and the text: each cause's value and its limit and outcome under A and B, as the HTML shows them.
        const limitLines = new Map<number, string[]>();
        const names = comparisonNames(a, b);
        // Each requirement's rule-file note (工作组拟定值, 示例数值), beside its name where a record's causes are listed.
        const noted = notedNames(a, b, ctx.lang, names);
        // The rule-set changes that moved a record, one line each, in every format (enterprise-25 F3).
        const whyLines = (row: number) => reasons.why(row);
        const progress = inputProgress(ctx, source, options.progress);
        const groups =
          options.groupBy === undefined ? undefined : createGroupComparison(a, b, options.groupBy);
        const groupWhy = new Map<GroupGradeChange, string[]>();
        // Each changed group's rule-set diff entries (its requirements' and its holding records'), for the JSON and the per-change counts.
        const groupChanged = new Map<GroupGradeChange, string[]>();
        const pendingMoves = new Map<number, GroupRecordMove>();
        const nameOf = (id: string) => names.get(id)?.[ctx.lang] ?? id;
        // The reports for people list each changed record with its --tally-by value, as --keep would; JSON as it was.
        const withTally =
          options.format === 'json'
            ? <R>(r: R) => r
            : tallyKeptAll(tallyBy, source, [...a.indicators, ...b.indicators], options.keep);
        let rows = 0;
        let keyless = 0;
        // With --group-by: names written once per block put the records below them in the keyless group.
        const groupBlanks = new BlankBelowValues();
        const groupInvisible = new InvisibleInKeys();
        // Its keys merged with another spelling (Ｌ1 for L1) are said, as grade --group-by says them (hostile-36 F3).
        const groupRouter =
          options.groupBy === undefined ? undefined : new GroupRouter(options.groupBy, source.header);
        try {
          const steps = gradeSteps(
            a,
            b,
            source,
            items,
            options.groupBy,
            twins,
            groupBlanks,
            unread,
            groupInvisible,
            options.nearLimits === true,
            groupRouter,
          );
          for await (const step of steps) {
            if ('groups' in step) {
              const { a: groupA, b: groupB, records: count, changedRows } = step.groups;
              if (groupA.group === NO_KEY) keyless = groupA.records.count;
              // Its changed records, each with its causes: those that hold it name why it moved (committee-34 M1).
              const held = recordMoves(changedRows, pendingMoves);
              const change = groups!.add(groupA, groupB, count, held);
              if (change) {
                groupWhy.set(
                  change,
                  groupMoveLines(
                    change,
                    groupA,
                    groupB,
                    { a: a.grades, b: b.grades },
                    ctx.lang,
                    nameOf,
                    whyLines,
                  ),
                );
                groupChanged.set(change, groupDiffKeys(change, diff));
              }
              const lotValue = moves.length > 0 ? lotValues.take(groupA.group) : [];
              for (const [i, m] of moves.entries()) m.addGroup(lotValue[i] ?? '', groupA, groupB);
              page?.addGroup(groupA, groupB, count, held, lotValue);
              continue;
            }
            const value = values.get(step.pair.row) ?? [];
            values.delete(step.pair.row);
            const item = given.get(step.pair.row);
            given.delete(step.pair.row);
            const record = item && 'record' in item ? item.record : undefined;
            if (item && 'record' in item) labels.add(item.record, step.pair.a, step.pair.b);
            const moved =
              item && 'record' in item ? movedLabels.add(item.record, step.pair.a, step.pair.b) : [];
            const pair = { ...step.pair, a: withTally(step.pair.a, value), b: withTally(step.pair.b, value) };
            const change = comparison.add(pair.a, pair.b, pair.row);
            const tallied = tally.add(pair.a, pair.b);
            near?.add(pair.a, pair.b, record);
            untested.graded(pair.b, change && tallied ? tallied.causes : undefined);
            if (step.group !== undefined) {
              if (moves.length > 0) lotValues.add(step.group, value);
            } else for (const [i, m] of moves.entries()) m.add(value[i] ?? '', pair.a, pair.b);
            const keys = reasons.limitKeys(change, tallied, record);
            if (keys !== undefined && options.format !== 'html') limitKeys.set(step.pair.row, keys);
            const movedLines = change ? moved.map((r) => movedReadingLine(r, ctx.lang, namer)) : [];
            if (change && tallied) {
              causes.set(change.row, tallied);
              if (moved.length > 0) {
                readings.set(change.row, moved);
                const fields = new Set(moved.map((r) => r.field));
                for (const id of tallied.causes) {
                  const field = pair.a.criteria.find((c) => c.id === id)?.indicator;
                  if (field != null && fields.has(field))
                    movedByLabel.set(id, (movedByLabel.get(id) ?? 0) + 1);
                }
              }
              // Each cause's value and its limit and outcome under A and B: in the workbook's column and under
              // the record in the text (committee-24 F10), a count of specimens as its count (F12).
              if (
                (options.format === 'xlsx' || options.format === 'table' || options.format === 'markdown') &&
                change.criteria.length > 0
              ) {
                const lines = tallied.causes.map((id) => {
                  const ca = pair.a.criteria.find((c) => c.id === id);
                  const cb = pair.b.criteria.find((c) => c.id === id);
                  const field = cb?.indicator ?? ca?.indicator;
                  return causeLimitsLine(
                    noted(id),
                    ca,
                    cb,
                    ctx.lang,
                    field == null ? undefined : specimenValues(record, field),
                    causeUnits(a, b, ca, cb),
                  );
                });
                limitLines.set(change.row, options.format === 'xlsx' ? [...movedLines, ...lines] : lines);
              }
              reasons.add(change, tallied, pair, record);
              if (groups)
                pendingMoves.set(
                  change.row,
                  groupRecordMove({ ...change, causes: tallied.causes }, reasons.movedBy(change.row)),
                );
            }
            // After its causes are known: the page shows the rule-set changes that moved it, as the text does.
            page?.add(
              pair.a,
              pair.b,
              pair.row,
              value,
              keys,
              movedLines,
              record,
              change ? whyLines(change.row) : [],
            );
            progress.update(++rows);
          }
          for (const r of readers) r.check();
        } finally {
          progress.done();
        }
        if (keyless > 0 && options.groupBy !== undefined)
          ctx.err(keylessNotice(keyless, options.groupBy)[ctx.lang]);
        const groupFillDown =
          options.groupBy === undefined
            ? undefined
            : fillDownNotice('--group-by', options.groupBy, groupBlanks);
        const groupInvisibleNotice =
          options.groupBy === undefined ? undefined : groupInvisible.notice('--group-by', options.groupBy);
        const groupSpellings =
          options.groupBy === undefined
            ? undefined
            : groupRouter?.spellings.notice('--group-by', options.groupBy);
        for (const notice of [groupSpellings, groupFillDown, groupInvisibleNotice]) {
          if (!notice) continue;
          ctx.err(notice[ctx.lang]);
          notices.push(notice);
        }
        // Records invalid under one side for a value's name the other knows: said once each, on stderr and in the reports.
        const unknownLabels = labels.result();
        const moved = movedLabels.result();
        const labelNotices = [
          ...untested.notices(),
          ...unknownLabels.map(unknownLabelNotice),
          ...moved.map((m) => movedLabelNotice(m, namer)),
        ];
        for (const notice of labelNotices) {
          // The table prints it under its summary figures; the other formats' reader sees stderr and the report.
          if (options.format !== 'table' && options.format !== 'markdown') ctx.err(notice[ctx.lang]);
          notices.push(notice);
        }
        const result = comparison.result();
        const grouped = groups?.result();
        const counts = tally.counts();
        const byColumns = moves.map((m) => m.result());
        // The name column keeps a short note beside the name; a long one goes under the table (committee-39 M4).
        const inTable = tableNames(a, b, ctx.lang, names);
        const most = movedMost(
          tally.causeCounts(),
          (id) => movedMostName(inTable.name(id), movedByLabel.get(id) ?? 0, ctx.lang),
          tally.aloneCounts(),
          MOVED_MOST_LIMIT,
          inTable.note,
        );
        // Records moved per edition change, the rule set's comparison method as one change (committee-24 F4).
        const byChange = reasons.byChange();
        page?.movedByChange(byChange);
        // How many records sit near each changed limit, meeting and missing it (committee-35 M5).
        const nearLimits = near?.result();
        const nearRows = nearLimitRows(
          nearLimits ?? [],
          noted,
          ctx.lang,
          (n) => modelOf(b).indicators.find((i) => i.name === n)?.label[ctx.lang] ?? n,
        );
        page?.nearLimits(nearRows);
        // Groups moved per edition change, as the records' (committee-34 M1).
        const groupsByChange = grouped
          ? movedByChange(groupChanged.values(), diff, { a: a.comparison, b: b.comparison }, ctx.lang)
          : [];
        page?.groupsByChange(groupsByChange);
        page?.ruleSetChanges(reasons.ruleSetChanges());
        // Lots whose records give two values of a --tally-by column: counted as mixed, said so.
        const mixedLots = options.groupBy === undefined ? [] : lotValues.notices(options.groupBy);
        for (const notice of mixedLots) ctx.err(notice[ctx.lang]);
        // The report shows the tally the names left blank (or near-equal names split) skew: it says so too.
        const shown = [...notices, ...mixedLots];
        for (const [i, byColumn] of byColumns.entries()) {
          const fillDown = fillDownNotice('--tally-by', byColumn.column, readers[i]!.blanks);
          const pooled = readers[i]!.spellings.notice('--tally-by', byColumn.column);
          // Its counts are of records ("2 条"): said of a tally of records only.
          const near =
            options.groupBy === undefined
              ? tallyNearValuesNotice(byColumn.column, byColumn.groups)
              : undefined;
          const invisible = readers[i]!.invisible.notice('--tally-by', byColumn.column);
          for (const notice of [
            tallyBoundNotice(byColumn.column, byColumn),
            tallyNoValueNotice(byColumn.column, byColumn, source.format),
            fillDown,
            pooled,
            near,
            invisible,
          ])
            if (notice) ctx.err(notice[ctx.lang]);
          for (const notice of [fillDown, pooled, near, invisible]) if (notice) shown.push(notice);
        }
        for (const notice of shown) page?.notice(notice);
        if (page) await file!.write(page.render());
        else if (options.format === 'xlsx') {
          await file!.write(
            await comparisonWorkbook(result, shownA, shownB, {
              lang: ctx.lang,
              counts,
              causes: (c) => causes.get(c.row),
              names,
              limits: (c) => [...(limitLines.get(c.row) ?? []), ...whyLines(c.row)],
              ruleSetChanges: reasons.ruleSetChanges(),
              // A column only when some record's limits depend on a key (a banded table, a `when`).
              ...(limitKeys.size > 0 ? { limitKeys: (c: GradeChange) => limitKeys.get(c.row) ?? '' } : {}),
              movedMost: most,
              movedByChange: byChange,
              nearLimits: nearRows,
              // The workbook is what gets forwarded: it says so when a rule set's thresholds are illustrative, as the HTML does.
              // And that B's provenance is still A's (committee-39 M1), as the HTML report says under B.
              ruleSetNotes: [...illustrativeTexts(a, b), ...(stale ? [stale] : [])],
              notices: shown,
              // One column: the one sheet as before; several: a sheet each, named by its column.
              ...(byColumns.length > 0 ? { moves: byColumns.length === 1 ? byColumns[0]! : byColumns } : {}),
              ...(grouped
                ? {
                    groups: grouped,
                    groupWhy: (c: GroupGradeChange) => groupWhy.get(c) ?? [],
                    groupsByChange,
                  }
                : {}),
            }),
          );
        } else if (options.format === 'json') {
          const changes = result.changes.map((c) => {
            const read = readings.get(c.row);
            return { ...c, diff: reasons.movedBy(c.row) ?? [], ...(read ? { movedLabels: read } : {}) };
          });
          // The reports' matrix (nonconforming apart) stays out of JSON; its `matrix` keeps invalid records apart (committee-29 M3).
          const { shown: _shown, ...plain } = result;
          ctx.out(
            JSON.stringify(
              {
                ...plain,
                matrix: matrixWithInvalid(result),
                changes,
                causeCounts: causeCountsJson(tally.causeCounts(), tally.aloneCounts()),
                // Per changed limit, the records within one written unit of B's limit (committee-35 M5): an addition.
                ...(nearLimits ? { nearLimits } : {}),
                // Records per grade under A and under B, invalid apart (committee-27 F1): an addition.
                distribution: gradeDistribution(matrixWithInvalid(result), a, b),
                ...(unknownLabels.length > 0 ? { unknownLabels } : {}),
                ...(moved.length > 0 ? { movedLabels: moved } : {}),
                ...(grouped
                  ? {
                      groups: {
                        // The reports' groups matrix (failing lots apart) stays out of JSON, as the records' does.
                        ...withoutShown(grouped),
                        changes: grouped.changes.map((c) => ({ ...c, diff: groupChanged.get(c) ?? [] })),
                      },
                    }
                  : {}),
                // One column: `tally` as ever; several: `tallies`, one such object per column, in the order given.
                ...(byColumns.length === 1 ? { tally: byColumns[0] } : {}),
                ...(byColumns.length > 1 ? { tallies: byColumns } : {}),
                ruleSetDiff: diff,
              },
              null,
              2,
            ),
          );
        } else {
          const keyLine = (c: GradeChange) => {
            const keys = limitKeys.get(c.row);
            return keys === undefined ? [] : [limitKeysLine(keys, ctx.lang)];
          };
          const why = (c: GradeChange) => [
            ...keyLine(c),
            ...(readings.get(c.row) ?? []).map((r) => movedReadingLine(r, ctx.lang, namer)),
            ...(limitLines.get(c.row) ?? []),
            ...whyLines(c.row),
          ];
          const textOptions: ComparisonTextOptions = {
            counts,
            causes: (c) => causes.get(c.row),
            why,
            names,
            invalidReasons: tally.invalidReasons(),
            notes: labelNotices.map((t) => t[ctx.lang]),
            movedMost: most,
            movedByChange: byChange,
            nearLimits: nearRows,
            // How sure each side's figures are, as grade's summary closes with it (committee-24 F14).
            ruleSetNotes: [...illustrativeNotices(a, b, ctx.lang), ...provenanceLines(a, b, ctx.lang)],
            ...(byColumns.length > 0 ? { moves: byColumns } : {}),
          };
          const groupText =
            grouped && options.format !== 'markdown'
              ? formatGroupComparison(
                  grouped,
                  shownA,
                  shownB,
                  ctx.lang,
                  names,
                  (c) => groupWhy.get(c) ?? [],
                  groupsByChange,
                )
              : undefined;
          if (options.format === 'markdown') {
            // The groups' headline leads, as in the terminal's text (committee-29 M5); their tables close.
            const groupsShown = grouped
              ? {
                  comparison: grouped,
                  why: (c: GroupGradeChange) => groupWhy.get(c) ?? [],
                  byChange: groupsByChange,
                }
              : undefined;
            const text = formatComparisonMarkdown(result, shownA, shownB, ctx.lang, textOptions, groupsShown);
            if (file) await file.write(text);
            else ctx.out(text);
          } else {
            // A lot-grading standard's answer is its lots: their figures and changes lead (committee-29 M5).
            if (grouped) ctx.out(`${groupHeadline(grouped, shownA, shownB, ctx.lang, names).join('\n')}\n`);
            ctx.out(formatComparison(result, shownA, shownB, ctx.lang, textOptions));
            if (groupText !== undefined) ctx.out(`\n${groupText}`);
          }
        }
        if (options.summary) {
          ctx.err(compareClosingLine(counts, ctx.lang, result.invalid));
          if (grouped) ctx.err(groupClosingLine(grouped, ctx.lang));
        }
        // Records with no --group-by key make grade --group-by exit 1 under either rule set; so does compare.
        const ungrouped = options.groupBy !== undefined && keyless > 0;
        return counts.a.invalid + counts.b.invalid > 0 || ungrouped ? EXIT.problems : EXIT.ok;
      }),
    );
}

/**
 * A requirement's name in "criteria that moved records most often", saying how many of its records it moved
 * only because B reads a cell it judges as another value (an alias moved between values: hostile-23 M5).
 */
function movedMostName(name: string, byLabel: number, lang: Language): string {
  if (byLabel === 0) return name;
  const n = countText(byLabel);
  return lang === 'zh'
    ? `${name}（其中 ${n} 条：B 把单元格读作另一个值，见 valueLabels）`
    : `${name} (${n} of them: B reads a cell as another value, see valueLabels)`;
}

/** Each record graded under A and B, and with `--group-by` each group as it closes. */
function gradeSteps(
  a: RuleSet,
  b: RuleSet,
  source: RecordSource,
  items: AsyncIterable<InputItem>,
  column: string | undefined,
  twins: readonly FieldTwin[],
  blanks: BlankBelowValues,
  unread: SideUnread | undefined,
  invisible: InvisibleInKeys,
  full: boolean,
  router: GroupRouter | undefined,
): AsyncIterable<GroupPairStep> {
  if (column === undefined)
    return pairsOnly(gradePairs(items, compileGrader(a), compileGrader(b), twins, unread, full));
  const side = (r: RuleSet) => ({ grade: compileGrader(r).gradeWithValues, model: modelOf(r) });
  const watched = watchColumn(items, column, source, blanks, invisible);
  return gradeGroupPairs(watched, column, side(a), side(b), source.header, twins, unread, router);
}

/**
 * What each side reads of the input's header ({@link compareSideHeaders}): the maps the reading for both
 * needs to give a column one side alone reads, and the fields each side does not read.
 */
async function readSides(
  data: string,
  options: CompareOptions,
  maps: readonly string[],
  a: RuleSet,
  b: RuleSet,
  twins: readonly FieldTwin[],
  both: readonly IndicatorInfo[],
  alsoRead: AlsoReadBy,
  ctx: CliContext,
): Promise<{ maps: string[]; unread?: SideUnread }> {
  const mapping = await readColumnMapping(maps, options.mapFile);
  const side = await compareSideHeaders(
    data,
    options,
    mapping,
    a.indicators,
    // A unit that converts (A %, B ‰) is read in A's, as the reading for both reads it (committee-29 F1).
    bInUnitsOfA(alsoRead, a, b.indicators),
    twins,
    { indicators: both, alsoRead },
    ctx.io.stdin,
  );
  if (side === undefined) return { maps: [] };
  const fieldsFor = (m: ColumnMapping): string[] | undefined => {
    try {
      return resolveColumns(side.cells, m, both, undefined, undefined, alsoRead);
    } catch {
      return undefined;
    }
  };
  // A header the reading for both refuses (a unit A and B read differently) is refused as it is, not mapped round.
  const plain = fieldsFor(mapping);
  if (plain === undefined) return { maps: [] };
  const extra = sideExtraColumns(side, plain, a.indicators, b.indicators, twins);
  const withExtra = new Map([...mapping, ...extra]);
  const fields = fieldsFor(withExtra);
  return {
    maps: [...extra].map(([column, field]) => `${column}=${field}`),
    ...(fields === undefined ? {} : { unread: sideUnread(side, fields, a.indicators, b.indicators, twins) }),
  };
}

/** Says on stderr which value each rule set reads under its own name (an indicator renamed between them). */
function announceTwins(ctx: CliContext, twins: readonly FieldTwin[]): void {
  for (const t of twins) {
    const by = t.by === undefined ? undefined : 'column' in t.by ? t.by : { label: t.by.label[ctx.lang] };
    const zhWhy =
      by === undefined ? '' : 'column' in by ? `--map 把列“${by.column}”映射到两者` : `标签同为“${by.label}”`;
    const enWhy =
      by === undefined
        ? ''
        : 'column' in by
          ? `--map maps the column "${by.column}" to both`
          : `same label "${by.label}"`;
    ctx.err(
      ctx.lang === 'zh'
        ? `A 的指标 ${t.a} 与 B 的指标 ${t.b} 视为同一数值（${zhWhy}）：记录给出其一，A 下读作 ${t.a}，B 下读作 ${t.b}`
        : `A's indicator ${t.a} and B's ${t.b} are read as one value (${enWhy}): a record giving either gives ${t.a} under A and ${t.b} under B`,
    );
  }
}

async function* pairsOnly(pairs: AsyncIterable<GradedPair>): AsyncGenerator<GroupPairStep> {
  for await (const pair of pairs) yield { pair };
}

/**
 * A rule set as the reports' A:/B: lines name it: a bundled one by the id given and "bundled", not by its
 * install path (`/usr/lib/node_modules/qgrade/rules/….yaml`, committee-45); a file by its path.
 */
function describe(r: RuleSet, bundled: boolean, lang: Language) {
  return {
    id: r.id,
    version: r.version,
    file: bundled ? COMPARE_TEXT.bundled[lang] : r.file,
    grades: r.grades,
  };
}

/** Whether a rule-set argument named a bundled rule set by its id (no file of that name here). */
async function isBundled(given: string): Promise<boolean> {
  return (await resolveRuleSetPath(given)) !== given;
}

/**
 * Without --group-by, compare grades record by record: a rule set's group requirements (a lot's CV, a pass rate) are not
 * compared, and a committee weighing a new lot limit must not read the silence as "no change".
 */
function announceGroups(ctx: CliContext, a: RuleSet, b: RuleSet): void {
  const ids = [...new Set([a, b].flatMap((r) => modelOf(r).group?.criteria.map((c) => c.id) ?? []))];
  if (ids.length === 0) return;
  const list = ctx.lang === 'zh' ? ids.join('、') : ids.join(', ');
  ctx.err(
    ctx.lang === 'zh'
      ? `compare 逐条记录比较，不比较组要求（${list}）：加上 --group-by <列> 可同时按组评级并比较各组`
      : `compare grades record by record and does not compare group requirements (${list}): add --group-by <column> to grade and compare the groups too`,
  );
}

/** {@link illustrativeNotices} in both languages, as the workbook's notices. */
function illustrativeTexts(a: RuleSet, b: RuleSet): LocalizedText[] {
  const zh = illustrativeNotices(a, b, 'zh');
  const en = illustrativeNotices(a, b, 'en');
  return zh.map((text, i) => localized(text, en[i]!));
}

/** A groups comparison without its reports' matrix (`shown`), as `compare -f json` writes it. */
function withoutShown(groups: GroupComparison): Omit<GroupComparison, 'shown'> {
  const { shown: _shown, ...plain } = groups;
  return plain;
}
