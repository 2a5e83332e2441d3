import { type GradeChange, NOT_GRADED_KEY, type RuleSetComparison } from '../compare/compare-rule-sets';
import { displayWidth, pad } from '../text/display-width';
import type { Language, LocalizedText } from '../text/localized-text';

/** What {@link formatComparison} says about each rule set. */
export interface ComparedRuleSet {
  id: string;
  version: string;
  file: string;
  /** The ladder, lowest first. */
  grades: readonly { id: string }[];
}

const NULL = NOT_GRADED_KEY;

/**
 * A comparison as text: which rule set is which, the migration matrix
 * (grade under A down, grade under B across, highest grade first, `—` for
 * not graded), the count of changed records, and each changed record with
 * the requirements that moved it, and under it the lines `why` gives for it
 * (e.g. the rule-set diff entries that moved it).
 */
export function formatComparison(
  comparison: RuleSetComparison,
  a: ComparedRuleSet,
  b: ComparedRuleSet,
  lang: Language,
  why?: (change: GradeChange) => readonly string[],
  names?: ReadonlyMap<string, LocalizedText>,
): string {
  const zh = lang === 'zh';
  const name = (id: string) => (zh ? (names?.get(id)?.zh ?? id) : id);
  const show = (key: string) => (key === NULL ? '—' : key);
  const rowsKeys = [...a.grades.map((g) => g.id).reverse(), NULL];
  const colKeys = [...b.grades.map((g) => g.id).reverse(), NULL];
  for (const key of Object.keys(comparison.matrix)) if (!rowsKeys.includes(key)) rowsKeys.push(key);
  const corner = zh ? 'A ↓  B →' : 'A ↓  B →';
  const table = [
    [corner, ...colKeys.map(show)],
    ...rowsKeys.map((from) => [
      show(from),
      ...colKeys.map((to) => String(comparison.matrix[from]?.[to] ?? 0)),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => displayWidth(r[i]!))));
  const lines = [
    ...[
      ['A', a],
      ['B', b],
    ].map(([key, r]) => {
      const { id, version, file } = r as ComparedRuleSet;
      return zh ? `${key}：${id} ${version}（${file}）` : `${key}: ${id} ${version} (${file})`;
    }),
    '',
    ...table.map((r) =>
      r
        .map((c, i) => (i === 0 ? pad(c, widths[i]!) : ' '.repeat(widths[i]! - displayWidth(c)) + c))
        .join('  ')
        .trimEnd(),
    ),
    '',
    zh
      ? `共 ${comparison.total} 条记录，等级变化 ${comparison.changed} 条`
      : `${comparison.total} record${comparison.total === 1 ? '' : 's'}, ${comparison.changed} changed`,
  ];
  for (const c of comparison.changes) {
    const moved =
      c.criteria.length > 0
        ? `  ${c.criteria.map(name).join(zh ? '、' : ', ')}`
        : zh
          ? '  （记录无效）'
          : '  (invalid record)';
    const kept = c.kept ? Object.values(c.kept).join(zh ? '、' : ', ') : undefined;
    const id = kept === undefined ? '' : zh ? `（${kept}）` : ` (${kept})`;
    const head = zh ? `行 ${c.row}${id}：` : `row ${c.row}${id}: `;
    lines.push(`${head}${show(c.from ?? NULL)} → ${show(c.to ?? NULL)}${moved}`);
    for (const line of why?.(c) ?? []) lines.push(`    ${line}`);
  }
  return lines.join('\n');
}
