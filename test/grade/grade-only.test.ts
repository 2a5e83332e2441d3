import { describe, expect, it } from 'vitest';
import { bundled, fixture } from '../helpers';

describe('gradeOnly', () => {
  it('gives the same grade as the full explanation, for graded, ungraded, out-of-scope and invalid records', async () => {
    const ac = await bundled('home-appliances/room-air-conditioner-energy');
    const widget = fixture('valid/widget.yaml');
    const base = { kind: 'a', size: 10, strength: [420, 430], load: [300, 310], safe: true, coating: 16 };
    const cases: [typeof ac, unknown][] = [
      [ac, { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 }],
      [ac, { unitType: 'cooling-only', ratedCoolingCapacity: 5000, seer: 3.59 }],
      [ac, { unitType: 'heat-pump', ratedCoolingCapacity: 15000, apf: 5 }],
      [ac, { unitType: 'heat-pump' }],
      [widget, base],
      [widget, { ...base, safe: false }],
      [widget, { ...base, kind: 'b', strength: [520, 530], load: [300, 300] }],
      [widget, { ...base, size: 45, strength: [430, 440], load: [300, 300] }],
    ];
    for (const [pair, record] of cases) {
      expect(pair.compiled.gradeOnly(record)).toBe((await pair.grade(record)).grade);
    }
    expect(() => ac.engine.gradeOnly({})).toThrow(expect.objectContaining({ code: 'usage' }));
  });
});
