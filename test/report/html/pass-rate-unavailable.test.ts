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
    expect(cells(html, 'impact-temperature@F').slice(2)).toEqual(['1', '1', '0', '2', '50%']);
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
