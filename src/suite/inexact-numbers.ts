import type { RuleSetIssue } from '../errors/rule-set-issue';
import { inexactNumeral } from '../input/convert-value';
import type { DocumentPath, SourceDocument } from '../load/source-document';
import { localized } from '../text/localized-text';

/**
 * The numbers of a suite's records that YAML reads as a double other than
 * the one written (`apf: 4.99999999999999999` is read as 5, which meets
 * ≥ 5.00): each a located issue, as the same value in a CSV cell is an
 * invalid value, so that a case never tests a figure other than its own.
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
    const why = written === undefined ? undefined : inexactNumeral(written);
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

function valueAt(data: unknown, path: DocumentPath): unknown {
  let at = data;
  for (const step of path)
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[step] : undefined;
  return at;
}
