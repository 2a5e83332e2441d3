/**
 * A bundled rule file with some of its text replaced, written as a second edition (B) for `diff` and `compare`
 * tests. Each replaced text must be there, so a test cannot silently compare a rule set with itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli-harness';

/**
 * Writes rules/`id`.yaml with each `[from, to]` of `edits` replaced (the first of each) to
 * `dir/<id's file name>-<name>.yaml`, and returns that path; `name` (default `b`) keeps tests that run at once in one folder apart.
 *
 * @example
 * const b = editedRules(temp(), 'home-appliances/room-air-conditioner-energy', [['≤ 4500', '≤ 5000']], 'draft');
 * await cli.run(['diff', 'home-appliances/room-air-conditioner-energy', b]);
 */
export function editedRules(
  dir: string,
  id: string,
  edits: readonly (readonly [string, string])[],
  name = 'b',
): string {
  return editedCopy(
    dir,
    readFileSync(join(ROOT, 'rules', `${id}.yaml`), 'utf8'),
    `${id.split('/')[1]}-${name}`,
    edits,
  );
}

/**
 * Writes `text` with each `[from, to]` of `edits` replaced (the first of each; each must be there) to
 * `dir/<name>.yaml`, and returns that path: a rule file a test has, with one mistake written into it.
 *
 * @example
 * const file = editedCopy(temp(), RULES, 'm10', [['require: "≤ 0.80"', 'require: ">=0.80"']]);
 */
export function editedCopy(
  dir: string,
  text: string,
  name: string,
  edits: readonly (readonly [string, string])[],
): string {
  let edited = text;
  for (const [from, to] of edits) {
    expect(edited).toContain(from);
    edited = edited.replace(from, to);
  }
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, edited);
  return file;
}
