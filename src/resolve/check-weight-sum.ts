import type { DocumentPath } from '../load/source-document';
import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

/** One dimension's weight as written, and where. */
export interface DimensionWeight {
  id: string;
  weight: number;
  path: DocumentPath;
}

// A sum this close to 100 or 1 is that figure: 0.15 + 0.2 + … adds up to 0.9999999999999999.
const EPSILON = 1e-9;

/**
 * Warns (`invalid-scoring`, as a warning) where the dimensions' weights look
 * like percentages or fractions but do not add up to 100 or 1 (newcomer-29 F1):
 * weights count only relative to each other, so 15/20/20/15/15/10 (95) grades
 * every enterprise as 15/95 … without a word, and a typo (10 for 15) changes
 * every total. Weights that are ratios (1 and 2, 3:2:1) are not warned of: a
 * sum from 50 to 150 reads as percentages, one from 0.5 to 1.5 with a
 * fraction among the weights as shares of 1. At the first weight, with the
 * sum and what each weight then counts as.
 *
 * @example
 * checkWeightSum(ctx, [{ id: 'a', weight: 15, path }, { id: 'b', weight: 80, path: path2 }]);
 * // warns: 各维度的权重之和为 95，不是 100 …
 */
export function checkWeightSum(ctx: ModelContext, weights: readonly DimensionWeight[]): void {
  const first = weights[0];
  if (!first) return;
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  const target = aimedSum(sum, weights);
  if (target === undefined || Math.abs(sum - target) <= EPSILON * target) return;
  const shown = Number(sum.toPrecision(12));
  const share = (w: DimensionWeight) => `${Number(((w.weight / sum) * 100).toFixed(2))}%`;
  const example = `“${first.id}”的 ${first.weight} 计为 ${share(first)}`;
  const exampleEn = `"${first.id}" with ${first.weight} counts as ${share(first)}`;
  const unit = target === 100 ? localized('100', '100') : localized('1', '1');
  const issue = ctx.source.issue(
    'invalid-scoring',
    localized(
      `各维度的权重之和为 ${shown}，不是 ${unit.zh}：权重只按相对大小计算，每个维度按“权重 ÷ ${shown}”计入总分（如${example}），` +
        `总分不会提示这一点。若是笔误，请改正权重使其和为 ${unit.zh}；若有意如此，可改写为和为 ${unit.zh} 的权重以免误读`,
      `the dimensions' weights add up to ${shown}, not ${unit.en}: weights count only relative to each other, so each dimension ` +
        `counts as weight ÷ ${shown} in the total (${exampleEn}), and nothing says so when grading. If it is a typo, correct ` +
        `the weights to add up to ${unit.en}; if it is meant, write weights that add up to ${unit.en} so no reader is misled`,
    ),
    first.path,
  );
  ctx.issues.push({ ...issue, severity: 'warning' });
}

/** The sum the weights look meant to add up to: 100 for percentages, 1 for shares; none for ratios. */
function aimedSum(sum: number, weights: readonly DimensionWeight[]): 100 | 1 | undefined {
  if (sum >= 50 && sum <= 150) return 100;
  if (sum >= 0.5 && sum <= 1.5 && weights.some((w) => !Number.isInteger(w.weight))) return 1;
  return undefined;
}
