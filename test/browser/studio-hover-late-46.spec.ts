/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openRuleFile, pasteEditorText, useStudio } from './studio-fixture';

// Hover help at the end of a long file the moment it is pasted (studio-45's left item): the 18 KB air-conditioner
// rule file, pasted over another, is parsed by CodeMirror only as far as its first viewport until the editor is
// idle, and the pointer on `criteria:` near its end found no key there and showed nothing. The hover now parses
// up to the pointer's line first. Not a timing test: the page's requestIdleCallback never calls back, so
// CodeMirror's idle-time parse never runs, as on a machine that is never idle; the help then either comes or
// never does (there is no second hover), and expect polls for it. The hover's own parse runs in setTimeout slices.
const AC = 'home-appliances/room-air-conditioner-energy.yaml';
const OTHER = 'steel/low-alloy-structural-steel.yaml';
const text = readFileSync(join(new URL('../../', import.meta.url).pathname, 'rules', AC), 'utf8');

const fx = useStudio();

for (const [lang, title, description] of [
  ['en', 'Criteria', 'Requirements per grade.'],
  ['zh', '要求', '各等级的要求。'],
] as const) {
  test(`pasting the 18 KB air-conditioner file and hovering criteria: near its end at once shows its help (${lang})`, async ({
    page,
  }) => {
    expect(text.length).toBeGreaterThan(15_000);
    // Near the end: past CodeMirror's first parse (3,000 characters) by far.
    expect(text.indexOf('\ncriteria:')).toBeGreaterThan(text.length - 1_000);
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const problems = await openRuleFile(page, fx, OTHER, lang);
    // Into an emptied editor, as into a new file: a paste over a file parsed to its end is parsed (20 ms' worth)
    // to the pasted text's end, which a fast machine finishes and a busy one does not.
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await expect(page.locator('.cm-content')).toHaveText('');
    await pasteEditorText(page, text);
    // The paste leaves the cursor at the end, in view: `criteria:` is drawn, and hovered as soon as it is.
    // Over its first letters: without a tree there is no highlighting, so no span holds the word alone.
    await page.locator('.cm-line', { hasText: /^criteria:$/ }).hover({ position: { x: 14, y: 8 } });
    const tooltip = page.locator('.cm-tooltip-hover .schema-hover');
    await expect(tooltip.locator('strong')).toHaveText(title, { timeout: 20_000 });
    await expect(tooltip.locator('p')).toContainText(description);
    expect(problems).toEqual([]);
  });
}
