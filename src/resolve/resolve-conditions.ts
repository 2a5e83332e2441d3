import { joinedValuesText } from '../load/full-width-list-comma';
import type { DocumentPath } from '../load/source-document';
import { bandContains } from '../model/band';
import { COMPARE_OPERATORS, JRE_OPERATORS, type JreOperator, jreOperator } from '../model/operators';
import type { JreConditionDocument } from '../model/rule-document';
import type { ConditionModel } from '../model/rule-set-model';
import type { Literal } from '../model/value';
import { parseDecimal } from '../rounding/decimal';
import { boundWordsAdvice } from '../syntax/bound-words';
import { parseBand } from '../syntax/parse-band';
import { parseRequirement } from '../syntax/parse-requirement';
import { tildeRange } from '../syntax/tilde-range';
import { cjkJoin } from '../text/cjk-space';
import { closestTies } from '../text/closest-name';
import { colonSlip, colonSlipText } from '../text/colon-slip';
import { didYouMean } from '../text/did-you-mean';
import { numberValueProblem } from '../text/finite-number';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { sameWordsName } from '../text/same-words-name';
import { typesetMinusAdvice } from '../text/typeset-minus';
import { limitUnitProblem } from './limit-unit';
import { kindName, type ModelContext, type ValueInfo } from './model-context';
import { notAValue, zhValue } from './not-a-value';
import { otherRangeUnit, rangeUnitError, rangeUnitText } from './range-unit-advice';
import { valueLabelMeant } from './value-label-meant';
import { numberWithUnit } from './value-with-unit';

/**
 * Resolves a `when` (or `requiredWhen`) into a condition: either the map form
 * (`unitType: heat-pump`, `designation: [HRB400E, HRB500E]`,
 * `ratedCoolingCapacity: "≤ 4500"`) or json-rules-engine's own syntax.
 *
 * @param indicatorsOnly - only indicators may be named (for `requiredWhen`, which input validation checks).
 */
export function resolveWhen(
  ctx: ModelContext,
  when: unknown,
  path: DocumentPath,
  indicatorsOnly = false,
): ConditionModel | undefined {
  if (!when || typeof when !== 'object' || Array.isArray(when)) return undefined;
  const keys = Object.keys(when);
  const role: ConditionRole = indicatorsOnly ? 'requiredWhen' : 'when';
  if (keys.some((k) => k === 'all' || k === 'any' || k === 'not' || k === 'fact')) {
    return resolveJreCondition(ctx, when as JreConditionDocument, path, indicatorsOnly, role);
  }
  const parts: ConditionModel[] = [];
  for (const name of keys) {
    const spec = (when as Record<string, unknown>)[name];
    if (colonJoinedKey(ctx, name, spec, [...path, name])) continue;
    const info = lookup(ctx, name, [...path, name], indicatorsOnly);
    if (!info) continue;
    if (info.perSpecimen) {
      const compared = `${name}: ${typeof spec === 'string' ? spec : JSON.stringify(spec)}`;
      specimensCompared(ctx, name, compared, [...path, name], role);
      continue;
    }
    const resolved = resolveMapEntry(ctx, name, info, spec, [...path, name]);
    if (resolved) parts.push(...resolved);
  }
  if (parts.length !== keys.length && ctx.issues.length > 0) return undefined;
  return parts.length === 1 ? parts[0] : { all: parts };
}

/**
 * `when: { 类别：滚筒 }`, `{ unitType:　heat-pump }` (U+3000), `{unitType:heat-pump}`:
 * a condition whose colon YAML does not read as one is one key with no value.
 * Told once, at the colon (or the space after it), with the entry to write, as
 * the other full-width colons are, not as an unknown indicator
 * (fix-authoring-27; hostile-27 M6). A name never holds a colon, so any such key is a slip.
 */
function colonJoinedKey(ctx: ModelContext, name: string, spec: unknown, path: DocumentPath): boolean {
  const slip = spec === null ? colonSlip(name) : undefined;
  if (slip === undefined) return false;
  const issue = ctx.source.issue('schema', colonSlipText(slip, { braces: true }), path, { key: true });
  ctx.issues.push({ ...issue, column: issue.column + slip.at });
  return true;
}

function resolveMapEntry(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  spec: unknown,
  path: DocumentPath,
): ConditionModel[] | undefined {
  if (Array.isArray(spec)) {
    const values = spec.map((v, i) => checkLiteral(ctx, info, name, v, [...path, i]));
    if (values.some((v) => v === undefined)) return undefined;
    return [{ fact: name, operator: 'in', value: values }];
  }
  if (typeof spec === 'string' && /^\s*(≥|>=|>|≤|<=|<|=|≠|!=|\[|\(|in\s*\[|not\s+in\s*\[|∈|∉)/.test(spec)) {
    const syntax = parseRequirement(spec);
    if ('error' in syntax) {
      ctx.requirementError(rangeUnitError(syntax, name, info.unit), path);
      return undefined;
    }
    if (syntax.kind === 'member') {
      const values = syntax.values.map((l) => checkLiteral(ctx, info, name, l.value, path));
      if (values.some((v) => v === undefined)) return undefined;
      return [{ fact: name, operator: syntax.negate ? 'notIn' : 'in', value: values }];
    }
    if (syntax.kind === 'range') {
      if (info.kind !== 'number') return kindError(ctx, name, info, localized('区间', 'a range'), path);
      const { band } = syntax.band;
      return [
        {
          fact: name,
          operator: band.lowerInclusive ? 'greaterThanInclusive' : 'greaterThan',
          value: band.lower,
        },
        { fact: name, operator: band.upperInclusive ? 'lessThanInclusive' : 'lessThan', value: band.upper },
      ];
    }
    if (syntax.kind === 'tolerance' || syntax.operand.kind !== 'literal') {
      ctx.error(
        'invalid-requirement',
        localized(
          `条件只能与固定值或区间比较；“${spec}”指的是别的东西`,
          `a condition compares with a fixed value or range; "${spec}" names something else`,
        ),
        path,
      );
      return undefined;
    }
    // A unit after the number is the value's own or refused, as in a limit: "≤ 4.5 kW" on a value in W was read as 4.5 W.
    const { unit, literal } = syntax.operand;
    const unitProblem =
      unit === undefined ? undefined : limitUnitProblem(ctx, name, info, unit, literal.text, 'condition');
    if (unitProblem) {
      ctx.error('type-mismatch', unitProblem, path);
      return undefined;
    }
    const operator = COMPARE_OPERATORS[syntax.operator].jre;
    if (JRE_OPERATORS[operator].numeric && info.kind !== 'number')
      return kindError(ctx, name, info, localized(`“${spec}”`, `"${spec}"`), path);
    const value = checkLiteral(ctx, info, name, syntax.operand.literal.value, path);
    if (value === undefined) return undefined;
    return [{ fact: name, operator, value }];
  }
  const value = checkLiteral(ctx, info, name, spec, path);
  return value === undefined ? undefined : [{ fact: name, operator: 'equal', value }];
}

/**
 * What a condition decides, for the message refusing a comparison of specimens: a `requiredWhen` whether the
 * indicator is required, a `when` whether the item applies, a `condition` whether it holds.
 */
export type ConditionRole = 'requiredWhen' | 'when' | 'condition';

/**
 * Resolves json-rules-engine condition syntax, checking facts, operators and values.
 *
 * @param role - what the condition decides (`requiredWhen` when `indicatorsOnly`, else `when` unless given).
 */
export function resolveJreCondition(
  ctx: ModelContext,
  cond: JreConditionDocument,
  path: DocumentPath,
  indicatorsOnly = false,
  role: ConditionRole = indicatorsOnly ? 'requiredWhen' : 'when',
): ConditionModel | undefined {
  if ('all' in cond || 'any' in cond) {
    const key = 'all' in cond ? 'all' : 'any';
    const items = (cond as Record<string, JreConditionDocument[]>)[key]!;
    const parts = items.map((c, i) => resolveJreCondition(ctx, c, [...path, key, i], indicatorsOnly, role));
    if (parts.some((p) => !p)) return undefined;
    return key === 'all' ? { all: parts as ConditionModel[] } : { any: parts as ConditionModel[] };
  }
  if ('not' in cond) {
    const inner = resolveJreCondition(ctx, cond.not, [...path, 'not'], indicatorsOnly, role);
    return inner ? { not: inner } : undefined;
  }
  const { fact, operator, value } = cond as { fact: string; operator: JreOperator; value: unknown };
  // The schema holds operators to the built-in list; this guards any way around it.
  const op = typeof operator === 'string' ? jreOperator(operator) : undefined;
  if (!op) {
    unknownOperator(ctx, operator, [...path, 'operator']);
    return undefined;
  }
  const info = lookup(ctx, fact, [...path, 'fact'], indicatorsOnly);
  if (!info) return undefined;
  if (info.perSpecimen && operator !== 'contains' && operator !== 'doesNotContain') {
    specimensCompared(ctx, fact, operator, [...path, 'operator'], role);
    return undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const ref = (value as { fact?: unknown }).fact;
    const keys = Object.keys(value);
    if (typeof ref !== 'string' || keys.length !== 1) {
      const text = localized(
        '“value”必须是字面值、列表或 {fact: name}',
        'a value must be a literal, a list, or {fact: name}',
      );
      ctx.error('invalid-requirement', text, [...path, 'value']);
      return undefined;
    }
    const other = lookup(ctx, ref, [...path, 'value', 'fact'], indicatorsOnly);
    if (!other) return undefined;
    // `f < s`, s a list of specimens: compared with the list's text too.
    if (other.perSpecimen) {
      specimensCompared(ctx, ref, `${fact} ${operator} ${ref}`, [...path, 'value', 'fact'], role);
      return undefined;
    }
    return { fact, operator, value: { fact: ref } };
  }
  if (op.numeric && (info.kind !== 'number' || typeof value !== 'number')) {
    ctx.error(
      'type-mismatch',
      localized(
        `“${operator}”比较的是数值；“${fact}”是${kindName(info.kind).zh}，而取值是${kindName(typeof value).zh}`,
        `"${operator}" compares numbers; "${fact}" is ${info.kind} and the value is ${typeof value}`,
      ),
      [...path, 'operator'],
    );
    return undefined;
  }
  if (operator === 'in' || operator === 'notIn') {
    if (!Array.isArray(value)) {
      const text = localized(`“${operator}”需要值的列表`, `"${operator}" needs a list of values`);
      ctx.error('type-mismatch', text, [...path, 'value']);
      return undefined;
    }
    for (const [i, v] of value.entries())
      if (checkLiteral(ctx, info, fact, v, [...path, 'value', i]) === undefined) return undefined;
  } else if (operator === 'contains' || operator === 'doesNotContain') {
    if (!info.perSpecimen) {
      const text = localized(
        `“${operator}”只用于列表；“${fact}”只有一个值`,
        `"${operator}" applies to lists; "${fact}" holds one value`,
      );
      ctx.error('type-mismatch', text, [...path, 'operator']);
      return undefined;
    }
  } else if (checkLiteral(ctx, info, fact, value, [...path, 'value']) === undefined) return undefined;
  return { fact, operator, value };
}

/**
 * A condition that compares a value taking several specimens as one value (`{ s: "< 5" }`, `operator: lessThan`,
 * `= 4`, `in [4, 5]`, `value: { fact: s }`): json-rules-engine compares a list by its text, so `[4]` counts as 4 and
 * `[4, 3]` never meets `< 5` or `= 4`, and what the condition decides would turn on how the record writes the
 * specimens. Refused at load in a `requiredWhen` (contracts-46), and in a `when` or `condition` of a criterion or
 * scope item (specimens-46b: a criterion skipped on `[4, 3]` graded the record `ok`); `contains` /
 * `doesNotContain` test the list's values and stay.
 */
function specimensCompared(
  ctx: ModelContext,
  name: string,
  compared: string,
  path: DocumentPath,
  role: ConditionRole,
): void {
  const what = safeLine(cutShort(compared));
  const decides = {
    requiredWhen: localized('该指标是否必填', 'whether the indicator is required'),
    when: localized('该项是否适用', 'whether the item applies'),
    condition: localized('该条件是否成立', 'whether the condition holds'),
  }[role];
  const instead =
    role === 'condition'
      ? localized(
          '，或用“indicator”和“require”（及“aggregate”）对各单值判定',
          ', or "indicator" with "require" (and "aggregate") to judge the specimens',
        )
      : localized('，或以只取一个值的指标为条件', ', or a condition on an indicator that takes one value');
  ctx.error(
    'type-mismatch',
    localized(
      `“${name}”取多个单值，而“${what}”只比较一个值：json-rules-engine 把单值列表当作文本比较（[4] 当作 4，[4, 3] 永远不满足），${decides.zh}就取决于记录怎样写这些单值；请用“contains”或“doesNotContain”判断列表中是否有某个值${instead.zh}`,
      `"${name}" takes several specimens, and "${what}" compares one value: json-rules-engine compares a list of specimens as text ([4] as 4, [4, 3] never), so ${decides.en} would turn on how a record writes them; use "contains" or "doesNotContain" to test whether the list holds a value${instead.en}`,
    ),
    path,
  );
}

function unknownOperator(ctx: ModelContext, operator: unknown, path: DocumentPath): void {
  const names = Object.keys(JRE_OPERATORS);
  const written = typeof operator === 'string' ? operator : (JSON.stringify(operator) ?? String(operator));
  const hint = typeof operator === 'string' ? closestTies(operator, names) : undefined;
  const text = safeLine(cutShort(written));
  ctx.error(
    'invalid-requirement',
    localized(
      `未知的运算符“${text}”${hint?.length ? didYouMean(hint).zh : `；可用${zhNames(names)}`}`,
      `unknown operator "${text}"${hint?.length ? didYouMean(hint).en : `; use one of ${names.join(', ')}`}`,
    ),
    path,
  );
}

// A YAML scalar written as a number: 1e-400, -.inf, .nan.
const YAML_NUMBER = /^[-+]?(?:\d|\.\d|\.(?:nan|inf)\b)[\w.+-]*$/i;

/** Checks a literal against the kind (and enum values) of the value it is compared with. */
export function checkLiteral(
  ctx: ModelContext,
  info: ValueInfo,
  name: string,
  value: unknown,
  path: DocumentPath,
): string | number | boolean | undefined {
  const v = value && typeof value === 'object' && 'value' in value ? (value as Literal).value : value;
  // YAML reads .nan, .inf and 1e999 as numbers, and 1e-400 as 0. (A number read from
  // requirement text was checked there; `path` then holds the whole text.)
  const written = ctx.source.literal(path);
  const problem =
    typeof v === 'number' && typeof value === 'number'
      ? numberValueProblem(v, written !== undefined && YAML_NUMBER.test(written) ? written : undefined)
      : undefined;
  if (problem) {
    ctx.error('invalid-requirement', problem, path);
    return undefined;
  }
  // Enum values written unquoted among text ([42.5, 42.5R]) are read as text, as the error on them says to write them.
  if (info.unquotedValues && typeof v === 'number') {
    const text = written !== undefined && YAML_NUMBER.test(written) ? written : String(v);
    if (info.values?.includes(text)) return text;
  }
  // A value's label or alias where the value belongs (热泵型 for heat-pump): say which value to write.
  const label =
    typeof v === 'string' && !info.values?.includes(v) ? valueLabelMeant(info, name, v) : undefined;
  if (label) {
    ctx.error('type-mismatch', label, path);
    return undefined;
  }
  // `when: { thickness: 8mm }`: the number with its unit (newcomer-30 M7). Say to drop the unit.
  const withUnit = info.kind === 'number' ? numberWithUnit(v, info.unit) : undefined;
  if (withUnit) {
    const u = withUnit.unit;
    ctx.error(
      'type-mismatch',
      localized(
        `“${name}”的值不写单位：请写 ${withUnit.number}，不要写 ${String(v)}${info.unit ? `（单位 ${info.unit} 已写在指标的“unit”中）` : `（单位 ${u} 写在指标的“unit”中）`}`,
        `a value of "${name}" takes no unit: write ${withUnit.number}, not ${String(v)}${info.unit ? ` (the unit, ${info.unit}, is in the indicator's "unit")` : ` (put the unit, ${u}, in the indicator's "unit")`}`,
      ),
      path,
    );
    return undefined;
  }
  if (typeof v !== info.kind) {
    // Text compared with a boolean (`是`, `"true"`): the YAML boolean to write instead.
    const asked = info.kind === 'boolean' && typeof v === 'string';
    const meant = asked ? booleanMeant(v) : undefined;
    const write = !asked
      ? undefined
      : meant === undefined
        ? localized('true 或 false', 'true or false')
        : localized(String(meant), String(meant));
    // `≤ 弯曲度表`: a table named in words (newcomer-17 m9). Tables are named by ids: list them.
    const tables = [...ctx.tables.keys()];
    const named =
      info.kind === 'number' && typeof v === 'string' && /[\u3400-\u9fff]/.test(v) && tables.length > 0
        ? localized(
            `；若要取表中的限值，请写表名：表名是标识（英文字母、数字等），本规则集的表有${zhNames(tables)}`,
            `; to take the limit from a table, write its name: table names are ids (ASCII letters, digits …), and this rule set's tables are ${tables.join(', ')}`,
          )
        : localized('');
    // `"[2, 4)"` keying a row by a numeric enum's sizes (newcomer-34 F2): the list of its values in that band.
    const listed = write
      ? localized(`：请写 ${write.zh}（不加引号）`, `: write ${write.en} (unquoted)`)
      : path[0] === 'tables'
        ? valuesInBand(info, v)
        : (valuesInBand(info, v) ??
          rangeMeant(name, info, v) ??
          minusMeant(info, v) ??
          boundWordsMeant(info, v));
    ctx.error(
      'type-mismatch',
      localized(
        `“${name}”${cjkJoin('是', describeKind(info).zh)}；${zhValue(v)}永远不会与它相符${(listed ?? named).zh}`,
        `"${name}" is ${describeKind(info).en}; ${JSON.stringify(v)} can never match it${(listed ?? named).en}`,
      ),
      path,
    );
    return undefined;
  }
  if (info.values && !info.values.includes(v as string | number)) {
    // [A，B] typed with an input method's comma: one value "A，B", though A and B are both values.
    const joined =
      typeof v === 'string' ? joinedValuesText(ctx.source, name, v, info.values, path) : undefined;
    if (joined) {
      ctx.error('type-mismatch', joined, path);
      return undefined;
    }
    ctx.error('type-mismatch', notAValue(name, v as string | number | boolean, info.values), path);
    return undefined;
  }
  return v as string | number | boolean;
}

/**
 * A band written where a numeric enum's value belongs (`"[2, 4)"`, `"8~12"` in a table keyed by nominal sizes), as
 * the list of the enum's values in it, to key the row by: `[2, 3]`, `[8, 10, 12]` (newcomer-34 F2); `undefined` for
 * any other text, and for a band that holds none of them.
 */
function valuesInBand(info: ValueInfo, v: unknown): LocalizedText | undefined {
  const band =
    typeof v === 'string' && info.values?.every((x) => typeof x === 'number') ? parseBand(v) : undefined;
  if (band === undefined || band.band.lower === band.band.upper) return undefined;
  const inside = (info.values as number[]).filter((x) => bandContains(band.band, x));
  if (inside.length === 0) return undefined;
  const list = `[${inside.join(', ')}]`;
  return localized(
    `：请写 ${list}（不加引号），即“values”中在 ${v} 内的取值`,
    `: write ${list} (unquoted), the values of "values" in ${v}`,
  );
}

/**
 * `when: { thickness: "2~6" }`, a band as a table's key cell writes it, on a
 * number: the interval to write (newcomer-41 F5), as a limit or scope item
 * written so is told; `undefined` for other text.
 */
function rangeMeant(name: string, info: ValueInfo, v: unknown): LocalizedText | undefined {
  const range = info.kind === 'number' && !info.values && typeof v === 'string' ? tildeRange(v) : undefined;
  if (!range) return undefined;
  // `2~6 cm` on a value in mm: the ends to convert, not the unit to drop.
  const other = range.unit === undefined ? undefined : otherRangeUnit(range.unit, info.unit);
  if (other !== undefined) {
    const text = rangeUnitText(name, other, info.unit!);
    return localized(`：${text.zh}`, `: ${text.en}`);
  }
  const [zh, en] = range.unit ? ['，区间不写单位', ', without the unit'] : ['', ''];
  return localized(
    `：区间要写成 ${JSON.stringify(range.band)}${zh}（方括号含端点，圆括号不含）`,
    `: write the range as ${JSON.stringify(range.band)}${en} (square brackets take the end in, round ones leave it out)`,
  );
}

/** `when: { thickness: "7.5以上" }`: a bound in the words of a Chinese table (newcomer-45); the requirement to write. */
function boundWordsMeant(info: ValueInfo, v: unknown): LocalizedText | undefined {
  if (info.kind !== 'number' || typeof v !== 'string') return undefined;
  const advice = boundWordsAdvice(v);
  return advice && localized(`：${advice.zh}`, `: ${advice.en}`);
}

/** `when: { t: −20 }`: YAML reads a standard's minus sign (or a dash for it) as text; the number to write (hostile-43). */
function minusMeant(info: ValueInfo, v: unknown): LocalizedText | undefined {
  if (info.kind !== 'number' || typeof v !== 'string') return undefined;
  const advice = typesetMinusAdvice(v, (ascii) => parseDecimal(ascii) !== undefined);
  return advice && localized(`：${advice.text.zh}`, `: ${advice.text.en}`);
}

function describeKind(info: ValueInfo): LocalizedText {
  if (info.values) return localized(`${zhNames(info.values)}之一`, `one of ${info.values.join(', ')}`);
  if (info.kind === 'number') return localized('数值', 'a number');
  return info.kind === 'boolean' ? localized('true 或 false', 'true or false') : localized('文本', 'text');
}

function kindError(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  what: LocalizedText,
  path: DocumentPath,
): undefined {
  const kind = describeKind(info);
  const text = localized(
    `${what.zh}比较的是数值，但“${name}”${cjkJoin('是', kind.zh)}`,
    `${what.en} compares numbers, but "${name}" is ${kind.en}`,
  );
  ctx.error('type-mismatch', text, path);
  return undefined;
}

/**
 * The one name that starts with, or holds, `name` (three characters at least,
 * case aside): `diagonal` for `diagonalDiff`, too far for a typo's hint
 * (newcomer-30 F4). Several such names: none is guessed.
 */
function partOfOne(name: string, names: readonly string[]): string | undefined {
  // A long list is not walked for every unknown name (hint-budget.test.ts: 100,000 of them).
  if (name.length < 3 || names.length > 1000) return undefined;
  const lower = name.toLowerCase();
  const starts = names.filter((n) => n.toLowerCase().startsWith(lower));
  if (starts.length === 1) return starts[0];
  if (starts.length > 1) return undefined;
  const holds = names.filter((n) => n.toLowerCase().includes(lower));
  return holds.length === 1 ? holds[0] : undefined;
}

/** Finds an indicator (or derived value) by name, reporting an unknown one with a hint. */
export function lookup(
  ctx: ModelContext,
  name: string,
  path: DocumentPath,
  indicatorsOnly = false,
): ValueInfo | undefined {
  const info = ctx.values.get(name);
  if (info && (!indicatorsOnly || info.isIndicator)) return info;
  const names = () =>
    [...ctx.values.entries()].filter(([, i]) => !indicatorsOnly || i.isIndicator).map(([n]) => n);
  // Every name equally close, not the first: `compressive2d` is one edit from compressive3d and compressive28d.
  const ties = ctx.closestTies(name, names);
  const hint = ties.length > 0 ? ties : (partOfOne(name, names()) ?? sameWordsName(name, names()));
  const what = indicatorsOnly
    ? localized('未知指标', 'unknown indicator')
    : localized('未知的指标或派生值', 'unknown indicator or derived value');
  ctx.error(
    'unknown-indicator',
    localized(`${what.zh}“${name}”${didYouMean(hint).zh}`, `${what.en} "${name}"${didYouMean(hint).en}`),
    path,
    {
      key: path[path.length - 1] === name,
    },
  );
  return undefined;
}

// What data may say for a boolean (是/否 as a Chinese sheet writes it), and the YAML boolean meant.
const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  是: true,
  否: false,
  true: true,
  false: false,
  yes: true,
  no: false,
};

/** The boolean that text compared with a boolean stands for (`是`, `"true"`), if it is one of those words. */
function booleanMeant(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  return Object.hasOwn(BOOLEAN_WORDS, word) ? BOOLEAN_WORDS[word] : undefined;
}
