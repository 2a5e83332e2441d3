import type { Command } from 'commander';
import { UsageError } from '../errors/usage-error';
import { localized } from '../text/localized-text';
import { shellWord } from '../text/shell-word';

/**
 * The options a command line may give more than once, each adding a value:
 * `--map` (one per column), `--keep` (one per column) and `--tally-by` (one table per column), as docs/cli.md says.
 */
export const REPEATABLE_OPTIONS: ReadonlySet<string> = new Set(['--map', '--keep', '--tally-by']);

/**
 * Makes an option that takes one value a usage error when it is given twice
 * with different values, on `command` and its subcommands: commander keeps the
 * last, so `-r a.yaml -r b.yaml` graded against b.yaml alone and a second
 * `--map-file` dropped the first, without a word. The same value twice says
 * nothing new and is accepted. Options without a value (`--debug`,
 * `--no-summary`) and {@link REPEATABLE_OPTIONS} are left alone. Call it once
 * every option has been added.
 *
 * @throws UsageError, from the parse, naming the option and both values
 */
export function refuseRepeatedOptions(command: Command): void {
  for (const option of command.options) {
    const flag = option.long ?? option.short ?? option.name();
    if (!(option.required || option.optional) || option.variadic || REPEATABLE_OPTIONS.has(flag)) continue;
    let first: string | undefined;
    // Commander's own listener, added with the option, has run: this one only compares.
    command.on(`option:${option.name()}`, (value: string | undefined) => {
      const given = value ?? '';
      if (first === undefined) first = given;
      else if (given !== first) {
        const a = shellWord(first);
        const b = shellWord(given);
        throw new UsageError(
          localized(
            `${flag} 给出了两次，分别是 ${a} 和 ${b}；它只取一个值，请只给出一次`,
            `${flag} was given twice, as ${a} and ${b}; it takes one value: give it once`,
          ),
        );
      }
    });
  }
  for (const sub of command.commands) refuseRepeatedOptions(sub);
}
