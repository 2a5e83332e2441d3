import { localized } from '../text/localized-text';
import { safeLine } from '../text/safe-text';
import { nextContentLine } from './indentation';
import type { Slip } from './text-edits';

// `key: []` or `- key: {}` (a comment after it allowed): an empty list or mapping written in brackets.
const EMPTY_FLOW =
  /^([ ]*(?:-[ ]+)?)([^\s#:'"{[\]-][^#:]*?):([ \t]*)(\[[ \t]*\]|\{[ \t]*\})[ \t]*(?:#.*)?\r?$/;

/**
 * `criteria: []` with the items written under it as a block list
 * (`  - id: …`), as the studio's completion once wrote it: the parser then
 * says only that the next line cannot be a key. The slip is the `[]` (or
 * `{}`): the key already has an empty value, so what is below it belongs to
 * nothing. Told at the bracket, with the edit that removes it.
 *
 * @param line - the 1-based line to look at
 * @param lineStart - the offset where that line starts in the text as written
 * @returns `undefined` unless the line is such a key and the next line of content is indented under it
 */
export function emptyFlowSlip(lines: readonly string[], line: number, lineStart: number): Slip | undefined {
  const text = lines[line - 1] ?? '';
  const m = EMPTY_FLOW.exec(text);
  if (!m) return undefined;
  const [, lead = '', key = '', space = '', brackets = ''] = m;
  const next = nextContentLine(lines, line);
  if (next === undefined) return undefined;
  const below = lines[next - 1]!;
  const indent = /^[ ]*/.exec(below)![0].length;
  // Under the key: indented further, or a `- ` item at its column (YAML allows a block list there).
  if (indent < lead.length || (indent === lead.length && !/^[ ]*-[ ]/.test(below))) return undefined;
  const list = brackets.startsWith('[');
  const name = safeLine(key.trim());
  const at = lineStart + lead.length + key.length + 1 + space.length;
  return {
    offset: at,
    text: list
      ? localized(
          `YAML 语法错误：“${name}: ${brackets}”已经写了一个空列表，下面各行的项就不属于任何键；请删去“${brackets}”，只写“${name}:”，各项写在它下面，每项以“- ”开头`,
          `"${name}: ${brackets}" is already an empty list, so the items on the lines below belong to no key; remove the "${brackets}" and write "${name}:" alone, with the items below it, each starting with "- "`,
        )
      : localized(
          `YAML 语法错误：“${name}: ${brackets}”已经写了一个空映射，下面各行的键就不属于任何键；请删去“${brackets}”，只写“${name}:”，把键缩进写在它下面`,
          `"${name}: ${brackets}" is already an empty mapping, so the keys on the lines below belong to no key; remove the "${brackets}" and write "${name}:" alone, with the keys indented below it`,
        ),
    edit: { offset: at - space.length, remove: space.length + brackets.length, insert: '' },
  };
}
