import type { GroupCriterionCount, GroupGradeChange, GroupRecordMove } from '../compare/compare-groups';
import type { RuleSetDiff } from '../diff/rule-set-diff';
import type { GroupResult } from '../model/group-result';
import { keptBesideRow } from '../model/kept-values';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { changeSideText } from './compare-summary';

/** The grades of each side's ladder, by id with their labels: how a record's or group's grades are named. */
interface SideGrades {
  a: readonly { id: string; label?: LocalizedText }[];
  b: readonly { id: string; label?: LocalizedText }[];
}

/** The words of a changed group's causes and of the group requirements' outcome counts, in every format. */
export const GROUP_MOVE_TEXT = {
  /** Before the causes of the records that moved a group, beside its grades. */
  byRecords: localized('由组内记录：', 'by its records: '),
  heldDown: localized(
    'B 下把该组压低的记录（等级有变化）',
    'Held down under B by its records that changed grade',
  ),
  heldUp: localized(
    'A 下把该组压低的记录（等级有变化）',
    'Held down under A by its records that changed grade',
  ),
  alsoChanged: localized(
    '组要求结果变了、但未引起该组等级变化（组内记录把它压得更低，或属于两边都未达到的等级）',
    'Group requirements whose outcome changed but did not move the group (its records hold it lower, or the grade is reached under neither)',
  ),
  countsTitle: localized(
    '结果有变化的组要求（所有组）',
    'Group requirements whose outcome changed (all groups)',
  ),
  requirement: localized('组要求', 'Requirement'),
  failedUnderB: localized('A 下满足、B 下不满足的组', 'Groups meeting it under A, failing under B'),
  metUnderB: localized('A 下不满足、B 下满足的组', 'Groups failing it under A, meeting under B'),
  moved: localized('其中因此等级变化的组', 'Of them, groups it moved'),
  countsNote: localized(
    '未因此等级变化的组：组内记录已把它压得更低（或不分级），或该要求属于两边都未达到的等级',
    'A group it did not move is held lower (or left not graded) by its records, or the requirement is of a grade reached under neither',
  ),
  groupsTitle: localized('各处规则集变更引起等级变化的组数', 'Groups moved per rule-set change'),
  groupsSheet: localized('各处变更引起变化的组数', 'Groups moved per change'),
  groups: localized('引起变化的组数', 'Groups moved'),
  groupsAlone: localized('其中仅因此处', 'Of them, by it alone'),
  groupsNote: localized(
    '一组的等级由组要求或由组内记录改变：记录的变化计入引起它的规则集变更；一组若因多处变更变化，在每处下各计一次',
    "A group moves by a group requirement or by its records: a record's move counts under the rule-set changes that moved it; a group moved by several changes counts under each",
  ),
} as const satisfies Record<string, LocalizedText>;

/**
 * The causes of a group that only its records moved, beside its grades: two spaces, then the requirements that
 * moved its holding records (committee-34 M1); empty when a group requirement moved it or no record holds it.
 *
 * @param name - a requirement's name by its id
 */
export function heldCausesText(
  change: GroupGradeChange,
  name: (id: string) => string,
  lang: Language,
): string {
  if (change.criteria.length > 0 || change.invalidUnder !== undefined || !change.heldBy) return '';
  const ids = [...new Set(change.heldBy.flatMap((m) => m.causes))];
  if (ids.length === 0) return '';
  return `  ${GROUP_MOVE_TEXT.byRecords[lang]}${ids.map(name).join(lang === 'zh' ? '、' : ', ')}`;
}

/**
 * The lines under a changed group: each group requirement that moved it, as it reads under A and under B;
 * the records that hold it on its lower side, each with its grades, causes and the rule-set changes that moved
 * it (`why`); and the group requirements whose outcome changed without moving it, as they read under A and B.
 *
 * @param why - the rule-set changes that moved a record, one line each (`← table …`)
 */
export function groupMoveLines(
  change: GroupGradeChange,
  groupA: GroupResult,
  groupB: GroupResult,
  grades: SideGrades,
  lang: Language,
  name: (id: string) => string,
  why: (row: number) => readonly string[] = () => [],
): string[] {
  return [
    ...change.criteria.flatMap((id) => criterionSentences(id, groupA, groupB, lang, '')),
    ...groupHeldLines(change, groupA, groupB, grades, lang, name, why),
  ];
}

/**
 * {@link groupMoveLines} but the sentences of the group requirements that moved it: the records that hold the
 * group on its lower side and the group requirements whose outcome changed without moving it.
 */
export function groupHeldLines(
  change: GroupGradeChange,
  groupA: GroupResult,
  groupB: GroupResult,
  grades: SideGrades,
  lang: Language,
  name: (id: string) => string,
  why: (row: number) => readonly string[] = () => [],
): string[] {
  const colon = lang === 'zh' ? '：' : ':';
  const lines: string[] = [];
  if (change.heldBy && change.heldBy.length > 0) {
    const up =
      change.invalidUnder === 'a' || (change.invalidUnder === undefined && change.direction === 'up');
    lines.push(`${(up ? GROUP_MOVE_TEXT.heldUp : GROUP_MOVE_TEXT.heldDown)[lang]}${colon}`);
    for (const m of change.heldBy) lines.push(...recordMoveLines(m, grades, lang, name, why));
  }
  if (change.alsoChanged && change.alsoChanged.length > 0) {
    lines.push(`${GROUP_MOVE_TEXT.alsoChanged[lang]}${colon}`);
    for (const id of change.alsoChanged)
      lines.push(`  ${name(id)}`, ...criterionSentences(id, groupA, groupB, lang, '    '));
  }
  return lines;
}

/** What a group requirement says under A and under B, a line each: its value, limit and outcome. */
function criterionSentences(
  id: string,
  groupA: GroupResult,
  groupB: GroupResult,
  lang: Language,
  indent: string,
): string[] {
  const zh = lang === 'zh';
  return (
    [
      ['A', groupA],
      ['B', groupB],
    ] as const
  ).map(([key, result]) => {
    const c = result.criteria.find((x) => x.id === id);
    return `${indent}${key}${zh ? '：' : ': '}${c ? c.message[lang] : zh ? '无此要求' : 'not required'}`;
  });
}

/** One record that holds a group: its row and sample id, its grades, its causes, then the changes that moved it. */
function recordMoveLines(
  m: GroupRecordMove,
  grades: SideGrades,
  lang: Language,
  name: (id: string) => string,
  why: (row: number) => readonly string[],
): string[] {
  const zh = lang === 'zh';
  const kept = keptBesideRow(m.row, m.kept, zh ? '、' : ', ');
  const id = kept === undefined ? '' : zh ? `（${kept}）` : ` (${kept})`;
  const head = zh ? `第 ${m.row} 条${id}：` : `row ${m.row}${id}: `;
  const causes = m.causes.length > 0 ? `  ${m.causes.map(name).join(zh ? '、' : ', ')}` : '';
  return [
    `  ${head}${changeSideText(m.from, m.notGradedReasons?.a, grades.a, lang)} → ${changeSideText(m.to, m.notGradedReasons?.b, grades.b, lang)}${causes}`,
    ...why(m.row).map((line) => `    ${line}`),
  ];
}

/**
 * The group requirements whose outcome changed for some group, as lines: a heading, one line per requirement
 * (its name, the groups it takes out or lets in, of them those it moved), and the note; none when there is none.
 */
export function groupCriterionCountLines(
  counts: readonly GroupCriterionCount[] | undefined,
  name: (id: string) => string,
  lang: Language,
): string[] {
  if (!counts || counts.length === 0) return [];
  const T = GROUP_MOVE_TEXT;
  const zh = lang === 'zh';
  const lines = counts.map((c) => {
    const parts = [
      c.failedUnderB > 0
        ? zh
          ? `A 下满足、B 下不满足 ${countText(c.failedUnderB)} 组`
          : `${countText(c.failedUnderB)} group${c.failedUnderB === 1 ? '' : 's'} meeting it under A fail it under B`
        : '',
      c.metUnderB > 0
        ? zh
          ? `A 下不满足、B 下满足 ${countText(c.metUnderB)} 组`
          : `${countText(c.metUnderB)} failing it under A meet it under B`
        : '',
    ].filter((p) => p !== '');
    const moved = zh ? `其中因此等级变化 ${countText(c.moved)} 组` : `it moved ${countText(c.moved)} of them`;
    return zh
      ? `  ${name(c.id)}：${parts.join('，')}；${moved}`
      : `  ${name(c.id)}: ${parts.join('; ')}; ${moved}`;
  });
  return [`${T.countsTitle[lang]}${zh ? '：' : ':'}`, ...lines, `  ${T.countsNote[lang]}`];
}

/**
 * A changed group's rule-set diff entries: those of the group requirements that moved it and those that
 * moved the records holding it (their `diff`), in the diff's order.
 *
 * @example
 * groupDiffKeys(change, reasons.diff); // ['group.criteria.cv-28d-superior']
 */
export function groupDiffKeys(change: GroupGradeChange, diff: RuleSetDiff): string[] {
  const keys = new Set(change.heldBy?.flatMap((m) => m.diff ?? []));
  for (const e of diff.entries) if (e.criteria?.some((id) => change.criteria.includes(id))) keys.add(e.key);
  return diff.entries.map((e) => e.key).filter((k) => keys.has(k));
}
