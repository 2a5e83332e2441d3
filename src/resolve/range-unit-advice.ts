import type { RequirementError } from '../syntax/parse-requirement';
import { CJK } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { unitKey } from '../text/unit-key';

/**
 * The units written after a range's numbers (`cm` of `2~6 cm`, `[2, 6] cm`; `mm, cm` for two) that are not the unit
 * the value is measured in, or `undefined` when each is that unit or the value has none: "write the range without
 * the unit" would then read centimetres as millimetres and grade a 20–60 mm pane by the 2–6 mm band (hostile-new-42).
 */
export function otherRangeUnit(written: string, unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  const other = written.split(', ').filter((u) => u !== unit && unitKey(u) !== unitKey(unit));
  return other.length > 0 ? other.join(', ') : undefined;
}

/** What to write for a range in another unit than the value's: its ends converted, with no unit. */
export function rangeUnitText(name: string, written: string, unit: string): LocalizedText {
  return localized(
    `区间的单位是${spaced(written)}，但“${name}”的单位是${spaced(unit)}；请把两端换算为${spaced(unit)}，写成不带单位的区间（方括号含端点，圆括号不含）`,
    `the range is written in ${written}, but "${name}" is measured in ${unit}; convert its ends to ${unit} and write the range without a unit (square brackets take the end in, round ones leave it out)`,
  );
}

/**
 * A requirement's or condition's reading error, told to convert where the range it writes carries a unit other
 * than the value's ({@link otherRangeUnit}); the error as it is otherwise.
 */
export function rangeUnitError(
  problem: RequirementError,
  name: string,
  unit: string | undefined,
): RequirementError {
  const other = problem.rangeUnit === undefined ? undefined : otherRangeUnit(problem.rangeUnit, unit);
  if (other === undefined || unit === undefined) return problem;
  const error = rangeUnitText(name, other, unit);
  return { error, ...(problem.index !== undefined ? { index: problem.index } : {}) };
}

function spaced(unit: string): string {
  return CJK.test(unit[0] ?? '') ? `“${unit}”` : ` ${unit}`;
}
