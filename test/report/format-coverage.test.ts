import { describe, expect, it } from 'vitest';
import { formatCoverage } from '../../src/report/format-coverage';
import type { CoverageReport, ThresholdCoverage } from '../../src/suite/coverage';

// A weighted score's cutoff (two items weighted 1 and 2 in thirds): the nearest scores either side are no short decimals.
function cutoff(neighbours: ThresholdCoverage['neighbours']): CoverageReport {
  const t: ThresholdCoverage = {
    criterion: 'experience@qualified',
    kind: 'literal',
    limit: '≥ 60',
    value: 60,
    step: 1,
    neighbours,
    file: 'rice-cooker.yaml',
    line: 82,
    at: true,
    below: false,
    above: false,
    unreachable: [],
  };
  return { thresholds: [t], uncovered: [t], unmatched: [] } as unknown as CoverageReport;
}

describe('formatCoverage: the nearest values a banded score can take', () => {
  it('shows a weighted score to two decimals, marked approximate, not the double it computes to', () => {
    const report = cutoff({ below: 56.666666666666664, above: 63.3333333333334 });
    const zh = formatCoverage(report, 'rice-cooker.test.yaml', 'zh');
    expect(zh).toContain('缺少略低于（约 56.67）、略高于（约 63.33）的用例');
    expect(zh).not.toContain('63.3333');
    const en = formatCoverage(report, 'rice-cooker.test.yaml', 'en');
    expect(en).toContain('no case just below (≈ 56.67), just above (≈ 63.33)');
  });

  it('shows a value with few decimals exactly, unmarked', () => {
    const report = cutoff({ below: 57.5, above: 62.125 });
    expect(formatCoverage(report, 's.test.yaml', 'zh')).toContain(
      '缺少略低于（57.5）、略高于（62.125）的用例',
    );
    expect(formatCoverage(report, 's.test.yaml', 'en')).toContain(
      'no case just below (57.5), just above (62.125)',
    );
  });
});
