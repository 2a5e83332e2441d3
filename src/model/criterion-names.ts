import { booleanText } from '../text/boolean-text';
import type { Language, LocalizedText } from '../text/localized-text';
import { setLimitProse } from '../text/set-limit-prose';
import { COMPARE_OPERATORS, jreOperator, operatorSymbol } from './operators';
import type { CheckModel, ConditionModel, RuleSetModel } from './rule-set-model';
import type { Literal } from './value';

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
  // Two editions side by side show each limit apart; a name carrying one edition's would read as the other's:
  // requirements of one label and grade are told apart by their `when` instead (committee-33 F4).
  const labels = distinctLabels(model, { limits: options.limits !== false });
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
 * (committee-22 F13, hostile-22 M5). A limit from a table or a formula tells
 * nothing apart: such a requirement carries the records it applies to, its
 * `when` (`磷 P（Q390、Q390N）`, committee-24 F7), or the side of its limit
 * (`抗拉强度 Rm（下限）`), or else its id. Requirements
 * whose label tells them apart are not in it. With `limits: false` (two
 * editions side by side) only requirements their `when` tells apart are in it.
 *
 * @example
 * distinctLabels(model).get('not-window')?.zh; // '结构形式 ≠ 整体式'
 * distinctLabels(steel).get('phosphorus-q390@D')?.zh; // '磷 P（Q390、Q390N）'
 */
export function distinctLabels(
  model: RuleSetModel,
  options: { limits?: boolean } = {},
): Map<string, LocalizedText> {
  const checks = [...model.scope, ...model.criteria];
  const key = (c: CheckModel) => `${c.label.zh}\u0000${c.label.en}\u0000${c.grade?.id ?? ''}`;
  const groups = new Map<string, CheckModel[]>();
  for (const c of checks) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  const labels = new Map<string, LocalizedText>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    if (options.limits === false) {
      whenNames(group, model, labels);
      continue;
    }
    const named = group.map((c) => {
      const limit = checkLimitText(c, model);
      if (limit) return { zh: `${c.label.zh} ${limit.zh}`, en: `${c.label.en} ${limit.en}` };
      const what = (c.when && conditionName(c.when, model)) ??
        sideName(c) ?? { zh: c.sourceId, en: c.sourceId };
      return { zh: `${c.label.zh}（${what.zh}）`, en: `${c.label.en} (${what.en})` };
    });
    // Two that still read alike (one `when`, or one limit, on both) are told apart by their ids.
    const count = new Map<string, number>();
    for (const n of named) count.set(n.zh, (count.get(n.zh) ?? 0) + 1);
    group.forEach((c, i) => {
      const n = named[i]!;
      labels.set(
        c.id,
        (count.get(n.zh) ?? 0) > 1 ? { zh: `${n.zh}（${c.sourceId}）`, en: `${n.en} (${c.sourceId})` } : n,
      );
    });
  }
  return labels;
}

/**
 * Without limits (two editions side by side, each limit shown apart): requirements told apart by their `when`
 * alone, `硫 S（Q390、Q390N）`, when every one of the group has one and no two read alike; else left as they are.
 */
function whenNames(
  group: readonly CheckModel[],
  model: RuleSetModel,
  into: Map<string, LocalizedText>,
): void {
  const whats = group.map((c) => (c.when ? conditionName(c.when, model) : undefined));
  if (whats.some((w) => w === undefined) || new Set(whats.map((w) => w!.zh)).size < whats.length) return;
  group.forEach((c, i) => {
    const what = whats[i]!;
    into.set(c.id, { zh: `${c.label.zh}（${what.zh}）`, en: `${c.label.en} (${what.en})` });
  });
}

/** A limit from a table or a formula by its side: `下限` for ≥ and >, `上限` for ≤ and <. */
function sideName(c: CheckModel): LocalizedText | undefined {
  if (c.test.kind !== 'compare') return undefined;
  const bound = COMPARE_OPERATORS[c.test.operator].bound;
  if (bound === 'min') return { zh: '下限', en: 'minimum' };
  if (bound === 'max') return { zh: '上限', en: 'maximum' };
  return undefined;
}

/**
 * A `when` as a name's qualifier: the values it admits, by their labels
 * (`Q390、Q390N`, `热泵型`); a comparison with the indicator's label
 * (`厚度 ≤ 16`); `undefined` for what reads no shorter than the id
 * (`not`, a value from another fact).
 */
function conditionName(c: ConditionModel, model: RuleSetModel): LocalizedText | undefined {
  if ('all' in c || 'any' in c) {
    const parts = ('all' in c ? c.all : c.any).map((p) => conditionName(p, model));
    if (parts.some((p) => p === undefined)) return undefined;
    const sep = 'all' in c ? { zh: '，', en: ', ' } : { zh: ' 或 ', en: ' or ' };
    return {
      zh: parts.map((p) => p!.zh).join(sep.zh),
      en: parts.map((p) => p!.en).join(sep.en),
    };
  }
  if ('not' in c) return undefined;
  const indicator = model.indicators.find((i) => i.name === c.fact);
  const values = Array.isArray(c.value) ? c.value : [c.value];
  if (values.some((v) => v === null || typeof v === 'object')) return undefined;
  const shown = (lang: Language) => (v: unknown) =>
    indicator?.valueLabels?.get(v as string | number | boolean)?.[lang] ?? String(v);
  const list = (lang: Language) => values.map(shown(lang)).join(lang === 'zh' ? '、' : ', ');
  if (c.operator === 'equal' || c.operator === 'in') return { zh: list('zh'), en: list('en') };
  if (c.operator === 'notEqual' || c.operator === 'notIn')
    return { zh: `非 ${list('zh')}`, en: `not ${list('en')}` };
  const symbol = jreOperator(c.operator)?.symbol;
  if (!symbol || !indicator) return undefined;
  return {
    zh: `${indicator.label.zh} ${symbol} ${list('zh')}`,
    en: `${indicator.label.en} ${symbol} ${list('en')}`,
  };
}

/**
 * A requirement's constant limit as a name tells two apart: `≠ 整体式` /
 * `≠ Single-package` (an enum value by its label), `≤ 14000`, `不属于 … 中任何一个`;
 * `undefined` for a limit read from a table or a formula, or a condition.
 */
function checkLimitText(check: CheckModel, model: RuleSetModel): LocalizedText | undefined {
  const labels = model.indicators.find((i) => i.name === check.subject)?.valueLabels;
  // A yes/no value without labels reads 是/否 in Chinese, as explanations say it (`全封闭 = 是`, newcomer-words-42 h).
  const shown = (lang: Language) => (v: Literal) => {
    const label = labels?.get(v.value)?.[lang];
    return label ?? (typeof v.value === 'boolean' ? booleanText(v.value, lang) : v.text);
  };
  const test = check.test;
  if (test.kind === 'compare' && test.operand.kind === 'literal') {
    const literal = test.operand.literal;
    const symbol = operatorSymbol(test.operator);
    return { zh: `${symbol} ${shown('zh')(literal)}`, en: `${symbol} ${shown('en')(literal)}` };
  }
  if (test.kind === 'member') {
    // In words, as the explanation says it (newcomer-27 M7).
    const operator = test.negate ? 'not in' : 'in';
    return {
      zh: setLimitProse(operator, test.values.map(shown('zh')), 'zh'),
      en: setLimitProse(operator, test.values.map(shown('en')), 'en'),
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
