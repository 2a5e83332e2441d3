import type { FormulaScope } from '../syntax/parse-formula';
import { parseFormula } from '../syntax/parse-formula';
import { type LocalizedText, localized } from '../text/localized-text';

// The formula, then its unit as a standard prints it after one: `… / b (N)`, `…（N）`, `… N`.
const UNIT_TAIL = /^(.*?\S)\s*([(（]\s*([^()（）\s]+)\s*[)）]|\s([^\s()（）]+))\s*$/su;

/**
 * A derived value's formula written with its unit after it, as a standard
 * prints one (`breakingLoad * span / width (N)`): the parser reads `width (N)`
 * as a call of `width`, `width N` as a missing operator. When the formula
 * reads without it and the unit is in brackets (and no name), or is the
 * derived value's own, says to leave it out (newcomer-45).
 *
 * @param name - the derived value
 * @param formula - the formula as written
 * @param unit - the derived value's `unit`
 * @param scope - the names the formula may use
 * @returns the message and the unit's index in the formula, or `undefined`
 * @example
 * formulaUnitTail('s', 'f * l / b (N)', 'N', scope)?.text.en
 * // 'formula of "s": a formula takes no unit: remove "(N)" and write f * l / b (its unit is the "unit: N" of "s")'
 */
export function formulaUnitTail(
  name: string,
  formula: string,
  unit: string,
  scope: FormulaScope,
): { text: LocalizedText; index: number } | undefined {
  const m = UNIT_TAIL.exec(formula);
  if (!m) return undefined;
  const [, head, tail, bracketed, bare] = m as unknown as [string, string, string, string?, string?];
  // A bare word after the formula may be a name missing its operator: only the value's own unit is taken for one.
  const written = bracketed ?? bare!;
  if (bare !== undefined && bare !== unit) return undefined;
  if (bracketed !== undefined && scope.value(bracketed)) return undefined;
  if (parseFormula(head, scope).errors.length > 0) return undefined;
  const shown = bracketed !== undefined ? tail : bare!;
  const why =
    written === unit
      ? localized(`单位已由“${name}”的“unit: ${unit}”给出`, `its unit is the "unit: ${unit}" of "${name}"`)
      : localized(
          `“${name}”的单位是“unit: ${unit}”；公式按所读各值的单位计算，不换算`,
          `"${name}" is in its "unit: ${unit}"; a formula computes in the units of the values it reads, converting nothing`,
        );
  return {
    text: localized(
      `“${name}”的公式：公式中不写单位：请删去“${shown}”，写成 ${head}（${why.zh}）`,
      `formula of "${name}": a formula takes no unit: remove "${shown}" and write ${head} (${why.en})`,
    ),
    index: formula.lastIndexOf(shown),
  };
}
