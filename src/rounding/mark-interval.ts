import type { RoundingMark } from './rounding-mark';

/**
 * Where a value written with a GB/T 8170 rounding mark lies: `23.8(+)` is a
 * true value in (23.8, 23.85], `23.8(−)` one in [23.75, 23.8) — half a unit
 * of the numeral's last place on the side the mark names. As messages write
 * it: {@link markIntervalText}.
 *
 * @example
 * const { inside, far }: MarkInterval = markInterval({ numeral: '42.5', mark: '-' }); // 42.4999999, 42.45
 */
export interface MarkInterval {
  /** The numeral as a number (`42.5`): what a rounded-value comparison compares. */
  numeral: number;
  /**
   * A millionth of the numeral's last place inside the interval (`42.4999999`): what a full-value comparison with
   * a limit at the numeral sees.
   */
  inside: number;
  /** The interval's other end (`42.45`), taken in, so a value there is never decided on a guess. */
  far: number;
  /** A value just inside the far end (a millionth of the last place), which a rounding reads with the mark. */
  nearFar: number;
}

/**
 * The interval a marked value stands for; see {@link MarkInterval}. GB/T 8170
 * marks a negative value's magnitude: `-2.5(-)` lies above −2.5. Read for every marked value of every record, so
 * it writes no text (a record refused says the interval with {@link markIntervalText}).
 *
 * @returns `undefined` when the numeral is not a finite number
 * @example
 * markInterval({ numeral: '600', mark: '+' }); // { numeral: 600, inside: 600.000001, far: 600.5, nearFar: 600.499999 }
 */
export function markInterval(marked: RoundingMark): MarkInterval | undefined {
  const numeral = Number(marked.numeral);
  if (!Number.isFinite(numeral)) return undefined;
  const decimals = decimalsOf(marked.numeral);
  const below = (marked.mark === '-') !== (marked.numeral.charCodeAt(0) === 45);
  const half = 5 * 10 ** -(decimals + 1);
  const tiny = 10 ** -(decimals + 6);
  const far = Number((below ? numeral - half : numeral + half).toFixed(decimals + 1));
  return {
    numeral,
    // A millionth of the last place inside: within the 15 digits a rounding reads (one double away would be read
    // as the numeral, and 344.5(+) rounded to 344 where it is 345), and far nearer than any limit's digits.
    inside: Number((below ? numeral - tiny : numeral + tiny).toFixed(decimals + 6)),
    far,
    nearFar: Number((below ? far + tiny : far - tiny).toFixed(decimals + 6)),
  };
}

/**
 * The interval a marked value stands for as messages write it: `[42.45, 42.5)`, `(23.8, 23.85]`.
 *
 * @example
 * markIntervalText({ numeral: '42.5', mark: '-' }); // '[42.45, 42.5)'
 */
export function markIntervalText(marked: RoundingMark): string {
  const at = markInterval(marked);
  if (at === undefined) return marked.numeral;
  const decimals = decimalsOf(marked.numeral);
  const far = at.far.toFixed(decimals + 1).replace(/0$/, '');
  return at.far < at.numeral ? `[${far}, ${marked.numeral})` : `(${marked.numeral}, ${far}]`;
}

/** The decimals a numeral is written with (`42.50` → 2). */
function decimalsOf(numeral: string): number {
  const dot = numeral.indexOf('.');
  return dot < 0 ? 0 : numeral.length - dot - 1;
}

/**
 * An interval as messages write it, from its ends and whether each is in it: `[-0.5, 0)`, `(89.875, 90]`; ends to
 * twelve significant digits, as a value computed from a mark's ends carries a double's noise past them.
 *
 * @example
 * intervalText(-0.5, true, 0, false); // '[-0.5, 0)'
 */
export function intervalText(low: number, lowIn: boolean, high: number, highIn: boolean): string {
  const shown = (n: number) => String(Number(n.toPrecision(12)));
  return `${lowIn ? '[' : '('}${shown(low)}, ${shown(high)}${highIn ? ']' : ')'}`;
}

/**
 * The ends of an interval as {@link intervalText} writes it, or `undefined` for any other text.
 *
 * @example
 * intervalEnds('[89.875, 90)'); // { low: 89.875, lowIn: true, high: 90, highIn: false }
 */
export function intervalEnds(
  text: string,
): { low: number; lowIn: boolean; high: number; highIn: boolean } | undefined {
  const m = /^([[(])(-?[\d.e+-]+), (-?[\d.e+-]+)([\])])$/.exec(text);
  if (!m) return undefined;
  const low = Number(m[2]);
  const high = Number(m[3]);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  return { low, lowIn: m[1] === '[', high, highIn: m[4] === ']' };
}
