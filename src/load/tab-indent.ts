import { codePointText } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';
import type { Slip, TextEdit } from './text-edits';

/** Consecutive lines of content indented with a tab (spaces and full-width spaces with it, or not), 1-based. */
export interface TabRun {
  first: number;
  last: number;
}

// The white space before a line's content, as an author's keyboard may type it.
const LEADING = /^[ \t\u3000]*/;

/**
 * The run of lines indented with a tab around `line`, if `line` is one:
 * blank and comment lines inside it are passed over.
 *
 * @example
 * tabRunAt(['a:', '\tb: 1', '\tc: 2', 'd: 3'], 2); // { first: 2, last: 3 }
 */
export function tabRunAt(lines: readonly string[], line: number): TabRun | undefined {
  if (!tabIndented(lines[line - 1])) return undefined;
  let first = line;
  for (let i = line - 1; i >= 1; i--) {
    if (blank(lines[i - 1]!)) continue;
    if (!tabIndented(lines[i - 1])) break;
    first = i;
  }
  let last = line;
  for (let i = line + 1; i <= lines.length; i++) {
    if (blank(lines[i - 1]!)) continue;
    if (!tabIndented(lines[i - 1])) break;
    last = i;
  }
  return { first, last };
}

/**
 * The ways to mend a run of tab-indented lines, most likely first, each one
 * slip: told once at the run's first line (a tab there made the parser misread
 * every line after it; newcomer-24 F2, hostile-25), with an edit per line. The
 * widths come from the lines around the run: at the width of the line
 * after it or before it (two more under a key that opens a block), or
 * each tab as so many spaces. A width that cannot be (no deeper than a key
 * opening a block, deeper than a line that does not open one) is not offered;
 * the caller keeps the one that reads furthest.
 *
 * @param starts - the offset each line starts at in the text
 */
export function tabRunMendings(lines: readonly string[], starts: readonly number[], run: TabRun): Slip[] {
  const content: number[] = [];
  for (let l = run.first; l <= run.last; l++) if (!blank(lines[l - 1]!)) content.push(l);
  const indents = content.map((l) => LEADING.exec(lines[l - 1]!)![0]);
  const before = neighbour(lines, run.first, -1);
  const after = neighbour(lines, run.last, 1);
  const opens = before !== undefined && opensBlock(lines[before.line - 1]!);
  const widths: number[][] = [];
  const add = (w: number[] | undefined) => {
    if (!w || w.some((x) => !Number.isInteger(x) || x < 0)) return;
    // Under a key that opens a block the run is deeper; after a line that does not, it is not.
    if (before !== undefined && (opens ? w[0]! <= before.width : w[0]! > before.width)) return;
    if (!widths.some((v) => v.every((x, i) => x === w[i]))) widths.push(w);
  };
  const same = indents.every((s) => s === indents[0]);
  const expanded = (tab: number, wide: number) =>
    tab > 0 ? indents.map((s) => widthOf(s, tab, wide)) : undefined;
  // The tab's width that lines a run's line up with a neighbour at `target`.
  const tabFor = (indent: string, target: number, wide: number) => {
    const tabs = count(indent, '\t');
    return (target - count(indent, ' ') - wide * count(indent, '\u3000')) / tabs;
  };
  if (same) {
    if (before && opens) add(content.map(() => before.width + 2));
    if (after) add(content.map(() => after.width));
    if (before) add(content.map(() => before.width));
  }
  for (const wide of [2, 1]) {
    if (before && opens) add(expanded(tabFor(indents[0]!, before.width + 2, wide), wide));
    if (after) add(expanded(tabFor(indents.at(-1)!, after.width, wide), wide));
    for (const tab of [2, 4, 8]) add(expanded(tab, wide));
  }
  const text = runText(indents, run, content);
  return widths.map((w) => {
    const edits: TextEdit[] = content.map((l, i) => ({
      offset: starts[l - 1]!,
      remove: indents[i]!.length,
      insert: ' '.repeat(w[i]!),
    }));
    return {
      offset: starts[run.first - 1]! + indents[0]!.search(/[\t\u3000]/u),
      text,
      edit: edits[0]!,
      more: edits.slice(1),
    };
  });
}

function runText(indents: readonly string[], run: TabRun, content: readonly number[]): LocalizedText {
  const ideographic = indents.some((s) => s.includes('\u3000'));
  const code = codePointText('\u3000');
  const lines =
    content.length > 1
      ? { zh: `第 ${run.first}–${run.last} 行`, en: `lines ${run.first}–${run.last}` }
      : undefined;
  if (ideographic)
    return localized(
      `YAML 语法错误：${lines ? `${lines.zh}的` : ''}缩进中有全角空格“\u3000”（${code}）和制表符（Tab）：缩进只能用半角空格，请把两者都换成半角空格`,
      `${lines ? `${lines.en}: the` : 'the'} indentation holds a full-width space "\u3000" (${code}) and a tab: YAML indents with ASCII spaces only; replace both with spaces`,
    );
  if (lines)
    return localized(
      `YAML 语法错误：${lines.zh}的缩进使用了制表符（Tab）：缩进不能使用制表符，请全部换成半角空格`,
      `${lines.en} are indented with tabs, which YAML does not allow: replace each tab with ASCII spaces`,
    );
  return localized(
    'YAML 语法错误：缩进不能使用制表符（Tab），请用空格',
    'Tabs are not allowed as indentation: replace each tab with ASCII spaces',
  );
}

/** Whether a line's indentation holds a tab (a tab after the content starts is YAML's own business). */
function tabIndented(line: string | undefined): boolean {
  return line !== undefined && !blank(line) && LEADING.exec(line)![0].includes('\t');
}

function blank(line: string): boolean {
  return /^[ \t\u3000]*(#.*)?\r?$/u.test(line);
}

/** The nearest line of content before (`step` −1) or after (1) `line`, with its width (a full-width space as two). */
function neighbour(
  lines: readonly string[],
  line: number,
  step: 1 | -1,
): { line: number; width: number } | undefined {
  for (let l = line + step; l >= 1 && l <= lines.length; l += step) {
    const text = lines[l - 1]!;
    if (blank(text)) continue;
    return { line: l, width: widthOf(LEADING.exec(text)![0], 2, 2) };
  }
  return undefined;
}

/** Whether a line is a key whose value is the block under it (`title:`, `- id:`), a lone `-`, or a block text's header. */
function opensBlock(line: string): boolean {
  const code = line.replace(/\s+#.*$/u, '').trimEnd();
  return /:$/u.test(code) || /^[ \t\u3000]*-$/u.test(code) || /:\s*[|>][-+0-9]*$/u.test(code);
}

function widthOf(indent: string, tab: number, wide: number): number {
  return count(indent, ' ') + tab * count(indent, '\t') + wide * count(indent, '\u3000');
}

function count(text: string, c: string): number {
  let n = 0;
  for (const x of text) if (x === c) n++;
  return n;
}
