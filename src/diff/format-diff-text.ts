import type { Language, LocalizedText } from '../text/localized-text';
import {
  countsText,
  diffSections,
  entryNoteText,
  entryText,
  sectionHeading,
  sideText,
  whereText,
} from './diff-sections';
import type { RuleSetDiff } from './rule-set-diff';

/**
 * A diff as plain text: which rule set is which (with `notices` under it:
 * that a rule set's thresholds are illustrative), each section with its
 * entries (the change as a sentence, with `notes` the rule-file note of the
 * requirements it concerns, then its key and where it is written in A and B),
 * and the counts by direction.
 *
 * @example
 * console.log(formatDiffText(diffRuleSets(a, b), 'zh'));
 */
export function formatDiffText(
  diff: RuleSetDiff,
  lang: Language,
  notices: readonly string[] = [],
  notes?: ReadonlyMap<string, LocalizedText>,
): string {
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = [`A${colon}${sideText(diff.a, lang)}`, `B${colon}${sideText(diff.b, lang)}`, ...notices, ''];
  for (const section of diffSections(diff)) {
    lines.push(sectionHeading(section, lang));
    for (const entry of section.entries) {
      lines.push(`  - ${entryText(entry, lang)}`);
      const note = entryNoteText(entry, notes, lang);
      if (note) lines.push(`    ${note}`);
      const where = whereText(entry);
      lines.push(`    ${entry.key}${where ? `  ${where}` : ''}`);
    }
    lines.push('');
  }
  lines.push(countsText(diff, lang));
  return lines.join('\n');
}
