/**
 * Where the underline of an issue ends on its line: the issue points at the start of what it is about, and the
 * editor underlines all of it. A quoted scalar (`"< 5"`) to its closing quote, a flow list or mapping (`[4, 5]`)
 * to its closing bracket when that is on the same line, else a plain word (a name, a key, a number); the rest of
 * the line when none of these starts there.
 *
 * @param line - the text of the issue's line
 * @param start - where the issue points, as an index into `line`
 * @returns the index in `line` just after the underlined text (`line.length` for the rest of the line)
 * @example
 * issueSpanEnd('  f: { s: "< 5" }', 10); // 15: `"< 5"`
 */
export function issueSpanEnd(line: string, start: number): number {
  const c = line[start];
  if (c === '"' || c === "'") return closingQuote(line, start) ?? line.length;
  if (c === '[' || c === '{') return closingBracket(line, start) ?? line.length;
  const word = /^[^\s:,[\]{}#]+/.exec(line.slice(start));
  return word ? start + word[0].length : line.length;
}

/** Just after the quote that closes the one at `start` (`\"` escapes in double quotes, `''` in single). */
function closingQuote(line: string, start: number): number | undefined {
  const q = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (q === '"' && line[i] === '\\') i++;
    else if (line[i] === q) {
      if (q === "'" && line[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}

/** Just after the bracket that closes the one at `start`, quoted text skipped; `undefined` if not on this line. */
function closingBracket(line: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const c = line[i];
    if (c === '"' || c === "'") {
      const end = closingQuote(line, i);
      if (end === undefined) return undefined;
      i = end - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '#' && /\s/.test(line[i - 1] ?? '')) return undefined;
  }
  return undefined;
}
