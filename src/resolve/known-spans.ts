import type { IndicatorModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import type { KnownSpan } from './check-satisfiable';
import type { ModelContext } from './model-context';
import { TOTAL_SCORE } from './resolve-values';

// Weighted means of decimal points are not exact in binary: 100 can come out 99.99999999999999.
const SLACK = 1e-9;

/**
 * What each value can be before any requirement is applied: an indicator's
 * declared `range`, and for scoring the lowest and highest score each
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
    if (!i.range) continue;
    const why = localized(
      `“${i.name}”声明的取值范围是 ${i.range.text}`,
      `"${i.name}" is declared in ${i.range.text}`,
    );
    out.set(i.name, { ...i.range, why: () => why });
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
