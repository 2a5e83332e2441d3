import type { DocumentPath } from '../load/source-document';
import type { ScoringDocument } from '../model/rule-document';
import { numberValueProblem } from '../text/finite-number';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

const WEIGHT = localized('权重', 'weight');
const SCORE = localized('分数', 'score');
const CUTOFF = localized('分数线', 'cutoff');
const MINIMUM = localized('最低分', 'minimum');

/**
 * Refuses a scoring number that qgrade would read otherwise than it is written, as a limit is refused
 * (hostile-33 F1/F2): more than 15 significant digits (`100.00000000000000000001`, read as 100, then shown as
 * written) or YAML's hexadecimal and octal integers (`0x32`, `0o144`). Weights (a dimension's and an item's),
 * points (a map's values, a band list's scores), cutoffs and minimums; each at its line:column, as
 * `invalid-scoring`. A weight or a score is a figure the association publishes: one a reader cannot check
 * would be as false as a limit.
 *
 * @returns whether every number passed
 */
export function checkScoringNumbers(ctx: ModelContext, scoring: ScoringDocument): boolean {
  let ok = true;
  const check = (value: unknown, path: DocumentPath, noun: LocalizedText): void => {
    if (typeof value !== 'number') return;
    const problem = numberValueProblem(value, ctx.source.literal(path), noun);
    if (!problem) return;
    ctx.error('invalid-scoring', problem, path);
    ok = false;
  };
  for (const [i, dim] of scoring.dimensions.entries()) {
    const at = ['scoring', 'dimensions', i];
    check(dim.weight, [...at, 'weight'], WEIGHT);
    for (const [j, item] of dim.items.entries()) {
      const itemAt = [...at, 'items', j];
      check(item.weight, [...itemAt, 'weight'], WEIGHT);
      const points = item.points;
      if (Array.isArray(points)) {
        for (const [k, pair] of points.entries())
          if (Array.isArray(pair)) check(pair[1], [...itemAt, 'points', k, 1], SCORE);
      } else if (points)
        for (const [key, value] of Object.entries(points)) check(value, [...itemAt, 'points', key], SCORE);
    }
  }
  for (const [grade, cutoff] of Object.entries(scoring.cutoffs))
    check(cutoff, ['scoring', 'cutoffs', grade], CUTOFF);
  for (const [grade, minimums] of Object.entries(scoring.minimums ?? {}))
    for (const [dim, min] of Object.entries(minimums))
      check(min, ['scoring', 'minimums', grade, dim], MINIMUM);
  return ok;
}
