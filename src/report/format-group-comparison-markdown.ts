import { type GroupComparison, type GroupGradeChange, shownGroupMatrix } from '../compare/compare-groups';
import { groupKeyText } from '../grade/group-key';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine, safeText } from '../text/safe-text';
import { COMPARE_TEXT, groupChangeSideText } from './compare-summary';
import type { ComparedRuleSet } from './format-comparison';
import { GROUPS_BY_CHANGE, groupClosingLine, groupMovedText, groupSideLine } from './format-group-comparison';
import { markdownCell } from './format-markdown';
import { GROUP_MOVE_TEXT } from './group-move-lines';
import { markdownNotes, markdownTable } from './markdown-table';
import { migrationTableCells } from './migration-table';
import type { MovedByChangeRow } from './moved-by-change';

/** The words only the groups' Markdown comparison has (the rest are the text's). */
export const GROUP_COMPARISON_MARKDOWN_TEXT = {
  /** The section's heading, as the text's first line names it. */
  heading: (column: string): LocalizedText => ({ zh: `按“${column}”分组比较`, en: `Groups by ${column}` }),
  /** The last line of the groups' headline at the top: where the section is in the document. */
  where: (column: string): LocalizedText => ({
    zh: `（各组的矩阵、不分级的组和变化原因见文末一节“按“${column}”分组比较”）`,
    en: `(the groups' matrix, the groups not graded and why each changed: the last section, "Groups by ${column}")`,
  }),
  moved: localized('等级变化的组', 'Groups whose grade changed'),
  none: localized('没有组的等级发生变化。', 'No group changed grade.'),
  group: localized('组', 'Group'),
  rows: localized('序号', 'Rows'),
  /** As the records' table heads its last column. */
  why: localized('说明', 'Details'),
  records: (count: number): LocalizedText => ({
    zh: `组内有 ${countText(count)} 条记录的等级变化（见“等级变化的记录”）`,
    en: `${countText(count)} of its records changed grade (see "Records whose grade changed")`,
  }),
} as const;

/**
 * The groups compared (`compare --group-by`) as Markdown, for the end of {@link formatComparisonMarkdown}: the
 * content of {@link formatGroupComparison} — the groups' migration matrix, their figures under A and B, the group
 * requirements whose outcome changed, the groups moved per rule-set change and each changed group — as a `##`
 * section of tables, where it was the terminal's text in a code block.
 *
 * @param names - requirement names by id, in both languages
 * @param why - the lines said under a changed group (its requirements' sentences under A and B, the records holding it)
 * @param byChange - the groups moved per rule-set change
 * @example
 * formatGroupComparisonMarkdown(groups, a, b, 'zh', names, why, byChange)[0]; // '## 按“lot”分组比较'
 */
export function formatGroupComparisonMarkdown(
  groups: GroupComparison,
  a: ComparedRuleSet,
  b: ComparedRuleSet,
  lang: Language,
  names?: ReadonlyMap<string, LocalizedText>,
  why?: (change: GroupGradeChange) => readonly string[],
  byChange: readonly MovedByChangeRow[] = [],
): string[] {
  const zh = lang === 'zh';
  const T = GROUP_COMPARISON_MARKDOWN_TEXT;
  const G = GROUP_MOVE_TEXT;
  const name = (id: string) => names?.get(id)?.[lang] ?? id;
  const item = (text: string) => `- ${markdownCell(safeText(text.trim()))}`;
  const lines = [
    `## ${markdownCell(safeLine(T.heading(groups.column)[lang]))}`,
    '',
    ...markdownTable(migrationTableCells(shownGroupMatrix(groups), a.grades, b.grades, lang)),
    '',
    item(groupClosingLine(groups, lang)),
    ...(['a', 'b'] as const).map((key) => item(groupSideLine(groups[key], key === 'a' ? 'A' : 'B', lang))),
    '',
  ];
  const counts = groups.criterionCounts ?? [];
  if (counts.length > 0)
    lines.push(
      `### ${G.countsTitle[lang]}`,
      '',
      ...markdownTable([
        [G.requirement[lang], G.failedUnderB[lang], G.metUnderB[lang], G.moved[lang]],
        ...counts.map((c) => [
          name(c.id),
          countText(c.failedUnderB),
          countText(c.metUnderB),
          countText(c.moved),
        ]),
      ]),
      ...markdownNotes([G.countsNote[lang]]),
      '',
    );
  if (byChange.length > 0)
    lines.push(
      `### ${GROUPS_BY_CHANGE.title[lang]}`,
      '',
      ...markdownTable([
        [GROUPS_BY_CHANGE.change[lang], GROUPS_BY_CHANGE.records[lang], GROUPS_BY_CHANGE.alone[lang]],
        ...byChange.map((r) => [r.text, countText(r.records), countText(r.alone)]),
      ]),
      ...markdownNotes([GROUPS_BY_CHANGE.note[lang]]),
      '',
    );
  const n = countText(groups.changes.length);
  lines.push(`### ${T.moved[lang]}${zh ? `（${n} 组）` : ` (${n})`}`, '');
  if (groups.changes.length === 0) lines.push(T.none[lang], '');
  else
    lines.push(
      ...markdownTable(
        [
          [
            T.group[lang],
            T.rows[lang],
            COMPARE_TEXT.underA[lang],
            COMPARE_TEXT.underB[lang],
            COMPARE_TEXT.causes[lang],
            T.why[lang],
          ],
          ...groups.changes.map((c) => [
            groupKeyText(c.group)[lang],
            c.rows.first === c.rows.last ? String(c.rows.first) : `${c.rows.first}–${c.rows.last}`,
            groupChangeSideText(c, 'from', a.grades, lang),
            groupChangeSideText(c, 'to', b.grades, lang),
            groupMovedText(c, name, lang),
            [...(why?.(c) ?? []), ...(c.records > 0 ? [T.records(c.records)[lang]] : [])]
              .map((l) => indented(safeLine(l)))
              .join('\n'),
          ]),
        ],
        6,
      ),
      '',
    );
  return lines;
}

/** A line's indent (a record under "held down by", a requirement's sentences under its name) kept in a cell. */
function indented(line: string): string {
  const trimmed = line.trimStart();
  return '\u00a0'.repeat(line.length - trimmed.length) + trimmed.trimEnd();
}
