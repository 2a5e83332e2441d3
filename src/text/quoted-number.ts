import { numberValueProblem } from './finite-number';
import { leadingMinus } from './leading-minus';
import { type LocalizedText, localized } from './localized-text';

/**
 * A number in quotes: `"5.0"` in a JSON record, a suite's YAML or a rule
 * file's table cell is text, as the quotes made it; `"5.0%"` also carries the
 * indicator's unit, which the rule set already gives. (A CSV cell has no such
 * quotes: its numerals are read as numbers.) The advice is a predicate, to
 * follow the value it is about.
 *
 * @param v - the text between the quotes
 * @param unit - the indicator's unit, if the advice may strip it
 * @returns what to write, or `undefined` when `v` is no number
 * @example
 * quotedNumberAdvice('0.90', undefined)?.en // 'is text in quotes: remove the quotes and write 0.90'
 * quotedNumberAdvice('5.0%', '%')?.zh // '是加了引号并带单位的文本：请去掉引号和单位（%），写作 5.0'
 */
export function quotedNumberAdvice(v: string, unit: string | undefined): LocalizedText | undefined {
  // "−5.5": the U+2212 minus is the sign a CSV cell reads, so the advice writes it -5.5.
  let t = leadingMinus(v.trim());
  const withUnit = unit !== undefined && unit !== '' && t.endsWith(unit);
  if (withUnit) t = t.slice(0, -unit.length).trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  // Unquoted it would be refused too (more than 15 significant digits, beyond ±1.8e308, read as 0): say that,
  // not "write 14000.0000000000001", which the next run refuses (hostile-38 M5).
  // Only for a numeral short enough to be written out: a longer one is shown cut with its length (hostile-29 S2).
  const problem = t.length <= LONGEST ? numberValueProblem(Number(t), t, VALUE) : undefined;
  if (problem)
    return localized(
      `是加了引号的文本；去掉引号也不行：${problem.zh}`,
      `is text in quotes, and without them it would still be refused: ${problem.en}`,
    );
  // A numeral of a megabyte was written out whole, twice per message (hostile-29 S2): past LONGEST, its start and
  // its length, as the value before it is cut.
  const [zh, en] =
    t.length > LONGEST
      ? [
          `${t.slice(0, LONGEST)}…（共 ${t.length} 个字符）`,
          `${t.slice(0, LONGEST)}… (${t.length} characters)`,
        ]
      : [t, t];
  return withUnit
    ? localized(
        `是加了引号并带单位的文本：请去掉引号和单位（${unit}），写作 ${zh}`,
        `is text in quotes with the unit: remove the quotes and the unit (${unit}) and write ${en}`,
      )
    : localized(
        `是加了引号的文本：请去掉引号，写作 ${zh}`,
        `is text in quotes: remove the quotes and write ${en}`,
      );
}

/** What the number is, in the 15-digit message: a value, not a limit. */
const VALUE = localized('数值', 'value');

/** The longest numeral the advice writes out whole: no real figure is longer (17 significant digits, an exponent). */
const LONGEST = 40;
