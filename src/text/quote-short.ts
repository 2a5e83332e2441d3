import { safeLine } from './safe-text';

/** Longest text a message quotes from a value, in characters. */
export const MAX_QUOTED = 40;

/**
 * Text as a message quotes it: in double quotes, cut at {@link MAX_QUOTED}
 * characters with "…", control characters made safe — a value from a
 * record or a rule file may be a kilobyte of binary.
 *
 * @example
 * quoteShort('abc') // '"abc"'
 */
export function quoteShort(text: string, max = MAX_QUOTED): string {
  return JSON.stringify(safeLine(cutShort(text, max)));
}

/** Text cut at `max` characters, with "…" where it was cut. */
export function cutShort(text: string, max = MAX_QUOTED): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
