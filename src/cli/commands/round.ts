import type { Command } from 'commander';
import { UsageError } from '../../errors/usage-error';
import { roundGbt8170 } from '../../rounding/gbt8170';
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
  $ qgrade round -- -0.0365 0.001   # -0.036`,
    )
    .action(
      runs(async (value: string, interval: string) => {
        const ctx = context();
        try {
          ctx.out(roundGbt8170(value, interval));
        } catch (error) {
          throw new UsageError((error as Error).message);
        }

        return EXIT.ok;
      }),
    );
}
