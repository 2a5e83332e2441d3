/// <reference lib="dom" />
// committee-39 W1: the Compare tab's A follows the rule file opened. Two drafts made by `qgrade init --from`, one
// copied from GB/T 1499.2-2018 (steel/hot-rolled-ribbed-bar 2.0.4), one from the bundled 2024 example
// (3.0.0-draft.2024-partial), opened one after the other in one page: each starts at its own source, in either
// order, and the comparison's figures are those of that source. An A picked by hand stays with its file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { draftScaffold } from '../../src/cli/scaffold/draft-scaffold';
import { openRuleFile, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCHEMAS = {
  ruleSet: '../../schemas/ruleset.schema.json',
  testSuite: '../../schemas/test-suite.schema.json',
};
const FROM_2018 = 'steel/rebar-2018-copy.yaml';
const FROM_2024 = 'steel/rebar-2024-copy.yaml';
const SAMPLE = 'rebar-mass.ndjson';

const fx = useStudio();

/**
 * Two HRB400 bars of 12 mm, as examples/steel-rebar.json's second record but for their mass deviation: −5.8 %
 * is within GB/T 1499.2-2018's ±6.0 % (6–12 mm) and outside GB 1499.2-2024's ±5.5 % (secondary source, see the
 * example's header); −4.6 % is within both. Under 2018 both conform; under the 2024 example one does not.
 */
const RECORDS = [-5.8, -4.6].map((massDeviation, i) => ({
  batch: `M${i + 1}`,
  designation: 'HRB400',
  diameter: 12,
  yieldStrength: 438,
  tensileStrength: 585,
  elongation: 21.5,
  maxForceElongation: 10.4,
  carbon: 0.21,
  silicon: 0.42,
  manganese: 1.31,
  phosphorus: 0.031,
  sulfur: 0.022,
  massDeviation,
  bendTest: true,
}));

test.beforeAll(async () => {
  // What `qgrade init steel/rebar-… --from …` writes: an id of its own; the note above `id:` names the source.
  const from2018 = await draftScaffold('steel/hot-rolled-ribbed-bar', 'steel/rebar-2018-copy', SCHEMAS, 'en');
  const from2024 = await draftScaffold(
    join(ROOT, 'examples/hot-rolled-ribbed-bar-2024-draft.yaml'),
    'steel/rebar-2024-copy',
    SCHEMAS,
    'en',
  );
  expect(from2018.source).toEqual({ id: 'steel/hot-rolled-ribbed-bar', version: '2.0.4' });
  expect(from2024.source).toEqual({ id: 'steel/hot-rolled-ribbed-bar', version: '3.0.0-draft.2024-partial' });
  writeFileSync(join(fx.dir, FROM_2018), from2018.ruleSet);
  writeFileSync(join(fx.dir, FROM_2024), from2024.ruleSet);
  writeFileSync(join(fx.dir, SAMPLE), `${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
});

/** What each draft's A is, and how A grades the two bars (B, an unchanged copy, grades them as its source). */
const EXPECTED = {
  [FROM_2018]: { a: 'steel/hot-rolled-ribbed-bar.yaml', underA: 'Under A: 2 conforming, 0 nonconforming' },
  [FROM_2024]: {
    a: 'bundled: examples/hot-rolled-ribbed-bar-2024-draft.yaml',
    underA: 'Under A: 1 conforming, 1 nonconforming',
  },
};

/** Opens a draft from the file list (the Compare tab open) and waits until its A is chosen. */
async function openDraft(page: Page, path: string): Promise<void> {
  await page.locator(`button.file[data-group=folder][data-path="${path}"]`).click();
  await expect(page.locator('#file-name')).toHaveText(path);
  await expect(page.locator('#compare-with[data-editions-read=true]')).toBeAttached();
}

/** Checks the draft's A and the comparison's figures: the unchanged copy moves no bar against its own source. */
async function expectOwnA(page: Page, path: typeof FROM_2018 | typeof FROM_2024): Promise<void> {
  await expect(page.locator('#compare-with option:checked')).toHaveText(EXPECTED[path].a);
  await expect(page.locator('#compare-summary')).toContainText(EXPECTED[path].underA);
  await expect(page.locator('#compare-summary')).toContainText('2 unchanged, none changed grade');
}

async function startWith(page: Page, first: string): Promise<string[]> {
  const problems = await openRuleFile(page, fx, first, 'en');
  await page.locator(`button.file[data-path="${SAMPLE}"]`).click();
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.locator('#compare-with[data-editions-read=true]')).toBeAttached();
  return problems;
}

for (const [first, second] of [
  [FROM_2018, FROM_2024],
  [FROM_2024, FROM_2018],
] as const) {
  test(`${first} then ${second}: each draft starts at the rule set it was copied from`, async ({ page }) => {
    const problems = await startWith(page, first);
    await expectOwnA(page, first);
    await openDraft(page, second);
    await expectOwnA(page, second);
    // And back: the first draft's A again, not the second's.
    await openDraft(page, first);
    await expectOwnA(page, first);
    expect(problems).toEqual([]);
  });
}

test('an A picked by hand stays with its file; the other file still gets its own', async ({ page }) => {
  const problems = await startWith(page, FROM_2018);
  // The author compares the 2018 copy with the 2024 example on purpose: the −5.8 % bar moves up.
  await page.selectOption('#compare-with', { label: EXPECTED[FROM_2024].a });
  await expect(page.locator('#compare-summary')).toContainText(EXPECTED[FROM_2024].underA);
  await expect(page.locator('#compare-summary')).toContainText('1 changed grade (1 up, 0 down)');
  await openDraft(page, FROM_2024);
  await expectOwnA(page, FROM_2024);
  await openDraft(page, FROM_2018);
  await expect(page.locator('#compare-with option:checked')).toHaveText(EXPECTED[FROM_2024].a);
  await expect(page.locator('#compare-summary')).toContainText('1 changed grade (1 up, 0 down)');
  expect(problems).toEqual([]);
});
