/// <reference lib="dom" />

import type { EditorState, Extension } from '@codemirror/state';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { getJSONSchema, jsonPointerForPosition } from 'codemirror-json-schema';
import { h } from './dom';
import { parsedSoon, parsedUpTo, SLICE_MS } from './parsed-tree';
import { pointerPath, type Schema, schemaAt } from './schema-lookup';

/**
 * Hover help from the rule-set schema: the title and description of the key
 * or value under the pointer. codemirror-json-schema's own hover reads the
 * schema as draft-04, where a property named `id` (every rule set has one)
 * is taken for the schema's id and the lookup fails; this walks the schema
 * itself (properties, items, `$ref` to `$defs`, the branches of oneOf/anyOf/allOf).
 * It reads the schema the editor holds, which is in the page's language.
 */
export function schemaHover(): Extension {
  return hoverTooltip((view, pos, side): Tooltip | null | Promise<Tooltip | null> => {
    // On the tree up to the pointer's line: the one a state holds can stop short of it just after a paste
    // or on a busy machine, and the pointer then had no key under it (studio-45's left item).
    const ready = parsedUpTo(view.state, pos, SLICE_MS);
    if (ready) return tooltipOf(schemaHelpAt(ready, pos, side), pos);
    return parsedSoon(view.state, pos).then(
      (state) => state && tooltipOf(schemaHelpAt(state, pos, side), pos),
    );
  });
}

/** What the hover box says: the schema's title and description of the key or value at `pos`. */
export interface SchemaHelp {
  title?: string;
  description?: string;
}

/**
 * The schema's help for the key or value at `pos` of `state` (null where it has none), read from the
 * state's syntax tree as it stands: {@link schemaHover} first parses it up to `pos`'s line.
 *
 * @example
 * schemaHelpAt(state, state.doc.toString().indexOf('criteria'), 1)?.title; // 'criteria'
 */
export function schemaHelpAt(state: EditorState, pos: number, side: -1 | 1): SchemaHelp | null {
  const pointer = jsonPointerForPosition(state, pos, side, 'yaml');
  if (!pointer) return null;
  const schema = getJSONSchema(state) as Schema | undefined;
  const found = schema && schemaAt(schema, pointerPath(pointer));
  if (!found || (!found.title && !found.description)) return null;
  return found;
}

function tooltipOf(found: SchemaHelp | null, pos: number): Tooltip | null {
  if (!found) return null;
  return {
    pos,
    above: true,
    create: () => ({
      dom: h(
        'div',
        { class: 'schema-hover' },
        found.title ? h('strong', {}, found.title) : null,
        found.description ? h('p', {}, found.description) : null,
      ),
    }),
  };
}
