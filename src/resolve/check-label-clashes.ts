import type { IndicatorModel } from '../model/rule-set-model';
import { foldLabel } from '../text/fold-label';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

const LANGUAGES = ['zh', 'en'] as const;

/**
 * Warns (`ambiguous-label`) where an indicator's label, Chinese or English,
 * is another indicator's name or one of its labels. A CSV, .xlsx or Parquet
 * column is read by label as well as by name, so a column headed with that
 * text could be either indicator; reading one is a usage error until
 * `--map` says which, and a spreadsheet headed with the rule set's own
 * terms would need that mapping. Compared as headers are (NFKC-folded,
 * trimmed, white space made one space); each pair once, at the label
 * written later in the file (or at the label that is another's name).
 */
export function checkLabelClashes(ctx: ModelContext, indicators: readonly IndicatorModel[]): void {
  // Folded text → where it was first met: an indicator's name, or one of its labels.
  const seen = new Map<string, { ind: IndicatorModel; as: 'name' | 'zh' | 'en' }>();
  for (const ind of indicators) seen.set(foldLabel(ind.name), { ind, as: 'name' });
  for (const ind of indicators) {
    for (const lang of LANGUAGES) {
      const label = ind.label[lang];
      const text = foldLabel(label);
      if (text === '') continue;
      const other = seen.get(text);
      if (other === undefined) {
        seen.set(text, { ind, as: lang });
        continue;
      }
      if (other.ind === ind) continue;
      const issue = ctx.source.issue('ambiguous-label', clashText(ind, lang, label, other.ind, other.as), [
        'indicators',
        ind.name,
        'label',
        lang,
      ]);
      ctx.issues.push({ ...issue, severity: 'warning' });
    }
  }
}

const WHAT: Record<'name' | 'zh' | 'en', LocalizedText> = {
  name: localized('名称', 'name'),
  zh: localized('中文标签', 'Chinese label'),
  en: localized('英文标签', 'English label'),
};

function clashText(
  ind: IndicatorModel,
  lang: 'zh' | 'en',
  label: string,
  other: IndicatorModel,
  as: 'name' | 'zh' | 'en',
): LocalizedText {
  const [mine, theirs] = [WHAT[lang], WHAT[as]];
  return localized(
    `指标“${ind.name}”的${mine.zh}“${label}”也是指标“${other.name}”的${theirs.zh}：表头为“${label}”的 CSV、xlsx 列无法确定是哪个指标，读取时会报错，须用 --map 指明。请改写其中一个标签`,
    `the ${mine.en} "${label}" of the indicator "${ind.name}" is also the ${theirs.en} of the indicator "${other.name}": a CSV or .xlsx column headed "${label}" could be either, and reading one is a usage error until --map says which. Reword one of the labels`,
  );
}
