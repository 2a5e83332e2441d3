import { CST, Lexer } from 'yaml';
import { codePointText } from '../text/full-width';
import { fullWidthColonText } from '../text/full-width-colon';
import { type LocalizedText, localized } from '../text/localized-text';
import type { Slip } from './text-edits';

// What a Chinese input method types for YAML's own punctuation: the colon, the comma, the space
// and the brackets. Inside a plain value they are text (`zh: 表 2：化学指标`), so they are only
// suspects where the file does not parse; quoted text, comments and block text are never read.
const ASCII_OF: Readonly<Record<string, string>> = {
  '：': ':',
  '，': ',',
  '\u3000': ' ',
  '［': '[',
  '］': ']',
  '｛': '{',
  '｝': '}',
};

const BRACKET_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  '［': { zh: '方括号', en: 'bracket' },
  '］': { zh: '方括号', en: 'bracket' },
  '｛': { zh: '花括号', en: 'brace' },
  '｝': { zh: '花括号', en: 'brace' },
};

/**
 * The full-width colons, commas, spaces and brackets in the unquoted text of a
 * YAML file (not in quotes, comments or block text), on the lines `onLine`
 * accepts, each with what to tell and the ASCII edit that would mend it. At
 * most `max`, in file order.
 *
 * @param onLine - whether a slip at this offset is worth trying (it is near where the parser stopped)
 */
export function fullWidthSlips(text: string, onLine: (offset: number) => boolean, max: number): Slip[] {
  const out: Slip[] = [];
  let offset = 0;
  let scalarNext = false;
  let blockText = false;
  // The open brackets around the current token, `{` or `[`.
  const flow: string[] = [];
  for (const token of new Lexer().lex(text)) {
    // The lexer's control tokens are not in the text.
    if (token === CST.SCALAR) {
      scalarNext = true;
      continue;
    }
    if (token === CST.DOCUMENT) continue;
    if (token === CST.FLOW_END) {
      flow.length = 0;
      continue;
    }
    const type = CST.tokenType(token);
    if (scalarNext) {
      scalarNext = false;
      if (!blockText) {
        for (let i = 0; i < token.length && out.length < max; i++) {
          const c = token[i]!;
          if (ASCII_OF[c] === undefined || !onLine(offset + i)) continue;
          const indent = c === '\u3000' ? indentationRun(text, offset + i) : undefined;
          // A line indented with a tab as well: its indentation is mended whole, as a tab's (see tabRunMendings).
          if (indent === null) continue;
          if (indent) {
            // The line's full-width spaces are one slip, mended at the width its neighbours say.
            out.push(indent);
            i += indent.edit.remove - 1;
          } else out.push(slipAt(text, offset + i, token.slice(0, i), flow.at(-1)));
        }
      }
      blockText = false;
    } else if (type === 'block-scalar-header') blockText = true;
    else if (type === 'flow-map-start' || type === 'flow-seq-start') flow.push(token);
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flow.pop();
    offset += token.length;
    if (out.length >= max) break;
  }
  return out;
}

/**
 * The full-width spaces that indent a line, from `offset` on, as one slip. A
 * full-width space is typed for one space or, lined up by eye (it is two
 * columns wide), for two: it is mended at the width that lines the key up
 * with the next line of content (else the line before), one space each when
 * neither says. `undefined` when the space is not in the line's indentation; `null` when a tab is in it too
 * (the indentation is then mended whole, as a tab's).
 */
function indentationRun(text: string, offset: number): Slip | undefined | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const leading = /^[ \t\u3000]*/.exec(text.slice(lineStart, offset + 200))![0];
  if (leading.length > offset - lineStart && leading.includes('\t')) return null;
  if (!/^[ \u3000-]*$/.test(text.slice(lineStart, offset))) return undefined;
  let run = 0;
  while (text[offset + run] === '\u3000') run++;
  let rest = offset + run;
  while (text[rest] === ' ') rest++;
  const before = offset - lineStart;
  const after = rest - offset - run;
  const [narrow, wide] = [before + run + after, before + 2 * run + after];
  const next = neighbourIndent(text, rest, 1);
  const previous = neighbourIndent(text, lineStart - 1, -1);
  const double = next === wide || (next !== narrow && previous === wide && previous !== narrow);
  const code = codePointText('\u3000');
  return {
    offset,
    text: localized(
      `YAML 语法错误：缩进不能使用全角空格“\u3000”（${code}），请用半角空格`,
      `the full-width space "\u3000" (${code}) cannot indent: use ASCII spaces`,
    ),
    edit: { offset, remove: run, insert: ' '.repeat(double ? 2 * run : run) },
  };
}

/** The indentation (ASCII spaces) of the nearest line of content after (`step` 1) or before (−1) `from`. */
export function neighbourIndent(text: string, from: number, step: 1 | -1): number | undefined {
  const lines =
    step === 1
      ? text.slice(text.indexOf('\n', from) + 1).split('\n', 20)
      : text.slice(0, Math.max(0, from)).split('\n').slice(-20).reverse();
  if (step === 1 && text.indexOf('\n', from) < 0) return undefined;
  for (const line of lines) {
    if (/^\s*(#.*)?\r?$/.test(line)) continue;
    return /^ */.exec(line)![0].length;
  }
  return undefined;
}

function slipAt(text: string, offset: number, before: string, bracket: string | undefined): Slip {
  const c = text[offset]!;
  const ascii = ASCII_OF[c]!;
  const next = text[offset + 1];
  // A colon needs a space after it to end a key: `loi：{` is mended as `loi: {`.
  const spaced = c === '：' && next !== undefined && !/[ \t\r\n\u3000]/.test(next);
  return {
    offset,
    text: slipText(c, text, offset, before, bracket),
    edit: { offset, remove: 1, insert: spaced ? ': ' : ascii },
  };
}

function slipText(
  c: string,
  text: string,
  offset: number,
  before: string,
  bracket: string | undefined,
): LocalizedText {
  const code = codePointText(c);
  if (c === '：') {
    const key = (before.split('\n').at(-1) ?? '').trim();
    const example = /^[^\s\u3000:：,，{}[\]#"']{1,40}$/.test(key);
    const colon = fullWidthColonText(example ? { example: key } : {});
    return localized(`YAML 语法错误：${colon.zh}`, colon.en);
  }
  if (c === '，') {
    if (bracket === undefined)
      return localized(
        `YAML 语法错误：全角逗号“，”（${code}）不是 YAML 的逗号：请写半角逗号“,”`,
        `the full-width comma "，" (${code}) is not YAML's comma: write an ASCII comma ","`,
      );
    const [zh, en] = bracket === '{' ? ['花括号 { }', '{ }'] : ['方括号 [ ]', '[ ]'];
    return localized(
      `YAML 语法错误：全角逗号“，”（${code}）不能分隔${zh} 中的各项：请写半角逗号“,”`,
      `the full-width comma "，" (${code}) does not separate the entries in ${en}: write an ASCII comma ","`,
    );
  }
  if (c === '\u3000') {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    if (/^[ \u3000-]*$/.test(text.slice(lineStart, offset)))
      return localized(
        `YAML 语法错误：缩进不能使用全角空格“\u3000”（${code}），请用半角空格`,
        `the full-width space "\u3000" (${code}) cannot indent: use ASCII spaces`,
      );
    return localized(
      `YAML 语法错误：全角空格“\u3000”（${code}）不是 YAML 的空格：请写半角空格`,
      `the full-width space "\u3000" (${code}) is not a YAML space: write an ASCII space`,
    );
  }
  const name = BRACKET_NAMES[c]!;
  const ascii = ASCII_OF[c]!;
  return localized(
    `YAML 语法错误：全角${name.zh}“${c}”（${code}）不是 YAML 的${name.zh}：请写半角的“${ascii}”`,
    `the full-width ${name.en} "${c}" (${code}) is not YAML's ${name.en}: write an ASCII "${ascii}"`,
  );
}
