/// <reference lib="dom" />
// The samples graded and compared group by group (a lot, a month), as `qgrade grade --group-by` and
// `qgrade compare --group-by` do: committee-37 M1, the draft's lot changes were nowhere on the page.
import type { GradeResult, Language, LocalizedText, RuleSet } from '../../browser';
import type { SampleGroupComparison } from '../../compare/compare-sample-groups';
import type { SampleGroup } from '../../grade/grade-sample-groups';
import { groupKeyText } from '../../grade/group-key';
import { groupChangeSideText } from '../../report/compare-summary';
import { GROUPS_BY_CHANGE, groupClosingLine, groupSideLine } from '../../report/format-group-comparison';
import { groupCriterionCountLines, heldCausesText } from '../../report/group-move-lines';
import { groupExplanation } from '../../report/group-writer';
import type { MovedByChangeRow } from '../../report/moved-by-change';
import { h } from './dom';
import { TEXTS as T } from './texts';
import { countTable, distribution, gradeName, matrixTable } from './views';

/** Columns a lot's key is likely in (`批号`, `批次`, `lot`): preselected in the group-by choice. */
const LOT_HEADER = /批号|批次|^lot(?:\b|_|$)|^lot\s*(?:no|number|id)/i;

/**
 * The column to preselect for grouping: the first whose header looks like a lot's (`批号`, `批次`, `lot`,
 * `Lot No.`), none when no header does.
 */
export function lotColumn(columns: readonly string[]): string | undefined {
  return columns.find((c) => LOT_HEADER.test(c.trim()));
}

/**
 * The samples graded by group: the groups' grade distribution, and a row per group (key, records, grade, its
 * statistics, what holds it below the next grade), its records unfolding under it.
 */
export function groupResultsView(
  ruleSet: RuleSet,
  groups: readonly SampleGroup[],
  lang: Language,
): HTMLElement {
  const counted = groups.map(({ result }) => ({
    grade: result.grade,
    // A group not graded for an invalid record is counted with the invalid, as a record would be.
    ...(result.notGradedReason?.code === 'invalid-record' ? { errors: true } : {}),
    ...(result.notGradedReason ? { notGradedReason: result.notGradedReason } : {}),
  }));
  const head = h(
    'tr',
    {},
    h('th', {}, T.groupKey[lang]),
    h('th', { class: 'n' }, T.groupRecords[lang]),
    h('th', {}, T.groupGrade[lang]),
    h('th', {}, T.groupStatistics[lang]),
    h('th', {}, T.groupWhy[lang]),
  );
  const rows = groups.flatMap(({ result: r, records }) => {
    const invalid = r.notGradedReason?.code === 'invalid-record';
    const row = h(
      'tr',
      { class: 'group', 'data-group': r.group, 'data-grade': r.grade ?? 'null' },
      h('th', {}, groupKeyText(r.group)[lang]),
      h('td', { class: 'n' }, r.records.count),
      h(
        'td',
        { class: r.grade === null ? 'no' : 'ok' },
        gradeName(ruleSet, r.grade, lang, invalid, r.notGradedReason?.code),
      ),
      h(
        'td',
        {},
        ...r.statistics.map((s) => h('div', { 'data-statistic': s.id }, statisticHead(s.message[lang]))),
      ),
      h('td', { 'data-why': '' }, groupExplanation(r, lang)),
    );
    // The group's sentences as `grade --group-by` prints them, and each record with its own grade.
    const details = h(
      'details',
      {},
      h('summary', {}, `${T.groupRecordList[lang]}（${records.length}）`),
      h(
        'ul',
        { class: 'group-lines' },
        ...r.criteria.map((c) =>
          h('li', { class: c.passed ? 'ok' : 'no' }, `${c.passed ? '✓' : '✗'} ${c.message[lang]}`),
        ),
        ...r.statistics.map((s) => h('li', {}, `· ${s.message[lang]}`)),
      ),
      h('ul', { class: 'group-records' }, ...records.map((x) => recordLine(ruleSet, x, lang))),
    );
    return [row, h('tr', { class: 'group-records-row' }, h('td', { colspan: '5' }, details))];
  });
  return h(
    'div',
    { id: 'group-results' },
    distribution(ruleSet, counted, lang, T.groupDistribution[lang], T.groupInvalid[lang]),
    h('table', { class: 'results', id: 'group-table' }, head, ...rows),
  );
}

/** A statistic's figure from its sentence: the part before its parenthesis (`CV …: 2.8 %`). */
function statisticHead(message: string): string {
  const cut = message.search(/（| \(/);
  return cut > 0 ? message.slice(0, cut) : message;
}

/** One record of a group: its row and sample id, its grade, and the requirements it fails or why it is invalid. */
function recordLine(ruleSet: RuleSet, r: GradeResult, lang: Language): HTMLElement {
  const zh = lang === 'zh';
  const kept = r.kept ? Object.values(r.kept).filter((v) => v !== '') : [];
  const id = kept.length > 0 ? ` ${kept.join('/')}` : '';
  const at = zh ? `第 ${r.row} 条${id}` : `${T.row.en} ${r.row}${id}`;
  const grade = gradeName(ruleSet, r.grade, lang, r.errors !== undefined, r.notGradedReason?.code);
  const failing = r.errors
    ? r.errors.map((e) => e.message[lang])
    : r.criteria.filter((c) => c.passed === false).map((c) => c.label[lang]);
  const why = failing.length > 0 ? (zh ? `（${failing.join('；')}）` : ` (${failing.join('; ')})`) : '';
  return h(
    'li',
    { 'data-row': String(r.row), 'data-grade': r.grade ?? 'null' },
    `${at}${zh ? '：' : ': '}${grade}${why}`,
  );
}

/**
 * The groups compared, as `qgrade compare --group-by` reports them: the groups' migration matrix, the figures,
 * the group requirements whose outcome changed, the groups moved per rule-set change, and each group that moved
 * with the requirements (or its records) that moved it and their sentences under A and B.
 *
 * @param names - the requirements' names by id
 * @param why - a changed group's lines (`groupMoveLines`)
 * @param byChange - the groups moved per rule-set change
 */
export function groupComparisonView(
  a: RuleSet,
  b: RuleSet,
  compared: SampleGroupComparison,
  lang: Language,
  names: ReadonlyMap<string, LocalizedText>,
  why: (change: SampleGroupComparison['groups']['changes'][number]) => readonly string[],
  byChange: readonly MovedByChangeRow[],
): HTMLElement {
  const zh = lang === 'zh';
  const { groups } = compared;
  const name = (id: string) => names.get(id)?.[lang] ?? id;
  const moved = groups.changes.map((c) => {
    const key = groupKeyText(c.group)[lang];
    const causes =
      c.criteria.length > 0
        ? `  ${c.criteria.map(name).join(zh ? '、' : ', ')}`
        : heldCausesText(c, name, lang);
    return h(
      'li',
      { 'data-group': c.group, 'data-from': c.from ?? 'null', 'data-to': c.to ?? 'null' },
      h(
        'span',
        { class: 'move' },
        `${zh ? `组 ${key}：` : `group ${key}: `}${groupChangeSideText(c, 'from', a.grades, lang)} → ${groupChangeSideText(c, 'to', b.grades, lang)}${causes}`,
      ),
      ...why(c).map((line) => h('p', { class: 'meta', 'data-why': '' }, line)),
    );
  });
  const counts = groupCriterionCountLines(groups.criterionCounts, name, lang);
  return h(
    'section',
    { id: 'group-comparison' },
    h('h3', {}, zh ? `按“${groups.column}”分组比较` : `Groups by ${groups.column}`),
    h('p', { id: 'group-compare-summary' }, groupClosingLine(groups, lang)),
    ...(['a', 'b'] as const).map((k) =>
      h('p', { class: 'meta' }, groupSideLine(groups[k], k.toUpperCase(), lang)),
    ),
    matrixTable('group-matrix', T.groupMatrix[lang], groups.matrix, a, b, lang),
    counts.length > 0 ? h('pre', { id: 'group-criterion-counts' }, counts.join('\n')) : null,
    countTable(
      'groups-by-change',
      GROUPS_BY_CHANGE,
      [GROUPS_BY_CHANGE.change[lang]],
      byChange.map((r) => ({ cells: [r.text], records: r.records, alone: r.alone })),
      lang,
    ),
    h('h3', {}, T.groupsMoved[lang]),
    moved.length > 0 ? h('ul', { id: 'moved-groups' }, ...moved) : h('p', {}, T.noGroupMoved[lang]),
  );
}
