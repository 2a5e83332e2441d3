/**
 * `qgrade diff`: a change of comparison method or rounding interval on a `≥`/`≤`
 * limit that lies on the rounding grid is looser (full → rounded, a coarser
 * interval) or stricter (a finer one), as rounding is monotone (committee-24
 * F4); where the limit changed too, or is not on the grid, it stays `changed`.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/cement-quality-grade';

type Entry = { key: string; direction: string };
async function directions(a: string, b: string): Promise<Map<string, string>> {
  const run = await cli.run(['diff', '-f', 'json', a, b]);
  const entries = JSON.parse(run.stdout).entries as Entry[];
  return new Map(entries.map((e) => [e.key, e.direction]));
}

describe.concurrent('qgrade diff: comparison method direction', () => {
  it('full → rounded on a grid limit is looser, back is stricter; a moved limit stays changed', async () => {
    const dir = temp();
    const rounded = editedRules(
      dir,
      CEMENT,
      [
        ['comparison: full', 'comparison: rounded'],
        ['require: "≥ 46.0 MPa", grade: first-class', 'require: "≥ 47.0 MPa", grade: first-class'],
      ],
      'rounded',
    );
    const forward = await directions(CEMENT, rounded);
    expect(forward.get('criterion:gb175-chloride:comparison')).toBe('looser');
    expect(forward.get('criterion:gb175-magnesia:comparison')).toBe('looser');
    expect(forward.get('criterion:compressive-28d-first-class:comparison')).toBe('changed');
    const back = await directions(rounded, CEMENT);
    expect(back.get('criterion:gb175-chloride:comparison')).toBe('stricter');
  });
});
