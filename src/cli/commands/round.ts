import type { Command } from 'commander';
import { UsageError } from '../../errors/usage-error';
import { roundGbt8170 } from '../../rounding/gbt8170';
import { fullWidthToAscii } from '../../text/full-width';
import { type LocalizedText, localized } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { EXIT } from '../exit-codes';

/** `qgrade round <value> <interval>`: GB/T 8170 rounding on the decimal digits. */
export function registerRound(program: Command, context: () => CliContext, runs: ActionRunner): void {
  program
    .command('round')
    .description(
      'round a value by GB/T 8170 (half to even, on its decimal digits) and print it with the interval’s decimals',
    )
    .argument('<value>', 'the value, as written (e.g. 1.050)')
    .argument('<interval>', 'rounding interval: 1, 2 or 5 × 10ⁿ (e.g. 0.1, 0.5, 0.02, 1000)')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade round 1.050 0.1     # 1.0
  $ qgrade round 0.35 0.1      # 0.4
  $ qgrade round 60.28 0.5     # 60.5
  $ qgrade round 832 20        # 840
  $ qgrade round -- -0.0365 0.001   # -0.036

Exit codes: 0 rounded, 2 usage error (a value that is not a decimal number, an interval that is not 1, 2 or 5 × 10ⁿ).`,
    )
    .action(
      runs(async (value: string, interval: string) => {
        const ctx = context();
        try {
          // Full-width numerals (４．５) read as ASCII, as grade reads a CSV cell.
          ctx.out(roundGbt8170(fullWidthToAscii(value.trim()), fullWidthToAscii(interval.trim())));
        } catch (error) {
          throw new UsageError(roundingRefusal((error as Error).message, value, interval));
        }

        return EXIT.ok;
      }),
    );
}

/** Why a value could not be rounded, in both languages (the rounding module's words are English). */
function roundingRefusal(message: string, value: string, interval: string): LocalizedText {
  if (/^rounding interval/.test(message))
    return localized(`修约间隔必须是 1、2 或 5 × 10ⁿ，收到“${interval}”`, message);
  if (/^not a (decimal|finite) number/.test(message)) return localized(`“${value}”不是十进制数`, message);
  if (/too large/.test(message)) return localized('该数值相对于修约间隔过大', message);
  return localized(`无法修约“${value}”`, message);
}
