/**
 * contracts-45 item 3: docs/cli.md's JSON excerpts of `compare --group-by` (`groups`) and `compare --tally-by`
 * (`tally`) left out `rows.places`, `a`/`b.outcomes`, `criterionCounts`, a change's `diff`, and a tally's `a`, `b`
 * and `downToNotGradedBy`, without saying so. Each excerpt is now the example's output, with `"…"` wherever it is
 * cut: every field an excerpt's object shows has the output's value, and an object that is not marked with `"…"`
 * has every field the output has. Checked in en and zh, against the commands the docs run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli } from '../cli/cli-harness';

const cli = useCli();
const CUT = '…';

/** The docs' ```json block that starts with `"<field>": {`, read as JSON (an excerpt is one field of the output). */
function excerpt(doc: string, field: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
  const blocks = [...text.matchAll(/^( *)```json\n([\s\S]*?)^\1```$/gm)].map((m) => m[2]!);
  const block = blocks.find((b) => b.trimStart().startsWith(`"${field}": {`));
  if (!block) throw new Error(`${doc}: no JSON excerpt of "${field}"`);
  return JSON.parse(`{${block}}`)[field];
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// The field that names an entry of a list, so an excerpt may skip entries (`{ "key": "HRB400", "…": "…" }`).
const NAMES = ['key', 'group', 'id'];

/** Where the excerpt differs from the output, as paths: a value that differs, or a field left out unmarked. */
function differences(shown: Json, actual: Json, path: string): string[] {
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
  return Object.is(shown, actual)
    ? []
    : [`${path}: ${JSON.stringify(shown)} shown, ${JSON.stringify(actual)} given`];
}

describe.concurrent("the docs' JSON excerpts say where they are cut", () => {
  const groupsRun = cli.run([
    'compare',
    '-f',
    'json',
    '--group-by',
    'lot',
    'building-materials/cement-lot-grade',
    'examples/cement-lot-grade-draft.yaml',
    'examples/cement-lot-samples.csv',
  ]);
  const tallyRun = cli.run([
    'compare',
    '-f',
    'json',
    '--tally-by',
    'designation',
    'steel/hot-rolled-ribbed-bar',
    'examples/hot-rolled-ribbed-bar-2024-draft.yaml',
    'examples/steel-rebar.json',
  ]);

  it.each(['cli.md', 'cli.zh-CN.md'])('%s: compare --group-by, "groups"', async (doc) => {
    const output = JSON.parse((await groupsRun).stdout);
    expect(differences(excerpt(doc, 'groups'), output.groups, 'groups')).toEqual([]);
  });

  it.each(['cli.md', 'cli.zh-CN.md'])('%s: compare --tally-by, "tally"', async (doc) => {
    const output = JSON.parse((await tallyRun).stdout);
    expect(differences(excerpt(doc, 'tally'), output.tally, 'tally')).toEqual([]);
  });

  it('the check finds a field left out unmarked, a cut list and a wrong value', () => {
    expect(differences({ a: 1 }, { a: 1, b: 2 }, 'x')).toEqual(['x.b: left out, not marked "…"']);
    expect(differences({ a: 1, [CUT]: CUT }, { a: 1, b: 2 }, 'x')).toEqual([]);
    expect(differences([{ key: 'p' }], [{ key: 'p' }, { key: 'q' }], 'x')).toEqual([
      'x: 1 entries shown of 2, not marked "…"',
    ]);
    expect(differences({ a: 1 }, { a: 2 }, 'x')).toEqual(['x.a: 1 shown, 2 given']);
  });
});
