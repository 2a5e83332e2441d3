import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { formatIssue } from '../../errors/rule-set-issue';
import { bundledRulesDir } from '../../load/load-rule-set';
import { runTestSuite } from '../../suite/run-test-suite';
import type { CliContext } from '../context';
import { EXIT } from '../usage-error';

/** `qgrade test [paths...]`: run rule-set test suites (`*.test.yaml`). */
export function registerTest(program: Command, context: () => CliContext): void {
  program
    .command('test')
    .description(
      'run rule-set test suites (*.test.yaml): each case’s expected grade and failing requirements',
    )
    .argument('[paths...]', 'suites or folders (default: ./rules if present, else the bundled rules)')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade test
  $ qgrade test rules/steel/hot-rolled-ribbed-bar.test.yaml
  $ qgrade test rules/home-appliances/

Ends with "N passed, N failed". Exit codes: 0 all passed, 1 a case failed, 2 a suite or rule set does not load.`,
    )
    .action(async (paths: string[]) => {
      const ctx = context();
      const roots = paths.length > 0 ? paths : [existsSync('rules') ? 'rules' : bundledRulesDir()];
      const suites: string[] = [];
      for (const p of roots) suites.push(...(await findSuites(p)));
      let passed = 0;
      let failed = 0;
      let broken = false;
      for (const file of suites) {
        const suite = await runTestSuite(file);
        const shown = relative(process.cwd(), file) || file;
        if (suite.error) {
          broken = true;
          for (const issue of suite.error.issues) ctx.out(formatIssue(issue));
          continue;
        }
        const bad = suite.cases.filter((c) => !c.passed);
        passed += suite.cases.length - bad.length;
        failed += bad.length;
        ctx.err(`${shown}: ${suite.cases.length - bad.length}/${suite.cases.length} passed`);
        for (const c of bad) {
          ctx.out(`FAIL ${shown}:${c.line}: ${c.name}`);
          for (const p of c.problems) ctx.out(`  ${p}`);
        }
      }
      ctx.out(`${passed} passed, ${failed} failed`);
      process.exitCode = broken ? EXIT.usage : failed > 0 ? EXIT.problems : EXIT.ok;
    });
}

async function findSuites(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [path];
  if (!info.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await findSuites(full)));
    else if (/\.test\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}
