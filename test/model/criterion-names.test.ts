import { describe, expect, it } from 'vitest';
import { createGradeReport, createGrader, loadRuleSet } from '../../src/index';
import { criterionName, criterionNames } from '../../src/model/criterion-names';
import { modelOf } from '../../src/resolve/rule-set';
import { enterpriseScores, SUPERIOR_CEMENT } from '../helpers';

describe('requirement names in tables and summaries', () => {
  it('name the grade of a requirement written once per grade, as of one repeated from a table', async () => {
    // Two requirements on 28-day strength, one per grade, each written out: their labels alone read the same.
    const names = criterionNames(modelOf(await loadRuleSet('building-materials/cement-quality-grade')));
    expect(names.get('compressive-28d-first-class')).toEqual({
      zh: '28 天抗压强度（一等品）',
      en: '28-day compressive strength (First class)',
    });
    expect(names.get('compressive-28d-superior')?.zh).toBe('28 天抗压强度（优等品）');
    const ac = criterionNames(modelOf(await loadRuleSet('home-appliances/room-air-conditioner-energy')));
    expect(ac.get('apf@1')?.zh).toBe('全年能源消耗效率 APF（1级）');
  });

  it('leave the grade out where the rule set has one grade, and for scope', async () => {
    const rebar = modelOf(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
    expect(rebar.grades).toHaveLength(1);
    const names = criterionNames(rebar);
    expect(names.get('mass-deviation-lower')?.zh).toBe('重量负偏差');
    const ac = criterionNames(modelOf(await loadRuleSet('home-appliances/room-air-conditioner-energy')));
    expect(ac.get('capacity-in-scope')?.zh).toBe('额定制冷量 CC');
  });

  it('tell apart requirements of one label and grade by their limits (hostile-22 M5, committee-22 F13)', async () => {
    const ac = criterionNames(modelOf(await loadRuleSet('home-appliances/room-air-conditioner-energy')));
    // Four scope requirements on 结构形式, one value each: by the value's label.
    expect(ac.get('not-window')).toEqual({ zh: '结构形式 ≠ 整体式', en: 'Configuration ≠ Single-package' });
    expect(ac.get('not-mobile')?.zh).toBe('结构形式 ≠ 移动式');
    expect(ac.get('not-ducted')?.zh).toBe('结构形式 ≠ 风管送风式');
    const names = [...ac.values()].map((n) => n.zh);
    expect(new Set(names).size).toBe(names.length);
    // One requirement of its label per grade keeps the label alone.
    expect(ac.get('capacity-in-scope')?.zh).toBe('额定制冷量 CC');
  });

  it('name a veto item as one, not by the grade it is filed under', async () => {
    // 一票否决: an unsafe appliance gets no stars at all, whatever grade the item is filed under.
    const model = modelOf(await loadRuleSet('home-appliances/appliance-quality-grading'));
    const safety = model.criteria.find((c) => c.id === 'safety')!;
    expect(safety.effect).toBe('gate');
    expect(criterionNames(model).get('safety')).toEqual({
      zh: `${safety.label.zh}（否决项）`,
      en: `${safety.label.en} (veto item)`,
    });
  });
});

describe('a cap named by the grade it caps at, not the grade above it is filed under (enterprise-23 W6)', () => {
  it('criterionNames: 近三年发生重大质量事故（上限：检验级）, zh and en', async () => {
    const model = modelOf(await loadRuleSet('enterprise/quality-management-capability'));
    const cap = model.criteria.find((c) => c.id === 'no-major-incident')!;
    expect(cap.effect).toBe('cap');
    // Filed under 保证级, the grade a failing record cannot reach.
    expect(cap.grade!.id).toBe('assurance');
    expect(criterionNames(model).get('no-major-incident')).toEqual({
      zh: '近三年发生重大质量事故（上限：检验级）',
      en: 'Major quality incident in the last three years (cap: Inspection)',
    });
  });

  it('criterionName and the HTML pass-rate table: （上限：检验级）, never （保证级）', async () => {
    const grades = new Map([
      ['inspection', '检验级'],
      ['assurance', '保证级'],
    ]);
    const t = {
      label: { zh: '重大事故', en: 'Major incident' },
      grade: 'assurance',
      effect: 'cap',
      capAt: 'inspection',
    };
    expect(criterionName(t, 'zh', grades)).toBe('重大事故（上限：检验级）');
    expect(
      criterionName(
        t,
        'en',
        new Map([
          ['inspection', 'Inspection'],
          ['assurance', 'Assurance'],
        ]),
      ),
    ).toBe('Major incident (cap: Inspection)');
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const grader = createGrader(ruleSet);
    for (const [lang, name, wrong] of [
      ['zh', '近三年发生重大质量事故（上限：检验级）', '近三年发生重大质量事故（保证级）'],
      [
        'en',
        'Major quality incident in the last three years (cap: Inspection)',
        'in the last three years (Assurance)',
      ],
    ] as const) {
      const report = createGradeReport(ruleSet, { lang });
      report.add(grader.gradeSync(enterpriseScores(95, { majorQualityIncident: true })));
      report.add(grader.gradeSync(enterpriseScores(95, { majorQualityIncident: false })));
      const html = report.render();
      expect(html).toContain(name);
      expect(html).not.toContain(wrong);
    }
  });
});

describe('a requirement named in a list that mixes grades, scope and veto items', () => {
  const tally = (grade: string | null, effect: string) => ({
    label: { zh: '氯离子 Cl⁻', en: 'Chloride Cl⁻' },
    grade,
    effect,
  });
  const two = new Map([
    ['first-class', '一等品'],
    ['superior', '优等品'],
  ]);

  it('names a veto item as one whatever grade it is filed under, as compare and diff do', () => {
    expect(criterionName(tally('first-class', 'gate'), 'zh', two)).toBe('氯离子 Cl⁻（否决项）');
    expect(criterionName(tally('first-class', 'gate'), 'en', two)).toBe('Chloride Cl⁻ (veto item)');
    expect(criterionName(tally('superior', 'grade'), 'zh', two)).toBe('氯离子 Cl⁻（优等品）');
    expect(criterionName(tally(null, 'scope'), 'en', two)).toBe('Chloride Cl⁻ (scope)');
  });

  it('leaves the grade out where the rule set has one', () => {
    expect(criterionName(tally('conforming', 'grade'), 'zh', new Map([['conforming', '合格']]))).toBe(
      '氯离子 Cl⁻',
    );
  });

  it('is how the HTML report lists the most frequent failing requirements', async () => {
    const ruleSet = await loadRuleSet('building-materials/cement-quality-grade');
    const veto = modelOf(ruleSet).criteria.find((c) => c.effect === 'gate' && c.subject === 'chloride')!;
    const grader = createGrader(ruleSet);
    const report = createGradeReport(ruleSet, { lang: 'zh' });
    report.add(grader.gradeSync({ ...SUPERIOR_CEMENT, chloride: 0.07 }));
    const html = report.render();
    expect(html).toContain(`${veto.label.zh}（否决项）`);
    expect(html).not.toContain(`${veto.label.zh}（${veto.grade!.label.zh}）`);
  });
});
