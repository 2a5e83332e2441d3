import { InputError } from '../errors/input-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';
import { givesIndicator } from './header-gives-indicator';

/** How many of the cells read as values a message quotes. */
const QUOTED = 4;

/** A cell that is a plain decimal number (`3500`, `-4.62`): a value, never a column's name. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/u;

/**
 * The error for a table whose header line is a record (hostile-37 C1: a CSV with no header, or a blank line where
 * the header was, took its first sample for the header and lost it, with exit 0 when it was the only one): the line
 * names no indicator and no `--map` column, and some of its cells read as values (a plain number, an enum
 * indicator's value or its label, `heat-pump`, `热泵型`). `undefined` for a header that names one, or whose cells
 * read as no value (`a,b,c`: every record is invalid and said so, but nothing is lost).
 *
 * @param line - what the header is (`the first line`, `the first row`)
 * @param cells - the header's cells as written
 * @param fields - the field each gives (`''` for none), after mapping
 * @example
 * recordAsHeaderError('a.csv', { zh: '第一行', en: 'the first line' }, ['S1', 'heat-pump', '3500', '4.62'], ['S1', 'heat-pump', '3500', '4.62'], new Map(), indicators);
 * // InputError: a.csv: the first line looks like a record ("heat-pump", "3500", "4.62" read as values): …
 */
export function recordAsHeaderError(
  name: string,
  line: LocalizedText,
  cells: readonly string[],
  fields: readonly string[],
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
): InputError | undefined {
  if (givesIndicator(fields, indicators)) return undefined;
  const trimmed = cells.map(trimCell);
  // One cell (`42` on stdin, a JSON scalar read as CSV) is told of by what reads the records, not as a lost one.
  if (trimmed.filter((c) => c !== '').length < 2) return undefined;
  if (trimmed.some((c) => mapping.has(c))) return undefined;
  const words = enumWords(indicators);
  const values = trimmed.filter((c) => c !== '' && (PLAIN_NUMBER.test(c) || words.has(c.toLowerCase())));
  if (values.length === 0) return undefined;
  const quoted = values.slice(0, QUOTED);
  const more = values.length > QUOTED ? '…' : '';
  return new InputError(
    localized(
      `${name}：${line.zh}像是一条记录（${quoted.map((v) => `“${v}”`).join('、')}${more} 是指标的值，不是列名），而不是表头：请在其上加一行表头，写明各列`,
      `${name}: ${line.en} looks like a record (${quoted.map((v) => `"${v}"`).join(', ')}${more} read as values, not column names), not a header: add a header ${line.en.endsWith('row') ? 'row' : 'line'} naming the columns`,
    ),
  );
}

/** The values of every enum indicator and their labels, lower-cased. */
function enumWords(indicators: readonly IndicatorInfo[]): Set<string> {
  const words = new Set<string>();
  for (const indicator of indicators) {
    for (const value of indicator.values ?? []) words.add(String(value).toLowerCase());
    for (const label of Object.values(indicator.valueLabels ?? {}))
      for (const text of [label.zh, label.en]) words.add(text.toLowerCase());
  }
  return words;
}
