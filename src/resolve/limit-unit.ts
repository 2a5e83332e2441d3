import { CJK } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { weightingOnly } from '../text/sound-weighting';
import { unitKey } from '../text/unit-key';
import type { ModelContext, ValueInfo } from './model-context';
import { unitCharacterProblem } from './unit-characters';

/**
 * A unit written after a limit's number that is not the unit of the value it
 * limits (rule-format.md: "a unit, if written, must be the indicator's"): what
 * was written, what the value is measured in, and what to write instead. The
 * units are compared as written, whatever their characters (`dB(A)`, `分钟`),
 * the spellings of one unit being one (`N/mm²`, `N/mm2` and `MPa`).
 * A unit that is also the name of a value or table (`≥ 40 kv`) most likely
 * meant a formula, so the message says how to write one.
 *
 * The same holds for a condition's number (`when: { capacity: "≤ 4.5 kW" }`),
 * which the messages then call a condition.
 *
 * @param name - the indicator or derived value the limit applies to
 * @param number - the limit's number as written, for the formula example
 * @param what - whether the number is a requirement's limit or a `when` condition's
 * @returns undefined when the unit is the value's own
 *
 * @example
 * limitUnitProblem(ctx, 'noise', { unit: 'dB(A)', … }, 'dB', '40')?.en
 * // 'the limit is written in dB, but "noise" is measured in dB(A): write the number alone or with dB(A)'
 */
export function limitUnitProblem(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  written: string,
  number: string,
  what: 'limit' | 'condition' = 'limit',
): LocalizedText | undefined {
  // `≥ 35 N/mm²` for a value in MPa: spellings of one unit are one, as a sheet's header is read.
  if (written === info.unit || (info.unit !== undefined && unitKey(written) === unitKey(info.unit)))
    return undefined;
  // The unit itself is told to be mended (`H　B`): a limit in `HB` is then right as written.
  if (info.unit !== undefined && unitCharacterProblem(info.unit)) return undefined;
  const unit = info.unit;
  const [zhWhat, enWhat] = what === 'limit' ? ['限值', 'limit'] : ['条件', 'condition'];
  const zh =
    unit === undefined
      ? `${zhWhat}的单位是${spaced(written)}，但“${name}”没有单位：请只写数值`
      : `${zhWhat}的单位是${spaced(written)}，但“${name}”的单位是${spaced(unit)}：请只写数值，或写单位${spaced(unit)}`;
  const en =
    unit === undefined
      ? `the ${enWhat} is written in ${written}, but "${name}" is measured in no unit: write the number alone`
      : `the ${enWhat} is written in ${written}, but "${name}" is measured in ${unit}: write the number alone or with ${unit}`;
  if (/^[A-Za-z_$][\w$]*$/.test(written) && (ctx.values.has(written) || ctx.tables.has(written)))
    return localized(
      `${zh}；“${written}”也是某个值或表的名称：公式要用运算符连接，如“${number} * ${written}”`,
      `${en}; "${written}" is also the name of a value or table: a formula joins it with an operator, e.g. "${number} * ${written}"`,
    );
  // `≤ 45 dB(A)` under `unit: dB`: the limit is likelier right than the unit, as noise tests report the
  // A-weighted level; say to check the indicator's unit too (newcomer-36 M6).
  if (unit !== undefined && unitKey(written) === 'dB(A)' && weightingOnly(written, unit))
    return localized(
      `${zh}；若限值本就是 A 计权声级（噪声试验通常如此），该改的是指标“${name}”的“unit”：请写 unit: ${written}（dB(A) 是 A 计权声级，与未计权的 dB 是不同的量，不能换算）`,
      `${en}; if the limit is the A-weighted level (as noise tests report), it is the indicator's "unit" that needs changing: write unit: ${written} for "${name}" (dB(A) is A-weighted, another quantity than unweighted dB, and not convertible)`,
    );
  return localized(zh, en);
}

// One space before a unit, as between Chinese and Latin text (`单位是 MPa`, `单位是 %`); a Chinese one in quotes
// (`单位是“个”`), which run into the words round it read as one (`单位是个/m²`: newcomer-34 F6).
function spaced(unit: string): string {
  return CJK.test(unit[0] ?? '') ? `“${unit}”` : ` ${unit}`;
}
