import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet, type RuleSet } from '../../src/index';
import { blockersProblem } from '../../src/suite/case-problems';
import { runSuite } from '../../src/suite/run-suite';
import { parseTestSuite, type TestSuite } from '../../src/suite/test-suite';

// GB/T 1591-2018 (unverified): a normalized Q355N tested at −20 °C with P and S at 0.020 % reaches D; E asks a
// test at −40 °C (the one requirement between it and E), F one at −60 °C and S ≤ 0.010 %.
const Q355N_D = `{ designation: Q355N, thickness: 20, yieldStrength: 400, tensileStrength: 540, impactTemperature: -20,
      impactEnergy: [40, 41, 42], carbon: 0.15, manganese: 1.2, phosphorus: 0.020, sulfur: 0.020 }`;
// The same sample tested at −60 °C with S at 0.010 %: F, the top grade, with nothing above it.
const Q355N_F = `{ designation: Q355N, thickness: 20, yieldStrength: 400, tensileStrength: 540, impactTemperature: -60,
      impactEnergy: [40, 41, 42], carbon: 0.15, manganese: 1.2, phosphorus: 0.020, sulfur: 0.010 }`;

let steel: RuleSet;
beforeAll(async () => {
  steel = await loadRuleSet('steel/low-alloy-structural-steel');
});

function suite(cases: string): TestSuite {
  const parsed = parseTestSuite(`ruleSet: steel/low-alloy-structural-steel\ncases:\n${cases}`, 'b.test.yaml');
  if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed;
}

describe("a case's blockers: the requirements between the record and the next grade", () => {
  it("passes when exactly the next grade's failing requirements are listed, and fails naming both sets otherwise", async () => {
    const result = await runSuite(
      suite(`  - name: right
    input: ${Q355N_D}
    grade: D
    blockers: [impact-temperature@E]
  - name: a higher grade's requirement is no blocker
    input: ${Q355N_D}
    blockers: [impact-temperature@E, sulfur@F]
  - name: wrong
    input: ${Q355N_D}
    blockers: [sulfur@F]
`),
      steel,
    );
    expect(result.error).toBeUndefined();
    expect(result.cases.map((c) => c.passed)).toEqual([true, false, false]);
    expect(result.cases[1]!.problems).toEqual([
      'blockers: expected [impact-temperature@E, sulfur@F], got [impact-temperature@E]; did not hold it back: sulfur@F',
    ]);
    expect(result.cases[2]!.problems).toEqual([
      'blockers: expected [sulfur@F], got [impact-temperature@E]; did not hold it back: sulfur@F; also held it back: impact-temperature@E',
    ]);
    expect(result.cases[2]!.problemTexts?.[0]?.zh).toBe(
      '妨碍升级的要求：预期 [sulfur@F]，实际 [impact-temperature@E]；预期妨碍升级而实际没有：sulfur@F；另有妨碍升级：impact-temperature@E',
    );
  });

  it('is [] for the top grade, and a listed blocker there fails', async () => {
    const result = await runSuite(
      suite(`  - name: top
    input: ${Q355N_F}
    grade: F
    blockers: []
  - name: nothing above F
    input: ${Q355N_F}
    blockers: [impact-temperature@E]
`),
      steel,
    );
    expect(result.cases.map((c) => c.passed)).toEqual([true, false]);
    expect(result.cases[1]!.problems).toEqual([
      'blockers: expected [impact-temperature@E], got []; did not hold it back: impact-temperature@E',
    ]);
  });

  it('checks the ids it lists against the rule set, and counts as an expectation', async () => {
    const result = await runSuite(
      suite(`  - name: only blockers
    input: ${Q355N_D}
    blockers: [impact-temperature@EE]
`),
      steel,
    );
    const issues = result.error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('unknown-criterion');
    expect(issues[0]!.path).toEqual(['cases', 0, 'blockers', 0]);
    expect(issues[0]!.line).toBe(6);
    expect(issues[0]!.message).toContain('impact-temperature@E');
  });

  it('must be a list of ids', () => {
    const parsed = parseTestSuite(
      `ruleSet: steel/low-alloy-structural-steel\ncases:\n  - name: a string\n    input: ${Q355N_D}\n    blockers: impact-temperature@E\n`,
      'b.test.yaml',
    );
    expect('issues' in parsed).toBe(true);
    const issues = 'issues' in parsed ? parsed.issues : [];
    expect(issues[0]!.path).toEqual(['cases', 0, 'blockers']);
  });
});

describe('blockersProblem', () => {
  it('is undefined when the same requirements hold the record back, in any order', () => {
    expect(blockersProblem(['a', 'b'], ['b', 'a'])).toBeUndefined();
    expect(blockersProblem([], [])).toBeUndefined();
  });
});
