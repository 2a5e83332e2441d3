import { WRITTEN_FULL_WIDTH } from '../text/full-width-advice';
import { type LocalizedText, localized } from '../text/localized-text';
import { comparisonTwice } from './comparison-twice';
import { limitUnitProblem } from './limit-unit';
import type { ModelContext, ValueInfo } from './model-context';

// A unit, then a number: `% 5.0`, `MPa 400`, `℃ -20`. The unit is one run that starts with no
// digit, sign, operator, bracket or quote and holds none of them, nor a dot (`mechanical.min`).
// It ends in no minus sign: `b-1`, `b−1` are a name less 1, a formula (hostile-44: "write ≤ 1 b−"); nor in a typeset
// `×` or `÷`: `b×2` is a name times 2 (hostile-46: "write ≤ 2 b×").
const UNIT_THEN_NUMBER =
  /^([^\s\d.+\-*/<>=!?:&|,;()[\]{}"'`\\^~][^\s\d.*+<>=!?:&|,;()[\]{}"'`\\]*)(?<![-\u2010-\u2014\u2212\ufe63×÷])\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)$/u;

/**
 * A limit written with its unit before the number (`≤ % 5.0`), which reads
 * as a formula and failed with "unexpected %": says to write the unit after
 * the number, as the limit to write (`≤ 5.0 %`), and whether that unit is the
 * value's own. A name before a number (`≥ kv 34`) is a formula missing its
 * operator, not a unit, and is left to the formula's message.
 *
 * @param operator - the requirement's operator as shown in the example (`≤`)
 * @param text - the limit as written after the operator
 * @returns undefined when the limit is not a unit followed by a number
 *
 * @example
 * unitBeforeNumber(ctx, 'mgo', info, '≤', '% 5.0')?.en
 * // 'a unit goes after the number: write ≤ 5.0 %'
 */
export function unitBeforeNumber(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  operator: string,
  text: string,
): LocalizedText | undefined {
  const twice = comparisonTwice(operator, text);
  if (twice) return twice.text;
  const m = UNIT_THEN_NUMBER.exec(text.trim());
  if (!m) return undefined;
  const [, unit, number] = m as unknown as [string, string, string];
  if (ctx.values.has(unit) || ctx.tables.has(unit)) return undefined;
  // `％ 5.0`: the full-width advice names the character and says what to write.
  if (WRITTEN_FULL_WIDTH.test(text)) return undefined;
  const fixed = `${operator} ${number} ${unit}`;
  const other = limitUnitProblem(ctx, name, info, unit, number);
  return localized(
    `单位应写在数值之后，如 ${fixed}${other ? `；另外，${other.zh}` : ''}`,
    `a unit goes after the number: write ${fixed}${other ? `; besides, ${other.en}` : ''}`,
  );
}
