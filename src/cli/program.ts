import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json';
import { QgradeError } from '../errors/qgrade-error';
import { RuleSetError } from '../errors/rule-set-error';
import { formatIssue } from '../errors/rule-set-issue';
import { UsageError } from '../errors/usage-error';
import type { Language } from '../text/localized-text';
import { safeText } from '../text/safe-text';
import { capEchoedArguments } from './argument-echo';
import { commanderErrorText, HELP_LAYOUT, localizeHelp } from './cli-texts';
import { type ActionRunner, type CliContext, cliContext } from './context';
import { closedOutputCode, EXIT } from './exit-codes';
import { type CliIo, processIo } from './io';
import { languageOfArgv } from './language';
import { acceptNegativeValues } from './negative-values';
import { refuseRepeatedOptions } from './option-repeats';
import { OutputError } from './output-sink';
import { resolvePathArguments } from './path-arguments';

/** What a command module exports: it adds its command to the program. */
type RegisterCommand = (
  program: Command,
  context: () => CliContext,
  runs: ActionRunner,
  lang: Language,
) => void;

/**
 * Every command's module, in the order help lists them, imported only when
 * it is needed: a run loads the one command it runs (and `--version` none),
 * not the grader, YAML parser and report writers of the others. Help, an
 * unknown command and `help <command>` load them all.
 */
const COMMANDS: Record<string, () => Promise<RegisterCommand>> = {
  validate: async () => (await import('./commands/validate')).registerValidate,
  grade: async () => (await import('./commands/grade')).registerGrade,
  explain: async () => (await import('./commands/explain')).registerExplain,
  test: async () => (await import('./commands/test')).registerTest,
  compare: async () => (await import('./commands/compare')).registerCompare,
  diff: async () => (await import('./commands/diff')).registerDiff,
  round: async () => (await import('./commands/round')).registerRound,
  list: async () => (await import('./commands/list')).registerList,
  schema: async () => (await import('./commands/schema')).registerSchema,
  init: async () => (await import('./commands/init')).registerInit,
  studio: async () => (await import('./commands/studio')).registerStudio,
};

/**
 * Words people type for a command qgrade names otherwise. Commander's
 * "Did you mean" goes by spelling and offered `schema` for `check`.
 */
const SYNONYMS: Record<string, string> = {
  check: 'validate',
  lint: 'validate',
  // The studio is a local web server: "serve" is what such a command is often called.
  serve: 'studio',
  server: 'studio',
};

/** Global options that take a value, so the word after them is not a command name. */
const VALUE_OPTIONS = new Set(['--lang']);

/**
 * The commands a run needs registered, from its arguments (as
 * `process.argv`): none for `--version` alone, the one it names, or all
 * (help, no command, an unknown one).
 */
export function commandsFor(argv: readonly string[]): string[] {
  const args = argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '-h' || arg === '--help') return Object.keys(COMMANDS);
    if (arg === '-V' || arg === '--version') return [];
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return Object.hasOwn(COMMANDS, arg) ? [arg] : Object.keys(COMMANDS);
  }
  return Object.keys(COMMANDS);
}

/**
 * Builds the `qgrade` program for one run, with the commands `argv` needs
 * (all by default). Each command's action returns its exit code through `runs`.
 */
export async function buildProgram(
  io: CliIo,
  runs: ActionRunner,
  lang: Language = 'en',
  argv?: readonly string[],
): Promise<Command> {
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
      writeErr: (text) => io.stderr.write(safeText(text)),
    })
    .exitOverride();
  const context = () => cliContext(io, program.opts());
  const names = argv ? commandsFor(argv) : Object.keys(COMMANDS);
  const register = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const r of register) r(program, context, runs, lang);
  localizeHelp(program, lang);
  refuseRepeatedOptions(program);
  // File arguments are opened from io.cwd (the process's folder for the real CLI), whatever the command.
  program.hook('preAction', (_program, command) => resolvePathArguments(command, io.cwd));
  program.on('command:*', (operands: string[]) => {
    const name = operands[0] ?? '';
    const meant = Object.hasOwn(SYNONYMS, name) ? SYNONYMS[name] : undefined;
    // Commander's own answer (its typings leave the method out): "unknown command", "Did you mean" by spelling.
    if (meant === undefined) (program as unknown as { unknownCommand(): never }).unknownCommand();
    else
      program.error(`error: unknown command '${name}'\n(Did you mean ${meant}?)`, {
        code: 'commander.unknownCommand',
      });
  });
  const echo = (text: string) => (argv ? capEchoedArguments(text, argv, lang) : text);
  // `qgrade round -16.5(+) 1`: a negative value is an argument, not an unknown option.
  for (const command of program.commands) acceptNegativeValues(command);
  for (const command of [program, ...program.commands]) {
    command.configureHelp({ ...command.configureHelp(), ...HELP_LAYOUT });
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(safeText(text)),
      outputError: (text, write) => write(commanderErrorText(echo(text), lang)),
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
  try {
    const program = await buildProgram(io, runs, lang, argv);
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    const debug = argv.includes('--debug');
    const say = (text: string) => {
      const capped = capEchoedArguments(text, argv, lang);
      io.stderr.write(safeText(capped.endsWith('\n') ? capped : `${capped}\n`));
    };
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else is a usage error (commander printed it).
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    }
    // stdout closed before the command could say how far it got: unfinished, so never 0.
    if (error instanceof OutputError && error.closed) return closedOutputCode(code, false);
    if (error instanceof RuleSetError) {
      for (const issue of error.issues) say(formatIssue(issue, lang));
      if (debug) say(`${error.stack}`);
      return EXIT.usage;
    }
    if (error instanceof QgradeError) {
      const text =
        error instanceof UsageError || error instanceof OutputError ? error.text[lang] : error.message;
      say(`qgrade: ${text}`);
      if (debug) say(`${error.stack}`);
      return EXIT.usage;
    }
    const zh = lang === 'zh';
    say(`qgrade: ${zh ? '内部错误：' : 'internal error: '}${(error as Error)?.message ?? String(error)}`);
    if (debug) say(`${(error as Error)?.stack}`);
    else
      say(
        zh
          ? '（这是 qgrade 的缺陷；用 --debug 运行可看到详情，请报告它）'
          : '(this is a bug in qgrade; run with --debug for details and report it)',
      );
    return EXIT.usage;
  }
}
