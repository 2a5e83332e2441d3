import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { holdsDown } from '../../src/report/summarize-result';

// A record a veto item left without a grade is told what it takes to be graded at all: the veto item may be
// another grade's test, which "To reach Grade B" would misname (GB/T 1591's −60 °C test of grade F).
const steel = createGrader(await loadRuleSet('steel/low-alloy-structural-steel'));
const cement = createGrader(await loadRuleSet('building-materials/cement-quality-grade'));

/** A Q355N with grade F's chemistry, tested at −60 °C: KV2 mean 26 J misses F's 27 J. */
const q355n = {
  designation: 'Q355N',
  thickness: 20,
  impactTemperature: -60,
  impactEnergy: [26, 26, 26],
  carbon: 0.18,
  silicon: 0.4,
  manganese: 1.4,
  phosphorus: 0.015,
  sulfur: 0.005,
  yieldStrength: 360,
  tensileStrength: 500,
};

/** P·O 42.5 failing GB 175-2007's 3-day compressive strength (17.0 MPa, a veto item), everything else fine. */
const weakCement = {
  cementType: 'P.O',
  strengthClass: '42.5',
  compressive3d: 16.9,
  compressive28d: 48.5,
  flexural3d: 4.0,
  flexural28d: 7.0,
  initialSetting: 150,
  finalSetting: 250,
  magnesia: 2.0,
  sulfurTrioxide: 2.5,
  chloride: 0.03,
  soundness: true,
};

describe('the lead before what a record needs', () => {
  it('a veto item failed: "to be graded at all", in the explanation and the one-line reason, zh and en', () => {
    for (const [grader, record, id] of [
      [steel, q355n, 'impact-f-mean'],
      [cement, weakCement, 'gb175-compressive-3d'],
    ] as const) {
      const result = grader.gradeSync(record);
      expect(result.grade).toBeNull();
      expect(result.notGradedReason?.code).toBe('gate-failed');
      expect(result.nextGrade?.blockers.map((b) => b.id)).toContain(id);
      expect(formatExplanation(result, 'en')).toContain('\nTo be graded at all:\n  → ');
      expect(formatExplanation(result, 'zh')).toContain('\n要参与分级：\n  → ');
      expect(formatExplanation(result, 'en')).not.toContain('To reach');
      expect(holdsDown(result, 'en', true)).toMatch(new RegExp(`^To be graded at all: .*${id}`));
      expect(holdsDown(result, 'zh')).toMatch(/^要参与分级：/);
    }
  });

  it('below the lowest grade without a veto: still "to reach" the lowest grade', () => {
    // The same Q355N tested at −60 °C without F's sulfur: B–E's 34 J decides, and 26 J misses it.
    const result = steel.gradeSync({ ...q355n, sulfur: 0.015 });
    expect(result.notGradedReason?.code).toBe('below-lowest-grade');
    expect(formatExplanation(result, 'en')).toContain('\nTo reach Grade B:\n');
    expect(formatExplanation(result, 'zh')).toContain('\n距 B级：\n');
  });
});
