import type { Band } from '../model/band';
import type { DerivedModel, IndicatorModel, TableModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import type { KnownSpan } from './check-satisfiable';
import { FormulaIntervals } from './formula-interval';
import type { ModelContext } from './model-context';
import { TOTAL_SCORE } from './resolve-values';
import { unreadRanges } from './unread-ranges';

// Weighted means of decimal points are not exact in binary: 100 can come out 99.99999999999999.
const SLACK = 1e-9;

/**
 * What each value can be before any requirement is applied: an indicator's
 * declared `range` and its `plausible` band (a record outside either is
 * invalid, so a limit beyond them is never met by a record that is graded:
 * a scope `≤ 14` under `plausible: "≥ 1000"`), and for scoring the lowest and highest score each
 * dimension and the total can reach (a weighted mean of its items' lowest
 * and highest points, or of a scored value's range). A derived value of the
 * file lies where its formula takes its inputs' ranges (`improvement * 10`
 * with improvement in [0, 10]: at most 100), narrowed by its own `plausible`
 * (newcomer-37 M1), and a derived value scored as itself counts so. An end
 * that cannot be known (a value scored as itself with no range) is left open.
 *
 * @example
 * knownSpans(ctx, indicators).get('noise')?.why('upper').en // "\"noise\" is declared in [20, 70]"
 */
export function knownSpans(
  ctx: ModelContext,
  indicators: readonly IndicatorModel[],
  derived: readonly DerivedModel[] = [],
  tables: readonly TableModel[] = [],
): Map<string, KnownSpan> {
  const out = new Map<string, KnownSpan>();
  const byName = new Map(indicators.map((i) => [i.name, i]));
  for (const i of indicators) {
    const span = declaredSpan(i.name, i.range, i.plausible);
    if (span) out.set(i.name, span);
  }
  const computed = derivedSpans(ctx, indicators, derived, tables);
  for (const [name, span] of computed) out.set(name, span);
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
      const range = byName.get(item.indicator)?.range ?? computed.get(item.indicator);
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

/**
 * The spans of the file's own numeric derived values (scoring's sums are spanned from their items): the interval
 * of the formula over its inputs' ranges, a little wider, as the arithmetic rounds, narrowed by `plausible`.
 */
function derivedSpans(
  ctx: ModelContext,
  indicators: readonly IndicatorModel[],
  derived: readonly DerivedModel[],
  tables: readonly TableModel[],
): Map<string, KnownSpan> {
  const out = new Map<string, KnownSpan>();
  const written = ctx.doc.derived ?? {};
  const intervals = new FormulaIntervals(indicators, derived, tables, unreadRanges(ctx, indicators));
  for (const d of derived) {
    const formula = Object.hasOwn(written, d.name) ? written[d.name]?.formula : undefined;
    if (formula === undefined || d.kind !== 'number') continue;
    const i = intervals.interval({ k: 'ref', name: d.name, slot: d.slot, kind: 'number' });
    const [lo, hi] = [Number.isFinite(i.lo) ? i.lo : -Infinity, Number.isFinite(i.hi) ? i.hi : Infinity];
    const bounded = lo > -Infinity || hi < Infinity;
    const band: Band | undefined = bounded
      ? {
          lower: lo > -Infinity ? lo - Math.abs(lo) * SLACK - SLACK : lo,
          lowerInclusive: true,
          upper: hi < Infinity ? hi + Math.abs(hi) * SLACK + SLACK : hi,
          upperInclusive: true,
          text: '',
        }
      : undefined;
    const shown = (v: number) => String(Number(v.toFixed(4)));
    const why = (end: 'lower' | 'upper'): LocalizedText =>
      end === 'upper'
        ? localized(
            `“${d.name}”由公式 ${formula} 得出，按其输入的取值范围（range）最高为 ${shown(hi)}`,
            `"${d.name}" is computed as ${formula}, at most ${shown(hi)} over its inputs' declared ranges`,
          )
        : localized(
            `“${d.name}”由公式 ${formula} 得出，按其输入的取值范围（range）最低为 ${shown(lo)}`,
            `"${d.name}" is computed as ${formula}, at least ${shown(lo)} over its inputs' declared ranges`,
          );
    const span = declaredSpan(d.name, band, d.plausible, why);
    if (span) out.set(d.name, span);
  }
  return out;
}

/**
 * A value's `range` (an indicator's as declared; a derived value's from its formula, said by `rangeWhy`) narrowed
 * by its `plausible` band, each end saying which of the two set it.
 */
function declaredSpan(
  name: string,
  range: Band | undefined,
  plausible: Band | undefined,
  rangeWhy?: (end: 'lower' | 'upper') => LocalizedText,
): KnownSpan | undefined {
  if (!range && !plausible) return undefined;
  const declared = range
    ? localized(`“${name}”声明的取值范围是 ${range.text}`, `"${name}" is declared in ${range.text}`)
    : undefined;
  const fromRange = range ? (rangeWhy ?? (() => declared!)) : undefined;
  const fromPlausible = plausible
    ? () =>
        localized(
          `“${name}”的合理范围（plausible）是 ${plausible.text}，超出即为无效记录`,
          `"${name}" is plausible in ${plausible.text} only, and a record outside it is invalid`,
        )
    : undefined;
  let span = { lower: -Infinity, lowerInclusive: false, upper: Infinity, upperInclusive: false };
  let [lowerWhy, upperWhy] = [fromRange, fromRange];
  for (const [band, why] of [
    [range, fromRange],
    [plausible, fromPlausible],
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
    return range ? { ...range, why: fromRange! } : undefined;
  const fallback = (fromRange ?? fromPlausible)!;
  return { ...span, why: (end) => (end === 'lower' ? (lowerWhy ?? fallback) : (upperWhy ?? fallback))(end) };
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
