/**
 * The docs' JSON excerpts, read and compared with a command's output (contracts-45, extended in contracts-46). An
 * excerpt may be cut, and says where: a field `"…"` in an object (`"…": "…"`, `"…": {}`), an entry `{ "…": "…" }` in
 * a list, a value `"…"` (any value), or text ending in `…` (the output's text starts with what precedes it).
 * Everything else shown must be the output's, and an object or list not marked so must be complete.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../cli/cli-harness';

export const CUT = '…';

/** The ```json blocks of a doc, as written. */
function blocks(doc: string): string[] {
  const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
  return [...text.matchAll(/^( *)```json\n([\s\S]*?)^\1```$/gm)].map((m) => m[2]!);
}

/** The docs' ```json block that starts with `"<field>": {`, read as JSON (an excerpt is one field of the output). */
export function excerpt(doc: string, field: string): Record<string, unknown> {
  const block = blocks(doc).find((b) => b.trimStart().startsWith(`"${field}": {`));
  if (!block) throw new Error(`${doc}: no JSON excerpt of "${field}"`);
  return JSON.parse(`{${block}}`)[field];
}

/** The docs' ```json block of a whole output, `{ "<first>": …`, read as JSON. */
export function wholeExcerpt(doc: string, first: string): Record<string, unknown> {
  const block = blocks(doc).find((b) => new RegExp(`^\\{\\s*"${first}":`).test(b.trimStart()));
  if (!block) throw new Error(`${doc}: no JSON excerpt opening with "${first}"`);
  return JSON.parse(block);
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// The field that names an entry of a list, so an excerpt may skip entries (`{ "key": "HRB400", "…": "…" }`).
const NAMES = ['key', 'group', 'id'];

/** Where the excerpt differs from the output, as paths: a value that differs, or a field left out unmarked. */
export function differences(shown: Json, actual: Json, path: string): string[] {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return [`${path}: not a list in the output`];
    const cut = shown.some((e) => isObject(e) && Object.hasOwn(e, CUT));
    const out: string[] = [];
    if (!cut && shown.length !== actual.length)
      out.push(`${path}: ${shown.length} entries shown of ${actual.length}, not marked "…"`);
    shown.forEach((e, i) => {
      const name = isObject(e) ? NAMES.find((n) => Object.hasOwn(e, n)) : undefined;
      const match = name ? actual.find((a) => isObject(a) && a[name] === e[name]) : actual[i];
      if (match === undefined) out.push(`${path}[${i}]: not in the output`);
      else out.push(...differences(e, match, `${path}[${name ? `${name}=${String(e[name])}` : i}]`));
    });
    return out;
  }
  if (isObject(shown)) {
    if (!isObject(actual)) return [`${path}: not an object in the output`];
    const out: string[] = [];
    for (const [k, v] of Object.entries(shown)) {
      if (k === CUT) continue;
      if (!Object.hasOwn(actual, k)) out.push(`${path}.${k}: not in the output`);
      else out.push(...differences(v, actual[k], `${path}.${k}`));
    }
    if (!Object.hasOwn(shown, CUT))
      for (const k of Object.keys(actual))
        if (!Object.hasOwn(shown, k)) out.push(`${path}.${k}: left out, not marked "…"`);
    return out;
  }
  // A value cut: any value for "…", text that starts as shown for "text…".
  if (shown === CUT) return [];
  if (typeof shown === 'string' && shown.endsWith(CUT) && typeof actual === 'string')
    return actual.startsWith(shown.slice(0, -CUT.length))
      ? []
      : [`${path}: ${JSON.stringify(shown)} shown, ${JSON.stringify(actual)} given`];
  return Object.is(shown, actual)
    ? []
    : [`${path}: ${JSON.stringify(shown)} shown, ${JSON.stringify(actual)} given`];
}
