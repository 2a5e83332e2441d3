import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeCauses, movedCriteria } from '../../src/compare/compare-rule-sets';
import { createCompareTally } from '../../src/compare/compare-tally';
import { movableBy } from '../../src/compare/grade-direction';
import { createComparison, createGrader, loadRuleSet, parseRuleSet } from '../../src/index';

const ROOT = join(import.meta.dirname, '../..');
const REBAR: Record<string, unknown>[] = JSON.parse(
  readFileSync(join(ROOT, 'examples/steel-rebar.json'), 'utf8'),
);

async function graders() {
  const a = await loadRuleSet('steel/hot-rolled-ribbed-bar');
  const b = await loadRuleSet(join(ROOT, 'examples/hot-rolled-ribbed-bar-2024-draft.yaml'));
  return { a, b, ga: createGrader(a), gb: createGrader(b) };
}

describe('changeCauses', () => {
  it('tells the limit that moved the record (-3.6 fails ≥ -3.5) from the one it passes under both (≤ 3.5)', async () => {
    const { ga, gb } = await graders();
    const record = REBAR[5]!; // row 6, 24-0313-B, mass deviation -3.6 in the 22–50 mm band
    const [ra, rb] = [ga.gradeSync(record), gb.gradeSync(record)];
    expect(movedCriteria(ra, rb)).toEqual(['mass-deviation-lower', 'mass-deviation-upper']);
    expect(changeCauses(ra, rb)).toEqual({
      causes: ['mass-deviation-lower'],
      limitOnly: ['mass-deviation-upper'],
      outOfReach: [],
      addedInB: [],
      removedInB: [],
    });
  });

  it('counts figures that add up, and only causes in the tally of what moved records', async () => {
    const { a, b, ga, gb } = await graders();
    const tally = createCompareTally(a, b);
    for (const r of REBAR) tally.add(ga.gradeSync(r), gb.gradeSync(r));
    const counts = tally.counts();
    expect(counts).toMatchObject({ total: 12, unchanged: 11, changed: 1, up: 0, down: 1, sideways: 0 });
    expect(counts.a).toEqual({
      graded: 7,
      notGraded: 5,
      invalid: 1,
      reasons: { 'out-of-scope': 0, 'gate-failed': 0, 'below-lowest-grade': 4 },
      // Rebar conformity has one grade: its records below it are nonconforming where reports name them.
      oneGrade: true,
    });
    for (const side of [counts.a, counts.b]) {
      expect(side.graded + side.notGraded).toBe(counts.total);
      const parts = Object.values(side.reasons).reduce((s, n) => s + n, side.invalid);
      expect(parts).toBe(side.notGraded);
    }
    expect(counts.unchanged + counts.changed).toBe(counts.total);
    expect(counts.up + counts.down + counts.sideways).toBe(counts.changed);
    expect([...tally.causeCounts()]).toEqual([['mass-deviation-lower', 1]]);
  });
});

describe('a requirement of a grade above both of the record’s grades did not move it', () => {
  // The committee's case 2: the draft raises first-class 28 d to ≥ 47.0, lowers first-class 3 d to ≥ 19.0
  // and tightens superior Cl⁻ to ≤ 0.03.
  const TEXT = readFileSync(join(ROOT, 'rules/building-materials/cement-quality-grade.yaml'), 'utf8');
  const draftText = (): string => {
    let text = TEXT.replace(/^version: .*$/m, 'version: 2.0.0-draft');
    for (const [from, to] of [
      ['require: "≥ 46.0 MPa", grade: first-class', 'require: "≥ 47.0 MPa", grade: first-class'],
      ['require: "≥ 20.0 MPa", grade: first-class', 'require: "≥ 19.0 MPa", grade: first-class'],
      ['require: "≤ 0.04 %", grade: superior', 'require: "≤ 0.03 %", grade: superior'],
    ] as const) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    return text;
  };
  const base = JSON.parse(readFileSync(join(ROOT, 'examples/cement-quality-grade.json'), 'utf8'))[0];
  // SN-005: 28 d = 46.0 (first class under A, not under B), Cl⁻ = 0.04 (superior's limit passed under A
  // only, but the sample misses superior under both on its 28 d strength).
  const sn005 = { ...base, compressive3d: 20.0, compressive28d: 46.0, chloride: 0.04 };
  // SN-012: superior under A; Cl⁻ = 0.035 fails the draft's ≤ 0.03 and holds it at first class.
  const sn012 = { ...base, compressive3d: 25.0, compressive28d: 50.0, chloride: 0.035 };

  it('SN-005 has one cause, and chloride-superior counts one record', async () => {
    const a = parseRuleSet(TEXT, { filename: 'cement-2025.yaml' });
    const b = parseRuleSet(draftText(), { filename: 'cement-draft.yaml' });
    const [ga, gb] = [createGrader(a), createGrader(b)];
    const tally = createCompareTally(a, b);
    const comparison = createComparison(a, b);
    const seen = [sn005, sn012].map((r) => {
      const [ra, rb] = [ga.gradeSync(r), gb.gradeSync(r)];
      comparison.add(ra, rb);
      return tally.add(ra, rb);
    });
    expect(seen[0]).toEqual({
      direction: 'down',
      causes: ['compressive-28d-first-class'],
      limitOnly: ['compressive-3d-first-class'],
      outOfReach: ['chloride-superior'],
      addedInB: [],
      removedInB: [],
    });
    expect(seen[1]).toMatchObject({ direction: 'down', causes: ['chloride-superior'], outOfReach: [] });
    expect(Object.fromEntries(tally.causeCounts())).toEqual({
      'compressive-28d-first-class': 1,
      'chloride-superior': 1,
    });
    const { changes } = comparison.result();
    expect(changes.map((c) => [c.from, c.to, c.causes])).toEqual([
      ['first-class', 'conforming', ['compressive-28d-first-class']],
      ['superior', 'first-class', ['chloride-superior']],
    ]);
    // `criteria` still names every requirement whose outcome or limit differs.
    expect(changes[0]!.criteria).toEqual([
      'compressive-28d-first-class',
      'compressive-3d-first-class',
      'chloride-superior',
    ]);
  });

  it('a record that falls out of grading keeps its gate and scope causes', async () => {
    const a = parseRuleSet(TEXT, { filename: 'cement-2025.yaml' });
    const b = parseRuleSet(
      TEXT.replace('require: "≤ 0.06 %", gate: true', 'require: "≤ 0.03 %", gate: true'),
      {
        filename: 'gate.yaml',
      },
    );
    const [ga, gb] = [createGrader(a), createGrader(b)];
    const r = { ...base, chloride: 0.035 };
    const split = createCompareTally(a, b).add(ga.gradeSync(r), gb.gradeSync(r));
    expect(split).toMatchObject({ direction: 'down', causes: ['gb175-chloride'] });
  });
});

describe('a requirement only one rule set has, which the record meets, did not move it', () => {
  // B raises superior strength to ≥ 520 and adds a veto item on hardness (≤ 10); A has a veto item on density B dropped.
  const ruleSet = (version: string, superior: string, extra: string, gate: string) => `schemaVersion: 1
id: test/added-gate
version: ${version}
industry: test
subject: product
title: { zh: 新增否决项, en: Added veto item }
references:
  - { code: TEST 6-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  strength: { type: number, unit: MPa, label: { zh: 强度, en: Strength } }
  chloride: { type: number, unit: "%", label: { zh: 氯离子, en: Chloride } }
${extra}grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
  - { id: S, label: { zh: 优等, en: Superior } }
criteria:
  - { id: strength-c, indicator: strength, require: "≥ 400", grade: C }
  - { id: strength-s, indicator: strength, require: "${superior}", grade: S }
  - { id: chloride-gate, indicator: chloride, require: "≤ 0.06", gate: true }
${gate}`;
  const a = parseRuleSet(
    ruleSet(
      '1.0.0',
      '≥ 500',
      '  density: { type: number, label: { zh: 密度, en: Density } }\n',
      '  - { id: density-gate, indicator: density, require: "≤ 9", gate: true }\n',
    ),
  );
  const b = parseRuleSet(
    ruleSet(
      '2.0.0',
      '≥ 520',
      '  hardness: { type: number, label: { zh: 硬度, en: Hardness } }\n',
      '  - { id: hardness-gate, indicator: hardness, require: "≤ 10", gate: true }\n',
    ),
  );
  const [ga, gb] = [createGrader(a), createGrader(b)];
  const split = (record: Record<string, unknown>) => {
    const [ra, rb] = [ga.gradeSync(record), gb.gradeSync(record)];
    return { grades: [ra.grade, rb.grade], ...changeCauses(ra, rb, movableBy(a, b)(ra.grade, rb.grade)) };
  };
  const base = { strength: 510, chloride: 0.02, density: 7.8 };

  it('S → C on the raised limit: the new veto item met (10 at its limit) is added in B, not a cause', () => {
    // Met, the veto item A dropped and the one B added are no limit that changed (committee-35 M4).
    for (const hardness of [3, 10]) {
      expect(split({ ...base, hardness })).toEqual({
        grades: ['S', 'C'],
        causes: ['strength-s'],
        limitOnly: [],
        outOfReach: [],
        addedInB: ['hardness-gate'],
        removedInB: ['density-gate'],
      });
    }
  });

  it('the new veto item failed (10.1, just above) is a cause', () => {
    expect(split({ ...base, hardness: 10.1 })).toEqual({
      grades: ['S', null],
      causes: ['strength-s', 'hardness-gate'],
      limitOnly: [],
      outOfReach: [],
      addedInB: [],
      removedInB: ['density-gate'],
    });
  });

  it('to not graded on a veto item both have: the new one met is not a cause (it was, any grade being movable)', () => {
    expect(split({ ...base, chloride: 0.07, hardness: 3 })).toEqual({
      grades: [null, null],
      causes: [],
      limitOnly: [],
      // Superior's 510 passes A's ≥ 500 and fails B's ≥ 520, a grade reached under neither.
      outOfReach: ['strength-s'],
      addedInB: ['hardness-gate'],
      removedInB: ['density-gate'],
    });
    // A's dropped veto item failed under A moved the record (not graded → C); superior, above both, did not.
    expect(split({ ...base, density: 9.5, hardness: 3 })).toEqual({
      grades: [null, 'C'],
      causes: ['density-gate'],
      limitOnly: [],
      outOfReach: ['strength-s'],
      addedInB: ['hardness-gate'],
      removedInB: [],
    });
  });

  it('the tally of what moved records counts only causes', () => {
    const tally = createCompareTally(a, b);
    for (const hardness of [3, 10, 10.1]) {
      const record = { ...base, hardness };
      tally.add(ga.gradeSync(record), gb.gradeSync(record));
    }
    expect([...tally.causeCounts()]).toEqual([
      ['strength-s', 3],
      ['hardness-gate', 1],
    ]);
  });
});
