import { fullWidthToAscii } from './full-width';

/**
 * A value a lab wrote as a bound beyond its meter's range or below a detection limit: `≥100` (MΩ), `>2000`,
 * `<0.01` — the measured value lies in a half-infinite interval. Approximations (`≈42.5`, `~42.5`) and word forms
 * (`42.5以下`, `不低于 42.5`) are not bounds here.
 *
 * @example
 * const b: WrittenBound | undefined = writtenBound('≥100'); // { above: true, closed: true, numeral: '100', value: 100 }
 */
export interface WrittenBound {
  /** `true`: the value lies at or above the numeral (`≥`, `>`); `false`: at or below it (`≤`, `<`). */
  above: boolean;
  /** Whether the numeral itself is in the interval (`≥`, `≤`), not only the values beyond it (`>`, `<`). */
  closed: boolean;
  /** The numeral as written, in ASCII (`100`, `0.01`). */
  numeral: string;
  /** The numeral as a number. */
  value: number;
}

// After full-width folding (＞ → >, ＜ → <): a comparison sign, then a decimal numeral (no exponent; a U+2212 sign).
const BOUND = /^(>=|<=|>|<|≥|≤|≧|≦|﹥|﹤)[ \t\u00a0]*([+\-\u2212]?(?:\d+(?:\.\d*)?|\.\d+))$/u;

/**
 * Reads a bound written where a measured value belongs: `≥100`, `>=100`, `> 2000`, `<0.01`, `≤0.01`, `＜0.01`
 * (full-width), `≧100`.
 *
 * @param text - the value as written, trimmed
 * @returns the bound, or `undefined` when the text is no such form
 * @example
 * writtenBound('<0.01'); // { above: false, closed: false, numeral: '0.01', value: 0.01 }
 * writtenBound('约42.5'); // undefined
 */
export function writtenBound(text: string): WrittenBound | undefined {
  // The first character decides most cells: a digit is never a bound.
  const c = text.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return undefined;
  const m = BOUND.exec(fullWidthToAscii(text));
  if (m === null) return undefined;
  const sign = m[1]!;
  // `≥−5`: a U+2212 minus before the numeral is its sign, as a cell's leading one is.
  const numeral = m[2]!.replace('\u2212', '-');
  const value = Number(numeral);
  if (!Number.isFinite(value)) return undefined;
  const above = sign.startsWith('>') || sign === '≥' || sign === '≧' || sign === '﹥';
  const closed = sign.length === 2 || sign === '≥' || sign === '≤' || sign === '≧' || sign === '≦';
  return { above, closed, numeral, value };
}

/**
 * A bound as results and messages show it: `≥`, `>`, `≤` or `<`, then the numeral as written (`>=100` gives `≥100`).
 *
 * @example
 * boundText({ above: true, closed: true, numeral: '100', value: 100 }); // '≥100'
 */
export function boundText(b: WrittenBound): string {
  return `${b.above ? (b.closed ? '≥' : '>') : b.closed ? '≤' : '<'}${b.numeral}`;
}
