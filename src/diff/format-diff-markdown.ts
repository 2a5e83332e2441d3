import type { Language, LocalizedText } from '../text/localized-text';
import { shownDiffValue } from './diff-meta';
import {
  countsText,
  DIFF_TEXT,
  diffSections,
  directionWord,
  entryNoteText,
  entryText,
  sectionHeading,
  sideText,
  whereText,
} from './diff-sections';
import type { RuleSetDiff } from './rule-set-diff';

/**
 * A diff as Markdown: a heading, the two rule sets, `notices` under them as
 * quotes (a rule set's illustrative thresholds, B's provenance still A's), and
 * one table per section (key, A, B, direction, description, where). Cell text
 * is escaped so a `|` or a newline in a rule file cannot break the table.
 *
 * @example
 * writeFileSync('diff.md', formatDiffMarkdown(diffRuleSets(a, b), 'en'));
 */
export function formatDiffMarkdown(
  diff: RuleSetDiff,
  lang: Language,
  notes?: ReadonlyMap<string, LocalizedText>,
  notices: readonly string[] = [],
): string {
  const t = (x: { zh: string; en: string }) => x[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = [
    `# ${t(DIFF_TEXT.title)}`,
    '',
    `- **A**${colon}${cell(sideText(diff.a, lang))}`,
    `- **B**${colon}${cell(sideText(diff.b, lang))}`,
    '',
    ...notices.flatMap((n) => [`> ${cell(n)}`, '']),
    countsText(diff, lang),
  ];
  for (const section of diffSections(diff)) {
    lines.push('', `## ${sectionHeading(section, lang)}`, '');
    lines.push(
      `| ${[DIFF_TEXT.key, DIFF_TEXT.before, DIFF_TEXT.after, DIFF_TEXT.direction, DIFF_TEXT.description, DIFF_TEXT.where].map(t).join(' | ')} |`,
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const e of section.entries) {
      const values = [
        cell(e.key),
        cell(e.before === null ? t(DIFF_TEXT.empty) : shownDiffValue(e.kind, e.before, lang, e.aspect)),
        cell(e.after === null ? t(DIFF_TEXT.empty) : shownDiffValue(e.kind, e.after, lang, e.aspect)),
        directionWord(e, lang),
        cell(
          ((note) => (note ? `${entryText(e, lang)} (${note})` : entryText(e, lang)))(
            entryNoteText(e, notes, lang),
          ),
        ),
        cell(whereText(e, lang === 'zh' ? '；' : '; ')),
      ];
      lines.push(`| ${values.join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Text safe in a Markdown table cell: no pipe, newline or markup character is read as syntax. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`<>[\]#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}
