import { CST, Lexer } from 'yaml';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import type { ParseError } from './parse-error';
import type { Slip } from './text-edits';

/** A mistake inside `{ }` or `[ ]` told in place of the parser's error: what to tell, and where. */
export interface FlowSlip {
  /** Offset in the text as written. */
  offset: number;
  text: LocalizedText;
}

// What the parser says when a `{` or `[` is not closed before the block it is in goes on.
const UNCLOSED = /must be sufficiently indented and end with an? ([}\]])/;

const BRACKETS: Readonly<Record<string, { zh: string; en: string; close: string }>> = {
  '{': { zh: '花括号', en: 'brace', close: '}' },
  '[': { zh: '方括号', en: 'bracket', close: ']' },
};

/**
 * Three mistakes in a value written in brackets that the parser reports as
 * something else, each told with its fix: a `{` or `[` never closed (told at
 * the bracket, not on the line after it); a ` #` in an unquoted value, which
 * starts a comment that hides the closing bracket (`{ zh: 基础 #1, en: Base }`);
 * and an ASCII `: ` in an unquoted value, which reads as another key
 * (`{ zh: 表 1: 基础 }`). And a lone `-` in brackets (`[Q355, 20, -]`, a
 * standard's "no figure"), which YAML reads as a list item begun: told as what
 * to write instead, `n/a` or `~`; so is a cell left empty (`["6", , 87]`).
 * `undefined` for any other error.
 *
 * @param error - one of the parser's errors, placed in `text`
 */
export function flowSlip(text: string, error: ParseError): FlowSlip | undefined {
  const at = error.pos[0];
  // A lone "-" in a row, as a standard's table marks "no figure": each of the parser's errors about it, told as one.
  const dash = loneDash(text, at);
  if (dash !== undefined) return dashSlip(dash);
  if (emptyEntry(text, at)) return emptySlip(at);
  if (UNCLOSED.test(error.message)) {
    const open = flowsAround(text, at).unclosed;
    if (!open) return undefined;
    const b = BRACKETS[open.bracket]!;
    // A comment that took the closing bracket with it: `{ zh: 基础 #1, en: Base }`.
    if (open.comment !== undefined && restOfLine(text, open.comment).includes(b.close))
      return commentSlip(text, open.comment, open.bracket);
    // Closed on a next line indented too little: YAML ended the entry there, the bracket is not missing.
    const line = closedOnNextLine(text, open.offset, open.bracket, b.close);
    if (line !== undefined) return { offset: open.offset, text: goesOnText(open.bracket, line) };
    return {
      offset: open.offset,
      text: localized(
        `YAML 语法错误：这个“${open.bracket}”没有对应的“${b.close}”：请在这一项的末尾补上“${b.close}”`,
        `this "${open.bracket}" has no matching "${b.close}": add a "${b.close}" at the end of the entry`,
      ),
    };
  }
  if (error.code === 'BLOCK_IN_FLOW') {
    const bracket = flowsAround(text, at).open.at(-1)?.bracket;
    if (bracket === undefined) return undefined;
    return colonSlip(text, at, bracket);
  }
  return undefined;
}

function goesOnText(bracket: string, line: number): LocalizedText {
  return localized(
    `YAML 语法错误：这个“${bracket}”续写到第 ${line} 行，而第 ${line} 行的缩进不比这一项所属的键更深，YAML 读到那里时它还没有闭合：请把第 ${line} 行缩进得更深，或把这一项写在一行内`,
    `this "${bracket}" goes on to line ${line}, which is not indented deeper than the key the entry belongs to, so YAML finds it unclosed there: indent line ${line} deeper, or write the entry on one line`,
  );
}

/**
 * A `{` or `[` closed on the next line, which is indented no deeper than the
 * line the bracket is on (`values: [A,` then `B]` at column 1), as a slip to
 * mend: that line indented one column past the key's, so the parser's
 * errors it caused on that line and below (the rest of the file read as
 * other keys) are not told as well. `undefined` for any other error.
 *
 * @param text - the text as written
 * @param error - one of the parser's errors, placed in `text`
 */
export function goesOnSlip(text: string, error: ParseError): Slip | undefined {
  if (!UNCLOSED.test(error.message)) return undefined;
  const open = flowsAround(text, error.pos[0]).unclosed;
  if (!open || open.comment !== undefined) return undefined;
  const line = closedOnNextLine(text, open.offset, open.bracket, BRACKETS[open.bracket]!.close);
  if (line === undefined) return undefined;
  let start = 0;
  for (let n = 1; n < line; n++) start = text.indexOf('\n', start) + 1;
  const bracketLine = text.slice(text.lastIndexOf('\n', open.offset - 1) + 1, open.offset);
  // Deeper than the key the entry belongs to: past the line's indentation and any "- " before the key.
  const key = /^[ ]*(?:-[ ]+)*/.exec(bracketLine)![0].length;
  const indent = /^[ ]*/.exec(text.slice(start, start + key + 1))![0].length;
  if (indent > key) return undefined;
  return {
    offset: open.offset,
    text: goesOnText(open.bracket, line),
    edit: { offset: start, remove: 0, insert: ' '.repeat(key + 1 - indent) },
  };
}

interface OpenFlow {
  bracket: string;
  offset: number;
  /** Where a comment inside it starts, if the lexer read one before the bracket was cut short. */
  comment?: number;
}

/**
 * The brackets open at `at`, and the last bracket opened before `at` that the
 * lexer found cut short (never closed), read with the yaml lexer so brackets
 * in quotes and comments are not counted. Only a file that does not parse is
 * read this way, once per error told.
 */
function flowsAround(text: string, at: number): { open: OpenFlow[]; unclosed?: OpenFlow } {
  let offset = 0;
  const open: OpenFlow[] = [];
  let openAt: OpenFlow[] | undefined;
  let unclosed: OpenFlow | undefined;
  for (const token of new Lexer().lex(text)) {
    // The lexer's control tokens are not in the text.
    if (token === CST.SCALAR || token === CST.DOCUMENT) continue;
    if (openAt === undefined && offset >= at) openAt = [...open];
    if (token === CST.FLOW_END) {
      // The innermost one still open: those inside it were closed.
      const last = open.at(-1);
      if (last && last.offset < at) unclosed = last;
      open.length = 0;
      continue;
    }
    if (offset > at && open.length === 0) break;
    const type = CST.tokenType(token);
    if (type === 'flow-map-start' || type === 'flow-seq-start') open.push({ bracket: token, offset });
    else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      // `[A, B }`: the "}" closes the "{", and the "[" inside it was never closed.
      const opening = token === '}' ? '{' : '[';
      const match = open.findLastIndex((o) => o.bracket === opening);
      const inner = open[match + 1];
      if (match >= 0 && inner && inner.offset < at) unclosed = inner;
      open.length = Math.max(0, match);
    } else if (type === 'comment' && open.length > 0 && open[0]!.comment === undefined)
      open[0]!.comment = offset;
    offset += token.length;
  }
  return { open: openAt ?? open, unclosed };
}

/**
 * The 1-based line on which a bracket opened at `offset` is closed, when that is the next non-blank line (brackets
 * counted outside quotes, a ` #` ending the opening line): `- [1, 2,` then `3]` under the `-`. `undefined` otherwise.
 */
function closedOnNextLine(text: string, offset: number, open: string, close: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let lines = 0;
  let blank = true;
  for (let i = offset; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (quote === "'" || (lines === 1 && !blank)) return undefined;
      if (lines === 0 || !blank) lines++;
      blank = true;
      if (lines > 1) return undefined;
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\r') blank = false;
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const end = text.indexOf('\n', i);
      if (end < 0) return undefined;
      i = end - 1;
    } else if (c === open) depth++;
    else if (c === close && --depth === 0)
      return lines === 1 ? text.slice(0, i).split('\n').length : undefined;
  }
  return undefined;
}

/** ` #` after an unquoted value in brackets: a comment that takes the rest of the line, closing bracket too. */
function restOfLine(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

function commentSlip(text: string, hash: number, bracket: string): FlowSlip {
  const lineStart = text.lastIndexOf('\n', hash - 1) + 1;
  const lineEnd = text.indexOf('\n', hash);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const column = hash - lineStart;
  // The entry the `#` is in: from the `{`, `[` or `,` before it to the `,` or closing bracket after it.
  const start =
    Math.max(line.lastIndexOf('{', column), line.lastIndexOf('[', column), line.lastIndexOf(',', column)) + 1;
  const after = line.slice(column).search(/[,}\]]/);
  const entry = line.slice(start, after < 0 ? line.length : column + after).trim();
  const b = BRACKETS[bracket]!;
  const pair = /^([^:"'#]{1,40}):\s+(.+)$/.exec(entry);
  const example = pair ? `${pair[1]!.trim()}: ${JSON.stringify(pair[2]!.trim())}` : JSON.stringify(entry);
  const shown = safeLine(cutShort(example, 80));
  return {
    offset: hash,
    text: localized(
      `YAML 语法错误：${b.zh} ${bracket} ${b.close} 中的“ #”开始一条注释，其后直到行尾都被忽略（连同“${b.close}”）：含“#”的值请加引号，如 ${shown}`,
      `" #" inside ${bracket} ${b.close} starts a comment, which hides the rest of the line (the "${b.close}" too): quote a value that holds "#", e.g. ${shown}`,
    ),
  };
}

/**
 * The offset of a `-` standing alone as an entry in brackets (between `[` or
 * `,` and `,` or `]` on its line) at `at` or just before the `,` or `]` at
 * `at`: the parser puts its errors about it at the dash and at the comma after it.
 */
function loneDash(text: string, at: number): number | undefined {
  let dash = at;
  // At the "," or "]" after it: back over the spaces between.
  if (text[dash] === ',' || text[dash] === ']') {
    dash--;
    while (text[dash] === ' ' || text[dash] === '\t') dash--;
  }
  if (text[dash] !== '-') return undefined;
  const lineStart = text.lastIndexOf('\n', dash - 1) + 1;
  const lineEnd = text.indexOf('\n', dash);
  const before = text.slice(lineStart, dash).trimEnd();
  const after = text.slice(dash + 1, lineEnd < 0 ? text.length : lineEnd).trimStart();
  if (!/[[,]$/.test(before) || !/^[,\]]/.test(after)) return undefined;
  return flowsAround(text, dash).open.at(-1)?.bracket === '[' ? dash : undefined;
}

function dashSlip(offset: number): FlowSlip {
  return {
    offset,
    text: localized(
      'YAML 语法错误：方括号 [ ] 中单独的“-”不是一个值，YAML 把它读作列表项的开头：标准表格中的“-”，若表示此行的产品没有这个等级，请写 n/a；若表示标准在此行没有要求，请写 ~',
      `a lone "-" inside [ ] is not a value: YAML reads it as the start of a list item. Where the standard's table has "-", write n/a if this row's product has no such grade, or ~ if the standard sets no requirement in this row`,
    ),
  };
}

/**
 * A `,` at `at` right after a `[` or another `,` in brackets (`["6", , 87]`):
 * a cell left empty, as a spreadsheet row has one, which YAML has no way to
 * write but `~` or a value.
 */
function emptyEntry(text: string, at: number): boolean {
  if (text[at] !== ',') return false;
  let before = at - 1;
  while (text[before] === ' ' || text[before] === '\t') before--;
  return (text[before] === ',' || text[before] === '[') && flowsAround(text, at).open.at(-1)?.bracket === '[';
}

function emptySlip(offset: number): FlowSlip {
  return {
    offset,
    text: localized(
      'YAML 语法错误：方括号 [ ] 中两个逗号之间（或“[”之后）没有值：空着的单元格请写 ~（标准在此行没有要求）或 n/a（此行的产品没有这个等级）',
      'nothing between two commas (or after "[") inside [ ]: write ~ for a cell where the standard sets no requirement in this row, or n/a where this row\'s product has no such grade',
    ),
  };
}

/** An ASCII `: ` in an unquoted value in brackets: YAML reads it as a key and a value of its own. */
function colonSlip(text: string, at: number, bracket: string): FlowSlip | undefined {
  const lineEnd = text.indexOf('\n', at);
  const rest = text.slice(at, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const end = rest.search(/[,}\]]/);
  const value = rest.slice(0, end < 0 ? rest.length : end).trim();
  if (!/:(\s|$)/.test(value) || /^["']/.test(value)) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  const key = /[{,[]\s*([^:"'{},[\]#]{1,40}):\s*$/.exec(before)?.[1]?.trim();
  const example = safeLine(cutShort(`${key ? `${key}: ` : ''}${JSON.stringify(value)}`, 80));
  const shown = safeLine(cutShort(value, 80));
  const b = BRACKETS[bracket]!;
  // `{ a: 80; b: 80 }`, a semicolon typed for a comma (newcomer-31 M-6): quoting it would only make "80; b: 80" a text.
  const semicolon = /[;；]/.exec(value);
  if (semicolon && semicolon.index < value.search(/:(\s|$)/)) {
    const fixed = safeLine(cutShort(`${key ? `${key}: ` : ''}${value.replace(/\s*[;；]\s*/g, ', ')}`, 80));
    return {
      offset: at + rest.indexOf(semicolon[0]),
      text: localized(
        `YAML 语法错误：${b.zh} ${bracket} ${b.close} 中的分号“${semicolon[0]}”不分隔各项，“${shown}”会被读作一个值：各项之间请用英文逗号“,”分隔，如 ${fixed}`,
        `the semicolon "${semicolon[0]}" inside ${bracket} ${b.close} does not separate entries, so "${shown}" reads as one value: separate entries with commas, e.g. ${fixed}`,
      ),
    };
  }
  return {
    offset: at,
    text: localized(
      `YAML 语法错误：${b.zh} ${bracket} ${b.close} 中未加引号的值“${shown}”含有“: ”，会被读作又一个键：请给这个值加引号，如 ${example}`,
      `the unquoted value "${shown}" inside ${bracket} ${b.close} holds ": ", which YAML reads as another key: quote the value, e.g. ${example}`,
    ),
  };
}
