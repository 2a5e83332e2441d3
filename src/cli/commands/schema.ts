import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors/usage-error';
import { createGrader } from '../../grade/create-grader';
import { packageRoot } from '../../load/package-root';
import { loadRuleSet } from '../../resolve/load-rule-set';
import { localized } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { EXIT } from '../exit-codes';

const SCHEMAS: Record<string, string> = {
  ruleset: 'ruleset.schema.json',
  'grade-result': 'grade-result.schema.json',
  // The rows of `grade --detail grade` and the tally fields of `compare -f json` are published contracts too
  // (package.json exports ./schemas/*), so they are printed here as well (contracts-43).
  'grade-result-grade': 'grade-result-grade.schema.json',
  'group-result': 'group-result.schema.json',
  'compare-tally': 'compare-tally.schema.json',
  'test-suite': 'ruleset-test.schema.json',
  'rule-set-diff': 'rule-set-diff.schema.json',
};

/** `qgrade schema [name]`: print a published JSON Schema, or a rule set's input schema. */
export function registerSchema(program: Command, context: () => CliContext, runs: ActionRunner): void {
  program
    .command('schema')
    .description(
      'print a published JSON Schema: ruleset (default), grade-result, grade-result-grade, group-result, compare-tally, test-suite, rule-set-diff, or input (with --rules)',
    )
    .argument(
      '[name]',
      'ruleset, grade-result, grade-result-grade (grade --detail grade), group-result, compare-tally (compare -f json --tally-by), test-suite, rule-set-diff or input',
      'ruleset',
    )
    .option('-r, --rules <id|path>', 'for "input": the rule set whose record schema to print')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade schema > ruleset.schema.json
  $ qgrade schema grade-result
  $ qgrade schema input --rules home-appliances/room-air-conditioner-energy

${exitCodesHelp('schema', 'en')}`,
    )
    .action(
      runs(async (name: string, options: { rules?: string }) => {
        const ctx = context();
        if (name === 'input') {
          if (!options.rules)
            throw new UsageError(
              localized(
                '“qgrade schema input”需要 --rules <id|path>',
                '"qgrade schema input" needs --rules <id|path>',
              ),
            );
          ctx.out(JSON.stringify(createGrader(await loadRuleSet(options.rules)).inputSchema, null, 2));
          return EXIT.ok;
        }
        const file = SCHEMAS[name];
        if (!file)
          throw new UsageError(
            localized(
              `没有名为“${name}”的 Schema；可选：${[...Object.keys(SCHEMAS), 'input'].join('、')}`,
              `unknown schema "${name}"; choose ${[...Object.keys(SCHEMAS), 'input'].join(', ')}`,
            ),
          );
        ctx.out(await readFile(join(packageRoot(), 'schemas', file), 'utf8'));

        return EXIT.ok;
      }),
    );
}
