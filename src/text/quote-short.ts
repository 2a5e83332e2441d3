import { safeJson } from './safe-text';

/** Longest text a message quotes from a value, in characters. */
export const MAX_QUOTED = 40;

/**
 * Text as a message quotes it: in double quotes, cut at {@link MAX_QUOTED}
 * characters with "…", every character that would not print as itself
 * escaped — a value from a record or a rule file may be a kilobyte of binary.
 *
 * @example
 * quoteShort('abc') // '"abc"'
 * quoteShort('heat-pump\u0000') // '"heat-pump\\u0000"'
 */
export function quoteShort(text: string, max = MAX_QUOTED): string {
  return quoteText(cutShort(text, max));
}

/**
 * Text in double quotes as a JSON string literal writes it, so what a
 * reader sees (and copies) is the text that is there: C0 controls (`\u0000`,
 * `\n`) and lone surrogates (`\ud800`) escaped as `JSON.stringify` escapes
 * them, and the characters it writes raw that would move the cursor or
 * reorder the line — C1 controls, bidirectional controls, the line and
 * paragraph separators — escaped too. (These once became U+FFFD, which a
 * reader took for the character in the value.)
 *
 * @example
 * quoteText('A\u0000') // '"A\\u0000"'
 * quoteText('4.6\u202e2') // '"4.6\\u202e2"'
 */
export function quoteText(text: string): string {
  return safeJson(JSON.stringify(text)).replace(
    /[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}

/** Text cut at `max` characters, with "…" where it was cut; never between the halves of a surrogate pair. */
export function cutShort(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  // `5🙂🙂…`: a cut inside an emoji left half of it, which printed as a lone surrogate (hostile-43).
  const high = text.charCodeAt(max - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
