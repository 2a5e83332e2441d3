/// <reference lib="dom" />

import type { Extension } from '@codemirror/state';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { jsonPointerForPosition } from 'codemirror-json-schema';
import { h } from './dom';
import { type Schema, schemaAt } from './schema-lookup';

/**
 * Hover help from the rule-set schema: the title and description of the key
 * or value under the pointer. codemirror-json-schema's own hover reads the
 * schema as draft-04, where a property named `id` (every rule set has one)
 * is taken for the schema's id and the lookup fails; this walks the schema
 * itself (properties, items, `$ref` to `$defs`, the branches of oneOf/anyOf/allOf).
 */
export function schemaHover(schema: object): Extension {
  return hoverTooltip((view, pos, side): Tooltip | null => {
    const pointer = jsonPointerForPosition(view.state, pos, side, 'yaml');
    if (!pointer) return null;
    const path = pointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const found = schemaAt(schema as Schema, path);
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
