/// <reference lib="dom" />
// The studio's compare matrix counts invalid records in a row and a column of their own (无效), as
// `qgrade compare` prints its matrix, not inside 不分级 (studio-27 M4); under a rule set of one grade, records
// below it (不合格) apart from those out of its scope (超出适用范围), as the CLI does since committee-29 M3 (studio-29).
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
  // examples/room-air-conditioners.json --lang zh` printed (studio-27 M4): 无效 1 apart; the two not graded, one below
  // grade 5 and one out of scope, each in its own row and column (committee-33 M8).
  const zero = {
    '1级': 0,
    '2级': 0,
    '3级': 0,
    '4级': 0,
    '5级': 0,
    未达最低等级: 0,
    超出适用范围: 0,
    无效: 0,
  };
  expect(expected).toEqual({
    '1级': { ...zero, '1级': 1 },
    '2级': { ...zero, '2级': 1 },
    '3级': { ...zero, '2级': 1, '3级': 1 },
    '4级': zero,
    '5级': { ...zero, '5级': 1 },
    未达最低等级: { ...zero, 未达最低等级: 1 },
    超出适用范围: { ...zero, 超出适用范围: 1 },
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

const CEMENT = 'building-materials/common-portland-cement.yaml';

/** examples/cement.json's first record (conforming), its fourth (28-day strength 42.3 < 42.5), and the first as 62.5. */
function cementSample(): string {
  const all = JSON.parse(readFileSync(join(ROOT, 'examples/cement.json'), 'utf8')) as Record<
    string,
    unknown
  >[];
  const strip = ({ sample: _, ...r }: Record<string, unknown>) => r;
  const rows = [strip(all[0]!), strip(all[3]!), { ...strip(all[0]!), strengthClass: '62.5' }];
  return `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

/** Opens cement, pastes `edited` as B, the sample, and compares with the saved file (A); the CLI's text for it. */
async function compareCement(page: Page, lang: 'zh' | 'en', edited: (saved: string) => string) {
  const problems = await openRuleFile(page, fx, CEMENT, lang);
  const saved = readFileSync(join(fx.dir, CEMENT), 'utf8');
  const b = edited(saved);
  expect(b).not.toBe(saved);
  await pasteEditorText(page, b);
  const sample = cementSample();
  await page.locator('#sample-text').fill(sample);
  await expect(page.locator('#record-count')).toHaveText(/^3 /);
  await page.getByRole('tab', { name: lang === 'zh' ? '比较' : 'Compare' }).click();
  await page.selectOption('#compare-with', 'saved');
  await expect(page.locator('#compare-matrix')).toBeVisible();
  writeFileSync(join(fx.dir, 'cement-three.ndjson'), sample);
  const cli = await qgradeCompare(lang, saved, b, join(fx.dir, 'cement-three.ndjson'));
  return { problems, cli };
}

/** The studio's moved records, a line each, as `qgrade compare` prints them after "第 N 条：" / "row N: ". */
async function movedLines(page: Page): Promise<string[]> {
  return page.locator('#moved-records > li .move').allTextContents();
}

test('zh, one grade: 不合格 and 超出适用范围 in rows and columns of their own, as qgrade compare prints them', async ({
  page,
}) => {
  // B leaves 42.5 out of its scope: the conforming and the failing 42.5 sample both move out of scope.
  const { problems, cli } = await compareCement(page, 'zh', (saved) =>
    saved.replace(
      `require: 'in ["42.5", "42.5R", "52.5", "52.5R"]'`,
      `require: 'in ["42.5R", "52.5", "52.5R"]'`,
    ),
  );
  const expected = cliMatrix(cli);
  // The grade's label: 强度、凝结时间、安定性和化学指标合格.
  const ok = Object.keys(expected)[0]!;
  expect(ok).toMatch(/合格$/);
  const zero = { [ok]: 0, 不合格: 0, 超出适用范围: 0 };
  expect(expected).toEqual({
    [ok]: { ...zero, 超出适用范围: 1 },
    不合格: { ...zero, 超出适用范围: 1 },
    超出适用范围: { ...zero, 超出适用范围: 1 },
  });
  expect(await studioMatrix(page)).toEqual(expected);
  // No 不分级 row or column merging the two.
  await expect(
    page.locator('#compare-matrix [data-from="null"], #compare-matrix [data-to="null"]'),
  ).toHaveCount(0);
  await expect(page.locator('#compare-matrix th[data-to="(nonconforming)"]')).toHaveText('不合格');
  await expect(page.locator('#compare-matrix th[data-to="(out-of-scope)"]')).toHaveText('超出适用范围');
  const moved = await movedLines(page);
  // Sample 2, failing → out of scope, has no grade under either: the matrix shows its move, the list (as the CLI's)
  // holds changes of grade only.
  expect(moved).toEqual([`第 1 条：${ok} → 超出适用范围`]);
  expect(cli).toContain(moved[0]);
  expect(cli).not.toContain('第 2 条');
  expect(problems).toEqual([]);
});

test('en, one grade: a failing sample that B passes moves Nonconforming → Conforming; out of scope stays apart', async ({
  page,
}) => {
  // B asks 42.0 MPa at 28 days of class 42.5: the 42.3 sample now conforms.
  const { problems, cli } = await compareCement(page, 'en', (saved) =>
    saved.replace('- ["42.5", 17.0, 42.5, 3.5, 6.5]', '- ["42.5", 17.0, 42.0, 3.5, 6.5]'),
  );
  const expected = cliMatrix(cli);
  const conforming = Object.keys(expected)[0]!;
  const zero = { [conforming]: 0, Nonconforming: 0, 'Out of scope': 0 };
  expect(expected).toEqual({
    [conforming]: { ...zero, [conforming]: 1 },
    Nonconforming: { ...zero, [conforming]: 1 },
    'Out of scope': { ...zero, 'Out of scope': 1 },
  });
  expect(await studioMatrix(page)).toEqual(expected);
  const moved = await movedLines(page);
  expect(moved).toEqual([`Row 2: Nonconforming → ${conforming}`]);
  expect(cli).toContain(`row 2: Nonconforming → ${conforming}`);
  // Each side's limit with its unit, as `qgrade compare` writes them (committee-37 M4: `42.3, A ≥ 42.5 ✗`).
  await expect(page.locator('#moved-records > li[data-row="2"] .causes li')).toHaveText([
    /: 42\.3 MPa, A ≥ 42\.5 MPa ✗ → B ≥ 42\.0 MPa ✓$/,
  ]);
  expect(problems).toEqual([]);
});
