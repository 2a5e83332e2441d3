/** The units of plane angle written against the number: degree, minute, second (`45°`, `30′`, `15″`; NFKC makes ″ two primes). */
const NO_SPACE = /^(?:[°′″]|′′)$/u;

/**
 * A unit as written after a number, with the space before it: one space (`45 mm`, `20 °C`, `90 %`), none before
 * the degree, minute and second of a plane angle (`45°`, `≥ 50°`), which GB 3101 and the SI write against the
 * number (newcomer-34 F6: `45 °`); `''` for no unit.
 *
 * @example
 * unitAfter('mm'); // ' mm'
 * unitAfter('°'); // '°'
 * unitAfter(undefined); // ''
 */
export function unitAfter(unit: string | undefined): string {
  if (unit === undefined || unit === '') return '';
  // As a template would: the HTML texts' table is called with whatever its test passes.
  const text = String(unit);
  return NO_SPACE.test(text.normalize('NFKC').trim()) ? text.trim() : ` ${text}`;
}
