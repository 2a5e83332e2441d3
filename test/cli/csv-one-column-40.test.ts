/**
 * Hostile-40 C2, through the CLI in-process: a one-column CSV whose header (`x`) was taken for a title, so a ragged
 * line under it (`1,5`) set the rows' width to 2 and a valid quoted cell over two lines (`"5⏎"`) became two "never
 * closed" error rows. Fixtures: the tester's files, unchanged (test/fixtures/hostile-40).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const DIR = join(__dirname, '../fixtures/hostile-40');

interface Row {
  grade: string | null;
  criteria: { value: unknown }[];
  errors?: { message: { en: string } }[];
}

const rows = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);

describe.concurrent('a one-column CSV with a ragged line above a quoted cell over lines (hostile-40 C2)', () => {
  it('gives 3 rows: the ragged line an error, the quoted "5⏎" graded 5, then 3', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      join(DIR, 'nn.yaml'),
      '-f',
      'ndjson',
      '--no-summary',
      join(DIR, 'C-onecol-multiline.csv'),
    ]);
    expect(run.code).toBe(1);
    const got = rows(run.stdout);
    expect(got.map((r) => r.grade)).toEqual([null, 'ok', 'ok']);
    expect(got[0]!.errors![0]!.message.en).toBe('line 2 has 2 cells; the header has 1');
    expect(got[1]!.criteria[0]!.value).toBe(5);
    expect(got[2]!.criteria[0]!.value).toBe(3);
    expect(run.stdout).not.toContain('never closed');
  });

  it('a stray quote in a one-column file is still the problem of its own line', async () => {
    const file = join(temp(), 'stray.csv');
    writeFileSync(file, 'x\n"5\n3\n4\n');
    const run = await cli.run(['grade', '-r', join(DIR, 'nn.yaml'), '-f', 'ndjson', '--no-summary', file]);
    const got = rows(run.stdout);
    expect(got.map((r) => r.grade)).toEqual([null, 'ok', 'ok']);
    expect(got[0]!.errors![0]!.message.en).toContain('line 2');
    expect(got[0]!.errors![0]!.message.en).toContain('never closed');
  });
});
