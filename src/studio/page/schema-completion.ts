/// <reference lib="dom" />
import {
  type Completion,
  CompletionContext,
  type CompletionResult,
  type CompletionSource,
  insertCompletionText,
  startCompletion,
} from '@codemirror/autocomplete';
import type { EditorState, Text } from '@codemirror/state';
import { getJSONSchema, type JSONCompletionOptions, jsonPointerForPosition } from 'codemirror-json-schema';
import { yamlCompletion } from 'codemirror-json-schema/yaml';
import { parse } from 'yaml';
import { enumCodeCompletion } from './enum-codes';
import { gradeIdCompletion } from './grade-ids';
import { indicatorIdCompletion } from './indicator-ids';
import { applyListKey, isListOption } from './list-skeleton';
import { onParsedTree, parsedUpTo } from './parsed-tree';
import { schemaKeyCompletion } from './schema-keys';
import { deref, type Schema } from './schema-lookup';
import { schemaValueCompletion } from './schema-values';
import { applyTextKey, textKeys } from './text-skeleton';

/** Above this many characters (the bundled rule files are under 15,000) completion reads the schema alone. */
const MAX_PARSED = 20_000;

const parsed = new WeakMap<Text, unknown>();

/**
 * The document's data as completion reads it (to pick a `oneOf` branch by the values around the cursor).
 * codemirror-json-schema's own YAML reader runs on every completion, that is on every key typed: it
 * parses with duplicate-key detection (quadratic in the keys of a mapping: seconds per key with 5,000
 * indicators) and maps every node to a position, which completion does not use. This parses without
 * the duplicate check (checkRuleSet reports duplicates), once per version of the text, and not at all
 * for a very large file.
 */
function documentData(state: EditorState): ReturnType<NonNullable<JSONCompletionOptions['jsonParser']>> {
  const doc = state.doc;
  if (!parsed.has(doc)) {
    let data: unknown = null;
    if (doc.length <= MAX_PARSED) {
      try {
        data = parse(doc.toString(), { uniqueKeys: false });
      } catch {
        // Half-typed YAML: complete from the schema alone, as the library does.
      }
    }
    parsed.set(doc, data);
  }
  return { data: parsed.get(doc), pointers: new Map() };
}

/**
 * The editor's completion: values the schema lists after `key: `, else
 * codemirror-json-schema's (keys, and values from defaults and examples),
 * cheap enough to run on every key in a large file, else the keys of the
 * mapping a line of its own starts (the first key of a new indicator). All
 * read the schema the editor holds, so the help is in the page's language.
 * All answer on a syntax tree that reaches the cursor ({@link onParsedTree}).
 */
export function schemaCompletion(): CompletionSource {
  const schemaOf = (ctx: CompletionContext) => getJSONSchema(ctx.state) as object;
  const pointerAt = (state: EditorState, pos: number) => jsonPointerForPosition(state, pos, 1, 'yaml');
  const schemaValues = schemaValueCompletion(schemaOf, pointerAt);
  const grades = gradeIdCompletion();
  const indicators = indicatorIdCompletion();
  const codes = enumCodeCompletion();
  // Values the schema lists, else the file's grade ids after `grade: `, else its indicator ids where an id
  // belongs (`indicator: `, a `when:` key) and its units after `unit: `, else an enum's codes in `require:`.
  const values: CompletionSource = (ctx) => schemaValues(ctx) ?? grades(ctx) ?? indicators(ctx) ?? codes(ctx);
  const keys = schemaKeyCompletion(schemaOf, pointerAt);
  const library = yamlCompletion({ jsonParser: documentData });
  return onParsedTree((ctx) => {
    const own = values(ctx);
    if (own) return own;
    const theirs = library(ctx);
    // Without a schema it answers []; where YAML reads a half-typed key as a value, no options.
    if (!Array.isArray(theirs) && theirs && theirs.options.length > 0)
      return withKeyHelp(theirs, schemaOf(ctx) as Schema, values);
    const mine = keys(ctx) as CompletionResult | null;
    return mine && withKeyHelp(mine, schemaOf(ctx) as Schema, values);
  });
}

const textKeysOf = new WeakMap<Schema, Set<string>>();

/**
 * Key options with a two-language text value (`label`, `title`, `note`…) insert
 * an empty `{ zh: , en:  }` to fill in; a list key (`criteria`) its colon and a
 * `- ` on the next line, indented, never `[]`; a key whose values the schema lists
 * (`type: `) opens the list of them once accepted, as docs/studio.zh-CN.md says; an
 * option whose help is empty shows none rather than an empty box (`label` has
 * no description of its own).
 */
function withKeyHelp(result: CompletionResult, root: Schema, values: CompletionSource): CompletionResult {
  const names = textKeysOf.get(root) ?? textKeys(root);
  textKeysOf.set(root, names);
  const text = deref(root, { $ref: '#/$defs/localizedText' });
  const textHelp = text.title ? `${text.title}: { zh, en }` : null;
  const options = result.options.map((o): Completion => {
    const isText = o.type === 'property' && names.has(o.label);
    return {
      ...o,
      apply: isText
        ? applyTextKey(o.label)
        : isListOption(o)
          ? applyListKey(o.label)
          : o.type === 'property'
            ? thenValues(o.apply, values)
            : o.apply,
      info: helpOrNone(o.info, isText ? textHelp : null),
    };
  });
  return { ...result, options };
}

/** A key option's `apply`, then the values completion offers after the key, if it offers any. */
function thenValues(apply: Completion['apply'], values: CompletionSource): Completion['apply'] {
  return (view, completion, from, to) => {
    if (typeof apply === 'function') apply(view, completion, from, to);
    else view.dispatch(insertCompletionText(view.state, apply ?? completion.label, from, to));
    const pos = view.state.selection.main.head;
    // Asked on a tree that reaches the key just inserted (the editor may not have parsed it yet).
    const state = parsedUpTo(view.state, pos, 200) ?? view.state;
    if (values(new CompletionContext(state, pos, true))) startCompletion(view);
  };
}

/** An option's help, or `fallback` (else no box) where the help is empty. */
function helpOrNone(info: Completion['info'], fallback: string | null): Completion['info'] {
  if (typeof info === 'string') return info.trim() ? info : (fallback ?? undefined);
  if (typeof info !== 'function') return info ?? fallback ?? undefined;
  return (completion) => {
    const shown = info(completion);
    if (shown instanceof Promise) return shown;
    const empty = shown === null || (shown instanceof Node && !shown.textContent?.trim());
    return empty ? (fallback ? document.createTextNode(fallback) : null) : shown;
  };
}
