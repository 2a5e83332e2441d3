import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Command, Option } from 'commander';
import { formatIssue } from '../../errors/rule-set-issue';
import { bundledRulesDir } from '../../load/rule-file';
import { formatCoverage } from '../../report/format-coverage';
import { type JUnitSuite, junitXml, suiteToJUnit } from '../../report/junit-xml';
import { thresholdCoverage } from '../../suite/coverage';
import { findSuites } from '../../suite/find-suites';
import { runTestSuite } from '../../suite/run-test-suite';
import type { ActionRunner, CliContext } from '../context';
import { EXIT } from '../exit-codes';

/** `qgrade test [paths...]`: run rule-set test suites (`*.test.yaml`). */
export function registerTest(program: Command, context: () => CliContext, runs: ActionRunner): void {
  program
    .command('test')
    .description(
      'run rule-set test suites (*.test.yaml): each case’s expected grade and failing requirements',
    )
    .option(
      '--coverage',
      'also report, for every threshold, whether a case sits at it, just below and just above it',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'text, or junit (JUnit XML for CI: a test suite per file, a test case per case)',
      )
        .choices(['text', 'junit'])
        .default('text'),
    )
    .argument('[paths...]', 'suites or folders (default: ./rules if present, else the bundled rules)')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade test
  $ qgrade test rules/home-appliances/room-air-conditioner-energy.test.yaml
  $ qgrade test --coverage rules/home-appliances/
  $ qgrade test --format junit rules/ > test-junit.xml

Ends with "N passed, N failed" (on stderr with --format junit, where stdout is the XML).
Coverage lists the thresholds without a case at, just below or just above them; it does not
change the exit code.
Exit codes: 0 all passed, 1 a case failed, 2 a suite or rule set does not load.`,
    )
    .action(
      runs(async (paths: string[], options: { coverage?: boolean; format: 'text' | 'junit' }) => {
        const ctx = context();
        const junit = options.format === 'junit';
        // With JUnit on stdout, the readable report goes to stderr.
        const say = junit ? ctx.err : ctx.out;
        const local = join(ctx.io.cwd, 'rules');
        const roots = paths.length > 0 ? paths : [existsSync(local) ? local : bundledRulesDir()];
        let passed = 0;
        let failed = 0;
        let broken = false;
        const report: JUnitSuite[] = [];
        for (const file of await findSuites(roots)) {
          const suite = await runTestSuite(file);
          const shown = relative(ctx.io.cwd, file) || file;
          report.push(suiteToJUnit(shown, suite));
          if (suite.error) {
            broken = true;
            for (const issue of suite.error.issues) say(formatIssue(issue));
            continue;
          }
          const bad = suite.cases.filter((c) => !c.passed);
          passed += suite.cases.length - bad.length;
          failed += bad.length;
          ctx.err(`${shown}: ${suite.cases.length - bad.length}/${suite.cases.length} passed`);
          for (const c of bad) {
            say(`FAIL ${shown}:${c.line}: ${c.name}`);
            for (const p of c.problems) say(`  ${p}`);
          }
          if (options.coverage && suite.ruleSet) {
            say(formatCoverage(thresholdCoverage(suite.ruleSet, suite.cases), suite.ruleSet.file, ctx.lang));
          }
        }
        if (junit) ctx.out(junitXml('qgrade test', report));
        say(`${passed} passed, ${failed} failed`);
        return broken ? EXIT.usage : failed > 0 ? EXIT.problems : EXIT.ok;
      }),
    );
}
