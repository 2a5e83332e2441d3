import type { GradeResult } from '../model/grade-result';
import type { Language } from '../text/localized-text';
import { resultCells, resultHeadings, showsGradeId } from './format-table';

/** The header of a Markdown table of results (two lines: the names and the alignment row), as the terminal table's. */
export function resultMarkdownHeader(lang: Language, kept: readonly string[] = [], ids = false): string {
  const grade = showsGradeId(lang, ids) ? [':---:', '---'] : [':---:'];
  const align = ['---:', ...kept.map(() => '---'), ...grade, '---'];
  return `${markdownRow(resultHeadings(lang, kept, ids))}\n| ${align.join(' | ')} |`;
}

/** One result as a Markdown table row: row, grade, label, what holds it down. */
export function resultMarkdownRow(
  result: GradeResult,
  lang: Language,
  kept: readonly string[] = [],
  ids = false,
): string {
  return markdownRow(resultCells(result.row, result, lang, kept, ids));
}

/** A Markdown table row; `|`, backslashes, HTML brackets and line breaks in cells are escaped. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}

function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}
