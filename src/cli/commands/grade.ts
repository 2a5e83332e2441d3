import { type Command, Option } from 'commander';
import { createGrader } from '../../evaluate/create-grader';
import { gradeItems } from '../../evaluate/grade-items';
import { inProcessGradeStage } from '../../evaluate/grade-stage';
import { loadRuleSet } from '../../load/load-rule-set';
import { BatchSummary } from '../../report/batch-summary';
import { GradeWorkbook } from '../../report/xlsx/grade-workbook';
import { writeXlsxOutput, xlsxOutputPath } from '../../report/xlsx/xlsx-output-file';
import type { CliContext } from '../context';
import { addInputOptions, type InputOptions, openRecords } from '../input-options';
import { OutputSink } from '../output/output-sink';
import { createResultWriter, RESULT_FORMATS, type ResultFormat } from '../output/result-writer';
import { writeRowsOnWorkers } from '../pipeline/worker-rows';
import { createProgress } from '../progress';
import { EXIT, UsageError } from '../usage-error';

interface GradeOptions extends InputOptions {
  rules: string;
  format: ResultFormat | 'xlsx';
  output?: string;
  summary: boolean;
  progress: boolean;
  workers: number;
}

/** `qgrade grade --rules <id|path> <input>`: grade records as a stream, one result per input row, in input order. */
export function registerGrade(program: Command, context: () => CliContext): void {
  const command = program
    .command('grade')
    .description(
      'grade the records of a JSON, NDJSON or CSV file (or stdin) against a rule set, one result per input row',
    )
    .requiredOption('-r, --rules <id|path>', 'bundled rule-set id or rule file')
    .addOption(
      new Option('-f, --format <format>', 'output: table, json, ndjson, csv, markdown, or xlsx (with -o)')
        .choices([...RESULT_FORMATS, 'xlsx'])
        .default('table'),
    )
    .option('-o, --output <file>', 'the file -f xlsx writes the workbook to (other formats print to stdout)');
  addInputOptions(command)
    .option('--no-summary', 'no closing summary on stderr')
    .option('--no-progress', 'no progress bar on stderr (it only shows on a terminal anyway)')
    .option(
      '-w, --workers <n>',
      'grade and write on n worker threads (for large inputs on several cores)',
      parseWorkers,
      1,
    )
    .argument('<input>', 'records: a .json array, .ndjson, .csv, .tsv or .xlsx file, or - for stdin')
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

Every input row gives one output row, numbered ("row") in input order; a row that cannot be read
or a record that is not valid becomes an error row, and grading goes on. A summary (records per
grade, not graded, invalid, most frequent failing criteria) closes the run on stderr.
CSV cells are converted by the rule set's indicator types; see docs/cli.md.

Exit codes: 0 every record valid, 1 some records invalid, 2 usage error or a rule set that does not load.`,
    )
    .action(async (input: string, options: GradeOptions) => {
      const ctx = context();
      if (options.format === 'xlsx') return gradeToWorkbook(input, options, ctx);
      if (options.output !== undefined) {
        throw new UsageError(
          '-o is for -f xlsx; the other formats print to stdout (redirect it with > file)',
        );
      }
      const format = options.format;
      const ruleSet = await loadRuleSet(options.rules);
      const grader = createGrader(ruleSet);
      const source = await openRecords(input, options, ruleSet.indicators);
      const writer = createResultWriter(format, ruleSet, ctx);
      const sink = new OutputSink(process.stdout);
      const summary = new BatchSummary(ruleSet.grades);
      const progressOptions: Parameters<typeof createProgress>[0] = {
        // Rows printed to the terminal show the progress themselves, and a bar would garble them.
        enabled: options.progress && process.stdout.isTTY !== true,
        bytesRead: source.bytesRead,
        lang: ctx.lang,
      };
      if (source.size !== undefined) progressOptions.total = source.size;
      const progress = createProgress(progressOptions);
      let rows = 0;
      let started = false;
      try {
        if (options.workers > 1) {
          // Grading and writing on worker threads; this thread reads the input and counts.
          sink.write(writer.start());
          const template = {
            source: { pathOrId: options.rules },
            format,
            lang: ctx.lang,
            width: ctx.width,
            color: ctx.color,
          };
          for await (const written of writeRowsOnWorkers(source.items, template, {
            workers: options.workers,
          })) {
            for (const entry of written.entries) summary.addEntry(entry);
            rows += written.entries.length;
            await sink.writeBytes(written.bytes);
            progress.update(rows);
          }
          sink.write(createResultWriter(format, ruleSet, ctx, { continues: rows > 0 }).end());
        } else {
          for await (const result of gradeItems(source.items, inProcessGradeStage(grader), ruleSet)) {
            if (!started) {
              sink.write(writer.start());
              started = true;
            }
            summary.add(result);
            if (sink.write(writer.write(result))) await sink.flush();
            progress.update(++rows);
          }
          if (!started) sink.write(writer.start());
          sink.write(writer.end());
        }
        await sink.flush();
      } finally {
        progress.done();
      }
      if (options.summary) ctx.err(summary.format(ctx.lang));
      process.exitCode = summary.counts().invalid > 0 ? EXIT.problems : EXIT.ok;
    });
}

/** `-f xlsx -o <file>`: grades on this thread, gathering the workbook, and writes it at the end. */
async function gradeToWorkbook(input: string, options: GradeOptions, ctx: CliContext): Promise<void> {
  const path = xlsxOutputPath(options.output);
  if (options.workers > 1) {
    throw new UsageError(
      '-f xlsx grades on one thread (the workbook is written whole at the end): leave out --workers',
    );
  }
  const ruleSet = await loadRuleSet(options.rules);
  const source = await openRecords(input, options, ruleSet.indicators);
  const summary = new BatchSummary(ruleSet.grades);
  const book = new GradeWorkbook(ruleSet, { lang: ctx.lang });
  const progressOptions: Parameters<typeof createProgress>[0] = {
    enabled: options.progress,
    bytesRead: source.bytesRead,
    lang: ctx.lang,
  };
  if (source.size !== undefined) progressOptions.total = source.size;
  const progress = createProgress(progressOptions);
  let rows = 0;
  try {
    for await (const result of gradeItems(
      source.items,
      inProcessGradeStage(createGrader(ruleSet)),
      ruleSet,
    )) {
      summary.add(result);
      book.add(result);
      progress.update(++rows);
    }
  } finally {
    progress.done();
  }
  await writeXlsxOutput(path, await book.toBuffer(summary.counts()));
  if (options.summary) ctx.err(summary.format(ctx.lang));
  process.exitCode = summary.counts().invalid > 0 ? EXIT.problems : EXIT.ok;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--workers must be a whole number from 1 to 64, got "${value}"`);
  return n;
}
