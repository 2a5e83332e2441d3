import { getIndentUnit, indentService } from '@codemirror/language';
import type { Extension } from '@codemirror/state';

/** `key:` (or `- key:`) with nothing after it but a comment: the lines that follow are its value, one level in. */
const EMPTY_KEY = /^([ ]*(?:-[ ]+)*)(?:[A-Za-z_$][\w$.-]*|"[^"]*"|'[^']*'):[ \t]*(?:#.*)?$/;

/**
 * Enter after `key:` with an empty value indents one level from the key, as a
 * mapping or list under it must be (`  fineness:` → the cursor at column 5).
 * CodeMirror's YAML indentation keeps the key's column, where what the author
 * types next becomes the key's sibling. Other lines are left to it.
 */
export function indentUnderEmptyKey(): Extension {
  return indentService.of((context, pos) => {
    if (pos === 0) return undefined;
    // The line above the one pos starts: its text before the line break Enter is about to insert there.
    const key = EMPTY_KEY.exec(context.lineAt(pos - 1, -1).text);
    if (!key) return undefined;
    return key[1]!.length + getIndentUnit(context.state);
  });
}
