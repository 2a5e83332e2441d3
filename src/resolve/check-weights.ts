import type { DocumentPath } from '../load/source-document';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

/** One weight as written, and where. */
export interface WrittenWeight {
  weight: number;
  path: DocumentPath;
}

/**
 * Checks weights that are shared out as a weighted mean (a dimension's items,
 * or the dimensions): each counts as its share `weight / sum`. If the sum is
 * beyond what a number holds (two weights of 1e308) every share is 0 and
 * every score 0; if a weight is so small next to the others that its share
 * is 0 (1e-320 beside 1), it counts for nothing. Both are refused at the
 * weight, as `invalid-scoring`.
 *
 * @param whose - what the weights belong to, e.g. `dimension "d1"`, for the message.
 * @returns whether the weights passed.
 */
export function checkWeights(
  ctx: ModelContext,
  weights: readonly WrittenWeight[],
  whose: LocalizedText,
): boolean {
  let sum = 0;
  for (const w of weights) {
    sum += w.weight;
    if (Number.isFinite(sum)) continue;
    ctx.error(
      'invalid-scoring',
      localized(
        `${whose.zh}的权重之和超出了数值能表示的范围（约 1.8×10³⁰⁸），所有份额都会成为 0；权重只按相互比例计算，请写成如 1、2 这样的数`,
        `the weights of ${whose.en} add up to more than a number can hold (about 1.8e308), so every share would be 0; weights only count relative to each other, so write them as e.g. 1 and 2`,
      ),
      w.path,
    );
    return false;
  }
  for (const w of weights) {
    if (w.weight / sum !== 0) continue;
    ctx.error(
      'invalid-scoring',
      localized(
        `权重“${w.weight}”相对于${whose.zh}的权重之和（“${sum}”）太小，份额为 0，不起作用；请写成与其他权重相近大小的数`,
        `the weight ${w.weight} is so small next to the weights of ${whose.en} (their sum is ${sum}) that its share is 0 and it counts for nothing; write weights of similar size`,
      ),
      w.path,
    );
    return false;
  }
  return true;
}
