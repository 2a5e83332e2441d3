import type { GradeRef } from '../../explain/grade-reached';
import type { CriterionResult, GradeResult } from '../../model/grade-result';
import { nonconformingText } from '../../text/below-only-grade';
import { truncate } from '../../text/display-width';
import type { Language, LocalizedText } from '../../text/localized-text';
import { capHoldsText } from '../cap-text';
import { nextGradeLead } from '../next-grade-lead';
import { requirementLines } from '../requirement-lines';
import { nextGradeLines, scoreLines } from '../score-lines';
import { criterionFigures, shortCriterion } from '../summarize-result';
import { escapeHtml } from './escape-html';
import { HTML_TEXTS as T } from './html-texts';

/**
 * A result as the HTML reports take it: a {@link GradeResult}, with the id
 * columns kept from the input (型号, 样品编号…) when the reader kept any.
 *
 * @example
 * const r: ReportResult = { ...result, kept: { 型号: 'KFR-35GW/B3' } };
 */
export interface ReportResult extends GradeResult {
  /** Input columns kept to identify the record (型号, 样品编号…), by column name. */
  kept?: Record<string, string>;
}

/** Longest kept value shown, in columns: an id, not a document. */
const KEPT_WIDTH = 80;

const MARK: Record<CriterionResult['status'], [string, string]> = {
  passed: ['✓', 'ok'],
  failed: ['✗', 'no'],
  missing: ['?', 'miss'],
  'not-applicable': ['–', 'na'],
};

/**
 * A kept id value, cut to a readable length: memory for the listed records
 * stays bounded even when a cell is huge.
 *
 * @example
 * keptText('KFR-35GW/B3'); // 'KFR-35GW/B3'
 */
export function keptText(value: unknown): string {
  return truncate(String(value ?? ''), KEPT_WIDTH);
}

/**
 * The grade of a result as HTML: its label, or "not graded" / "invalid";
 * with the rule set's `grades`, "nonconforming" below a one-grade rule set
 * ({@link nonconformingText}).
 *
 * @example
 * gradeHtml(result, 'zh'); // '<span class="g">3级</span>'
 */
export function gradeHtml(
  result: GradeResult,
  lang: Language,
  grades?: readonly { label: LocalizedText }[],
): string {
  if (result.grade !== null)
    return `<span class="g">${escapeHtml(result.label?.[lang] ?? result.grade)}</span>`;
  const invalid = result.errors !== undefined || result.notGradedReason?.code === 'invalid-record';
  if (invalid) return `<span class="g inv">${T.invalid[lang]}</span>`;
  const failed = nonconformingText(result.notGradedReason?.code, grades, true);
  return `<span class="g ng">${failed ? escapeHtml(failed[lang]) : T.notGraded[lang]}</span>`;
}

/**
 * One line on what holds a record where it is: the next grade and the
 * requirements that block it, or why it has no grade.
 *
 * @example
 * holdText(result, 'en'); // 'To reach Grade 2: Annual performance factor (APF) 3.95 (≥ 4.00)'
 */
export function holdText(result: GradeResult, lang: Language): string {
  if (result.grade === null) return truncate(result.notGradedReason?.message[lang] ?? '', 200);
  if (!result.nextGrade) return '';
  const blockers = result.nextGrade.blockers.map((b) => criterionBrief(b, lang));
  return truncate(nextGradeLead(result, lang) + blockers.join(lang === 'zh' ? '、' : ', '), 200);
}

/**
 * A criterion in a few words: label, value and limit.
 *
 * @example
 * criterionBrief(c, 'en'); // 'Annual performance factor (APF) 3.95 (≥ 4.00)'
 */
export function criterionBrief(c: CriterionResult, lang: Language): string {
  // Chinese: the words of the table's column, full-width brackets and 是/否 included.
  if (lang === 'zh') return shortCriterion(c, 'zh', false);
  // The value as the other formats show it (a score to its shown digits: 89.997, not 89.9966666666667; hostile-20 M6).
  return `${c.label[lang]}${criterionFigures(c, lang, ' ?')}`;
}

/**
 * A record's explanation as HTML, in one language: every requirement that
 * applies with its mark and sentence, as `qgrade explain` lists them (with
 * each criterion's note from `notes` once), the scores of a scoring rule set,
 * field problems of an invalid record, and what the next grade needs (each
 * blocker with its criterion's note). It
 * sits under the {@link holdText} summary, so a not-graded reason the summary
 * shows whole is not repeated. With `lifts` (see `blockerLifts`), a blocker
 * that is a number short of its limit has under it how far, and what would meet it.
 *
 * @example
 * `<details><summary>…</summary>${explanationHtml(result, 'zh')}</details>`;
 */
export function explanationHtml(
  result: GradeResult,
  lang: Language,
  notes?: ReadonlyMap<string, LocalizedText>,
  grades?: readonly GradeRef[],
  lifts?: ReadonlyMap<string, LocalizedText>,
): string {
  const out: string[] = [];
  // A veto holding the record below its scores' grade: what they reach, first (as `qgrade explain`).
  const capped = grades && capHoldsText(result, grades, lang);
  if (capped)
    out.push(`<p>${escapeHtml(lang === 'zh' ? capped : capped[0]!.toUpperCase() + capped.slice(1))}</p>`);
  if (result.errors) {
    out.push('<ul class="x">');
    for (const e of result.errors) {
      // Chinese names a field by its label, which its sentence holds, not by its id (as `qgrade explain`).
      const field = e.field === '' ? T.record[lang] : e.field;
      const text = lang === 'zh' ? e.message.zh : `${field}${T.colon[lang]}${e.message[lang]}`;
      out.push(`<li><span class="m no">✗</span> ${escapeHtml(text)}</li>`);
    }
    out.push('</ul>');
    return out.join('');
  }
  // The summary line above the explanation (holdText) shows the reason: repeated only when it was cut short there.
  if (result.grade === null && result.notGradedReason) {
    const reason = result.notGradedReason.message[lang];
    if (holdText(result, lang) !== reason) out.push(`<p>${escapeHtml(reason)}</p>`);
  }
  // A scored record's breakdown, the lines `qgrade explain` prints: dimensions listed under the total, the items of
  // one that holds the record back (the lowest marked) under it.
  const scores = scoreLines(result, lang);
  if (scores.length) {
    out.push(`<p>${escapeHtml(scores[0]!.text)}</p><ul class="x">`);
    for (let i = 1; i < scores.length; i++) {
      out.push(`<li>${escapeHtml(scores[i]!.text)}`);
      if (scores[i + 1]?.depth === 2) {
        out.push('<ul>');
        while (scores[i + 1]?.depth === 2) out.push(`<li>${escapeHtml(scores[++i]!.text)}</li>`);
        out.push('</ul>');
      }
      out.push('</li>');
    }
    out.push('</ul>');
  }
  out.push('<ul class="x">');
  // The lines `qgrade explain` prints: an n/a grade's requirements and those that do not apply counted, notes once.
  for (const line of requirementLines(result, lang, { notes })) {
    const [mark, cls] = MARK[line.status];
    const note =
      line.note === undefined
        ? ''
        : `<br><small>${escapeHtml(`${T.note[lang]}${T.colon[lang]}${line.note}`)}</small>`;
    out.push(`<li><span class="m ${cls}">${mark}</span> ${escapeHtml(line.text)}${note}</li>`);
  }
  out.push('</ul>');
  const next = nextGradeLines(result, lang, notes, lifts);
  if (next) {
    out.push(`<p>${escapeHtml(nextGradeLead(result, lang).trimEnd())}</p>`);
    // Several scores short, each with its own "e.g.": one of them raised alone lifts nothing.
    if (next.together !== undefined) out.push(`<p>${escapeHtml(next.together)}</p>`);
    out.push('<ul class="x">');
    for (const b of next.blockers) {
      // The limit to reach, marked as the list above marks it (an illustrative figure is not a target).
      const note =
        b.note === undefined
          ? ''
          : `<br><small>${escapeHtml(`${T.note[lang]}${T.colon[lang]}${b.note}`)}</small>`;
      const lift = b.shortfall === undefined ? '' : `<br><small>${escapeHtml(b.shortfall)}</small>`;
      out.push(`<li>${escapeHtml(b.text)}${note}${lift}</li>`);
    }
    out.push('</ul>');
  }
  return out.join('');
}
