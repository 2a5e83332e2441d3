import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import type { InputItem } from './input-item';
import { keepOption, type OptionNaming } from './option-naming';
import { recordWhere } from './record-where';
import { differsFromDefault, numberNames, type StatedNumber, statedNumbers } from './stated-numbers';

/**
 * The stated-number reading of a record's unread cells (hostile-31 W7: `备注` = `氮 0.015` on a rebar whose nitrogen
 * takes 0, graded against the 0 its own row contradicts): a record is made invalid where a column that is not read and
 * not kept gives, in its cell, a number for an indicator the record leaves out and that would take its default.
 * Invalid rather than read: a remark's figure may be in another unit (`氮 150ppm`) or say something else (a limit, a
 * retest's), and the indicator's own column is where a value is read from. The error (field: the indicator, code
 * `missing`) names the cell and tells to write the value in the indicator's column. A figure that is the default
 * (`氮 0`) is let be, as is a column headed as an id (`编号`: its figures are ids) and a kept one. The cells are
 * walked by `unreadCells`, once for this reading and the remark-unit one.
 */
export interface StatedNumberReading {
  /** The number indicators a record leaves out (`null` is JSON's "not stated"); `undefined` when it gives them all. */
  left(values: Readonly<Record<string, unknown>>): readonly IndicatorInfo[] | undefined;
  /** `errors` with an error for each indicator in `left` that the cell gives other than its default, one each. */
  read(
    item: Extract<InputItem, { record: unknown }>,
    cell: string,
    column: string,
    left: readonly IndicatorInfo[],
    errors: RecordError[] | undefined,
  ): RecordError[] | undefined;
}

/**
 * The stated-number reading for a rule set's indicators (see {@link StatedNumberReading}); `undefined` when it has no
 * number indicator with a default.
 *
 * @example
 * const stated = statedNumberReading(rebar.indicators); // reads `氮 0.015` for nitrogen
 */
export function statedNumberReading(
  indicators: readonly IndicatorInfo[],
  naming?: OptionNaming,
): StatedNumberReading | undefined {
  const names = numberNames(indicators);
  if (!names) return undefined;
  return {
    left(values) {
      // `null` is JSON's "not stated": the default stands in, as for a key left out or an empty cell.
      const left = names.indicators.filter((i) => values[i.name] === undefined || values[i.name] === null);
      return left.length === 0 ? undefined : left;
    },
    read(item, cell, column, left, errors) {
      for (const stated of statedNumbers(cell, names)) {
        if (!left.includes(stated.indicator) || !differsFromDefault(stated)) continue;
        if (errors?.some((e) => e.field === stated.indicator.name)) continue;
        const error = statedError(item, cell.trim(), column, stated, naming);
        errors = errors ? [...errors, error] : [error];
      }
      return errors;
    },
  };
}

/**
 * "record 1 (line 2): column "备注" holds "氮 0.015", which gives nitrogen = 0.015, but the column is not read as
 * it: the record would be graded with its default 0. Write the value in the column "氮 N" (or nitrogen), in %; if
 * the remark says something else, keep it with --keep 备注".
 */
function statedError(
  item: Extract<InputItem, { record: unknown }>,
  cell: string,
  column: string,
  stated: StatedNumber,
  naming: OptionNaming | undefined,
): RecordError {
  const where = recordWhere(item);
  const ind = stated.indicator;
  const { name } = ind;
  const [shownCell, shownColumn] = [cutShort(cell), cutShort(column)];
  const figure = stated.unit === undefined ? String(stated.value) : `${stated.value} ${stated.unit}`;
  const whole = stated.text === cell.normalize('NFKC').trim();
  const which = whole
    ? localized(`即 ${name} = ${figure}`, `which gives ${name} = ${figure}`)
    : localized(
        `其中“${cutShort(stated.text)}”即 ${name} = ${figure}`,
        `whose part "${cutShort(stated.text)}" gives ${name} = ${figure}`,
      );
  const unit =
    ind.unit === undefined ? localized('', '') : localized(`，单位为 ${ind.unit}`, `, in ${ind.unit}`);
  const keep = naming === 'studio' ? undefined : keepOption(naming, column);
  const other = keep
    ? localized(
        `；如果它说的是别的，请用 ${keep} 保留它`,
        `; if it says something else, keep it with ${keep}`,
      )
    : localized('', '');
  const shownDefault = String(ind.default);
  return {
    field: name,
    code: 'missing',
    message: localized(
      `${where.zh}的“${shownColumn}”列是“${shownCell}”，${which.zh}，但该列没有作为它读取：该记录会按其默认值 ${shownDefault} 评级。请把该数值写在“${ind.label.zh}”列（或 ${name}）中${unit.zh}${other.zh}`,
      `${where.en}: column "${shownColumn}" holds "${shownCell}", ${which.en}, but the column is not read as it: the record would be graded with its default ${shownDefault}. Write the value in a column headed "${ind.label.zh}" (or ${name})${unit.en}${other.en}`,
    ),
  };
}
