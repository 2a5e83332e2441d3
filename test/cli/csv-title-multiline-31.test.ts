/**
 * Hostile-31 C1: a title line above a CSV/TSV header broke every quoted cell
 * that spans lines (`"第一行⏎第二行"`): the splitter took the title's one cell
 * for the rows' width, so the record was cut into an unclosed-quote line and
 * a 1-cell line. Each file now gives what it gives without its title line:
 * the same rows and grades, messages naming the file's own lines (one more).
 * Fixtures: the tester's files, unchanged (test/fixtures/hostile-31/line1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const DIR = join(__dirname, '../fixtures/hostile-31/line1');

interface Row {
  row: number;
  grade: string | null;
  errors?: { message: { en: string } }[];
}

const rows = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);

/** Rows, grades and messages, the line numbers in messages lowered by `shift`. */
const shape = (stdout: string, shift: number) =>
  rows(stdout).map((r) => [
    r.row,
    r.grade,
    (r.errors ?? []).map((e) => e.message.en.replace(/line (\d+)/g, (_, n) => `line ${Number(n) - shift}`)),
  ]);

/** The fixture without its first line (the title), written to the temp folder; bytes cut at the LF (GBK too). */
function untitled(name: string): string {
  const bytes = readFileSync(join(DIR, name));
  const path = join(temp(), `untitled-${name}`);
  writeFileSync(path, bytes.subarray(bytes.indexOf(10) + 1));
  return path;
}

const grade = (file: string, ...more: string[]) =>
  cli.run(['grade', '-r', AC, '-f', 'ndjson', '--no-summary', ...more, file]);

describe.concurrent('a title line above a header with quoted cells over lines (hostile-31 C1)', () => {
  for (const name of ['f.csv', 'e.csv', 'i.csv', 'f.tsv'])
    it(`${name}: the rows and grades of the file without its title, lines named as in the file`, async () => {
      const titled = await grade(join(DIR, name));
      const plain = await grade(untitled(name));
      expect(titled.code).toBe(plain.code);
      expect(shape(titled.stdout, 1)).toEqual(shape(plain.stdout, 0));
      expect(titled.stdout).not.toContain('never closed');
      // A1 is one record over lines 3–4 (Grade 2: 4.62 < 5.00); the bad APF is on the file's own line.
      const got = rows(titled.stdout);
      expect(got[0]!.grade).toBe('2');
      expect(got.at(-1)!.errors?.[0]?.message.en).toContain(`(line ${name === 'i.csv' ? 7 : 5}, column 4)`);
    });

  it('f.csv with --workers 2, on stdin (-i csv -) and GBK: the same rows as read from the file', async () => {
    const alone = shape((await grade(join(DIR, 'f.csv'))).stdout, 0);
    expect(alone).toHaveLength(2);
    expect(shape((await grade(join(DIR, 'f.csv'), '--workers', '2')).stdout, 0)).toEqual(alone);
    const piped = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--no-summary', '-i', 'csv', '-'], {
      input: readFileSync(join(DIR, 'f.csv'), 'utf8'),
    });
    expect(shape(piped.stdout, 0)).toEqual(alone);
    const gbk = await grade(join(DIR, 'title-multiline.gbk.csv'), '--encoding', 'gbk');
    const gbkPlain = await grade(untitled('title-multiline.gbk.csv'), '--encoding', 'gbk');
    expect(gbk.stdout).not.toContain('never closed');
    expect(shape(gbk.stdout, 1)).toEqual(shape(gbkPlain.stdout, 0));
  });

  it('explain --row 1 explains A1 (line 3), not an unreadable line', async () => {
    const run = await cli.run(['explain', '-r', AC, '--row', '1', join(DIR, 'f.csv')]);
    expect(run.stdout).toMatch(/record 1 of \S*f\.csv, line 3\)/);
    expect(run.stdout).toContain('Grade: 2');
    expect(run.stdout).not.toContain('cannot be read');
  });

  it('a single-line quoted cell under a title reads as before (j.csv)', async () => {
    const run = await grade(join(DIR, 'j.csv'));
    expect(shape(run.stdout, 1)).toEqual(shape((await grade(untitled('j.csv'))).stdout, 0));
  });

  it('without a title a stray quote over lines is still one bad line, and reading resumes after it', async () => {
    const path = join(temp(), 'stray.csv');
    writeFileSync(
      path,
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注\nA1,heat-pump,3500,4.62,"oops\nA2,heat-pump,3500,4.62,ok\n',
    );
    const got = rows((await grade(path)).stdout);
    expect(got.map((r) => r.grade)).toEqual([null, '2']);
    expect(got[0]!.errors?.[0]?.message.en).toContain('line 2 cannot be read');
  });
});
