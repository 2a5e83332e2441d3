import type { Language, LocalizedText } from '../text/localized-text';
import { safeText } from '../text/safe-text';
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
} from './diff-sections';
import type { DiffEntry, RuleSetDiff } from './rule-set-diff';

/**
 * A diff as one self-contained HTML page (no script, no external style or
 * font; it opens from a USB stick): the two rule sets, `notices` under the
 * heading (a rule set's illustrative thresholds), the counts, and one
 * table per section, the direction written out as well as coloured, and with
 * `notes` a requirement's rule-file note under the entry's sentence. Every
 * text from the rule files is escaped.
 *
 * @example
 * writeFileSync('diff.html', formatDiffHtml(diffRuleSets(a, b), 'zh'));
 */
export function formatDiffHtml(
  diff: RuleSetDiff,
  lang: Language,
  notices: readonly string[] = [],
  notes?: ReadonlyMap<string, LocalizedText>,
): string {
  const t = (x: { zh: string; en: string }) => escapeHtml(x[lang]);
  const title = `${DIFF_TEXT.title[lang]}${lang === 'zh' ? '：' : ': '}${diff.a.id} ${diff.a.version} → ${diff.b.id} ${diff.b.version}`;
  const sections = diffSections(diff).map((section) => {
    const id = `section-${section.id}`;
    const head = [
      DIFF_TEXT.key,
      DIFF_TEXT.before,
      DIFF_TEXT.after,
      DIFF_TEXT.direction,
      DIFF_TEXT.description,
      DIFF_TEXT.where,
    ]
      .map((h) => `<th scope="col">${t(h)}</th>`)
      .join('');
    const rows = section.entries.map((e) => row(e, lang, notes)).join('\n');
    return `<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(sectionHeading(section, lang))}</h2>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
  });
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; }
.warn { background: #fff4d6; border-left: 4px solid #c08a00; padding: 0.5rem 0.75rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; }
dt { font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
/* 更严 / 宽严不定 on one line, not one character per line (committee-32 Minor). */
.direction { white-space: nowrap; }
code { font-family: ui-monospace, monospace; font-size: 0.9em; word-break: break-all; }
.stricter .direction { background: #fde2e1; }
.looser .direction { background: #e1f3e4; }
.changed .direction { background: #fff3cd; }
.where { font-size: 0.85em; color: #555; }
</style>
</head>
<body>
<main>
<h1>${t(DIFF_TEXT.title)}</h1>
${notices.map((n) => `<p class="warn" data-notice>${escapeHtml(n)}</p>\n`).join('')}<dl>
<dt>A</dt><dd>${escapeHtml(sideText(diff.a, lang))}</dd>
<dt>B</dt><dd>${escapeHtml(sideText(diff.b, lang))}</dd>
</dl>
<p class="counts">${escapeHtml(countsText(diff, lang))}</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

function row(e: DiffEntry, lang: Language, notes?: ReadonlyMap<string, LocalizedText>): string {
  const note = entryNoteText(e, notes, lang);
  const empty = escapeHtml(DIFF_TEXT.empty[lang]);
  const value = (v: string | null) =>
    v === null ? empty : `<code>${escapeHtml(shownDiffValue(e.kind, v, lang, e.aspect))}</code>`;
  const where = [e.a && `A ${e.a.file}:${e.a.line}`, e.b && `B ${e.b.file}:${e.b.line}`]
    .filter((w): w is string => typeof w === 'string')
    .map(escapeHtml)
    .join('<br>');
  return `<tr class="${e.direction ?? 'none'}"><td><code>${escapeHtml(e.key)}</code></td><td>${value(e.before)}</td><td>${value(e.after)}</td><td class="direction">${escapeHtml(directionWord(e, lang))}</td><td>${escapeHtml(entryText(e, lang))}${note ? `<br><small data-note>${escapeHtml(note)}</small>` : ''}</td><td class="where">${where}</td></tr>`;
}

/**
 * Text safe in HTML content and attribute values; control characters and
 * bidirectional controls from a rule file (a U+202E in a table's title
 * turned the rest of the sentence around) become U+FFFD, as in the grade
 * and compare reports.
 *
 * @example
 * escapeHtml('<b>"A & B"</b>'); // '&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return safeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
