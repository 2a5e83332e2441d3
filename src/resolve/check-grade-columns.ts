import type { CriterionDocument } from '../model/rule-document';
import type { GradeModel, TableModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import type { ModelContext } from './model-context';
import { zhGrade } from './zh-grade';

/**
 * A grade table that leaves out a grade lying between grades it names
 * (columns B, C, E, F; D missing) gives that grade no limit of its own: grades
 * are cumulative, so a record meeting C on this indicator meets D too, whatever
 * the standard sets for D. No printed table skips a middle grade, so this is a
 * column lost in copying: a **warning** at the table's `columns`.
 *
 * Grades left out at either end are not warned about: a requirement that starts
 * at some grade (columns C–F: "C and above") or stops tightening (columns B–E,
 * F asking what E asks) is written that way on purpose, and rule sets that
 * combine clauses have such tables. A grade that another criterion on the same
 * indicator places (`grade: D`) is not missing either.
 *
 * @param label - the criterion's label, as its results name the indicator
 */
export function checkGradeColumns(
  ctx: ModelContext,
  c: CriterionDocument,
  table: TableModel,
  label: LocalizedText,
): void {
  const named = new Set(table.columns.map((col) => ctx.grades.get(col)!.index));
  const lowest = Math.min(...named);
  const highest = Math.max(...named);
  const elsewhere = new Set(
    (ctx.doc.criteria ?? []).filter((o) => o !== c && o.indicator === c.indicator).map((o) => o.grade),
  );
  let run: GradeModel[] = [];
  for (let i = lowest + 1; i <= highest; i++) {
    const grade = ctx.gradeList[i]!;
    if (!named.has(i) && !elsewhere.has(grade.id)) {
      run.push(grade);
      continue;
    }
    if (run.length > 0) warn(ctx, table, run, ctx.gradeList[run[0]!.index - 1]!, grade, label);
    run = [];
  }
}

/** One warning per run of missing grades, between the named grades `below` and `above`. */
function warn(
  ctx: ModelContext,
  table: TableModel,
  missing: GradeModel[],
  below: GradeModel,
  above: GradeModel,
  label: LocalizedText,
): void {
  const zh = missing.map((g) => zhGrade(ctx, g)).join('、');
  const en = missing.map((g) => `"${g.id}"`).join(missing.length === 2 ? ' and ' : ', ');
  const [bz, az] = [zhGrade(ctx, below), zhGrade(ctx, above)];
  const what = localized(`“${safeLine(cutShort(label.zh))}”`, `"${safeLine(cutShort(label.en))}"`);
  const one = missing.length === 1;
  const text = localized(
    `表“${table.name}”没有${zh}的列（有${bz}和${az}的列）：${zh}因此对${what.zh}没有自己的限值，在${what.zh}上达到${bz}的记录也都达到${zh}。` +
      `若${zh}的限值与某级相同，请照抄该列；若标准对${zh}确无要求，请写一列 ~；若该产品没有${zh}，请写一列 n/a`,
    `table "${table.name}" has no column for grade${one ? '' : 's'} ${en} (it has "${below.id}" and "${above.id}"): ` +
      `${one ? 'that grade sets' : 'those grades set'} no limit on ${what.en}, so every record meeting "${below.id}" on it meets ${en} too. ` +
      `If ${one ? 'its limit is' : 'their limits are'} the same as another grade's, copy that column; if the standard sets no requirement, ` +
      `write a column of ~; if the product has no such grade, write a column of n/a`,
  );
  const issue = ctx.source.issue('missing-grade-column', text, ['tables', table.name, 'columns']);
  ctx.issues.push({ ...issue, severity: 'warning' });
}
