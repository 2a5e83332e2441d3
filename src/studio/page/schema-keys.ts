import type {
  Completion,
  CompletionContext,
  CompletionResult,
  CompletionSource,
} from '@codemirror/autocomplete';
import type { EditorState } from '@codemirror/state';
import { deref, pointerPath, type Schema, schemaAt } from './schema-lookup';

/** A line that is only indentation and, perhaps, the start of a key: where a key may be typed. */
const KEY_START = /^([ ]+)([A-Za-z_$][\w$-]*)?$/;
/** `key:` (or `- key:`) with nothing after it but a comment: a block mapping may follow. */
const EMPTY_KEY = /^([ ]*(?:-[ ]+)?)([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*'):[ \t]*(?:#.*)?$/;
/** `- key: value`: a list item whose mapping starts on its dash's line (a criterion's `- id: impact`). */
const ITEM_KEY = /^([ ]*-[ ]+)([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*'):(?:[ \t]|$)/;
/** A key in block style at the start of a line. */
const KEY_AT = /^[ ]*(?:-[ ]+)?([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*'):(?:[ \t]|$)/;

const indentOf = (text: string): number => /^[ ]*/.exec(text)![0].length;
const blank = (text: string): boolean => /^\s*(?:#.*)?$/.test(text);

/**
 * Key completion on a line of its own under `key:`: the keys the schema
 * allows in that mapping, less the ones it already has. This is where an
 * author starts a new entry (`  fineness:`, then the next line indented, then
 * `ty` or Ctrl+Space): codemirror-json-schema offers nothing there, because
 * YAML reads the half-typed word as the key's value (`fineness: ty`), and
 * nothing on an empty line in an existing mapping either, nor in a list
 * item's (`- id: impact`, then a line at its keys' indentation). `pointerAt`
 * gives the JSON pointer of the key at a position.
 */
export function schemaKeyCompletion(
  schemaOf: (ctx: CompletionContext) => object,
  pointerAt: (state: EditorState, pos: number) => string,
): CompletionSource {
  return (ctx): CompletionResult | null => {
    const doc = ctx.state.doc;
    const line = doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    if (!blank(line.text.slice(before.length))) return null;
    // Ctrl+Space on an empty line at the left margin: the top-level keys the file does not have yet
    // (codemirror-json-schema offers them only once a letter is typed; newcomer-22 finding 7).
    if (before === '' && ctx.explicit) return topLevelKeys(ctx, schemaOf(ctx) as Schema, line.number);
    const typing = KEY_START.exec(before);
    if (!typing) return null;
    const [, indent = '', typed = ''] = typing;
    if (!typed && !ctx.explicit) return null;
    // The parent: the nearest line above indented less, which must be `key:` with an empty value.
    let parent = line.number - 1;
    while (parent >= 1 && (blank(doc.line(parent).text) || indentOf(doc.line(parent).text) >= indent.length))
      parent--;
    if (parent < 1) return null;
    const parentLine = doc.line(parent);
    // Under `key:`, its mapping; at the indentation of the keys of a `- key: value` line, that list item's
    // (studio-author-43: Ctrl+Space on a new line of a criterion offered nothing).
    const key = EMPTY_KEY.exec(parentLine.text);
    const item = key ? null : ITEM_KEY.exec(parentLine.text);
    if (item && item[1]!.length !== indent.length) return null;
    const at = key ?? item;
    if (!at) return null;
    const pointer = pointerAt(ctx.state, parentLine.from + at[1]!.length + 1);
    if (!pointer) return null;
    // An item's first key gives the key's pointer (/criteria/1/id): the mapping is its parent.
    const path = item ? pointerPath(pointer).slice(0, -1) : pointerPath(pointer);
    const root = schemaOf(ctx) as Schema;
    const found = schemaAt(root, path);
    if (!found) return null;
    const present = siblingKeys(ctx.state, parent, line.number, indent.length);
    if (item) present.add(item[2]!.replace(/^["']|["']$/g, ''));
    const options = keyOptions(root, found, present);
    if (options.length === 0) return null;
    return { from: ctx.pos - typed.length, options, validFor: /^[\w$-]*$/ };
  };
}

/** A key option for each property of `schema` the block does not have yet. */
function keyOptions(root: Schema, schema: Schema, present: ReadonlySet<string>): Completion[] {
  return [...propertiesOf(root, schema)]
    .filter(([name]) => !present.has(name))
    .map(([name, s]) => ({
      label: name,
      apply: `${name}: `,
      type: 'property',
      info: s.description,
      // The type, as codemirror-json-schema's options give it: a list key is completed as a list.
      ...(s.type !== undefined ? { detail: String(s.type) } : {}),
    }));
}

/** The top-level keys of the schema, less those the file has (the line being typed, `skip`, left out). */
function topLevelKeys(ctx: CompletionContext, root: Schema, skip: number): CompletionResult | null {
  const present = new Set<string>();
  const doc = ctx.state.doc;
  for (let n = 1; n <= doc.lines; n++) {
    const key = n !== skip ? /^([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*'):(?:[ \t]|$)/.exec(doc.line(n).text) : null;
    if (key) present.add(key[1]!.replace(/^["']|["']$/g, ''));
  }
  present.add('$schema');
  const options = keyOptions(root, root, present);
  return options.length > 0 ? { from: ctx.pos, options, validFor: /^[\w$-]*$/ } : null;
}

/** The keys at `indent` in the block under line `parent` (the line being typed, `skip`, left out). */
function siblingKeys(state: EditorState, parent: number, skip: number, indent: number): Set<string> {
  const keys = new Set<string>();
  const doc = state.doc;
  for (let n = parent + 1; n <= doc.lines; n++) {
    const text = doc.line(n).text;
    if (blank(text)) continue;
    if (indentOf(text) <= indentOf(doc.line(parent).text)) break;
    const key = n !== skip && indentOf(text) === indent ? KEY_AT.exec(text) : null;
    if (key) keys.add(key[1]!.replace(/^["']|["']$/g, ''));
  }
  return keys;
}

/** The named properties a mapping's schema allows, through its allOf/oneOf/anyOf branches. */
function propertiesOf(root: Schema, s: Schema): Map<string, Schema> {
  const found = new Map<string, Schema>();
  const visit = (at: Schema, depth: number): void => {
    if (depth > 10) return;
    for (const [name, p] of Object.entries(at.properties ?? {}))
      if (!found.has(name)) found.set(name, deref(root, p));
    for (const branch of [...(at.allOf ?? []), ...(at.oneOf ?? []), ...(at.anyOf ?? [])])
      visit(deref(root, branch), depth + 1);
  };
  visit(deref(root, s), 0);
  return found;
}
