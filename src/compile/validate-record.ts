import { type Band, bandContains } from '../model/band';
import type { RecordError } from '../model/grade-result';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { type MarkRefused, roundingMarkAdvice, textAfterMarkAdvice } from '../rounding/rounding-mark';
import { booleanWord } from '../text/boolean-words';
import { CJK, cjkJoin } from '../text/cjk-space';
import { commaNumberFix } from '../text/comma-number';
import { enumSpelling } from '../text/enum-spelling';
import { foldValueText } from '../text/fold-value-text';
import { fullWidthToAscii, nameCharacter } from '../text/full-width';
import { labNotationAdvice } from '../text/lab-notation';
import { type LocalizedText, localized } from '../text/localized-text';
import { quoteShort } from '../text/quote-short';
import { quotedNumberAdvice } from '../text/quoted-number';
import { speltAlike } from '../text/spelt-alike';
import { unitAfter } from '../text/unit-after';
import { UNSAFE_INTEGER_TEXT, unsafeInteger } from '../text/unsafe-integer';
import { unseenCharacter, withoutUnseen } from '../text/unseen-character';
import { meantByClass, valueAliasHint } from '../text/value-alias-hint';
import { bandBounds } from './band-bounds';
import { compileCondition } from './compile-condition';
import { decimalCommaAdvice } from './decimal-comma-advice';
import { type SuffixContext, suffixAdvice, suffixContext } from './enum-suffix-advice';
import { type RecordLimits, recordLimits } from './input-schema';
import { labelInsideAdvice } from './label-inside-advice';
import { likelyUnit } from './likely-unit';
import {
  givenCount,
  type HiddenKey,
  hiddenKeysOf,
  isNotAValue,
  labelKeysOf,
  nearKeysOf,
  type RecordSnapshot,
} from './record-snapshot';
import { requiredWhenReason } from './required-when-reason';

/**
 * Checks a record's snapshot; returns its field-by-field errors, or nothing when it is valid. `written`: the values
 * the record wrote with a GB/T 8170 rounding mark, by slot (`-0.0(+)`), which a message shows in place of the number
 * read for them (a value just inside the mark's interval, -1e-7).
 */
/**
 * Advice on a record's text value under a number indicator (`"250ppm"`, `"-20℃"`), by the indicator's name, from the
 * layer that reads cells (input's): what a CSV cell holding the text is told, after "got …, which". `undefined`
 * when there is none. Given by the layer above, as `closeKeys` is (standards-39 F4).
 */
export type TextValueAdvice = (field: string, text: string) => LocalizedText | undefined;

export type RecordValidator = (
  snapshot: RecordSnapshot,
  written?: ReadonlyMap<number, string>,
) => RecordError[] | undefined;

/**
 * Compiles the checks of a rule set's records — types, allowed values,
 * ranges, lengths, specimen counts, required and conditionally required
 * fields — into closures, the same rules `inputSchema` states as JSON Schema.
 * Nothing is generated as code, so it runs under a strict
 * Content-Security-Policy, and every message is written here, in zh and en.
 */
export function compileRecordValidator(
  model: RuleSetModel,
  limits: RecordLimits = {},
  advice?: TextValueAdvice,
): RecordValidator {
  const { maxTextLength } = recordLimits(limits);
  const suffixes = suffixContext(model);
  const checks = model.indicators.map((ind) => compileIndicator(ind, maxTextLength, suffixes, advice));
  const conditional = model.indicators
    .filter((i) => i.requiredWhen)
    .map((i) => ({
      slot: i.slot,
      indicator: i,
      when: compileCondition(i.requiredWhen!, model.slots),
      why: requiredWhenReason(i, model),
    }));
  const byName = new Map(model.indicators.map((i) => [i.name, i]));
  return (snapshot, written) => {
    let errors: RecordError[] | undefined;
    for (let i = 0; i < checks.length; i++) {
      const found = checks[i]!(snapshot[i], written?.get(i));
      if (found) {
        errors ??= [];
        for (const e of found) errors.push(e);
      }
    }
    for (const c of conditional) {
      if (snapshot[c.slot] === undefined && c.when(snapshot)) {
        errors ??= [];
        const e = missing(c.indicator);
        const why = c.why(snapshot, written);
        errors.push({ ...e, message: localized(e.message.zh + why.zh, e.message.en + why.en) });
      }
    }
    const labelKeys = errors && labelKeysOf(snapshot);
    if (labelKeys) {
      // A field given under its label ({"机组类型": …}): say so, rather than only "missing".
      errors = errors!.map((e) =>
        e.code === 'missing' && Object.hasOwn(labelKeys, e.field)
          ? missing(byName.get(e.field)!, labelKeys[e.field])
          : e,
      );
    }
    const nearKeys = errors && nearKeysOf(snapshot);
    if (nearKeys) {
      errors = errors!.map((e) =>
        e.code === 'missing' && Object.hasOwn(nearKeys, e.field)
          ? nearKeyMissing(byName.get(e.field)!, nearKeys[e.field]!)
          : e,
      );
    }
    const hiddenKeys = errors && hiddenKeysOf(snapshot);
    if (hiddenKeys) {
      errors = errors!.map((e) =>
        e.code === 'missing' && Object.hasOwn(hiddenKeys, e.field)
          ? hiddenField(byName.get(e.field)!, hiddenKeys[e.field]!)
          : e,
      );
    }
    return errors;
  };
}

/** `shown`: the value as the record wrote it with a rounding mark, for messages. */
type FieldCheck = (value: unknown, shown?: string) => RecordError[] | undefined;

function compileIndicator(
  ind: IndicatorModel,
  maxTextLength: number,
  suffixes: SuffixContext,
  advice: TextValueAdvice | undefined,
): FieldCheck {
  const one = compileScalar(ind, maxTextLength, suffixes, advice);
  const required = ind.required;
  if (ind.specimens === 0) {
    return (v, shown) => {
      if (v === undefined) return required ? [missing(ind)] : undefined;
      const e = one(v, 0, shown);
      return e ? [e] : undefined;
    };
  }
  const max = ind.specimens;
  const min = ind.minSpecimens;
  const wanted = localized(
    '数值或数值列表',
    ind.type === 'integer' ? 'an integer or a list' : 'a number or a list',
  );
  return (v) => {
    if (v === undefined) return required ? [missing(ind)] : undefined;
    if (!Array.isArray(v)) {
      if (isNotAValue(v) || v === null || typeof v !== 'number')
        return [wrongType(ind, wanted, v, 0, advice)];
      if (min > 1) return [tooFew(ind, 1)];
      const e = one(v, 0);
      return e ? [e] : undefined;
    }
    if (v.length === 0) {
      return [
        {
          field: ind.name,
          code: 'missing',
          message: localized(cjkJoin(ind.label.zh, `没有试样值`), `${name(ind)} has no specimen values`),
        },
      ];
    }
    if (v.length > max) {
      const given = givenCount(v);
      return [
        {
          field: ind.name,
          code: 'too-many-specimens',
          message: localized(
            min === max
              ? cjkJoin(ind.label.zh, `需要 ${max} 个试样值，实际 ${given} 个`)
              : cjkJoin(ind.label.zh, `最多 ${max} 个试样，实际 ${given} 个`),
            min === max
              ? `${name(ind)} needs ${max} specimen values, got ${given}`
              : `${name(ind)} takes at most ${max} specimens, got ${given}`,
          ),
        },
      ];
    }
    if (v.length < min) return [tooFew(ind, v.length)];
    const errors: RecordError[] = [];
    for (let i = 0; i < v.length; i++) {
      const e = one(v[i], i + 1);
      if (e) errors.push(e);
    }
    return errors.length > 0 ? errors : undefined;
  };
}

/** Checks one value (or one specimen's, `specimen` from 1; 0 for a single value). */
function compileScalar(
  ind: IndicatorModel,
  maxTextLength: number,
  suffixes: SuffixContext,
  advice: TextValueAdvice | undefined,
): (v: unknown, specimen: number, shown?: string) => RecordError | undefined {
  switch (ind.type) {
    case 'enum': {
      const values = ind.values ?? [];
      // Chinese lists take the enumeration comma 、, as the rest of the zh messages do; a value with a label
      // is listed by it, the value in brackets: 热泵型（heat-pump）.
      const allowed = localized(
        values.map((v) => withLabel(v, ind.valueLabels?.get(v)?.zh, 'zh')).join('、'),
        values.map((v) => withLabel(v, ind.valueLabels?.get(v)?.en, 'en')).join(', '),
      );
      // No space between a closing full-width bracket and the Chinese after it.
      const gap = allowed.zh.endsWith('）') ? '' : ' ';
      return (v) => {
        if (values.includes(v as string | number)) return undefined;
        // A strength class 42.5 given as a number, where the rule set lists the text "42.5".
        if (typeof v === 'number' && values.includes(String(v))) {
          return {
            field: ind.name,
            code: 'not-allowed',
            message: localized(
              cjkJoin(ind.label.zh, `应以文本给出："${v}"，而不是数字 ${v}`),
              `${name(ind)} must be given as text, "${v}", not the number ${v}`,
            ),
          };
        }
        const got = describe(v);
        // A zero-width space or a BOM (`"A\u200b"`) prints as the value it spoils: name it, as a number's message does.
        const unseen = typeof v === 'string' ? unseenCharacter(v) : undefined;
        const has =
          unseen === undefined
            ? localized('')
            : localized(
                `，含字符 ${nameCharacter(unseen)}`,
                `, which contains the character ${nameCharacter(unseen)}`,
              );
        // JSON values are used as written (CSV reads `P·O` as `P.O`): say which value was meant.
        const meant = typeof v === 'string' ? meantValue(v, unseen, values) : undefined;
        // `5mm` for a nominal size 5: the number alone, as a number indicator's message says; `Q355ND`: the
        // grade letter dropped. Never for a class mark (42.5R is not 42.5 with a unit: committee-24 F17).
        const after =
          meant === undefined && typeof v === 'string' ? suffixAdvice(v, ind, suffixes) : undefined;
        // `"4"` for the number 4 (newcomer-26 M4): to a reader 4 is in the list; say the quotes made it text.
        const quoted = meant === undefined && typeof v === 'string' ? quotedEnumNumber(v, values) : undefined;
        // `42,5` for the class 42.5: a decimal comma, said with the value meant (committee-34 M7).
        const comma =
          meant === undefined && typeof v === 'string' ? decimalCommaAdvice(v, values) : undefined;
        // `Ia类` for the value Ⅰa类: one value to a reader; say which characters differ.
        const alike = meant !== undefined && typeof v === 'string' ? speltAlike(v, values) : undefined;
        const why =
          alike !== undefined && alike.value === meant
            ? localized(`：${alike.difference.zh}；`, `: ${alike.difference.en};`)
            : localized('，', ':');
        // `变频热泵型`: a value's label with more around it, as lab sheets write it (committee-36 M6).
        const inside =
          meant === undefined && quoted === undefined && typeof v === 'string'
            ? labelInsideAdvice(v, ind)
            : undefined;
        const write =
          meant !== undefined
            ? localized(`${why.zh}应写作 "${meant}"`, `${why.en} write "${meant}"`)
            : quoted !== undefined
              ? localized(`，${quoted.zh}`, `, which ${quoted.en}`)
              : (after ?? comma ?? inside ?? localized(''));
        // The rule-side fix beside the data-side one: `1级`, `一级` as an alias of 1 (newcomer-36 M7).
        const byClass =
          meant === undefined &&
          quoted === undefined &&
          comma === undefined &&
          inside === undefined &&
          typeof v === 'string'
            ? meantByClass(v, values)
            : undefined;
        const alias = byClass === undefined ? localized('') : valueAliasHint(v as string, byClass);
        return {
          field: ind.name,
          code: 'not-allowed',
          message: localized(
            cjkJoin(
              ind.label.zh,
              `应为 ${allowed.zh}${gap}之一，${actually(got)}${has.zh}${write.zh}${alias.zh}`,
            ),
            `${name(ind)} must be one of ${allowed.en}, got ${got.en}${has.en}${write.en}${alias.en}`,
          ),
        };
      };
    }
    case 'boolean': {
      // A value's label or alias is read before this check (`spelledValue`): a text that is none of them lists them.
      const labelled = [true, false].flatMap((b) => ind.valueLabels?.get(b) ?? []);
      const wanted =
        labelled.length === 0
          ? localized('是或否（true/false）', 'true or false')
          : localized(
              `是或否（true/false），或 ${labelled.map((l) => l.zh).join('/')}（${labelled.map((l) => l.en).join('/')}）`,
              `true or false, or ${labelled.map((l) => l.en).join('/')} (${labelled.map((l) => l.zh).join('/')})`,
            );
      return (v, specimen) => (typeof v === 'boolean' ? undefined : wrongType(ind, wanted, v, specimen));
    }
    case 'string': {
      const wanted = localized('文本', 'text');
      return (v, specimen) => {
        if (typeof v !== 'string') return wrongType(ind, wanted, v, specimen);
        if (v.length <= maxTextLength) return undefined;
        return {
          field: ind.name,
          code: 'record-too-large',
          message: localized(
            cjkJoin(ind.label.zh, `超过 ${maxTextLength} 个字符`),
            `${name(ind)} is longer than ${maxTextLength} characters`,
          ),
        };
      };
    }
    default: {
      const integer = ind.type === 'integer';
      const wanted = integer ? localized('整数', 'an integer') : localized('数值', 'a number');
      const range = ind.range;
      const limit = range ? bandBounds(range) : undefined;
      const plausible = ind.plausible;
      return (v, specimen, shown) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v)))
          return wrongType(ind, wanted, v, specimen, advice);
        // `1e20` in JSON: a number, not the integer written (CSV refuses the cell as parseNumeral does).
        if (integer && unsafeInteger(v)) return unsafeIntegerError(ind, v, specimen);
        if (!range || bandContains(range, v))
          return plausible === undefined || bandContains(plausible, v)
            ? undefined
            : implausible(ind, plausible, v, specimen, shown);
        const at = specimenText(specimen);
        const bound =
          v < range.lower || (v === range.lower && !range.lowerInclusive) ? limit!.lower : limit!.upper;
        // -0 as given, not the "0" String(-0) writes: "must be > 0, got 0" reads as a wrong verdict. A marked value
        // as written (`-0.0(+)`), not the number just inside its interval that was read (-1e-7).
        const got = shown ?? (Object.is(v, -0) ? '-0' : String(v));
        return {
          field: ind.name,
          code: 'out-of-range',
          message: localized(
            cjkJoin(cjkJoin(ind.label.zh, at.zh), `应 ${bound}，实际为 ${got}`),
            `${name(ind)}${at.en} must be ${bound}, got ${got}`,
          ),
        };
      };
    }
  }
}

/**
 * A value outside the rule author's `plausible` band: most often a figure in another unit (7.2 kW under a W
 * column) that the standard's limits would grade wrongly. Said to be the author's check, not a standard's limit.
 */
function implausible(
  ind: IndicatorModel,
  band: Band,
  v: number,
  specimen: number,
  shown?: string,
): RecordError {
  const at = specimenText(specimen);
  const below = v < band.lower || (v === band.lower && !band.lowerInclusive);
  const bound = below ? bandBounds(band).lower : bandBounds(band).upper;
  const unit = unitAfter(ind.unit);
  const likely = ind.unit ? likelyUnit(ind.unit, v, band) : undefined;
  const got = shown ?? (Object.is(v, -0) ? '-0' : String(v));
  const head = localized(
    // A space before the figure whatever the label ends with: `额定制冷量 CC 7.2 W`, not `CC7.2`.
    `${cjkJoin(ind.label.zh, at.zh)} ${got}${unit} ${below ? '低于' : '高于'}核对范围 ${bound}${unit}（规则作者给出的核对范围，不是标准的限值）：`,
    `${name(ind)}${at.en} ${got}${unit} is ${below ? 'below' : 'above'} the check range ${bound}${unit} (the rule author's plausibility check, not a standard's limit): `,
  );
  // 0.91 under % with a check range of 50–100: a share written for a percentage (newcomer-30 M3).
  const percent =
    ind.unit === '%' && below && v > 0 && v <= 1 ? Number((v * 100).toPrecision(12)) : undefined;
  if (percent !== undefined && bandContains(band, percent))
    return {
      field: ind.name,
      code: 'implausible',
      message: localized(
        `${head.zh}是否把 ${percent}% 写成了 ${got}？单位为 % 时请写 ${percent}`,
        `${head.en}is it ${percent} % written as the fraction ${got}? Under % write ${percent}`,
      ),
    };
  return {
    field: ind.name,
    code: 'implausible',
    message: localized(
      `${head.zh}${likely ? `请核对单位（是否为 ${likely}？）或数值` : '请核对单位或数值'}`,
      `${head.en}check the unit${likely ? ` (is it ${likely}?)` : ''} or the figure`,
    ),
  };
}

/** `热泵型（heat-pump）` / `Heat pump (heat-pump)`; the value alone without a label, or with one that is the value but for case. */
function withLabel(value: string | number, label: string | undefined, lang: 'zh' | 'en'): string {
  if (label === undefined || foldValueText(label) === foldValueText(String(value))) return String(value);
  return lang === 'zh' ? `${label}（${value}）` : `${label} (${value})`;
}

// A test standard's set of specimens (GB/T 229: three) is judged as a set: fewer values cannot be graded.
function tooFew(ind: IndicatorModel, given: number): RecordError {
  const exact = ind.minSpecimens === ind.specimens;
  const n = ind.minSpecimens;
  return {
    field: ind.name,
    code: 'too-few-specimens',
    message: localized(
      cjkJoin(ind.label.zh, `需要${exact ? ' ' : '至少 '}${n} 个试样值，实际 ${given} 个`),
      `${name(ind)} needs ${exact ? '' : 'at least '}${n} specimen values, got ${given}`,
    ),
  };
}

function missing(ind: IndicatorModel, labelKey?: string): RecordError {
  const zh = cjkJoin('缺少', ind.label.zh);
  const en = `${name(ind)} is missing`;
  if (labelKey === undefined) return { field: ind.name, code: 'missing', message: localized(zh, en) };
  const map = mapArgument(labelKey, ind.name);
  const message = localized(
    `${zh}：记录中有键“${labelKey}”，即该指标的标签；JSON 记录以指标名（${ind.name}）为键，或用 ${map} 映射`,
    `${en}: the record has it under its label "${labelKey}"; JSON records name fields by indicator name (${ind.name}), or map the key with ${map}`,
  );
  return { field: ind.name, code: 'missing', message };
}

/**
 * "Missing" for a field the record gives under a key that is its name but for case (`APF`) or surrounding spaces
 * (`apf `), or its name or label but for case, white space, `_` or `-` (`air_cooled`): keys are matched exactly
 * (hostile-38 M2). A key in another case can be mapped; `--map` trims the key it
 * names, so one with spaces around it is to be written without them.
 */
function nearKeyMissing(ind: IndicatorModel, key: string): RecordError {
  const zh = cjkJoin('缺少', ind.label.zh);
  const en = `${name(ind)} is missing`;
  const shown = JSON.stringify(key);
  const map = mapArgument(key, ind.name);
  const message =
    key.trim() !== key && key.trim() === ind.name
      ? localized(
          `${zh}：记录中有键 ${shown}，与指标名只差首尾空格；JSON 记录的键须与指标名（${ind.name}）完全一致：请去掉键两端的空格`,
          `${en}: the record has the key ${shown}, which is its name but for the spaces around it; JSON records name fields by indicator name exactly (${ind.name}): write the key without the spaces`,
        )
      : key.toLowerCase() === ind.name.toLowerCase()
        ? localized(
            `${zh}：记录中有键 ${shown}，与指标名只差大小写；JSON 记录的键须与指标名（${ind.name}）完全一致（区分大小写），或用 ${map} 映射`,
            `${en}: the record has the key ${shown}, which is its name but for case; JSON records name fields by indicator name exactly (${ind.name}), or map the key with ${map}`,
          )
        : localized(
            `${zh}：记录中有键 ${shown}，与指标名或标签只差大小写、“_”、“-”或空白；JSON 记录的键须与指标名（${ind.name}）完全一致，请把键改为 ${ind.name}，或用 ${map} 映射`,
            `${en}: the record has the key ${shown}, which differs from its name or label only in case, "_", "-" or white space; JSON records name fields by indicator name exactly (${ind.name}): rename the key ${ind.name}, or map it with ${map}`,
          );
  return { field: ind.name, code: 'missing', message };
}

/**
 * "Missing" for a field the record holds but not as its own property: a
 * getter on a class instance's prototype, an entry of a Map. Records are
 * read from their own properties only (so a prototype can never supply a
 * value); the message says so, rather than pointing at the data.
 */
function hiddenField(ind: IndicatorModel, how: HiddenKey): RecordError {
  const zh = cjkJoin('缺少', ind.label.zh);
  const en = `${name(ind)} is missing`;
  const message =
    how === 'map'
      ? localized(
          `${zh}：记录是一个 Map，其中有“${ind.name}”；记录只从对象自身的属性读取：请传入 Object.fromEntries(map)`,
          `${en}: the record is a Map that has "${ind.name}"; records are read from an object's own properties only: pass Object.fromEntries(map)`,
        )
      : localized(
          `${zh}：记录的“${ind.name}”不是它自身的属性，而来自原型（例如类实例的 getter、ORM 实体）；记录只从自身属性读取：请传入各值都是自身属性的普通对象（例如实体的 toJSON() 结果）`,
          `${en}: the record's "${ind.name}" is not its own property but comes from its prototype (a class instance's getter, an ORM entity); records are read from their own properties only: pass a plain object whose own properties hold the values (an entity's toJSON(), say)`,
        );
  return { field: ind.name, code: 'missing', message };
}

/** `--map key=name`, quoted for a shell when the key has spaces or other special characters. */
function mapArgument(key: string, field: string): string {
  const arg = `${key}=${field}`;
  return /^[\p{L}\p{N}_.=-]+$/u.test(arg) || arg.includes("'") ? `--map ${arg}` : `--map '${arg}'`;
}

/** A leading numeral with an exponent in decimal (`4.25e1(−)` → `42.5(−)`), as a CSV cell's advice names it. */
function inDecimal(text: string): string {
  return text.replace(/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d{1,3}(?=\S)/, (n) => String(Number(n)));
}

/** Why a JSON string's rounding mark is not read: a single number's marked value is read before validation. */
function markRefused(ind: IndicatorModel, v: string): MarkRefused | undefined {
  if (/^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE]/.test(fullWidthToAscii(v))) return 'exponent';
  if (ind.type === 'integer') return 'integer';
  return ind.specimens > 0 ? 'specimen' : undefined;
}

function wrongType(
  ind: IndicatorModel,
  wanted: LocalizedText,
  v: unknown,
  specimen: number,
  advice?: TextValueAdvice,
): RecordError {
  const at = specimenText(specimen);
  let got = describe(v);
  // `"<0.01"`, `"/"` in a JSON record: the advice CSV gives for the cell.
  const numeric = ind.type === 'number' || ind.type === 'integer';
  const lab =
    typeof v === 'string' && (numeric || ind.type === 'boolean')
      ? ((ind.type === 'boolean' ? quotedBoolean(v) : undefined) ??
        labNotationAdvice(
          v.trim(),
          numeric,
          'field',
          ind.required || ind.requiredWhen !== undefined,
          ind.required && ind.requiredWhen === undefined,
        ) ??
        (numeric ? roundingMarkAdvice(inDecimal(v.trim()), 'field', markRefused(ind, v)) : undefined) ??
        (numeric ? textAfterMarkAdvice(v, 'field', ind.unit, markRefused(ind, v)) : undefined) ??
        (numeric ? commaAdvice(v.trim()) : undefined) ??
        (numeric ? quotedNumberAdvice(v, ind.unit) : undefined) ??
        // `"250ppm"`, `"-20℃"`, `"40，38，45"`: what a CSV cell holding the text is told (standards-39 F4).
        (numeric ? advice?.(ind.name, v) : undefined))
      : undefined;
  // `" 0.9"` hid the no-break space that kept the figure text (developer-36 M6): a space other than U+0020 around a
  // numeral in quotes is written as its escape.
  if (typeof v === 'string' && lab !== undefined && OTHER_SPACE.test(v) && quotedNumberAdvice(v, ind.unit))
    got = localized(got.zh.replace(OTHER_SPACE_ALL, escapeChar), got.en.replace(OTHER_SPACE_ALL, escapeChar));
  return {
    field: ind.name,
    code: 'wrong-type',
    message: localized(
      cjkJoin(cjkJoin(ind.label.zh, at.zh), `应为${wanted.zh}，${actually(got)}${lab ? `，${lab.zh}` : ''}`),
      `${name(ind)}${at.en} must be ${wanted.en}, got ${got.en}${lab ? `, which ${lab.en}` : ''}`,
    ),
  };
}

/**
 * `"5,00"` in a JSON record or `apf: 5,00` in a suite's YAML (text, as YAML reads a comma outside brackets): the
 * number to write for a decimal comma, and for `"1,700"` for a thousands separator too (hostile-27 M6).
 */
function commaAdvice(v: string): LocalizedText | undefined {
  if (!/^[+-]?\d+(?:,\d+)+$/.test(v)) return undefined;
  const fix = commaNumberFix(v.split(','));
  return fix && localized(`含逗号：${fix.zh}`, `has a comma in it: ${fix.en}`);
}

/**
 * `"是"`, `"无"`, `"合格"` in a JSON record or a suite case's input: a yes/no word as text. JSON has its
 * own booleans; the word is not read (a verdict could be read the wrong way
 * round), and `无` is an answer here, not "not tested".
 */
function quotedBoolean(v: string): LocalizedText | undefined {
  if (booleanWord(v.trim()) === undefined) return undefined;
  return localized(
    '是文本：JSON 记录或测试用例的 input 中请写 true 或 false（不加引号）',
    "is text: write true or false (without quotes) in a JSON record or a test case's input",
  );
}

/**
 * A bare number in quotes (`"4"`) for an enumeration that lists that number: the quoted-number hint. With a
 * unit after it (`"5mm"`) the unit advice says more, so that is left to it.
 */
function quotedEnumNumber(v: string, values: readonly (string | number)[]): LocalizedText | undefined {
  const hint = quotedNumberAdvice(v, undefined);
  return hint !== undefined && values.includes(Number(v.trim())) ? hint : undefined;
}

/** An `integer` indicator's value of 2^53 or more, as CSV words the cell: `x (X) must be an integer: 1e+20 is …`. */
function unsafeIntegerError(ind: IndicatorModel, v: number, specimen: number): RecordError {
  const at = specimenText(specimen);
  return {
    field: ind.name,
    code: 'wrong-type',
    message: localized(
      cjkJoin(cjkJoin(ind.label.zh, at.zh), `应为整数：${v} ${UNSAFE_INTEGER_TEXT.zh}`),
      `${name(ind)}${at.en} must be an integer: ${v} ${UNSAFE_INTEGER_TEXT.en}`,
    ),
  };
}

function name(ind: IndicatorModel): string {
  return `${ind.name} (${ind.label.en})`;
}

function specimenText(specimen: number): LocalizedText {
  return specimen ? { zh: `第 ${specimen} 个试样`, en: ` specimen ${specimen}` } : { zh: '', en: '' };
}

/** A value as a message shows it: text quoted and cut short, the kind of anything else. */
/** The enumeration's value a text spells another way (`P·O`, `ＨＲＢ４００`), or would be without its unseen characters. */
function meantValue(
  text: string,
  unseen: string | undefined,
  values: readonly (string | number)[],
): string | number | undefined {
  const spelled = enumSpelling(text, values);
  if (spelled !== undefined) return spelled;
  if (unseen !== undefined) {
    const bare = withoutUnseen(text);
    return values.includes(bare) ? bare : enumSpelling(bare, values);
  }
  // `Heat-Pump` for heat-pump (hostile-22 M4): codes are matched as written, so only the hint folds case.
  const folded = text.normalize('NFKC').trim().toLowerCase();
  const cased = values.filter((v) => typeof v === 'string' && v.toLowerCase() === folded);
  return cased.length === 1 ? cased[0] : undefined;
}

/** Spaces that show as a plain one: no-break, the typographic widths, the narrow no-break, the medium mathematical. */
const OTHER_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/u;
const OTHER_SPACE_ALL = new RegExp(OTHER_SPACE.source, 'gu');

/** A character as its JSON escape, `\u00a0`. */
function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `实际为 "abc"`, `实际为 12`, but `实际为列表`: no space between two Chinese words. */
function actually(got: LocalizedText): string {
  return CJK.test(got.zh[0] ?? '') ? `实际为${got.zh}` : `实际为 ${got.zh}`;
}

function describe(v: unknown): LocalizedText {
  if (typeof v === 'string') return localized(quoteShort(v));
  if (v === null) return localized('null');
  if (Array.isArray(v)) return localized('列表', 'a list');
  if (isNotAValue(v)) {
    const kinds: Record<string, LocalizedText> = {
      object: localized('对象', 'an object'),
      map: localized('映射（Map）', 'a map'),
      set: localized('集合（Set）', 'a set'),
      function: localized('函数', 'a function'),
      symbol: localized('符号（Symbol）', 'a symbol'),
      bigint: localized('大整数（BigInt）', 'a BigInt'),
      'deep list': localized('嵌套列表', 'a nested list'),
      list: localized('列表', 'a list'),
    };
    return kinds[v.notAValue] ?? localized('对象', 'an object');
  }
  return localized(String(v));
}
