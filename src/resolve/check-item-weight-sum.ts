import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

// A sum this close to 100 or 1 is that figure: 0.15 + 0.2 + … adds up to 0.9999999999999999.
const EPSILON = 1e-9;

/**
 * Warns (`invalid-scoring`, as a warning) where the items of a dimension have weights that look like
 * percentages or fractions but do not add up to 100 or 1 (newcomer-31 F-9: 40/30/20 = 90 beside dimensions
 * whose items add up to 100), as the dimensions' own weights are warned of: an item counts as
 * `weight ÷ sum` of its dimension, so a typo changes every record's score without a word. Items with no
 * weight (1 each) and ratios (2:1:1) are not warned of, nor a sum far from 100 (40/20, a 2:1 split whose
 * third item was left out, is no typo of 100): only 80 to 120, or 0.8 to 1.2 with a fraction among them.
 * At the dimension's first item weight.
 *
 * @example
 * checkItemWeightSum(ctx); // warns: 维度“dimOrg”中各评分项的权重之和为 90，不是 100 …
 */
export function checkItemWeightSum(ctx: ModelContext): void {
  for (const [d, dim] of (ctx.doc.scoring?.dimensions ?? []).entries()) {
    const items = dim.items ?? [];
    const weights = items.map((item) => ({ weight: item.weight ?? 1 }));
    const sum = weights.reduce((s, w) => s + w.weight, 0);
    const target = aimedSum(sum, weights);
    if (target === undefined || Math.abs(sum - target) <= EPSILON * target) continue;
    const at = items.findIndex((item) => item.weight !== undefined);
    if (at < 0) continue;
    const first = items[at]!;
    const shown = Number(sum.toPrecision(12));
    const share = `${Number((((first.weight ?? 1) / sum) * 100).toFixed(2))}%`;
    const issue = ctx.source.issue(
      'invalid-scoring',
      localized(
        `维度“${dim.id}”中各评分项的权重之和为 ${shown}，不是 ${target}：项目的权重只按相对大小计算，每项按“权重 ÷ ${shown}”计入维度得分` +
          `（如“${first.indicator}”的 ${first.weight} 计为 ${share}）。若是笔误，请改正权重使其和为 ${target}；若有意如此，可改写为和为 ${target} 的权重以免误读`,
        `the items of dimension "${dim.id}" have weights adding up to ${shown}, not ${target}: item weights count only relative to each ` +
          `other, so each item counts as weight ÷ ${shown} in the dimension's score ("${first.indicator}" with ${first.weight} counts as ${share}). ` +
          `If it is a typo, correct the weights to add up to ${target}; if it is meant, write weights that add up to ${target} so no reader is misled`,
      ),
      ['scoring', 'dimensions', d, 'items', at, 'weight'],
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}

/** The sum item weights look meant to add up to, when a typo away from it: 100 or 1; none for ratios. */
function aimedSum(sum: number, weights: readonly { weight: number }[]): 100 | 1 | undefined {
  if (sum >= 80 && sum <= 120) return 100;
  if (sum >= 0.8 && sum <= 1.2 && weights.some((w) => !Number.isInteger(w.weight))) return 1;
  return undefined;
}
