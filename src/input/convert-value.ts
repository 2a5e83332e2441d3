/**
 * Text cells (CSV) to the values a rule set's indicators take. Every rule is
 * here, and docs/cli.md describes them; they are strict on purpose: a value
 * that could be read two ways is refused with a message saying how to write
 * it, never guessed.
 *
 * - Surrounding white space (`\s`: ASCII spaces and tabs, U+00A0, U+2000–U+200A,
 *   U+202F, U+3000, U+FEFF, …) is trimmed;
 *   an empty cell leaves the field out of the record.
 * - Numbers: ASCII decimal numerals, optional sign, decimal point and
 *   exponent (`4.62`, `-0.5`, `.5`, `1e3`). Full-width forms (`４．６２`,
 *   `－１`) are read as their ASCII equivalents, as Chinese spreadsheets
 *   contain them, and a leading U+2212 minus sign (`−0.05`) as `-`; no other character is (superscripts `²`, circled `④`,
 *   other scripts' digits are refused, naming the character). Refused: digit-group separators (`1,234`,
 *   `1 234`), decimal commas, hexadecimal, `NaN`, `Infinity`, percentages,
 *   units, numbers beyond the range of a double (or below its
 *   precision, when not zero), numerals of more than 15 significant digits
 *   (`8.749999999999998`, read at 15 digits as 8.75, whose own digits round
 *   otherwise); for an `integer` indicator, integers of 2^53 or more. A single number written as a bound with a sign
 *   (`≥100`, `<0.01`; an integer's too) is passed on as written, read by the grader as the half-line it leaves
 *   (compileBoundValues). A lab's notation gets advice on what to write: below
 *   the detection limit (`ND`, `未检出`; `<0.01` on a specimen value) or not tested (`/`,
 *   `—`, `-`, `无`, `未检`, which also a boolean indicator is told); a GB/T 8170
 *   rounding mark (`42.5(−)`, `42.4(+)`, also in the column's own unit, `42.5(−) MPa`) on a single value is passed on
 *   to the grader, and elsewhere refused with advice to write the measured value unrounded, never to drop the mark,
 *   which can turn the verdict.
 * - Booleans: `true`/`false` (any case), `1`/`0`, `yes`/`no`, `是`/`否`; `有`/`无`
 *   (`发生`/`未发生`) unless the label is a negation (`无事故`); a verdict
 *   (`合格`/`不合格`, `通过`/`不通过`, `pass`/`fail`) only where `true` meets
 *   the requirements ({@link IndicatorInfo.meets}), as test reports write a
 *   pass as 合格 — elsewhere it could mean either, and is refused
 *   (src/input/boolean-cell.ts).
 * - Enumerations: the value as listed in the rule set (exact, then with
 *   full-width forms read as ASCII, the dots `·`, `・`, `‧`, `∙`, `。` as `.` and
 *   Roman-numeral characters as letters, when that spells exactly one value:
 *   GB 175's `P·O` is `P.O`, `P·Ⅱ` is `P.II`; then a code without the dots
 *   between its letters, `PO` for `P.O`; then a numeral equal to a
 *   numeric-looking value, `42.50` for `"42.5"`: src/text/enum-spelling.ts); an
 *   enumeration of numbers takes numerals as above.
 * - A `/` or a dash (`-`, `—`) under an indicator that need not be given (`required: false`, a
 *   `default`, a `requiredWhen`): left out, as an empty cell is; under a
 *   required one it is refused with the advice above.
 * - Text: as written, trimmed.
 * - Several specimens: one cell holds them separated by `;` (or `；`), e.g.
 *   `455;460`; a single value needs no separator. A cell of numbers separated
 *   by commas or spaces (`40,38,45`) is refused with a hint to use `;`.
 *
 * A refused cell still reaches the grader as its text, so the record is
 * invalid; the error the grader reports for that field is replaced by the
 * message given here, which says what was wrong with the text.
 */

import type { RecordError } from '../model/grade-result';
import { type IndicatorInfo, isScoringItem } from '../resolve/rule-set';
import { roundingMarkAdvice, roundingMarkInUnit, textAfterMarkAdvice } from '../rounding/rounding-mark';
import { parseBand } from '../syntax/parse-band';
import { characterShown } from '../text/character-shown';
import { cjkJoin } from '../text/cjk-space';
import { diameterList, withoutDiameterSign } from '../text/diameter-sign';
import { enumSpelling } from '../text/enum-spelling';
import { codePointText, fullWidthToAscii, nameCharacter } from '../text/full-width';
import { isNotApplicableMark, isNotTestedMark, labNotationAdvice } from '../text/lab-notation';
import { leadingMinus } from '../text/leading-minus';
import { letterZerosAdvice } from '../text/letter-zeros';
import { type LocalizedText, localized } from '../text/localized-text';
import { normalDecimal } from '../text/normal-decimal';
import { cutShort, quoteShort } from '../text/quote-short';
import { minusSlip, TYPESET_MINUS } from '../text/typeset-minus';
import { UNSAFE_INTEGER_TEXT, unsafeInteger } from '../text/unsafe-integer';
import { writtenBound } from '../text/written-bound';
import { booleanCell } from './boolean-cell';
import { boundAdvice } from './bound-value';
import { crossConverted } from './cross-factor';
import { sexagesimalAdvice } from './sexagesimal-time';
import { timeConverted } from './time-converted';
import {
  decimalFactor,
  isKnownUnit,
  perCycleOnly,
  sameQuantity,
  shareFactor,
  unitFactor,
  unitKey,
} from './units';

/** A converted cell: its value, and the error when the text could not be read as the indicator's type. */
export interface ConvertedCell {
  value: unknown;
  error?: RecordError;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Trims white space (`\s`, which takes in U+00A0, U+2000–U+200A, U+202F and U+FEFF) and the ideographic space. */
export function trimCell(text: string): string {
  // Most cells start and end on a printable ASCII character: nothing to trim, no expression run.
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return text;
  // String#trim takes off exactly `\s` (U+3000 is in it) and runs in linear time; the expression
  // /^[\s\u3000]+|[\s\u3000]+$/g retried its end branch at every space of a long run (quadratic).
  return text.trim();
}

/**
 * Converts one cell for an indicator.
 *
 * @returns `undefined` for an empty cell (the field is left out), else the value (or the text, with an error)
 */
export function convertCell(text: string, indicator: IndicatorInfo): ConvertedCell | undefined {
  const trimmed = trimCell(text);
  if (trimmed === '') return undefined;
  if (!indicator.required && notTestedSlash(trimmed, indicator)) return undefined;
  if (indicator.specimens > 0) {
    // Φ12;Φ14: the values to write, not "Φ12 … write 12", which quoted and answered the first alone (hostile-44).
    const signed = isNumeric(indicator) ? withoutDiameterSign(trimmed) : undefined;
    if (
      signed !== undefined &&
      /[;；]/.test(signed.text) &&
      convertCell(signed.text, indicator)?.error === undefined
    )
      return refused(trimmed, indicator, diameterSign(signed.sign, fullWidthToAscii(signed.text)));
    const parts = fullWidthToAscii(trimmed).split(';');
    if (parts.length > 1) {
      const values: unknown[] = [];
      for (const [i, part] of parts.entries()) {
        const piece = trimCell(part);
        if (piece === '') {
          return refused(
            trimmed,
            indicator,
            localized(
              `第 ${i + 1} 个试样值为空（应写如 455;460）`,
              `has an empty specimen value (number ${i + 1}): write e.g. 455;460`,
            ),
          );
        }
        const converted = convertScalar(piece, indicator);
        if (converted.error) return { value: trimmed, error: converted.error };
        values.push(converted.value);
      }
      return { value: values };
    }
    if (indicator.type === 'number' || indicator.type === 'integer') {
      const n = numeralUnder(trimmed, indicator);
      if (typeof n === 'number') return { value: n };
      const list = specimenList(trimmed);
      if (list === undefined) return refused(trimmed, indicator, n);
      return refused(
        trimmed,
        indicator,
        localized(
          `${n.zh}；如为多个试样值，应以“;”或“；”分隔，写作 ${list}`,
          `${n.en}; if these are specimen values, separate them with ";" (or "；"): ${list}`,
        ),
      );
    }
  }
  return convertScalar(trimmed, indicator);
}

/**
 * A `/`, a dash (`／`, `-`, `—`, `－`) or a not-tested word (`未检`, `未测`, see `isNotTestedMark`) in a
 * column the indicator need not be given in: a test report's "not tested" or "not applicable" (the SEER
 * column of a heat pump, a unit out of scope), read as an empty cell (committee-22 F11: `未检` and `/`
 * alike), and under a number `不适用`, `N/A`: the item does not apply. Under a required indicator it is still
 * refused with its advice; a `requiredWhen` that holds then says the value is missing. Text is taken as written, and a mark that is one of an enum's values is that value.
 */
function notTestedSlash(text: string, indicator: IndicatorInfo): boolean {
  if (indicator.type === 'string') return false;
  // `不适用`, `N/A` under a number: an association's sheet marks an item that does not count for this enterprise
  // so (newcomer-37 M3). Never a number, so never a value; an enum's or a yes/no's may be a value's label.
  if (isNumeric(indicator) && isNotApplicableMark(text)) return true;
  if (!isNotTestedMark(text)) return false;
  return !indicator.values?.includes(text);
}

function isNumeric(indicator: IndicatorInfo): boolean {
  return indicator.type === 'number' || indicator.type === 'integer';
}

// Numbers separated by commas (`,`, `，`, `、`) or spaces: a list of specimen values written with the wrong separator.
const LIST_SEPARATOR = /\s*[,、]\s*|\s+/;

/** The cell rewritten with `;` between its values, when it is a list of numbers separated otherwise. */
export function specimenList(text: string): string | undefined {
  const parts = fullWidthToAscii(text).split(LIST_SEPARATOR);
  if (parts.length < 2 || parts.some((p) => typeof parseNumeral(p) !== 'number')) return undefined;
  return cutShort(parts.join(';'));
}

/** {@link parseNumeral} with what the indicator says of its integers, unit and need for it. */
export function numeralUnder(text: string, indicator: IndicatorInfo): number | LocalizedText {
  const n = parseNumeral(
    text,
    indicator.type === 'integer',
    indicator.required,
    indicator.unit,
    indicator.conditionallyRequired,
    indicator.specimens > 0,
  );
  return typeof n === 'number' ? n : (outOfMaximum(text, indicator) ?? notScored(text, indicator) ?? n);
}

/**
 * A not-tested mark (`—`, `/`, `未检`) under an assessor's score: a scoring item with no unit or in 分 (a rate in %
 * scored by bands is measured). "Not scored, write the score", not "not tested, write the measured value"
 * (newcomer-39 F8); `undefined` for any other text or indicator.
 */
function notScored(text: string, indicator: IndicatorInfo): LocalizedText | undefined {
  if (!isScoringItem(indicator) || (indicator.unit !== undefined && indicator.unit.trim() !== '分'))
    return undefined;
  const given = indicator.required || indicator.conditionallyRequired === true;
  return labNotationAdvice(trimCell(text), true, 'cell', given, indicator.required, true);
}

// `3.5/10`, `18／20`, `18/20分`: a score and the most it could be, as an evaluation sheet writes them.
const SCORE_OF = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*分?$/;

/**
 * A score written over its maximum (`3.5/10`) where that maximum is the top of the indicator's `range`: the
 * score to write, as `4分` is told (newcomer-37 M5). Still refused: `3.5/10` may be a ratio, 0.35; the range
 * says which is meant, and the author of the sheet writes it so. `undefined` for any other text or maximum.
 */
function outOfMaximum(text: string, indicator: IndicatorInfo): LocalizedText | undefined {
  if (indicator.range === undefined) return undefined;
  const m = SCORE_OF.exec(fullWidthToAscii(text).trim());
  if (m === null) return undefined;
  const [score, most] = [m[1]!, m[2]!];
  const top = parseBand(indicator.range)?.band.upper;
  if (top === undefined || Number(most) !== top || Number(score) > top) return undefined;
  return localized(
    `是“得分/满分”的写法，满分 ${most} 即该指标取值范围（${indicator.range}）的上限：请去掉“/${most}”，只写 ${score}`,
    `is written as score/maximum, and ${most} is the top of the indicator's range (${indicator.range}): remove "/${most}" and write ${score}`,
  );
}

function convertScalar(text: string, indicator: IndicatorInfo): ConvertedCell {
  switch (indicator.type) {
    case 'number':
    case 'integer': {
      // 23.8(+): a GB/T 8170 rounding mark, read by the grader where its interval decides (compileMarkedValues),
      // also in the column's own unit (`42.5(−) MPa`); `≥100`, `<0.01`: a bound, read where the whole half-line
      // decides (compileBoundValues); on an integer too, whose half-line is its whole numbers (`<4`: at most 3).
      // A plain numeral, as most cells hold, is neither (and the three tests were ~4 % of a CSV run's CPU).
      if (
        indicator.specimens === 0 &&
        !DECIMAL.test(text) &&
        ((indicator.type === 'number' && roundingMarkInUnit(text, indicator.unit) !== undefined) ||
          writtenBound(text) !== undefined)
      )
        return { value: text };
      const n = numeralUnder(text, indicator);
      return typeof n === 'number' ? { value: n } : refused(text, indicator, n);
    }
    case 'boolean': {
      const b = booleanCell(text, indicator);
      return typeof b === 'boolean' ? { value: b } : refused(text, indicator, b);
    }
    case 'enum':
      return { value: enumValue(text, indicator.values ?? [], indicator.unit) };
    default:
      return { value: text };
  }
}

function enumValue(
  text: string,
  values: readonly (string | number)[],
  unit: string | undefined,
): string | number {
  // Not one of the values: the grader says which values are allowed.
  return enumCellValue(text, values) ?? sizeInUnit(text, values, unit) ?? text;
}

/**
 * A listed size written with the column's own unit (`5mm`, `5 mm` under `unit: mm` for nominal thicknesses
 * `[2, 3, 4, 5, 6, 8]`): that size, as a number cell in its own unit is read (newcomer-41 F4). The unit is the
 * indicator's, so `5 cm` is not `5`; an enum of texts or one without a unit reads no unit.
 */
function sizeInUnit(
  text: string,
  values: readonly (string | number)[],
  unit: string | undefined,
): number | undefined {
  if (unit === undefined || !values.some((v) => typeof v === 'number')) return undefined;
  const n = parseNumeral(text, false, true, unit);
  return typeof n === 'number' && values.includes(n) ? n : undefined;
}

/**
 * {@link enumCellValue}'s answers by the enumeration's values (one list per indicator, kept as long as its rule set)
 * and the text: an enum column repeats a few spellings on every row (`单冷型`, `P·O`), and each answer folds the text
 * and runs regular expressions. Emptied when full, so a column of unique texts costs a lookup more a row.
 */
const spelledValues = new WeakMap<readonly (string | number)[], Map<string, string | number | null>>();

/** How many texts one enumeration's answers keep before they are forgotten. */
const SPELLINGS_KEPT = 256;

/**
 * The value of an enumeration a cell spells by its code, as the reader takes
 * it: as listed, in another spelling of the code (`P·O` for `P.O`, `４２.５`),
 * or as a numeral equal to a listed number (`5.0`, `５` for 5). Labels and
 * aliases are the grader's to read (`valueSpellings`).
 *
 * @param values - the enumeration's values as the rule set lists them
 * @returns the value, or `undefined` when the text spells none
 * @example
 * enumCellValue('5.0', [2, 5, 8]); // 5
 * enumCellValue('P·O', ['P.I', 'P.O']); // 'P.O'
 */
export function enumCellValue(
  text: string,
  values: readonly (string | number)[],
): string | number | undefined {
  if (values.includes(text)) return text;
  let answers = spelledValues.get(values);
  const known = answers?.get(text);
  // null: the text was asked before and spells no value.
  if (known !== undefined) return known === null ? undefined : known;
  const value = spelledValue(text, values);
  if (!answers) {
    answers = new Map();
    spelledValues.set(values, answers);
  } else if (answers.size >= SPELLINGS_KEPT) answers.clear();
  answers.set(text, value ?? null);
  return value;
}

/** {@link enumCellValue} for a text that is not one of the values as listed. */
function spelledValue(text: string, values: readonly (string | number)[]): string | number | undefined {
  const byText = enumSpelling(text, values);
  if (byText !== undefined) return byText;
  if (values.some((v) => typeof v === 'number')) {
    const n = parseNumeral(text, false);
    if (typeof n === 'number' && values.includes(n)) return n;
  }
  return undefined;
}

/**
 * Reads a decimal numeral by the rules above.
 *
 * @param integer - whether the indicator takes integers (one of 2^53 or more is refused)
 * @param required - whether the indicator must be given, for the advice on `不适用`
 * @param unit - the indicator's unit: a cell in another one (`7.2kW` under W) is told to convert, not to drop it
 * @param conditional - whether a `requiredWhen` makes some records give it, for the advice on `不适用`
 * @param specimen - whether the value is a specimen value, for why a rounding mark is not read there
 * @returns the number, or why the text is not one
 */
export function parseNumeral(
  text: string,
  integer = false,
  required = true,
  unit?: string,
  conditional = false,
  specimen = false,
): number | LocalizedText {
  // A plain ASCII numeral, as most cells hold, needs neither folding nor trimming.
  const plain = DECIMAL.test(text);
  const t = plain ? text : leadingMinus(trimCell(fullWidthToAscii(text)));
  if (plain || DECIMAL.test(t)) {
    const n = Number(t);
    if (!Number.isFinite(n)) return localized('超出数值范围', 'is beyond the range of numbers');
    if (n === 0 && /[1-9]/.test(t.replace(/[eE].*$/, ''))) {
      return localized('太接近零，无法表示', 'is too close to zero to be represented');
    }
    if (integer && unsafeInteger(n)) return UNSAFE_INTEGER_TEXT;
    return inexactNumeral(t, integer) ?? n;
  }
  // `<0.01`, `ND`, `/`: a lab's notation, refused with what to write instead.
  const lab = labNotationAdvice(t, true, 'cell', required || conditional, required);
  if (lab !== undefined) return lab;
  // –5, ﹣5, 5e–3: a dash typed for the minus sign; 5e−3, the typeset minus in an exponent (read only as the leading
  // sign). `5e−3` was told "remove e−3 and write 5", a thousand times the value (hostile-43).
  const slip = minusSlip(t);
  if (slip && DECIMAL.test(slip.ascii)) return dashForMinus(slip.char, slip.ascii);
  // 42.5(−): a GB/T 8170 rounding mark. "Write the number alone" would turn the verdict: ask for the value unrounded.
  // A numeral with an exponent before a mark, a bound or a unit (`4.25e1 MPa`) is told in decimal (42.5), the value
  // it is: "write 4.25" would be ten times too small (hostile-27 M2).
  const x = decimalLead(t);
  // A single number's marked value never gets here (convertScalar passes it on): say which other use this is.
  const why = x !== t ? 'exponent' : integer ? 'integer' : specimen ? 'specimen' : undefined;
  const marked = roundingMarkAdvice(x, 'cell', why);
  if (marked !== undefined) return marked;
  // 42.5(−) MPa: the unit (or other text) after the mark named, as after a plain 42.5 MPa, not its minus sign.
  const afterMark = textAfterMarkAdvice(x, 'cell', unit, why);
  if (afterMark !== undefined) return afterMark;
  // 42.5以下, >600, 约42.5: a bound or an approximation is no measured value; never "write 42.5" (hostile-27 M2).
  const bound = boundAdvice(x);
  if (bound !== undefined) return bound;
  // ±0.2: a tolerance copied into a deviation's cell; ± is a sign to an officer, so never "only signs are read" (newcomer-30 M4).
  const tolerance = /^(?:±|\+\/?-|正负)\s*(\d+(?:\.\d*)?|\.\d+)$/.exec(t);
  if (tolerance !== null) {
    const n = tolerance[1]!;
    return localized(
      `是允许偏差的写法，不是测得值：请写实测值及其正负号，如 ${n} 或 -${n}`,
      `is a tolerance, not a measured value: write the measured value with its sign, such as ${n} or -${n}`,
    );
  }
  if (/^[+-]?0[xXbBoO][0-9a-fA-F]+$/.test(t)) {
    return localized('不是十进制写法，应写十进制数', 'is not decimal: write the number in decimal digits');
  }
  if (/^[+-]?(nan|inf|infinity|∞)$/i.test(t)) {
    return localized('不是有限数值', 'is not a finite number');
  }
  // A control character (a NUL byte from a binary export) is invisible, or an escape, in the quoted value: name it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  const control = /[\u0000-\u001f\u007f-\u009f]/.exec(t)?.[0];
  if (control !== undefined) {
    const named = nameCharacter(control);
    return localized(
      `含控制字符 ${named}，只接受 ASCII 或全角的数字、正负号、小数点和指数`,
      `contains the control character ${named}; only ASCII or full-width digits, sign, decimal point and exponent are read`,
    );
  }
  // 0.08%, 0.8‰ (before the odd-character check, which would name ‰): under an indicator in that very unit the
  // number is the value, as an .xlsx cell in percent format is read (newcomer-39 F1); else the number to write.
  // `9.85e1%` as `98.5%` (fix-cells40): the numeral read as a bare one is, exponent, range and digits checked alike.
  const percent = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([%‰])$/.exec(t);
  if (percent !== null) {
    if (isOwnUnit(percent[2]!, unit)) return parseNumeral(percent[1]!, integer, required, unit);
    // Refused: the numeral told in decimal, as x has it (`9.85e1%`: 98.5), and `98.5％`'s sign as the cell has it.
    const numeral = x.slice(0, x.length - (t.length - percent[1]!.length));
    return percentage(numeral, text.includes('％') ? '％' : percent[2]!, unit);
  }
  // 2:30, 2°30′: hours and minutes, told converted under a time; never "remove °30′ and write 2" (hostile-31 M4).
  const sixties = sexagesimalAdvice(x, unit);
  if (sixties !== undefined) return sixties;
  // Φ12, φ12 mm: a bar's or pipe's diameter as drawings and Chinese sheets write it; the sign is no part of the value.
  // What is left is read as a cell: the number to write (`Φ1e3`, `Φ-12`), or why it is none (`Φ12 cm`, `Φ12;Φ14`
  // under one value), not "contains Φ" (hostile-44).
  // Φ12, Φ14: two values, each with the sign, where one is read (or, under specimens, the list to write); not "12, Φ14
  // contains Φ", which named only the second sign (hostile-45).
  const list = t.includes(';') ? undefined : diameterList(t);
  if (list?.values.every((v) => typeof parseNumeral(v, integer, required, unit) === 'number')) {
    const values = list.values.map((v) => numeralWritten(v, unit));
    return specimen ? diameterSign(list.sign, values.join(';')) : signedValues(list.sign, values, list.each);
  }
  const signed = withoutDiameterSign(t);
  if (signed !== undefined) {
    const rest = parseNumeral(signed.text, integer, required, unit, conditional, specimen);
    return typeof rest === 'number'
      ? diameterSign(signed.sign, numeralWritten(signed.text, unit))
      : diameterThen(signed.sign, signed.text, rest);
  }
  // A unit or word after the number (88分, 455 MPa, 20 °C, 20℃): say what to take away and what to write.
  const after = UNIT_AFTER.exec(x);
  // `85分` under `unit: 分`, `455 MPa` under MPa (a WPS format `0"分"` exported as text): the unit the column is read
  // in, so the number is the value, as the .xlsx cell with that format is read (newcomer-39 F8).
  if (after !== null && isOwnUnit(after[2]!, unit)) return parseNumeral(after[1]!, integer, required, unit);
  if (after !== null) return unitAfter(after[1]!, after[2]!, unit, x);
  // 12;14 where one value is read: the values counted and one asked for (hostile-44).
  const values = t.split(/\s*;\s*/);
  if (values.length > 1 && values.every((v) => DECIMAL.test(v))) return severalValues(values);
  // Digit groups: comma, apostrophe, underscore, or a space (also the no-break and thin spaces spreadsheets put there).
  if (/^[+-]?\d{1,3}([,'_ \u00a0\u2009\u202f]\d{3})+(\.\d+)?$/.test(t) || /^[+-]?\d+,\d+$/.test(t)) {
    return localized(
      '含千位分隔符或小数逗号，应写如 1234.5',
      'has a digit-group separator or a decimal comma: write e.g. 1234.5',
    );
  }
  // A digit of another form (², ④, ٤) is never read as a digit: name it.
  // An invisible one first: it is the one the reader cannot see (88分 followed by a zero-width space).
  const chars = [...t].filter((c) => c > '\u007f');
  const odd = chars.find((c) => /[\p{C}\p{Z}]/u.test(c)) ?? chars[0];
  // A word (免评, 无数据) is no stray character: say what was expected, not its code point (hostile-24 M5).
  // 一级, 三星: a lab sheet's grade in Chinese numerals (committee-25 F7): say the digits to write.
  const han = hanNumeral(t);
  if (han !== undefined)
    return localized(
      `是汉字数字，应写阿拉伯数字：${han}`,
      `is a number in Chinese numerals: write it in digits, ${han}`,
    );
  // 不合格（6.0）, 未检(6.0): a word with the value in brackets, which is not read; 6.0（超标）: a remark after it.
  const bracketed = WORD_THEN_NUMBER.exec(t);
  if (bracketed !== null) return numberInBrackets(bracketed[1]!);
  const remark = NUMBER_THEN_WORD.exec(t);
  if (remark !== null) return unitAfter(remark[1]!, remark[2]!);
  if (odd !== undefined && !/[\p{C}\p{Z}]/u.test(odd) && isWord(t)) return wordNotNumber();
  if (odd !== undefined) return foreignCharacter(odd);
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)\s*[^\d\s.,;:+-]\S*$/.test(t)) return unitAfter();
  return localized('不是十进制数', 'is not a decimal number');
}

/**
 * The text with a leading numeral written with an exponent and followed by more (`4.25e1 MPa`, `5e3W`,
 * `4.25e1(-)`) rewritten in decimal (`42.5 MPa`), so advice quotes the value it is; any other text as it is.
 */
function decimalLead(text: string): string {
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+)(?=\S|\s+\S)/.exec(text);
  if (m === null) return text;
  const n = Number(m[1]);
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return text;
  return `${String(n)}${text.slice(m[1]!.length)}`;
}

/**
 * Whether the text after a number is the unit the column is read in, by {@link unitKey}: the indicator's (a
 * header's unit is read only where it is the indicator's, else the input is refused). No unit, no match: `%`
 * under a unitless share is a guess between 0.85 and 85.
 */
function isOwnUnit(word: string, unit: string | undefined): boolean {
  return unit !== undefined && unit.trim() !== '' && unitKey(word) === unitKey(unit);
}

/**
 * A percentage (`0.08%`) or per-mille value in a numeric cell under an indicator in another unit (one in that very
 * unit reads the number, see {@link isOwnUnit}): under one in the other share (‰ for %), to convert; else the value
 * the indicator takes is not known from the cell, and the message says only what the cell is, quoting its sign as
 * written (`％` stays `％`).
 */
function percentage(numeral: string, written: string, unit?: string): LocalizedText {
  // written is `%`, `％` or `‰`, as the cell has it; sign the ASCII one the tables know.
  const sign = written === '％' ? '%' : written;
  const other = sign === '%' ? '‰' : '%';
  // Under another share (‰ for %, ppm): 1 % = 10 ‰ = 10⁴ ppm; twelve digits drop the binary noise of the product.
  const factor = unit === undefined ? undefined : shareFactor(sign, unit);
  if (unit !== undefined && factor !== undefined) {
    const value = String(Number((Number(numeral) * factor).toPrecision(12)));
    const to = unitKey(unit) === other ? other : ` ${unit}`;
    return localized(
      `是${sign === '%' ? '百分数' : '千分数'}，而该指标的单位是 ${unit}：请换算后只写 ${value}（${numeral}${written} = ${value}${to}）`,
      `is a ${sign === '%' ? 'percentage' : 'per-mille value'}, and the indicator is in ${unit}: convert it and write ${value} (${numeral}${written} = ${value}${to})`,
    );
  }
  if (sign === '‰')
    return localized(
      '是千分数，应写指标所取的数值，不带 ‰',
      'is a per-mille value: write the number the indicator takes, without ‰',
    );
  // Without a unit the scale is the indicator's: a 0–100 score's 85% is 85, a 0–1 share's is 0.85 (newcomer-31 M-8).
  if (unit !== undefined)
    return localized(
      `是百分数，应写指标所取的数值，不带 ${written}`,
      `is a percentage: write the number the indicator takes, without ${written}`,
    );
  const share = String(Number((Number(numeral) / 100).toPrecision(12)));
  return localized(
    `是百分数，应写指标所取的数值，不带 ${written}：按 0–100 计的（如得分）请去掉“${written}”，只写 ${numeral}；按 0–1 计的比例写 ${share}`,
    `is a percentage: write the number the indicator takes, without ${written}: on a 0–100 scale (a score) remove "${written}" and write ${numeral}; as a share of 1, write ${share}`,
  );
}

/**
 * Why a decimal numeral is not read, or `undefined` when it is: qgrade reads
 * numbers to 15 significant digits (what a double holds faithfully, and what
 * GB/T 8170 rounding of a computed value works on), so a numeral with more is
 * refused with advice, never read as its 15-digit neighbour: `8.749999999999998`
 * reads as 8.75, which rounds to 9.0 at 0.5, while its own digits round to 8.5
 * (`qgrade round`), and the verdict would hang on which (standards-30 W1).
 * Zeros after the last significant digit do not count (`4.6200000000000000`
 * is read). Only a numeral of 16 characters or more can have 16 digits, so a
 * short one costs a length test.
 *
 * @param text - an ASCII decimal numeral, as JSON or a CSV cell writes one
 * @param integer - an integer indicator's numeral, or a kept id: refused only when a double does not hold it (an
 *   integer below 2^53 is exact, and is compared exactly)
 * @example
 * inexactNumeral('8.749999999999998')?.en; // 'has more than 15 significant digits, which qgrade does not read (at 15 digits it is 8.75 …'
 * inexactNumeral('4.62'); // undefined
 */
export function inexactNumeral(text: string, integer = false): LocalizedText | undefined {
  if (text.length < 16) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) return undefined;
  const digits = normalDecimal(text);
  if (integer) {
    if (digits === normalDecimal(String(n))) return undefined;
  } else if (digits.indexOf('e') <= 15) return undefined;
  const read = String(Number(n.toPrecision(15)));
  return localized(
    `有效数字多于 15 位，qgrade 不读（按 15 位有效数字是 ${read}，按全部数字修约可能得出另一结果，评定结果可能因此改变）：请写检测报告上的数值（最多 15 位有效数字），不要写程序算出的长数`,
    `has more than 15 significant digits, which qgrade does not read (at 15 digits it is ${read}; rounded by all its digits it may give another result, and another grade): write the value as the test report gives it (at most 15 significant digits), not a long number a program computed`,
  );
}

// A numeral, then a word: a letter of any script or a degree sign first, nothing invisible (which is named instead).
const UNIT_AFTER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([\p{L}°℃℉µΩ][^\p{C}\p{Z}]*(?: [^\p{C}\p{Z}]+)*)$/u;

// `时30分`, `小时55分钟`, `h30min`, `h 30 m`: the hours' word, then the minutes (the number before it is the hours).
const HOURS_MINUTES =
  /^(?:小时|时|钟头|h|hrs?|hours?)\s*(\d+(?:\.\d*)?|\.\d+)\s*(?:分钟|分|min|mins|minutes?|m|')?$/iu;

/**
 * A time written in hours and minutes (`2时30分`, `6小时55分`, `2h30min`): to convert, with the figure, never
 * "remove 时30分 and write 2", which turned 6 h 55 min (415 min, failing P·I's ≤ 390) into 6 min, conforming
 * (hostile-30 M1). Under an indicator in min the minutes are given; in h the hours when they end within four
 * decimals; in any other unit only the minutes as a check.
 */
function hoursAndMinutes(
  numeral: string,
  word: string,
  unit: string | undefined,
  written: string,
): LocalizedText | undefined {
  const m = HOURS_MINUTES.exec(word);
  if (m === null) return undefined;
  const hours = Number(numeral);
  const minutes = Number(m[1]);
  const total = Number((hours * 60 + minutes).toPrecision(12));
  const key = unit === undefined ? undefined : unitKey(unit);
  if (key === 'min')
    return localized(
      `是小时和分钟（${written} = ${total} min），而该指标的单位是 min：请换算后只写 ${total}`,
      `is in hours and minutes (${written} = ${total} min), and the indicator is in min: convert it and write ${total}`,
    );
  const inHours = Number((total / 60).toFixed(4));
  if (key === 'h' && Math.abs(inHours * 60 - total) < 1e-9)
    return localized(
      `是小时和分钟（${written} = ${inHours} h），而该指标的单位是 h：请换算后只写 ${inHours}`,
      `is in hours and minutes (${written} = ${inHours} h), and the indicator is in h: convert it and write ${inHours}`,
    );
  return localized(
    `是小时和分钟（${written} = ${total} min）：请换算为${unit === undefined ? '该指标的单位' : ` ${unit} `}后只写数值，不要只去掉文字`,
    `is in hours and minutes (${written} = ${total} min): convert it to ${unit ?? "the indicator's unit"} and write the number alone, not the hours alone`,
  );
}

/**
 * Whether a word after a number says days (`d`, `day(s)`, `天`, `日`) under an indicator measured in a unit of
 * time: no unit of the table (a header's `d` is a diameter), so a text cell `12天` under min is refused with
 * the figure in minutes; an .xlsx format `0"天"` is read so too (hostile-33 F4).
 *
 * @example
 * isDaysWord('天', 'min'); // true
 * isDaysWord('d', 'mm'); // false
 */
export function isDaysWord(word: string, unit: string | undefined): boolean {
  return (
    unit !== undefined && unitFactor('h', unit) !== undefined && /^(?:d|days?|天|日)$/iu.test(word.trim())
  );
}

/**
 * A unit or other text after a number: what to take away and the number to
 * write, when they are known; a known unit that is not the indicator's
 * (`7.2kW` under W) is to be converted, since dropping it would read 7.2 W
 * (committee-25 F1).
 */
function unitAfter(numeral?: string, word?: string, unit?: string, written?: string): LocalizedText {
  if (numeral === undefined || word === undefined)
    return localized(
      '带有单位或其他文字，应只写数值',
      'has a unit or other text after it: write the number alone',
    );
  const hm = hoursAndMinutes(numeral, word, unit, written ?? `${numeral}${word}`);
  if (hm !== undefined) return hm;
  const zeros = letterZerosAdvice(written ?? `${numeral}${word}`);
  if (zeros !== undefined) return zeros;
  const shown = cutShort(word);
  // `1d`, `1天` under a time: days, no unit of the table (a header's `d` is a diameter), so said here (hostile-31 M4).
  const perHour = unit === undefined ? undefined : unitFactor('h', unit);
  if (perHour !== undefined && isDaysWord(word, unit)) {
    const value = String(Number((Number(numeral) * 24 * perHour).toPrecision(12)));
    return localized(
      `是天数（${numeral} 天 = ${value} ${unit}），而该指标的单位是 ${unit}：请换算后只写 ${value}`,
      `is in days (${numeral} d = ${value} ${unit}), and the indicator is in ${unit}: convert it and write ${value}`,
    );
  }
  if (unit !== undefined && isKnownUnit(word) && unitKey(word) !== unitKey(unit)) {
    // `0.85kWh` under kWh/cycle: one cycle's figure is the value; a year's or a day's is not (newcomer-27 F1).
    if (perCycleOnly(word, unit))
      return localized(
        `带有单位“${shown}”，而该指标的单位是 ${unit}，两者只差“每次”：如果这是每次（每个周期）的量，请去掉“${shown}”，只写 ${numeral}；如果是每年、每天等的累计量，请先换算为每次的量`,
        `is in ${shown}, and the indicator is in ${unit}, which differs only in "per cycle": if it is one cycle's figure, remove "${shown}" and write ${numeral}; if it is a total per year, per day or the like, convert it to one cycle's first`,
      );
    // `700ppm` under %: shares of one whole, powers of ten apart, so the number to write is known (hostile-31 M7);
    // `3.5kW` under W, `0.455kN/mm²` under MPa: an SI prefix apart, so it is too (standards-39 F1, F3).
    const share = decimalFactor(word, unit);
    if (share !== undefined) {
      const value = String(Number((Number(numeral) * share).toPrecision(12)));
      return localized(
        `带有单位“${shown}”，而该指标的单位是 ${unit}：请换算后只写 ${value}（${numeral} ${shown} = ${value} ${unit}）`,
        `is in ${shown}, and the indicator is in ${unit}: convert it and write ${value} (${numeral} ${shown} = ${value} ${unit})`,
      );
    }
    // `12000Btu/h` under W, `500kgf/cm²` under MPa, `300mg/kg` under %: one quantity, no SI prefix apart (hostile-32 M1).
    const cross =
      unitFactor(word, unit) === undefined ? crossConverted(Number(numeral), word, unit) : undefined;
    if (cross !== undefined) {
      const eq = cross.rounded ? '≈' : '=';
      return localized(
        `带有单位“${shown}”，而该指标的单位是 ${unit}：请换算后只写${cross.rounded ? '约 ' : ' '}${cross.value}（${numeral} ${shown} ${eq} ${cross.value} ${unit}）`,
        `is in ${shown}, and the indicator is in ${unit}: convert it and write ${cross.rounded ? 'about ' : ''}${cross.value} (${numeral} ${shown} ${eq} ${cross.value} ${unit})`,
      );
    }
    // `0.75h` under min: the minutes to write, as `0:45` gets them, when exact at the digits reported (standards-38 M4).
    const time = timeConverted(numeral, word, unit);
    if (time !== undefined)
      return localized(
        `带有单位“${shown}”，而该指标的单位是 ${unit}：请换算后只写 ${time}（${numeral} ${shown} = ${time} ${unit}）`,
        `is in ${shown}, and the indicator is in ${unit}: convert it and write ${time} (${numeral} ${shown} = ${time} ${unit})`,
      );
    if (!sameQuantity(word, unit))
      return localized(
        `带有单位“${shown}”，而该指标的单位是 ${unit}：这不是该指标的量，请核对这一格是否填在了正确的列`,
        `is in ${shown}, but the indicator is in ${unit}, another quantity: check that the value is in the right column`,
      );
    return localized(
      `带有单位“${shown}”，而该指标的单位是 ${unit}：请把数值换算为 ${unit} 后只写数值（只去掉“${shown}”会把 ${numeral} ${shown} 读作 ${numeral} ${unit}）`,
      `is in ${shown}, but the indicator is in ${unit}: convert the value to ${unit} and write the number alone (removing "${shown}" alone would read ${numeral} ${shown} as ${numeral} ${unit})`,
    );
  }
  return localized(
    `带有单位或其他文字：请去掉“${shown}”，只写 ${numeral}`,
    `has a unit or other text after it: remove "${shown}" and write ${numeral}`,
  );
}

const HAN_DIGITS = '零一二三四五六七八九';

/**
 * The value of a Chinese numeral from 0 to 99 (`一`, `十二`, `二十`), perhaps
 * followed by a grade word (`一级`, `三星`, `二等`), as digits; `undefined`
 * for anything else.
 */
function hanNumeral(t: string): string | undefined {
  const m = /^([零一二两三四五六七八九十]{1,3})\s*(?:级|級|星|等|档|類|类)?$/u.exec(t);
  if (m === null) return undefined;
  const s = m[1]!.replace('两', '二');
  const digit = (c: string | undefined) => (c === undefined || c === '' ? undefined : HAN_DIGITS.indexOf(c));
  if (!s.includes('十')) return s.length === 1 ? String(digit(s)) : undefined;
  const parts = s.split('十');
  if (parts.length !== 2) return undefined;
  const [tens, ones] = parts as [string, string];
  const t10 = tens === '' ? 1 : digit(tens);
  const t1 = ones === '' ? 0 : digit(ones);
  if (t10 === undefined || t1 === undefined || t10 < 1 || tens.length > 1 || ones.length > 1)
    return undefined;
  return String(t10 * 10 + t1);
}

/**
 * Letters (a Chinese one among them; one alone is a word too: 缺, 空, 略), perhaps round punctuation, and no digit
 * of another form (〇 looks like a zero: it is named).
 */
function isWord(t: string): boolean {
  return /\p{Script=Han}/u.test(t) && /^[\p{L}\p{P}\s]+$/u.test(t) && !t.includes('〇');
}

// A word (a Chinese one among its letters), then a number in brackets: 不合格（6.0）, 未检(6.0) (full-width brackets read as ASCII).
const WORD_THEN_NUMBER = /^(?=[^(]*\p{Script=Han})[\p{L}\s]+\(\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*\)$/u;
// A number, then a remark in brackets: 6.0（超标）.
const NUMBER_THEN_WORD = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(\([\p{L}\s]+\))$/u;

function numberInBrackets(numeral: string): LocalizedText {
  return localized(
    `是文字，括号中的数值 ${numeral} 不读取：如果它是测得值，请只写 ${numeral}（没有数值时请将单元格留空）`,
    `is a word; the number in brackets, ${numeral}, is not read: if it is the measured value, write ${numeral} alone (or leave the cell empty if there is none)`,
  );
}

function wordNotNumber(): LocalizedText {
  return localized(
    '是文字，不是数值：请写数值（没有数值时请将单元格留空）',
    'is a word, not a number: write the number (or leave the cell empty if there is none)',
  );
}

function diameterSign(sign: string, numeral: string): LocalizedText {
  const several = /[;；]/.test(numeral);
  return localized(
    `数值前有直径符号“${sign}”：只写数值 ${numeral}`,
    `has the diameter sign "${sign}" before ${several ? 'its values' : 'it'}: write the ${several ? 'numbers' : 'number'} alone, ${numeral}`,
  );
}

/** `Φ12 cm` under mm: the sign named, then why the rest is no value either, as that cell alone is told. */
function diameterThen(sign: string, rest: string, why: LocalizedText): LocalizedText {
  const shown = quoteShort(rest);
  return localized(
    `数值前有直径符号“${sign}”，它不是数值的一部分；去掉它后，${shown} ${why.zh}`,
    `has the diameter sign "${sign}" before it, which is no part of the value; without it, ${shown} ${why.en}`,
  );
}

/** A numeral as the advice has it written: ASCII, a leading U+2212 as `-`, the column's own unit dropped. */
function numeralWritten(text: string, unit: string | undefined): string {
  const t = leadingMinus(trimCell(fullWidthToAscii(text)));
  const after = UNIT_AFTER.exec(t);
  return after !== null && isOwnUnit(after[2]!, unit) ? after[1]! : t;
}

/** `12;14` where one value is read: how many, and to write one (a bare "not a decimal number" said neither). */
/** `Φ12, Φ14` under one value: the sign, and the values counted where one is read. */
function signedValues(sign: string, values: readonly string[], each: boolean): LocalizedText {
  const several = severalValues(values);
  return localized(
    `${each ? '各数值' : '第一个数值'}前有直径符号“${sign}”，它不是数值的一部分；且${several.zh}`,
    `has the diameter sign "${sign}" before ${each ? 'each value' : 'its first value'}, which is no part of it, and ${several.en}`,
  );
}

function severalValues(values: readonly string[]): LocalizedText {
  const shown = cutShort(values.join(';'));
  return localized(
    `有 ${values.length} 个数值（${shown}），而此处只读一个：请只写一个数值（规则集为该指标写了“specimens”时才读多个试样值）`,
    `holds ${values.length} values (${shown}) where one is read: write one number (several specimen values are read only where the rule set gives the indicator "specimens")`,
  );
}

function dashForMinus(c: string, ascii: string): LocalizedText {
  if (c === TYPESET_MINUS)
    return localized(
      `中的减号是排版用的“−”（U+2212），只有开头的负号按“-”读取：请写半角的“-”，写作 ${ascii}`,
      `has the typeset minus "−" (U+2212), read as "-" only as the leading sign: write ASCII "-", as ${ascii}`,
    );
  return localized(
    `中的“${c}”（${codePointText(c)}）不是负号：请写半角的“-”，写作 ${ascii}`,
    `has "${c}" (${codePointText(c)}) for a minus sign: write ASCII "-", as ${ascii}`,
  );
}

function foreignCharacter(c: string): LocalizedText {
  // `约42.5`: a Chinese character is named without its code point (docs reserve those for characters one cannot tell).
  const named = characterShown(c);
  return localized(
    `含字符 ${named}，只接受 ASCII 或全角的数字、正负号、小数点和指数`,
    `contains the character ${named}; only ASCII or full-width digits, sign, decimal point and exponent are read`,
  );
}

/**
 * A value refused for an indicator: the text, with an error naming the field,
 * the text as written and why (`apf (…) must be a number: "1e400" is beyond the range of numbers`).
 */
export function refused(text: string, indicator: IndicatorInfo, why: LocalizedText): ConvertedCell {
  const shown = quoteShort(text);
  const wanted: Record<string, LocalizedText> = {
    number: localized('数值', 'a number'),
    integer: localized('整数', 'an integer'),
    boolean: localized('是/否', 'a boolean'),
  };
  const what = wanted[indicator.type] ?? localized(indicator.type);
  return {
    value: text,
    error: {
      field: indicator.name,
      code: 'wrong-type',
      message: localized(
        cjkJoin(indicator.label.zh, `应为${what.zh}：${shown} ${why.zh}`),
        `${indicator.name} (${indicator.label.en}) must be ${what.en}: ${shown} ${why.en}`,
      ),
    },
  };
}
