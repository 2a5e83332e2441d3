import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import type { Slip } from './text-edits';

// How a key line is indented, read from the text: for telling a rule author which line a key
// should line up with when the parser only says the indentation is wrong.

/** Whether a line holds nothing but spaces and perhaps a comment. */
function isBlank(line: string): boolean {
  return /^\s*(#.*)?\r?$/.test(line);
}

/** The 1-based number of the first line after `line` that holds more than spaces and a comment. */
export function nextContentLine(lines: readonly string[], line: number): number | undefined {
  for (let i = line; i < lines.length; i++) if (!isBlank(lines[i]!)) return i + 1;
  return undefined;
}

/** The column (1-based) where a line's key starts: after its indentation and any `- ` of a list item. */
export function keyColumn(line: string): number {
  return (/^[ ]*(?:-[ ]+)*/.exec(line)?.[0].length ?? 0) + 1;
}

// `key:` or `- key:` at the start of a line, after spaces only: a line a sibling key can be told by.
const KEY_LINE = /^[ ]*(?:-[ ]+)*[^\s#:'"{[-][^#]*?:(?:[ ]|\r?$)/;

/** A line indented differently from a key of the same mapping. */
export interface Misindented {
  /** The line indented differently, and the column its key starts in. */
  line: number;
  column: number;
  /** The column the keys of its mapping start in. */
  expected: number;
  /**
   * When it is the first key of its mapping, indented differently from the
   * keys below it (`   type:` above `    unit:`, `    range:` …): the last
   * line of those keys, up to which the parser's errors follow from it.
   */
  firstKeyUntil?: number;
}

/**
 * "Nested mappings are not allowed in compact mappings" where the parser read
 * on from a value (`indicator: y`) into the next line because that line is
 * indented further than its sibling keys: that line, and both columns.
 */
export function misindentedLine(lines: readonly string[], errorLine: number): Misindented | undefined {
  const next = nextContentLine(lines, errorLine);
  if (next === undefined) return undefined;
  const above = lines[errorLine - 1] ?? '';
  const below = lines[next - 1]!;
  // A tab in either indentation is told by its own message.
  if (/^[ -]*\t/.test(above) || /^[ -]*\t/.test(below)) return undefined;
  const column = keyColumn(below);
  const expected = keyColumn(above);
  if (column === expected) return undefined;
  const until = firstKeyOf(lines, errorLine, next, column);
  if (until !== undefined)
    return { line: errorLine, column: expected, expected: column, firstKeyUntil: until };
  return { line: next, column, expected };
}

/**
 * Whether line `first` is the first key of a mapping (under a `key:` with no
 * value, not after a `- `) whose other keys, from line `next` on, start in
 * `column`: then it is the one out of line. Returns the last line of those keys.
 */
function firstKeyOf(
  lines: readonly string[],
  first: number,
  next: number,
  column: number,
): number | undefined {
  const text = lines[first - 1]!;
  if (/^[ ]*-[ ]/.test(text)) return undefined;
  const parent = previousContentLine(lines, first);
  const parentText = parent === undefined ? '' : lines[parent - 1]!;
  if (
    parent === undefined ||
    !/:[ \t]*(?:#.*)?\r?$/.test(parentText) ||
    keyColumn(parentText) >= keyColumn(text)
  )
    return undefined;
  // The keys below at `column` (and what is deeper under them), at least two of them: the mapping's own column.
  let last = next;
  let keys = 1;
  for (let i = next + 1; i <= lines.length; i++) {
    const line = lines[i - 1]!;
    if (isBlank(line)) continue;
    const k = keyColumn(line);
    if (k > column) continue;
    if (k < column || !KEY_LINE.test(line)) break;
    last = i;
    keys++;
  }
  return keys >= 2 && keyColumn(parentText) < column ? last : undefined;
}

/**
 * A key line indented less than the keys of its mapping and more than the key
 * that holds them (`   requiredWhen:` under `    required:`), where the parser
 * says only "All mapping items must start at the same column": the line it
 * should line up with, and the edit that lines it up.
 *
 * @param lineStart - the offset where the line starts in the text as written
 */
export function shortIndentSlip(
  lines: readonly string[],
  line: number,
  lineStart: (line: number) => number,
): Slip | undefined {
  const text = lines[line - 1] ?? '';
  if (!KEY_LINE.test(text)) return undefined;
  const column = keyColumn(text);
  // The first key of the mapping: the topmost line above, deeper than this one, below the key that holds them.
  let first: number | undefined;
  // The key that holds them.
  let holder: number | undefined;
  for (let i = line - 1; i >= 1; i--) {
    const above = lines[i - 1]!;
    if (isBlank(above)) continue;
    // A tab is told by its own message.
    if (/^[ -]*\t/.test(above)) return undefined;
    const k = keyColumn(above);
    // Deeper lines are the mapping's keys and their values (block text among them).
    if (k > column) {
      if (KEY_LINE.test(above)) first = i;
      continue;
    }
    // Lined up with a key above, or under what is not a key: something else is wrong.
    if (k === column || !KEY_LINE.test(above)) return undefined;
    holder = i;
    break;
  }
  if (first === undefined) return undefined;
  // The holder short of a key above it in this line's column (`pointDefects:` at column 1 between `bow:` and
  // `transmittance:` at column 3): it is the one out of line, not this line (newcomer-26 M1).
  const outer =
    holder === undefined || !deeperBetween(lines, holder, line, column)
      ? undefined
      : siblingAbove(lines, holder, column);
  if (holder !== undefined && outer !== undefined) {
    const at = keyColumn(lines[holder - 1]!);
    const below = { first, last: previousContentLine(lines, line)!, column: keyColumn(lines[first - 1]!) };
    return {
      offset: lineStart(holder) + at - 1,
      text: shortHolderText(lines, { line: holder, column: at, expected: column }, outer, below),
      edit: { offset: lineStart(holder) + at - 1, remove: 0, insert: ' '.repeat(column - at) },
    };
  }
  const expected = keyColumn(lines[first - 1]!);
  let sibling = first;
  for (let i = line - 1; i > first; i--) {
    const above = lines[i - 1]!;
    if (KEY_LINE.test(above) && keyColumn(above) === expected) {
      sibling = i;
      break;
    }
  }
  return {
    offset: lineStart(line) + column - 1,
    text: indentationText({ line, column, expected }, sibling, previousContentLine(lines, line)),
    edit: { offset: lineStart(line) + column - 1, remove: 0, insert: ' '.repeat(expected - column) },
  };
}

/**
 * A list item (`- `) indented further than the item above it (`       - [8, 10]`
 * under `      - [2, 3]`), where the parser says only "All sequence items must
 * start at the same column": the item to line it up with, and the edit.
 */
export function itemIndentSlip(
  lines: readonly string[],
  line: number,
  lineStart: (line: number) => number,
): Slip | undefined {
  const dash = /^( *)-(?:[ ]|\r?$)/.exec(lines[line - 1] ?? '');
  if (!dash) return undefined;
  const column = dash[1]!.length + 1;
  for (let i = line - 1; i >= 1; i--) {
    const above = lines[i - 1]!;
    if (isBlank(above)) continue;
    if (/^[ -]*\t/.test(above)) return undefined;
    const at = /^ */.exec(above)![0].length + 1;
    // Deeper lines belong to the item above.
    if (at > column) continue;
    if (at === column || !/^ *-(?:[ ]|\r?$)/.test(above)) return undefined;
    return {
      offset: lineStart(line) + column - 1,
      text: localized(
        `YAML 语法错误：第 ${line} 行的“- ”从第 ${column} 列开始，而同一列表的上一项（第 ${i} 行）从第 ${at} 列开始：同一列表的各项要从同一列开始；请让它从第 ${at} 列开始，与第 ${i} 行对齐`,
        `the "- " on line ${line} starts in column ${column}, but the item above it in the same list (line ${i}) starts in column ${at}: the items of one list start in the same column; start it in column ${at}, lined up with line ${i}`,
      ),
      edit: { offset: lineStart(line) + at - 1, remove: column - at, insert: '' },
    };
  }
  return undefined;
}

/**
 * A key (not a list item's) above `holder`, in `column`, with only deeper lines
 * between them: a key of the mapping `holder` was meant to be in.
 */
function siblingAbove(lines: readonly string[], holder: number, column: number): number | undefined {
  if (/^[ ]*-[ ]/.test(lines[holder - 1]!)) return undefined;
  for (let i = holder - 1; i >= 1; i--) {
    const above = lines[i - 1]!;
    if (isBlank(above)) continue;
    if (/^[ -]*\t/.test(above)) return undefined;
    const k = keyColumn(above);
    if (k > column) continue;
    return k === column && KEY_LINE.test(above) && !/^[ ]*-[ ]/.test(above) ? i : undefined;
  }
  return undefined;
}

/**
 * Whether every line between `holder` and `line` starts (a `- ` too) right of
 * `column`: the holder's own lines, a mapping as deep as the line's sibling
 * would hold. A list under it (`criteria:` over `  - id:`) is no such mapping.
 */
function deeperBetween(lines: readonly string[], holder: number, line: number, column: number): boolean {
  for (let i = holder + 1; i < line; i++) {
    const text = lines[i - 1]!;
    if (isBlank(text)) continue;
    if (/^[ ]*/.exec(text)![0].length + 1 <= column) return false;
  }
  return true;
}

/** The key a `key:` line names, as written. */
function keyName(line: string): string {
  return line.slice(keyColumn(line) - 1).replace(/:(?:[ ].*)?\r?$/, '');
}

/**
 * A key indented less than its sibling above (`sibling`) and than its own
 * lines below it (`below`): name both, and the column to start it in.
 */
function shortHolderText(
  lines: readonly string[],
  m: Misindented,
  sibling: number,
  below: { first: number; last: number; column: number },
): LocalizedText {
  const name = safeLine(cutShort(keyName(lines[m.line - 1]!)));
  const other = safeLine(cutShort(keyName(lines[sibling - 1]!)));
  const span =
    below.first === below.last
      ? localized(`第 ${below.first} 行`, `line ${below.first}`)
      : localized(`第 ${below.first} 至 ${below.last} 行`, `lines ${below.first} to ${below.last}`);
  return localized(
    `YAML 语法错误：第 ${m.line} 行的“${name}”缩进少了：它从第 ${m.column} 列开始，而同一层的键“${other}”（第 ${sibling} 行）从第 ${m.expected} 列开始，它下面的${span.zh}从第 ${below.column} 列开始；请让“${name}”从第 ${m.expected} 列开始，与“${other}”对齐`,
    `line ${m.line}, "${name}", is indented less than its sibling "${other}" (line ${sibling}, column ${m.expected}) and the lines below it (${span.en}, column ${below.column}): it starts in column ${m.column}; start it in column ${m.expected}, lined up with "${other}"`,
  );
}

function previousContentLine(lines: readonly string[], line: number): number | undefined {
  for (let i = line - 1; i >= 1; i--) if (!isBlank(lines[i - 1]!)) return i;
  return undefined;
}

/**
 * A line indented differently from a key of its mapping, in words a rule
 * author knows: the line above when that is the key (`above`), else the key
 * further up.
 */
export function indentationText(m: Misindented, sibling: number, above = sibling): LocalizedText {
  if (m.firstKeyUntil !== undefined)
    return localized(
      `YAML 语法错误：第 ${m.line} 行是这一映射的第一个键，它的缩进与下面同一映射的键（第 ${m.line + 1} 至 ${m.firstKeyUntil} 行）不一致（从第 ${m.column} 列开始，而不是第 ${m.expected} 列）：同一映射中的键要从同一列开始`,
      `line ${m.line}, the first key of its mapping, is indented differently from the keys below it (lines ${m.line + 1} to ${m.firstKeyUntil}; from column ${m.column}, not ${m.expected}): the keys of one mapping start in the same column`,
    );
  if (sibling === above)
    return localized(
      `YAML 语法错误：第 ${m.line} 行的缩进与上一行（第 ${sibling} 行）不一致（从第 ${m.column} 列开始，而不是第 ${m.expected} 列）：同一映射中的键要从同一列开始`,
      `line ${m.line} is indented differently from line ${sibling} above it (from column ${m.column}, not ${m.expected}): the keys of one mapping start in the same column`,
    );
  return localized(
    `YAML 语法错误：第 ${m.line} 行的缩进与同一映射中第 ${sibling} 行的键不一致（从第 ${m.column} 列开始，而不是第 ${m.expected} 列）：同一映射中的键要从同一列开始`,
    `line ${m.line} is indented differently from line ${sibling}, a key of the same mapping (from column ${m.column}, not ${m.expected}): the keys of one mapping start in the same column`,
  );
}

/**
 * A new list item typed at the column of the keys of the item above it
 * (`    - id: b` under `  - id: a` and its `    grade: x`: the editor keeps
 * the keys' indentation after Enter), where the parser says only that a block
 * cannot be a key: the item and its lines moved back to the column of the
 * `- ` above, told once at the `-`.
 *
 * @param errorLine - the parser's error line: the `- ` line, or the key line just above it
 */
export function deepItemSlip(
  lines: readonly string[],
  errorLine: number,
  lineStart: (line: number) => number,
): Slip | undefined {
  const next = nextContentLine(lines, errorLine);
  const line = /^ *-[ ]/.test(lines[errorLine - 1] ?? '') ? errorLine : next;
  if (line === undefined) return undefined;
  const dash = /^( *)-[ ]/.exec(lines[line - 1]!);
  if (!dash) return undefined;
  const column = dash[1]!.length;
  // Up to the item whose keys start in that column, through its keys (and what is deeper under them).
  let item: number | undefined;
  let at = 0;
  for (let i = line - 1; i >= 1; i--) {
    const above = lines[i - 1]!;
    if (isBlank(above)) continue;
    if (/^[ -]*\t/.test(above)) return undefined;
    // The line just above opens no block of its own (`values:` may hold a list at its own column).
    if (item === undefined && i === previousContentLine(lines, line) && /:[ \t]*(?:#.*)?\r?$/.test(above))
      return undefined;
    const indent = /^ */.exec(above)![0].length;
    if (indent > column) continue;
    const opens = /^( *)-[ ]+/.exec(above);
    if (opens && opens[0].length === column && opens[1]!.length < column) {
      item = i;
      at = opens[1]!.length;
      break;
    }
    if (indent !== column || opens || !KEY_LINE.test(above)) return undefined;
  }
  if (item === undefined) return undefined;
  const by = column - at;
  // The item's own lines below it, deeper than its `- `, go back as far.
  const more = [];
  for (let i = line + 1; i <= lines.length; i++) {
    const below = lines[i - 1]!;
    if (isBlank(below)) continue;
    if (/^ */.exec(below)![0].length <= column) break;
    more.push({ offset: lineStart(i), remove: by, insert: '' });
  }
  const shown = safeLine(cutShort(lines[item - 1]!.trim(), 40));
  return {
    offset: lineStart(line) + column,
    text: localized(
      `YAML 语法错误：第 ${line} 行的“- ”是列表的新一项，却与上一项（第 ${item} 行“${shown}”）的键对齐，YAML 会把它读作上一项的内容：新的一项要与上一项的“- ”对齐，请从第 ${at + 1} 列开始写“- ”（删去这一项各行行首的 ${by} 个空格）`,
      `the "- " on line ${line} starts a new list item, but it lines up with the keys of the item above (line ${item}, "${shown}"), so YAML reads it as part of that item: a new item lines up with the "- " of the one above; start it in column ${at + 1} (remove ${by} spaces at the start of each of its lines)`,
    ),
    edit: { offset: lineStart(line), remove: by, insert: '' },
    ...(more.length > 0 ? { more } : {}),
  };
}
