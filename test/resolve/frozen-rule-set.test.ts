import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';

describe('a loaded rule set is immutable all the way down, as documented', async () => {
  const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
  const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.0 };

  it('refuses an edit of the document as written, of a table cell, a grade or an indicator', () => {
    const doc = ruleSet.document as unknown as { tables: Record<string, { rows: unknown[][] }> };
    const row = doc.tables.apfLimits!.rows[0]!;
    // Test files are ES modules, so strict: an assignment to a frozen object throws.
    expect(() => {
      row[1] = 9.99;
    }).toThrow(TypeError);
    expect(() => {
      (ruleSet.grades as unknown as { id: string }[]).push({ id: 'x' });
    }).toThrow(TypeError);
    expect(() => {
      (ruleSet.indicators[0] as { name: string }).name = 'y';
    }).toThrow(TypeError);
    expect(() => {
      (ruleSet.document as { version: string }).version = '9';
    }).toThrow(TypeError);
  });

  it('so what it shows is what a grader grades by: APF 5.00 at the grade 1 limit of GB 21455-2019', () => {
    expect(createGrader(ruleSet).gradeSync(record).grade).toBe('1');
    const doc = ruleSet.document as unknown as { tables: Record<string, { rows: unknown[][] }> };
    expect(doc.tables.apfLimits!.rows[0]).toEqual(['≤ 4500', 5, 4.5, 4, 3.5, 3.3]);
  });
});
