/// <reference lib="dom" />
// A record's explanation in the studio has the line `qgrade explain` prints under the grade, of what its limits
// depend on (限值取决于：机组类型 = 单冷型，额定制冷量 CC = 3500 W), written by the same functions (studio-29 M3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { limitKeyIndicators, recordLimitKeysLine } from '../../src/compare/limit-keys';
import { recordBandsOf } from '../../src/compare/record-bands';
import { createGrader, gradeSample, type Language, loadRuleSet } from '../../src/index';
import { blockerLifts } from '../../src/report/blocker-lifts';
import { criterionNotes } from '../../src/report/criterion-notes';
import { formatExplanation } from '../../src/report/format-explanation';
import { shownOperands } from '../../src/report/shown-operands';
import { modelOf } from '../../src/resolve/rule-set';
import { openRuleFile, studioLines, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const CSV = 'examples/air-conditioners-zh.csv';
const MAP = '额定制冷量=ratedCoolingCapacity';

const fx = useStudio();

/** What `qgrade explain -r <rule> <csv> --map … --row N --lang <lang>` prints for each valid record, after its sample line. */
async function explainLines(lang: Language): Promise<Map<number, string[]>> {
  const ruleSet = await loadRuleSet(join(ROOT, 'rules', RULE));
  const graded = await gradeSample(createGrader(ruleSet), readFileSync(join(ROOT, CSV), 'utf8'), {
    map: { 额定制冷量: 'ratedCoolingCapacity' },
  });
  const keys = limitKeyIndicators(modelOf(ruleSet));
  const out = new Map<number, string[]>();
  for (const { result, record } of graded) {
    if (result.errors) continue;
    const text = formatExplanation(shownOperands(ruleSet)(result, record), lang, {
      notes: criterionNotes(modelOf(ruleSet), ruleSet.document),
      grades: ruleSet.grades,
      // With the band each key's value fell in, as explain gives it (newcomer-words-42).
      limitKeys: recordLimitKeysLine(keys, result, record, lang, recordBandsOf(modelOf(ruleSet))),
      // How far a blocker's APF is from its limit (差 0.38), as explain prints it (fix-lift7).
      lifts: blockerLifts(ruleSet)(result, record),
    });
    // The studio has no --all: its count of requirements that do not apply names no option.
    out.set(
      result.row!,
      text.split('\n').map((l) => l.trim().replace(/（--all 列出）$| \(--all lists them\)$/, '')),
    );
  }
  return out;
}

const ROW_9 = {
  zh: ['等级：4级', '限值取决于：机组类型 = 单冷型，额定制冷量 CC = 3500 W（在“≤ 4500”档）'],
  en: [
    'Grade: 4 (Grade 4)',
    'Limits depend on: Unit type = Cooling only, Rated cooling capacity (CC) = 3500 W (in band ≤ 4500)',
  ],
};

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: each valid record of the Chinese CSV says what its limits depend on, as qgrade explain says it`, async ({
    page,
  }) => {
    const problems = await openRuleFile(page, fx, RULE, lang);
    await page.locator(`button.file[data-group=bundled][data-path="${CSV}"]`).click();
    await page.locator('#sample-map').fill(MAP);
    await expect(page.locator('#record-count')).toHaveText(/^9 /);
    await expect(page.locator('#results-table tr.record[data-row="9"] td.g')).toHaveText(
      lang === 'zh' ? '4级' : 'Grade 4',
    );
    // KF-35GW/Z9 (single-cooling, 3500 W): the studio-29 checker's row, its line right under the grade.
    expect((await studioLines(page, 9)).slice(0, 2)).toEqual(ROW_9[lang]);
    const expected = await explainLines(lang);
    expect([...expected.keys()]).toEqual([1, 2, 3, 4, 9]);
    for (const [row, lines] of expected) {
      expect(lines[1]).toMatch(
        lang === 'zh' ? /^限值取决于：机组类型 = / : /^Limits depend on: Unit type = /,
      );
      expect(await studioLines(page, row)).toEqual(lines);
    }
    expect(problems).toEqual([]);
  });
}

test('zh: an invalid record has no such line, and a record the user edits keeps it in step', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  await page
    .locator('#sample-text')
    .fill(
      '{"unitType":"heat-pump","ratedCoolingCapacity":5000,"apf":3.95}\n{"unitType":"heat-pump","ratedCoolingCapacity":"x","apf":3.95}\n',
    );
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  expect((await studioLines(page, 1)).slice(0, 2)).toEqual([
    '等级：3级',
    '限值取决于：机组类型 = 热泵型，额定制冷量 CC = 5000 W（在“(4500, 7100]”档）',
  ]);
  const invalid = await studioLines(page, 2);
  expect(invalid[0]).toMatch(/^不分级：/);
  expect(invalid.some((l) => l.startsWith('限值取决于'))).toBe(false);
  // Another capacity band: the line follows the record.
  await page
    .locator('#sample-text')
    .fill('{"unitType":"heat-pump","ratedCoolingCapacity":7200,"apf":3.15}\n');
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  await expect(page.locator('#results-table tr.record[data-row="1"] + tr.detail p').nth(1)).toHaveText(
    '限值取决于：机组类型 = 热泵型，额定制冷量 CC = 7200 W（在“(7100, 14000]”档）',
  );
  expect(problems).toEqual([]);
});
