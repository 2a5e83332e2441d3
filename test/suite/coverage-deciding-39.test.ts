/**
 * Newcomer-39 F2: `test --coverage` counted the dimPerf floor of 卓越级 (`dimPerf ≥ 80`) as covered by cases at
 * 79.67 / 80 / 80.33 whose totals (79.9–80.1) keep them below 卓越级 whatever the floor is: the same suite passed
 * against the rule file with the floor at 79, 81 or 85. A case now counts at a side of a limit only where the
 * limit decides it: turning the requirement's outcome would change the grade the case states (or its failing
 * list). F9: the `points` band edges are named, with the sides the cases reach.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTestSuite, thresholdCoverage } from '../../src/index';
import { formatCoverage } from '../../src/report/format-coverage';
import { caseDecision } from '../../src/suite/deciding-case';
import { FIXTURES, useTempDir } from '../cli/cli-harness';

const DIR = join(FIXTURES, 'newcomer-39');
const FLOOR = 'dimPerf@excellence';
const temp = useTempDir();

async function coverage(suiteFile: string) {
  const suite = await runTestSuite(suiteFile);
  expect(suite.error).toBeUndefined();
  const report = thresholdCoverage(suite.ruleSet!, suite.cases, suite.uncovered);
  const failed = suite.cases.filter((c) => !c.passed).map((c) => c.name);
  return { report, failed, floor: report.thresholds.find((t) => t.criterion === FLOOR)! };
}

/** The suite in a folder of its own, against the rule file with the dimPerf floor moved to `floor`. */
function mutated(suite: string, floor: number): string {
  const dir = join(temp(), `${suite}-${floor}`);
  const rules = readFileSync(join(DIR, 'provincial-qmc.yaml'), 'utf8');
  const moved = rules.replace('dimPerf: 80 }', `dimPerf: ${floor} }`);
  expect(moved).not.toBe(rules);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'provincial-qmc.yaml'), moved);
  copyFileSync(join(DIR, suite), join(dir, suite));
  return join(dir, suite);
}

describe('coverage counts a case at a limit only where the limit decides it (newcomer-39 F2)', () => {
  it('the checker’s suite: the floor is touched at, below and above, decided nowhere, and said so', async () => {
    const { report, failed, floor } = await coverage(join(DIR, 'floor-touched.test.yaml'));
    expect(failed).toEqual([]);
    expect([floor.at, floor.below, floor.above]).toEqual([false, false, false]);
    expect(report.uncovered).toContain(floor);
    // The cases at 79.67, 80 and 80.33 (and the others at 80) are held by the total's 90.
    expect(floor.undecided!.map((u) => [u.side, u.cases])).toEqual([
      ['at', 4],
      ['below', 1],
      ['above', 1],
    ]);
    for (const u of floor.undecided!)
      expect(u.heldBy).toContainEqual({ criterion: 'totalScore@excellence', cases: u.cases });
    // The dimDigital floor has its own deciding cases (数据采集 69 / 70 / 71 with the total at 96).
    const digital = report.thresholds.find((t) => t.criterion === 'dimDigital@excellence')!;
    expect([digital.at, digital.below, digital.above, digital.undecided]).toEqual([
      true,
      true,
      true,
      undefined,
    ]);
  });

  it('mutation: the same suite still passes with the floor at 79, 81 or 85, and coverage shows the floor undecided', async () => {
    for (const moved of [79, 81, 85]) {
      const { report, failed, floor } = await coverage(mutated('floor-touched.test.yaml', moved));
      expect(failed, `floor ${moved}`).toEqual([]);
      expect(report.uncovered, `floor ${moved}`).toContain(floor);
      expect(floor.value).toBe(moved);
    }
  });

  it('with cases where only the floor stands between the record and 卓越级, it is covered, and moving it fails them', async () => {
    const { report, failed, floor } = await coverage(join(DIR, 'floor-decided.test.yaml'));
    expect(failed).toEqual([]);
    expect([floor.at, floor.below, floor.above, floor.undecided]).toEqual([true, true, true, undefined]);
    expect(report.uncovered.map((t) => t.criterion)).not.toContain(FLOOR);
    // Moved to 81 the at-80 and 80.33 cases fall to 预防级; moved to 79 the 79.67 case rises to 卓越级.
    expect((await coverage(mutated('floor-decided.test.yaml', 81))).failed).toEqual([
      '卓越级质量绩效维度下限80：满意度 70，维度 80，总分 94 → 卓越级',
      '卓越级质量绩效维度下限80：满意度 71，维度 80.33，总分 94.1 → 卓越级',
    ]);
    expect((await coverage(mutated('floor-decided.test.yaml', 79))).failed).toEqual([
      '卓越级质量绩效维度下限80：满意度 69，维度 79.67，总分 93.9 → 预防级',
    ]);
  });

  it('says which sides are touched but not decided, and what holds the grade, zh and en', async () => {
    const { report } = await coverage(join(DIR, 'floor-touched.test.yaml'));
    const en = formatCoverage(report, 'provincial-qmc.yaml', 'en');
    expect(en).toContain(
      '\n    dimPerf@excellence ≥ 80 (line 123): no case at, just below, just above (a value within 1 of 80); cases reach it (at: 4, just below: 1, just above: 1) but none is decided by it — in them other failed requirements hold the grade whatever this limit is: totalScore@excellence (6), totalScore@prevention (1)\n',
    );
    expect(en).toMatch(
      /^coverage of provincial-qmc\.yaml: 5 of 8 thresholds have a deciding case at, just below and just above them$/m,
    );
    const zh = formatCoverage(report, 'provincial-qmc.yaml', 'zh');
    expect(zh).toContain(
      '\n    dimPerf@excellence ≥ 80（第 123 行）：缺少阈值处、略低于、略高于的用例（与 80 相差不超过 1 的值）；有用例触及（阈值处 4 个、略低于 1 个、略高于 1 个），但都不由它决定结果——这些用例中另有不满足的要求，无论此限值如何等级都不变：totalScore@excellence（6 个）、totalScore@prevention（1 个）\n',
    );
  });
});

describe('caseDecision: what a case would notice', () => {
  const grades = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const criterion = (id: string, grade: string | null, passed: boolean) =>
    ({
      id,
      grade,
      passed,
      status: passed ? 'passed' : 'failed',
      effect: grade ? 'requirement' : 'scope',
    }) as never;
  const floor = criterion('floor@c', 'c', false);
  const total = criterion('total@c', 'c', false);
  const lower = criterion('x@b', 'b', false);

  it('decides when no other failed requirement of its grade or below holds the grade', () => {
    expect(caseDecision({ criteria: [floor] }, floor, grades)).toEqual({
      decides: true,
      heldBy: [],
      unchecked: false,
    });
    // A requirement of a higher grade failing does not hold this one's grade.
    expect(caseDecision({ criteria: [lower, floor] }, lower, grades).decides).toBe(true);
    expect(caseDecision({ criteria: [floor, total] }, floor, grades)).toEqual({
      decides: false,
      heldBy: ['total@c'],
      unchecked: false,
    });
    expect(caseDecision({ criteria: [floor, lower] }, floor, grades).heldBy).toEqual(['x@b']);
    // Out of scope, nothing but the scope decides.
    const scope = criterion('size', null, false);
    expect(caseDecision({ criteria: [scope, floor] }, floor, grades).heldBy).toEqual(['size']);
  });

  it('a case listing failing notices any turn; one stating nothing the grade turns for is unchecked', () => {
    expect(caseDecision({ criteria: [floor, total] }, floor, grades, ['failing']).decides).toBe(true);
    expect(caseDecision({ criteria: [floor] }, floor, grades, [])).toEqual({
      decides: false,
      heldBy: [],
      unchecked: true,
    });
    // Blockers: the next grade's failed requirements change when one of them turns.
    expect(caseDecision({ criteria: [floor, total] }, floor, grades, ['blockers']).decides).toBe(true);
    expect(caseDecision({ criteria: [floor, lower] }, floor, grades, ['blockers']).decides).toBe(false);
  });
});

describe('points band edges are named, with the sides the cases reach (newcomer-39 F9)', () => {
  it('passRate 90, 95 and 98, each reached at, just below and just above by the checker’s cases, zh and en', async () => {
    const { report } = await coverage(join(DIR, 'floor-touched.test.yaml'));
    expect(report.pointBandEdges).toBe(3);
    expect(report.pointBands.map((e) => [e.indicator, e.edge, e.at, e.below, e.above])).toEqual([
      ['passRate', 90, true, true, true],
      ['passRate', 95, true, true, true],
      ['passRate', 98, true, true, true],
    ]);
    expect(formatCoverage(report, 'x.yaml', 'zh')).toContain(
      '\n  scoring 的 points 分档端点 3 个未计入（不是要求的限值），请自己为它们写用例；用例的取值：\n    passRate 90（dimPerf；略低于、略高于指与 90 相差不超过 1 的值）：有阈值处、略低于、略高于的用例\n',
    );
    expect(formatCoverage(report, 'x.yaml', 'en')).toContain(
      '\n    passRate 98 (dimPerf; just below/above: a value within 1 of 98): cases at, just below, just above',
    );
  });

  it('an edge no case reaches on a side says which side is missing', async () => {
    const suite = await runTestSuite(join(DIR, 'floor-touched.test.yaml'));
    // Without the 94.9 case nothing lies just below 95.
    const cases = suite.cases.filter((c) => !c.name.includes('94.9'));
    const report = thresholdCoverage(suite.ruleSet!, cases, suite.uncovered);
    expect(report.pointBands[1]).toMatchObject({ edge: 95, at: true, below: false, above: true });
    expect(formatCoverage(report, 'x.yaml', 'en')).toContain(
      '\n    passRate 95 (dimPerf; just below/above: a value within 1 of 95): cases at, just above; none just below\n',
    );
    expect(formatCoverage(report, 'x.yaml', 'zh')).toContain(
      '\n    passRate 95（dimPerf；略低于、略高于指与 95 相差不超过 1 的值）：有阈值处、略高于的用例，缺少略低于\n',
    );
  });
});
