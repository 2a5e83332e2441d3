import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { Language, LocalizedText } from '../text/localized-text';
import { nextGradeLead } from './next-grade-lead';
import { scoreTexts } from './score-text';

const MARK: Record<CriterionResult['status'], string> = {
  passed: '✓',
  failed: '✗',
  'not-applicable': '–',
  missing: '?',
};

/**
 * One record's explanation as readable text: the grade, every requirement
 * with its result (those that do not apply counted in one line, unless
 * `showNotApplicable`, as `qgrade explain --all`), and what would lift the
 * record to the next grade. A requirement with a note in `notes` (by its
 * id: see `criterionNotes`) has it on the line below, indented
 * (`    注：示例数值`), so that an illustrative figure is not read as a
 * standard's.
 */
export function formatExplanation(
  result: GradeResult,
  lang: Language,
  options: { showNotApplicable?: boolean; notes?: ReadonlyMap<string, LocalizedText> } = {},
): string {
  const zh = lang === 'zh';
  // Chinese names the grade by its label, with full-width punctuation: "等级：2级".
  const colon = zh ? '：' : ': ';
  const lines: string[] = [];
  if (result.grade !== null)
    lines.push(zh ? `等级：${result.label!.zh}` : `Grade: ${result.grade} (${result.label!.en})`);
  else lines.push(`${zh ? '不分级' : 'Not graded'}${colon}${result.notGradedReason?.message[lang] ?? ''}`);
  if (result.errors) {
    for (const e of result.errors)
      lines.push(`  ✗ ${e.field || (zh ? '记录' : 'record')}${colon}${e.message[lang]}`);
    return lines.join('\n');
  }
  if (result.scores) {
    const s = result.scores;
    const texts = scoreTexts(result);
    lines.push(`${zh ? '总分' : 'Total score'}${colon}${texts.total}`);
    s.dimensions.forEach((d, i) => {
      const holds = s.limitingDimension === d.id ? (zh ? '  ← 短板' : '  ← holds the grade down') : '';
      lines.push(`  ${d.label[lang]}${colon}${texts.dimensions[i]}${holds}`);
    });
  }
  let hidden = 0;
  // A grade the record's row does not have (n/a) fails every requirement of that grade alike: one line per grade.
  const absentGrades = new Map<string, { text: string; count: number }>();
  const noteUnder = options.notes
    ? noteLines(result.criteria, options.notes, options.showNotApplicable)
    : undefined;
  for (const c of result.criteria) {
    if (c.status === 'not-applicable' && !options.showNotApplicable) {
      hidden++;
      continue;
    }
    if (c.unavailable && !options.showNotApplicable && c.grade !== null) {
      const seen = absentGrades.get(c.grade);
      if (seen) seen.count++;
      else absentGrades.set(c.grade, { text: withoutLabel(c, lang), count: 1 });
      continue;
    }
    lines.push(`  ${MARK[c.status]} ${c.message[lang]}`);
    const note = options.notes?.get(c.id);
    if (note && noteUnder?.get(note) === c) lines.push(`    ${zh ? '注' : 'Note'}${colon}${note[lang]}`);
  }
  for (const { text, count } of absentGrades.values())
    lines.push(
      count === 1
        ? `  ${MARK.failed} ${text}`
        : zh
          ? `  ${MARK.failed} ${text}（${count} 项要求，--all 逐项列出）`
          : `  ${MARK.failed} ${text} (${count} requirements; --all lists each)`,
    );
  // Said, not silent: a requirement a left-out value switched off is among them, with its reason under --all.
  if (hidden > 0)
    lines.push(
      zh
        ? `  – 另有 ${hidden} 项要求不适用于此记录（--all 列出）`
        : `  – ${hidden} more requirement${hidden === 1 ? ' does' : 's do'} not apply to this record (--all lists ${hidden === 1 ? 'it' : 'them'})`,
    );
  if (result.nextGrade) {
    lines.push(nextGradeLead(result, lang).trimEnd());
    for (const b of result.nextGrade.blockers) lines.push(`  → ${b.message[lang]}`);
  }
  return lines.join('\n');
}

/** A requirement's sentence without its label: what an n/a grade says is the same for every requirement of it. */
function withoutLabel(c: CriterionResult, lang: Language): string {
  const head = `${c.label[lang]}${lang === 'zh' ? '：' : ': '}`;
  return c.message[lang].startsWith(head) ? c.message[lang].slice(head.length) : c.message[lang];
}

/**
 * The one line each note goes under: a requirement written once for several grades has one note, under the
 * first of its lines that fails (where the figure decides something), else under its first line shown.
 */
function noteLines(
  criteria: readonly CriterionResult[],
  notes: ReadonlyMap<string, LocalizedText>,
  all: boolean | undefined,
): Map<LocalizedText, CriterionResult> {
  const under = new Map<LocalizedText, CriterionResult>();
  const failed = new Set<LocalizedText>();
  for (const c of criteria) {
    const note = notes.get(c.id);
    if (!note || failed.has(note) || c.unavailable) continue;
    if (c.status === 'not-applicable' && !all) continue;
    const fails = c.status === 'failed' || c.status === 'missing';
    if (fails) failed.add(note);
    if (fails || !under.has(note)) under.set(note, c);
  }
  return under;
}
