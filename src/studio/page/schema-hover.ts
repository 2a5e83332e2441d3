/// <reference lib="dom" />

import type { Extension } from '@codemirror/state';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { getJSONSchema, jsonPointerForPosition } from 'codemirror-json-schema';
import { h } from './dom';
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
  return hoverTooltip((view, pos, side): Tooltip | null => {
    const pointer = jsonPointerForPosition(view.state, pos, side, 'yaml');
    if (!pointer) return null;
    const path = pointerPath(pointer);
    const schema = getJSONSchema(view.state) as Schema | undefined;
    const found = schema && schemaAt(schema, path);
    if (!found || (!found.title && !found.description)) return null;
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
  });
}
