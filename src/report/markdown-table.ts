import { safeLine, safeText } from '../text/safe-text';
import { markdownCell, markdownRow } from './format-markdown';

/**
 * Cells as a Markdown table, the first row its heading: columns from `numbers` on are right-aligned (counts),
 * those before left-aligned. Each cell is escaped (see {@link markdownCell}).
 *
 * @example
 * markdownTable([['Grade', 'Records'], ['1', '3']]); // ['| Grade | Records |', '| --- | ---: |', '| 1 | 3 |']
 */
export function markdownTable(cells: readonly (readonly string[])[], numbers = 1): string[] {
  const [head, ...rows] = cells;
  if (head === undefined) return [];
  const align = head.map((_, i) => (i >= numbers ? '---:' : '---'));
  return [markdownRow(head.map(safeLine)), `| ${align.join(' | ')} |`, ...rows.map((r) => markdownRow(r))];
}

/**
 * Lines said under a Markdown table, each a paragraph of its own after a blank line.
 *
 * @example
 * markdownNotes(['Shares are rounded.']); // ['', 'Shares are rounded.']
 */
export function markdownNotes(texts: readonly string[]): string[] {
  return texts.flatMap((t) => ['', markdownCell(safeText(t.trim()))]);
}
