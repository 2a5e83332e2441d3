/**
 * A scale written before a unit, which no unit table knows: `×1000W`, `×10³W` (NFKC: `×103W`), `x10^3 W`,
 * `*1000 W`, `×10⁻³ W` (NFKC: `×10−3 W`), and a power of ten with no sign as `scalePowers` writes it (`10^3 W`). As the source of a pattern, to be put inside another (a `单位：…` line).
 */
export const SCALED_UNIT_SOURCE = String.raw`(?:[×xX*]\s*10[\d^+\-−]*|10\^[+\-−]?\d+)\s*\p{L}`;

const SCALED = new RegExp(`^${SCALED_UNIT_SOURCE}`, 'u');

// Hostile-27 M5: a scale after the unit (`W×1000`, `W×10^3`, `kW*10`): another unit all the same.
const SCALED_AFTER = /^\p{L}[\p{L}/]*\s*[×xX*]\s*10[\d^+\-−]*$/u;

/**
 * Whether a unit as written is a scale on a unit (`×1000W`, `x10^3 W`, `10^3W`, `W×1000`): another unit than the
 * one it scales, so values written in it would be graded wrongly in the indicator's unit (hostile-25 W9,
 * hostile-26, hostile-27 M5).
 *
 * @example
 * isScaledUnit('×1000W'); // true
 * isScaledUnit('x10^3 W'); // true
 * isScaledUnit('W×1000'); // true
 * isScaledUnit('kW'); // false
 */
export function isScaledUnit(unit: string): boolean {
  const text = unit.normalize('NFKC').trim();
  return SCALED.test(text) || SCALED_AFTER.test(text);
}

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

/**
 * A power of ten written in superscripts after a scale sign, as `^` and digits (`×10³W` → `×10^3W`), to be done
 * before NFKC: NFKC makes it `×103W`, which a message would show as a factor of 103.
 *
 * @example
 * scalePowers('单位：×10³W'); // '单位：×10^3W'
 * scalePowers('×10⁻⁶'); // '×10^-6'
 * scalePowers('10³ W'); // '10^3 W'
 */
export function scalePowers(text: string): string {
  const power = (p: string) => Array.from(p, (c) => SUPERSCRIPTS[c]).join('');
  return (
    text
      .replace(/([×xX*]\s*10)([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu, (_, scale: string, p: string) => `${scale}^${power(p)}`)
      // `10³ W` with no sign before it but a unit after it (hostile-27 M3: named "the unit 103 W"); not after a
      // digit or letter (`m10³`), nor alone (`10³`, a number).
      // After a Han character it is one all the same (`单位为10³W`, hostile-27 M5).
      .replace(/(?<![A-Za-z\p{N}.^])10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?=\s*\p{L})/gu, (_, p: string) => `10^${power(p)}`)
  );
}
