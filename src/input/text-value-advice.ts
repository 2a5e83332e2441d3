import type { TextValueAdvice } from '../compile/validate-record';
import type { IndicatorInfo } from '../resolve/rule-set';
import { fullWidthToAscii } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';
import { numeralUnder, specimenList, trimCell } from './convert-value';

// A JSON record's text under a number indicator is told what a CSV cell holding it is told, so `"250ppm"` gets
// "write 0.025" in JSON as in a sheet, not only "must be a number, got …" (standards-39 F4). The record stays invalid.

/**
 * The advice a record's text value gets under each number indicator of a rule set, by the indicator's name: what
 * the cell reader says of a cell holding it (`"0.75h"` under min: "convert it and write 45"), for a grader's
 * "must be a number, got …, which …". Specimen values written in one text (`"40，38，45"`) are told to be a list.
 * `undefined` for a numeral (the grader's own advice on a quoted number stands) and for another indicator type.
 *
 * @example
 * const advice = textValueAdvice(ruleSet.indicators);
 * advice('phosphorus', '250ppm')?.en; // 'is in ppm, and the indicator is in %: convert it and write 0.025 (250 ppm = 0.025 %)'
 */
export function textValueAdvice(indicators: readonly IndicatorInfo[]): TextValueAdvice {
  const numbers = new Map(
    indicators.filter((i) => i.type === 'number' || i.type === 'integer').map((i) => [i.name, i]),
  );
  return (field, text) => {
    const indicator = numbers.get(field);
    if (indicator === undefined) return undefined;
    const t = trimCell(text);
    if (t === '') return undefined;
    const parts = indicator.specimens > 0 ? fullWidthToAscii(t).split(';') : [];
    // `"455;460"`: a sheet's cell of specimens, which a record gives as a list.
    if (parts.length > 1 && parts.every((p) => typeof numeralUnder(trimCell(p), indicator) === 'number'))
      return asList(
        parts.map(trimCell).join(';'),
        localized(
          '是以“;”分隔的多个数值（表格单元格的写法）',
          'holds numbers separated by ";", as a sheet\'s cell does',
        ),
      );
    let n = numeralUnder(t, indicator);
    // A numeral in the indicator's own unit (`"-20℃"` under °C), which a sheet's cell is read from: a JSON value is
    // a number, so the unit goes — what the reader says of it under no unit. A bare numeral stays a number (the
    // grader's quoted-number advice stands).
    if (typeof n === 'number') n = numeralUnder(t, { ...indicator, unit: undefined });
    if (typeof n === 'number') return undefined;
    // The reader's last word, "is not a decimal number", says no more than "must be a number": left out.
    const said = n.en === NOT_DECIMAL ? undefined : n;
    const list = indicator.specimens > 0 ? specimenList(t) : undefined;
    if (list === undefined) return said;
    return asList(list, said ?? localized('含多个数值', 'holds several numbers'));
  };
}

/** What the cell reader says of a text it finds nothing more to say of (parseNumeral's last answer). */
const NOT_DECIMAL = 'is not a decimal number';

/** Specimen values written in one text, as `40;38;45`: what the text is (`lead`), then to give them as a list. */
function asList(values: string, lead: LocalizedText): LocalizedText {
  const list = `[${values.split(';').join(', ')}]`;
  return localized(
    `${lead.zh}；如为多个试样值，应写成数值列表：${list}`,
    `${lead.en}; if these are specimen values, give them as a list of numbers: ${list}`,
  );
}
