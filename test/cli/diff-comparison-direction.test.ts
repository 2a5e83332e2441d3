/**
 * `qgrade diff`: a change of comparison method or rounding interval on a `≥`/`≤`
 * limit that lies on the rounding grid is looser (full → rounded, a coarser
 * interval) or stricter (a finer one), as rounding is monotone (committee-24
 * F4); where the limit changed too, or is not on the grid, it stays `changed`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/cement-quality-grade';

function edited(dir: string, name: string, edits: [string, string][]): string {
  let text = readFileSync(join(ROOT, 'rules', `${CEMENT}.yaml`), 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

type Entry = { key: string; direction: string };
async function directions(a: string, b: string): Promise<Map<string, string>> {
  const run = await cli.run(['diff', '-f', 'json', a, b]);
  const entries = JSON.parse(run.stdout).entries as Entry[];
  return new Map(entries.map((e) => [e.key, e.direction]));
}

describe.concurrent('qgrade diff: comparison method direction', () => {
  it('full → rounded on a grid limit is looser, back is stricter; a moved limit stays changed', async () => {
    const dir = temp();
    const rounded = edited(dir, 'rounded', [
      ['comparison: full', 'comparison: rounded'],
      ['require: "≥ 46.0 MPa", grade: first-class', 'require: "≥ 47.0 MPa", grade: first-class'],
    ]);
    const forward = await directions(CEMENT, rounded);
    expect(forward.get('criterion:gb175-chloride:comparison')).toBe('looser');
    expect(forward.get('criterion:gb175-magnesia:comparison')).toBe('looser');
    expect(forward.get('criterion:compressive-28d-first-class:comparison')).toBe('changed');
    const back = await directions(rounded, CEMENT);
    expect(back.get('criterion:gb175-chloride:comparison')).toBe('stricter');
  });
});
