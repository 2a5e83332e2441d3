import type { IndicatorModel } from '../model/rule-set-model';
import { foldLabel } from '../text/fold-label';
import { type LocalizedText, localized } from '../text/localized-text';
import { labelLooseForms } from '../text/loose-label';
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
 * written later in the file (or at the label that is another's name). Two
 * labels that are one loosely, as a header is read — white space aside, or
 * without the symbol that ends them (`屈服强度 ReL`, `屈服强度 ReH`) — are
 * warned about too, naming the text a header would give both with.
 */
export function checkLabelClashes(ctx: ModelContext, indicators: readonly IndicatorModel[]): void {
  // Folded text → where it was first met: an indicator's name, or one of its labels.
  const seen = new Map<string, { ind: IndicatorModel; as: 'name' | 'zh' | 'en' }>();
  const warned = new Set<string>();
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
      warned.add(pair(ind, other.ind));
      const issue = ctx.source.issue('ambiguous-label', clashText(ind, lang, label, other.ind, other.as), [
        'indicators',
        ind.name,
        'label',
        lang,
      ]);
      ctx.issues.push({ ...issue, severity: 'warning' });
    }
  }
  // Loosely: a label's forms without white space, with and without its symbol → where first met.
  const loose = new Map<string, { ind: IndicatorModel; as: 'zh' | 'en'; label: string }>();
  for (const ind of indicators) {
    for (const lang of LANGUAGES) {
      const label = ind.label[lang];
      for (const form of labelLooseForms(label)) {
        const other = loose.get(form);
        if (other === undefined) {
          loose.set(form, { ind, as: lang, label });
          continue;
        }
        if (other.ind === ind || warned.has(pair(ind, other.ind))) continue;
        warned.add(pair(ind, other.ind));
        const header = shownForm(label, form);
        const text = looseClashText(ind, lang, label, other, header);
        const issue = ctx.source.issue('ambiguous-label', text, ['indicators', ind.name, 'label', lang]);
        ctx.issues.push({ ...issue, severity: 'warning' });
      }
    }
  }
}

/** Two indicators, in either order, as one key: each pair is warned about once. */
function pair(a: IndicatorModel, b: IndicatorModel): string {
  return [a.name, b.name].sort().join('\u0000');
}

/** The label as a header would give it in a loose form: the label itself, or without its last word (the symbol). */
function shownForm(label: string, form: string): string {
  const folded = foldLabel(label);
  if (folded.replace(/\s+/gu, '') === form) return folded;
  const cut = folded.replace(/\s+\S+$/u, '');
  // A symbol glued on (`屈服强度ReH`): no space to cut at, the form is the text.
  return cut.replace(/\s+/gu, '') === form ? cut : form;
}

function looseClashText(
  ind: IndicatorModel,
  lang: 'zh' | 'en',
  label: string,
  other: { ind: IndicatorModel; as: 'zh' | 'en'; label: string },
  header: string,
): LocalizedText {
  const [mine, theirs] = [WHAT[lang], WHAT[other.as]];
  return localized(
    `指标“${ind.name}”的${mine.zh}“${label}”与指标“${other.ind.name}”的${theirs.zh}“${other.label}”不计空格和末尾的符号时相同：表头为“${header}”的 CSV、xlsx 列无法确定是哪个指标，读取时会报错，须用 --map 指明。请改写其中一个标签`,
    `the ${mine.en} "${label}" of the indicator "${ind.name}" and the ${theirs.en} "${other.label}" of the indicator "${other.ind.name}" are the same with spaces and the symbol at their end aside: a CSV or .xlsx column headed "${header}" could be either, and reading one is a usage error until --map says which. Reword one of the labels`,
  );
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
