import { type Command, Option } from 'commander';
import { createGrader } from '../../evaluate/create-grader';
import { gradeItems } from '../../evaluate/grade-items';
import { inProcessGradeStage } from '../../evaluate/grade-stage';
import type { GradeResult } from '../../explain/grade-result';
import { loadRuleSet } from '../../load/load-rule-set';
import { BatchSummary } from '../../report/batch-summary';
import { createGradeReport } from '../../report/html/grade-report';
import type { CliContext } from '../context';
import { addInputOptions, type InputOptions, openRecords } from '../input-options';
import { openHtmlOutput } from '../output/html-output';
import { OutputSink } from '../output/output-sink';
import { createResultWriter, RESULT_FORMATS, type ResultFormat } from '../output/result-writer';
import { writeRowsOnWorkers } from '../pipeline/worker-rows';
import { createProgress } from '../progress';
import { EXIT, UsageError } from '../usage-error';

interface GradeOptions extends InputOptions {
  rules: string;
  format: ResultFormat | 'html';
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
      new Option('-f, --format <format>', 'output: table, json, ndjson, csv, markdown or html (with -o)')
        .choices([...RESULT_FORMATS, 'html'])
        .default('table'),
    )
    .option('-o, --output <file>', 'with -f html: the report file to write');
  addInputOptions(command)
    .option('--no-summary', 'no closing summary on stderr')
    .option('--no-progress', 'no progress bar on stderr (it only shows on a terminal anyway)')
    .option(
      '-w, --workers <n>',
      'grade and write on n worker threads (for large inputs on several cores)',
      parseWorkers,
      1,
    )
    .argument('<input>', 'records: a .json array, .ndjson, .csv or .tsv file, or - for stdin')
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
  $ qgrade grade -r home-appliances/room-air-conditioner-energy -f html -o report.html examples/room-air-conditioners.json

Every input row gives one output row, numbered ("row") in input order; a row that cannot be read
or a record that is not valid becomes an error row, and grading goes on. A summary (records per
grade, not graded, invalid, most frequent failing criteria) closes the run on stderr.
CSV cells are converted by the rule set's indicator types; see docs/cli.md.

Exit codes: 0 every record valid, 1 some records invalid, 2 usage error or a rule set that does not load.`,
    )
    .action(async (input: string, options: GradeOptions) => {
      const ctx = context();
      const ruleSet = await loadRuleSet(options.rules);
      const grader = createGrader(ruleSet);
      const htmlOut = await openHtmlOutput(options.format, options.output, ctx.lang);
      const source = await openRecords(input, options, ruleSet.indicators);
      // The HTML report counts every result on this thread and lists the first ones, so it grades in-process.
      const report = htmlOut ? createGradeReport(ruleSet, { lang: ctx.lang, input }) : undefined;
      const writer = report
        ? {
            start: () => '',
            write: (r: GradeResult) => {
              report.add(r);
              return '';
            },
            end: () => '',
          }
        : createResultWriter(options.format as ResultFormat, ruleSet, ctx);
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
        if (options.workers > 1 && !report) {
          // Grading and writing on worker threads; this thread reads the input and counts.
          sink.write(writer.start());
          const template = {
            source: { pathOrId: options.rules },
            format: options.format as ResultFormat,
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
          sink.write(
            createResultWriter(options.format as ResultFormat, ruleSet, ctx, { continues: rows > 0 }).end(),
          );
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
        await htmlOut?.write(report!.render());
      } finally {
        progress.done();
      }
      if (options.summary) ctx.err(summary.format(ctx.lang));
      process.exitCode = summary.counts().invalid > 0 ? EXIT.problems : EXIT.ok;
    });
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--workers must be a whole number from 1 to 64, got "${value}"`);
  return n;
}
