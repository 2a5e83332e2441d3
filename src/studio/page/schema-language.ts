import zhTexts from '../../../schemas/ruleset.descriptions.zh-CN.json';
import type { Language } from '../../browser';
import { withoutExamples } from './schema-examples';
import { pointerPath } from './schema-lookup';

/**
 * The rule-set schema's help texts in the page's language. The published
 * schema (`qgrade schema ruleset`) stays English only: a custom keyword would
 * break consumers that compile it with ajv in strict mode. The Chinese texts
 * live beside it in schemas/ruleset.descriptions.zh-CN.json, keyed by the JSON
 * pointer of each `title` and `description`; a test keeps the two in step.
 */

// What a help text's value is never read from: data, not subschemas.
const DATA_KEYWORDS = new Set(['examples', 'default', 'const', 'enum']);
// Keywords whose value maps names to subschemas: a name there is a key of the rule file (an
// indicator's `default`), not a keyword, and its subschema's help is read like any other.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * The JSON pointer and text of every `title` and `description` in a schema.
 *
 * @example
 * schemaHelpTexts({ properties: { default: { description: 'Value used…' } } });
 * // Map { '/properties/default/description' => 'Value used…' }
 */
export function schemaHelpTexts(schema: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: unknown, pointer: string, names: boolean): void => {
    // Arrays too: their entries' keys are their indexes.
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (names) walk(value, at, false);
      else if (DATA_KEYWORDS.has(key)) continue;
      else if ((key === 'title' || key === 'description') && typeof value === 'string') found.set(at, value);
      else walk(value, at, SCHEMA_MAPS.has(key));
    }
  };
  walk(schema, '', false);
  return found;
}

/** A copy of `schema` with each text at a pointer of `texts` replaced by it. */
export function withHelpTexts<T>(schema: T, texts: Readonly<Record<string, string>>): T {
  const copy = structuredClone(schema);
  for (const [pointer, text] of Object.entries(texts)) {
    const parts = pointerPath(pointer);
    const key = parts.pop();
    let at: unknown = copy;
    for (const part of parts) at = (at as Record<string, unknown> | undefined)?.[part];
    if (key && at && typeof at === 'object' && typeof (at as Record<string, unknown>)[key] === 'string')
      (at as Record<string, unknown>)[key] = text;
  }
  return copy;
}

/** The Chinese help texts of the rule-set schema, by JSON pointer. */
export const RULE_SET_HELP_ZH: Readonly<Record<string, string>> = zhTexts;

const cache = new Map<object, Partial<Record<Language, object>>>();

/**
 * The rule-set schema the editor holds: its help in `lang`, and without the
 * examples and defaults completion would insert as values (built once per language).
 */
export function schemaInLanguage(schema: object, lang: Language): object {
  const byLang = cache.get(schema) ?? {};
  cache.set(schema, byLang);
  byLang[lang] ??= withoutExamples(lang === 'zh' ? withHelpTexts(schema, RULE_SET_HELP_ZH) : schema);
  return byLang[lang];
}
