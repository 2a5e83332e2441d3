import { unitKey } from './units';

// Each quantity's units as multiples of one of them: units no SI prefix relates, which `unitFactor` leaves out.
// Power in W: the IT calorie and Btu (1 kcal/h = 1.163 W; 1 Btu/h = 0.29307107 W), a refrigeration ton = 12000 Btu/h.
// `HP` and `匹` are left out: an air conditioner's 匹 is a trade size (about 2500 W of cooling), not 745.7 W.
const POWER: ReadonlyMap<string, number> = new Map([
  ['W', 1],
  ['kW', 1e3],
  ['MW', 1e6],
  ['万瓦', 1e4],
  ['kcal/h', 1.163],
  ['Btu/h', 0.29307107],
  ['kBtu/h', 293.07107],
  ['RT', 3516.8528],
]);
// Pressure and stress in Pa (1 kgf = 9.80665 N; 1 psi = 6894.757 Pa).
const PRESSURE: ReadonlyMap<string, number> = new Map([
  ['Pa', 1],
  ['kPa', 1e3],
  ['MPa', 1e6],
  ['GPa', 1e9],
  ['bar', 1e5],
  ['psi', 6894.757293],
  ['ksi', 6894757.293],
  ['kgf/cm2', 98066.5],
  ['kgf/mm2', 9806650],
]);
// Mass fractions as shares of the whole: % of a chemical analysis is by mass, so mg/kg is a millionth.
const FRACTION: ReadonlyMap<string, number> = new Map([
  ['%', 1e-2],
  ['‰', 1e-3],
  ['ppm', 1e-6],
  ['ppb', 1e-9],
  ['mg/kg', 1e-6],
  ['μg/g', 1e-6],
  ['g/t', 1e-6],
  ['g/kg', 1e-3],
]);
const QUANTITIES = [POWER, PRESSURE, FRACTION];

/**
 * A value converted from one unit to another of the same quantity that no SI prefix relates (`Btu/h` → `W`,
 * `kgf/cm²` → `MPa`, `mg/kg` → `%`), for advice: the number to write, to four significant digits, and whether it
 * was rounded. `undefined` when the units are not both of one quantity here (hostile-32 M1, W1).
 *
 * @example
 * crossConverted(12000, 'Btu/h', 'W'); // { value: 3517, rounded: true }
 * crossConverted(300, 'mg/kg', '%'); // { value: 0.03, rounded: false }
 * crossConverted(3, '°C', 'MPa'); // undefined
 */
export function crossConverted(
  value: number,
  from: string,
  to: string,
): { value: number; rounded: boolean } | undefined {
  const a = unitKey(from);
  const b = unitKey(to);
  for (const table of QUANTITIES) {
    const fa = table.get(a);
    const fb = table.get(b);
    if (fa === undefined || fb === undefined) continue;
    const exact = (value * fa) / fb;
    const shown = Number(exact.toPrecision(4));
    return { value: shown, rounded: Number(exact.toPrecision(10)) !== shown };
  }
  return undefined;
}
