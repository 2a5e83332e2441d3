/**
 * newcomer-22 finding 9: a case listing under `failing` a requirement whose `when` does not hold for the
 * record got "预期不合格而实际满足：bow", as if the value had passed. Now it says the requirement was not
 * applicable, so the author looks at the `when`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet, type RuleSet } from '../../src/index';
import { runSuite } from '../../src/suite/run-suite';
import { parseTestSuite } from '../../src/suite/test-suite';

let rac: RuleSet;
beforeAll(async () => {
  rac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
});

describe("a case's failing list naming a requirement not applicable to the record", () => {
  it('says "not applicable", not "met"; one that passed is still "did not fail"', async () => {
    const parsed = parseTestSuite(
      `ruleSet: home-appliances/room-air-conditioner-energy
cases:
  - name: apf is for heat pumps only; seer@2 passes
    input: { unitType: cooling-only, ratedCoolingCapacity: 3500, seer: 5.79 }
    grade: "2"
    failing: [seer@1, apf@1, seer@2]
`,
      'n.test.yaml',
    );
    if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
    const result = await runSuite(parsed, rac);
    expect(result.error).toBeUndefined();
    expect(result.cases[0]!.passed).toBe(false);
    expect(result.cases[0]!.problemTexts).toEqual([
      {
        zh: '不合格要求：预期 [seer@1、apf@1、seer@2]，实际 [seer@1]；预期不合格而实际满足：seer@2；预期不合格而实际不适用：apf@1',
        en: 'failing: expected [seer@1, apf@1, seer@2], got [seer@1]; did not fail: seer@2; not applicable to the record: apf@1',
      },
    ]);
  });
});
