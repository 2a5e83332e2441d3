import type { RuleSetIssue } from '../errors/rule-set-issue';
import { labelOwner } from '../load/label-owner';
import type { DocumentSource } from '../load/source-document';
import type { RuleDocument } from '../model/rule-document';
import type { CheckModel, GradeModel, RuleSetModel } from '../model/rule-set-model';
import { decimalsOf } from '../rounding/decimal';
import { localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { checkBandCoverage } from './check-band-coverage';
import { checkControlCharacters } from './check-control-characters';
import { checkDivisors } from './check-divisors';
import { checkGradeLabels } from './check-grade-labels';
import { checkItemWeightSum } from './check-item-weight-sum';
import { checkKeyRows } from './check-key-rows';
import { checkLabelClashes } from './check-label-clashes';
import { checkMonotonic, checkReachable, checkUniqueIds } from './check-ladder';
import { checkLowestNa } from './check-lowest-na';
import { checkOpenSpecimenCount } from './check-open-specimen-count';
import { checkPlaceholders } from './check-placeholders';
import { checkPlausible } from './check-plausible';
import { checkRequiredBeyondWhen } from './check-required-beyond-when';
import { checkSatisfiable } from './check-satisfiable';
import { checkScopeWhenAbsent } from './check-scope-when-absent';
import { checkScoredAbsent } from './check-scored-absent';
import { checkScoredTwice } from './check-scored-twice';
import { checkUnmetWhenAbsent } from './check-unmet-when-absent';
import { checkUnreachableBands } from './check-unreachable-bands';
import { checkUnreadRequired } from './check-unread-required';
import { checkUntested } from './check-untested';
import { checkWhenCoverage } from './check-when-coverage';
import { knownSpans } from './known-spans';
import { ModelContext, unknownGrade } from './model-context';
import { resolveCriteria, resolveScope } from './resolve-checks';
import { resolveGroup } from './resolve-statistics';
import { resolveTables } from './resolve-tables';
import { resolveDerived, resolveIndicators, TOTAL_SCORE } from './resolve-values';

/**
 * Resolves a schema-valid rule document into the model evaluation runs on,
 * and runs the checks a schema cannot: unknown names, duplicate ids, table
 * gaps and overlaps, thresholds that are not monotonic across grades,
 * grades that can never be reached.
 *
 * @returns the model when there are no errors, and every issue found.
 */
export function buildModel(
  doc: RuleDocument,
  source: DocumentSource,
): { model?: RuleSetModel; issues: RuleSetIssue[] } {
  const ctx = new ModelContext(doc, source);
  const industry = doc.id.split('/')[0];
  if (industry !== doc.industry) {
    const text = localized(
      `标识“${doc.id}”以“${industry}”开头，但“industry”是“${doc.industry}”`,
      `id "${doc.id}" starts with "${industry}", but industry is "${doc.industry}"`,
    );
    ctx.error('id-mismatch', text, ['id']);
  }
  resolveGrades(ctx);
  checkGradeLabels(ctx);
  const indicators = resolveIndicators(ctx);
  checkLabelClashes(ctx, indicators);
  checkPlausible(ctx, indicators);
  checkPlaceholders(ctx);
  checkControlCharacters(ctx);
  const tables = resolveTables(ctx);
  const { derived, scoring } = resolveDerived(ctx, indicators.length);
  const scope = resolveScope(ctx);
  const criteria = [...resolveCriteria(ctx), ...scoringCriteria(ctx)];
  checkKeyRows(ctx, tables, scope, criteria);
  checkWhenCoverage(ctx, indicators, scope, criteria);
  checkUniqueIds(ctx, [...scope, ...criteria]);
  const group = resolveGroup(ctx, criteria);
  const groupGrades = (group?.criteria ?? []).map((c) => c.grade.id);
  // A table or an indicator's range read in part (a cell or a bound in error) makes the ladder and the bands look
  // other than written: what follows only from the first mistake is not said (hostile-29 M3).
  const erred = (key: string) => ctx.issues.some((i) => i.severity === 'error' && i.path[0] === key);
  const tablesErred = erred('tables');
  // What each value can be: a limit beyond it is warned about as never met, and not advised as the stricter one.
  const known = knownSpans(ctx, indicators, derived, tables);
  if (!tablesErred) checkMonotonic(ctx, criteria, tables, new Set(groupGrades), known);
  if (!tablesErred) checkLowestNa(ctx, criteria);
  checkReachable(ctx, criteria, groupGrades);
  checkDivisors(ctx, [...scope, ...criteria], indicators, derived, tables);
  checkSatisfiable(ctx, [...scope, ...criteria], known);
  checkUnreachableBands(ctx, tables, scope, criteria, indicators);
  if (!tablesErred && !erred('indicators')) checkBandCoverage(ctx, tables, scope, criteria, indicators);
  checkUntested(ctx, [...scope, ...criteria], indicators, derived);
  // Only the derived values written in the file: a scoring sum's shortfall is warned about at its items.
  const written = derived.filter(
    (d) => ctx.doc.derived !== undefined && Object.hasOwn(ctx.doc.derived, d.name),
  );
  checkUnmetWhenAbsent(ctx, criteria, indicators, written);
  checkScopeWhenAbsent(ctx, scope, indicators);
  checkScoredAbsent(ctx, indicators);
  // Warnings of what may be a slip, once the scoring is sound: none beside an error there (20,000 items of one indicator).
  if (!ctx.issues.some((i) => i.severity === 'error')) {
    checkItemWeightSum(ctx);
    checkScoredTwice(ctx);
    // A requirement in error reads nothing here: its indicator would look unread.
    checkUnreadRequired(ctx, indicators, derived, tables, [...scope, ...criteria]);
    checkRequiredBeyondWhen(ctx, indicators, derived, tables, scope, criteria);
    checkOpenSpecimenCount(ctx);
  }

  if (ctx.issues.some((i) => i.severity === 'error')) return { issues: ctx.issues };
  const slots = new Map([...ctx.values].map(([name, info]) => [name, info.slot]));
  const model: RuleSetModel = {
    meta: {
      id: doc.id,
      version: doc.version,
      title: doc.title,
      industry: doc.industry,
      subject: doc.subject,
      references: doc.references,
      provenance: doc.provenance,
      file: source.file,
      ...(doc.description ? { description: doc.description } : {}),
    },
    indicators,
    derived,
    slots,
    tables,
    grades: ctx.gradeList,
    scope,
    criteria,
  };
  if (scoring) model.scoring = scoring;
  if (group) model.group = group;
  return { model, issues: ctx.issues };
}

function resolveGrades(ctx: ModelContext): void {
  for (const [index, g] of ctx.doc.grades.entries()) {
    if (ctx.grades.has(g.id)) {
      ctx.error('duplicate-id', localized(`等级“${g.id}”列出了两次`, `grade "${g.id}" is listed twice`), [
        'grades',
        index,
        'id',
      ]);
      continue;
    }
    // Results share the label of the grade they reach: frozen, so one cannot change another's.
    const grade: GradeModel = { id: g.id, index: ctx.gradeList.length, label: Object.freeze({ ...g.label }) };
    if (g.description) grade.description = g.description;
    ctx.grades.set(g.id, grade);
    ctx.gradeList.push(grade);
  }
}

/** Scoring as requirements: the total's cutoff per grade, and each dimension's minimum where the weakest link caps. */
function scoringCriteria(ctx: ModelContext): CheckModel[] {
  const scoring = ctx.doc.scoring;
  if (!scoring) return [];
  const out: CheckModel[] = [];
  const dims = new Set(scoring.dimensions.map((d) => d.id));
  const need = new Map<string, { value: number; text: string; path: (string | number)[] }>();
  // A grade id is checked once where it is written, not once per dimension it caps or sets a minimum for.
  const known = (gradeId: string, path: (string | number)[]): boolean => {
    if (ctx.grades.has(gradeId)) return true;
    ctx.error('unknown-grade', unknownGrade(ctx, gradeId), path, { key: true });
    return false;
  };
  const add = (subject: string, gradeId: string, value: number, path: (string | number)[]): void => {
    const id = `${subject}@${gradeId}`;
    const previous = need.get(id);
    if (previous && previous.value >= value) return;
    need.set(id, { value, text: ctx.source.literal(path) ?? String(value), path });
  };
  for (const [gradeId, cutoff] of Object.entries(scoring.cutoffs)) {
    if (!known(gradeId, ['scoring', 'cutoffs', gradeId])) continue;
    // With the weakest link a cap the dimensions come first: the total (their weighted mean) cannot fall short of
    // a cutoff every dimension reaches, so it is never the reason, and lists of blockers name the reasons first.
    if (scoring.weakestLink === 'cap')
      for (const d of dims) add(d, gradeId, cutoff, ['scoring', 'cutoffs', gradeId]);
    add(TOTAL_SCORE, gradeId, cutoff, ['scoring', 'cutoffs', gradeId]);
  }
  // An id listed twice (reported there) most likely stands for the one minimums name that no dimension has:
  // that one is said once, tied to the duplicate, not once per grade (newcomer-29 M3).
  const listed = scoring.dimensions.map((d) => d.id);
  const twice = [...dims].filter((d) => listed.indexOf(d) !== listed.lastIndexOf(d));
  const said = new Set<string>();
  for (const [gradeId, minimums] of Object.entries(scoring.minimums ?? {})) {
    const gradeKnown = known(gradeId, ['scoring', 'minimums', gradeId]);
    for (const [dim, min] of Object.entries(minimums)) {
      if (!dims.has(dim)) {
        const owner = labelOwner(scoring.dimensions, dim);
        if (!owner && twice.length > 0) {
          if (said.has(dim)) continue;
          said.add(dim);
          ctx.error(
            'invalid-scoring',
            localized(
              `未知的评分维度“${dim}”：维度标识${zhNames(twice)}列出了两次，其中一个是否应为“${dim}”？`,
              `unknown dimension "${dim}": the dimension id ${twice.map((t) => `"${t}"`).join(', ')} is listed twice; was one meant to be "${dim}"?`,
            ),
            ['scoring', 'minimums', gradeId, dim],
            { key: true },
          );
          continue;
        }
        ctx.error(
          'invalid-scoring',
          owner
            ? localized(
                `未知的评分维度“${dim}”：“${dim}”是维度“${owner}”的名称，这里要写维度标识：请写 ${owner}`,
                `unknown dimension "${dim}": "${dim}" is the label of dimension "${owner}", and a dimension id goes here: write ${owner}`,
              )
            : localized(
                `未知的评分维度“${dim}”；维度有${zhNames([...dims])}`,
                `unknown dimension "${dim}"; dimensions are ${[...dims].join(', ')}`,
              ),
          ['scoring', 'minimums', gradeId, dim],
          {
            key: true,
          },
        );
        continue;
      }
      if (gradeKnown) add(dim, gradeId, min, ['scoring', 'minimums', gradeId, dim]);
    }
  }
  for (const [id, { value, text, path }] of need) {
    const [subject, gradeId] = id.split('@') as [string, string];
    const dim = scoring.dimensions.find((d) => d.id === subject);
    out.push({
      id,
      sourceId: subject,
      label: dim ? dim.label : localized('总分', 'Total score'),
      effect: 'requirement',
      grade: ctx.grades.get(gradeId)!,
      subject,
      test: {
        kind: 'compare',
        operator: '>=',
        operand: { kind: 'literal', literal: { value, text, decimals: decimalsOf(text) } },
      },
      comparison: { method: 'full' },
      aggregate: 'each',
      location: ctx.location(path),
    });
  }
  return out;
}
