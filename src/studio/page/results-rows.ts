/// <reference lib="dom" />
import type { Language, RuleSet, SampleGrade } from '../../browser';
import { h } from './dom';
import { TEXTS as T } from './texts';
import { resultsTable } from './views';

/** Rows shown at first and added by each "show more": thousands of rows in the page slow every key press. */
export const ROWS_PER_PAGE = 200;

/**
 * The results table with its first {@link ROWS_PER_PAGE} rows, and a "show more" button that adds the
 * next ones. The counts above it are for every record; only the rows are cut.
 */
export function pagedResults(
  ruleSet: RuleSet,
  graded: readonly SampleGrade[],
  lang: Language,
  onAddCase: (item: SampleGrade) => void,
): HTMLElement {
  let shown = Math.min(ROWS_PER_PAGE, graded.length);
  const table = resultsTable(ruleSet, graded.slice(0, shown), lang, onAddCase);
  if (shown === graded.length) return table;
  const note = h('span', { id: 'rows-shown' });
  const more = h('button', { type: 'button', id: 'show-more' }, T.showMore[lang]);
  const footer = h('p', { class: 'meta' }, note, ' ', more);
  const count = () => {
    note.textContent =
      lang === 'zh' ? `显示前 ${shown} 条，共 ${graded.length} 条` : `Showing ${shown} of ${graded.length}`;
  };
  count();
  more.addEventListener('click', () => {
    const next = graded.slice(shown, shown + ROWS_PER_PAGE);
    const body = resultsTable(ruleSet, next, lang, onAddCase).querySelector('tbody');
    table.querySelector('tbody')?.append(...(body?.children ?? []));
    shown += next.length;
    count();
    if (shown === graded.length) footer.remove();
  });
  return h('div', {}, table, footer);
}
