/**
 * newcomer-36 M9: what lifts a product record to the next grade. Under each blocker of `距合格品：` / `To reach
 * Qualified:` a number short of its limit gets the gap from the value as graded (after the rule's GB/T 8170
 * rounding), the measured values that meet the limit once rounded, and, for a derived value, one measured input
 * that meets it with the others as measured — in `qgrade explain`, the HTML report's record view and the studio
 * (one function, `nextGradeLines`). Rule sets: test/fixtures/lift-37/water-heater-lift.yaml (made-up figures:
 * 热水输出率 = 热水输出量 ÷ 额定容量 × 100 ≥ 60.0 %, compared rounded to 0.1; 噪声 ≤ 45 dB(A), rounded to 1), the
 * bundled rebar (GB/T 1499.2-2018, rounded: Rm ≥ 540 MPa for HRB400 at 1 MPa, A ≥ 16 % at 0.5 %, Rm°/ReL° ≥ 1.25
 * for E grades) and AC (GB 21455-2019, full-value method: APF ≥ 5.00 for grade 1 at 3500 W). Figures by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, loadRuleSet, parseRuleSet } from '../../src/index';
import { blockerLifts } from '../../src/report/blocker-lifts';
import { formatExplanation } from '../../src/report/format-explanation';
import { createGradeReport } from '../../src/report/html/grade-report';
import { useCli } from '../cli/cli-harness';
import { REBAR } from '../grade/rebar-key-fixture';

const FIXTURE = new URL('../fixtures/lift-37/water-heater-lift.yaml', import.meta.url);
const text = readFileSync(FIXTURE, 'utf8');
const heater = parseRuleSet(text, { filename: 'water-heater-lift.yaml' });
const grade = createGrader(heater).gradeSync;
const cli = useCli();

/** WH-010 of newcomer-36's lab sheet: 34.86 L of 60 L, 58.1 %. */
const WH010 = { capacity: 60, outputVolume: 34.86, noise: 43, leakageProtection: true };

const liftsOf = (ruleSet = heater) => blockerLifts(ruleSet);

describe('a derived ratio below its limit (newcomer-36 M9)', () => {
  it('says the gap, the least value that rounds onto the limit, and the output volume that meets it', () => {
    const r = grade(WH010);
    expect(r.grade).toBeNull();
    const lift = liftsOf()(r, WH010).get('hot-water');
    // 58.10 rounds to 58.1: 1.9 short of 60.0. 59.95 rounds to 60.0 (GB/T 8170: the 9 before a lone 5 is odd, up).
    // 35.97 ÷ 60 × 100 = 59.95 → 60.0 meets; 35.96 gives 59.93 → 59.9.
    expect(lift?.zh).toBe(
      '差 1.85 个百分点；按 GB/T 8170 修约到 0.1 后比较，≥ 59.95 % 即满足；如 热水输出量 ≥ 35.97 L（其余不变）',
    );
    expect(lift?.en).toBe(
      '1.85 percentage points short; compared after rounding to 0.1 (GB/T 8170), ≥ 59.95 % meets it; ' +
        'e.g. Hot water output volume ≥ 35.97 L (others as measured)',
    );
  });

  it('the stated target lifts the grade, and one digit less does not', () => {
    expect(grade({ ...WH010, outputVolume: 35.97 }).grade).toBe('qualified');
    expect(grade({ ...WH010, outputVolume: 35.96 }).grade).toBeNull();
  });

  it('a target is rounded outward to the digits the lab wrote: 60.8 L of 100 L needs 65.0 L, not 64.9', () => {
    // The next grade from 60.8 %: 一等品 ≥ 65.0; 64.95 L would do (64.95 → 65.0), but the lab writes one decimal.
    const record = { capacity: 100, outputVolume: 60.8, noise: 43, leakageProtection: true };
    const r = grade(record);
    expect(r.grade).toBe('qualified');
    const lift = liftsOf()(r, record, { outputVolume: '60.8' }).get('hot-water-1');
    expect(lift?.zh).toBe(
      // 64.95 L gives 64.95 % exactly, and a hair less fails: said beside the lab's digits (standards-40 M2).
      '差 4.15 个百分点；按 GB/T 8170 修约到 0.1 后比较，≥ 64.95 % 即满足；如 热水输出量 ≥ 65.0 L（精确为 ≥ 64.95 L；其余不变）',
    );
    expect(grade({ ...record, outputVolume: 65.0 }).grade).toBe('first-class');
    expect(grade({ ...record, outputVolume: 64.95 }).grade).toBe('first-class');
    expect(grade({ ...record, outputVolume: 64.94 }).grade).toBe('qualified');
    expect(grade({ ...record, outputVolume: 64.9 }).grade).toBe('qualified');
  });

  it('names no input without the record, when none reaches the limit, or when the ratio is not monotone', () => {
    expect(liftsOf()(grade(WH010)).get('hot-water')?.zh).toBe(
      '差 1.85 个百分点；按 GB/T 8170 修约到 0.1 后比较，≥ 59.95 % 即满足',
    );
    // 34.86 ÷ 60 with the volume at most 35 L: 58.3 % at best.
    const capped = parseRuleSet(
      text
        .replace('outputVolume / capacity * 100', 'outputVolume / 60 * 100')
        .replace(
          'outputVolume: { type: number, unit: L, range: ">= 0"',
          'outputVolume: { type: number, unit: L, range: "[0, 35]"',
        ),
      { filename: 'capped.yaml' },
    );
    const r1 = createGrader(capped).gradeSync(WH010);
    expect(liftsOf(capped)(r1, WH010).get('hot-water')?.zh).not.toContain('如 ');
    // |v − 40| ÷ 60 × 100 with v ≥ 20 meets 60 % only above 76 L, past the turn at 40: not monotone on the way.
    const vee = parseRuleSet(
      text
        .replace('outputVolume / capacity * 100', 'abs(outputVolume - 40) / 60 * 100')
        .replace(
          'outputVolume: { type: number, unit: L, range: ">= 0"',
          'outputVolume: { type: number, unit: L, range: ">= 20"',
        ),
      { filename: 'vee.yaml' },
    );
    const r2 = createGrader(vee).gradeSync(WH010);
    expect(r2.grade).toBeNull();
    const lift = liftsOf(vee)(r2, WH010).get('hot-water');
    // 59.95 − 8.5667 (= 5.14 ÷ 60 × 100) is 51.383…, stated up to the edge's digits.
    expect(lift?.zh).toMatch(/^差 51\.39 个百分点/);
    expect(lift?.zh).not.toContain('如 ');
  });

  it('a value above a maximum is over by so much, and the rounded edge is exclusive where a tie rounds away', () => {
    const record = { ...WH010, outputVolume: 36, noise: 46 };
    const lift = liftsOf()(grade(record), record).get('noise');
    // 45.5 rounds to 46 (the 5 before a lone 5 is odd, up): only below 45.5 meets ≤ 45.
    expect(lift).toEqual({
      zh: '超出多于 0.5 dB(A)；按 GB/T 8170 修约到 1 后比较，< 45.5 dB(A) 即满足',
      en: 'more than 0.5 dB(A) over; compared after rounding to 1 (GB/T 8170), < 45.5 dB(A) meets it',
    });
    expect(grade({ ...record, noise: 45.5 }).grade).toBeNull();
    expect(grade({ ...record, noise: 45.49 }).grade).toBe('qualified');
  });

  it('a value at its limit is no blocker and gets no line; a yes/no blocker already names what it needs', () => {
    const atLimit = { ...WH010, outputVolume: 36 };
    const r = grade(atLimit);
    expect(r.grade).toBe('qualified');
    const lifts = liftsOf()(r, atLimit);
    expect(lifts.has('hot-water')).toBe(false);
    // 36 ÷ 60 = 60.0 %: 5.0 short of 一等品's 65.0; 38.97 L gives 64.95 → 65.0, but 36 is written whole: 39 L.
    expect(lifts.get('hot-water-1')?.zh).toContain('差 4.95 个百分点');
    expect(lifts.get('hot-water-1')?.zh).toContain('如 热水输出量 ≥ 39 L（其余不变）');
    expect(grade({ ...atLimit, outputVolume: 39 }).grade).toBe('first-class');
    expect(grade({ ...atLimit, outputVolume: 38 }).grade).toBe('qualified');
    const off = { ...WH010, outputVolume: 36, leakageProtection: false };
    const r2 = grade(off);
    expect(liftsOf()(r2, off).size).toBe(0);
    expect(formatExplanation(r2, 'zh', { lifts: liftsOf()(r2, off) })).toContain(
      '→ 漏电保护：否，不满足要求（要求为“是”）',
    );
  });
});

describe('the bundled rule sets at a limit', () => {
  const bar = REBAR;

  it('rebar: Rm 540 conforms with no line; 539 is 0.5 MPa short of 539.5, which rounds onto 540 (standards-40 M3)', async () => {
    const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const g = createGrader(rebar).gradeSync;
    const at = { ...bar, tensileStrength: 540 };
    const ok = g(at);
    expect(ok.grade).toBe('conforming');
    expect(blockerLifts(rebar)(ok, at).size).toBe(0);
    const below = { ...bar, tensileStrength: 539 };
    const r = g(below);
    expect(blockerLifts(rebar)(r, below).get('tensile-strength')).toEqual({
      zh: '差 0.5 MPa；按 GB/T 8170 修约到 1 后比较，≥ 539.5 MPa 即满足',
      en: '0.5 MPa short; compared after rounding to 1 (GB/T 8170), ≥ 539.5 MPa meets it',
    });
    // A at 0.5 %: 15.75 → 16.0 (31.5 halves to 32, even).
    const short = { ...bar, elongation: 15.5 };
    expect(blockerLifts(rebar)(g(short), short).get('elongation')?.zh).toBe(
      '差 0.25 个百分点；按 GB/T 8170 修约到 0.5 后比较，≥ 15.75 % 即满足',
    );
    expect(g({ ...bar, elongation: 15.75 }).grade).toBe('conforming');
  });

  it('rebar, derived: Rm°/ReL° 560/450 = 1.2444 is 0.001 short of > 1.245 (1.245 rounds to 1.24)', async () => {
    const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const record = { ...bar, designation: 'HRB400E', yieldStrength: 450, tensileStrength: 560 };
    const r: GradeResult = createGrader(rebar).gradeSync(record);
    // Computed per specimen, but of one bar: Rm is solved for (560.25 ÷ 450 = 1.245 rounds to 1.24; standards-40 M3).
    expect(blockerLifts(rebar)(r, record).get('strength-ratio')).toEqual({
      zh: '差 0.001；按 GB/T 8170 修约到 0.01 后比较，> 1.245 即满足；如 抗拉强度 Rm ≥ 561 MPa（其余不变）',
      en:
        '0.001 short; compared after rounding to 0.01 (GB/T 8170), > 1.245 meets it; ' +
        'e.g. Tensile strength Rm ≥ 561 MPa (others as measured)',
    });
  });

  it('AC (full-value method): APF 5.00 is grade 1 with no line; 4.99 is 0.01 short, 4.50 is 0.50', async () => {
    const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    const g = createGrader(ac).gradeSync;
    const unit = { unitType: 'heat-pump', ratedCoolingCapacity: 3500 };
    const top = g({ ...unit, apf: 5.0 });
    expect(top.grade).toBe('1');
    expect(blockerLifts(ac)(top, { ...unit, apf: 5.0 }).size).toBe(0);
    const r = g({ ...unit, apf: 4.99 });
    expect(blockerLifts(ac)(r, { ...unit, apf: 4.99 }).get('apf@1')).toEqual({
      zh: '差 0.01',
      en: '0.01 short',
    });
    const r2 = g({ ...unit, apf: 4.5 });
    const lifts = blockerLifts(ac)(r2, { ...unit, apf: 4.5 });
    expect(formatExplanation(r2, 'zh', { lifts })).toMatch(
      /距 1级：\n {2}→ 全年能源消耗效率 APF：4\.5.*\n {4}差 0\.50$/,
    );
    expect(formatExplanation(r2, 'en', { lifts })).toMatch(/\n {4}0\.50 short$/);
  });
});

describe('where the lines are shown', () => {
  it('the HTML report’s record view, under the blocker, when the record is given', () => {
    const report = createGradeReport(heater, { lang: 'zh' });
    report.add({ ...grade(WH010), row: 1 }, undefined, WH010);
    const html = report.render();
    expect(html).toContain(
      '<small>差 1.85 个百分点；按 GB/T 8170 修约到 0.1 后比较，≥ 59.95 % 即满足；如 热水输出量 ≥ 35.97 L（其余不变）</small>',
    );
    const en = createGradeReport(heater, { lang: 'en' });
    en.add({ ...grade(WH010), row: 1 }, undefined, WH010);
    expect(en.render()).toContain('<small>1.85 percentage points short;');
  });

  it('qgrade explain, zh and en', async () => {
    const path = decodeURIComponent(FIXTURE.pathname);
    const record = JSON.stringify(WH010);
    const zh = await cli.run(['explain', '-r', path, '--record', record, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(
      '距合格品：\n  → 热水输出率：58.10 %（= 热水输出量 34.86 L ÷ 额定容量 60 L × 100），不满足 ≥ 60.0 %（合格品）\n' +
        '    差 1.85 个百分点；按 GB/T 8170 修约到 0.1 后比较，≥ 59.95 % 即满足；如 热水输出量 ≥ 35.97 L（其余不变）\n',
    );
    const en = await cli.run(['explain', '-r', path, '--record', record, '--lang', 'en']);
    expect(en.stdout).toContain(
      '\n    1.85 percentage points short; compared after rounding to 0.1 (GB/T 8170), ≥ 59.95 % meets it; ' +
        'e.g. Hot water output volume ≥ 35.97 L (others as measured)\n',
    );
    // The JSON result carries nothing more.
    const json = await cli.run(['explain', '-r', path, '--record', record, '--format', 'json']);
    expect(json.stdout).not.toContain('59.95');
  });
});
