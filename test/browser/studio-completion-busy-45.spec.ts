/// <reference lib="dom" />
// studio-45 item 1: on a busy machine, a key typed at the end of a just-pasted file (or Ctrl+Space there)
// showed no completion list, however long one waited. CodeMirror parses an edit for 20 ms and the rest
// in idle time; completion asked before the syntax tree reached the cursor found no YAML node there and
// answered nothing, and CodeMirror does not ask again when the parse catches up. Chromium's CPU
// throttling stands in for the busy machine: 30× slower, a 15 KB paste is not parsed to its end before
// the keys that follow it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, pasteEditorText, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const original = readFileSync(join(ROOT, 'rules', RULE), 'utf8');
const beforeCriteria = original.slice(0, original.indexOf('\ncriteria:\n') + 1);

const fx = useStudio();

test.beforeEach(() => writeFileSync(join(fx.dir, RULE), original));

/** Runs `steps` with the page's CPU `rate` times slower, then at full speed again. */
async function slowed(page: Page, rate: number, steps: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await steps();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

const completion = (page: Page) => page.locator('.cm-tooltip-autocomplete');

test('a key typed at the end of a just-pasted file opens its list on a busy machine', async ({ page }) => {
  await openRuleFile(page, fx, RULE, 'zh');
  await slowed(page, 30, async () => {
    await pasteEditorText(page, beforeCriteria);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('crit');
    await expect(completion(page).locator('li', { hasText: /^criteria/ })).toBeVisible({ timeout: 20_000 });
  });
});

test('Ctrl+Space after a key pasted at the end of a file opens its list on a busy machine', async ({
  page,
}) => {
  await openRuleFile(page, fx, RULE, 'zh');
  await slowed(page, 30, async () => {
    // Pasted, not typed: only Ctrl+Space asks for the list.
    await pasteEditorText(page, `${beforeCriteria}crit`);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ControlOrMeta+Space');
    await expect(completion(page).locator('li', { hasText: /^criteria/ })).toBeVisible({ timeout: 20_000 });
  });
});
