import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

/**
 * Warns (`invalid-scoring`, as a warning) where one indicator or derived value is scored by two items, in two
 * dimensions or in one (newcomer-31 F-9): its points then count twice in the total, which an evaluation
 * scheme rarely means and a copied line easily does. At the second item, naming the first.
 *
 * @example
 * checkScoredTwice(ctx); // warns at dimensions[3].items[0]: “spc”已在维度“dimAnalysis”中评分 …
 */
export function checkScoredTwice(ctx: ModelContext): void {
  const first = new Map<string, string>();
  const said = new Set<string>();
  for (const [d, dim] of (ctx.doc.scoring?.dimensions ?? []).entries()) {
    for (const [i, item] of (dim.items ?? []).entries()) {
      const name = item.indicator;
      if (typeof name !== 'string') continue;
      const earlier = first.get(name);
      if (earlier === undefined) {
        first.set(name, dim.id);
        continue;
      }
      // Once per name: a third item of it says nothing the second did not.
      if (said.has(name)) continue;
      said.add(name);
      const same = earlier === dim.id;
      const issue = ctx.source.issue(
        'invalid-scoring',
        localized(
          `“${name}”已在维度“${earlier}”中评分，${same ? '在同一维度中又评分一次' : `又计入维度“${dim.id}”`}：它的得分在总分中计了两次。` +
            '若是复制时的笔误，请删去其中一项；若标准确实如此，可忽略本警告',
          `"${name}" is already scored in dimension "${earlier}", and ${same ? 'again in the same dimension' : `again in dimension "${dim.id}"`}: ` +
            'its points count twice in the total. If a line was copied by mistake, remove one; if the standard means it, ignore this warning',
        ),
        ['scoring', 'dimensions', d, 'items', i, 'indicator'],
      );
      ctx.issues.push({ ...issue, severity: 'warning' });
    }
  }
}
