import type { GradeResult } from '../model/grade-result';
import { keptValue } from '../model/kept-values';
import type { Language } from '../text/localized-text';
import { labelCell } from './format-table';
import { holdsDown } from './summarize-result';

const HEAD: Record<Language, string[]> = {
  en: ['row', 'grade', 'label', 'what holds it down'],
  zh: ['序号', '等级', '名称', '未达下一级的原因'],
};

/** The header of a Markdown table of results (two lines: the names and the alignment row). */
export function resultMarkdownHeader(lang: Language, kept: readonly string[] = []): string {
  const [row, ...rest] = HEAD[lang];
  const align = ['---:', ...kept.map(() => '---'), ':---:', '---', '---'];
  return `${markdownRow([row!, ...kept, ...rest])}\n| ${align.join(' | ')} |`;
}

/** One result as a Markdown table row: row, grade, label, what holds it down. */
export function resultMarkdownRow(
  result: GradeResult,
  lang: Language,
  kept: readonly string[] = [],
  ids = false,
): string {
  return markdownRow([
    result.row === undefined ? '' : String(result.row),
    ...kept.map((column) => keptValue(result.kept, column) ?? ''),
    result.grade ?? '—',
    labelCell(result, lang),
    holdsDown(result, lang, ids),
  ]);
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
