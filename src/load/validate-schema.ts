import type { ErrorObject } from 'ajv';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import { parseRoundingInterval } from '../rounding/gbt8170';
import { cjkJoin } from '../text/cjk-space';
import { closestTies } from '../text/closest-name';
import { type ColonSlip, colonSlip, colonSlipText } from '../text/colon-slip';
import { namesMeant } from '../text/did-you-mean';
import { numberValueProblem } from '../text/finite-number';
import { codePointText, fullWidthToAscii } from '../text/full-width';
import { asciiWritten, fullWidthAdvice, WRITTEN_FULL_WIDTH } from '../text/full-width-advice';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { cutShort, quoteShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { chineseKeyMeant, chineseValueMeant, isDirectionKey } from './chinese-words';
import { conditionAsText } from './condition-as-text';
import { joinedList } from './full-width-list-comma';
import validateDocument from './generated/validate-rule-document.js';
import { indicatorLabelOwner, labelOwner } from './label-owner';
import { shortFormsInJre } from './short-form-in-jre';
import type { DocumentPath, SourceDocument } from './source-document';
import { vetoKeySlip } from './veto-key-slip';

// "字母" alone reads as any script's letters to a Chinese author: 汉字 are not letters here.
const ID_FORM = localized(
  '英文字母、数字、"_"、"-" 和 "."，以英文字母或数字开头',
  'ASCII letters, digits, "_", "-" and ".", starting with a letter or digit',
);
const NAME_FORM = localized(
  '英文字母、数字和 "_"，以英文字母开头',
  'ASCII letters, digits and "_", starting with a letter',
);
const TABLE_NAME_FORM = localized(
  '英文字母、数字、"_" 和 "-"，以英文字母开头',
  'ASCII letters, digits, "_" and "-", starting with a letter',
);

/** Where the words of a keyed name go instead, with an example, by the section the names are keys of. */
const WORDS_GO_IN: Record<string, LocalizedText> = {
  indicators: localized(
    '中文名称写在“label”中，如 moisture: { label: { zh: 水分, en: Moisture } }',
    'the Chinese goes in "label", e.g. moisture: { label: { zh: 水分, en: Moisture } }',
  ),
  derived: localized(
    '中文名称写在“label”中，如 ratio: { label: { zh: 酚氨比, en: Phenol-amino ratio } }',
    'the Chinese goes in "label", e.g. ratio: { label: { zh: 酚氨比, en: Phenol-amino ratio } }',
  ),
  tables: localized(
    '中文名称写在“title”中，如 extractMin: { title: { zh: 水浸出物最低值, en: Water extract minimum } }',
    'the Chinese goes in "title", e.g. extractMin: { title: { zh: 水浸出物最低值, en: Water extract minimum } }',
  ),
  statistics: localized(
    '中文名称写在“label”中，如 meanStrength: { label: { zh: 强度平均值, en: Mean strength } }',
    'the Chinese goes in "label", e.g. meanStrength: { label: { zh: 强度平均值, en: Mean strength } }',
  ),
};

/**
 * What a value of a given place must look like: each kind of id and name has
 * its own words, so a grade id "Grade A" is not told about "<industry>/<name>".
 */
function patternHint(path: DocumentPath): LocalizedText {
  const [top, , field] = path;
  if (path.length === 1) {
    if (top === 'id')
      return localized(
        '必须是小写短横线形式的 "<industry>/<name>"，如 "steel/hot-rolled-ribbed-bar"',
        'must be "<industry>/<name>" in lower-case kebab case, e.g. "steel/hot-rolled-ribbed-bar"',
      );
    if (top === 'version')
      return localized('必须是语义化版本号，如 "1.0.0"', 'must be a semantic version such as "1.0.0"');
    if (top === 'industry')
      return localized(
        '必须是小写短横线形式，如 "building-materials"',
        'must be lower-case kebab case, e.g. "building-materials"',
      );
  }
  const last = path[path.length - 1];
  if (field === 'id' && top === 'grades')
    return localized(
      `是等级标识：只能用${ID_FORM.zh}（不含空格），如 "A" 或 "first-class"；文字说法写在 label 中`,
      `is a grade id: it must be ${ID_FORM.en} (no spaces), e.g. "A" or "first-class"; the label says it in words`,
    );
  if (field === 'id' && top === 'criteria')
    return localized(
      `是判定项标识：只能用${ID_FORM.zh}（不含空格），如 "apf-min"；文字说法写在 label 中`,
      `is a criterion id: it must be ${ID_FORM.en} (no spaces), e.g. "apf-min"; the label says it in words`,
    );
  if (field === 'id' && top === 'scope')
    return localized(
      `是适用范围项标识：只能用${ID_FORM.zh}（不含空格），如 "capacity-in-scope"`,
      `is a scope item id: it must be ${ID_FORM.en} (no spaces), e.g. "capacity-in-scope"`,
    );
  if (top === 'scoring' && last === 'id')
    return localized(
      `是评分维度标识：只能用${NAME_FORM.zh}，如 "service"`,
      `is a scoring dimension id: it must be ${NAME_FORM.en}, e.g. "service"`,
    );
  if (top === 'tables' && path[2] === 'columns')
    return localized(
      `是表的列名：只能用${ID_FORM.zh}，如 "min" 或某个等级标识`,
      `is a table column: it must be ${ID_FORM.en}, e.g. "min" or a grade id`,
    );
  if (last === 'indicator' || last === 'fact' || (top === 'tables' && path[2] === 'keys'))
    return localized(
      `必须是指标或派生值的名称：${NAME_FORM.zh}`,
      `must name an indicator or derived value: ${NAME_FORM.en}`,
    );
  if (top === 'interval' || last === 'interval')
    return localized('必须是修约间隔，如 "0.1" 或 "5"', 'must be a rounding interval such as "0.1" or "5"');
  return localized(`只能用${ID_FORM.zh}`, `must be ${ID_FORM.en}`);
}

/**
 * A table column that is not an id: named by what was written, not by its
 * index in `columns` (newcomer-17 finding 6); a grade's label says which
 * grade's id to write.
 */
function columnText(data: unknown, table: string, written: string): LocalizedText {
  const grade = labelOwner((data as { grades?: unknown } | null)?.grades, written);
  const fix = grade
    ? localized(
        `；“${written}”是等级“${grade}”的名称：请写 ${grade}`,
        `; "${written}" is the label of grade "${grade}": write ${grade}`,
      )
    : localized('');
  return localized(
    `表“${table}”的列名“${written}”不合写法：列名只能用${ID_FORM.zh}，如 "min" 或某个等级标识${fix.zh}`,
    `column "${written}" of table "${table}" is not a column name: it must be ${ID_FORM.en}, e.g. "min" or a grade id${fix.en}`,
  );
}

/** The Chinese of the schema's descriptions that `anyOf`/`oneOf` messages quote. */
const FORMS_ZH: Record<string, string> = {
  "A value's display labels zh and en (both), its aliases, or both: { zh: 热泵型, en: Heat pump }, { aliases: [普通硅酸盐水泥] }. Without labels, reports show the value itself.":
    '取值的显示标签 zh 和 en（两者都写）、别名 aliases，或两者都写：{ zh: 热泵型, en: Heat pump }、{ aliases: [普通硅酸盐水泥] }。不写标签时，报告显示取值本身。',
  'Accept several specimens (an array of values): true, the largest number allowed, or a count the test standard sets: {exactly: 3}, {min: 2, max: 5}. Fewer values than the count make the record invalid.':
    '接受多个试样（值的数组）：写 true、允许的最多个数，或试验标准规定的个数：{exactly: 3}、{min: 2, max: 5}。值少于规定个数时记录无效。',
  'With several specimens: every specimen must meet it (each, default), their min, max or mean, or a count: {atMostFailing: 1} (at most one specimen fails), {atLeastPassing: 2} (at least two meet it). The explanation names the specimens that fail.':
    '有多个试样时：每个试样都须满足（each，默认），或取其 min、max、mean，或计数：{atMostFailing: 1}（至多一个试样不满足）、{atLeastPassing: 2}（至少两个满足）。解释中会列出不满足的试样。',
  "Points for the indicator's value: a map value → points, or a list of [band, points]. Without it the value itself is the score (0–100).":
    '指标取值的得分：值 → 分数的映射，或 [区间, 分数] 的列表。不写时取值本身即得分（0–100）。',
};

/**
 * Checks a parsed rule file against `schemas/ruleset.schema.json` and returns
 * one issue per problem, located in the source, with ajv's raw output reduced
 * to what an author can act on.
 */
export function validateAgainstSchema(source: SourceDocument): RuleSetIssue[] {
  if (validateDocument(source.data)) return [];
  const errors = validateDocument.errors ?? [];
  return notARuleSet(source, errors) ?? schemaIssues(source, errors);
}

/**
 * One problem for a file that shares nothing with a rule set — not one of its keys, nor a key a slip, a case or a
 * Chinese word away from one (a CI workflow, a `a: 1` given to `diff`) — instead of each of the ten keys it lacks
 * and each key it has (hostile-44's left item); `undefined` for a rule file with mistakes, told key by key.
 */
function notARuleSet(source: SourceDocument, errors: readonly ErrorObject[]): RuleSetIssue[] | undefined {
  const data = source.data;
  if (!isMapping(data)) return undefined;
  const keys = Object.keys(data);
  const unknown = errors.filter((e) => e.instancePath === '' && e.keyword === 'additionalProperties');
  if (keys.length === 0 || unknown.length !== keys.length || unknown.some((e) => keyColonSlip(e)))
    return undefined;
  const allowed = Object.keys((unknown[0]!.parentSchema as { properties?: object }).properties ?? {});
  if (keys.some((k) => closestTies(k, allowed).length > 0 || chineseKeyMeant(k, allowed) !== undefined))
    return undefined;
  const shown = keys.slice(0, 5).map((k) => safeLine(cutShort(k)));
  const more = keys.length > shown.length ? '…' : '';
  return [
    source.issue(
      'schema',
      localized(
        `此文件不是 qgrade 规则集：它的键（${shown.map((k) => `“${k}”`).join('、')}${more}）都不是规则集的键；规则文件以 schemaVersion: 1、id、version、title 等键开头（见 docs/rule-format.zh-CN.md，或用 qgrade init 生成一个）`,
        `this file is not a qgrade rule set: none of its keys (${shown.map((k) => `"${k}"`).join(', ')}${more}) is a rule set's; a rule file begins with schemaVersion: 1, id, version, title and the other keys (see docs/rule-format.md, or make one with qgrade init)`,
      ),
      [],
    ),
  ];
}

/**
 * Where data breaks the schema, as paths into it (none when it keeps to it):
 * the bare check, for data that is not the source's own, such as a copy
 * trimmed of the parts in error.
 */
export function schemaErrorPaths(data: unknown): DocumentPath[] {
  if (validateDocument(data)) return [];
  return (validateDocument.errors ?? []).map((e) => pointerToPath(e.instancePath));
}

/**
 * ajv's errors for a document as issues an author can act on: the most
 * specific error per place, each located in the source, in words.
 *
 * @param whole - What the document is, for a problem with it as a whole
 *   (`the test suite is missing "cases"`); the rule set by default.
 */
export function schemaIssues(
  source: SourceDocument,
  errors: readonly ErrorObject[],
  whole: LocalizedText = localized('规则集', 'the rule set'),
): RuleSetIssue[] {
  const joined = joinedLists(source, errors);
  for (const [pointer, issue] of shortFormsInJre(source, errors)) joined.set(pointer, issue);
  const inJoined = (e: ErrorObject) =>
    [...joined.keys()].some((list) => e.instancePath === list || e.instancePath.startsWith(`${list}/`));
  // `{ zh： 弯曲度, en: … }`, `{ zh:弯曲度 }`: "zh" is not missing, its colon is a slip; said once, at the colon.
  const colonKeys = new Set(
    errors.flatMap((e) => {
      const slip = keyColonSlip(e);
      return slip ? [`${e.instancePath}|${slip.key}`] : [];
    }),
  );
  // `等级:` for `grades:`: told at the Chinese key, not again as "grades" missing.
  const chineseKeys = new Set(
    errors.flatMap((e) => {
      if (e.keyword !== 'additionalProperties') return [];
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const meant = chineseKeyMeant(String(e.params.additionalProperty), allowed);
      return meant ? [`${e.instancePath}|${meant}`] : [];
    }),
  );
  const toldAtColon = (e: ErrorObject) =>
    e.keyword === 'required' &&
    [colonKeys, chineseKeys].some((keys) =>
      keys.has(`${e.instancePath}|${String(e.params.missingProperty)}`),
    );
  const reduced = reduceErrors(
    errors.filter((e) => !inJoined(e) && !toldAtColon(e) && !namesRejectedName(source.data, e)),
  );
  const listed = reduced.slice(0, MAX_SCHEMA_ISSUES).map((e) => toIssue(source, e, whole));
  const more = reduced.length - listed.length;
  // Each issue finds its place in the file; for every one of 200,000 unknown keys that took 84 s.
  if (more > 0)
    listed.push(
      source.issue(
        'schema',
        localized(
          `另有 ${more} 处不符合规则文件格式的问题未列出（只列出前 ${MAX_SCHEMA_ISSUES} 处）`,
          `${more} more problems with the rule-file format are not listed (the first ${MAX_SCHEMA_ISSUES} are)`,
        ),
        [],
      ),
    );
  return [...[...joined.values()], ...listed];
}

/** The schema problems of one file that are listed each in its place; past it, their count. */
const MAX_SCHEMA_ISSUES = 100;

/**
 * A reference that is, as written, the name of an indicator, derived value
 * or grade (`indicator: 弯曲度` where the indicator is named `弯曲度`,
 * a table column `优质加工级` where that is a grade's id): it keeps to the
 * name, so its only fault is the name's, which is reported where the name is
 * written. Reporting it again would suggest writing what was written
 * (newcomer-26 M6).
 */
function namesRejectedName(data: unknown, e: ErrorObject): boolean {
  if (e.keyword !== 'pattern' || typeof e.data !== 'string') return false;
  const path = pointerToPath(e.instancePath);
  const doc = (data ?? {}) as { indicators?: unknown; derived?: unknown; grades?: unknown };
  const last = path.at(-1);
  if (last === 'indicator' || last === 'fact')
    return [doc.indicators, doc.derived].some(
      (group) => isMapping(group) && Object.hasOwn(group, e.data as string),
    );
  if (path[0] === 'tables' && path[2] === 'columns')
    return Array.isArray(doc.grades) && doc.grades.some((g) => (g as { id?: unknown } | null)?.id === e.data);
  return false;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Lists in brackets with an item an input method joined with a full-width
 * comma (`columns: [cementType，finalSetting]`), by JSON pointer: each is one
 * issue saying so, in place of what the schema says of its items and length.
 */
function joinedLists(source: SourceDocument, errors: readonly ErrorObject[]): Map<string, RuleSetIssue> {
  const lists = new Map<string, RuleSetIssue>();
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const parent = e.instancePath.slice(0, e.instancePath.lastIndexOf('/'));
    if (typeof e.data !== 'string' || typeof path[path.length - 1] !== 'number' || lists.has(parent))
      continue;
    const listPath = path.slice(0, -1);
    const items = valueAt(source.data, listPath);
    if (!Array.isArray(items)) continue;
    const name = String(listPath[listPath.length - 1]);
    const joined = joinedList(source, localized(`“${name}”的列表`, `the list of "${name}"`), items, listPath);
    if (joined) lists.set(parent, source.issue('schema', joined.text, [...listPath, joined.index]));
  }
  return lists;
}

/**
 * The key of a block mapping under `path` that holds the key said to be
 * missing at `path`: `label:` indented one step too far, under `valueLabels:`
 * (newcomer-22 finding 4). In braces (`{ …, label: … }`) it is not indentation.
 */
function indentedUnder(
  source: SourceDocument,
  path: DocumentPath,
  data: unknown,
  missing: string,
): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  let children = MAPPING_CHILDREN.get(data);
  if (!children) {
    children = Object.entries(data).filter(
      (entry): entry is [string, object] =>
        entry[1] !== null && typeof entry[1] === 'object' && !Array.isArray(entry[1]),
    );
    MAPPING_CHILDREN.set(data, children);
  }
  for (const [key, child] of children) {
    if (Object.hasOwn(child, missing) && !source.isFlowMapping([...path, key])) return key;
  }
  return undefined;
}

// A mapping's entries whose values are mappings, listed once per mapping: with 200,000 keys listing them
// took V8 over a second, once per key said missing.
const MAPPING_CHILDREN = new WeakMap<object, [string, object][]>();

// A number written as text: a comparison before it (`≥ 90`, `>= 90`), a unit or 分 after it, or quotes.
const NUMBER_IN_TEXT = /^\s*(≥|>=|>|=|≤|<=|<)?\s*([-+]?\d+(?:\.\d+)?)\s*(?:分|%|％)?\s*$/;

/**
 * Where a number is needed and text was written that holds one (`excellence:
 * "≥ 90"`, `weight: "40"`): what to write instead, the number alone; for a
 * cutoff, that it already means "the total is at least this" (newcomer-22
 * finding 8). Empty when the text holds no such number.
 */
// Words a rule file's author writes for a YAML boolean.
const BOOLEAN_MEANT: Readonly<Record<string, boolean>> = {
  是: true,
  否: false,
  对: true,
  错: false,
  有: true,
  无: false,
  yes: true,
  no: false,
  y: true,
  n: false,
  真: true,
  假: false,
};

function numberWritten(path: DocumentPath, data: unknown, type: string): LocalizedText {
  // `gate: 是`, `required: "yes"` (newcomer-31 F-9): the YAML boolean meant, as other messages give it.
  if (typeof data === 'string' && type === 'boolean') {
    const meant = BOOLEAN_MEANT[data.trim().toLowerCase()];
    const key = path[path.length - 1];
    const write = `${typeof key === 'string' ? `${key}: ` : ''}${meant}`;
    return meant === undefined
      ? localized('')
      : localized(`，请写 ${write}（不加引号）`, `: write ${write} (no quotes)`);
  }
  if (typeof data !== 'string' || !/number|integer/.test(type)) return localized('');
  const m = NUMBER_IN_TEXT.exec(fullWidthToAscii(data));
  if (!m) return localized('');
  const [, operator, number] = m;
  const key = path[path.length - 1];
  const write = `${typeof key === 'string' ? `${key}: ` : ''}${number}`;
  if (operator && path.includes('cutoffs'))
    return localized(
      `；分数线只写数值（它的意思就是“得分 ≥ 该值”），写作 ${write}`,
      `; a cutoff is a number alone (it means "a score of at least this"): write ${write}`,
    );
  if (operator || data.trim() !== number)
    return localized(`；此处只写数值，写作 ${write}`, `; write the number alone: ${write}`);
  return localized(`；去掉引号，写作 ${write}`, `; remove the quotes: ${write}`);
}

// A value to write shown whole up to this many characters: a list of values is longer than a quoted name.
const MAX_WRITTEN = 200;

// `values: ［2, 3］`, `label: ｛zh: …｝`: brackets of a Chinese input method make the whole value one text.
const FULL_WIDTH_BRACKETS: Record<string, { open: string; close: string; ascii: string }> = {
  array: { open: '［', close: '］', ascii: '[ ]' },
  object: { open: '｛', close: '｝', ascii: '{ }' },
};

/**
 * A value of the wrong type whose fix can be said in one step, or `undefined`:
 * a requirement, range or `plausible` band written as a bare number (`require: 0.2`: quoting it
 * alone would fail next for its missing operator), a version written as a
 * number (`version: 1.0`: "1.0" is no semantic version either), a label
 * written as plain text, a list or mapping in full-width brackets. The text
 * follows the place's name.
 */
function typeWritten(
  source: SourceDocument,
  path: DocumentPath,
  data: unknown,
  type: string,
  bilingual: boolean,
): LocalizedText | undefined {
  const last = path[path.length - 1];
  const written = typeof data === 'number' ? (source.literal(path) ?? String(data)) : undefined;
  // `plausible: 1000` quoted would mean exactly 1000, every other value invalid: it is a bound too (hostile-27 M1).
  if (
    written !== undefined &&
    type === 'string' &&
    (last === 'require' || last === 'range' || last === 'plausible')
  ) {
    // A band (`range`, `plausible`) takes an interval but no tolerance: ± is a requirement's only.
    const [zhJoin, enJoin] = last === 'require' ? ['或 ', ' or'] : ['、', ','];
    const more =
      last === 'require'
        ? localized('，也可用 ± 等', '; ± and others work too')
        : localized('或区间 "[0, 100]"', ' or an interval "[0, 100]"');
    return localized(
      `必须是以运算符开头、加引号的文本，实际是数值 ${written}：请写明比较方式，如 "≤ ${written}"（不大于）${zhJoin}"≥ ${written}"（不小于）${more.zh}`,
      ` must be text that starts with an operator, in quotes, got the number ${written}: say how to compare, e.g. "≤ ${written}" (at most)${enJoin} "≥ ${written}" (at least)${more.en}`,
    );
  }
  const semver = path.length === 1 && last === 'version' ? fullVersion(written) : undefined;
  if (written !== undefined && semver) {
    return localized(
      `必须是加引号的语义化版本号（三段数字），实际是数值 ${written}：请写作 "${semver}"`,
      ` must be a semantic version (three numbers) in quotes, got the number ${written}: write "${semver}"`,
    );
  }
  // `gate: 合格`, `cap: true`: the other key meant, named (newcomer-words-42 d).
  const slip = last === 'gate' || last === 'cap' ? vetoKeySlip(source.data, last, data) : undefined;
  if (slip) return slip;
  const lowest = type === 'string' && last === 'grade' ? lowestListed(source.data, data) : undefined;
  if (lowest !== undefined)
    return localized(
      `只写一个等级：一个等级的要求也是它以上每个等级的要求，请写 grade: ${lowest}（所列等级中最低的一个）`,
      ` takes one grade: a requirement of a grade is one of every grade above it too, so write grade: ${lowest}, the lowest of those listed`,
    );
  if (typeof data !== 'string') return undefined;
  // `requiredWhen: usage = 室外`: a condition as a line of text; the mapping to write.
  if (type === 'object' && (last === 'when' || last === 'requiredWhen'))
    return localized(
      `必须是映射，实际是文本 ${JSON.stringify(safeLine(cutShort(data)))}${conditionAsText(last, data).zh}`,
      ` must be a mapping, got text ${JSON.stringify(safeLine(cutShort(data)))}${conditionAsText(last, data).en}`,
    );
  const brackets = FULL_WIDTH_BRACKETS[type];
  const trimmed = data.trim();
  if (brackets && (trimmed.startsWith(brackets.open) || trimmed.endsWith(brackets.close))) {
    const key = typeof last === 'string' ? `${last}: ` : '';
    const ascii = `${key}${fullWidthToAscii(trimmed).replace(/,(?=\S)/g, ', ')}`;
    const chars = `“${brackets.open}”“${brackets.close}”（${codePointText(brackets.open)}、${codePointText(brackets.close)}）`;
    return localized(
      `用了全角括号${chars}，整个值被读作一段文本：请用半角括号 ${brackets.ascii}，写作 ${safeLine(cutShort(ascii, MAX_WRITTEN))}`,
      ` uses the full-width brackets "${brackets.open}" "${brackets.close}" (${codePointText(brackets.open)}, ${codePointText(brackets.close)}), so the whole value is read as text: use ASCII ${brackets.ascii}, write ${safeLine(cutShort(ascii, MAX_WRITTEN))}`,
    );
  }
  // `label: 弯曲度`: a label (or title, note) has a Chinese and an English text, written in braces.
  if (type === 'object' && bilingual) {
    const chinese = /[\u3400-\u9fff]/.test(data);
    const shown = safeLine(cutShort(trimmed));
    const zh = chinese ? shown : '中文名称';
    const en = chinese ? '英文名称' : shown;
    return localized(
      `要同时写中文和英文，写在花括号中：${String(last)}: { zh: ${zh}, en: ${en} }`,
      ` needs a Chinese and an English text, in braces: ${String(last)}: { zh: ${chinese ? shown : '<Chinese>'}, en: ${chinese ? '<English>' : shown} }`,
    );
  }
  return undefined;
}

/**
 * `grade: [ordinary, premium]`, a criterion placed in several grades: the lowest of them in the file's `grades`
 * (the first listed when none is a grade), which places it in all of them, since grades are cumulative.
 */
function lowestListed(document: unknown, listed: unknown): string | undefined {
  if (!Array.isArray(listed) || listed.length === 0 || !listed.every((g) => typeof g === 'string'))
    return undefined;
  const grades = isMapping(document) && Array.isArray(document.grades) ? document.grades : [];
  const ids = grades.map((g) => (isMapping(g) ? g.id : undefined));
  // A grade's label (优质加工级) stands for its id.
  const named = listed.map((g: string) => labelOwner(grades, g) ?? g);
  const lowest = ids.find((id) => typeof id === 'string' && named.includes(id));
  return safeLine(cutShort(typeof lowest === 'string' ? lowest : named[0]!));
}

/**
 * A mapping written as one text because of its colon (`when:\n  category：drum`,
 * `when: 类别：滚筒`, `when: unitType:heat-pump`, `unitType:　heat-pump` with
 * U+3000): told at the colon, as the other full-width colons are, with the
 * entry to write; on the key's own line the entry goes in braces. Only where
 * the text's key could be a key here: a condition's indicator, or one of the
 * mapping's own keys.
 */
function colonInEntry(
  source: SourceDocument,
  path: DocumentPath,
  data: unknown,
  type: string,
  properties: object | undefined,
): RuleSetIssue | undefined {
  if (type !== 'object' || typeof data !== 'string') return undefined;
  const slip = colonSlip(data);
  const last = path.at(-1);
  if (slip === undefined) return undefined;
  if (last !== 'when' && last !== 'requiredWhen' && !Object.hasOwn(properties ?? {}, slip.key))
    return undefined;
  const sameLine =
    typeof last === 'string' && source.locate(path).line === source.locate(path, { key: true }).line;
  const entry = `${slip.key}: ${slip.value}`.trim();
  const text = sameLine
    ? colonSlipText(slip, { braces: true, write: `${last}: { ${entry} }` })
    : colonSlipText(slip);
  return source.issueInText('schema', text, path, slip.at);
}

/**
 * The slip in an unknown key that is a key and value joined by its colon
 * (`{ zh：弯曲度 }`, `{ zh:弯曲度 }`): any full-width colon, a missing or
 * non-ASCII space only before one of the mapping's own keys.
 */
function keyColonSlip(e: ErrorObject): ColonSlip | undefined {
  if (e.keyword !== 'additionalProperties') return undefined;
  const slip = colonSlip(String(e.params.additionalProperty));
  if (slip === undefined || slip.kind === 'full-width-colon') return slip;
  const allowed = (e.parentSchema as { properties?: object } | undefined)?.properties ?? {};
  return Object.hasOwn(allowed, slip.key) ? slip : undefined;
}

/** A version written with one or two numbers (`1`, `1.0`) in the three a semantic version has (`1.0.0`). */
function fullVersion(written: unknown): string | undefined {
  if (typeof written !== 'string' || !/^\d+(?:\.\d+)?$/.test(written)) return undefined;
  return [...written.split('.'), '0', '0'].slice(0, 3).join('.');
}

function valueAt(data: unknown, path: DocumentPath): unknown {
  let at = data;
  for (const p of path) at = (at as Record<string | number, unknown> | null | undefined)?.[p];
  return at;
}

function reduceErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  // anyOf/oneOf explain themselves better than each failed branch at the same place.
  const unionPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    // A name's own pattern or reserved word: the propertyNames error after it says it at the name.
    if (e.propertyName !== undefined) return false;
    if (unionPaths.has(e.instancePath) && e.keyword !== 'anyOf' && e.keyword !== 'oneOf') return false;
    return true;
  });
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where a score item is: `scoring.dimensions[i].items[j]`. */
function isScoreItem(path: DocumentPath): boolean {
  return path.length === 5 && path[0] === 'scoring' && path[1] === 'dimensions' && path[3] === 'items';
}

/** What an item that does not apply to some records is written as, and where the docs show it. */
const SCORE_ITEM_WHEN = localized(
  '。评分项没有“when”：对部分记录不适用的评分项，若不适用时不计分、权重按比例分给其余项，在该项上写 missing: reweight，' +
    '不适用的记录留空（docs/rule-format.zh-CN.md“打分”一节，评价时可能未评的评分项）；权重不按比例时，以条件派生值' +
    '（formula: "条件 ? … : …"，两种情况各自分配权重）作为评分项，并给只在适用时填写的指标设 requiredWhen',
  '. A score item has no "when": for an item that does not apply to some records, write missing: reweight on it if ' +
    'its weight is then shared out over the other items in proportion, and leave it blank there (docs/rule-format.md, ' +
    '"Scoring", an item an assessment may leave out); where the shares are not in proportion, score a conditional ' +
    'derived value (formula: "condition ? … : …", weighting the items for each case) instead, and mark the indicator ' +
    'given only where it applies with requiredWhen',
);

/**
 * What to write for a table with no `keys`: a limit the same for every record is no table but a criterion per grade
 * (newcomer-43: a grade table of phosphorus maxima by grade alone got "pMax is missing keys", then "keys must not
 * be empty", and no way on).
 */
const TABLE_WITHOUT_KEYS = localized(
  '：表按“keys”所列指标的取值选行，每个表至少要有一个键。限值对所有记录都相同时（如各等级的磷含量上限），不用表：' +
    '为每个等级写一条判定项，如 - { id: phosphorus-c, indicator: phosphorus, grade: C, require: "≤ 0.030" }（不写 grade 的属于最低等级）',
  ': a table picks its row by the values of the indicators "keys" lists, so it needs at least one. Where a limit is ' +
    "the same for every record (each grade's phosphorus maximum, say), write no table but one criterion per grade, " +
    'e.g. - { id: phosphorus-c, indicator: phosphorus, grade: C, require: "≤ 0.030" } (one with no grade belongs to the lowest)',
);

/** `tables.<name>` (a table) and `tables.<name>.keys`. */
const isTable = (path: DocumentPath) => path.length === 2 && path[0] === 'tables';
const isTableKeys = (path: DocumentPath) => path.length === 3 && path[0] === 'tables' && path[2] === 'keys';

function toIssue(source: SourceDocument, e: ErrorObject, whole: LocalizedText): RuleSetIssue {
  const path = pointerToPath(e.instancePath);
  const field = String(path[path.length - 1] ?? 'document');
  const name = placeName(path);
  const got = describe(e.data);
  const actual = cjkJoin('实际是', got.zh);
  const parent = (e.parentSchema ?? {}) as { title?: string; description?: string; properties?: object };
  const issue = (text: LocalizedText, at: DocumentPath = path, key = false) =>
    source.issue('schema', text, at, { key });
  // ajv takes no NaN or infinity for a number; YAML reads .nan, .inf and 1e999 as those.
  // And 1e-400 as 0.
  const notFinite =
    typeof e.data === 'number' && (!Number.isFinite(e.data) || e.data === 0)
      ? numberValueProblem(e.data, source.literal(path))
      : undefined;
  if (notFinite) return issue(notFinite);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const colon = keyColonSlip(e);
      if (colon) {
        const { line, column } = source.locate([...path, key], { key: true });
        const text = colonSlipText(colon, { braces: true });
        // At the colon: the key is plain text on one line, so the colon is as far into it as into the key.
        return { ...issue(text, [...path, key], true), line, column: column + colon.at };
      }
      const allowed = Object.keys(parent.properties ?? {});
      // Every key as close as the nearest: `node` is as near `note` as `code` (two names, not a guess).
      const hint = closestTies(key, allowed);
      // `等级:`, `要求:`: a Chinese word for a key (fix-authoring-27).
      const chinese = hint.length > 0 ? undefined : chineseKeyMeant(key, allowed);
      const value = (e.data as Record<string, unknown> | undefined)?.[key];
      const suffix =
        hint.length > 0
          ? localized(`，是否要写${namesMeant(hint).zh}？`, `; did you mean ${namesMeant(hint).en}?`)
          : chinese
            ? localized(
                `；键名须用英文：是否要写“${chinese}”？`,
                `; keys are English words: did you mean "${chinese}"?`,
              )
            : isDirectionKey(key, value) && allowed.includes('require')
              ? localized(
                  '；规则文件没有“方向”键：越大越好或越小越好由 require 的运算符表示，如 require: "≥ 4.50"（不小于）或 require: "≤ 0.2"（不大于）',
                  '; a rule file has no "direction" key: the operator of require says which way is better, e.g. require: "≥ 4.50" (at least) or require: "≤ 0.2" (at most)',
                )
              : allowed.length
                ? localized(`；可用的键：${zhNames(allowed)}`, `; allowed: ${allowed.join(', ')}`)
                : localized('');
      // `when` on a score item: the documented way is a conditional derived value (newcomer-39 F4).
      const itemWhen = key === 'when' && isScoreItem(path) ? SCORE_ITEM_WHEN : localized('');
      // `{ zh: …, en: Levels, dimensions … }`: the unquoted comma split the text, and what
      // follows it became a key with no value.
      const split =
        (e.data as Record<string, unknown> | undefined)?.[key] === null && source.isFlowMapping(path)
          ? localized(
              '；花括号 { } 中的逗号用于分隔各项：含逗号的文字请加引号，如 en: "a, b"',
              '; a comma inside { } separates its entries: quote text that holds a comma, e.g. en: "a, b"',
            )
          : localized('');
      return issue(
        localized(
          `未知的键“${key}”${suffix.zh}${split.zh}${itemWhen.zh}`,
          `unknown key "${key}"${suffix.en}${split.en}${itemWhen.en}`,
        ),
        [...path, key],
        true,
      );
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const at = where(path, whole);
      const under = indentedUnder(source, path, e.data, missing);
      if (under) {
        const { column } = source.locate([...path, under], { key: true });
        return issue(
          localized(
            `“${missing}”缩进多了：它写在了“${under}”之下，所以${at.zh}缺少“${missing}”；请让它从第 ${column} 列开始，与“${under}”对齐`,
            `"${missing}" is indented too far: it is under "${under}", so ${at.en} is missing "${missing}"; start it in column ${column}, lined up with "${under}"`,
          ),
          [...path, under, missing],
          true,
        );
      }
      const noKeys = missing === 'keys' && isTable(path) ? TABLE_WITHOUT_KEYS : localized('');
      return issue(
        localized(`${at.zh}缺少“${missing}”${noKeys.zh}`, `${at.en} is missing "${missing}"${noKeys.en}`),
        path,
        path.length > 0,
      );
    }
    case 'false schema':
      return issue(
        localized(
          `${name.zh}不能与此处的其他键同时使用`,
          `${name.en} cannot be combined with the other keys here`,
        ),
        path,
        true,
      );
    case 'type': {
      const type = String(e.params.type);
      // An id or grade written as a number (grade: 2) is text in quotes.
      const quoted =
        typeof e.data === 'number' && type.split(',').includes('string')
          ? JSON.stringify(source.literal(path) ?? String(e.data))
          : undefined;
      const colon = colonInEntry(source, path, e.data, type, parent.properties);
      if (colon) return colon;
      const fix = typeWritten(source, path, e.data, type, parent.title === 'Text in zh-CN and en');
      if (fix) return issue(localized(`${name.zh}${fix.zh}`, `${name.en}${fix.en}`));
      const write = quoted
        ? localized(`，应加引号写作 ${quoted}`, `: write ${quoted} (in quotes)`)
        : numberWritten(path, e.data, type);
      return issue(
        localized(
          `${name.zh}${cjkJoin('必须是', typeName(type).zh)}，${actual}${write.zh}`,
          `${name.en} must be ${typeName(type).en}, got ${got.en}${write.en}`,
        ),
      );
    }
    case 'enum': {
      const values = e.params.allowedValues as unknown[];
      const allowed = values.map((v) => JSON.stringify(v));
      // A near miss ("greaterthan") is most likely a typo of one of them.
      // Every value as close as the nearest (`mix`: min and max).
      const hint =
        typeof e.data === 'string'
          ? closestTies(
              e.data,
              values.filter((v) => typeof v === 'string'),
            )
          : [];
      // `type: 数值`, `comparison: 修约值比较法`: a Chinese word for a value (fix-authoring-27).
      const chinese =
        hint.length === 0 && typeof e.data === 'string'
          ? chineseValueMeant(
              e.data,
              values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      const meant = hint.length > 0 ? hint : chinese === undefined ? [] : [chinese];
      const suffix =
        meant.length > 0
          ? localized(`，是否要写${namesMeant(meant).zh}？`, `; did you mean ${namesMeant(meant).en}?`)
          : localized('');
      return issue(
        localized(
          `${name.zh}必须是 ${allowed.join('、')} 之一，${actual}${suffix.zh}`,
          `${name.en} must be one of ${allowed.join(', ')}, got ${got.en}${suffix.en}`,
        ),
      );
    }
    case 'const': {
      const allowed = JSON.stringify(e.params.allowedValue);
      return issue(
        localized(`${name.zh}必须是 ${allowed}，${actual}`, `${name.en} must be ${allowed}, got ${got.en}`),
      );
    }
    case 'pattern': {
      if (path[0] === 'tables' && path[2] === 'columns' && typeof e.data === 'string')
        return issue(columnText(source.data, String(path[1]), e.data));
      const hint = patternHint(path);
      // An indicator's label where its name belongs (`indicator: 28 天抗压强度`): say which name to write.
      const owner =
        (path.at(-1) === 'indicator' || path.at(-1) === 'fact') && typeof e.data === 'string'
          ? indicatorLabelOwner(source.data, e.data)
          : undefined;
      // `version: "1.0"`: the version it means, in three numbers.
      const semver = path.length === 1 && path[0] === 'version' ? fullVersion(e.data) : undefined;
      const fix = owner
        ? localized(
            `；“${e.data}”是指标“${owner}”的标签：请写 ${owner}`,
            `; "${e.data}" is the label of the indicator "${owner}": write ${owner}`,
          )
        : semver
          ? localized(`；请写作 "${semver}"`, `; write "${semver}"`)
          : localized('');
      return issue(
        localized(
          `${name.zh}${hint.zh}，${actual}${fix.zh}`,
          `${name.en} ${hint.en}, got ${got.en}${fix.en}`,
        ),
      );
    }
    case 'propertyNames':
      return issue(
        nameText(String(e.params.propertyName), field, e.schema),
        [...path, String(e.params.propertyName)],
        true,
      );
    case 'anyOf':
    case 'oneOf': {
      if (parent.title === 'Rounding interval') return issue(intervalText(name, e.data, got));
      // The schema's description says what the field takes, as a sentence of its own.
      const en = parent.description ?? '';
      const zh = FORMS_ZH[en] ?? '';
      // `aggregate: 平均值`: a Chinese word for one of the words it takes is told the word (newcomer-40 M7).
      const words = (Array.isArray(e.schema) ? (e.schema as { enum?: unknown[] }[]) : []).flatMap((b) =>
        (b?.enum ?? []).filter((v): v is string => typeof v === 'string'),
      );
      const word = typeof e.data === 'string' ? chineseValueMeant(e.data, words) : undefined;
      if (word !== undefined)
        return issue(
          localized(
            `${name.zh}的写法不对：“${e.data}”请写 ${word}`,
            `${name.en} is not written in a form it takes: for "${e.data}" write ${word}`,
          ),
        );
      return issue(
        localized(
          `${name.zh}的写法不对${zh ? `：${zh}` : ''}`,
          `${name.en} is not written in a form it takes${en ? `: ${en}` : ''}`,
        ),
      );
    }
    case 'minItems':
      // `columns: [a]` is not empty: it is short.
      if (Array.isArray(e.data) && e.data.length > 0)
        return issue(
          localized(
            `${name.zh}至少要有 ${e.params.limit} 项，实际只有 ${e.data.length} 项`,
            `${name.en} needs at least ${e.params.limit} items, got ${e.data.length}`,
          ),
        );
      if (isTableKeys(path))
        return issue(
          localized(
            `${name.zh}不能为空${TABLE_WITHOUT_KEYS.zh}`,
            `${name.en} must not be empty${TABLE_WITHOUT_KEYS.en}`,
          ),
        );
      return issue(localized(`${name.zh}不能为空`, `${name.en} must not be empty`));
    case 'minProperties':
    case 'minLength':
      return issue(localized(`${name.zh}不能为空`, `${name.en} must not be empty`));
    case 'uniqueItems': {
      // ajv names the later item first.
      const [first, second] = [e.params.i, e.params.j].map((n: number) => n + 1).sort((a, b) => a - b);
      return issue(
        localized(
          `${name.zh}中同一个值出现了两次（第 ${first} 项和第 ${second} 项）`,
          `${name.en} lists the same value twice (items ${first} and ${second})`,
        ),
      );
    }
    case 'exclusiveMinimum':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const bound = `${COMPARISONS_ZH[String(e.params.comparison)] ?? '须满足'} ${e.params.limit}`;
      return issue(
        localized(
          `${name.zh}必须${bound}，${actual}`,
          `${name.en} ${e.message ?? 'is out of range'}, got ${got.en}`,
        ),
      );
    }
    default:
      return issue(localized(`${name.zh}的写法不符合规则格式`, `${name.en} ${e.message ?? 'is not valid'}`));
  }
}

/**
 * A key that cannot be a name (of an indicator, derived value, table or
 * statistic): a reserved word, or what names are made of, and for a name
 * with Chinese (or other non-ASCII) characters where its words go instead.
 */
function nameText(name: string, section: string, names: unknown): LocalizedText {
  const { pattern = '', not } = (names ?? {}) as { pattern?: string; not?: { enum?: string[] } };
  const reserved = not?.enum ?? [];
  const shown = safeLine(cutShort(name));
  if (reserved.includes(name))
    return localized(
      `“${shown}”不能用作名称：${reserved.join('、')} 为保留字`,
      `"${shown}" cannot be a name: ${reserved.join(', ')} are reserved`,
    );
  // Tables' names may hold "-" too: the class ends "_-]" ("A-Z" is a range, not a "-").
  const form = pattern.includes('_-]') ? TABLE_NAME_FORM : NAME_FORM;
  const words = /[^\x20-\x7e]/.test(name) ? WORDS_GO_IN[section] : undefined;
  return localized(
    `“${shown}”不能用作名称：名称只能用${form.zh}${words ? `（汉字不算字母）；${words.zh}` : ''}`,
    `"${shown}" cannot be a name: names are ${form.en}${words ? `; ${words.en}` : ''}`,
  );
}

/**
 * A rounding interval that is not one (`"０.１"`, `0`, `"0.1 mm"`): what an
 * interval is, examples, and what was written; a full-width one gets the ASCII to write.
 */
function intervalText(name: LocalizedText, value: unknown, got: LocalizedText): LocalizedText {
  if (typeof value === 'string' && WRITTEN_FULL_WIDTH.test(value)) {
    const ascii = asciiWritten(value).trim();
    if (parseRoundingInterval(ascii)) {
      const advice = fullWidthAdvice(value, ascii);
      return localized(`${name.zh}：${advice.zh}`, `${name.en}: ${advice.en}`);
    }
  }
  return localized(
    `${name.zh}必须是修约间隔（取值修约为它的整数倍）：GB/T 8170 规定为 1、2 或 5 × 10ⁿ，写成数，如 0.1、0.5、0.02 或 5；${cjkJoin('实际是', got.zh)}`,
    `${name.en} must be a rounding interval (values are rounded to a multiple of it): 1, 2 or 5 × 10ⁿ as GB/T 8170 gives them, written as a number, e.g. 0.1, 0.5, 0.02 or 5; got ${got.en}`,
  );
}

const COMPARISONS_ZH: Record<string, string> = { '>=': '不小于', '>': '大于', '<=': '不大于', '<': '小于' };

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * A place in the document as an author counts it: a list's items from 1 and
 * named with their list (`"blockers" item 1`, `“blockers”第 1 项`), not as
 * the index `"0"`; a place inside a list item names the item too
 * (`"failing" item 1 of "cases" item 3`).
 */
function where(path: DocumentPath, whole: LocalizedText): LocalizedText {
  if (path.length === 0) return whole;
  const parts: LocalizedText[] = [];
  for (let end = path.length; end > 0; ) {
    let start = end - 1;
    while (start > 0 && typeof path[start] === 'number') start--;
    parts.push(placeName(path.slice(start, end)));
    end = start;
  }
  return localized(
    parts
      .map((p) => p.zh)
      .reverse()
      .join('的'),
    parts.map((p) => p.en).join(' of '),
  );
}

/**
 * The last named place of a path and the list items after it: `"grade"`,
 * `"blockers" item 1`, `item 2 of "points" item 1` (`“points”第 1 项的第 2 项`).
 */
function placeName(path: DocumentPath): LocalizedText {
  let start = path.length - 1;
  while (start > 0 && typeof path[start] === 'number') start--;
  const key = path[start];
  if (key === undefined) return localized('“document”', '"document"');
  const named = typeof key === 'string';
  const items = path.slice(named ? start + 1 : start).map((i) => `${Number(i) + 1}`);
  const zh = [named ? `“${key}”` : '', ...items.map((n, k) => `${k > 0 ? '的' : ''}第 ${n} 项`)].join('');
  // English reads inside out: item 2 of "points" item 1.
  const en = items.map((n) => `item ${n}`);
  if (named) en[0] = en[0] ? `"${key}" ${en[0]}` : `"${key}"`;
  return localized(zh, en.reverse().join(' of '));
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  object: localized('映射', 'a mapping'),
  array: localized('列表', 'a list'),
  string: localized('文本', 'text'),
  number: localized('数值', 'a number'),
  integer: localized('整数', 'an integer'),
  boolean: localized('true 或 false', 'true or false'),
};

function typeName(type: string): LocalizedText {
  const names = type.split(',').map((t) => TYPE_NAMES[t] ?? localized(t));
  const zh = names.map((n) => n.zh).reduce((a, b) => cjkJoin(cjkJoin(a, '或'), b));
  return localized(zh, names.map((n) => n.en).join(' or '));
}

/** Describes a value for a message: `text "abc"`, `the number 3`, `a list`. */
function describe(value: unknown): LocalizedText {
  if (value === null || value === undefined) return localized('空值', 'nothing');
  if (typeof value === 'string') return localized(`文本 ${quoteShort(value)}`, `text ${quoteShort(value)}`);
  if (typeof value === 'number') return localized(`数值 ${value}`, `the number ${value}`);
  if (typeof value === 'boolean') return localized(String(value));
  if (Array.isArray(value)) return localized('列表', 'a list');
  return localized('映射', 'a mapping');
}
