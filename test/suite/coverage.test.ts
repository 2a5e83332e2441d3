import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTestSuite, thresholdCoverage } from '../../src/index';

const fixture = (name: string) => fileURLToPath(new URL(`../cli/fixtures/${name}`, import.meta.url));
const AC_SUITE = fileURLToPath(
  new URL('../../rules/home-appliances/room-air-conditioner-energy.test.yaml', import.meta.url),
);

describe('thresholdCoverage', () => {
  it('lists every numeric threshold: literals, range ends, table cells per row, formulas', async () => {
    const suite = await runTestSuite(fixture('coverage.test.yaml'));
    expect(suite.error).toBeUndefined();
    const report = thresholdCoverage(suite.ruleSet!, suite.cases);
    expect(report.ruleSet).toEqual({ id: 'test/coverage', version: '1.0.0' });
    const rows = report.thresholds.map((t) => ({
      criterion: t.criterion,
      kind: t.kind,
      limit: t.limit,
      value: t.value,
      step: t.step,
      row: t.table?.row,
      covered: [t.at, t.below, t.above],
    }));
    expect(rows).toEqual([
      {
        criterion: 'size-in-scope',
        kind: 'literal',
        limit: '≤ 50',
        value: 50,
        step: 1,
        row: undefined,
        covered: [true, true, true],
      },
      {
        criterion: 'strength@C',
        kind: 'table',
        limit: '≥ 400',
        value: 400,
        step: 1,
        row: 1,
        covered: [true, true, false],
      },
      // Row 2 has the same cell: only the case whose size selects row 2 counts for it.
      {
        criterion: 'strength@C',
        kind: 'table',
        limit: '≥ 400',
        value: 400,
        step: 1,
        row: 2,
        covered: [true, false, false],
      },
      // Where the size key's bands meet, (0, 25] | (25, 50]: no case has a size near 25 (newcomer-36 M1).
      {
        criterion: 'strength@C',
        kind: 'key',
        limit: 'size (0, 25] | (25, 50]',
        value: 25,
        step: 1,
        row: 1,
        covered: [false, false, false],
      },
      {
        criterion: 'strength@B',
        kind: 'table',
        limit: '≥ 450',
        value: 450,
        step: 1,
        row: 1,
        covered: [false, false, false],
      },
      {
        criterion: 'strength@B',
        kind: 'table',
        limit: '≥ 430',
        value: 430,
        step: 1,
        row: 2,
        covered: [false, false, false],
      },
      // Rounded to 0.5 (GB/T 8170): 15.8 → 16.0 is at, 15.6 → 15.5 below, 16.3 → 16.5 above.
      {
        criterion: 'elongation',
        kind: 'literal',
        limit: '≥ 16.0',
        value: 16,
        step: 0.5,
        row: undefined,
        covered: [true, true, true],
      },
      {
        criterion: 'ratio',
        kind: 'range',
        limit: '[1.25, 1.30] lower end',
        value: 1.25,
        step: 0.01,
        row: undefined,
        covered: [true, true, true],
      },
      {
        criterion: 'ratio',
        kind: 'range',
        limit: '[1.25, 1.30] upper end',
        value: 1.3,
        step: 0.01,
        row: undefined,
        covered: [false, false, false],
      },
      // A formula read from table cells has its limits listed, each a threshold (1.30 × 400 = 520 only here).
      {
        criterion: 'strength-max',
        kind: 'formula',
        limit: '≤ 520',
        value: 520,
        step: 1,
        row: undefined,
        covered: [true, false, false],
      },
    ]);
    expect(report.uncovered).toHaveLength(7);
  });

  it('finds the bundled air-conditioner suite probing every table threshold at, below and above', async () => {
    const suite = await runTestSuite(AC_SUITE);
    const report = thresholdCoverage(suite.ruleSet!, suite.cases);
    const cells = report.thresholds.filter((t) => t.kind === 'table');
    expect(cells).toHaveLength(30); // 2 tables × 3 rows × 5 grades
    expect(cells.filter((t) => !(t.at && t.below && t.above))).toEqual([]);
  });

  it('counts nothing without cases', async () => {
    const suite = await runTestSuite(AC_SUITE);
    const report = thresholdCoverage(suite.ruleSet!, []);
    expect(report.uncovered).toHaveLength(report.thresholds.length);
  });
});

describe('thresholdCoverage: sides no valid record can reach, and sides left out on purpose', () => {
  it('does not ask for an enumeration’s missing neighbours, values outside the range, or an "at" rounding cannot give', async () => {
    const suite = await runTestSuite(fixture('coverage-reachable.test.yaml'));
    expect(suite.error).toBeUndefined();
    const report = thresholdCoverage(suite.ruleSet!, suite.cases, suite.uncovered);
    const rows = report.thresholds.map((t) => ({
      criterion: t.criterion,
      step: t.step,
      unreachable: t.unreachable,
      covered: [t.at, t.below, t.above],
    }));
    expect(rows).toEqual([
      // values [10, 20, 30]: nothing lies within 1 of 20.
      { criterion: 'size', step: 1, unreachable: ['below', 'above'], covered: [true, false, false] },
      // range [0, 100]: nothing above 100.
      { criterion: 'share', step: 1, unreachable: ['above'], covered: [true, true, false] },
      // a whole number is never 2.5; its neighbours 2 and 3 are one step away.
      { criterion: 'count', step: 1, unreachable: ['at'], covered: [false, true, true] },
      // rounded to 0.5, a value is never 16.2; 16.0 and 16.5 are the neighbours.
      { criterion: 'elongation', step: 0.5, unreachable: ['at'], covered: [false, true, true] },
      { criterion: 'noise', step: 1, unreachable: [], covered: [false, false, false] },
    ]);
    expect(report.thresholds.at(-1)!.waived).toEqual({
      sides: ['at', 'below', 'above'],
      reason: 'the noise limit is checked by the type test',
    });
    expect(report.uncovered).toEqual([]);
    expect(report.percent).toBe(100);
    expect(report.unmatched).toEqual([]);
  });

  it('counts a reachable side without a case as a gap, and a mark that matches no threshold as unmatched', async () => {
    const suite = await runTestSuite(fixture('coverage-reachable.test.yaml'));
    const cases = suite.cases.filter((c) => c.name === 'size 20');
    const mark = { criterion: 'noise', row: 2, reason: 'there is no row 2', line: 9 };
    const report = thresholdCoverage(suite.ruleSet!, cases, [mark]);
    expect(report.uncovered.map((t) => t.criterion)).toEqual(['share', 'count', 'elongation', 'noise']);
    expect(report.percent).toBe(20);
    expect(report.unmatched).toEqual([mark]);
  });
});
