import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json';
import { QgradeError, RuleSetError } from '../errors/qgrade-error';
import { formatIssue } from '../errors/rule-set-issue';
import { UsageError } from '../errors/usage-error';
import type { Language } from '../text/localized-text';
import { commanderErrorText, localizeHelp } from './cli-texts';
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
import { type ActionRunner, cliContext } from './context';
import { EXIT } from './exit-codes';
import { type CliIo, processIo } from './io';
import { languageOfArgv } from './language';
import { OutputError } from './output-sink';

/**
 * Builds the `qgrade` program for one run. Each command's action returns its
 * exit code through `runs`.
 */
export function buildProgram(io: CliIo, runs: ActionRunner, lang: Language = 'en'): Command {
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
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride();
  const context = () => cliContext(io, program.opts());
  const register = [
    registerValidate,
    registerGrade,
    registerExplain,
    registerTest,
    registerCompare,
    registerDiff,
    registerRound,
    registerList,
    registerSchema,
    registerInit,
  ];
  for (const r of register) r(program, context, runs, lang);
  localizeHelp(program, lang);
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(commanderErrorText(text, lang)),
    });
  }
  return program;
}

/**
 * Runs the CLI on `argv` (as `process.argv`: node, script, arguments) and
 * returns the exit code. Everything it reads and writes goes through `io`,
 * so it runs in-process as well as in its own process. Expected failures
 * print a message, never a stack trace (unless --debug).
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const runs: ActionRunner =
    (action) =>
    async (...args) => {
      code = await action(...args);
    };
  const lang = languageOfArgv(argv, io.env);
  const program = buildProgram(io, runs, lang);
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    const debug = argv.includes('--debug');
    const say = (text: string) => io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else is a usage error (commander printed it).
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof OutputError && error.closed) return code;
    if (error instanceof RuleSetError) {
      for (const issue of error.issues) say(formatIssue(issue));
      if (debug) say(`${error.stack}`);
      return EXIT.usage;
    }
    if (error instanceof QgradeError) {
      say(`qgrade: ${error instanceof UsageError ? error.text[lang] : error.message}`);
      if (debug) say(`${error.stack}`);
      return EXIT.usage;
    }
    say(`qgrade: internal error: ${(error as Error)?.message ?? String(error)}`);
    if (debug) say(`${(error as Error)?.stack}`);
    else say('(this is a bug in qgrade; run with --debug for details and report it)');
    return EXIT.usage;
  }
}
