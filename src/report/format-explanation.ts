import type { GradeRef } from '../explain/grade-reached';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import { nonconformingText } from '../text/below-only-grade';
import type { Language, LocalizedText } from '../text/localized-text';
import { capHoldsText } from './cap-text';
import { missingScoreHoldsText } from './missing-score-text';
import { nextGradeLead } from './next-grade-lead';
import { requirementLines } from './requirement-lines';
import { nextGradeLines, scoreLines } from './score-lines';

const MARK: Record<CriterionResult['status'], string> = {
  passed: '✓',
  failed: '✗',
  'not-applicable': '–',
  missing: '?',
};

/**
 * The lines an explanation opens with: the grade (and, with the rule set's `grades`, the cap that holds it
 * there), or why the record is not graded (不分级：记录无效：… / 不合格：… below a one-grade rule set).
 * A valid record's `limitKeys` line (`recordLimitKeysLine`: 限值取决于：机组类型 = 单冷型，…) goes right under
 * the first line, so `qgrade explain` and the studio say which band or category row the limits came from
 * in the same place.
 *
 * @param limitKeys - the line of what the record's limits depend on, if any
 * @example
 * explanationHead(result, 'zh', ruleSet.grades); // ['等级：一等品']
 * explanationHead(result, 'zh', ruleSet.grades, '限值取决于：机组类型 = 单冷型'); // ['等级：4级', '限值取决于：机组类型 = 单冷型']
 */
export function explanationHead(
  result: GradeResult,
  lang: Language,
  grades?: readonly GradeRef[],
  limitKeys?: string,
): string[] {
  const zh = lang === 'zh';
  // Chinese names the grade by its label, with full-width punctuation: "等级：2级".
  const colon = zh ? '：' : ': ';
  const lines: string[] = [];
  if (result.grade !== null) {
    lines.push(zh ? `等级：${result.label!.zh}` : `Grade: ${result.grade} (${result.label!.en})`);
    const capped = grades && capHoldsText(result, grades, lang);
    if (capped) lines.push(zh ? capped : capped[0]!.toUpperCase() + capped.slice(1));
    // A grade held where it is by a score that cannot be computed rests on a missing value (newcomer-39 F3).
    const missing = missingScoreHoldsText(result, lang);
    if (missing) lines.push(zh ? missing : missing[0]!.toUpperCase() + missing.slice(1));
  } else {
    // Below a conformity rule set's one grade: 不合格, where 不分级 reads as "not assessed".
    const head = nonconformingText(result.notGradedReason?.code, grades, true)?.[lang];
    lines.push(
      `${head ?? (zh ? '不分级' : 'Not graded')}${colon}${result.notGradedReason?.message[lang] ?? ''}`,
    );
  }
  // Under the grade line, before a cap's line: an invalid record's limits came from no row.
  if (limitKeys !== undefined && !result.errors) lines.splice(1, 0, limitKeys);
  return lines;
}

/**
 * An invalid record's problems, a line each, as an explanation lists them after "✗ ": Chinese by the message
 * alone, which names the field by its label (额定制冷量 CC 应为数值…) or the line (第 8 行无法读取…); English
 * after the field's id (`record` for the whole line). None for a valid record.
 *
 * @example
 * recordErrorLines(result, 'zh'); // ['缺少全年能源消耗效率 APF']
 */
export function recordErrorLines(result: Pick<GradeResult, 'errors'>, lang: Language): string[] {
  // Chinese names a field by its label, which the sentence starts with or holds (产品质量水平应为数值…), not by its id.
  return (result.errors ?? []).map((e) =>
    lang === 'zh' ? e.message.zh : `${e.field || 'record'}: ${e.message.en}`,
  );
}

/**
 * One record's explanation as readable text: the grade, every requirement
 * with its result (those that do not apply counted in one line, unless
 * `showNotApplicable`, as `qgrade explain --all`), and what would lift the
 * record to the next grade. A requirement with a note in `notes` (by its
 * id: see `criterionNotes`) has it on the line below, indented
 * (`    注：示例数值`), once per criterion, so that an illustrative figure is
 * not read as a standard's; a blocker of the next grade has its criterion's
 * note under it too. With the rule set's `grades`, a record a cap (a veto)
 * holds below what its scores reach says so under its grade
 * (`按得分可达卓越级；因近三年发生重大质量事故，封顶于检验级`). With `limitKeys` (see
 * {@link explanationHead}) the line of what its limits depend on follows the grade line. With `lifts` (see
 * `blockerLifts`), a blocker that is a number short of its limit has under it how far, and what would meet it.
 *
 * @example
 * formatExplanation(result, 'zh', { grades: ruleSet.grades, limitKeys: '限值取决于：机组类型 = 单冷型' });
 */
export function formatExplanation(
  result: GradeResult,
  lang: Language,
  options: {
    showNotApplicable?: boolean;
    notes?: ReadonlyMap<string, LocalizedText>;
    grades?: readonly GradeRef[];
    limitKeys?: string;
    lifts?: ReadonlyMap<string, LocalizedText>;
  } = {},
): string {
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const lines = explanationHead(result, lang, options.grades, options.limitKeys);
  if (result.errors) {
    for (const line of recordErrorLines(result, lang)) lines.push(`  ✗ ${line}`);
    return lines.join('\n');
  }
  for (const line of scoreLines(result, lang)) lines.push(`${'  '.repeat(line.depth)}${line.text}`);
  for (const line of requirementLines(result, lang, { ...options, allHint: true })) {
    lines.push(`  ${MARK[line.status]} ${line.text}`);
    if (line.note !== undefined) lines.push(`    ${zh ? '注' : 'Note'}${colon}${line.note}`);
  }
  const next = nextGradeLines(result, lang, options.notes, options.lifts);
  if (next) {
    lines.push(nextGradeLead(result, lang).trimEnd());
    if (next.together !== undefined) lines.push(`  ${next.together}`);
    for (const b of next.blockers) {
      lines.push(`  ${b.text}`);
      // The limit to reach, marked as the list above marks it: an illustrative figure is not a target.
      if (b.note !== undefined) lines.push(`    ${zh ? '注' : 'Note'}${colon}${b.note}`);
      if (b.shortfall !== undefined) lines.push(`    ${b.shortfall}`);
    }
  }
  return lines.join('\n');
}
