import { cjkJoin } from '../text/cjk-space';
import type { Language, LocalizedText } from '../text/localized-text';
import { jreOperator } from './operators';
import type { ConditionModel, RuleSetModel } from './rule-set-model';

// Operators whose symbol is an English word (`in`, `not in`, `contains`): their words in each language.
const WORDS: Record<string, LocalizedText> = {
  in: { zh: '为', en: 'in' },
  notIn: { zh: '不为', en: 'not in' },
  contains: { zh: '含', en: 'contains' },
  doesNotContain: { zh: '不含', en: 'does not contain' },
};

/**
 * A requirement's `when` as a diff shows it to a reader: each value by its label (an indicator's, a derived
 * value's, an enum value's), joined with the words of each language — `横肋间距 > 0` / `Transverse rib spacing > 0`
 * where the rule file's text reads `ribSpacing > 0` (committee-35 M4: the zh diff said "(when ribSpacing > 0)").
 * The diff's JSON keeps the text as written (`before` / `after`).
 *
 * @example
 * conditionShown({ fact: 'ribSpacing', operator: 'greaterThan', value: 0 }, model);
 * // { zh: '横肋间距 > 0', en: 'Transverse rib spacing > 0' }
 */
export function conditionShown(c: ConditionModel, model: RuleSetModel): LocalizedText {
  return { zh: shown(c, model, 'zh'), en: shown(c, model, 'en') };
}

function shown(c: ConditionModel, model: RuleSetModel, lang: Language): string {
  const zh = lang === 'zh';
  if ('all' in c) return c.all.map((p) => wrapped(p, model, lang)).join(zh ? ' 且 ' : ' and ');
  if ('any' in c) return c.any.map((p) => wrapped(p, model, lang)).join(zh ? ' 或 ' : ' or ');
  if ('not' in c) return zh ? `非（${shown(c.not, model, lang)}）` : `not (${shown(c.not, model, lang)})`;
  const indicator = model.indicators.find((i) => i.name === c.fact);
  const value = (v: unknown): string =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && 'fact' in v
      ? nameShown(String((v as { fact: unknown }).fact), model, lang)
      : (indicator?.valueLabels?.get(v as string | number | boolean)?.[lang] ?? plain(v, lang));
  const values = Array.isArray(c.value) ? c.value.map(value).join(zh ? '、' : ', ') : value(c.value);
  const operator = WORDS[c.operator]?.[lang] ?? jreOperator(c.operator)?.symbol ?? c.operator;
  const subject = nameShown(c.fact, model, lang);
  // `为` joins as Chinese does (横肋间距为 A、B); a symbol stands apart.
  return WORDS[c.operator] && zh
    ? cjkJoin(cjkJoin(subject, operator), values)
    : `${subject} ${operator} ${values}`;
}

/** A value without a label: a boolean as a reader says it (是 / yes), not `true`. */
function plain(v: unknown, lang: Language): string {
  if (typeof v !== 'boolean') return String(v);
  return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
}

function wrapped(c: ConditionModel, model: RuleSetModel, lang: Language): string {
  if (!('all' in c) && !('any' in c)) return shown(c, model, lang);
  return lang === 'zh' ? `（${shown(c, model, lang)}）` : `(${shown(c, model, lang)})`;
}

/** An indicator's or derived value's label, by its name; any other name as it is. */
export function nameShown(name: string, model: RuleSetModel, lang: Language): string {
  const found = model.indicators.find((i) => i.name === name) ?? model.derived.find((d) => d.name === name);
  return found?.label[lang] ?? name;
}

// A name in a formula: not a table's or column's part of `table.column`.
const NAME = /(?<![\w.])[A-Za-z_]\w*(?![\w.])/g;

/**
 * A formula or reference limit (`≤ ribSpacingMax`, `≤ 0.7 * diameter`) with each indicator and derived value named
 * by its label (`≤ 横肋间距上限 0.7d`); a table cell (`massTolerance.lower`) and other words as written.
 *
 * @example
 * formulaShown('≤ ribSpacingMax', model, 'zh'); // '≤ 横肋间距上限 0.7d'
 */
export function formulaShown(text: string, model: RuleSetModel, lang: Language): string {
  return text.replace(NAME, (name) => nameShown(name, model, lang));
}
