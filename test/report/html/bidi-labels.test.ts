import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiffHtml } from '../../../src/diff/format-diff-html';
import { createGrader, diffRuleSets, parseRuleSet } from '../../../src/index';
import { createCompareReport } from '../../../src/report/html/compare-report';
import { createGradeReport } from '../../../src/report/html/grade-report';

// U+202E (right-to-left override), U+2066 (left-to-right isolate), U+200F (right-to-left mark) in the
// APF indicator's labels and the rule set's title: a browser showed the rest of each sentence reversed.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const source = readFileSync(
  new URL('../../../rules/home-appliances/room-air-conditioner-energy.yaml', import.meta.url),
  'utf8',
)
  .replace(
    'label: { zh: 全年能源消耗效率 APF, en: Annual performance factor (APF) }',
    'label: { zh: "全年能源消耗效率\u202e FPA", en: "Annual performance factor\u202e FPA\u2066x\u200f" }',
  )
  .replace(/^title:\n {4}zh: /m, 'title:\n    zh: \u202e')
  // The diff names a table cell by its table's title.
  .replace(
    '能效等级（APF）", en: "Heat-pump units: APF',
    '能效等级\u202e（APF）", en: "Heat-pump units:\u202e APF',
  );
const a = parseRuleSet(source, { filename: 'bidi.yaml' });
// B: grade 1's APF limit for ≤ 4500 W raised, so the diff has a row naming the label.
const b = parseRuleSet(source.replace('["≤ 4500", 5.00, 4.50', '["≤ 4500", 5.10, 4.50'), {
  filename: 'bidi-b.yaml',
});
// Grade 1 under A (≥ 5.00), grade 2 under B (≥ 5.10): the compare page names the criterion that moved it.
const record = { unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 5.05 };

describe('HTML reports: bidirectional controls from rule-set texts (hostile-18 F8)', () => {
  it('the label carries them (the test is real), and grade, compare and diff pages show U+FFFD instead', () => {
    expect(a.indicators.find((i) => i.name === 'apf')!.label.en).toMatch(BIDI);
    for (const lang of ['zh', 'en'] as const) {
      const grade = createGradeReport(a, { lang });
      grade.add(createGrader(a).gradeSync(record));
      const compare = createCompareReport(a, b, { lang });
      compare.add(createGrader(a).gradeSync(record), createGrader(b).gradeSync(record));
      const diff = formatDiffHtml(diffRuleSets(a, b), lang);
      for (const [name, page] of [
        ['grade', grade.render()],
        ['compare', compare.render()],
        ['diff', diff],
      ] as const) {
        expect(page, `${name} ${lang}`).not.toMatch(BIDI);
        const shown =
          name === 'diff'
            ? { en: 'Heat-pump units:\ufffd APF', zh: '能效等级\ufffd（APF）' }
            : { en: 'Annual performance factor\ufffd FPA', zh: '全年能源消耗效率\ufffd FPA' };
        expect(page, `${name} ${lang}`).toContain(shown[lang]);
      }
    }
  });
});
