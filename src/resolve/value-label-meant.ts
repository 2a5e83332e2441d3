import { foldValueText } from '../text/fold-value-text';
import { type LocalizedText, localized } from '../text/localized-text';
import { safeLine } from '../text/safe-text';

/**
 * The message for a rule file that compares an enum with one of its values'
 * labels or aliases (`when: { unitType: 热泵型 }`) where the value itself
 * belongs: which value the text stands for, and to write it. A record may
 * give a value by its label; a rule file names the value, so that its
 * conditions read the same whatever labels an edition gives. `undefined`
 * when the text is no label or alias of `info`'s values.
 *
 * @example
 * valueLabelMeant(info, 'unitType', '热泵型')?.en;
 * // '"热泵型" is the label of "unitType"\'s value heat-pump; a rule file names the value: write heat-pump'
 */
export function valueLabelMeant(
  info: {
    valueSpellings?: ReadonlyMap<string, string | number | boolean>;
    valueLabels?: ReadonlyMap<string | number | boolean, LocalizedText>;
  },
  name: string,
  text: string,
): LocalizedText | undefined {
  const spellings = info.valueSpellings;
  if (!spellings) return undefined;
  const folded = foldValueText(text);
  const value = spellings.get(text) ?? spellings.get(folded);
  if (value === undefined) return undefined;
  const label = info.valueLabels?.get(value);
  const isLabel =
    label !== undefined && (foldValueText(label.zh) === folded || foldValueText(label.en) === folded);
  const shown = safeLine(text);
  const write = String(value);
  return localized(
    `“${shown}”是“${name}”取值 ${value} 的${isLabel ? '标签' : '别名'}；规则文件中写取值本身：写 ${write}`,
    `"${shown}" is ${isLabel ? 'the label' : 'an alias'} of "${name}"'s value ${value}; a rule file names the value: write ${write}`,
  );
}
