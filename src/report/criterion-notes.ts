import type { RuleDocument } from '../model/rule-document';
import type { RuleSetModel } from '../model/rule-set-model';
import type { Language, LocalizedText } from '../text/localized-text';

/**
 * Each requirement's `note` from the rule file (`示例数值` / `Illustrative
 * figure`), by the id its result carries: every requirement a criterion
 * expands to (`compressive-3d@first`, `@superior`) gets the criterion's
 * note. Requirements without a note are not in the map.
 *
 * The requirements of one criterion share one note object, and no two
 * criteria do, even when the file gives them one text (a YAML alias,
 * `note: *illustrative`): `requirementLines` puts a note once per object,
 * which is so once per criterion, as the docs say (standards-21 F2).
 *
 * @example
 * criterionNotes(modelOf(ruleSet), ruleSet.document).get('final-setting-first')?.en; // 'Illustrative figure'
 */
export function criterionNotes(model: RuleSetModel, doc: RuleDocument): Map<string, LocalizedText> {
  const written = new Map<string, LocalizedText>();
  // A copy each: an alias gives several criteria the very same object, which would show under one of them only.
  for (const c of doc.criteria ?? []) if (c.note) written.set(c.id, { zh: c.note.zh, en: c.note.en });
  const notes = new Map<string, LocalizedText>();
  if (written.size === 0) return notes;
  for (const check of model.criteria) {
    const note = written.get(check.sourceId);
    if (note) notes.set(check.id, note);
  }
  return notes;
}

/**
 * Each group requirement's `note` from the rule file (`示例数值（JC/T 452 的数值未找到）`), by its id, for the
 * table `grade --group-by` prints. Requirements without a note are not in the map.
 *
 * @example
 * groupCriterionNotes(ruleSet.document).get('cv-28d-first')?.en; // "Illustrative figure (JC/T 452's figures were not found)"
 */
export function groupCriterionNotes(doc: RuleDocument): Map<string, LocalizedText> {
  const notes = new Map<string, LocalizedText>();
  for (const c of doc.group?.criteria ?? []) if (c.note) notes.set(c.id, c.note);
  return notes;
}

/**
 * A requirement's name with its rule-file note after it, where compare and diff name a requirement
 * (committee-25 F4, committee-24 F14): a draft's proposal or an illustrative figure is told from the
 * standard's — `待机功率（1级）（注：工作组拟定值（示例））`, `standby power (note: working-group proposal)`.
 *
 * @example
 * notedName('待机功率（1级）', { zh: '工作组拟定值', en: 'working-group proposal' }, 'zh'); // '待机功率（1级）（注：工作组拟定值）'
 */
export function notedName(name: string, note: LocalizedText | undefined, lang: Language): string {
  if (note === undefined || note[lang].trim() === '') return name;
  return lang === 'zh' ? `${name}（注：${note.zh}）` : `${name} (note: ${note.en})`;
}

/**
 * Both rule sets' requirement notes by id ({@link criterionNotes}), B's where both have one: the
 * edition a compare or diff leads to.
 */
export function bothCriterionNotes(
  a: { model: RuleSetModel; doc: RuleDocument },
  b: { model: RuleSetModel; doc: RuleDocument },
): Map<string, LocalizedText> {
  return new Map([...criterionNotes(a.model, a.doc), ...criterionNotes(b.model, b.doc)]);
}
