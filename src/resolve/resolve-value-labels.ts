import type { IndicatorDocument } from '../model/rule-document';
import type { IndicatorModel } from '../model/rule-set-model';
import { booleanWord } from '../text/boolean-words';
import { closestTies } from '../text/closest-name';
import { didYouMean } from '../text/did-you-mean';
import { foldValueText } from '../text/fold-value-text';
import { isNotTestedMark } from '../text/lab-notation';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { speltAlike } from '../text/spelt-alike';
import { kindName, type ModelContext } from './model-context';

/** Where a folded text was first met: a value itself, or one of a value's labels or aliases. */
interface Spelling {
  value: string | number | boolean;
  /** The text as written, for the message. */
  text: string;
  as: 'value' | 'label' | 'alias';
}

/**
 * Resolves an enum's or a boolean's `valueLabels` into its model: the labels
 * by value (of the values given both zh and en; one given aliases alone shows
 * as itself), and the value each label and alias stands for. A boolean's keys
 * are `true` and `false` (YAML's `true:` key, or `"true":`). A key that is
 * not one of the values, a label or alias that two values share, and a label
 * or alias that is another value itself are errors, each at its place: a
 * record's text must stand for one value only. So is a boolean's label or
 * alias that is a yes/no word of its other value (`false: { zh: 是 }`,
 * `true: { aliases: [无] }`): a cell would be read the wrong way round. Texts
 * are compared folded ({@link foldValueText}), as a record's text is matched
 * with them.
 */
export function resolveValueLabels(ctx: ModelContext, ind: IndicatorDocument, model: IndicatorModel): void {
  const labels = ind.valueLabels;
  if (labels === undefined) return;
  const path = ['indicators', model.name, 'valueLabels'];
  if (ind.type !== 'enum' && ind.type !== 'boolean') {
    ctx.error(
      'type-mismatch',
      localized(
        `“valueLabels”只用于枚举指标和布尔指标；“${model.name}”是${kindName(ind.type).zh}`,
        `"valueLabels" applies to enum and boolean indicators; "${model.name}" is ${ind.type}`,
      ),
      path,
      { key: true },
    );
    return;
  }
  const values: (string | number | boolean)[] | undefined =
    ind.type === 'boolean' ? [true, false] : model.values;
  if (values === undefined) return;
  const byText = new Map(values.map((v) => [String(v), v] as const));
  const seen = new Map<string, Spelling>();
  for (const v of values) {
    const folded = foldValueText(String(v));
    if (!seen.has(folded)) seen.set(folded, { value: v, text: String(v), as: 'value' });
  }
  const valueLabels = new Map<string | number | boolean, LocalizedText>();
  const spellings = new Map<string, string | number | boolean>();
  for (const [key, label] of Object.entries(labels)) {
    const value = byText.get(key);
    if (value === undefined) {
      ctx.error('type-mismatch', notAValue(model.name, key, values, ind.type === 'boolean'), [...path, key], {
        key: true,
      });
      continue;
    }
    // Aliases alone (`P.O: { aliases: [普通硅酸盐水泥] }`) read a sheet's word and leave reports showing the code.
    if (label.zh !== undefined && label.en !== undefined)
      valueLabels.set(value, { zh: label.zh, en: label.en });
    const texts: [string, (string | number)[], Spelling['as']][] = [
      ...(['zh', 'en'] as const).flatMap((lang): [string, (string | number)[], 'label'][] => {
        const text = label[lang];
        return text === undefined ? [] : [[text, [...path, key, lang], 'label']];
      }),
      ...(label.aliases ?? []).map((a, i): [string, (string | number)[], 'alias'] => [
        a,
        [...path, key, 'aliases', i],
        'alias',
      ]),
    ];
    for (const [text, at, as] of texts) {
      // hostile-22 W1: a table reads `/`, `—`, `未检` under an indicator a record need not give as an empty cell,
      // JSON as the label: one sheet would grade two ways by its format.
      if (text.trim() === '' || isNotTestedMark(text.trim())) {
        ctx.error('type-mismatch', markLabel(model.name, text, value), at);
        continue;
      }
      // `是` for false, `无` for true: the yes/no word every boolean cell is read by, the other way round.
      if (typeof value === 'boolean' && booleanWord(text.trim())?.value === !value) {
        ctx.error('type-mismatch', oppositeWord(model.name, text, value), at);
        continue;
      }
      const folded = foldValueText(text);
      const met = seen.get(folded);
      if (met !== undefined && met.value !== value) {
        ctx.error('duplicate-id', clash(model.name, { value, text, as }, met), at);
        continue;
      }
      if (met === undefined) seen.set(folded, { value, text, as });
      spellings.set(text, value);
      spellings.set(folded, value);
    }
  }
  if (valueLabels.size > 0) model.valueLabels = valueLabels;
  if (spellings.size > 0) model.valueSpellings = spellings;
}

/** A `valueLabels` key that is none of the indicator's values (a boolean's: `true`, `false`). */
function notAValue(
  name: string,
  key: string,
  values: readonly (string | number | boolean)[],
  boolean: boolean,
): LocalizedText {
  if (boolean)
    return localized(
      `“${key}”不是布尔指标“${name}”的取值：键只能是 true 或 false`,
      `"${key}" is not a value of the boolean indicator "${name}": the keys are true and false`,
    );
  const alike = speltAlike(key, values);
  if (alike)
    return localized(
      `“${key}”不是“${name}”的取值：${alike.difference.zh}；请写“${alike.value}”`,
      `"${key}" is not a value of "${name}": ${alike.difference.en}; write "${alike.value}"`,
    );
  const hint = closestTies(key, values.map(String));
  return localized(
    `“${key}”不是“${name}”的取值${hint.length ? didYouMean(hint).zh : `；可取${zhNames(values.map(String))}`}`,
    `"${key}" is not a value of "${name}"${hint.length ? didYouMean(hint).en : `; allowed: ${values.join(', ')}`}`,
  );
}

function oppositeWord(name: string, text: string, value: boolean): LocalizedText {
  const [other, otherEn] = value ? ['否', 'false'] : ['是', 'true'];
  return localized(
    `“${name}”取值 ${value} 的标签或别名“${text}”在表格中读作“${other}”（${otherEn}）：它会把单元格读反；请删除它，或写一个不是 是/否、有/无、合格/不合格 的词`,
    `the label or alias "${text}" of "${name}"'s value ${value} is a word cells read as ${otherEn}: it would read a cell the wrong way round; remove it or write a word that is not yes/no, 有/无 or a pass/fail verdict`,
  );
}

function markLabel(name: string, text: string, value: string | number | boolean): LocalizedText {
  if (text.trim() === '')
    return localized(
      `“${name}”取值“${value}”的标签或别名是空的：空单元格表示未给出，不能代表某个取值；请删除它，或写一个词`,
      `a label or alias of "${name}"'s value "${value}" is empty: an empty cell means not given, never a value; remove it or write a word`,
    );
  return localized(
    `“${name}”取值“${value}”的标签或别名“${text}”是检验报告“未检”的写法：表格中它按空单元格读取（记录未给出该指标），JSON 中却会读作“${value}”，同一批数据会因格式不同而分级不同；请给该取值写一个词`,
    `the label or alias "${text}" of "${name}"'s value "${value}" is how test reports write "not tested": a table reads it as an empty cell (the record does not give the indicator) while JSON would read it as "${value}", so one data set would grade differently by its format; give the value a word`,
  );
}

/** Two values spelled alike: `own` (a label or alias) is `met`, another value or its label or alias. */
function clash(name: string, own: Spelling, met: Spelling): LocalizedText {
  const { text, value } = own;
  const [kindZh, kindEn] = own.as === 'alias' ? ['别名', 'alias'] : ['标签', 'label'];
  if (met.as === 'value')
    return localized(
      `“${name}”取值“${value}”的${kindZh}“${text}”是另一个取值“${met.value}”本身：记录中的“${text}”会有两种读法`,
      `the ${kindEn} "${text}" of "${name}"'s value "${value}" is its other value "${met.value}": "${text}" in a record could be read either way`,
    );
  const [metZh, metEn] = met.as === 'alias' ? ['别名', 'alias'] : ['标签', 'label'];
  return localized(
    `“${name}”取值“${value}”的${kindZh}“${text}”与取值“${met.value}”的${metZh}“${met.text}”相同（不计空白、全角和大小写）：记录中的“${text}”会有两种读法`,
    `the ${kindEn} "${text}" of "${name}"'s value "${value}" is also the ${metEn} "${met.text}" of its value "${met.value}" (white space, full-width forms and case aside): "${text}" in a record could be read either way`,
  );
}
