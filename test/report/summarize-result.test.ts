import { describe, expect, it } from 'vitest';
import type { CriterionResult } from '../../src/index';
import { shortCriterion } from '../../src/report/summarize-result';

function criterion(value: number, passed: boolean, limit = 65): CriterionResult {
  return {
    id: 'digitalisation@assurance',
    label: { zh: '数字化', en: 'Digitalisation' },
    indicator: 'digitalisation',
    value,
    limit: { operator: '>=', value: limit, text: `≥ ${limit}` },
    passed,
    status: passed ? 'passed' : 'failed',
    grade: 'assurance',
    effect: 'requirement',
    message: { zh: '', en: '' },
  };
}

describe('one-line criterion summaries', () => {
  it('keep a measured value as given', () => {
    expect(shortCriterion(criterion(4.62, false, 5))).toBe('digitalisation@assurance 4.62 (≥ 5)');
    expect(shortCriterion(criterion(0.0045, true, 0))).toBe('digitalisation@assurance 0.0045 (≥ 0)');
  });

  it('shorten a computed value to four decimals', () => {
    expect(shortCriterion(criterion(63.3333333333333, false))).toBe(
      'digitalisation@assurance 63.3333 (≥ 65)',
    );
  });

  it('never round a value onto the limit it fails', () => {
    expect(shortCriterion(criterion(64.9999966666667, false))).toBe(
      'digitalisation@assurance 64.9999966666667 (≥ 65)',
    );
  });
});
