import type { CheckModel, IndicatorModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import { requirementShown, spanOf } from './check-satisfiable';

/** An interval of values, with what set each end (a declared `range`, `plausible`, a scope item). */
export interface Allowed {
  lower: number;
  lowerInclusive: boolean;
  upper: number;
  upperInclusive: boolean;
  lowerWhy?: LocalizedText;
  upperWhy?: LocalizedText;
}

/** An interval of values: open ends are infinite. */
export type Interval = Omit<Allowed, 'lowerWhy' | 'upperWhy'>;

/** Every value. */
export const ALL: Interval = {
  lower: -Infinity,
  lowerInclusive: false,
  upper: Infinity,
  upperInclusive: false,
};

/**
 * What a graded record can have, for each value some declared band or scope
 * item narrows: a value out of `range` or `plausible` makes the record
 * invalid, one a scope item refuses puts it out of scope. A set of limits
 * that leaves nothing is left out (it is warned about as `unreachable-grade`).
 *
 * @example
 * allowedSpans(scope, indicators).get('placeSettings') // (0, 16]: range "> 0", scope "≤ 16"
 */
export function allowedSpans(
  scope: readonly CheckModel[],
  indicators: readonly IndicatorModel[],
): Map<string, Allowed> {
  const out = new Map<string, Allowed>();
  const narrow = (name: string, band: Interval, why: LocalizedText) => {
    out.set(name, narrowed(out.get(name) ?? { ...ALL }, band, why));
  };
  for (const i of indicators) {
    if (i.range)
      narrow(
        i.name,
        i.range,
        localized(
          `“${i.name}”声明的取值范围是 ${i.range.text}`,
          `"${i.name}" is declared in ${i.range.text}`,
        ),
      );
    if (i.plausible)
      narrow(
        i.name,
        i.plausible,
        localized(
          `“${i.name}”的合理范围（plausible）是 ${i.plausible.text}，超出即为无效记录`,
          `"${i.name}" is plausible in ${i.plausible.text} only, and a record outside it is invalid`,
        ),
      );
  }
  for (const s of scope) {
    // A scope item under a `when`, or on a mean or count of specimens, does not hold every record back.
    if (!s.subject || s.when || s.aggregate !== 'each') continue;
    const span = spanOf(s);
    if (!span) continue;
    narrow(
      s.subject,
      span,
      localized(
        `第 ${s.location.line} 行的范围项“${s.sourceId}”要求“${requirementShown(s)}”`,
        `scope item "${s.sourceId}", line ${s.location.line}, asks ${requirementShown(s)}`,
      ),
    );
  }
  for (const [name, span] of out) if (isEmpty(span)) out.delete(name);
  return out;
}

/** `a` narrowed to `b`, each end keeping the reason of the one that set it. */
function narrowed(a: Allowed, b: Interval, why: LocalizedText): Allowed {
  const out: Allowed = { ...a };
  if (b.lower > a.lower || (b.lower === a.lower && !b.lowerInclusive && a.lowerInclusive)) {
    out.lower = b.lower;
    out.lowerInclusive = b.lowerInclusive;
    out.lowerWhy = why;
  }
  if (b.upper < a.upper || (b.upper === a.upper && !b.upperInclusive && a.upperInclusive)) {
    out.upper = b.upper;
    out.upperInclusive = b.upperInclusive;
    out.upperWhy = why;
  }
  return out;
}

/**
 * The values in both `a` and `b`.
 *
 * @example
 * meet(ALL, { lower: 0, lowerInclusive: false, upper: 16, upperInclusive: true }) // (0, 16]
 */
export function meet(a: Interval, b: Interval): Interval {
  const lowerFromA = a.lower > b.lower || (a.lower === b.lower && !a.lowerInclusive);
  const upperFromA = a.upper < b.upper || (a.upper === b.upper && !a.upperInclusive);
  return {
    lower: lowerFromA ? a.lower : b.lower,
    lowerInclusive: lowerFromA ? a.lowerInclusive : b.lowerInclusive,
    upper: upperFromA ? a.upper : b.upper,
    upperInclusive: upperFromA ? a.upperInclusive : b.upperInclusive,
  };
}

/**
 * Whether an interval holds no value, e.g. `(5, 5]`.
 *
 * @example
 * isEmpty({ lower: 5, lowerInclusive: false, upper: 5, upperInclusive: true }) // true
 */
export function isEmpty(s: Interval): boolean {
  return s.lower > s.upper || (s.lower === s.upper && !(s.lowerInclusive && s.upperInclusive));
}
