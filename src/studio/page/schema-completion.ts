import type { CompletionSource } from '@codemirror/autocomplete';
import { getJSONSchema, jsonPointerForPosition } from 'codemirror-json-schema';
import { yamlCompletion } from 'codemirror-json-schema/yaml';
import { schemaValueCompletion } from './schema-values';

/**
 * The editor's completion: values the schema lists after `key: `, else
 * codemirror-json-schema's (keys, and values from defaults and examples). Both
 * read the schema the editor holds, so the help is in the page's language.
 */
export function schemaCompletion(): CompletionSource {
  const values = schemaValueCompletion(
    (ctx) => getJSONSchema(ctx.state) as object,
    (state, pos) => jsonPointerForPosition(state, pos, 1, 'yaml'),
  );
  const library = yamlCompletion();
  return (ctx) => {
    const own = values(ctx);
    if (own) return own;
    const theirs = library(ctx);
    return Array.isArray(theirs) ? null : theirs; // without a schema it answers []
  };
}
