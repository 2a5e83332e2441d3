/**
 * A criterion's `note` (示例数值 / Illustrative figure) is shown once per
 * criterion, as README and rule-format.md say: the bundled cement grading
 * gives five criteria one note through a YAML alias, and each of them shows
 * it (it was shown once per note text, under one line of the five:
 * standards-21 F2). The next grade's blockers carry their criterion's note
 * too, so the invented limit a record is told to reach is marked, in text
 * and in the HTML record view. A record a veto item left without a grade is
 * told what it takes to be graded (standards-21 F8).
 */
import { describe, expect, it } from 'vitest';
import { createGradeReport, createGrader, loadRuleSet } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();

const CEMENT = 'building-materials/cement-quality-grade';
/** 合格品: 3-day strength just under first class's 20.0 MPa, 28-day between 46 and 48, Cl⁻ and SO₃ just over. */
const CEMENT_RECORD = {
  cementType: 'P.O',
  strengthClass: '42.5',
  compressive3d: 19.99,
  compressive28d: 47.99,
  flexural3d: 5,
  flexural28d: 8,
  initialSetting: 120,
  finalSetting: 300,
  magnesia: 3,
  sulfurTrioxide: 3.01,
  chloride: 0.041,
  soundness: true,
};

const explain = (lang: string, rules: string, record: object) =>
  cli.run(['--lang', lang, 'explain', '-r', rules, '--record', JSON.stringify(record)]);

describe('a note on several criteria (cement-quality-grade)', () => {
  it('zh: under each noted criterion’s line, and under the blocker to reach 一等品', async () => {
    const { stdout, code } = await explain('zh', CEMENT, CEMENT_RECORD);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(lines.indexOf('  ✓ 28 天抗压强度：47.99 MPa，满足 ≥ 46.0 MPa（一等品）'))).toEqual([
      '  ✓ 28 天抗压强度：47.99 MPa，满足 ≥ 46.0 MPa（一等品）',
      '    注：示例数值',
      '  ✗ 28 天抗压强度：47.99 MPa，不满足 ≥ 48.0 MPa（优等品）',
      '    注：示例数值',
      '  ✗ 3 天抗压强度：19.99 MPa，不满足 ≥ 20.0 MPa（一等品）',
      '    注：示例数值',
      '  ✗ 3 天抗压强度：19.99 MPa，不满足 ≥ 22.0 MPa（优等品）',
      '    注：示例数值',
      '  ✗ 氯离子 Cl⁻：0.041 %，不满足 ≤ 0.04 %（优等品）',
      '    注：示例数值',
      '  ✗ 三氧化硫 SO₃：3.01 %，不满足 ≤ 3.0 %（未满足时等级不高于一等品）',
      '    注：示例数值',
      // MgO after a passed autoclave test and loss on ignition (1.1.0): the record gives neither.
      '  – 另有 2 项要求不适用于此记录（--all 列出）',
      '距一等品：',
      '  → 3 天抗压强度：19.99 MPa，不满足 ≥ 20.0 MPa（一等品）',
      '    注：示例数值',
      // How far, after the note (fix-lift7): the full-value method, no rounding to say.
      '    差 0.01 MPa',
    ]);
    // The GB 175 gates have no note: their lines stay one line each.
    expect(stdout).toContain('  ✓ 氯离子 Cl⁻：0.041 %，满足 ≤ 0.06 %（否决项）\n  ✓ 安定性（沸煮法）');
  });

  it('en: the same lines', async () => {
    const { stdout } = await explain('en', CEMENT, CEMENT_RECORD);
    const lines = stdout.trimEnd().split('\n');
    const first = lines.findIndex((l) => l.includes('47.99 MPa meets ≥ 46.0 MPa'));
    expect(lines.slice(first)).toEqual([
      '  ✓ 28-day compressive strength: 47.99 MPa meets ≥ 46.0 MPa (First class)',
      '    Note: Illustrative figure',
      '  ✗ 28-day compressive strength: 47.99 MPa does not meet ≥ 48.0 MPa (Superior)',
      '    Note: Illustrative figure',
      '  ✗ 3-day compressive strength: 19.99 MPa does not meet ≥ 20.0 MPa (First class)',
      '    Note: Illustrative figure',
      '  ✗ 3-day compressive strength: 19.99 MPa does not meet ≥ 22.0 MPa (Superior)',
      '    Note: Illustrative figure',
      '  ✗ Chloride (Cl⁻): 0.041 % does not meet ≤ 0.04 % (Superior)',
      '    Note: Illustrative figure',
      '  ✗ Sulfur trioxide (SO₃): 3.01 % does not meet ≤ 3.0 % (failing it caps the grade at First class)',
      '    Note: Illustrative figure',
      '  – 2 more requirements do not apply to this record (--all lists them)',
      'To reach First class:',
      '  → 3-day compressive strength: 19.99 MPa does not meet ≥ 20.0 MPa (First class)',
      '    Note: Illustrative figure',
      '    0.01 MPa short',
    ]);
  });

  it('the HTML record view marks the blocker as the list does', async () => {
    const ruleSet = await loadRuleSet(CEMENT);
    for (const [lang, note, blocker] of [
      ['zh', '注：示例数值', '→ 3 天抗压强度：19.99 MPa，不满足 ≥ 20.0 MPa（一等品）'],
      [
        'en',
        'Note: Illustrative figure',
        '→ 3-day compressive strength: 19.99 MPa does not meet ≥ 20.0 MPa (First class)',
      ],
    ] as const) {
      const report = createGradeReport(ruleSet, { lang });
      report.add(createGrader(ruleSet).gradeSync(CEMENT_RECORD));
      const html = report.render();
      // Six lines of the list and the blocker.
      expect(html.split(`<small>${note}</small>`)).toHaveLength(8);
      expect(html).toContain(`<li>${blocker}<br><small>${note}</small></li>`);
    }
  });
});

describe('a failed veto item (standards-21 F8): the text says what the JSON nextGrade says', () => {
  const APPLIANCE = 'home-appliances/appliance-quality-grading';
  const unsafe = {
    safetyTest: false,
    cccCertified: true,
    energyGrade: 1,
    noise: 40,
    failureRate: 0.5,
    reliabilityScore: 100,
    intelligenceScore: 100,
    userExperienceScore: 100,
    afterSalesScore: 100,
  };

  it('appliance-quality-grading with safety false, zh and en', async () => {
    const json = JSON.parse(
      (await cli.run(['explain', '-r', APPLIANCE, '-f', 'json', '--record', JSON.stringify(unsafe)])).stdout,
    );
    expect(json.nextGrade.blockers.map((b: { id: string }) => b.id)).toEqual(['safety']);
    const zh = (await explain('zh', APPLIANCE, unsafe)).stdout.trimEnd().split('\n');
    // Safety met alone grades the record three-star, above the lowest grade: said (standards-40 M4).
    expect(zh.slice(-3)).toEqual([
      '要参与分级：',
      '  → 安全性能检验：否，不满足要求（要求为“是”）（否决项）',
      '    仅此一项即可达到三星级',
    ]);
    const en = (await explain('en', APPLIANCE, unsafe)).stdout.trimEnd().split('\n');
    expect(en.slice(-3)).toEqual([
      'To be graded at all:',
      '  → Safety tests: false does not meet the requirement (required: true) (veto item)',
      expect.stringMatching(/^ {4}this alone reaches /),
    ]);
  });

  it('low-alloy steel’s grade F test failed on single values, with its note under the blocker', async () => {
    const record = {
      designation: 'Q355N',
      thickness: 20,
      yieldStrength: 400,
      tensileStrength: 520,
      impactTemperature: -60,
      impactEnergy: [26.5, 26.5, 28],
      carbon: 0.16,
      manganese: 1.4,
      phosphorus: 0.015,
      sulfur: 0.008,
    };
    const steel = 'steel/low-alloy-structural-steel';
    const en = (await explain('en', steel, record)).stdout.trimEnd().split('\n');
    expect(en.slice(-4)).toEqual([
      'To be graded at all:',
      "  → Grade F's test (−60 °C), impact energy KV2, single values: single values 26.5, 26.5, 28 J (rounded to 26, 26, 28): 2 fail ≥ 27 J (specimens 1, 2), at most 1 allowed (veto item)",
      '    Note: One single value may be below the limit.',
      // 26.5 rounds to 26 (even): one specimen above it is enough (standards-40 M3).
      '    raise 1 specimen (#1 26.5 J); compared after rounding to 1 (GB/T 8170), > 26.5 J meets it; this alone reaches Grade F',
    ]);
    const zh = (await explain('zh', steel, record)).stdout.trimEnd().split('\n');
    expect(zh.slice(-4)).toEqual([
      '要参与分级：',
      '  → F级试验（−60 °C）冲击吸收能量 KV2 单个值：单个值 26.5、26.5、28 J（修约值 26、26、28），2 个不满足 ≥ 27 J（第 1、2 个），允许至多 1 个（否决项）',
      expect.stringMatching(/^ {4}注：/),
      '    将 1 个试样（第 1 个 26.5 J）提高；按 GB/T 8170 修约到 1 后比较，> 26.5 J 即满足；仅此一项即可达到 F级',
    ]);
  });
});
