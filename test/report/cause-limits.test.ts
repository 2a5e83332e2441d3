import { describe, expect, it } from 'vitest';
import type { CriterionResult } from '../../src/model/grade-result';
import { causeLimitsLine, valueTexts } from '../../src/report/cause-limits';

const result = (status: CriterionResult['status'], limit: string | null, value: CriterionResult['value']) =>
  ({ status, limit: limit === null ? null : { text: limit }, value }) as unknown as CriterionResult;

describe('causeLimitsLine', () => {
  it('names the value, and the limit and outcome under A and B (zh, en)', () => {
    const a = result('passed', '≥ 48.0', 48.4);
    const b = result('failed', '≥ 49.0', 48.4);
    expect(causeLimitsLine('28 天抗压强度（特优品）', a, b, 'zh')).toBe(
      '28 天抗压强度（特优品）：48.4，A ≥ 48.0 ✓ → B ≥ 49.0 ✗',
    );
    expect(causeLimitsLine('28-day strength (Premium)', a, b, 'en')).toBe(
      '28-day strength (Premium): 48.4, A ≥ 48.0 ✓ → B ≥ 49.0 ✗',
    );
  });

  it('each side its own unit where A and B read the value in different units (hostile-31 M8)', () => {
    const side = (status: CriterionResult['status'], limit: number, value: number) =>
      ({
        status,
        limit: { operator: '<=', value: limit, text: `≤ ${limit}` },
        value,
      }) as unknown as CriterionResult;
    const a = side('passed', 0.07, 0.068);
    const b = side('failed', 0.65, 0.68);
    expect(causeLimitsLine('Chloride (Cl⁻)', a, b, 'en', undefined, { a: '%', b: '‰' })).toBe(
      'Chloride (Cl⁻): 0.068 %, A ≤ 0.07 % ✓ → 0.68 ‰, B ≤ 0.65 ‰ ✗',
    );
    expect(causeLimitsLine('氯离子', a, b, 'zh', undefined, { a: '%', b: '‰' })).toBe(
      '氯离子：0.068 %，A ≤ 0.07 % ✓ → 0.68 ‰，B ≤ 0.65 ‰ ✗',
    );
    // One unit on both sides: written once after the value and after each bare limit (committee-33), not left out.
    expect(
      causeLimitsLine('Chloride', a, side('failed', 0.065, 0.068), 'en', undefined, { a: '%', b: '%' }),
    ).toBe('Chloride: 0.068 %, A ≤ 0.07 % ✓ → B ≤ 0.065 % ✗');
    // A requirement only B has: B's unit is the value's, and a limit written with its unit keeps it once.
    const written = { ...side('passed', 235, 230), limit: { operator: '<=', value: 235, text: '≤ 235 min' } };
    expect(
      causeLimitsLine('Final setting', undefined, written as CriterionResult, 'en', undefined, { b: 'min' }),
    ).toBe('Final setting: 230 min, A no such criterion → B ≤ 235 min ✓');
  });

  it('a requirement only one rule set has, one not applicable, and a missing value', () => {
    expect(causeLimitsLine('硬度', undefined, result('missing', '≥ 50', null), 'zh')).toBe(
      '硬度：未提供数值，A 无此要求 → B ≥ 50，无法确认（按不满足计）',
    );
    // As explain words it (committee-25 F5), in English too.
    expect(causeLimitsLine('Hardness', undefined, result('missing', '≥ 50', null), 'en')).toBe(
      'Hardness: no value given, A no such criterion → B ≥ 50, cannot be confirmed (counted as not met)',
    );
    expect(causeLimitsLine('Size', result('not-applicable', null, 3), undefined, 'en')).toBe(
      'Size: 3, A not applicable – → B no such criterion',
    );
  });

  it('a requirement testing another indicator under B: each side its own label and value, 是/否 under zh (hostile-21 M2)', () => {
    const side = (indicator: string, label: string, limit: boolean, value: boolean) =>
      ({
        status: 'passed',
        indicator,
        label: { zh: label, en: label },
        limit: { operator: '=', value: limit, text: `= ${limit}` },
        value,
      }) as unknown as CriterionResult;
    const a = side('airCooled', '风冷式', true, true);
    const b = side('waterCooled', '水冷式', false, false);
    expect(causeLimitsLine('水冷式', a, b, 'zh')).toBe(
      '风冷式：是，A 要求为“是” ✓ → 水冷式：否，B 要求为“否” ✓',
    );
    expect(causeLimitsLine('水冷式', a, b, 'en')).toMatch(/^风冷式: true, A .* ✓ → 水冷式: false, B .* ✓$/);
    // The same indicator under both: one value, a yes/no in words under zh.
    expect(causeLimitsLine('风冷式', a, { ...a, status: 'failed' } as CriterionResult, 'zh')).toBe(
      '风冷式：是，A 要求为“是” ✓ → B 要求为“是” ✗',
    );
  });

  it('a computed value equal to the other side at the digits shown gets the digits that tell them apart (enterprise-25 F6)', () => {
    const a = { ...result('passed', '≥ 65', 83.5), indicator: 'totalScore' } as CriterionResult;
    const b = { ...result('passed', '≥ 70', 83.4994), indicator: 'totalScore' } as CriterionResult;
    expect(valueTexts(a, b, 'zh')).toEqual(['83.5', '83.4994']);
    const c = { ...result('passed', '≥ 65', 80), indicator: 'totalScore' } as CriterionResult;
    const d = { ...result('failed', '≥ 80', 79.998), indicator: 'totalScore' } as CriterionResult;
    expect(valueTexts(c, d, 'en')).toEqual(['80', '79.998']);
  });
});
