import type { Language } from '../text/localized-text';
import {
  countsText,
  DIFF_TEXT,
  diffSections,
  directionWord,
  sectionHeading,
  whereText,
} from './diff-sections';
import type { RuleSetDiff } from './rule-set-diff';

/**
 * A diff as Markdown: a heading, the two rule sets, and one table per
 * section (key, A, B, direction, description, where). Cell text is escaped so
 * a `|` or a newline in a rule file cannot break the table.
 *
 * @example
 * writeFileSync('diff.md', formatDiffMarkdown(diffRuleSets(a, b), 'en'));
 */
export function formatDiffMarkdown(diff: RuleSetDiff, lang: Language): string {
  const t = (x: { zh: string; en: string }) => x[lang];
  const lines = [
    `# ${t(DIFF_TEXT.title)}`,
    '',
    `- **A**: ${cell(diff.a.id)} ${cell(diff.a.version)} (${cell(diff.a.file)})`,
    `- **B**: ${cell(diff.b.id)} ${cell(diff.b.version)} (${cell(diff.b.file)})`,
    '',
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
        cell(e.before ?? t(DIFF_TEXT.empty)),
        cell(e.after ?? t(DIFF_TEXT.empty)),
        directionWord(e, lang),
        cell(e.message[lang]),
        cell(whereText(e, '; ')),
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
