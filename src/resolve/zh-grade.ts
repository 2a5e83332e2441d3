import type { GradeModel } from '../model/rule-set-model';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import type { ModelContext } from './model-context';

/**
 * A grade as a Chinese message names it: by its Chinese label (`“一等品”`), as
 * explanations and reports name grades; by its id when it has no Chinese
 * label of its own or shares its label with another grade.
 *
 * @example
 * `等级${zhGrade(ctx, grade)}永远不会成为结果` // 等级“一等品”永远不会成为结果
 */
export function zhGrade(ctx: ModelContext, g: GradeModel): string {
  const label = g.label.zh?.trim() ?? '';
  const shared = ctx.gradeList.some((o) => o !== g && o.label.zh?.trim() === label);
  return `“${safeLine(cutShort(label && !shared ? label : g.id))}”`;
}
