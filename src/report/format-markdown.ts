import type { GradeResult } from '../model/grade-result';
import type { ProvenanceDocument } from '../model/rule-document';
import type { Language, LocalizedText } from '../text/localized-text';
import { resultCells, resultHeadings, showsGradeId } from './format-table';
import { provenanceLine } from './provenance-text';

/** The header of a Markdown table of results (two lines: the names and the alignment row), as the terminal table's. */
export function resultMarkdownHeader(lang: Language, kept: readonly string[] = [], ids = false): string {
  const grade = showsGradeId(lang, ids) ? [':---:', '---'] : [':---:'];
  const align = ['---:', ...kept.map(() => '---'), ...grade, '---'];
  return `${markdownRow(resultHeadings(lang, kept, ids))}\n| ${align.join(' | ')} |`;
}

/** One result as a Markdown table row: row, grade, label, what holds it down; with `grades` (the ladder), `nonconforming` below a one-grade rule set. */
export function resultMarkdownRow(
  result: GradeResult,
  lang: Language,
  kept: readonly string[] = [],
  ids = false,
  grades?: readonly { label: LocalizedText }[],
): string {
  return markdownRow(resultCells(result.row, result, lang, kept, ids, grades));
}

/**
 * What follows a Markdown table of results: the rule set's provenance as a
 * quoted paragraph after a blank line (`> 数值来源：未核实。…`), so a report
 * pasted from it says how sure its limits are; nothing for a `sourced` rule set.
 */
export function resultMarkdownFooter(provenance: ProvenanceDocument, lang: Language): string {
  const line = provenanceLine(provenance, lang);
  return line === undefined ? '' : `\n> ${markdownCell(line)}\n`;
}

/**
 * A Markdown table row; `|`, backslashes, HTML brackets, square brackets and line breaks in cells are escaped: a
 * kept value `![t](http://…)` or `[click](http://…)` is shown as the text it is, not as an image (a tracking
 * pixel) or a link under other words (hostile-40 M4).
 */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}

/**
 * Text as it goes in a Markdown table cell or paragraph (see {@link markdownRow}): escaped, a line break as `<br>`.
 *
 * @example
 * markdownCell('a|b'); // 'a\\|b'
 */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[|[\]]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}
