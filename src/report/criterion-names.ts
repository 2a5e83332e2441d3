import type { RuleSetModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';

/**
 * Each requirement's name for people, by id: its label, with the grade it
 * belongs to where one requirement is repeated per grade
 * (`apf@1` → `全年能源消耗效率 APF（1级）`, `Annual performance factor APF (Grade 1)`).
 */
export function criterionNames(model: RuleSetModel): Map<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  for (const check of [...model.scope, ...model.criteria]) {
    const grade = check.id === check.sourceId ? undefined : check.grade?.label;
    names.set(check.id, {
      zh: grade ? `${check.label.zh}（${grade.zh}）` : check.label.zh,
      en: grade ? `${check.label.en} (${grade.en})` : check.label.en,
    });
  }
  return names;
}
