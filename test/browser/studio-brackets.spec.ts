/// <reference lib="dom" />
// A bracket typed over a selection replaces it, as in any text box (studio-29 F2): CodeMirror wrapped it, and
// `(4600` typed over `(4500` in the band "(4500, 7100]" gave "(4600), 7100]".
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, pasteEditorText, useStudio } from './studio-fixture';

const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const fx = useStudio();

/** Selects `text` in the first editor line holding `line`, as a drag of the mouse over it would. */
async function selectIn(page: Page, line: string, text: string): Promise<void> {
  await page.locator('.cm-content').evaluate(
    (content, [line, text]) => {
      const row = [...content.querySelectorAll('.cm-line')].find((l) => l.textContent?.includes(line!))!;
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join('');
      const start = all.indexOf(text!);
      const at = (offset: number): [Text, number] => {
        let left = offset;
        for (const n of nodes) {
          if (left <= n.data.length) return [n, left];
          left -= n.data.length;
        }
        throw new Error('not found');
      };
      const [a, i] = at(start);
      const [b, j] = at(start + text!.length);
      (content as HTMLElement).focus();
      document.getSelection()!.setBaseAndExtent(a, i, b, j);
    },
    [line, text],
  );
  // CodeMirror reads the DOM selection on selectionchange.
  await page.waitForTimeout(100);
}

/** The text of the first editor line holding `part`. */
function lineWith(page: Page, part: string) {
  return page.locator('.cm-line', { hasText: part }).first();
}

test('(4600 typed over (4500 in a band gives "(4600, 7100]"; [ over a selection replaces it too; quotes still wrap', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  // A table's row as the rule file writes it, in a text short enough to be drawn whole.
  await pasteEditorText(
    page,
    'tables:\n  apfLimits:\n    rows:\n      - ["(4500, 7100]", 4.50, 4.00, 3.50, 3.30, 3.20]\n',
  );
  await expect(lineWith(page, '4.50, 4.00')).toBeVisible();
  await selectIn(page, '- ["(4500, 7100]", 4.50', '(4500');
  await page.keyboard.type('(4600');
  await expect(lineWith(page, '4.50, 4.00')).toHaveText(
    '      - ["(4600, 7100]", 4.50, 4.00, 3.50, 3.30, 3.20]',
  );
  await selectIn(page, '- ["(4600, 7100]", 4.50', '(4600');
  await page.keyboard.type('[4500');
  await expect(lineWith(page, '4.50, 4.00')).toHaveText(
    '      - ["[4500, 7100]", 4.50, 4.00, 3.50, 3.30, 3.20]',
  );
  // A quote typed over a selection still wraps it: quoting a value is what an author means by it.
  await selectIn(page, '- ["[4500, 7100]", 4.50', '3.20');
  await page.keyboard.type('"');
  await expect(lineWith(page, '4.50, 4.00')).toHaveText(
    '      - ["[4500, 7100]", 4.50, 4.00, 3.50, 3.30, "3.20"]',
  );
  expect(problems).toEqual([]);
});
