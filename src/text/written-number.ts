import { numberText } from './number-text';

/**
 * A number as the lab wrote it, when its cell says the same number with more
 * decimals than its shortest text (`0.80` for 0.8, `5.00` for 5): the
 * written text; else `undefined`, and the number is shown as it reads
 * (`numberText`). Only zeros the cell holds are shown: nothing is padded, and
 * a cell written otherwise (`8.0e-1`, `0,80`, `0.8 %`, a list of specimens)
 * gives nothing.
 *
 * @example
 * writtenNumber(0.8, '0.80'); // '0.80'
 * writtenNumber(0.8, '0.8');  // undefined: it reads so already
 */
export function writtenNumber(value: unknown, written: string | undefined): string | undefined {
  if (typeof value !== 'number' || written === undefined) return undefined;
  const shortest = numberText(value);
  if (written.length <= shortest.length || !written.startsWith(shortest)) return undefined;
  const rest = written.slice(shortest.length);
  // 0.8 → "0.80": zeros after its decimals; 5 → "5.00": a point and zeros.
  if (!(shortest.includes('.') ? /^0+$/ : /^\.0+$/).test(rest)) return undefined;
  return /^-?\d+(\.\d+)?$/.test(written) ? written : undefined;
}
