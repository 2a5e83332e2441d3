/**
 * A computed value — a score, a derived value, a mean — shows one figure on
 * every line of a record's explanation, in the score breakdown and in the
 * reports' short reasons: the fewest digits that read as the value does
 * beside every limit it is compared with (sweep-tables finding 6).
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet, parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { explanationHtml } from '../../src/report/html/record-view';
import { criterionFigures, holdsDown } from '../../src/report/summarize-result';
import { APPLIANCE_NEAR_LIMITS, graderPair } from '../helpers';

const APPLIANCE = APPLIANCE_NEAR_LIMITS;

/** Every line of an explanation that names `label`, with the figure after its colon. */
function figures(text: string, label: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = line.match(new RegExp(`${label}(?::|：)\\s*([-0-9.]+)`));
    if (m) out.push(m[1]!);
  }
  return out;
}

describe('one figure per computed value', async () => {
  const appliance = graderPair(await loadRuleSet('home-appliances/appliance-quality-grading'));
  const enterprise = graderPair(await loadRuleSet('enterprise/quality-management-capability'));

  it('a total of 87.996 reads 87.996 beside ≥ 60, ≥ 75 and ≥ 88, and in the header, zh and en', async () => {
    const r = await appliance.grade(APPLIANCE);
    expect(r.scores!.total).toBe(87.996);
    for (const [lang, label] of [
      ['en', 'Total score'],
      ['zh', '总分'],
    ] as const) {
      const text = formatExplanation(r, lang);
      // The header, the three cutoffs and the blocker under "to reach".
      expect(figures(text, label)).toEqual(['87.996', '87.996', '87.996', '87.996', '87.996']);
      expect(text).not.toContain('88.00');
    }
    expect(formatExplanation(r, 'en')).toContain('Intelligence: 59.98 × 20/100 → 11.996\n');
    expect(explanationHtml(r, 'zh')).toContain('总分：87.996');
    // The short reason (table, CSV, Markdown, workbook) says the same.
    const cutoff = r.criteria.find((c) => c.id === 'totalScore@3-star')!;
    expect(criterionFigures(cutoff, 'en')).toBe(' 87.996 (≥ 88)');
  });

  it('an integer score reads 95, not 95.00; a total exactly at its cutoff reads 88', async () => {
    const r = await appliance.grade({ ...APPLIANCE, intelligenceScore: 60, reliabilityScore: 90 });
    expect(r.scores!.total).toBe(88);
    expect(r.grade).toBe('3-star');
    const text = formatExplanation(r, 'en');
    expect(figures(text, 'Total score')).toEqual(['88', '88', '88', '88']);
    expect(text).toContain('Safety and reliability: 95 meets ≥ 85 (3 stars)');
    expect(text).toContain('Safety and reliability: 95 × 30/100 → 28.5\n');
    expect(text).not.toMatch(/\d\.00\b/);
  });

  it('a total of 85.997 reads 85.997 beside ≥ 50 … ≥ 90, and its contribution 19.497, not 19.5', async () => {
    const record = {
      leadershipCommitment: 95,
      processControl: 95,
      supplierQuality: 95,
      auditAndImprovement: 95,
      dataCollection: 95,
      qualityAnalytics: 95,
      traceability: 95,
      innovation: 95,
      customerFocus: 95,
      talentDevelopment: 95,
      productQuality: 64.99,
      qualityLoss: 64.99,
      customerSatisfaction: 64.99,
    };
    const r = await enterprise.grade(record);
    for (const lang of ['en', 'zh'] as const) {
      const text = formatExplanation(r, lang);
      const label = lang === 'zh' ? '总分' : 'Total score';
      expect(figures(text, label)).toEqual(['85.997', '85.997', '85.997', '85.997', '85.997']);
      expect(text).toContain('64.99 × 30/100 → 19.497');
      expect(text).not.toContain('86.00');
      expect(text).not.toContain('95.00');
    }
  });

  it('a total short of a cutoff by less than 0.0005 takes the digits that show it on every line', async () => {
    // 59.9975 × 20 % = 11.9995: the total 87.9995 would read 88.000 at three decimals.
    const r = await appliance.grade({ ...APPLIANCE, intelligenceScore: 59.9975 });
    const text = formatExplanation(r, 'en');
    expect(figures(text, 'Total score')).toEqual(['87.9995', '87.9995', '87.9995', '87.9995', '87.9995']);
  });
});

/** A rule file with a derived value (`decimals: 1`) and a mean, each compared with two limits. */
const RULES = `
schemaVersion: 1
id: test/one-figure
version: 1.0.0
industry: test
subject: product
title: { zh: 一个数一种写法, en: One figure }
references: [{ code: T-1, edition: "2020" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests } }
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B } }
  e: { type: number, unit: J, specimens: { exactly: 3 }, label: { zh: 冲击功, en: Energy } }
derived:
  ratio:
    label: { zh: 比值, en: Ratio }
    formula: a / b
    decimals: 1
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
criteria:
  - { id: ratio-low, indicator: ratio, require: "≥ 1", grade: low }
  - { id: ratio-high, indicator: ratio, require: "≥ 1.2", grade: high }
  - { id: mean-low, indicator: e, aggregate: mean, require: "≥ 27", grade: low }
  - { id: mean-high, indicator: e, aggregate: mean, require: "≥ 34.5", grade: high }
`;

describe('one figure for a derived value and a mean compared with two limits', () => {
  const pair = graderPair(parseRuleSet(RULES, { filename: 'one-figure.yaml' }));

  it('a ratio of 1.19 (decimals: 1) reads 1.19 beside ≥ 1 and ≥ 1.2 alike', async () => {
    const r = await pair.grade({ a: 1.19, b: 1, e: [40, 40, 40] });
    const text = formatExplanation(r, 'en');
    expect(figures(text, 'Ratio')).toEqual(['1.19', '1.19', '1.19']);
    expect(formatExplanation(r, 'zh')).toContain('比值：1.19，满足 ≥ 1（低）');
  });

  it('a ratio of 1.3 keeps its declared decimal (1.3), and 1.25 at two limits that do not need more', async () => {
    const r = await pair.grade({ a: 1.3, b: 1, e: [40, 40, 40] });
    expect(figures(formatExplanation(r, 'en'), 'Ratio')).toEqual(['1.3', '1.3']);
    const s = await pair.grade({ a: 1.25, b: 1, e: [40, 40, 40] });
    // 1.25 rounds half to even to 1.2, onto the ≥ 1.2 it passes only as 1.25: never "1.2".
    expect(figures(formatExplanation(s, 'en'), 'Ratio')).toEqual(['1.25', '1.25']);
  });

  it('a mean of 34.49… reads at the finer limit’s digits on both lines (34.49, not 34.5 beside ≥ 27)', async () => {
    const r = await pair.grade({ a: 2, b: 1, e: [34.47, 34.5, 34.5] });
    const text = formatExplanation(r, 'en');
    expect(figures(text, 'Energy')).toEqual([]);
    const means = [...text.matchAll(/mean ([0-9.]+) J/g)].map((m) => m[1]);
    expect(means).toEqual(['34.49', '34.49', '34.49']);
  });
});

describe('a computed value beside a limit a formula computes per record', async () => {
  // `≥ 1.25 * c`: the limit has every digit of a double (1.25 × 0.95999 = 1.1999875), not a written step.
  const RULES = `schemaVersion: 1
id: test/formula-limit
version: 1.0.0
title: { zh: 公式限值, en: Formula limit }
industry: test
subject: product
references: [{ code: X 1, edition: "2020" }]
provenance: { level: illustrative, note: { zh: 测试, en: Test } }
comparison: full
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B } }
  c: { type: number, label: { zh: 丙, en: C } }
derived:
  r2: { label: { zh: 比值二, en: Ratio two }, formula: a / b }
grades:
  - { id: L, label: { zh: 低, en: Low } }
criteria:
  - { id: r2-min, indicator: r2, require: "≥ 1.25 * c" }
`;
  const pair = graderPair(parseRuleSet(RULES, { filename: 'formula-limit.yaml' }));
  const line = async (record: Record<string, number>) =>
    formatExplanation(await pair.grade(record), 'en')
      .split('\n')
      .find((l) => /^ {2}[✓✗] Ratio two/.test(l));

  it('reads as the value is (1.2), not padded to a digit past the limit’s (1.20000000)', async () => {
    expect(await line({ a: 1.2, b: 1, c: 0.95999 })).toBe(
      '  ✓ Ratio two: 1.2 meets ≥ 1.1999875 (Low requirement)',
    );
  });

  it('takes the digits that read the verdict right, at and beside the limit', async () => {
    expect(await line({ a: 1.19999, b: 1, c: 0.96 })).toBe(
      '  ✗ Ratio two: 1.19999 does not meet ≥ 1.2 (Low requirement)',
    );
    // Six significant digits would read 1.20000 beside a limit of 1.2 it fails: every digit instead.
    expect(await line({ a: 1.1999999999, b: 1, c: 0.96 })).toBe(
      '  ✗ Ratio two: 1.1999999999 does not meet ≥ 1.2 (Low requirement)',
    );
    expect(await line({ a: 1.2, b: 1, c: 0.96 })).toBe('  ✓ Ratio two: 1.2 meets ≥ 1.2 (Low requirement)');
  });

  it('the one-line reason of the table, CSV and workbook reads it as the explanation does', async () => {
    const r = await pair.grade({ a: 1.19, b: 1, c: 0.95999 });
    expect(await line({ a: 1.19, b: 1, c: 0.95999 })).toBe(
      '  ✗ Ratio two: 1.19 does not meet ≥ 1.1999875 (Low requirement)',
    );
    expect(holdsDown(r, 'en', true)).toBe('To reach Low: r2-min 1.19 (≥ 1.1999875)');
  });
});
