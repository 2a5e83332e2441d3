import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatIssue } from '../../errors/rule-set-issue';
import { checkRuleSetFile, findRuleFiles } from '../../load/load-rule-set';
import type { CliContext } from '../context';
import { EXIT } from '../usage-error';

/** `qgrade validate <files...>`: check rule files; every problem as file:line:column: message. */
export function registerValidate(program: Command, context: () => CliContext): void {
  program
    .command('validate')
    .description(
      'check rule files (or bundled ids, or folders of them) and report every problem as file:line:column: message',
    )
    .argument('<files...>', 'rule files, folders or bundled ids')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade validate rules/home-appliances/room-air-conditioner-energy.yaml
  $ qgrade validate rules/
  $ qgrade validate steel/hot-rolled-ribbed-bar

Exit codes: 0 every file valid, 1 problems found, 2 usage error.`,
    )
    .action(async (files: string[]) => {
      const ctx = context();
      let problems = 0;
      let checked = 0;
      for (const target of await expand(files)) {
        const { issues } = await checkRuleSetFile(target);
        checked++;
        const errors = issues.filter((i) => i.severity === 'error');
        problems += errors.length;
        for (const issue of issues) (issue.severity === 'error' ? ctx.out : ctx.err)(formatIssue(issue));
        if (errors.length === 0) ctx.err(`${target}: ok`);
      }
      ctx.err(
        `${checked} file${checked === 1 ? '' : 's'} checked, ${problems} problem${problems === 1 ? '' : 's'}`,
      );
      process.exitCode = problems > 0 ? EXIT.problems : EXIT.ok;
    });
}

async function expand(targets: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of targets) {
    const info = await stat(t).catch(() => undefined);
    if (info?.isDirectory()) out.push(...(await findRuleFiles(t)));
    else out.push(t);
  }
  return out;
}
