import type { IndicatorModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import type { KnownSpan } from './check-satisfiable';
import type { ModelContext } from './model-context';
import { TOTAL_SCORE } from './resolve-values';

// Weighted means of decimal points are not exact in binary: 100 can come out 99.99999999999999.
const SLACK = 1e-9;

/**
 * What each value can be before any requirement is applied: an indicator's
 * declared `range` and its `plausible` band (a record outside either is
 * invalid, so a limit beyond them is never met by a record that is graded:
 * a scope `≤ 14` under `plausible: "≥ 1000"`), and for scoring the lowest and highest score each
 * dimension and the total can reach (a weighted mean of its items' lowest
 * and highest points, or of a scored value's range). An end that cannot be
 * known (a value scored as itself with no range) is left open.
 *
 * @example
 * knownSpans(ctx, indicators).get('noise')?.why('upper').en // "\"noise\" is declared in [20, 70]"
 */
export function knownSpans(ctx: ModelContext, indicators: readonly IndicatorModel[]): Map<string, KnownSpan> {
  const out = new Map<string, KnownSpan>();
  const byName = new Map(indicators.map((i) => [i.name, i]));
  for (const i of indicators) {
    const span = declaredSpan(i);
    if (span) out.set(i.name, span);
  }
  const scoring = ctx.doc.scoring;
  if (!scoring) return out;
  const dims: { weight: number; lower: number; upper: number }[] = [];
  for (const d of scoring.dimensions) {
    const items = d.items.map((item) => {
      const points = item.points
        ? Array.isArray(item.points)
          ? item.points.map(([, p]) => p)
          : Object.values(item.points)
        : undefined;
      const range = byName.get(item.indicator)?.range;
      const lower = points?.length ? Math.min(...points) : (range?.lower ?? -Infinity);
      const upper = points?.length ? Math.max(...points) : (range?.upper ?? Infinity);
      return { weight: item.weight ?? 1, lower, upper };
    });
    const span = weightedMean(items);
    dims.push({ weight: d.weight, ...span });
    out.set(d.id, scoreSpan(span, localized(`维度“${d.id}”的得分`, `the score of dimension "${d.id}"`)));
  }
  out.set(TOTAL_SCORE, scoreSpan(weightedMean(dims), localized('总分', 'the total score')));
  return out;
}

/** An indicator's `range` narrowed by its `plausible` band, each end saying which of the two set it. */
function declaredSpan(i: IndicatorModel): KnownSpan | undefined {
  if (!i.range && !i.plausible) return undefined;
  const range = i.range
    ? localized(`“${i.name}”声明的取值范围是 ${i.range.text}`, `"${i.name}" is declared in ${i.range.text}`)
    : undefined;
  const plausible = i.plausible
    ? localized(
        `“${i.name}”的合理范围（plausible）是 ${i.plausible.text}，超出即为无效记录`,
        `"${i.name}" is plausible in ${i.plausible.text} only, and a record outside it is invalid`,
      )
    : undefined;
  let span = { lower: -Infinity, lowerInclusive: false, upper: Infinity, upperInclusive: false };
  let [lowerWhy, upperWhy] = [range, range];
  for (const [band, why] of [
    [i.range, range],
    [i.plausible, plausible],
  ] as const) {
    if (!band) continue;
    if (
      band.lower > span.lower ||
      (band.lower === span.lower && !band.lowerInclusive && span.lowerInclusive)
    ) {
      span = { ...span, lower: band.lower, lowerInclusive: band.lowerInclusive };
      lowerWhy = why;
    }
    if (
      band.upper < span.upper ||
      (band.upper === span.upper && !band.upperInclusive && span.upperInclusive)
    ) {
      span = { ...span, upper: band.upper, upperInclusive: band.upperInclusive };
      upperWhy = why;
    }
  }
  // A plausible band outside the range is an error of its own (check-plausible.ts): the range alone is what is known.
  if (span.lower > span.upper || (span.lower === span.upper && !(span.lowerInclusive && span.upperInclusive)))
    return i.range ? { ...i.range, why: () => range! } : undefined;
  const fallback = (range ?? plausible)!;
  return { ...span, why: (end) => (end === 'lower' ? (lowerWhy ?? fallback) : (upperWhy ?? fallback)) };
}

function weightedMean(parts: { weight: number; lower: number; upper: number }[]): {
  lower: number;
  upper: number;
} {
  const sum = parts.reduce((s, p) => s + p.weight, 0);
  if (!(sum > 0)) return { lower: -Infinity, upper: Infinity };
  const mean = (end: 'lower' | 'upper') => parts.reduce((s, p) => s + p.weight * p[end], 0) / sum;
  const [lower, upper] = [mean('lower'), mean('upper')];
  return {
    lower: Number.isFinite(lower) ? lower - Math.abs(lower) * SLACK - SLACK : -Infinity,
    upper: Number.isFinite(upper) ? upper + Math.abs(upper) * SLACK + SLACK : Infinity,
  };
}

function scoreSpan(span: { lower: number; upper: number }, what: LocalizedText): KnownSpan {
  const shown = (v: number) => String(Number(v.toFixed(4)));
  const why = (end: 'lower' | 'upper'): LocalizedText =>
    end === 'upper'
      ? localized(
          `${what.zh}最高为 ${shown(span.upper)}（各评分项的最高分加权）`,
          `${what.en} is at most ${shown(span.upper)} (its items' highest points, weighted)`,
        )
      : localized(
          `${what.zh}最低为 ${shown(span.lower)}（各评分项的最低分加权）`,
          `${what.en} is at least ${shown(span.lower)} (its items' lowest points, weighted)`,
        );
  return { lower: span.lower, lowerInclusive: true, upper: span.upper, upperInclusive: true, why };
}
