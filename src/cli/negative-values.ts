import type { Command } from 'commander';
import { roundingMark } from '../rounding/rounding-mark';
import { fullWidthToAscii } from '../text/full-width';

// After full-width folding: a minus, a decimal numeral, an exponent in either case (`-1E3`, `-5.`, `-.5`).
const NEGATIVE_NUMERAL = /^-(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Whether an argument is a negative number written as a value: `-16.5`, `-1E3`, `-５．５`, and with GB/T 8170's
 * rounding mark, `-16.5(+)`, `-16.5（－）`, `-16.5⁻`. Such a word is never an option: no option of qgrade starts
 * with a digit or a point.
 *
 * @example
 * isNegativeValue('-16.5(+)'); // true
 * isNegativeValue('--lang');   // false
 */
export function isNegativeValue(arg: string): boolean {
  if (!/^-[\d.０-９．]/u.test(arg)) return false;
  const text = fullWidthToAscii(arg);
  return NEGATIVE_NUMERAL.test(text) || roundingMark(text) !== undefined;
}

/**
 * Makes `command` take a negative value as an argument where commander reads it as an unknown option: commander
 * 14 lets a leaf command take `-16.5`, but not `-16.5(+)`, `-1E3` or `-５．５` (`qgrade round -16.5(+) 1` was
 * "unknown option", contracts-44's left item). Only words commander left unknown are looked at, so a real option
 * keeps its meaning wherever it stands, and an unknown one (`--bogus`) is still refused as one.
 */
export function acceptNegativeValues(command: Command): void {
  const parse = command.parseOptions.bind(command);
  command.parseOptions = (args) => {
    const parsed = parse(args);
    const operands = [...parsed.operands];
    let i = 0;
    // Commander files every word after the first unknown option as unknown: take back the values among them, up to
    // the first word that is an option after all.
    for (; i < parsed.unknown.length; i++) {
      const arg = parsed.unknown[i]!;
      if (arg === '--') {
        operands.push(...parsed.unknown.slice(i + 1));
        i = parsed.unknown.length;
        break;
      }
      if (arg.length > 1 && arg.startsWith('-') && !isNegativeValue(arg)) break;
      operands.push(arg);
    }
    return { operands, unknown: parsed.unknown.slice(i) };
  };
}
