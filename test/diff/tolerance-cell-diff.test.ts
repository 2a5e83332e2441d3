/**
 * `diffRuleSets` on a table cell read as a tolerance (`± tol.ordinary`, newcomer-30 W2): a narrower tolerance
 * accepts a subset, so it is stricter, a wider one looser, and the requirement reading it is named; a cell read
 * as the nominal value moves the accepted range both ways, so its change has no direction.
 */
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { parseRuleSet } from '../../src/index';

const glass = (ordinary5: string, nominal5: string) => `schemaVersion: 1
id: test/glass
version: 1.0.0
industry: test
subject: product
title: { zh: 玻璃, en: Glass }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  thickness: { type: enum, values: [4, 5], unit: mm, label: { zh: 公称厚度, en: Thickness } }
  deviation: { type: number, unit: mm, label: { zh: 厚度偏差, en: Deviation } }
  width: { type: number, unit: mm, label: { zh: 宽度, en: Width } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
criteria:
  - { id: deviation-ordinary, indicator: deviation, grade: ordinary, require: "± tol.ordinary" }
  - { id: width-ordinary, indicator: width, grade: ordinary, require: "size.nominal ± 1" }
tables:
  tol:
    keys: [thickness]
    columns: [thickness, ordinary]
    rows:
      - [4, 0.20]
      - [5, ${ordinary5}]
  size:
    keys: [thickness]
    columns: [thickness, nominal]
    rows:
      - [4, 100]
      - [5, ${nominal5}]
`;

const entry = (a: string, b: string, key: string) =>
  diffRuleSets(parseRuleSet(a, { filename: 'a.yaml' }), parseRuleSet(b, { filename: 'b.yaml' })).entries.find(
    (e) => e.key === key,
  );

describe('diffRuleSets: a tolerance read from a table', () => {
  it('± 0.20 → ± 0.15 is stricter, ± 0.20 → ± 0.25 looser, naming the requirement', () => {
    const tighter = entry(glass('0.20', '100'), glass('0.15', '100'), 'cell:tol[5][ordinary]');
    expect(tighter).toMatchObject({ direction: 'stricter', before: '0.20', after: '0.15' });
    expect(tighter?.criteria).toEqual(['deviation-ordinary']);
    expect(tighter?.message.zh).toContain('更严');
    expect(entry(glass('0.20', '100'), glass('0.25', '100'), 'cell:tol[5][ordinary]')?.direction).toBe(
      'looser',
    );
  });

  it('the nominal value moved: the range moves both ways, no direction, the requirement still named', () => {
    const moved = entry(glass('0.20', '100'), glass('0.20', '101'), 'cell:size[5][nominal]');
    expect(moved?.direction).toBe('changed');
    expect(moved?.criteria).toEqual(['width-ordinary']);
  });
});
