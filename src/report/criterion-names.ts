import type { RuleSetModel } from '../model/rule-set-model';
import type { Language, LocalizedText } from '../text/localized-text';

const VETO: LocalizedText = { zh: '否决项', en: 'veto item' };
const SCOPE: LocalizedText = { zh: '适用范围', en: 'scope' };

/**
 * Each requirement's name for people, by id: its label, with the grade it
 * belongs to (`apf@1` → `全年能源消耗效率 APF（1级）`, `Annual performance
 * factor APF (Grade 1)`), so one requirement of a grade reads as those of a
 * table do (with a single grade, the label alone); a veto item as one
 * (`…（否决项）`). Group requirements too.
 */
export function criterionNames(model: RuleSetModel): Map<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  for (const check of [...model.scope, ...model.criteria, ...(model.group?.criteria ?? [])]) {
    // A veto item leaves the record ungraded whatever grade it is filed under: named as one, not by that grade.
    // With one grade there is nothing to tell apart: `重量负偏差`, not `重量负偏差（合格）`.
    const veto = 'effect' in check && check.effect === 'gate';
    const grade = veto ? VETO : model.grades.length > 1 ? check.grade?.label : undefined;
    names.set(check.id, {
      zh: grade ? `${check.label.zh}（${grade.zh}）` : check.label.zh,
      en: grade ? `${check.label.en} (${grade.en})` : check.label.en,
    });
  }
  return names;
}

/**
 * What a record's failing list (`RecordRef.failing`: requirement ids, or
 * the fields that make it invalid) reads as in prose: each requirement's
 * label without its grade (the sentence names the grade) and each
 * indicator's label, by id or name.
 */
export function failingNames(model: RuleSetModel): Map<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  for (const indicator of model.indicators) names.set(indicator.name, indicator.label);
  for (const check of [...model.scope, ...model.criteria]) names.set(check.id, check.label);
  return names;
}

/**
 * One requirement's name in a list that mixes requirements of several
 * grades with scope and veto items (the most frequent failing ones, pass
 * rates, near-limit counts): a veto item as one whatever grade it is filed
 * under, as {@link criterionNames} names it; a scope item as such; else with
 * its grade, left out where the rule set has one grade.
 *
 * @param gradeLabel - each grade's label by id, in the language of the list
 * @example
 * criterionName(tally, 'zh', new Map([['1', '1级'], ['2', '2级']])); // '全年能源消耗效率 APF（2级）'
 */
export function criterionName(
  t: { label: LocalizedText; grade: string | null; effect: string },
  lang: Language,
  gradeLabel: ReadonlyMap<string, string>,
): string {
  const where =
    t.effect === 'gate'
      ? VETO[lang]
      : t.grade !== null
        ? gradeLabel.size > 1
          ? (gradeLabel.get(t.grade) ?? t.grade)
          : ''
        : t.effect === 'scope'
          ? SCOPE[lang]
          : '';
  if (!where) return t.label[lang];
  return lang === 'zh' ? `${t.label.zh}（${where}）` : `${t.label.en} (${where})`;
}
