import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../../src/index';
import { createGradeReport } from '../../../src/report/html/grade-report';

const STEEL = 'steel/low-alloy-structural-steel';
const BASE = {
  thickness: 20,
  yieldStrength: 420,
  tensileStrength: 560,
  impactEnergy: [40, 41, 42],
  carbon: 0.15,
  manganese: 1.2,
  phosphorus: 0.01,
  sulfur: 0.005,
};
// Hot-rolled Q355 has no grade E or F (n/a in every table), Q390N no grade F; E asks ≤ −40 °C, F ≤ −60 °C.
const RECORDS = [
  { ...BASE, designation: 'Q355', impactTemperature: -60 },
  { ...BASE, designation: 'Q355N', impactTemperature: -60 },
  { ...BASE, designation: 'Q355N', impactTemperature: -20 },
  { ...BASE, designation: 'Q390N', impactTemperature: -60 },
];

function cells(html: string, id: string): string[] {
  const row = new RegExp(`<tr data-criterion="${id}">(.*?)</tr>`).exec(html);
  if (!row) throw new Error(`no row ${id}`);
  return [...row[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

async function report(lang: 'zh' | 'en') {
  const ruleSet = await loadRuleSet(STEEL);
  const grader = createGrader(ruleSet);
  const r = createGradeReport(ruleSet, { lang });
  RECORDS.forEach((record, i) => {
    r.add({ ...grader.gradeSync(record), row: i + 1 });
  });
  return { html: r.render(), counts: r.counts() };
}

describe('pass rates: a grade the product does not have (n/a) is not applicable, not failed (committee-24 F6)', () => {
  it('counts the n/a records under 不适用 and leaves them out of the rate', async () => {
    const { html, counts } = await report('en');
    // The hot-rolled Q355 still cannot reach E (its grade keeps the ✗): D, with the Q355N tested at −20 °C.
    expect(counts.graded).toMatchObject({ D: 2, E: 1, F: 1 });
    // passed, failed, missing, not applicable, rate: Q355N and Q390N at −60 °C pass, Q355N at −20 °C fails,
    // the hot-rolled Q355 has no E.
    expect(cells(html, 'impact-temperature@E').slice(2)).toEqual(['2', '1', '0', '1', '66.7%']);
    // F: only the two Q355N have it; one at −60 °C passes.
    expect(cells(html, 'impact-temperature@F').slice(2)).toEqual(['1', '1', '0', '2', '50.0%']);
    // Q390's phosphorus at F: the Q355 records are outside its `when`, Q390N has no F: nobody to count.
    expect(cells(html, 'phosphorus-q390@F').slice(2)).toEqual(['0', '0', '0', '4', '–']);
    // Q355's phosphorus at F: Q355 has no F, Q390N is outside the `when`; both Q355N pass.
    expect(cells(html, 'phosphorus@F').slice(2)).toEqual(['2', '0', '0', '2', '100%']);
  });

  it('agrees with the most frequent failing requirements and the near-limit counts', async () => {
    const { html, counts } = await report('en');
    const failing = new Map(counts.failing.map((f) => [f.id, f.count]));
    expect(failing.get('impact-temperature@E')).toBe(1);
    expect(failing.get('impact-temperature@F')).toBe(1);
    expect(failing.has('phosphorus-q390@F')).toBe(false);
    expect(cells(html, 'impact-temperature@E')[3]).toBe(String(failing.get('impact-temperature@E')));
    // The near-limit section counts the three values compared with −40 °C, as the pass-rate row does.
    const near = /<section class="near" data-criterion="impact-temperature@E"[\s\S]*?<\/section>/.exec(html);
    expect(near?.[0]).toMatch(/\b3\b/);
  });

  it('says so in the note under the heading (zh)', async () => {
    const { html } = await report('zh');
    expect(html).toContain('包括产品没有该等级、限值表为 n/a 的记录');
  });
});

describe('near-limit values of a temperature in °C: the difference in °C, not a percentage (committee-24 C6)', () => {
  function near(html: string, id: string): string {
    const m = new RegExp(`<section class="near" data-criterion="${id}"[\\s\\S]*?</section>`).exec(html);
    if (!m) throw new Error(`no near-limit section for ${id}`);
    return m[0].replace(/<[^>]+>/g, ' ');
  }

  it('limit 0 °C (grade C) and −20 °C (grade D): within 1 °C, exactly 1 °C included', async () => {
    const ruleSet = await loadRuleSet(STEEL);
    const grader = createGrader(ruleSet);
    for (const lang of ['zh', 'en'] as const) {
      const r = createGradeReport(ruleSet, { lang });
      // −21 and −19 are exactly 1 °C from D's −20; −21.5 is 1.5 °C on the passing side; −60 is far.
      for (const [i, t] of [-21, -19, -21.5, -60].entries())
        r.add({ ...grader.gradeSync({ ...BASE, designation: 'Q355N', impactTemperature: t }), row: i + 1 });
      const html = r.render();
      const d = near(html, 'impact-temperature@D');
      const c = near(html, 'impact-temperature@C');
      if (lang === 'zh') {
        expect(d).toContain('4 个数值中有 2 个与限值相差不超过 1 °C');
        expect(d).toContain('高于 +10 °C：1');
        // A limit of 0 °C is compared too: no "cannot be compared as a percentage".
        expect(c).toContain('4 个数值中有 0 个与限值相差不超过 1 °C');
        expect(html).not.toContain('无法按百分比比较');
        expect(d).toContain('[+1 °C, +2 °C)');
        // −19 °C fails ≤ −20 °C by 1 °C.
        expect(d).toContain('[−1 °C, 0 °C)');
        expect(d).toContain('与限值之差（°C）');
      } else {
        expect(d).toContain('2 of 4 values within 1 °C of the limit');
        expect(d).toContain('below −10 °C: 0; above +10 °C: 1');
        expect(html).not.toContain('as a percentage cannot');
      }
      // Other quantities keep their percentages.
      expect(near(html, 'yield-strength')).toMatch(/1 ?%/);
    }
  });
});
