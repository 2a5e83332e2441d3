/**
 * committee-34 M8: a draft made with `init --from` whose limits changed still carries its source's provenance
 * ("Commonly quoted GB 175-2007 figures …"). The copy is not rewritten; `diff` and `compare` warn on stderr, in zh
 * and en, when limits changed and the provenance and references did not, and say what to update.
 * committee-39 M1: the documents a committee circulates say it too — the compare HTML report (under B's heading)
 * and workbook (a rule-set note under the matrix), the diff's Markdown and HTML.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
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

  const EN = `note: B (${DRAFT}) has limits that differ from A's, but its provenance (level and note) and references are A's word for word`;
  const ZH = `注意：B（${DRAFT}）的限值与 A 不同，但出处说明（provenance 的 level 和 note）和引用标准（references）与 A 完全相同`;

  /** Every cell of every sheet of a workbook, as text. */
  const cells = async (file: string) =>
    (await readBack(readFileSync(file))).flatMap((sheet) => sheet.rows.flat().map((c) => String(c ?? '')));

  it('compare -f html and -f xlsx carry it, in en and zh (committee-39 M1)', async () => {
    const b = await draft([RAISED]);
    const dir = temp();
    for (const [lang, text] of [
      ['en', EN],
      ['zh', ZH],
    ] as const) {
      const html = join(dir, `c-${lang}.html`);
      const run = await cli.run(['--lang', lang, 'compare', '-f', 'html', '-o', html, SOURCE, b, CEMENT]);
      expect(run.code, run.stderr).toBeLessThan(2);
      const page = readFileSync(html, 'utf8');
      const notice = /<p class="warn" data-notice="provenance-unchanged">([^<]*)<\/p>/.exec(page);
      expect(notice?.[1]?.replace(/&#39;|&apos;/g, "'")).toContain(text);
      // Under B's heading, before the figures it warns about.
      expect(page.indexOf('data-notice="provenance-unchanged"')).toBeLessThan(page.indexOf('data-summary='));
      const xlsx = join(dir, `c-${lang}.xlsx`);
      expect(
        (await cli.run(['--lang', lang, 'compare', '-f', 'xlsx', '-o', xlsx, SOURCE, b, CEMENT])).code,
      ).toBeLessThan(2);
      const matrix = (await readBack(readFileSync(xlsx)))[0]!;
      const row = matrix.rows.find((r) => String(r[1] ?? '').includes(text));
      expect(row?.[0]).toBe(lang === 'en' ? 'Rule set note' : '规则集说明');
    }
  });

  it('diff -f markdown and -f html carry it, in en and zh; text on stdout as before (committee-39 M1)', async () => {
    const b = await draft([RAISED]);
    for (const [lang, text] of [
      ['en', EN],
      ['zh', ZH],
    ] as const) {
      const md = await cli.run(['--lang', lang, 'diff', '-f', 'markdown', SOURCE, b]);
      expect(md.code).toBe(0);
      // A quote under the two rule sets, before the first section.
      const quote = md.stdout.split('\n').find((l) => l.startsWith('> '));
      expect(quote).toContain(text);
      expect(md.stdout.indexOf(quote!)).toBeLessThan(md.stdout.indexOf('\n## '));
      const html = await cli.run(['--lang', lang, 'diff', '-f', 'html', SOURCE, b]);
      const notice = /<p class="warn" data-notice>([^<]*)<\/p>/.exec(html.stdout);
      expect(notice?.[1]?.replace(/&#39;|&apos;/g, "'")).toContain(text);
      expect((await cli.run(['--lang', lang, 'diff', SOURCE, b])).stdout).not.toContain(text);
    }
  });

  it('no notice in any document once B says where its figures are from', async () => {
    const level = /^ {2}level: (\S+)$/m.exec(
      readFileSync(join(ROOT, 'rules', `${SOURCE}.yaml`), 'utf8'),
    )![1]!;
    const b = await draft([RAISED, [`  level: ${level}`, '  level: illustrative']]);
    const dir = temp();
    const html = join(dir, 'u.html');
    await cli.run(['compare', '-f', 'html', '-o', html, SOURCE, b, CEMENT]);
    const page = readFileSync(html, 'utf8');
    // The page did render (B's illustrative notice), without the provenance one.
    expect(page).toContain('illustrative');
    expect(page).not.toContain('provenance-unchanged');
    expect(page).not.toContain('word for word');
    const xlsx = join(dir, 'u.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', xlsx, SOURCE, b, CEMENT]);
    expect((await cells(xlsx)).some((c) => c.includes('word for word'))).toBe(false);
    expect((await cells(xlsx)).some((c) => c.includes('illustrative'))).toBe(true);
    for (const format of ['markdown', 'html']) {
      const run = await cli.run(['diff', '-f', format, SOURCE, b]);
      expect(run.stdout).toContain('illustrative');
      expect(run.stdout).not.toContain('word for word');
    }
  });
});
