/** The parts of a JSON Schema that hover help and value completion read. */
export type Schema = {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  prefixItems?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};

/**
 * The keys of a JSON pointer (`/indicators/fineness`), unescaped (`~1` is `/`, `~0` is `~`).
 *
 * @example
 * pointerPath('/indicators/a~1b') // ['indicators', 'a/b']
 */
export function pointerPath(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema of the value at `path`, with the title and description the nearest reference gives it. */
export function schemaAt(root: Schema, path: readonly string[]): Schema | undefined {
  let at: Schema | undefined = deref(root, root);
  for (const key of path) {
    if (!at) return undefined;
    at = child(root, at, key);
  }
  return at;
}

function child(root: Schema, s: Schema, key: string): Schema | undefined {
  const own = s.properties?.[key];
  if (own) return deref(root, own);
  for (const [pattern, p] of Object.entries(s.patternProperties ?? {})) {
    if (new RegExp(pattern, 'u').test(key)) return deref(root, p);
  }
  if (/^\d+$/.test(key)) {
    const item = s.prefixItems?.[Number(key)] ?? s.items;
    if (item) return deref(root, item);
  }
  if (typeof s.additionalProperties === 'object') return deref(root, s.additionalProperties);
  for (const branch of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) {
    const found = child(root, deref(root, branch), key);
    if (found) return found;
  }
  return undefined;
}

/** Follows local `$ref`s; the referring schema's own title and description win. */
export function deref(root: Schema, s: Schema, depth = 0): Schema {
  if (!s.$ref?.startsWith('#/') || depth > 20) return s;
  let target: unknown = root;
  for (const part of s.$ref.slice(2).split('/'))
    target = (target as Record<string, unknown> | undefined)?.[part];
  if (!target || typeof target !== 'object') return s;
  const resolved = deref(root, target as Schema, depth + 1);
  return {
    ...resolved,
    title: s.title ?? resolved.title,
    description: s.description ?? resolved.description,
  };
}
