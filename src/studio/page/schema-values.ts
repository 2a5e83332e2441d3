import type { CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import type { EditorState } from '@codemirror/state';
import { deref, pointerPath, type Schema, schemaAt } from './schema-lookup';

/** `key: partial` at the end of the text before the cursor, in block or flow style. */
const VALUE_AFTER_KEY = /(?:^|[{,\s-])([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*')[ \t]*:[ \t]+([^\s#'"{}[\],:]*)$/;

/**
 * Value completion from the rule-set schema: after `key: ` (as soon as the space
 * is typed, or Ctrl+Space on an empty value) the values the schema allows there —
 * its `enum` and `const` values, in every branch of oneOf/anyOf/allOf, and
 * true/false for a boolean. Such a value is one of a closed list, so the list
 * opens by itself, as docs/studio.md says: an author who types `type: ` by hand
 * sees what may follow without knowing Ctrl+Space (studio-author-43 N2). A key
 * whose value is free (a number, a text) opens nothing.
 * codemirror-json-schema's own value completion finds nothing under a map of
 * named entries (an indicator's `type`), and nothing on an empty value: it only
 * completes a value node, which `type: ` does not have yet. `pointerAt` gives
 * the JSON pointer of the key at a position.
 */
export function schemaValueCompletion(
  schemaOf: (ctx: CompletionContext) => object,
  pointerAt: (state: EditorState, pos: number) => string,
): CompletionSource {
  return (ctx): CompletionResult | null => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    if (/(?:^|\s)#/.test(before)) return null; // in a comment
    const match = VALUE_AFTER_KEY.exec(before);
    if (!match) return null;
    const [, rawKey = '', typed = ''] = match;
    // The pointer of the key, then its schema.
    const keyAt = line.from + before.length - match[0].length + match[0].indexOf(rawKey) + 1;
    const pointer = pointerAt(ctx.state, keyAt);
    if (!pointer) return null;
    const path = pointerPath(pointer);
    const root = schemaOf(ctx) as Schema;
    const found = schemaAt(root, path);
    if (!found) return null;
    // Typed `key: ` opens the list only where nothing else may be written (not `specimens: `, 3 or true).
    if (!typed && !ctx.explicit && !isClosedList(root, found)) return null;
    const values = allowedValues(root, found);
    if (values.length === 0) return null;
    const info = found.description;
    return {
      from: ctx.pos - typed.length,
      options: values.map((v) => ({ label: String(v), type: 'enum', info })),
      validFor: /^[\w.-]*$/,
    };
  };
}

/** The values a schema allows, when it lists them. */
export function allowedValues(root: Schema, s: Schema): (string | number | boolean)[] {
  const values = new Set<string | number | boolean>();
  const visit = (at: Schema, depth: number): void => {
    if (depth > 10) return;
    for (const v of [...(at.enum ?? []), at.const]) if (isScalar(v)) values.add(v);
    const types = Array.isArray(at.type) ? at.type : [at.type];
    if (types.includes('boolean')) {
      values.add(true);
      values.add(false);
    }
    for (const branch of [...(at.allOf ?? []), ...(at.oneOf ?? []), ...(at.anyOf ?? [])])
      visit(deref(root, branch), depth + 1);
  };
  visit(s, 0);
  return [...values];
}

/** Whether a schema allows only the values it lists (every branch an `enum`, a `const` or a boolean). */
export function isClosedList(root: Schema, s: Schema): boolean {
  const closed = (schema: Schema, depth: number): boolean => {
    const at = deref(root, schema);
    if (depth > 10) return false;
    if (at.enum !== undefined || at.const !== undefined) return true;
    if ((at.allOf ?? []).some((b) => closed(b, depth + 1))) return true;
    const branches = [...(at.oneOf ?? []), ...(at.anyOf ?? [])];
    if (branches.length > 0) return branches.every((b) => closed(b, depth + 1));
    const types = Array.isArray(at.type) ? at.type : at.type === undefined ? [] : [at.type];
    return types.length > 0 && types.every((t) => t === 'boolean');
  };
  return closed(s, 0);
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
