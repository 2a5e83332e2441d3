/**
 * enterprise-23 W6: a shortfall sentence's score and gap must add up as printed (`质量绩效 64.375，差 0.625 分`,
 * not `64.38 … 0.625`), in zh and en, in the text explanation, the HTML record view and the workbook's
 * explanation column (one function writes all three: shortfallText). Checked over many records whose scores
 * fall between the figures shown (halves, quarters, thirds, eighths), not only the few hand-picked ones.
 */
import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../src/report/format-explanation';
import { explanationHtml } from '../../src/report/html/record-view';
import { bundled, ENTERPRISE_ITEMS, enterpriseScores } from '../helpers';

/** A small seeded generator: the same records every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every shortfall sentence's score, gap and limit, in either language. */
function sums(text: string): [string, string, string][] {
  const zh = [...text.matchAll(/([\d.]+)，差 ([\d.]+) 分达到 [≥>] ([\d.]+)/gu)];
  const en = [...text.matchAll(/([\d.]+), ([\d.]+) points? short of [≥>] ([\d.]+)/gu)];
  return [...zh, ...en].map((m) => [m[1]!, m[2]!, m[3]!]);
}

/** a + b = c, exactly, in decimal digits (no float): each numeral padded to the longest decimals. */
function addsUp([a, b, c]: [string, string, string]): boolean {
  const scale = Math.max(...[a, b, c].map((x) => x.split('.')[1]?.length ?? 0));
  const whole = (x: string) => {
    const [int, frac = ''] = x.split('.');
    return BigInt(int! + frac.padEnd(scale, '0'));
  };
  return whole(a) + whole(b) === whole(c);
}

describe('W6: a shortfall’s score and gap add up as printed (text, HTML, zh, en)', async () => {
  const qmc = await bundled('enterprise/quality-management-capability');

  it('over 120 records with scores between the shown figures', async () => {
    const next = lcg(24);
    // Steps that make dimension means of thirds, eighths and sixteenths: 64.375, 79.1667, 49.875.
    const steps = [0, 0.5, 0.25, 1 / 3];
    let sentences = 0;
    for (let i = 0; i < 120; i++) {
      const over: Record<string, number> = {};
      for (const item of ENTERPRISE_ITEMS) {
        const base = 45 + Math.floor(next() * 50);
        const step = steps[Math.floor(next() * steps.length)]!;
        over[item] = Math.min(100, Number((base + step).toFixed(4)));
      }
      const r = await qmc.grade(enterpriseScores(0, over));
      for (const lang of ['zh', 'en'] as const) {
        for (const text of [formatExplanation(r, lang), explanationHtml(r, lang)]) {
          for (const found of sums(text)) {
            sentences++;
            expect(addsUp(found), `${found.join(' + ')} in ${text.slice(0, 80)}`).toBe(true);
          }
        }
      }
    }
    // The generator gives shortfalls in plenty: the check is not vacuous.
    expect(sentences).toBeGreaterThan(200);
  });

  it('row 73 of the evaluator’s workbook: 64.375 + 0.625 = 65, not 64.38 + 0.625', async () => {
    const r = await qmc.grade(
      enterpriseScores(70, { productQuality: 69, qualityLoss: 59.5, customerSatisfaction: 60 }),
    );
    expect(formatExplanation(r, 'zh')).toContain('质量绩效 64.375，差 0.625 分达到 ≥ 65（保证级）');
    expect(formatExplanation(r, 'en')).toContain(
      'Quality performance 64.375, 0.625 points short of ≥ 65 (Assurance)',
    );
    expect(explanationHtml(r, 'zh')).toContain('质量绩效 64.375，差 0.625 分达到 ≥ 65（保证级）');
  });
});
