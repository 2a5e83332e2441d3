/**
 * The space before a unit after a number (newcomer-34 F6): one before `mm`, `°C`, `%`, as GB 3101 and the SI
 * write them; none before a plane angle's degree, minute and second (`45°`, not `45 °`).
 */
import { describe, expect, it } from 'vitest';
import { unitAfter } from '../../src/text/unit-after';

describe('unitAfter', () => {
  it.each([
    ['mm', ' mm'],
    ['°C', ' °C'],
    ['%', ' %'],
    ['个/m²', ' 个/m²'],
    ['°', '°'],
    ['′', '′'],
    ['″', '″'],
    [undefined, ''],
    ['', ''],
  ])('%j after a number is %j', (unit, written) => {
    expect(unitAfter(unit)).toBe(written);
  });
});
