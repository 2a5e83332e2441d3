import { type GradeChange, NOT_GRADED_KEY, type RuleSetComparison } from '../../compare/compare-rule-sets';
import { keptValue } from '../../model/kept-values';
import type { Language, LocalizedText } from '../../text/localized-text';
import { WORKBOOK_TEXT as T } from './workbook-text';
import { type SheetCell, type SheetSpec, writeWorkbook } from './write-workbook';

/**
 * What the comparison workbook says about each rule set.
 *
 * @example
 * const a: ComparedWorkbookRuleSet = { id: ruleSet.id, version: ruleSet.version, file: ruleSet.file, grades: ruleSet.grades };
 */
export interface ComparedWorkbookRuleSet {
  id: string;
  version: string;
  file: string;
  /** The ladder, lowest first; labels are shown where given, else ids. */
  grades: readonly { id: string; label?: LocalizedText }[];
}

/**
 * A changed record, with the columns kept from its input row (a sample's id).
 *
 * @example
 * const change: ChangeWithKept = { row: 3, from: '2', to: '3', criteria: ['apf@2'], kept: { 型号: 'KFR-35GW/B3' } };
 */
export type ChangeWithKept = GradeChange & { kept?: Readonly<Record<string, string>> };

/**
 * How the comparison workbook is written.
 *
 * @example
 * const options: ComparisonWorkbookOptions = { lang: 'zh', keptColumns: ['型号'] };
 */
export interface ComparisonWorkbookOptions {
  lang: Language;
  /** The kept columns, in order (default: every column the changes carry, in the order first seen). */
  keptColumns?: readonly string[];
}

/**
 * The sheets `qgrade compare -f xlsx` writes:
 *
 * - **Migration matrix** (等级迁移): grade under A down, grade under B
 *   across, highest first, "not graded" last; below it, which rule set is
 *   A and which B, and how many records changed.
 * - **Changed records** (等级变化的记录): the kept columns, the row, the
 *   grade under A and under B, and the requirements that moved the record.
 *
 * @example
 * const sheets = comparisonSheets(comparison, a, b, { lang: 'en' });
 * const bytes = await writeWorkbook(sheets);
 */
export function comparisonSheets(
  comparison: RuleSetComparison & { changes: readonly ChangeWithKept[] },
  a: ComparedWorkbookRuleSet,
  b: ComparedWorkbookRuleSet,
  options: ComparisonWorkbookOptions,
): SheetSpec[] {
  const { lang } = options;
  const show = (key: string | null, side: ComparedWorkbookRuleSet) => {
    if (key === null || key === NOT_GRADED_KEY) return T.notGraded[lang];
    const label = side.grades.find((g) => g.id === key)?.label?.[lang];
    return label && label !== key ? `${label} (${key})` : key;
  };
  const rowKeys = [...a.grades.map((g) => g.id).reverse(), NOT_GRADED_KEY];
  for (const key of Object.keys(comparison.matrix)) if (!rowKeys.includes(key)) rowKeys.splice(-1, 0, key);
  const colKeys = [...b.grades.map((g) => g.id).reverse(), NOT_GRADED_KEY];
  const matrixRows: SheetCell[][] = rowKeys.map((from) => [
    show(from, a),
    ...colKeys.map((to) => comparison.matrix[from]?.[to] ?? 0),
  ]);
  matrixRows.push(
    [],
    ['A', `${a.id} ${a.version} (${a.file})`],
    ['B', `${b.id} ${b.version} (${b.file})`],
    [T.allRecords[lang], comparison.total],
    [T.changed[lang], comparison.changed],
  );
  const matrix: SheetSpec = {
    name: T.matrix[lang],
    header: [T.corner[lang], ...colKeys.map((k) => show(k, b))],
    rows: matrixRows,
    frozenColumns: 1,
  };

  const changed: readonly ChangeWithKept[] = comparison.changes;
  const kept = [...(options.keptColumns ?? [])];
  if (!options.keptColumns) {
    for (const c of comparison.changes)
      for (const k of Object.keys(c.kept ?? {})) if (!kept.includes(k)) kept.push(k);
  }
  const changes: SheetSpec = {
    name: T.changes[lang],
    header: [...kept, T.row[lang], T.gradeUnderA[lang], T.gradeUnderB[lang], T.movedBy[lang]],
    rows: changed.map((c) => [
      ...kept.map((k) => keptValue(c.kept, k) ?? ''),
      c.row,
      show(c.from, a),
      show(c.to, b),
      c.criteria.length > 0 ? c.criteria.join('; ') : T.invalidRecord[lang],
    ]),
    frozenColumns: kept.length,
  };
  return [matrix, changes];
}

/**
 * The comparison workbook's bytes; see {@link comparisonSheets}.
 *
 * @example
 * await writeFile('compare.xlsx', await comparisonWorkbook(comparison, a, b, { lang: 'zh' }));
 */
export function comparisonWorkbook(
  comparison: RuleSetComparison & { changes: readonly ChangeWithKept[] },
  a: ComparedWorkbookRuleSet,
  b: ComparedWorkbookRuleSet,
  options: ComparisonWorkbookOptions,
): Promise<Buffer> {
  return writeWorkbook(comparisonSheets(comparison, a, b, options));
}
