/// <reference lib="dom" />
// A scored record's explanation in the studio carries what `qgrade explain` prints for it (newcomer-35 M1): the
// total, each dimension's `× 20/100 → …` line, the `← 短板` marker on the one that holds the grade down with its
// items, and under each of the next grade's blockers what the score lacks and what would lift it (差 … 分；例如 …).
// The expected lines are the CLI's own, run in this process on the bundled rule set and its example.
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { expect, test } from '@playwright/test';
import { Command } from 'commander';
import { registerExplain } from '../../src/cli/commands/explain';
import { cliContext } from '../../src/cli/context';
import { openRuleFile, studioLines, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'enterprise/quality-management-capability.yaml';
const SAMPLE = 'examples/enterprises.json';

const fx = useStudio();

/**
 * `qgrade --lang <lang> explain -r <rule> examples/enterprises.json --row <row>`: the explain command run in this
 * process, registered on a program of its own (the whole CLI's program reads package.json, which Playwright's
 * loader does not import).
 */
async function explainText(row: number, lang: 'zh' | 'en'): Promise<string> {
  const chunks: Buffer[] = [];
  const stdout = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const stderr = new Writable({ write: (_c, _e, done) => done() });
  const io = { stdin: Readable.from([]), stdout, stderr, env: { NO_COLOR: '1' }, cwd: ROOT };
  let code = -1;
  const program = new Command().exitOverride();
  registerExplain(
    program,
    () => cliContext(io, { lang }),
    (action) =>
      async (...args) => {
        code = await action(...args);
      },
  );
  const args = ['explain', '-r', join(ROOT, 'rules', RULE), join(ROOT, SAMPLE), '--row', String(row)];
  await program.parseAsync(['node', 'qgrade', ...args]);
  // 0 for a valid record, 1 for an invalid one (the explanation says why).
  expect([0, 1]).toContain(code);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The explanation's lines as `qgrade explain` prints them, trimmed: from the grade line on (the rule set's title,
 * provenance and the record's line come before it), the hint naming `--all`, an option the studio has not, cut.
 */
async function explainLines(row: number, lang: 'zh' | 'en'): Promise<string[]> {
  const lines = (await explainText(row, lang)).trimEnd().split('\n');
  const first = lines.findIndex((l) => /^(等级|不分级|Grade|Not graded)/.test(l));
  expect(first).toBeGreaterThan(0);
  return lines.slice(first).map((l) => l.trim().replace(/（--all 列出）$| \(--all lists them\)$/, ''));
}

const WORDS = {
  zh: { total: '总分：', holds: '  ← 短板', short: /，差 [\d.]+ 分达到 ≥ [\d.]+（[^）]+）；例如 / },
  en: {
    total: 'Total score: ',
    holds: '  ← holds the grade down',
    short: /, [\d.]+ points short of ≥ [\d.]+ \([^)]+\); e\.g\. /,
  },
} as const;

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: each record of the bundled enterprise example is explained as qgrade explain explains it`, async ({
    page,
  }) => {
    const problems = await openRuleFile(page, fx, RULE, lang);
    await page.locator(`button.file[data-group=bundled][data-path="${SAMPLE}"]`).click();
    await expect(page.locator('#record-count')).toHaveText(/^8 /);
    const words = WORDS[lang];
    // 北方电器制造厂 (row 2): held at the inspection level by its digitalisation score, 63.33 of the 65 it needs.
    const cli = await explainLines(2, lang);
    const total = cli.find((l) => l.startsWith(words.total));
    const limiting = cli.find((l) => l.endsWith(words.holds.trim()));
    const shortfall = cli.find((l) => words.short.test(l));
    expect(total).toMatch(/^\D+\d+(\.\d+)?$/);
    expect(limiting).toMatch(/ × \d+\/\d+ → [\d.]+ {2}← /);
    expect(shortfall).toBeDefined();
    const studio = await studioLines(page, 2);
    expect(studio).toContain(total);
    // A dimension's share of the total, and the one that holds the grade down marked.
    expect(studio).toContain(cli.find((l) => / × \d+\/\d+ → /.test(l) && !l.includes('←')));
    expect(studio).toContain(limiting);
    await expect(
      page.locator('#results-table tr.record[data-row="2"] + tr.detail p.score.limiting'),
    ).toHaveText(limiting!);
    // The gap and the raise that closes it, with the same figures, under the blocker it closes.
    expect(studio).toContain(shortfall);
    expect(studio[studio.indexOf(shortfall!) - 1]).toMatch(/^→ /);
    expect(studio).toEqual(cli);
    // Every record, line for line: one at the top grade, several scores short together, one with no single raise,
    // one capped by a veto, an invalid one.
    for (const row of [1, 3, 4, 5, 6, 7, 8])
      expect(await studioLines(page, row)).toEqual(await explainLines(row, lang));
    expect(problems).toEqual([]);
  });
}
