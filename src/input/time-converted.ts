import { unitFactor } from './units';

/**
 * A number written in one unit of time converted to another (`0.75` h to min: `45`), in exact decimal arithmetic,
 * for the advice on a cell such as `0.75h` under an indicator in min to name the number to write, as `0:45` does
 * (standards-38 M4). Only when the result is exact at the digits reported: it needs no more decimals than the
 * numeral has (`2.5` h is `150` min; `45` min would be `0.75` h, two decimals the lab did not report, so none is
 * given, nor for `10` min, `0.1666…` h). `undefined` too when either unit is no unit of time or the numeral is no
 * plain decimal.
 *
 * @example
 * timeConverted('0.75', 'h', 'min'); // '45'
 * timeConverted('0.333', 'h', 'min'); // '19.98'
 * timeConverted('45', 'min', 'h'); // undefined
 */
export function timeConverted(numeral: string, from: string, to: string): string | undefined {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(numeral.trim());
  if (m === null || unitFactor(from, 's') === undefined || unitFactor(to, 's') === undefined)
    return undefined;
  const factor = unitFactor(from, to);
  if (factor === undefined) return undefined;
  // The factor as a ratio of whole numbers: units of time are whole multiples of one another (60, 3600, 1/60).
  const [p, q] = Number.isInteger(factor) ? [BigInt(factor), 1n] : [1n, BigInt(Math.round(1 / factor))];
  if (Number(p) / Number(q) !== factor && Math.abs(Number(p) / Number(q) - factor) > 1e-12 * factor)
    return undefined;
  const decimals = m[3]?.length ?? 0;
  let num = BigInt(m[2]! + (m[3] ?? '')) * p;
  let den = 10n ** BigInt(decimals) * q;
  const g = gcd(num, den);
  num /= g;
  den /= g;
  // A finite decimal only when the denominator is 2^a·5^b; it then needs max(a, b) decimals.
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  const places = Math.max(twos, fives);
  if (den !== 1n || places > decimals) return undefined;
  // num / (2^twos·5^fives) = num·2^(places−twos)·5^(places−fives) / 10^places.
  const digits = (num * 2n ** BigInt(places - twos) * 5n ** BigInt(places - fives)).toString();
  const whole = places === 0 ? digits : digits.padStart(places + 1, '0');
  const text = places === 0 ? whole : `${whole.slice(0, -places)}.${whole.slice(-places)}`;
  return `${m[1] === '-' && num !== 0n ? '-' : ''}${text}`;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
