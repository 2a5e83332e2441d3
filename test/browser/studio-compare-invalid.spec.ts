/// <reference lib="dom" />
// The studio's compare matrix counts invalid records in a row and a column of their own (无效), as
// `qgrade compare` prints its matrix, not inside 不分级 (studio-27 M4).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { createCompareTally } from '../../src/compare/compare-tally';
import { createComparison, createGrader, type GradeResult, gradeFile, parseRuleSet } from '../../src/index';
import { formatComparison } from '../../src/report/format-comparison';
import { openRuleFile, pasteEditorText, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const DRAFT = 'examples/room-air-conditioner-energy-draft.yaml';
const SAMPLE = 'examples/room-air-conditioners.json';

const fx = useStudio();

/**
 * The text `qgrade compare <A> <B> <file> --lang <lang>` prints, made as the command makes it: both rule
 * sets grade the file's records, paired by position, and `formatComparison` writes the matrix, its note
 * and the moved records. (The CLI's own module cannot be loaded under Playwright: it imports package.json.)
 */
async function qgradeCompare(lang: 'zh' | 'en', aText: string, bText: string, file: string): Promise<string> {
  const [a, b] = [parseRuleSet(aText), parseRuleSet(bText)];
  const graded = async (rules: typeof a) => {
    const out: GradeResult[] = [];
    for await (const r of gradeFile(createGrader(rules), file, { keep: 'auto' })) out.push(r);
    return out;
  };
  const [underA, underB] = [await graded(a), await graded(b)];
  const comparison = createComparison(a, b);
  const tally = createCompareTally(a, b);
  underA.forEach((r, i) => {
    comparison.add(r, underB[i]!, r.row);
    tally.add(r, underB[i]!);
  });
  const side = (r: typeof a, f: string) => ({ id: r.id, version: r.version, file: f, grades: r.grades });
  return formatComparison(comparison.result(), side(a, 'A'), side(b, 'B'), lang, {
    counts: tally.counts(),
    causes: () => undefined,
  });
}

/** The matrix `qgrade compare` prints ("A ↓  B →  1级 …" and a line per row): row label → column label → count. */
function cliMatrix(text: string): Record<string, Record<string, number>> {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('A ↓'));
  // Columns are two spaces or more apart; a label may hold one (Grade 1, not graded).
  const columns = lines[start]!.replace(/^A ↓\s+B →\s+/, '').split(/\s{2,}/);
  const out: Record<string, Record<string, number>> = {};
  for (const line of lines.slice(start + 1)) {
    const [label, ...counts] = line.trim().split(/\s{2,}/);
    // The matrix ends at its last row of counts (a note or a blank line follows).
    if (counts.length !== columns.length || !counts.every((c) => /^\d+$/.test(c))) break;
    // The CLI's totals (合计 / Total row and column) are its own; the studio's matrix has none.
    if (TOTAL.has(label!)) continue;
    out[label!] = Object.fromEntries(
      columns.flatMap((c, i) => (TOTAL.has(c) ? [] : [[c, Number(counts[i])]])),
    );
  }
  return out;
}

const TOTAL = new Set(['合计', 'Total']);

/** The studio's matrix, read the same way: row header → column header → count. */
async function studioMatrix(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.locator('#compare-matrix').evaluate((table) => {
    const columns = [...table.querySelectorAll('tr:not([data-from]) th[data-to]')].map(
      (th) => th.textContent,
    );
    const out: Record<string, Record<string, number>> = {};
    for (const tr of table.querySelectorAll('tr[data-from]')) {
      const cells = [...tr.querySelectorAll('td')].map((td) => Number(td.textContent));
      out[tr.querySelector('th')!.textContent!] = Object.fromEntries(
        columns.map((c, i) => [c, cells[i] ?? NaN]),
      );
    }
    return out;
  });
}

test('zh: invalid records have their own 无效 row and column, with the counts qgrade compare prints', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  await page.locator(`button.file[data-group=bundled][data-path="${SAMPLE}"]`).click();
  await expect(page.locator('#record-count')).toHaveText(/^8 /);
  // The samples' tab counts one invalid record apart from the not graded.
  await expect(page.locator('#grade-counts tr[data-grade="invalid"] td.n')).toHaveText('1');
  await page.getByRole('tab', { name: '比较' }).click();
  const draft = page.locator('#compare-with option', { hasText: `内置：${DRAFT}` });
  await page.selectOption('#compare-with', (await draft.getAttribute('value'))!);
  await expect(page.locator('#compare-matrix')).toBeVisible();
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  const expected = cliMatrix(
    await qgradeCompare('zh', read(DRAFT), read(`rules/${RULE}`), join(ROOT, SAMPLE)),
  );
  // What `qgrade compare examples/room-air-conditioner-energy-draft.yaml home-appliances/room-air-conditioner-energy
  // examples/room-air-conditioners.json --lang zh` printed (studio-27 M4): 不分级 2 and 无效 1, apart.
  const zero = { '1级': 0, '2级': 0, '3级': 0, '4级': 0, '5级': 0, 不分级: 0, 无效: 0 };
  expect(expected).toEqual({
    '1级': { ...zero, '1级': 1 },
    '2级': { ...zero, '2级': 1 },
    '3级': { ...zero, '2级': 1, '3级': 1 },
    '4级': zero,
    '5级': { ...zero, '5级': 1 },
    不分级: { ...zero, 不分级: 2 },
    无效: { ...zero, 无效: 1 },
  });
  expect(await studioMatrix(page)).toEqual(expected);
  await expect(page.locator('#compare-matrix th[data-to="(invalid)"]')).toHaveText('无效');
  // Invalid under both: no note that some are invalid under one side only.
  await expect(page.locator('#matrix-invalid-note')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('en: a record invalid under B only is in B’s invalid column, with the note qgrade compare prints', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, RULE, 'en');
  // The edited rule (B) takes capacities under 2000 W for kW figures: M2's 1500 W is invalid under B only.
  const saved = readFileSync(join(fx.dir, RULE), 'utf8');
  const edited = saved.replace('plausible: "≥ 1000"', 'plausible: "≥ 2000"');
  expect(edited).not.toBe(saved);
  await pasteEditorText(page, edited);
  const records = [
    { model: 'M1', unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 5.27 },
    { model: 'M2', unitType: 'heat-pump', ratedCoolingCapacity: 1500, apf: 5.27 },
  ];
  const sample = records.map((r) => JSON.stringify(r)).join('\n');
  await page.locator('#sample-text').fill(sample);
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.selectOption('#compare-with', 'saved');
  await expect(page.locator('#compare-matrix th[data-to="(invalid)"]')).toHaveText('Invalid');
  writeFileSync(join(fx.dir, 'two.ndjson'), `${sample}\n`);
  const cli = await qgradeCompare('en', saved, edited, join(fx.dir, 'two.ndjson'));
  const expected = cliMatrix(cli);
  expect(expected['Grade 1']!.Invalid).toBe(1);
  expect(await studioMatrix(page)).toEqual(expected);
  // The line under the matrix and the moved record's mark, as the CLI prints them.
  const note = cli.split('\n').find((l) => l.includes('invalid under B only'))!;
  await expect(page.locator('#matrix-invalid-note')).toHaveText(note);
  await expect(page.locator('#moved-records > li[data-row="2"] .move')).toHaveText(
    'Row 2 (M2): Grade 1 → Not graded  (invalid under B)',
  );
  expect(cli).toMatch(/row 2 \(M2\): Grade 1 → Not graded {2}\(invalid under B\)/);
  expect(problems).toEqual([]);
});
