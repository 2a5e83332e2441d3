import type { Command } from 'commander';
import { UsageError } from '../../errors/usage-error';
import { inexactNumeral } from '../../input/convert-value';
import { RoundingError, roundGbt8170, roundMarkedGbt8170 } from '../../rounding/gbt8170';
import { markedText, type RoundingMark, roundingMark } from '../../rounding/rounding-mark';
import { fullWidthToAscii } from '../../text/full-width';
import { leadingMinus } from '../../text/leading-minus';
import { type Language, type LocalizedText, localized } from '../../text/localized-text';
import { radixNumeralAdvice } from '../../text/radix-numeral';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
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
  $ qgrade round -0.0365 0.001 # -0.036
  $ qgrade round '-16.5(+)' 1  # -17
  $ qgrade round '15.5(-)' 1   # 15

A value with GB/T 8170's rounding mark, (+) or (−), is above or below the figure written: a tie rounds toward it.
On a negative value the mark is on its magnitude, as GB/T 8170 rounds negatives: -16.5(+) is −(16.5(+)), so -17.
A negative value is a value, not an option, with or without its mark (quote a mark's brackets for the shell).

${exitCodesHelp('round', 'en')}`,
    )
    .action(
      runs(async (value: string, interval: string) => {
        const ctx = context();
        try {
          // Full-width numerals (４．５) and a leading U+2212 minus (−5.55) read as ASCII, as grade reads a CSV cell.
          const step = fullWidthToAscii(interval.trim());
          const marked = roundingMark(value.trim());
          const numeral = leadingMinus(fullWidthToAscii(value.trim()));
          ctx.out(marked ? markedResult(marked, step) : roundGbt8170(numeral, step));
          // Rounded by every digit, as GB/T 8170 asks; grade refuses such a numeral rather than read 15 of its digits.
          if (!marked && (inexactNumeral(numeral) !== undefined || longBeyondDouble(numeral)))
            ctx.err(longNumeralNote(ctx.lang));
        } catch (error) {
          if (error instanceof RoundingError && /finer interval/.test(error.message))
            throw new UsageError(error.text);
          throw new UsageError(roundingRefusal((error as Error).message, value, interval));
        }

        return EXIT.ok;
      }),
    );
}

/**
 * A marked value rounded: the figure, with the mark still on it when the
 * figure is the one written (42.5(−) to 0.5 is still below 42.5), else
 * alone (15.5(−) to 1 is 15).
 */
function markedResult(marked: RoundingMark, interval: string): string {
  const rounded = roundMarkedGbt8170(marked, interval);
  if (Number(rounded) !== Number(marked.numeral)) return rounded;
  return markedText({ numeral: rounded, mark: marked.mark });
}

/**
 * A value of more than 15 significant digits is rounded by every digit here, but `grade` and `explain` do not
 * read it (they would read 15: `8.749999999999998` as 8.75, which rounds to 9.0 where its digits give 8.5), so
 * the two never disagree in silence (standards-30 W1).
 */
/**
 * Whether a numeral too large for a double (`Number` reads it as Infinity, so {@link inexactNumeral} says nothing)
 * has more than 15 significant digits: `111…1` of 120,000 digits is rounded by all of them (hostile-35 M2).
 */
function longBeyondDouble(numeral: string): boolean {
  if (Number.isFinite(Number(numeral))) return false;
  const mantissa = /^[+-]?(\d*)\.?(\d*)(?:[eE][+-]?\d+)?$/u.exec(numeral);
  return mantissa !== null && `${mantissa[1]}${mantissa[2]}`.replace(/^0+/u, '').length > 15;
}

function longNumeralNote(lang: Language): string {
  return localized(
    '注意：该数值的有效数字多于 15 位，以上按其全部数字修约；grade 和 explain 不读这样的数值（会提示写检测报告上的数值）',
    'note: the value has more than 15 significant digits; it is rounded above by all of them. grade and explain do not read such a value (they ask for the value as the test report gives it)',
  )[lang];
}

/** Why a value could not be rounded, in both languages (the rounding module's words are English). */
function roundingRefusal(message: string, value: string, interval: string): LocalizedText {
  if (/^rounding interval/.test(message))
    return localized(`修约间隔必须是 1、2 或 5 × 10ⁿ，收到“${interval}”`, message);
  if (/^not a (decimal|finite) number/.test(message)) return notDecimalAdvice(value, message);
  if (/too fine/.test(message))
    return localized('修约间隔相对于该数值过细：修约结果会超过 400 位数字', message);
  if (/^out of the range/.test(message))
    return localized(`“${value}”超出 qgrade 读取的范围：指数最多 6 位（不超过 ±999999）`, message);
  return localized(`无法修约“${value}”`, message);
}

/**
 * `0x10`, `1,5`, `Infinity`: not a decimal number, and what to write (hostile-44: "not a decimal number: 0x10" said
 * what was wrong, never what to give instead).
 */
function notDecimalAdvice(value: string, message: string): LocalizedText {
  const t = fullWidthToAscii(value.trim());
  const radix = radixNumeralAdvice(t, t, '', localized('数值', 'value'));
  if (radix) return localized(`“${value}”不是十进制数：${radix.zh}`, `${message}: ${radix.en}`);
  // `1,5`: a decimal comma (a group of three, `1,500`, may be a thousands separator: both readings are given).
  const comma = /^([+-]?\d+),(\d+)$/.exec(t);
  if (comma) {
    const [whole, part] = [comma[1]!, comma[2]!];
    const write = part.length === 3 ? `${whole}.${part} 或 ${whole}${part}` : `${whole}.${part}`;
    const writeEn = part.length === 3 ? `${whole}.${part} or ${whole}${part}` : `${whole}.${part}`;
    return localized(
      `“${value}”不是十进制数：小数点写作“.”，不用逗号，也不写千位分隔符：请写 ${write}`,
      `${message}: the decimal point is ".", not a comma, and digits are not grouped: write ${writeEn}`,
    );
  }
  return localized(
    `“${value}”不是十进制数：请写检测报告上的数值，如 1.050 或 -0.0365`,
    `${message}: write the value as the test report gives it, such as 1.050 or -0.0365`,
  );
}
