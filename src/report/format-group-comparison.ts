import {
  type GroupComparison,
  type GroupGradeChange,
  type GroupSideCounts,
  shownGroupMatrix,
} from '../compare/compare-groups';
import { groupKeyText } from '../grade/group-key';
import type { Language, LocalizedText } from '../text/localized-text';
import { countText } from '../text/number-text';
import { groupChangeSideText } from './compare-summary';
import type { ComparedRuleSet } from './format-comparison';
import { GROUP_MOVE_TEXT, groupCriterionCountLines, heldCausesText } from './group-move-lines';
import { GROUP_NOT_GRADED_REASONS } from './group-not-graded-reasons';
import { migrationTableLines } from './migration-table';
import { MOVED_BY_CHANGE_TEXT, type MovedByChangeRow, movedByChangeLines } from './moved-by-change';

/**
 * Groups compared, as text: a heading naming the column, the migration
 * matrix of the groups, the figures, and each changed group with its rows,
 * the group requirements that moved it, and how many of its records changed
 * grade (listed among the record changes above it).
 *
 * @param names - requirement names, shown in Chinese (English shows ids)
 * @param why - lines printed under a changed group (e.g. the moved requirements' sentences under A and B)
 * @param byChange - the groups moved per rule-set change ({@link movedByChange} over each group's changes)
 */
export function formatGroupComparison(
  groups: GroupComparison,
  a: ComparedRuleSet,
  b: ComparedRuleSet,
  lang: Language,
  names?: ReadonlyMap<string, LocalizedText>,
  why?: (change: GroupGradeChange) => readonly string[],
  byChange: readonly MovedByChangeRow[] = [],
): string {
  const zh = lang === 'zh';
  // A requirement by its name in either language (committee-27 M6: English once showed the id).
  const name = (id: string) => names?.get(id)?.[lang] ?? id;
  const lines = [
    zh ? `按“${groups.column}”分组比较：` : `Groups by ${groups.column}:`,
    '',
    ...migrationTableLines(shownGroupMatrix(groups), a.grades, b.grades, lang),
    '',
    groupClosingLine(groups, lang),
    ...(['a', 'b'] as const).map((key) => groupSideLine(groups[key], key === 'a' ? 'A' : 'B', lang)),
  ];
  // What each group requirement's new limit does to every group, and what each edit moved (committee-34 M1, M2).
  for (const block of [
    groupCriterionCountLines(groups.criterionCounts, name, lang),
    movedByChangeLines(byChange, lang, GROUPS_BY_CHANGE),
  ])
    if (block.length > 0) lines.push('', ...block);
  if (groups.changes.length > 0) lines.push('');
  for (const c of groups.changes) {
    const rows =
      c.rows.first === c.rows.last
        ? zh
          ? `第 ${c.rows.first} 条`
          : `row ${c.rows.first}`
        : zh
          ? `第 ${c.rows.first}–${c.rows.last} 条`
          : `rows ${c.rows.first}–${c.rows.last}`;
    const key = groupKeyText(c.group)[lang];
    const head = zh ? `组 ${key}（${rows}）：` : `group ${key} (${rows}): `;
    const causes = groupMovedText(c, name, lang);
    const moved = causes === '' ? '' : `  ${causes}`;
    lines.push(
      `${head}${groupChangeSideText(c, 'from', a.grades, lang)} → ${groupChangeSideText(c, 'to', b.grades, lang)}${moved}`,
    );
    for (const line of why?.(c) ?? []) lines.push(`    ${line}`);
    if (c.records > 0) {
      lines.push(
        zh
          ? `    组内有 ${c.records} 条记录的等级变化（见上方各行）`
          : `    ${c.records} of its records changed grade (listed above)`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * What moved a changed group, as its line gives it beside its grades: "invalid under A/B" (grades not compared),
 * the group requirements that moved it, or the requirements that moved the records holding it; empty when none.
 *
 * @param name - a requirement's name by its id
 * @example
 * groupMovedText(change, name, 'zh'); // '28 天抗压强度变异系数（优等品）'
 */
export function groupMovedText(
  change: GroupGradeChange,
  name: (id: string) => string,
  lang: Language,
): string {
  if (change.invalidUnder !== undefined) return INVALID_UNDER[change.invalidUnder][lang];
  if (change.criteria.length > 0) return change.criteria.map(name).join(lang === 'zh' ? '、' : ', ');
  return heldCausesText(change, name, lang).trim();
}

/**
 * The groups' result in a few lines, for the top of `compare --group-by`'s table (committee-29 M5): under a
 * lot-grading standard the lots are what a committee decides on, and the records' figures and changes come
 * first and run long. The figures, each changed group with its grades and the requirements that moved it (the
 * first `max`), and where the whole group section is.
 *
 * @example
 * groupHeadline(groups, a, b, 'zh')[0]; // '按“批次”分组：共 25 组，等级变化 1 组（升高 0 组，降低 1 组）'
 */
export function groupHeadline(
  groups: GroupComparison,
  a: ComparedRuleSet,
  b: ComparedRuleSet,
  lang: Language,
  names?: ReadonlyMap<string, LocalizedText>,
  max = 10,
): string[] {
  const zh = lang === 'zh';
  const name = (id: string) => names?.get(id)?.[lang] ?? id;
  const lines = [
    zh
      ? `按“${groups.column}”分组：${groupClosingLine(groups, lang)}`
      : `Groups by ${groups.column}: ${groupClosingLine(groups, lang)}`,
  ];
  for (const c of groups.changes.slice(0, max)) {
    const key = groupKeyText(c.group)[lang];
    const moved =
      c.criteria.length > 0
        ? `  ${c.criteria.map(name).join(zh ? '、' : ', ')}`
        : heldCausesText(c, name, lang);
    lines.push(
      `  ${zh ? `组 ${key}：` : `group ${key}: `}${groupChangeSideText(c, 'from', a.grades, lang)} → ${groupChangeSideText(c, 'to', b.grades, lang)}${moved}`,
    );
  }
  const more = groups.changes.length - max;
  if (more > 0) lines.push(zh ? `  另有 ${countText(more)} 组` : `  and ${countText(more)} more`);
  lines.push(
    zh
      ? `（各组的矩阵、不分级的组和变化原因见逐条记录之后的“按“${groups.column}”分组比较”）`
      : `(the groups' matrix, the groups not graded and why each changed follow the records, under "Groups by ${groups.column}")`,
  );
  return lines;
}

/** The words of the groups moved per rule-set change, in the records' table's shape. */
export const GROUPS_BY_CHANGE = {
  title: GROUP_MOVE_TEXT.groupsTitle,
  change: MOVED_BY_CHANGE_TEXT.change,
  records: GROUP_MOVE_TEXT.groups,
  alone: GROUP_MOVE_TEXT.groupsAlone,
  note: GROUP_MOVE_TEXT.groupsNote,
} as const satisfies Record<string, LocalizedText>;

/** A group not graded under one side for an invalid record: its grades were not compared. */
const INVALID_UNDER: Record<'a' | 'b', LocalizedText> = {
  a: { zh: '（A 下含无效记录，未比较等级）', en: '(a record invalid under A: grades not compared)' },
  b: { zh: '（B 下含无效记录，未比较等级）', en: '(a record invalid under B: grades not compared)' },
};

const UNGRADED_WHY: Record<GroupSideCounts['ungraded'][number]['reason'], LocalizedText> = {
  'invalid-record': { zh: '含无效记录', en: 'an invalid record' },
  'record-not-graded': { zh: '有记录不分级', en: 'a record not graded' },
  'out-of-scope': { zh: '记录均超出适用范围', en: 'all records out of scope' },
  'mixed-values': { zh: '组内记录不是同一产品', en: 'records of different products' },
  'below-lowest-grade': { zh: '未达最低等级', en: 'below the lowest grade' },
};

/**
 * The groups under one rule set, each counted once, adding up to every group: under a rule set of one grade
 * conforming, nonconforming, the others not graded by reason and those with an invalid record
 * (`Under A: 5 conforming, 2 nonconforming, 1 invalid`); else graded and not graded, the latter by reason
 * (`Under B: 3 graded, 2 not graded (1 out of scope, 1 invalid)`). Then the groups not graded and why.
 * It gave graded and not graded only, and a conformity rule set's nonconforming lots were not told from those
 * with an invalid record (committee-40 M6).
 *
 * @example
 * groupSideLine(groups.b, 'B', 'en'); // 'Under B: 3 graded, 0 not graded'
 */
export function groupSideLine(side: GroupSideCounts, key: string, lang: Language): string {
  const zh = lang === 'zh';
  // A lot held below the lowest grade by a specimen is told by that failure (committee-37 M3).
  const named = side.ungraded.map((u) =>
    zh
      ? `${groupKeyText(u.group).zh}（${(u.failed ?? UNGRADED_WHY[u.reason]).zh}）`
      : `${groupKeyText(u.group).en} (${(u.failed ?? UNGRADED_WHY[u.reason]).en})`,
  );
  const more = side.notGraded > named.length ? (zh ? ' 等' : ' …') : '';
  const list = named.length > 0 ? (zh ? `：${named.join('、')}${more}` : `: ${named.join(', ')}${more}`) : '';
  const part = (n: number, word: LocalizedText) =>
    zh ? `${word.zh} ${countText(n)} 组` : `${countText(n)} ${word.en}`;
  // A comparison made before 0.2.0 has no outcomes: graded and not graded only.
  const outcomes = side.outcomes as GroupSideCounts['outcomes'] | undefined;
  const reasons = (skip?: string) =>
    outcomes
      ? [
          ...GROUP_NOT_GRADED_REASONS.filter(
            ([code]) => code !== skip && (outcomes.notGraded[code] ?? 0) > 0,
          ).map(([code, word]) => part(outcomes.notGraded[code] ?? 0, word)),
          ...(outcomes.invalid > 0 ? [part(outcomes.invalid, { zh: '无效', en: 'invalid' })] : []),
        ]
      : [];
  const grades = outcomes ? Object.keys(outcomes.graded) : [];
  if (outcomes && grades.length === 1) {
    // Pass/fail: conforming and nonconforming, as the records' line names them (committee-39 M4).
    const parts = [
      part(side.graded, { zh: '合格', en: 'conforming' }),
      part(outcomes.notGraded['below-lowest-grade'] ?? 0, { zh: '不合格', en: 'nonconforming' }),
      ...reasons('below-lowest-grade'),
    ];
    return zh ? `${key} 下：${parts.join('，')}${list}` : `Under ${key}: ${parts.join(', ')}${list}`;
  }
  const why = reasons();
  const split = why.length > 0 ? (zh ? `（${why.join('，')}）` : ` (${why.join(', ')})`) : '';
  return zh
    ? `${key} 下：已分级 ${countText(side.graded)} 组，不分级 ${countText(side.notGraded)} 组${split}${list}`
    : `Under ${key}: ${countText(side.graded)} graded, ${countText(side.notGraded)} not graded${split}${list}`;
}

/**
 * The groups' figures in one line, as the closing line on stderr gives them.
 *
 * @example
 * groupClosingLine(groups, 'en'); // '20 groups, 2 changed grade (0 up, 2 down)'
 * // a group not graded under B only for an invalid record: '4 groups, 1 changed grade (0 up, 0 down, 1 invalid under B only)'
 */
export function groupClosingLine(groups: GroupComparison, lang: Language): string {
  const { total, changed, up, down, sideways } = groups;
  // Older results (a GroupComparison made before 0.2.0) have no invalid counts.
  const invalidA = groups.invalidA ?? 0;
  const invalidB = groups.invalidB ?? 0;
  // No group changed: said so, not "0 (0 up, 0 down)" (fix-input3-33).
  if (changed === 0)
    return lang === 'zh'
      ? `共 ${countText(total)} 组，等级无变化`
      : `${countText(total)} group${total === 1 ? '' : 's'}, none changed grade`;
  if (lang === 'zh') {
    const other = [
      sideways > 0 ? `，无高低之分 ${countText(sideways)} 组` : '',
      invalidA > 0 ? `，只在 A 下无效 ${countText(invalidA)} 组` : '',
      invalidB > 0 ? `，只在 B 下无效 ${countText(invalidB)} 组` : '',
    ].join('');
    return `共 ${countText(total)} 组，等级变化 ${countText(changed)} 组（升高 ${countText(up)} 组，降低 ${countText(down)} 组${other}）`;
  }
  const other = [
    sideways > 0 ? `, ${countText(sideways)} neither up nor down` : '',
    invalidA > 0 ? `, ${countText(invalidA)} invalid under A only` : '',
    invalidB > 0 ? `, ${countText(invalidB)} invalid under B only` : '',
  ].join('');
  return `${countText(total)} group${total === 1 ? '' : 's'}, ${countText(changed)} changed grade (${countText(up)} up, ${countText(down)} down${other})`;
}
