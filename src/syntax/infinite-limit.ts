import type { CompareOperator } from '../model/operators';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { asciiMinus } from '../text/typeset-minus';

// Infinity as the limit would be written: `∞`, `inf`, `Infinity`, YAML's `.inf`, each maybe signed.
const INFINITY = /^([+-]?)\s*(?:∞|\.?inf|infinity)$/i;

/**
 * `≤ −∞`, `< -inf`, `≥ ∞`: infinity as a limit, with any minus sign (`−`, `–`) as written. It is no figure of a
 * standard, and such a requirement holds for every value or for none: say which, and to write the figure
 * (hostile-44: "can never match it", and the typeset-minus advice offered `≤ -∞`, refused in turn).
 *
 * @param requirement - the requirement as written, quoted in the message
 * @param limit - the limit after the operator
 * @returns the message, or `undefined` when the limit is no infinity
 * @example
 * infiniteLimit('≤ −∞', '<=', '−∞')?.en; // '"≤ −∞" has infinity for its limit, which is no number: no value meets it; …'
 */
export function infiniteLimit(
  requirement: string,
  operator: CompareOperator,
  limit: string,
): LocalizedText | undefined {
  const m = INFINITY.exec(asciiMinus(limit).trim());
  if (!m) return undefined;
  const negative = m[1] === '-';
  // Every value is above −∞ and below ∞, and none equals either.
  const below = operator === '<' || operator === '<=';
  const above = operator === '>' || operator === '>=';
  const every = (below && !negative) || (above && negative) || operator === '!=';
  const shown = safeLine(cutShort(requirement.trim().replace(/\s+/g, ' '), 80));
  return every
    ? localized(
        `“${shown}”的限值是无穷大，不是数值：它对任何值都成立，什么也不检验；请写标准给出的限值，没有限值就不写这条要求`,
        `"${shown}" has infinity for its limit, which is no number: it holds for every value and checks nothing; write the standard's figure, or leave the requirement out if there is none`,
      )
    : localized(
        `“${shown}”的限值是无穷大，不是数值：任何值都不满足它；请写标准给出的限值`,
        `"${shown}" has infinity for its limit, which is no number: no value meets it; write the standard's figure`,
      );
}
