/**
 * A group case names grades, group requirements and indicators as a record
 * case does: each that the rule set lacks is an error located in the suite,
 * with the closest name, rather than a case that fails (or passes) for the
 * wrong reason.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet, parseTestSuite, type TestSuite } from '../../src/index';
import { checkSuite } from '../../src/suite/check-suite';

const lots = await loadRuleSet('building-materials/cement-lot-grade');
const SAMPLE =
  '{ strengthClass: "42.5", compressive3d: 24.0, compressive28d: 48.55, initialSetting: 150, finalSetting: 240 }';

function suite(group: string): TestSuite {
  const text = `ruleSet: x.yaml
cases:
  - name: one sample
    input: ${SAMPLE}
    grade: superior
groups:
  - name: a lot
${group}`;
  const parsed = parseTestSuite(text, 'lot.test.yaml');
  if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.text.en).join('\n'));
  return parsed;
}

describe('checkSuite: the names a group case uses', () => {
  it('a grade, a group requirement and an indicator the rule set lacks, each at its place', () => {
    const issues = checkSuite(
      suite(`    records:
      - ${SAMPLE.replace('compressive28d', 'compresive28d')}
    grade: superiour
    failing: [cv28-superior]
`),
      lots,
    );
    expect(issues.map((i) => [i.code, i.line, i.text.en])).toEqual([
      [
        'unknown-indicator',
        9,
        'indicator "compresive28d" is not in building-materials/cement-lot-grade; did you mean "compressive28d"?',
      ],
      [
        'unknown-grade',
        10,
        'grade "superiour" is not in building-materials/cement-lot-grade; did you mean "superior"?',
      ],
      [
        'unknown-criterion',
        11,
        'requirement "cv28-superior" is not in building-materials/cement-lot-grade; did you mean "cv-28d-superior"?',
      ],
    ]);
    expect(issues[1]?.text.zh).toBe(
      'building-materials/cement-lot-grade 中没有等级“superiour”，是否要写“superior”？',
    );
  });

  it('a record requirement is no group requirement; a grade label names the id', () => {
    const issues = checkSuite(
      suite(`    records: [${SAMPLE}]
    grade: 优等品
    failing: [compressive-28d]
`),
      lots,
    );
    expect(issues.map((i) => [i.code, i.text.en])).toEqual([
      [
        'unknown-grade',
        'grade "优等品" is not in building-materials/cement-lot-grade; did you mean "superior"?',
      ],
      ['unknown-criterion', expect.stringContaining('requirement "compressive-28d" is not in')],
    ]);
  });

  it('names the rule set has raise nothing', () => {
    expect(
      checkSuite(
        suite(`    records: [${SAMPLE}]\n    grade: superior\n    failing: [cv-28d-superior]\n`),
        lots,
      ),
    ).toEqual([]);
  });
});
