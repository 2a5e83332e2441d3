import { UsageError } from '../errors/usage-error';
import { booleanText } from '../text/boolean-text';
import { type LocalizedText, localized } from '../text/localized-text';
import { shellWord } from '../text/shell-word';
import type { CloseColumn } from './close-columns';
import { opposesIndicator } from './opposite-column';
import { mapOption, type OptionNaming } from './option-naming';
import { withinLabel } from './within-label';

/**
 * The error for columns close to an indicator that no record must give (it
 * has a `default`, or is optional, with no `requiredWhen`) and that no column
 * gives ({@link CloseColumn}):
 * `氮(mass%)` for nitrogen, `风冷式（是/否）` for airCooled. A required
 * indicator left so would make every record invalid, visibly; this one
 * would take its default, or be left out, in every record, whatever the
 * column says — a nitrogen over its limit graded conforming at the default
 * 0 — so nothing is graded. Names the column, the indicator and its
 * default, and what to do: map it (its values converted first, when the
 * column writes another unit), or rename it if it is something else.
 *
 * @param input - what to call the input in messages, if anything
 * @param naming - how the messages name the mapping (default: as `--map`)
 * @example
 * throw defaultedColumnError('lab.csv', [{ index: 9, column: '氮(mass%)', indicator: nitrogen, written: 'mass%' }]);
 */
export function defaultedColumnError(
  input: string | undefined,
  columns: readonly CloseColumn[],
  naming?: OptionNaming,
): UsageError {
  const zh = columns.map((c) => {
    const ind = c.indicator;
    const what = `第 ${c.index + 1} 列“${c.column}”看起来是指标 ${ind.name}（${ind.label.zh}）`;
    const unit = c.written !== undefined ? `，单位是 ${c.written} 而不是 ${ind.unit}` : '';
    const map = mapText(naming, c.column, ind.name);
    const todo =
      c.written !== undefined
        ? `请先把数值换算为 ${ind.unit}，再用 ${map} 读取它`
        : c.counts
          ? `请用 ${map} 读取它（次数大于 0 读作 是，0 读作 否）`
          : `请用 ${map} 读取它`;
    if (c.tied) {
      const all = [ind, ...c.tied].map((i) => `${i.name}（${i.label.zh}）`).join('、');
      return `第 ${c.index + 1} 列“${c.column}”与指标 ${all}同样相近，没有作为其中任何一个读取，也没有别的列给出 ${ind.name}：每条记录都会${taken(ind.default).zh}。是哪一个无法确定：请核对该列测的是什么，不要直接映射它，把表头改为它所对应指标的标签；如果都不是，请给该列改名`;
    }
    if (c.partial)
      return `第 ${c.index + 1} 列“${c.column}”只与指标 ${ind.name}（${ind.label.zh}）的标签部分相同，没有作为它读取，也没有别的列给出 ${ind.name}：每条记录都会${taken(ind.default).zh}。二者不同的字可能表示另一项试验或另一个量，${withinLabel(c.column, ind) ? `请核对它测的是什么：只有它确实是“${ind.label.zh}”时，才用 ${map} 读取它（或把表头改为“${ind.label.zh}”）` : `请核对它测的是什么，不要直接映射它：只有它确实是“${ind.label.zh}”时，才把表头改为“${ind.label.zh}”`}；否则请给该列改名，使它不再像 ${ind.name}`;
    if (opposesIndicator(c))
      return `${what}的反面，但没有作为它读取，也没有别的列给出 ${ind.name}：每条记录都会${taken(ind.default).zh}，无论该列写的是什么。该列的是/否与 ${ind.name} 相反：如果就是它，请先把每个值反过来（是 ↔ 否），并把列名改为“${ind.label.zh}”；不要直接映射该列，否则每个值都会读反`;
    return `${what}${unit}，但没有作为它读取，也没有别的列给出 ${ind.name}：每条记录都会${taken(ind.default).zh}，无论该列写的是什么。如果就是它，${todo}；如果是别的量，请给该列改名`;
  });
  const en = columns.map((c) => {
    const ind = c.indicator;
    const what = `column ${c.index + 1} ("${c.column}") looks like the indicator ${ind.name} (${ind.label.en})`;
    const unit = c.written !== undefined ? ` in ${c.written}, not ${ind.unit},` : '';
    const map = mapText(naming, c.column, ind.name);
    const todo =
      c.written !== undefined
        ? `convert its values to ${ind.unit}, then read it with ${map}`
        : c.counts
          ? `read it with ${map} (a count above 0 reads as yes, 0 as no)`
          : `read it with ${map}`;
    if (c.tied) {
      const all = [ind, ...c.tied].map((i) => `${i.name} (${i.label.en})`).join(', ');
      return `column ${c.index + 1} ("${c.column}") is equally close to the indicators ${all}, is read as none of them, and no other column gives ${ind.name}: every record would be ${taken(ind.default).en}. Which one it is would be a guess: check what the column measures rather than map it, and head it with the label of the one it is; if none, rename it`;
    }
    if (c.partial)
      return `column ${c.index + 1} ("${c.column}") shares only part of the label of the indicator ${ind.name} (${ind.label.en}; ${ind.label.zh}) and is not read as it, and no other column gives ${ind.name}: every record would be ${taken(ind.default).en}. The words they do not share may name a different test or quantity: ${withinLabel(c.column, ind) ? `check what it measures: only if it is "${ind.label.zh}", read it with ${map} (or head the column "${ind.label.zh}")` : `check what it measures rather than map it; only if it is "${ind.label.zh}" head the column so`}, otherwise rename it so that it no longer looks like ${ind.name}`;
    if (opposesIndicator(c))
      return `${what.replace('looks like the indicator', 'looks like the opposite of the indicator')} but is not read as it, and no other column gives ${ind.name}: every record would be ${taken(ind.default).en}, whatever the column says. Its yes/no values say the opposite of ${ind.name}: if it is that indicator, turn each value round first (yes ↔ no) and name the column ${ind.name}; do not map the column as it is, or every value is read inverted`;
    return `${what}${unit} but is not read as it, and no other column gives ${ind.name}: every record would be ${taken(ind.default).en}, whatever the column says. If it is that indicator, ${todo}; if it is something else, rename the column`;
  });
  return new UsageError(
    localized(
      `${input ? `${input}：` : ''}${zh.join('；')}。因此不作判定`,
      `${input ? `${input}: ` : ''}${en.join('; ')}. So nothing is graded`,
    ),
  );
}

/**
 * What a record that does not give the indicator is graded with: its default, or without it.
 *
 * @example
 * taken('split').en; // 'graded with its default "split"'
 * taken(false).zh;     // '按其默认值 否 评级'
 */
export function taken(value: string | number | boolean | undefined): LocalizedText {
  if (value === undefined) return localized('按未给出该指标评级', 'graded as not giving it');
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  // A yes/no default in Chinese prose is 是/否, as the defaults notice says it (enterprise-23 W9).
  const zh = typeof value === 'boolean' ? booleanText(value, 'zh') : shown;
  return localized(`按其默认值 ${zh} 评级`, `graded with its default ${shown}`);
}

/**
 * The mapping that reads a column as a field, as the caller writes one.
 *
 * @example
 * mapText(undefined, '机型', 'unitConfiguration'); // '--map 机型=unitConfiguration'
 */
export function mapText(naming: OptionNaming | undefined, column: string, field: string): string {
  return naming === 'api' ? mapOption('api', column, field) : `--map ${shellWord(`${column}=${field}`)}`;
}
