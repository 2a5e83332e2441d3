import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet, type RuleSet } from '../../src/index';
import { runSuite } from '../../src/suite/run-suite';
import { parseTestSuite, type TestSuite } from '../../src/suite/test-suite';

const ROOT = join(import.meta.dirname, '../..');
const {
  sample: _sample,
  chloride: _chloride,
  ...BASE
} = JSON.parse(readFileSync(join(ROOT, 'examples/cement-quality-grade.json'), 'utf8'))[0];
// 3 d strength 16.9, just below the veto item's ≥ 17.0; chloride left out (required), and once the soundness too.
const NO_CHLORIDE = JSON.stringify({ ...BASE, compressive3d: 16.9 });
const NO_TWO = JSON.stringify({ ...BASE, compressive3d: 16.9, soundness: undefined });
const VALID = JSON.stringify({ ...BASE, compressive3d: 16.9, chloride: 0.02 });

let cement: RuleSet;
beforeAll(async () => {
  cement = await loadRuleSet('building-materials/cement-quality-grade');
});

function suite(cases: string): TestSuite {
  const parsed = parseTestSuite(
    `ruleSet: building-materials/cement-quality-grade\ncases:\n${cases}`,
    'c.test.yaml',
  );
  if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed;
}

describe('a case whose record is invalid: its lists of requirements were not compared', () => {
  it('says the record is invalid and why, not "expected to fail, but met" (zh and en)', async () => {
    const result = await runSuite(
      suite(`  - name: invalid, expected failing
    input: ${NO_CHLORIDE}
    grade: null
    failing: [gb175-compressive-3d]
  - name: invalid, failing and blockers, two reasons
    input: ${NO_TWO}
    failing: [gb175-compressive-3d]
    blockers: []
  - name: expected invalid
    input: ${NO_CHLORIDE}
    errors: [chloride]
  - name: valid, the 3 d veto item at 16.9 fails
    input: ${VALID}
    grade: null
    failing: [gb175-compressive-3d, compressive-3d-first-class, compressive-3d-superior]
`),
      cement,
    );
    expect(result.error).toBeUndefined();
    expect(result.cases.map((c) => c.passed)).toEqual([false, false, true, true]);
    expect(result.cases[0]!.problemTexts).toEqual([
      {
        zh: '不合格要求未比较：记录无效，未评定任何要求（缺少氯离子 Cl⁻）',
        en: 'failing not compared: the record is not valid, no requirement was evaluated (chloride (Chloride (Cl⁻)) is missing)',
      },
    ]);
    const two = result.cases[1]!.problemTexts!;
    expect(two).toHaveLength(1);
    expect(two[0]!.zh).toMatch(
      /^不合格要求、妨碍升级的要求未比较：记录无效，未评定任何要求（缺少氯离子 Cl⁻；缺少安定性/,
    );
    expect(two[0]!.en).toMatch(/^failing, blockers not compared: .*is missing; .*soundness/i);
    for (const c of result.cases) expect(c.problemTexts?.map((p) => p.zh).join()).not.toContain('实际满足');
  });

  it('a case expecting other invalid fields lists the errors with Chinese punctuation in Chinese', async () => {
    const result = await runSuite(
      suite(`  - name: wrong fields
    input: ${NO_TWO}
    errors: [magnesia]
`),
      cement,
    );
    const [p] = result.cases[0]!.problemTexts!;
    expect(p!.zh).toMatch(
      /^无效字段：预期 \[magnesia\]，实际 \[chloride, soundness\]（缺少氯离子 Cl⁻；缺少安定性/,
    );
    expect(p!.en).toMatch(/is missing; soundness/);
  });
});
