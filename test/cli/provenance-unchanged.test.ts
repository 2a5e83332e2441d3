/**
 * committee-34 M8: a draft made with `init --from` whose limits changed still carries its source's provenance
 * ("Commonly quoted GB 175-2007 figures …"). The copy is not rewritten; `diff` and `compare` warn on stderr, in zh
 * and en, when limits changed and the provenance and references did not, and say what to update.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const SOURCE = 'building-materials/common-portland-cement';
const DRAFT = 'building-materials/common-portland-cement-draft';
const CEMENT = join(ROOT, 'examples', 'cement.json');

/** `init --from` the bundled GB 175 rule set, then each edit applied to the copy; the copy's path. */
async function draft(edits: readonly (readonly [string, string])[]): Promise<string> {
  const dir = mkdtempSync(join(temp(), 'prov-'));
  const run = await cli.run(['init', DRAFT, '--from', SOURCE, '--dir', dir]);
  expect(run.code, run.stderr).toBe(0);
  const file = join(dir, 'rules', 'building-materials', 'common-portland-cement-draft.yaml');
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  return file;
}

// The 3-day compressive strength of P·O 42.5 raised by 1 MPa, as the committee's draft did.
const RAISED = ['- ["42.5", 17.0, 42.5, 3.5, 6.5]', '- ["42.5", 18.0, 42.5, 3.5, 6.5]'] as const;

describe.concurrent('a draft whose limits changed under its source provenance', () => {
  it('diff warns on stderr, in en and zh, naming what to update; stdout is the diff as before', async () => {
    const b = await draft([RAISED]);
    const en = await cli.run(['diff', SOURCE, b]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      `note: B (${DRAFT}) has limits that differ from A's, but its provenance (level and note) and references are A's word for word: if B is a draft made from A, update its provenance (level, note, and the references' edition)`,
    );
    expect(en.stdout).not.toContain('provenance (level and note)');
    const zh = await cli.run(['--lang', 'zh', 'diff', SOURCE, b]);
    expect(zh.stderr).toContain(
      `注意：B（${DRAFT}）的限值与 A 不同，但出处说明（provenance 的 level 和 note）`,
    );
  });

  it('compare warns as diff does', async () => {
    const b = await draft([RAISED]);
    const run = await cli.run(['compare', SOURCE, b, CEMENT]);
    expect(run.stderr).toContain(`note: B (${DRAFT}) has limits that differ from A's`);
  });

  it('no warning for a fresh copy, nor once the provenance is updated', async () => {
    const fresh = await cli.run(['diff', SOURCE, await draft([])]);
    expect(fresh.stderr).toBe('');
    const level = /^ {2}level: (\S+)$/m.exec(
      readFileSync(join(ROOT, 'rules', `${SOURCE}.yaml`), 'utf8'),
    )![1]!;
    const updated = await draft([RAISED, [`  level: ${level}`, '  level: illustrative']]);
    expect((await cli.run(['diff', SOURCE, updated])).stderr).toBe('');
  });
});
