import { foldLabel } from '../text/fold-label';
import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

const LANGUAGES = ['zh', 'en'] as const;

/**
 * Rejects (`duplicate-id`) a grade whose label, Chinese or English, is an
 * earlier grade's label in that language. Chinese tables, summaries and
 * "距…" reasons show grades by label only, so two grades named `普通级`
 * could not be told apart (`普通级  距普通级`). Labels are compared as
 * headers are (NFKC-folded, trimmed, white space made one space); located
 * at the later label, as a grade id listed twice is at the later id.
 *
 * @example
 * checkGradeLabels(ctx); // grades: [{ id: a, label: { zh: 普通级 } }, { id: b, label: { zh: 普通级 } }] → one error
 */
export function checkGradeLabels(ctx: ModelContext): void {
  for (const lang of LANGUAGES) {
    const seen = new Map<string, string>();
    for (const [index, g] of ctx.doc.grades.entries()) {
      const label = g.label?.[lang];
      if (typeof label !== 'string') continue;
      const text = foldLabel(label);
      if (text === '') continue;
      const first = seen.get(text);
      if (first === undefined) {
        seen.set(text, g.id);
        continue;
      }
      if (first === g.id) continue;
      const text2 = localized(
        `等级“${g.id}”与等级“${first}”的${lang === 'zh' ? '中文' : '英文'}标签同为“${label}”：结果中等级按标签显示，两者无法区分；请给“${g.id}”另起标签`,
        `grade "${g.id}" has the same ${lang === 'zh' ? 'Chinese' : 'English'} label as grade "${first}" ("${label}"): results show grades by label, so the two could not be told apart; give "${g.id}" a label of its own`,
      );
      ctx.error('duplicate-id', text2, ['grades', index, 'label', lang]);
    }
  }
}
