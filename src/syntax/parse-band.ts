import type { Band } from '../model/band';
import { parseDecimal } from '../rounding/decimal';

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const INFINITY = '[+-]?(?:∞|inf|Infinity)';
const END = `(${NUMBER}|${INFINITY})`;
const INTERVAL = new RegExp(String.raw`^([\[(])\s*${END}\s*[,，]\s*${END}\s*([\])])$`);
const ONE_SIDED = new RegExp(String.raw`^(≤|<=|<|≥|>=|>|=)\s*(${NUMBER})$`);
const SPAN = new RegExp(String.raw`^(${NUMBER})\s*[~～–—]\s*(${NUMBER})$`);
const EXACT = new RegExp(`^(${NUMBER})$`);

/** A band that parsed, with the numbers as written. */
export interface ParsedBand {
  band: Band;
  lowerText: string;
  upperText: string;
}

/**
 * Reads a numeric band as standards write them: interval notation
 * `(4500, 7100]`, one side `≤ 4500` / `> 40`, a span `6~25` (both ends
 * included), or a single value `12`.
 *
 * @returns the band, or `undefined` when the text is not a band.
 * @example
 * parseBand('(4500, 7100]') // { lower: 4500, lowerInclusive: false, upper: 7100, upperInclusive: true, ... }
 */
export function parseBand(text: string): ParsedBand | undefined {
  const t = text.trim();
  let m = INTERVAL.exec(t);
  if (m) {
    const lower = endValue(m[2]!);
    const upper = endValue(m[3]!);
    if (lower === undefined || upper === undefined) return undefined;
    return make(
      lower,
      m[1] === '[' && Number.isFinite(lower),
      upper,
      m[4] === ']' && Number.isFinite(upper),
      t,
      m[2]!,
      m[3]!,
    );
  }
  m = ONE_SIDED.exec(t);
  if (m) {
    const v = endValue(m[2]!);
    if (v === undefined) return undefined;
    const op = m[1]!;
    if (op === '=') return make(v, true, v, true, t, m[2]!, m[2]!);
    if (op === '≤' || op === '<=' || op === '<') return make(-Infinity, false, v, op !== '<', t, '-∞', m[2]!);
    return make(v, op !== '>', Infinity, false, t, m[2]!, '∞');
  }
  m = SPAN.exec(t);
  if (m) {
    const lower = endValue(m[1]!);
    const upper = endValue(m[2]!);
    if (lower === undefined || upper === undefined) return undefined;
    return make(lower, true, upper, true, t, m[1]!, m[2]!);
  }
  m = EXACT.exec(t);
  if (m) {
    const v = endValue(m[1]!);
    return v === undefined ? undefined : make(v, true, v, true, t, m[1]!, m[1]!);
  }
  return undefined;
}

function make(
  lower: number,
  lowerInclusive: boolean,
  upper: number,
  upperInclusive: boolean,
  text: string,
  lowerText: string,
  upperText: string,
): ParsedBand {
  return { band: { lower, lowerInclusive, upper, upperInclusive, text }, lowerText, upperText };
}

function endValue(text: string): number | undefined {
  if (/∞|inf/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (!parseDecimal(text)) return undefined;
  const v = Number(text);
  return Number.isFinite(v) ? v : undefined;
}
