import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { fixture } from '../helpers';

// test/fixtures/valid/unavailable-grade.yaml: GB/T 1591-2018 grades B–F by impact test temperature;
// Q390 has no grade F (n/a in the table); its sulfur cell for F is ~ (no requirement).
const grades = fixture('valid/unavailable-grade.yaml');

describe('n/a: a grade a row does not have', () => {
  it('a Q355 sample tested at −60 °C with S 0.010 % reaches F', async () => {
    const result = await grades.grade({ designation: 'Q355', testTemperature: -60, sulfur: 0.01 });
    expect(result.grade).toBe('F');
  });

  it('a Q390 sample meeting every figure can never reach F, and nothing suggests F', async () => {
    const result = await grades.grade({ designation: 'Q390', testTemperature: -60, sulfur: 0.005 });
    expect(result.grade).toBe('E');
    expect(result.nextGrade).toBeNull();
    const f = result.criteria.find((c) => c.id === 'impact-temperature@F')!;
    expect(f).toMatchObject({ passed: false, status: 'failed', unavailable: true, grade: 'F', limit: null });
    expect(f.message.en).toBe(
      'Impact test temperature: Grade F does not exist for this product (n/a), so the record cannot reach it',
    );
    expect(f.message.zh).toBe('冲击试验温度：此产品没有F级（n/a），不能评为该等级');
  });

  it('~ is different: no requirement, so that grade is free for the row on that indicator', async () => {
    const result = await grades.grade({ designation: 'Q390', testTemperature: -60, sulfur: 0.02 });
    expect(result.criteria.find((c) => c.id === 'sulfur@F')).toMatchObject({
      status: 'not-applicable',
      passed: null,
    });
    expect(result.criteria.find((c) => c.id === 'sulfur@F')?.unavailable).toBeUndefined();
  });

  it('below the n/a grade, nextGrade still suggests the grades the row has', async () => {
    const result = await grades.grade({ designation: 'Q390', testTemperature: -20, sulfur: 0.005 });
    expect(result.grade).toBe('D');
    expect(result.nextGrade).toMatchObject({ grade: 'E', blockers: [{ id: 'impact-temperature@E' }] });
  });

  it('the ladder checks skip n/a cells, and n/a does not change a column into text', () => {
    const { issues } = checkRuleSet(
      readFixture().replace('[Q390, 20, 0, -20, -40, n/a]', '[Q390, 20, 0, -20, n/a, n/a]'),
      { filename: 'x.yaml' },
    );
    expect(issues).toEqual([]);
  });
});

function readFixture(): string {
  return readFileSync(new URL('../fixtures/valid/unavailable-grade.yaml', import.meta.url), 'utf8');
}
