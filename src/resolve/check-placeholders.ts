import type { DocumentPath } from '../load/source-document';
import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

// `qgrade init` writes `TODO …` where only the standard can say (a title, a reference code, a table's heading).
const TEMPLATE = /\bTODO\b/u;

/**
 * What else an author writes for a text still to come (hostile-27 F2): `TBD`, `XXX`, 待定 / 待补充 / 待填写 (to be
 * decided / added / filled in), the template's code with `TODO` removed (`GB/T 00000-2026`: a code of zeros), and
 * a table or clause number not yet looked up (`表 X`, `第 X 条`, `Table X`). Letters around `X` make a word (`表 XRF`), not
 * a placeholder; `todo` in any case is one.
 */
const OTHER: readonly RegExp[] = [
  /\b(?:TODO|TBD|XXX+)\b/iu,
  /待(?:定|补充|填写)/u,
  /(?<![\p{L}\d])[A-Z]{1,4}(?:\/[A-Z]{1,5})?\s*0{3,}(?:\.0+)?(?![\d.])/u,
  /(?:表|图|附录)\s*[XxＸｘ](?![\p{L}\d])/u,
  /第\s*[XxＸｘ]\s*[条章节款项]/u,
  /\b(?:Table|Figure|Annex|Clause)\s+X\b/u,
];

/** At most this many placeholders are warned about one by one; the rest are counted in the last warning. */
const MAX_WARNED = 20;

/**
 * Warns at each text of the rule file that is still a `TODO` placeholder of a `qgrade init` template
 * (newcomer-26 F1: an untouched template passed `validate` and graded records, its reference code
 * `TODO GB/T 00000-2026`), or another placeholder (`TBD`, `待定`, `GB/T 00000`, `表 X`: hostile-27 F2).
 * A warning, not an error: a draft is validated while it is written.
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
    const rest = localized(more ? `；另有 ${more} 处` : '', more ? `; ${more} more` : '');
    const message = TEMPLATE.test(text)
      ? localized(
          `“${shown}”仍是 qgrade init 模板的占位内容：请按标准改写后再使用或发布${rest.zh}`,
          `"${shown}" is still a placeholder of the qgrade init template: write the standard's text before using or publishing the rule set${rest.en}`,
        )
      : localized(
          `“${shown}”像是占位内容（“${placeholderIn(text)}”）：请按标准改写后再使用或发布${rest.zh}`,
          `"${shown}" looks like a placeholder ("${placeholderIn(text)}"): write the standard's text before using or publishing the rule set${rest.en}`,
        );
    ctx.issues.push({ ...ctx.source.issue('placeholder', message, path), severity: 'warning' });
  }
}

function visit(value: unknown, path: DocumentPath, found: { path: DocumentPath; text: string }[]): void {
  if (typeof value === 'string') {
    if (placeholderIn(value) !== undefined) found.push({ path, text: value });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) visit(v, [...path, i], found);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) visit(v, [...path, k], found);
  }
}

/** The placeholder a text holds, as written (`TBD`, `待定`, `GB/T 00000`, `表 X`), or undefined. */
function placeholderIn(text: string): string | undefined {
  for (const re of [TEMPLATE, ...OTHER]) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}
