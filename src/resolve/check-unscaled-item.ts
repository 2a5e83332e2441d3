import type { Band } from '../model/band';
import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

/** The top of the score scale: an item without `points` scores its value as points out of this. */
const FULL_SCORE = 100;

/**
 * Warns (`invalid-scoring`, as a warning) at a scoring item with no `points` whose indicator's declared
 * `range` does not top at 100 (newcomer-31 W/M-1): without `points` the value is the score on 0–100, so a
 * 0–5 self-assessment scores its full 5 as 5 out of 100 and silently drags its dimension down (a range
 * that tops above 100 scores past the scale). The advice names both fixes: `points` bands, or a derived
 * value scaling the range to 0–100 (`x * 20`) scored instead. No warning without a range, or for one
 * that tops at 100.
 *
 * @param range - the indicator's declared `range`, when it has one
 * @param path - the item's path (`scoring.dimensions[4].items[1]`); the warning is at its `indicator`
 * @example
 * checkUnscaledItem(ctx, 'staffTraining', range0to5, ['scoring', 'dimensions', 4, 'items', 1]);
 * // warns: “staffTraining”的取值范围是 [0, 5]，而没有“points”时值本身就是得分（按 0–100 计）…
 */
export function checkUnscaledItem(
  ctx: ModelContext,
  indicator: string,
  range: Band | undefined,
  path: readonly (string | number)[],
): void {
  if (!range || !Number.isFinite(range.upper) || range.upper === FULL_SCORE) return;
  const formula = scaleFormula(indicator, range);
  const top = String(range.upper);
  const issue = ctx.source.issue(
    'invalid-scoring',
    localized(
      `“${indicator}”的取值范围是 ${range.text}，而评分项没有“points”时值本身就是得分（按 0–${FULL_SCORE} 计）：取 ${top} 只得 ${top} 分。` +
        `请加“points”把取值换算为得分（如 points: [["< 1", 0], ["≥ 5", 100]] 这样逐档给分），` +
        `或定义派生值（derived，formula: "${formula}"）换算到 0–${FULL_SCORE}，再对该派生值评分`,
      `"${indicator}" is declared in ${range.text}, but an item without "points" scores the value itself on 0–${FULL_SCORE}: ` +
        `${top} scores only ${top} points. Add "points" turning values into points (bands such as [["< 1", 0], ["≥ 5", 100]]), ` +
        `or define a derived value (formula: "${formula}") scaling it to 0–${FULL_SCORE} and score that instead`,
    ),
    [...path, 'indicator'],
  );
  ctx.issues.push({ ...issue, severity: 'warning' });
}

/** A formula scaling a range linearly onto 0–100: `x * 20` for [0, 5], `(x - 1) * 25` for [1, 5]. */
function scaleFormula(name: string, range: Band): string {
  const lower = Number.isFinite(range.lower) ? range.lower : 0;
  const span = range.upper - lower;
  const factor = Number((FULL_SCORE / span).toPrecision(6));
  const base = lower === 0 ? name : `(${name} - ${lower})`;
  return span > 0 ? `${base} * ${factor}` : `${name} * 100 / ${range.upper}`;
}
