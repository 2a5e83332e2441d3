import { operatorSymbol } from '../model/operators';
import type { CheckModel, RuleSetModel } from '../model/rule-set-model';
import type { Literal } from '../model/value';
import type { Language, LocalizedText } from '../text/localized-text';

const VETO: LocalizedText = { zh: '否决项', en: 'veto item' };
const SCOPE: LocalizedText = { zh: '适用范围', en: 'scope' };

/**
 * A cap's place in a list, by the grade it caps at: `（上限：检验级）` — filed under the grade above,
 * `（保证级）` read as a requirement of that grade (enterprise-23 W6).
 */
function capText(capAt: string, lang: Language): string {
  return lang === 'zh' ? `上限：${capAt}` : `cap: ${capAt}`;
}

/**
 * Each requirement's name for people, by id: its label, with the grade it
 * belongs to (`apf@1` → `全年能源消耗效率 APF（1级）`, `Annual performance
 * factor APF (Grade 1)`), so one requirement of a grade reads as those of a
 * table do (with a single grade, the label alone); a veto item as one
 * (`…（否决项）`). Group requirements too. Requirements of one label and
 * grade carry their limit ({@link distinctLabels}) unless `limits: false`
 * (diff and compare, which show two editions' limits apart).
 */
export function criterionNames(
  model: RuleSetModel,
  options: { limits?: boolean } = {},
): Map<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  // Two editions side by side show each limit apart; a name carrying one edition's would read as the other's.
  const labels = options.limits === false ? new Map<string, LocalizedText>() : distinctLabels(model);
  for (const check of [...model.scope, ...model.criteria, ...(model.group?.criteria ?? [])]) {
    // A veto item leaves the record ungraded whatever grade it is filed under: named as one, not by that grade.
    // With one grade there is nothing to tell apart: `重量负偏差`, not `重量负偏差（合格）`.
    const veto = 'effect' in check && check.effect === 'gate';
    const cap = 'effect' in check && check.effect === 'cap' ? check.capAt?.label : undefined;
    const grade = veto
      ? VETO
      : cap
        ? { zh: capText(cap.zh, 'zh'), en: capText(cap.en, 'en') }
        : model.grades.length > 1
          ? check.grade?.label
          : undefined;
    const label = labels.get(check.id) ?? check.label;
    names.set(check.id, {
      zh: grade ? `${label.zh}（${grade.zh}）` : label.zh,
      en: grade ? `${label.en} (${grade.en})` : label.en,
    });
  }
  return names;
}

/**
 * The labels of requirements that share their label and grade with another
 * (the scope's 结构形式 ≠ 移动式 and ≠ 整体式), by id, each with its limit
 * after it (`结构形式 ≠ 整体式`): in a list they would otherwise read alike
 * (committee-22 F13, hostile-22 M5). Requirements whose label tells them
 * apart, and limits from a table or a formula, are not in it.
 *
 * @example
 * distinctLabels(model).get('not-window')?.zh; // '结构形式 ≠ 整体式'
 */
export function distinctLabels(model: RuleSetModel): Map<string, LocalizedText> {
  const checks = [...model.scope, ...model.criteria];
  const key = (c: CheckModel) => `${c.label.zh}\u0000${c.label.en}\u0000${c.grade?.id ?? ''}`;
  const count = new Map<string, number>();
  for (const c of checks) count.set(key(c), (count.get(key(c)) ?? 0) + 1);
  const labels = new Map<string, LocalizedText>();
  for (const c of checks) {
    if ((count.get(key(c)) ?? 0) < 2) continue;
    const limit = checkLimitText(c, model);
    if (limit) labels.set(c.id, { zh: `${c.label.zh} ${limit.zh}`, en: `${c.label.en} ${limit.en}` });
  }
  return labels;
}

/**
 * A requirement's constant limit as a name tells two apart: `≠ 整体式` /
 * `≠ Single-package` (an enum value by its label), `≤ 14000`, `∉ {…}`;
 * `undefined` for a limit read from a table or a formula, or a condition.
 */
function checkLimitText(check: CheckModel, model: RuleSetModel): LocalizedText | undefined {
  const labels = model.indicators.find((i) => i.name === check.subject)?.valueLabels;
  const shown = (lang: Language) => (v: Literal) => {
    const label = labels?.get(v.value)?.[lang];
    return label ?? v.text;
  };
  const test = check.test;
  if (test.kind === 'compare' && test.operand.kind === 'literal') {
    const literal = test.operand.literal;
    const symbol = operatorSymbol(test.operator);
    return { zh: `${symbol} ${shown('zh')(literal)}`, en: `${symbol} ${shown('en')(literal)}` };
  }
  if (test.kind === 'member') {
    const sign = test.negate ? '∉' : '∈';
    return {
      zh: `${sign} {${test.values.map(shown('zh')).join('、')}}`,
      en: `${sign} {${test.values.map(shown('en')).join(', ')}}`,
    };
  }
  return undefined;
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
 * its grade, left out where the rule set has one grade; a cap by the grade
 * it caps at (`（上限：检验级）`), not the grade above it it is filed under.
 *
 * @param gradeLabel - each grade's label by id, in the language of the list
 * @example
 * criterionName(tally, 'zh', new Map([['1', '1级'], ['2', '2级']])); // '全年能源消耗效率 APF（2级）'
 */
export function criterionName(
  t: { label: LocalizedText; grade: string | null; effect: string; capAt?: string },
  lang: Language,
  gradeLabel: ReadonlyMap<string, string>,
): string {
  const where =
    t.effect === 'gate'
      ? VETO[lang]
      : t.effect === 'cap' && t.capAt !== undefined
        ? capText(gradeLabel.get(t.capAt) ?? t.capAt, lang)
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
