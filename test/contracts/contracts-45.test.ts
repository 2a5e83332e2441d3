/**
 * contracts-45 item 3: docs/cli.md's JSON excerpts of `compare --group-by` (`groups`) and `compare --tally-by`
 * (`tally`) left out `rows.places`, `a`/`b.outcomes`, `criterionCounts`, a change's `diff`, and a tally's `a`, `b`
 * and `downToNotGradedBy`, without saying so. Each excerpt is now the example's output, with `"…"` wherever it is
 * cut: every field an excerpt's object shows has the output's value, and an object that is not marked with `"…"`
 * has every field the output has. Checked in en and zh, against the commands the docs run.
 */
import { describe, expect, it } from 'vitest';
import { useCli } from '../cli/cli-harness';
import { CUT, differences, excerpt } from './doc-excerpts';

const cli = useCli();

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
