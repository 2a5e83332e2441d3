import type { CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';

/** `grade: partial` (or `capAt:`) at the end of the text before the cursor, in block or flow style. */
const AFTER_GRADE_KEY = /(?:^|[{,\s-])(grade|capAt)[ \t]*:[ \t]+([\w.-]*)$/;
/** Text YAML reads as something other than text when unquoted: a number, a boolean, null. */
const NUMBER_LIKE =
  /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|true|false|null|~|\.inf|\.nan)$/i;
/** The `grades:` list: from its key to the next top-level key. */
const GRADES_BLOCK = /^grades:[^\n]*\n((?:[ \t#-][^\n]*\n?|\n)*)/m;
/** A grade's id in that list, `- id: qualified` or `- { id: "1", … }`. */
const GRADE_ID = /(?:^|[{,\s-])id[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s,#}'"]+))/gm;

/**
 * The grade ids the file's `grades:` list names, offered after `grade: ` (and
 * `capAt: `) in a requirement: the schema only says "a grade id", so the
 * schema's value completion offers nothing there (newcomer-22 finding 7).
 * Read from the text, so a file that does not parse yet still has them.
 */
export function gradeIdCompletion(): CompletionSource {
  return (ctx: CompletionContext): CompletionResult | null => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    if (/(?:^|\s)#/.test(before)) return null;
    const match = AFTER_GRADE_KEY.exec(before);
    if (!match) return null;
    // A grade id is one of a closed list, the file's: it opens after `grade: ` by itself, as a schema enum does.
    const typed = match[2] ?? '';
    const ids = gradeIds(ctx.state.doc.toString());
    if (ids.length === 0) return null;
    return {
      from: ctx.pos - typed.length,
      // An id YAML would read as a number (`"1"`) goes in quotes: a grade id is text.
      // In the file's order (lowest first), not sorted by name: the boost keeps it.
      options: ids.map((id, i) => ({
        label: id,
        type: 'enum',
        apply: NUMBER_LIKE.test(id) ? `"${id}"` : id,
        boost: Math.max(-99, 99 - i),
      })),
      validFor: /^[\w.-]*$/,
    };
  };
}

/** The ids of the `grades:` list, in its order (lowest first). */
export function gradeIds(text: string): string[] {
  const block = GRADES_BLOCK.exec(text)?.[1] ?? '';
  const ids: string[] = [];
  for (const m of block.matchAll(GRADE_ID)) {
    const id = m[1] ?? m[2] ?? m[3];
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
