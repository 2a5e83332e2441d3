import { type LocalizedText, localized } from '../text/localized-text';
import { comparisonTwice } from './comparison-twice';
import type { ModelContext } from './model-context';

// A limit, then a unit: `bowMax %`, `limits.min MPa`, `0.7 * kv J`. The head ends in a name's
// character or a closing bracket; the unit is one run holding no digit, operator, bracket or quote.
const LIMIT_THEN_UNIT =
  /^(.*[\p{L}\p{N}_)\]])\s+([^\s\d.+\-*/<>=!?:&|,;()[\]{}"'`\\^~][^\s\d.*+<>=!?:&|,;()[\]{}"'`\\]*)$/u;

/** A number, perhaps signed: `5.0 %` is a number with its unit and is read elsewhere. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A unit written after a table, a name or a formula (`≤ bowMax %`), which
 * reads as a formula and failed with "expected expression" at a character
 * position (newcomer-17 finding 2): says that a unit may follow only a
 * number, and what to write without it. A limit from a table or a name has
 * the unit of the value it is compared with.
 *
 * @param operator - the requirement's operator as shown in the example (`≤`)
 * @param text - the limit as written after the operator
 * @returns the message and the unit's index in `text`, or undefined when the
 *   limit does not end in a unit after a non-number
 *
 * @example
 * unitAfterName(ctx, '≤', 'bowMax %')?.text.en
 * // 'a unit may follow only a number, not a table, a name or a formula: remove "%" and write ≤ bowMax'
 */
export function unitAfterName(
  ctx: ModelContext,
  operator: string,
  text: string,
): { text: LocalizedText; index: number } | undefined {
  const m = LIMIT_THEN_UNIT.exec(text.trimEnd());
  if (!m) return undefined;
  const [, head, unit] = m as unknown as [string, string, string];
  if (NUMBER.test(head.trim()) || ctx.values.has(unit) || ctx.tables.has(unit)) return undefined;
  // `≤≤ 14000 W`, `≤ (14000 W`: not a unit after a name, and removing the unit would not mend them (developer-25 C1).
  const twice = comparisonTwice(operator, text.trimEnd());
  if (twice) return twice;
  if (count(head, '(') > count(head, ')')) {
    return {
      text: localized('缺少右括号“)”', 'a closing ")" is missing'),
      index: head.lastIndexOf('('),
    };
  }
  const fixed = `${operator} ${head.trim()}`;
  return {
    text: localized(
      `单位只能写在数字后面，不能写在表、名称或公式后面：请删去“${unit}”，写成 ${fixed}（限值的单位就是所比较的值的单位）`,
      `a unit may follow only a number, not a table, a name or a formula: remove "${unit}" and write ${fixed} (the limit is in the unit of the value it is compared with)`,
    ),
    index: head.length + (m[0].length - head.length - unit.length),
  };
}

function count(text: string, c: string): number {
  return text.split(c).length - 1;
}
