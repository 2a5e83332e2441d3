import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/index';
import { graderPair } from '../helpers';

/**
 * Strict limits (`<`, `>`) at their boundary. The figures are GB/T 8170-2008's comparison examples
 * (limits ≥ 97.0 and ≤ 0.5), written here as strict limits: the value exactly at a strict limit does
 * not meet it, under either method of comparison.
 */
function strictRules(comparison: 'full' | 'rounded'): string {
  return `schemaVersion: 1
id: test/strict-limits
version: 1.0.0
industry: test
subject: product
comparison: ${comparison}
title: { zh: 严格限值, en: Strict limits }
references: [{ code: GB/T 8170-2008, edition: "2008" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  purity: { type: number, unit: "%", label: { zh: 纯度, en: Purity } }
  moisture: { type: number, unit: "%", label: { zh: 水分, en: Moisture } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: purity, indicator: purity, require: "> 97.0" }
  - { id: moisture, indicator: moisture, require: "< 0.5" }
`;
}

const full = graderPair(parseRuleSet(strictRules('full')));
const rounded = graderPair(parseRuleSet(strictRules('rounded')));
const passed = async (pair: typeof full, id: string, record: object) =>
  (await pair.grade({ purity: 98, moisture: 0.1, ...record })).criteria.find((c) => c.id === id)!.passed;

describe('strict limits at the boundary', () => {
  it('> 97.0: exactly 97.0 fails, just above passes, just below fails (full value)', async () => {
    expect(await passed(full, 'purity', { purity: 97 })).toBe(false);
    expect(await passed(full, 'purity', { purity: 97.01 })).toBe(true);
    expect(await passed(full, 'purity', { purity: 96.99 })).toBe(false);
  });

  it('< 0.5: exactly 0.5 fails, just below passes, just above fails (full value)', async () => {
    expect(await passed(full, 'moisture', { moisture: 0.5 })).toBe(false);
    expect(await passed(full, 'moisture', { moisture: 0.49 })).toBe(true);
    expect(await passed(full, 'moisture', { moisture: 0.51 })).toBe(false);
  });

  it('the record is graded only when both strict limits are met', async () => {
    expect((await full.grade({ purity: 97.01, moisture: 0.49 })).grade).toBe('ok');
    expect((await full.grade({ purity: 97.01, moisture: 0.5 })).grade).toBeNull();
    expect((await full.grade({ purity: 97, moisture: 0.49 })).grade).toBeNull();
    expect(full.compiled.gradeOnly({ purity: 97.01, moisture: 0.5 })).toBeNull();
    expect(full.compiled.gradeOnly({ purity: 97, moisture: 0.49 })).toBeNull();
    expect(full.compiled.gradeOnly({ purity: 97.01, moisture: 0.49 })).toBe('ok');
  });

  it('rounded value: a value that rounds onto the strict limit fails it (97.04 → 97.0, 0.549 → 0.5)', async () => {
    expect(await passed(rounded, 'purity', { purity: 97.04 })).toBe(false);
    expect(await passed(rounded, 'purity', { purity: 97.06 })).toBe(true);
    expect(await passed(rounded, 'moisture', { moisture: 0.549 })).toBe(false);
    expect(await passed(rounded, 'moisture', { moisture: 0.449 })).toBe(true);
  });
});
