import { limitOperands } from '../compile/limit-operands';
import { spelledValue } from '../compile/record-snapshot';
import { measuredDecimals, measuredValueText } from '../compile/shown-value';
import { type Expr, exprChildren } from '../model/expr';
import type { Limit } from '../model/grade-result';
import type { CheckModel, ConditionModel, IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { booleanText } from '../text/boolean-text';
import type { Language } from '../text/localized-text';
import { safeLine } from '../text/safe-text';

/**
 * The indicators a requirement's limit depends on, by requirement id: the
 * facts its `when` reads (机组类型 for the APF rows of heat pumps), then the
 * key columns of the tables its limit reads (额定制冷量 for a capacity band)
 * and the indicators a formula limit reads; never the indicator it tests.
 * These are what tell a reader which row of a banded table applied to a
 * record (committee-22 F4). Built once per rule set.
 *
 * @example
 * limitKeyIndicators(modelOf(ruleSet))('seer@3').map((i) => i.name); // ['unitType', 'ratedCoolingCapacity']
 */
export function limitKeyIndicators(model: RuleSetModel): (id: string) => readonly IndicatorModel[] {
  const byId = new Map<string, readonly IndicatorModel[]>();
  const indicator = (name: string) => model.indicators.find((i) => i.name === name);
  for (const check of [...model.scope, ...model.criteria]) {
    const names = new Set<string>();
    if (check.when) conditionFacts(check.when, names);
    for (const name of tableKeys(check, model)) names.add(name);
    if (check.subject !== undefined) names.delete(check.subject);
    const found = [...names].map(indicator).filter((i): i is IndicatorModel => i !== undefined);
    if (found.length > 0) byId.set(check.id, found);
  }
  return (id) => byId.get(id) ?? [];
}

function conditionFacts(c: ConditionModel, into: Set<string>): void {
  if ('all' in c) for (const x of c.all) conditionFacts(x, into);
  else if ('any' in c) for (const x of c.any) conditionFacts(x, into);
  else if ('not' in c) conditionFacts(c.not, into);
  else into.add(c.fact);
}

/** The key indicators of the tables a check's limit reads, and the indicators its formula reads. */
function tableKeys(check: CheckModel, model: RuleSetModel): string[] {
  const out: string[] = [];
  const table = (t: number) => {
    for (const k of model.tables[t]?.keys ?? []) out.push(k.indicator);
  };
  const visit = (e: Expr): void => {
    if (e.k === 'cell') table(e.table);
    else if (e.k === 'ref' && e.slot < model.indicators.length) out.push(e.name);
    for (const child of exprChildren(e)) visit(child);
  };
  for (const o of limitOperands(check)) {
    if (o.kind === 'cell') table(o.table);
    else if (o.kind === 'expr') visit(o.expr);
  }
  return out;
}

/**
 * The values a changed record's limits depend on, as one line: each key
 * indicator of `ids` (see {@link limitKeyIndicators}) once, by its label,
 * with the record's value — an enum's value by its label, a number with its
 * unit — `机组类型 = 单冷式，额定制冷量 = 3000 W`; `undefined` when the
 * requirements depend on none or the record gives none of them.
 *
 * A key whose value puts the record in rows written differently under A and B (a moved band boundary) is
 * followed by the two rows, from `rows` (`limitRowsOf`): `额定制冷量 = 4800 W（A 按行“(4500, 7100]”，B 按行“≤ 5000”）`.
 *
 * @param record - the record as given to the rule set (fields by indicator name)
 * @param rows - by key indicator name, the rows the record reads under A and B, where they differ
 * @example
 * limitKeysText(keys, ['seer@3'], { unitType: '单冷型', ratedCoolingCapacity: 3000 }, 'zh'); // '机组类型 = 单冷型，额定制冷量 = 3000 W'
 */
export function limitKeysText(
  keys: (id: string) => readonly IndicatorModel[],
  ids: readonly string[],
  record: unknown,
  lang: Language,
  rows?: ReadonlyMap<string, string>,
  shown?: ReadonlyMap<string, string>,
): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const id of ids) {
    for (const ind of keys(id)) {
      if (seen.has(ind.name)) continue;
      seen.add(ind.name);
      if (!Object.hasOwn(record, ind.name)) continue;
      const v = (record as Record<string, unknown>)[ind.name];
      if (v === '' || (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) continue;
      const row = rows?.get(ind.name);
      const where = row === undefined ? '' : lang === 'zh' ? `（${row}）` : ` (${row})`;
      parts.push(`${ind.label[lang]} = ${safeLine(shownValue(v, ind, lang, shown?.get(ind.name)))}${where}`);
    }
  }
  return parts.length === 0 ? undefined : parts.join(lang === 'zh' ? '，' : ', ');
}

function shownValue(
  v: string | number | boolean,
  ind: IndicatorModel,
  lang: Language,
  judged?: string,
): string {
  if (typeof v === 'boolean') return booleanText(v, lang);
  if (typeof v === 'string' && ind.valueSpellings) {
    const value = spelledValue(v, ind.valueSpellings, ind);
    return ind.valueLabels?.get(value)?.[lang] ?? v;
  }
  const text = typeof v === 'number' ? (judged ?? String(v)) : String(v);
  // A number's value passed on as written (`0.020(+)`, `≤0.02`) has its unit as a number has: it read "P = 0.020(+)"
  // beside the requirement line's "0.020(+) %" (hostile-43).
  const numeric = typeof v === 'number' || ind.type === 'number' || ind.type === 'integer';
  return ind.unit && numeric ? `${text} ${ind.unit}` : text;
}

/** The words before the values, in every format. */
export const LIMIT_KEYS_TEXT = {
  zh: '限值取决于',
  en: 'Limits depend on',
} as const;

/**
 * One record's line of what its limits depend on, for an explanation:
 * `限值取决于：类别 = 波轮，额定洗涤容量 = 6.5 kg` — the key values of every
 * requirement that applied to it (see {@link limitKeysText}), so a reader
 * sees which band or category row a limit came from (newcomer-27 M1).
 * `undefined` when its limits depend on nothing the record gives.
 *
 * @param keys - {@link limitKeyIndicators} of the rule set
 * @param result - the record's result: its applicable requirements are looked at
 * @param record - the record as given to the rule set (fields by indicator name)
 * @param bands - `recordBandsOf` the rule set: a banded key's value is followed by the band it fell in
 * (`厚度 = 6 mm（在“[2, 8)”档）`, newcomer-words-42 a)
 * @example
 * recordLimitKeysLine(limitKeyIndicators(model), result, record, 'zh'); // '限值取决于：类别 = 波轮，额定洗涤容量 = 6.5 kg'
 */
export function recordLimitKeysLine(
  keys: (id: string) => readonly IndicatorModel[],
  result: { criteria: readonly KeyedCriterion[] },
  record: unknown,
  lang: Language,
  bands?: (ids: readonly string[], record: unknown, lang: Language) => ReadonlyMap<string, string>,
): string | undefined {
  const applied = result.criteria.filter((c) => c.status !== 'not-applicable');
  const ids = applied.map((c) => c.id);
  const text = limitKeysText(keys, ids, record, lang, bands?.(ids, record, lang), shownAsJudged(applied));
  return text === undefined ? undefined : limitKeysLine(text, lang);
}

/** What {@link recordLimitKeysLine} reads of a criterion result. */
interface KeyedCriterion {
  readonly id: string;
  readonly status: string;
  readonly indicator?: string | null;
  readonly value?: unknown;
  readonly limit?: Limit | null;
  readonly written?: string;
}

/**
 * A key that is judged too (phosphorus P, which keys Q355's grade and has limits of its own): its number as the
 * requirement lines show it, at least the limit's decimals (`0.020 %` beside `≤ 0.035 %`, not `0.02 %`), or as
 * written with a rounding mark; by indicator name, from the first applicable requirement on it (standards-cases-43).
 */
function shownAsJudged(criteria: readonly KeyedCriterion[]): ReadonlyMap<string, string> {
  const shown = new Map<string, string>();
  for (const c of criteria) {
    if (
      c.indicator === undefined ||
      c.indicator === null ||
      shown.has(c.indicator) ||
      typeof c.value !== 'number'
    )
      continue;
    shown.set(c.indicator, c.written ?? measuredValueText(c.value, measuredDecimals(c.limit ?? null)));
  }
  return shown;
}

/**
 * {@link limitKeysText}'s text as a line of its own, after the words every format puts before it.
 *
 * @example
 * limitKeysLine('额定制冷量 = 4501 W', 'zh'); // '限值取决于：额定制冷量 = 4501 W'
 */
export function limitKeysLine(text: string, lang: Language): string {
  return `${LIMIT_KEYS_TEXT[lang]}${lang === 'zh' ? '：' : ': '}${text}`;
}
