import type { RuleSetIssue } from '../errors/rule-set-issue';
import { parseNumeral } from '../input/convert-value';
import type { DocumentPath, SourceDocument } from '../load/source-document';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * The numbers of a suite's records that YAML reads as a double other than
 * the one written (`apf: 4.99999999999999999` is read as 5, which meets
 * ≥ 5.00; `1e309` and `.inf` as Infinity): each a located issue, as the
 * same value in a CSV cell or JSON record is an invalid value, so that a
 * case never tests a figure other than its own.
 *
 * @example
 * const issues = inexactNumbers(source, [['cases', 0, 'input']]);
 */
export function inexactNumbers(source: SourceDocument, records: DocumentPath[]): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const check = (path: DocumentPath, value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        check([...path, i], v);
      });
    }
    if (typeof value !== 'number') return;
    const written = source.literal(path);
    const why = written === undefined ? undefined : numeralProblem(written, value);
    if (why)
      issues.push(source.issue('schema', localized(`${written} ${why.zh}`, `${written} ${why.en}`), path));
  };
  for (const path of records) {
    const record = valueAt(source.data, path);
    if (record && typeof record === 'object')
      for (const [key, value] of Object.entries(record)) check([...path, key], value);
  }
  return issues;
}

/**
 * Why YAML's reading of `written` is not the number it shows, as CSV and JSON input say it: a decimal
 * numeral beyond the range of a double (`1e309`, read as Infinity), too close to zero (`1e-400`, read as 0)
 * or with more digits than a double holds; YAML's own `.inf` and `.nan`, which no record holds.
 */
function numeralProblem(written: string, value: number): LocalizedText | undefined {
  if (DECIMAL_NUMERAL.test(written)) {
    const read = parseNumeral(written);
    return typeof read === 'number' ? undefined : read;
  }
  if (Number.isFinite(value)) return undefined;
  return localized(
    '不是有限的数值：测试用例的值应写成十进制数',
    "is not a finite number: write a test case's value in decimal digits",
  );
}

/** A numeral as YAML's core schema writes a decimal float or integer (no `.inf`, `0x…`, `0o…`). */
const DECIMAL_NUMERAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function valueAt(data: unknown, path: DocumentPath): unknown {
  let at = data;
  for (const step of path)
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[step] : undefined;
  return at;
}
