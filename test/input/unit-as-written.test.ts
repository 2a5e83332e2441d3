/** fix-bound40: a refused header's unit is said as the header writes it, not as its NFKC-folded key. */
import { describe, expect, it } from 'vitest';
import { unitAsWritten } from '../../src/input/unit-as-written';

describe('unitAsWritten', () => {
  it.each([
    ['下屈服强度 ReL（kN/mm²）', 'kN/mm2', 'kN/mm²'],
    ['用水量(m³/次)', 'm3/次', 'm³/次'],
    ['软化温度(℉)', '°F', '℉'],
    // Already as written: unchanged.
    ['抗拉强度 Rm/kN', 'kN', 'kN'],
    // Not in the header (a units row's unit): the folded form.
    ['抗拉强度 Rm', 'kN', 'kN'],
  ])('%s, read as %s: %s', (header, folded, shown) => {
    expect(unitAsWritten(header, folded)).toBe(shown);
  });
});
