import type { CriterionResult, CriterionStatus, GradeResult } from '../model/grade-result';
import type { Language, LocalizedText } from '../text/localized-text';

/** One line of an explanation's list of requirements, as `explain` and the studio show it. */
export interface RequirementLine {
  /** The mark it takes: a requirement's status; `not-applicable` for the count of those left out. */
  readonly status: CriterionStatus;
  readonly text: string;
  /** The criterion's note from the rule file, for the line below, when this is the line it goes under. */
  readonly note?: string;
}

/** What decides which lines an explanation lists. */
export interface RequirementLineOptions {
  /** List the requirements that do not apply and each of an n/a grade's (`explain --all`); else count them. */
  readonly showNotApplicable?: boolean | undefined;
  /** Each requirement's note by its id (see `criterionNotes`). */
  readonly notes?: ReadonlyMap<string, LocalizedText> | undefined;
  /** Say that `--all` lists what is counted (the CLI); the studio has no such option. */
  readonly allHint?: boolean | undefined;
}

/**
 * A record's requirements as the lines of its explanation, in order: each
 * requirement's sentence; those of a grade the product does not have (n/a
 * in a grade table) as one line per grade with their count; those that do
 * not apply as one count — unless `showNotApplicable`. A criterion's note
 * goes under one of its lines: the first that fails, else the first shown.
 *
 * @example
 * requirementLines(result, 'en', { allHint: true }).at(-1)?.text; // '2 more requirements do not apply to this record (--all lists them)'
 */
export function requirementLines(
  result: GradeResult,
  lang: Language,
  options: RequirementLineOptions = {},
): RequirementLine[] {
  const zh = lang === 'zh';
  const all = options.showNotApplicable === true;
  const hint = options.allHint === true;
  const lines: RequirementLine[] = [];
  let hidden = 0;
  // A grade the record's row does not have (n/a) fails every requirement of that grade alike: one line per grade.
  const absentGrades = new Map<string, { text: string; count: number }>();
  const noteUnder = options.notes ? noteLines(result.criteria, options.notes, all) : undefined;
  // Not checked for want of a table row (newcomer-30 M1): shown, never counted away with those that do not apply;
  // unless the record is out of scope, where a table that stops where the scope does is no gap.
  const shownUnchecked = result.notGradedReason?.code !== 'out-of-scope';
  for (const c of result.criteria) {
    if (c.status === 'not-applicable' && !all && (c.notChecked === undefined || !shownUnchecked)) {
      hidden++;
      continue;
    }
    if (c.unavailable && !all && c.grade !== null) {
      const seen = absentGrades.get(c.grade);
      if (seen) seen.count++;
      else absentGrades.set(c.grade, { text: withoutLabel(c, lang), count: 1 });
      continue;
    }
    const note = options.notes?.get(c.id);
    lines.push(
      note && noteUnder?.get(note) === c
        ? { status: c.status, text: c.message[lang], note: note[lang] }
        : { status: c.status, text: c.message[lang] },
    );
  }
  for (const { text, count } of absentGrades.values()) {
    const more = zh
      ? `（${count} 项要求${hint ? '，--all 逐项列出' : ''}）`
      : ` (${count} requirements${hint ? '; --all lists each' : ''})`;
    lines.push({ status: 'failed', text: count === 1 ? text : text + more });
  }
  // Said, not silent: a requirement a left-out value switched off is among them, with its reason under --all.
  if (hidden > 0) {
    const one = hidden === 1;
    const text = zh
      ? `另有 ${hidden} 项要求不适用于此记录${hint ? '（--all 列出）' : ''}`
      : `${hidden} more requirement${one ? ' does' : 's do'} not apply to this record${hint ? ` (--all lists ${one ? 'it' : 'them'})` : ''}`;
    lines.push({ status: 'not-applicable', text });
  }
  return lines;
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
  all: boolean,
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

/**
 * The note to show under each of the next grade's blockers (`距一等品：` / `To reach …:`), aligned with them:
 * a blocker's criterion's note, under the first of its blockers, so that the limit a record is told to reach
 * is marked when it is illustrative or recalled (standards-21 F2); `undefined` for the others.
 *
 * @example
 * blockerNotes(result.nextGrade.blockers, notes, 'zh'); // ['示例数值']
 */
export function blockerNotes(
  blockers: readonly CriterionResult[],
  notes: ReadonlyMap<string, LocalizedText> | undefined,
  lang: Language,
): (string | undefined)[] {
  const shown = new Set<LocalizedText>();
  return blockers.map((b) => {
    const note = notes?.get(b.id);
    if (!note || shown.has(note)) return undefined;
    shown.add(note);
    return note[lang];
  });
}
