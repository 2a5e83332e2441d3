import { InputError } from '../errors/input-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { foldLabel } from '../text/fold-label';
import { type LocalizedText, localized } from '../text/localized-text';
import { labelLooseForms, looseKey } from '../text/loose-label';
import { shellWord } from '../text/shell-word';
import { mapOption, type OptionNaming } from './option-naming';

/** A column whose header names two indicators or more (see {@link IndicatorHeaders.clash}). */
export interface HeaderClash {
  /** The column, 0-based. */
  column: number;
  /** The column's header as written, trimmed. */
  header: string;
  /** The text that names them: the header, or its text before a unit. */
  text: string;
  /** Whether a unit follows that text in the header. */
  withUnit: boolean;
  /** The indicators it names, in the rule set's order. */
  indicators: readonly IndicatorInfo[];
}

/**
 * The error for headers that name two indicators: one's name and another's
 * label (`strength`, where `yield` is labelled "strength"), or the same
 * label of two (`抗拉强度`), exactly or loosely (`屈服强度` for `屈服强度 ReL`
 * and `屈服强度 ReH`). Reading such a column as either would grade one
 * indicator's values as the other's, silently, so nothing is graded; the
 * message says how the header names each and gives the mapping that
 * settles it for each. `validate` warns about such labels (`ambiguous-label`).
 *
 * @param input - what to call the input in messages, if anything
 * @param naming - how the messages name the mapping (default: as `--map`)
 * @example
 * throw headerClashError('lab.csv', [{ column: 0, header: 'strength', text: 'strength', withUnit: false, indicators }]);
 */
export function headerClashError(
  input: string | undefined,
  clashes: readonly HeaderClash[],
  naming?: OptionNaming,
): InputError {
  const zh = clashes.map((c) => {
    const named = c.indicators.map((i) => `指标 ${i.name}（${i.label.zh}）的${howNamed(c.text, i).zh}`);
    const unit = c.withUnit ? `去掉单位后的“${c.text}”` : '';
    const maps = c.indicators.map((i) => mapText(naming, c.header, i.name)).join(' 或 ');
    const box = naming === 'studio' ? '（写在“列映射”框中）' : '';
    return `第 ${c.column + 1} 列（“${c.header}”）${unit}既是${named.join('，又是')}：请用 ${maps}${box} 指明它是哪个指标`;
  });
  const en = clashes.map((c) => {
    const named = c.indicators.map(
      (i) => `the ${howNamed(c.text, i).en} of the indicator ${i.name} (${i.label.en})`,
    );
    const unit = c.withUnit ? ` without its unit ("${c.text}")` : '';
    const maps = c.indicators.map((i) => mapText(naming, c.header, i.name)).join(' or ');
    const box = naming === 'studio' ? ' in the column mapping box' : '';
    return `column ${c.column + 1} ("${c.header}")${unit} is ${named.join(' and ')}: say which indicator it is with ${maps}${box}`;
  });
  // Code `input`: the upload's header is ambiguous, whatever the call (developer-35 M3).
  return new InputError(
    localized(
      `${input ? `${input}：` : ''}${zh.join('；')}。按哪个指标评级无法确定，因此不作判定（规则集作者可改写重复的标签，qgrade validate 会指出它）`,
      `${input ? `${input}: ` : ''}${en.join('; ')}. Which indicator to grade it as would be a guess, so nothing is graded (the rule set's author can reword the label; qgrade validate points it out)`,
    ),
  );
}

/**
 * How a text names an indicator: as its name, its Chinese label or its
 * English label (compared as headers are, folded), or one of its labels
 * loosely: white space aside, or without the symbol that ends it ({@link labelLooseForms}).
 */
function howNamed(text: string, ind: IndicatorInfo): LocalizedText {
  const folded = foldLabel(text);
  if (foldLabel(ind.name) === folded) return localized('名称', 'name');
  if (foldLabel(ind.label.zh) === folded) return localized('中文标签', 'Chinese label');
  if (foldLabel(ind.label.en) === folded) return localized('英文标签', 'English label');
  const zh = labelLooseForms(ind.label.zh).has(looseKey(text));
  return zh
    ? localized('中文标签（不计空格和末尾的符号）', 'Chinese label (spaces and the symbol at its end aside)')
    : localized('英文标签（不计空格和末尾的符号）', 'English label (spaces and the symbol at its end aside)');
}

/** The mapping that reads a column as a field, as the caller writes one. */
function mapText(naming: OptionNaming | undefined, column: string, field: string): string {
  if (naming === 'studio') return mapOption('studio', column, field);
  return naming === 'api' ? mapOption('api', column, field) : `--map ${shellWord(`${column}=${field}`)}`;
}
