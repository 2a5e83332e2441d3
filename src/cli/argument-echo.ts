import type { Language } from '../text/localized-text';

/** Longest argument value a message echoes whole, in characters; longer ones are cut. */
export const MAX_ECHOED_ARGUMENT = 300;

/** How many characters of a cut argument value a message keeps. */
export const ECHOED_ARGUMENT_HEAD = 60;

/**
 * A message with every command-line argument value longer than
 * {@link MAX_ECHOED_ARGUMENT} characters cut to its first
 * {@link ECHOED_ARGUMENT_HEAD}, "…" and its length: `-r <100,000 × x>`
 * printed a 100 KB message, `--keep` a 240 KB one that named it twice.
 * Applied where the CLI prints its errors, so no message needs to cut what
 * it echoes. The 300 leaves every real path and file name (at most 255
 * bytes) whole. A `--option=value` argument is matched by its value, a
 * `--map column=field` by each side too, and each also trimmed, as
 * messages echo them.
 *
 * @param argv the run's arguments, as `process.argv` (node, script, arguments)
 * @example
 * capEchoedArguments(`no rule set ${'x'.repeat(400)}`, ['node', 'qgrade', '-r', 'x'.repeat(400)], 'en')
 * // 'no rule set xxx…x…(400 characters)', 60 x's before the first "…"
 */
export function capEchoedArguments(text: string, argv: readonly string[], lang: Language): string {
  let capped = text;
  for (const value of longValues(argv)) {
    if (capped.includes(value)) capped = capped.split(value).join(cutArgument(value, lang));
  }
  return capped;
}

/** The value as {@link capEchoedArguments} echoes it: its first characters, "…" and its length. */
export function cutArgument(value: string, lang: Language): string {
  const chars = Array.from(value);
  if (chars.length <= MAX_ECHOED_ARGUMENT) return value;
  const head = chars.slice(0, ECHOED_ARGUMENT_HEAD).join('');
  return lang === 'zh' ? `${head}…（共 ${chars.length} 个字符）` : `${head}…(${chars.length} characters)`;
}

/** The long argument values and their parts, longest first, so a part is cut only where its whole is not. */
function longValues(argv: readonly string[]): string[] {
  const found = new Set<string>();
  const add = (value: string) => {
    for (const v of [value, value.trim()]) if (Array.from(v).length > MAX_ECHOED_ARGUMENT) found.add(v);
  };
  for (const arg of argv.slice(2)) {
    add(arg);
    const equals = arg.indexOf('=');
    if (equals >= 0) {
      add(arg.slice(0, equals));
      add(arg.slice(equals + 1));
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}
