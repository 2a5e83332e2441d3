import type { DocumentPath } from '../load/source-document';
import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

// `qgrade init` writes `TODO …` where only the standard can say (a title, a reference code, a table's heading).
const PLACEHOLDER = /\bTODO\b/u;

/** At most this many placeholders are warned about one by one; the rest are counted in the last warning. */
const MAX_WARNED = 20;

/**
 * Warns at each text of the rule file that is still a `TODO` placeholder of a `qgrade init` template
 * (newcomer-26 F1: an untouched template passed `validate` and graded records, its reference code
 * `TODO GB/T 00000-2026`). A warning, not an error: a draft is validated while it is written.
 *
 * @example
 * checkPlaceholders(ctx); // warns at references[0].code: "TODO GB/T 00000-2026"
 */
export function checkPlaceholders(ctx: ModelContext): void {
  const found: { path: DocumentPath; text: string }[] = [];
  visit(ctx.doc, [], found);
  for (const [i, { path, text }] of found.slice(0, MAX_WARNED).entries()) {
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    const more = i === MAX_WARNED - 1 && found.length > MAX_WARNED ? found.length - MAX_WARNED : 0;
    const message = localized(
      `“${shown}”仍是 qgrade init 模板的占位内容：请按标准改写后再使用或发布${more ? `；另有 ${more} 处` : ''}`,
      `"${shown}" is still a placeholder of the qgrade init template: write the standard's text before using or publishing the rule set${more ? `; ${more} more` : ''}`,
    );
    ctx.issues.push({ ...ctx.source.issue('placeholder', message, path), severity: 'warning' });
  }
}

function visit(value: unknown, path: DocumentPath, found: { path: DocumentPath; text: string }[]): void {
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value)) found.push({ path, text: value });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) visit(v, [...path, i], found);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) visit(v, [...path, k], found);
  }
}
