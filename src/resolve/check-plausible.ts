import type { Band } from '../model/band';
import type { IndicatorModel } from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

/**
 * Checks each indicator's `plausible` band (the rule author's sanity check:
 * a value outside it makes the record invalid) for the two slips that make
 * every real record invalid (hostile-27 M1):
 *
 * - a single value (`plausible: "1000"`, what quoting `plausible: 1000`
 *   gives): only that value is plausible, where a bound (`"≥ 1000"`) was meant;
 * - a band sharing no value with the indicator's `range` (`plausible: "≤ 0"`
 *   with `range: "> 0"`): a value is out of one or the other.
 *
 * Both are errors at the `plausible` key: no record the rule set could grade
 * would be graded.
 *
 * @example
 * checkPlausible(ctx, indicators); // error at indicators.capacity.plausible: "1000" holds the one value 1000 …
 */
export function checkPlausible(ctx: ModelContext, indicators: readonly IndicatorModel[]): void {
  for (const ind of indicators) {
    const p = ind.plausible;
    if (!p) continue;
    const path = ['indicators', ind.name, 'plausible'];
    if (p.lower === p.upper) {
      const v = p.text.replace(/^\s*=\s*/, '').trim();
      ctx.error(
        'invalid-band',
        localized(
          `“plausible”的“${p.text}”只含一个值 ${v}：“${ind.name}”为其他任何值的记录都会无效；合理范围请写成界限，如 "≥ ${v}"，或区间，如 "[${v}, …]"`,
          `"plausible" "${p.text}" holds the one value ${v}: a record with any other "${ind.name}" would be invalid; write a bound, e.g. "≥ ${v}", or an interval, e.g. "[${v}, …]"`,
        ),
        path,
      );
      continue;
    }
    const r = ind.range;
    if (r && !share(r, p))
      ctx.error(
        'invalid-band',
        localized(
          `“plausible”的“${p.text}”与“range”的“${r.text}”没有共同的值：“${ind.name}”的每个值不是超出 range 就是超出 plausible，每条记录都会无效；plausible 应在 range 之内`,
          `"plausible" "${p.text}" shares no value with "range" "${r.text}": every value of "${ind.name}" is outside one or the other, so every record would be invalid; plausible goes inside the range`,
        ),
        path,
      );
  }
}

/** Whether two bands have a value in common: `> 0` and `≤ 0` have none. */
function share(a: Band, b: Band): boolean {
  const [lower, lowerIn] =
    a.lower > b.lower || (a.lower === b.lower && !a.lowerInclusive)
      ? [a.lower, a.lowerInclusive]
      : [b.lower, b.lowerInclusive];
  const [upper, upperIn] =
    a.upper < b.upper || (a.upper === b.upper && !a.upperInclusive)
      ? [a.upper, a.upperInclusive]
      : [b.upper, b.upperInclusive];
  return lower < upper || (lower === upper && lowerIn && upperIn);
}
