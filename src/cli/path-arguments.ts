import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors/usage-error';
import { RULE_SET_ID } from '../load/rule-set-id';
import { localized } from '../text/localized-text';

/** A file or folder argument: any path, or one where a bundled rule-set id may stand instead. */
type PathKind = 'path' | 'rules';

/** Which of each command's arguments (in order; the last may be variadic) and options name files or folders. */
const PATH_ARGUMENTS: Record<
  string,
  { args: readonly (PathKind | undefined)[]; options: Record<string, PathKind> }
> = {
  validate: { args: ['rules'], options: {} },
  grade: { args: ['path'], options: { rules: 'rules', output: 'path', mapFile: 'path' } },
  explain: { args: ['path'], options: { rules: 'rules', mapFile: 'path' } },
  test: { args: ['rules'], options: {} },
  compare: { args: ['rules', 'rules', 'path'], options: { output: 'path', mapFile: 'path' } },
  diff: { args: ['rules', 'rules'], options: { output: 'path' } },
  schema: { args: [undefined], options: { rules: 'rules' } },
  // init --dir and studio's folder are taken from the working folder where they are used.
};

/**
 * A path typed on the command line, as the CLI opens it: relative to
 * `cwd` (`CliIo.cwd`). In the CLI's own process, whose folder that is, the
 * path is kept as typed, so every message names it as typed; a CLI run
 * in-process from another folder (a test, an embedder) gets it whole. A
 * bundled id (`steel/hot-rolled-ribbed-bar`) with no file of that name in
 * `cwd` stays an id; `-` (stdin) stays `-`.
 *
 * @example
 * argumentPath('/work/project', 'rules/x.yaml', 'path') // '/work/project/rules/x.yaml' (elsewhere than the process's folder)
 */
export function argumentPath(cwd: string, path: string, kind: PathKind): string {
  if (path === '-' || path === '' || isAbsolute(path) || resolve(cwd) === process.cwd()) return path;
  const whole = resolve(cwd, path);
  if (kind === 'rules' && RULE_SET_ID.test(path) && !existsSync(whole)) return path;
  return whole;
}

/**
 * Makes the file arguments and options of the command about to run
 * relative to `cwd`, in place (commander's parsed values, before the
 * action reads them): one place for every command's paths.
 */
export function resolvePathArguments(command: Command, cwd: string): void {
  const spec = PATH_ARGUMENTS[command.name()];
  if (!spec) return;
  const args = command.processedArgs as unknown[];
  spec.args.forEach((kind, i) => {
    const value = args[i];
    if (kind === undefined) return;
    if (value === '' || (Array.isArray(value) && value.includes('')))
      throw emptyPath(`<${command.registeredArguments[i]?.name() ?? 'file'}>`);
    if (typeof value === 'string') args[i] = argumentPath(cwd, value, kind);
    else if (Array.isArray(value))
      args[i] = value.map((v) => (typeof v === 'string' ? argumentPath(cwd, v, kind) : v));
  });
  for (const [name, kind] of Object.entries(spec.options)) {
    const value = command.getOptionValue(name) as unknown;
    if (value === '') {
      const option = command.options.find((o) => o.attributeName() === name);
      // Named both ways (`-o/--output`): the user may have typed either.
      throw emptyPath(option ? [option.short, option.long].filter(Boolean).join('/') : name);
    }
    if (typeof value === 'string') command.setOptionValue(name, argumentPath(cwd, value, kind));
  }
}

/**
 * An empty file name (`-r ''`, `grade ''`, a shell variable never set): said to need a value, not "'': cannot be
 * read: no such file" with an empty name (hostile-40 M6).
 */
function emptyPath(what: string): UsageError {
  return new UsageError(
    localized(`${what} 需要一个值：给出的文件名为空`, `${what} needs a value: the file name given is empty`),
  );
}
