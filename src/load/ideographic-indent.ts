import type { RuleSetIssue } from '../errors/rule-set-issue';
import { localized } from '../text/localized-text';
import type { DocumentPath, SourceDocument } from './source-document';

/**
 * The keys that start with ideographic spaces (U+3000, a Chinese keyboard's
 * full-width space): YAML takes them for part of the key, so `  　　type:`
 * under an indicator became a sibling key `　　type` and gave a cascade of
 * "unknown key" and "missing type" messages, none naming the spaces, which an
 * editor does not show. One issue per such key, at the key; the first ten.
 *
 * @example
 * ideographicIndents(source) // [{ line: 46, column: 3, text: { zh: '键“　　label”前有 2 个全角空格…' } }]
 */
export function ideographicIndents(source: SourceDocument): RuleSetIssue[] {
  const out: RuleSetIssue[] = [];
  const visit = (value: unknown, path: DocumentPath): void => {
    if (out.length >= 10 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(item, [...path, i]);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      const spaces = /^\u3000+/.exec(key)?.[0].length ?? 0;
      if (spaces > 0 && out.length < 10) {
        const bare = key.slice(spaces);
        out.push(
          source.issue(
            'yaml-syntax',
            localized(
              `YAML 语法错误：键“${bare}”前有 ${spaces} 个全角空格（U+3000），YAML 把它们当作键的一部分：缩进请用半角空格`,
              `the key "${bare}" has ${spaces} ideographic (full-width) space${spaces > 1 ? 's' : ''} (U+3000) before it, which YAML reads as part of the key: indent with ASCII spaces`,
            ),
            [...path, key],
            { key: true },
          ),
        );
      }
      visit(item, [...path, key]);
    }
  };
  visit(source.data, []);
  return out;
}
