import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json';
import { QgradeError, RuleSetError } from '../errors/qgrade-error';
import { formatIssue } from '../errors/rule-set-issue';
import { registerCompare } from './commands/compare';
import { registerDiff } from './commands/diff';
import { registerExplain } from './commands/explain';
import { registerGrade } from './commands/grade';
import { registerInit } from './commands/init';
import { registerList } from './commands/list';
import { registerRound } from './commands/round';
import { registerSchema } from './commands/schema';
import { registerTest } from './commands/test';
import { registerValidate } from './commands/validate';
import { type CliContext, cliContext } from './context';
import { EXIT } from './usage-error';

/** Builds the `qgrade` program. */
export function buildProgram(): Command {
  const program = new Command('qgrade');
  program
    .description(
      'Grade products and enterprises against quality grading standards (质量分级) written as YAML rule sets.',
    )
    .version(packageJson.version, '-V, --version')
    .option('--lang <lang>', 'language of messages: zh or en (default: from the locale)')
    .option('--debug', 'show stack traces of errors')
    .option('--no-color', 'no colour, even on a terminal')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const context = (): CliContext => cliContext(program.opts());
  registerValidate(program, context);
  registerGrade(program, context);
  registerExplain(program, context);
  registerTest(program, context);
  registerCompare(program, context);
  registerDiff(program, context);
  registerRound(program, context);
  registerList(program, context);
  registerSchema(program, context);
  registerInit(program, context);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs the CLI and returns the exit code. Expected failures print a message,
 * never a stack trace (unless --debug).
 */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    const debug = argv.includes('--debug');
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else is a usage error (commander printed it).
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof RuleSetError) {
      for (const issue of error.issues) process.stderr.write(`${formatIssue(issue)}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return EXIT.usage;
    }
    if (error instanceof QgradeError) {
      process.stderr.write(`qgrade: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`qgrade: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (debug) process.stderr.write(`${(error as Error)?.stack}\n`);
    else process.stderr.write('(this is a bug in qgrade; run with --debug for details and report it)\n');
    return EXIT.usage;
  }
}
