import type { Command } from 'commander';
import { createGrader } from '../../evaluate/create-grader';
import { loadRuleSet } from '../../load/load-rule-set';
import { formatTable } from '../../report/format-table';
import type { CliContext } from '../context';
import { parseJsonRecords, readInputText } from '../input/read-json-records';
import { EXIT, UsageError } from '../usage-error';

/** `qgrade grade --rules <id|path> <input>`: grade records, in input order. */
export function registerGrade(program: Command, context: () => CliContext): void {
  program
    .command('grade')
    .description('grade the records of a JSON file against a rule set')
    .requiredOption('-r, --rules <id|path>', 'bundled rule-set id or rule file')
    .option('-f, --format <format>', 'table or json', 'table')
    .argument('<input>', 'JSON array of records, or - for stdin')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade grade --rules home-appliances/room-air-conditioner-energy examples/room-air-conditioners.json
  $ qgrade grade -r home-appliances/room-air-conditioner-energy -f json examples/room-air-conditioners.json
  $ cat records.json | qgrade grade -r ./my-rules.yaml -

Exit codes: 0 every record valid, 1 some records invalid, 2 usage error or a rule set that does not load.`,
    )
    .action(async (input: string, options: { rules: string; format: string }) => {
      const ctx = context();
      if (options.format !== 'table' && options.format !== 'json') {
        throw new UsageError(`--format must be table or json, got "${options.format}"`);
      }
      const grader = createGrader(await loadRuleSet(options.rules));
      const records = parseJsonRecords(await readInputText(input), input === '-' ? 'stdin' : input);
      const results = [];
      for await (const r of grader.gradeMany(records)) results.push(r);
      if (options.format === 'json') ctx.out(JSON.stringify(results, null, 2));
      else
        ctx.out(
          formatTable(
            results.map((result, i) => ({ row: i + 1, result })),
            { lang: ctx.lang, width: ctx.width, color: ctx.color },
          ),
        );
      process.exitCode = results.some((r) => r.errors) ? EXIT.problems : EXIT.ok;
    });
}
