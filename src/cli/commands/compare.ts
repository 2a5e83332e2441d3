import { type Command, Option } from 'commander';
import { createComparison } from '../../compare/compare-rule-sets';
import { createGrader } from '../../evaluate/create-grader';
import { finishItem } from '../../evaluate/grade-items';
import { loadRuleSet } from '../../load/load-rule-set';
import type { IndicatorInfo, RuleSet } from '../../load/rule-set';
import { formatComparison } from '../../report/format-comparison';
import { createCompareReport } from '../../report/html/compare-report';
import type { CliContext } from '../context';
import { addInputOptions, type InputOptions, openRecords } from '../input-options';
import { openHtmlOutput } from '../output/html-output';
import { createProgress } from '../progress';
import { EXIT } from '../usage-error';

interface CompareOptions extends InputOptions {
  format: 'table' | 'json' | 'html';
  output?: string;
  summary: boolean;
  progress: boolean;
}

/** `qgrade compare <ruleSetA> <ruleSetB> <data>`: grade the same records with two rule sets and show what moved. */
export function registerCompare(program: Command, context: () => CliContext): void {
  const command = program
    .command('compare')
    .description(
      'grade the same records with two rule sets (e.g. two versions of a standard): the migration matrix and every record whose grade changed, with the requirements that moved it',
    )
    .addOption(
      new Option('-f, --format <format>', 'table, json or html (with -o)')
        .choices(['table', 'json', 'html'])
        .default('table'),
    )
    .option('-o, --output <file>', 'with -f html: the report file to write');
  addInputOptions(command)
    .option('--no-summary', 'no closing line on stderr')
    .option('--no-progress', 'no progress bar on stderr')
    .argument('<ruleSetA>', 'the rule set graded "from": bundled id or rule file')
    .argument('<ruleSetB>', 'the rule set graded "to": bundled id or rule file')
    .argument('<data>', 'records: a .json array, .ndjson, .csv or .tsv file, or - for stdin')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade compare home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml examples/room-air-conditioners.json
  $ qgrade compare -f json home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml examples/room-air-conditioners.json
  $ qgrade compare -f html -o compare.html home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml examples/room-air-conditioners.json

--format json prints { total, changed, matrix, changes }: matrix[gradeUnderA][gradeUnderB] counts
records ("null" = not graded), changes lists { row, from, to, criteria } for each record whose
grade differs, criteria naming the requirements whose outcome or limit differs between A and B.
CSV cells are converted by the indicator types of A (B's for indicators only B has).

Exit codes: 0 every record valid under both, 1 some record invalid under either, 2 usage error or a rule set that does not load.`,
    )
    .action(async (pathA: string, pathB: string, data: string, options: CompareOptions) => {
      const ctx = context();
      const a = await loadRuleSet(pathA);
      const b = await loadRuleSet(pathB);
      const graderA = createGrader(a);
      const graderB = createGrader(b);
      const htmlOut = await openHtmlOutput(options.format, options.output, ctx.lang);
      const source = await openRecords(data, options, indicatorsOf(a, b));
      const comparison = createComparison(a, b);
      const report = htmlOut ? createCompareReport(a, b, { lang: ctx.lang, input: data }) : undefined;
      const progressOptions: Parameters<typeof createProgress>[0] = {
        enabled: options.progress,
        bytesRead: source.bytesRead,
        lang: ctx.lang,
      };
      if (source.size !== undefined) progressOptions.total = source.size;
      const progress = createProgress(progressOptions);
      let invalidA = 0;
      let invalidB = 0;
      let rows = 0;
      try {
        for await (const item of source.items) {
          const record = 'unreadable' in item ? null : item.record;
          const resultA = finishItem(item, graderA.gradeSync(record), a);
          const resultB = finishItem(item, graderB.gradeSync(record), b);
          if (resultA.errors) invalidA++;
          if (resultB.errors) invalidB++;
          comparison.add(resultA, resultB, item.row);
          report?.add(resultA, resultB, item.row);
          progress.update(++rows);
        }
      } finally {
        progress.done();
      }
      const result = comparison.result();
      if (report) await htmlOut?.write(report.render());
      else if (options.format === 'json') ctx.out(JSON.stringify(result, null, 2));
      else ctx.out(formatComparison(result, describe(a), describe(b), ctx.lang));
      if (options.summary) {
        ctx.err(
          ctx.lang === 'zh'
            ? `共 ${result.total} 条记录，等级变化 ${result.changed} 条；A 下无效 ${invalidA} 条，B 下无效 ${invalidB} 条`
            : `${result.total} records, ${result.changed} changed grade; invalid under A: ${invalidA}, under B: ${invalidB}`,
        );
      }
      process.exitCode = invalidA + invalidB > 0 ? EXIT.problems : EXIT.ok;
    });
}

function indicatorsOf(a: RuleSet, b: RuleSet): IndicatorInfo[] {
  const names = new Set(a.indicators.map((i) => i.name));
  return [...a.indicators, ...b.indicators.filter((i) => !names.has(i.name))];
}

function describe(r: RuleSet) {
  return { id: r.id, version: r.version, file: r.file, grades: r.grades };
}
