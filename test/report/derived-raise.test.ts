/**
 * newcomer-33 W1 and M1: an item scored through a derived value (`bScore = b * 20`, b on 0–5, as rule-format's
 * 打分 recommends for 0–5 self-scores) is raised no further than its input's range and its own `plausible` allow,
 * and is advised in what the enterprise fills in, the derived score in brackets, as a `points` item is
 * (`检验数字化 2.5 → 5（得分 50 → 100）`). Rule set: test/fixtures/newcomer-33/w1.yaml (a [0, 100] and bScore, 50/50;
 * 二级 ≥ 60). Figures by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { expectValidResult } from '../helpers';

const text = readFileSync(new URL('../fixtures/newcomer-33/w1.yaml', import.meta.url), 'utf8');
const grader = createGrader(parseRuleSet(text, { filename: 'w1.yaml' }));

describe('a derived score item is raised within its input’s reach (newcomer-33 W1, M1)', () => {
  it('a 10, b 0.5 (bScore 10): total 10, 50 short; a → 100 gives 55, bScore → 100 gives 55: no single item', async () => {
    const r = await grader.grade({ a: 10, b: 0.5 });
    expectValidResult(r);
    const s = r.scores!.shortfalls![0]!;
    expect(s.gap).toBe(50);
    // bScore 10 → 110 was advised: b would be 5.5 on a 0–5 scale.
    expect(s.raise).toBeNull();
    // Both at their maximum: (100 + 100) / 2 = 100 ≥ 60; the fewest: a to 100 (+45 of the 50), then b.
    expect(s.together!.most).toBeUndefined();
    const zh = formatExplanation(r, 'zh');
    expect(zh).toContain('总分 10，差 50 分达到 ≥ 60（二级）；没有哪一项单独提高能达到');
    expect(zh).not.toContain('110');
    expect(formatExplanation(r, 'en')).toContain('no single item raised alone reaches it');
  });

  it('a 40, b 2.5 (bScore 50): total 45, 15 short; b 2.5 → 4 (bScore 50 → 80) named in what is filled in', async () => {
    const r = await grader.grade({ a: 40, b: 2.5 });
    expectValidResult(r);
    const s = r.scores!.shortfalls![0]!;
    // (40 + 50) / 2 = 45; 15 more is 30 on either item: a 40 → 70, or bScore 50 → 80 (b 4). The lower first on a tie: a.
    expect(s.raise).toMatchObject({ indicator: 'a', from: 40, to: 70 });
    const r2 = await grader.grade({ a: 60, b: 1 });
    // (60 + 20) / 2 = 40; 20 more is 40 on either: a 60 → 100, bScore 20 → 60 (b 1 → 3); the lower first: bScore.
    const s2 = r2.scores!.shortfalls![0]!;
    expect(s2.raise).toEqual({
      indicator: 'bScore',
      label: { zh: '检验数字化得分', en: 'Digital inspection score' },
      from: 20,
      to: 60,
      value: 1,
      typed: 3,
      input: { indicator: 'b', label: { zh: '检验数字化', en: 'Digital inspection' } },
    });
    expect(formatExplanation(r2, 'zh')).toContain('例如 检验数字化 1 → 3（得分 20 → 60）');
    expect(formatExplanation(r2, 'en')).toContain('e.g. Digital inspection 1 → 3 (points 20 → 60)');
  });

  it('an input raise is rounded up so that it suffices: b 1 → 3.01 for bScore ≥ 60.1 (a 60, cutoff 60.05)', async () => {
    const g = createGrader(
      parseRuleSet(text.replace('cutoffs: { l2: 60 }', 'cutoffs: { l2: 60.05 }'), { filename: 'w1b.yaml' }),
    );
    const r = await g.grade({ a: 60, b: 1 });
    // (60 + 20) / 2 = 40; 20.05 more is 40.1 on bScore: 60.1, b 3.005 → 3.01 (bScore 60.2); a would need 100.1.
    const raise = r.scores!.shortfalls![0]!.raise!;
    expect(raise).toMatchObject({ indicator: 'bScore', from: 20, to: 60.2, value: 1, typed: 3.01 });
  });

  it("the derived value's plausible caps it: plausible [0, 80] leaves bScore at most 80", async () => {
    const g = createGrader(
      parseRuleSet(text.replace('plausible: "[0, 100]"', 'plausible: "[0, 80]"'), { filename: 'w1c.yaml' }),
    );
    // a 100, b 0 (bScore 0): total 50, 10 short; bScore 0 → 20 (b 0 → 1) fits under 80.
    const ok = await g.grade({ a: 100, b: 0 });
    expect(ok.scores!.shortfalls![0]!.raise).toMatchObject({ indicator: 'bScore', to: 20, typed: 1 });
    // a 30, b 0: total 15, 45 short; a → 100 gains 35, bScore → 80 (not 90) gains 40: none alone. The fewest:
    // bScore to its top 80 (b 4), then a the 5 left: 30 → 40.
    const r = await g.grade({ a: 30, b: 0 });
    const s = r.scores!.shortfalls![0]!;
    expect(s.raise).toBeNull();
    expect(s.together!.fewest!.map((f) => [f.indicator, f.to, f.typed])).toEqual([
      ['bScore', 80, 4],
      ['a', 40, undefined],
    ]);
    expect(formatExplanation(r, 'zh')).toContain('检验数字化 0 → 4（得分 0 → 80）');
  });
});
