/**
 * A copy of a JSON Schema without its `examples` and `default` values: the
 * schema the editor's completion reads. codemirror-json-schema inserts a
 * property's single example or default as its value when the key is accepted
 * (`label` came with the steel example "下屈服强度 / Lower yield strength",
 * `version` with 1.0.0) and offers every example as a value: a rule author
 * who does not notice keeps another product's text. Without them a key is
 * inserted alone, and the values offered are the ones the schema allows.
 */
export function withoutExamples<T>(schema: T): T {
  return strip(schema) as T;
}

/** Keywords whose value is a map of names to subschemas: the names are data, never dropped. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is data, not a subschema: kept as they are. */
const DATA = new Set(['enum', 'const', 'required']);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'default') continue;
    if (DATA.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, strip(s)]));
    else out[key] = strip(value);
  }
  return out;
}
