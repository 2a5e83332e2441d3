import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTestSuite, thresholdCoverage } from '../../src/index';

// The author sweep's own rule sets: Q355 (GB/T 1591, figures unverified) and an illustrative QM scorecard.
const fixture = (name: string) =>
  fileURLToPath(new URL(`../cli/fixtures/author-sweep/${name}`, import.meta.url));

async function coverageOf(name: string, keep: (caseName: string) => boolean = () => true) {
  const suite = await runTestSuite(fixture(name));
  expect(suite.error).toBeUndefined();
  const cases = suite.cases.filter((c) => keep(c.name));
  return thresholdCoverage(suite.ruleSet!, cases, suite.uncovered);
}

describe('thresholdCoverage: a formula limit whose values can be listed', () => {
  it('does not ask for a case "at" ≥ 0.7 * impact.energy rounded to 1 J: its limits 18.9 and 23.8 are no whole joules', async () => {
    // Without its two −60 °C cases with a single value near F's 18.9 J (19 and 18 J).
    const report = await coverageOf('q355.test.yaml', (name) => !name.includes('18.9'));
    const floors = report.thresholds.filter((t) => t.criterion === 'kv2-floor');
    // Each limit is a threshold of its own (coverage-44), with no "at" side.
    expect(floors.map((t) => [t.kind, t.value, t.limits, t.roundedTo, t.unreachable])).toEqual([
      ['formula', 18.9, [18.9, 23.8], 1, ['at']],
      ['formula', 23.8, [18.9, 23.8], 1, ['at']],
    ]);
    // Cases 23 J (below 23.8) and 24 J (above it) probe the other sides of 23.8; no case has a single value
    // near F's 18.9 J, so that floor is a gap (it was covered by the 23.8 J cases before coverage-44).
    expect(floors.map((t) => [t.below, t.above])).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(report.uncovered.filter((t) => t.criterion === 'kv2-floor').map((t) => t.value)).toEqual([18.9]);
    const whole = await coverageOf('q355.test.yaml');
    expect(whole.uncovered.map((t) => t.criterion)).not.toContain('kv2-floor');
  });

  it('still asks for "at" when the formula reads a measured value, whose limit can be any number', async () => {
    const report = await coverageOf('formula-measured.test.yaml');
    const [floor] = report.thresholds;
    expect(floor!.limits).toBeUndefined();
    expect(floor!.roundedTo).toBe(1);
    expect(floor!.unreachable).toEqual([]);
    expect(report.uncovered).toEqual([floor]);
  });
});

describe('thresholdCoverage: a dimension scored in bands', () => {
  it('takes the nearest scores a band can give as "just below" and "just above" a cutoff, and no "at" none equals', async () => {
    const report = await coverageOf('qm.test.yaml');
    const performance = report.thresholds
      .filter((t) => t.criterion.startsWith('performance@'))
      .map((t) => ({
        criterion: t.criterion,
        neighbours: t.neighbours,
        unreachable: t.unreachable,
        covered: [t.at, t.below, t.above],
      }));
    // points 40 / 60 / 75 / 90 / 100; cutoffs 50, 65, 80, 90. Just below L2's 50 only the case whose other
    // dimensions and total pass counts: in "各维度 50 但绩效 40 分" the total misses 50 as well.
    expect(performance).toEqual([
      {
        criterion: 'performance@L2',
        neighbours: { below: 40, above: 60 },
        unreachable: ['at'],
        covered: [false, true, true],
      },
      {
        criterion: 'performance@L3',
        neighbours: { below: 60, above: 75 },
        unreachable: ['at'],
        covered: [false, true, true],
      },
      {
        criterion: 'performance@L4',
        neighbours: { below: 75, above: 90 },
        unreachable: ['at'],
        covered: [false, true, true],
      },
      // 75 points, just below 90, also miss L4's 80: no case there can decide L5 (newcomer-39 F2).
      {
        criterion: 'performance@L5',
        neighbours: { below: 75, above: 100 },
        unreachable: ['below'],
        covered: [true, false, true],
      },
    ]);
    expect(report.uncovered.filter((t) => t.criterion.startsWith('performance@'))).toEqual([]);
    // A dimension scored from a plain number takes any value: its cutoffs keep their step.
    const qms = report.thresholds.find((t) => t.criterion === 'qms@L2')!;
    expect(qms.neighbours).toBeUndefined();
    expect(qms.step).toBe(1);
  });

  it('asks for the nearest band score when no case has it', async () => {
    // Without pass rate 94.99 (60 points), nothing sits just above 50 or just below 65.
    const report = await coverageOf('qm.test.yaml', (name) => !name.includes('94.99'));
    const gaps = report.uncovered
      .filter((t) => t.criterion.startsWith('performance@'))
      .map((t) => [t.criterion, t.at, t.below, t.above]);
    expect(gaps).toEqual([
      ['performance@L2', false, true, false],
      ['performance@L3', false, false, true],
    ]);
  });
});
