/// <reference lib="dom" />
import type {
  CaseResult,
  CoverageReport,
  GradeResult,
  Language,
  LocalizedText,
  RuleSet,
  RuleSetComparison,
  SampleGrade,
} from '../../browser';
import { NOT_GRADED_KEY } from '../../browser';
import type { GradeChange } from '../../compare/compare-rule-sets';
import { gradeDistribution } from '../../compare/grade-distribution';
import { limitKeyIndicators, recordLimitKeysLine } from '../../compare/limit-keys';
import { matrixCellKind } from '../../compare/matrix-cell-kind';
import { shownMatrix } from '../../compare/matrix-with-invalid';
import { matrixOrder, SHOWN_NOT_GRADED_KEYS, shownNotGradedKey } from '../../compare/migration-matrix';
import { recordBandsOf } from '../../compare/record-bands';
import type { WrittenSampleGrade } from '../../grade/grade-sample';
import { criterionNames } from '../../model/criterion-names';
import type { CriterionResult } from '../../model/grade-result';
import { failedCounted } from '../../model/out-of-scope';
import { blockerLifts } from '../../report/blocker-lifts';
import { causeLimitsLine, causeUnits } from '../../report/cause-limits';
import { changeSideText, compareGradeText } from '../../report/compare-summary';
import { criterionNotes } from '../../report/criterion-notes';
import { invalidMark } from '../../report/format-comparison';
import { explanationHead, recordErrorLines } from '../../report/format-explanation';
import {
  DISTRIBUTION_TEXT,
  type DistributionRow,
  distributionRows,
  roundedSharesNote,
} from '../../report/grade-distribution-table';
import { gradeRenameLines } from '../../report/grade-renames';
import { ladderOrderLines } from '../../report/ladder-order';
import { LEGEND_SHADE, MATRIX_LEGEND, MATRIX_SHADES, matrixShade } from '../../report/matrix-shades';
import { MOVED_BY_CHANGE_TEXT, type MovedByChangeRow } from '../../report/moved-by-change';
import { MOVED_MOST_TEXT, type MovedMostRow, movedMostNote } from '../../report/moved-most';
import { nextGradeLead } from '../../report/next-grade-lead';
import { provenanceLine } from '../../report/provenance-text';
import { requirementLines } from '../../report/requirement-lines';
import { nextGradeLines, scoreLines } from '../../report/score-lines';
import { shownOperands } from '../../report/shown-operands';
import { modelOf } from '../../resolve/rule-set';
import { coverageCounts } from '../../suite/coverage-counts';
import { nonconformingText } from '../../text/below-only-grade';
import { notGradedReasonName } from '../../text/not-graded-reason-name';
import { countText } from '../../text/number-text';
import { type Child, fill, h } from './dom';
import { TEXTS as T } from './texts';

/** A requirement that moved a record: its id, and its result under A and under B. */
export type ChangeCause = readonly [
  id: string,
  a: CriterionResult | undefined,
  b: CriterionResult | undefined,
];

/** The rows whose explanation the author unfolded, by row number, kept across the table's redraws. */
const UNFOLDED = new Set<string>();

/** The distribution's row of records below a one-grade rule set: `~` is in no grade id. */
const NONCONFORMING_KEY = '~below';

const MARK = { passed: '✓', failed: '✗', 'not-applicable': '–', missing: '?' } as const;

/**
 * A grade as the HTML reports and the Compare tab name it: by its label ("二级", "Grade 2"); "Invalid" for an
 * invalid record; for null "Not graded", or "Nonconforming" below a one-grade rule set (`reason` its
 * notGradedReason code). English said "2 (Grade 2)", "invalid", "nonconforming" as the CLI's table does, beside
 * the Compare tab's "Grade 2", "Invalid", "Nonconforming" (committee-39 M3).
 */
export function gradeName(
  ruleSet: RuleSet,
  grade: string | null,
  lang: Language,
  invalid = false,
  reason?: string,
): string {
  if (grade === null)
    return invalid
      ? T.invalidRecord[lang]
      : (nonconformingText(reason, ruleSet.grades, true)?.[lang] ?? T.notGraded[lang]);
  return ruleSet.grades.find((g) => g.id === grade)?.label[lang] ?? grade;
}

/** An indicator's label in `lang` (`水浸出物`), as the CLI names a field in its sentences; the id when it has none. */
function fieldName(ruleSet: RuleSet, field: string, lang: Language): string {
  return ruleSet.indicators.find((i) => i.name === field)?.label[lang] ?? field;
}

/**
 * One record's explanation: grade, what its limits depend on, each requirement with its result, what lifts it a
 * grade, or why it is invalid. `record` is the record as graded (fields by indicator name), read for the line of
 * what its limits depend on.
 */
export function explanation(
  ruleSet: RuleSet,
  result: GradeResult,
  record: unknown,
  lang: Language,
): HTMLElement {
  const lines: Child[] = [];
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  // As `qgrade explain` opens (the same text functions): 「等级：一等品」, the band or category row its limits came
  // from (限值取决于：机组类型 = 单冷型，…; studio-29 M3) and a cap that holds it there, or 「不分级：记录无效：…」;
  // an invalid record's problems as explain lists them (studio-27 M3).
  const keys = result.errors
    ? undefined
    : recordLimitKeysLine(limitKeysOf(ruleSet), result, record, lang, bandsOf(ruleSet));
  const head = explanationHead(result, lang, ruleSet.grades, keys);
  for (const [i, line] of head.entries())
    lines.push(h('p', i === 0 && result.grade !== null ? { class: 'grade-line' } : {}, line));
  if (result.errors) {
    const items = recordErrorLines(result, lang).map((line) => h('li', { class: 'no' }, `✗ ${line}`));
    return h('div', { class: 'explanation' }, ...lines, h('ul', {}, ...items));
  }
  // A scored record's breakdown as `qgrade explain` prints it (newcomer-35 M1): the total, each dimension's share
  // (the one that holds the grade down marked 短板) and the items of a dimension a shortfall names.
  for (const line of scoreLines(result, lang))
    lines.push(
      h('p', { class: line.limiting ? `score d${line.depth} limiting` : `score d${line.depth}` }, line.text),
    );
  // The lines `qgrade explain` prints: an n/a grade's requirements and those that do not apply counted, notes once.
  const criteria = requirementLines(result, lang, { notes: notesOf(ruleSet) }).map((line) =>
    h(
      'li',
      {
        class:
          line.status === 'passed'
            ? 'ok'
            : line.status === 'failed'
              ? 'no'
              : line.status === 'missing'
                ? 'miss'
                : 'na',
      },
      `${MARK[line.status]} ${line.text}`,
      line.note === undefined
        ? null
        : h('div', { class: 'note' }, `${zh ? '注' : 'Note'}${colon}${line.note}`),
    ),
  );
  lines.push(h('ul', {}, ...criteria));
  // How far each blocker's number is from its limit, and what would meet it, as `qgrade explain` says it.
  const next = nextGradeLines(result, lang, notesOf(ruleSet), blockerLifts(ruleSet)(result, record));
  if (next) {
    lines.push(h('p', {}, nextGradeLead(result, lang).trimEnd()));
    if (next.together !== undefined) lines.push(h('p', { class: 'together' }, next.together));
    // The limit a record is told to reach carries its note too (an illustrative figure), as `qgrade explain` shows
    // it, and a score short of it what it lacks and what would lift it (差 1.667 分…；例如 …).
    lines.push(
      h(
        'ul',
        {},
        ...next.blockers.map((b) =>
          h(
            'li',
            {},
            b.text,
            b.note === undefined
              ? null
              : h('div', { class: 'note' }, `${zh ? '注' : 'Note'}${colon}${b.note}`),
            b.shortfall === undefined ? null : h('div', { class: 'shortfall' }, b.shortfall),
          ),
        ),
      ),
    );
  }
  return h('div', { class: 'explanation' }, ...lines);
}

const LIMIT_KEYS = new WeakMap<RuleSet, ReturnType<typeof limitKeyIndicators>>();

/** The indicators each requirement's limit depends on, worked out once per rule set. */
function limitKeysOf(ruleSet: RuleSet): ReturnType<typeof limitKeyIndicators> {
  let keys = LIMIT_KEYS.get(ruleSet);
  if (!keys) {
    keys = limitKeyIndicators(modelOf(ruleSet));
    LIMIT_KEYS.set(ruleSet, keys);
  }
  return keys;
}

const BANDS = new WeakMap<RuleSet, ReturnType<typeof recordBandsOf>>();

/** Which band of each banded table key a record falls in, worked out once per rule set. */
function bandsOf(ruleSet: RuleSet): ReturnType<typeof recordBandsOf> {
  let bands = BANDS.get(ruleSet);
  if (!bands) {
    bands = recordBandsOf(modelOf(ruleSet));
    BANDS.set(ruleSet, bands);
  }
  return bands;
}

const NOTES = new WeakMap<RuleSet, ReadonlyMap<string, LocalizedText>>();

/** The rule file's criterion notes, read once per rule set (an explanation unfolds per record). */
function notesOf(ruleSet: RuleSet): ReadonlyMap<string, LocalizedText> {
  let notes = NOTES.get(ruleSet);
  if (!notes) {
    notes = criterionNotes(modelOf(ruleSet), ruleSet.document);
    NOTES.set(ruleSet, notes);
  }
  return notes;
}

/** How sure the rule set's figures are, over its results: nothing for one checked against the standard. */
export function provenanceNotice(ruleSet: RuleSet, lang: Language): HTMLElement | null {
  const line = provenanceLine(ruleSet.provenance, lang);
  return line === undefined ? null : h('p', { class: 'meta', id: 'provenance' }, line);
}

/** The not-graded reason code each of the distribution's reason rows counts ({@link shownNotGradedKey}). */
const REASON_OF_KEY = new Map(
  ['below-lowest-grade', 'out-of-scope', 'gate-failed'].map((code) => [shownNotGradedKey(code), code]),
);

/** `不分级（未达最低等级）` / `Not graded (below the lowest grade)`: 不分级 with why, or alone for no known reason. */
function notGradedBecause(code: string | undefined, lang: Language): string {
  const why = code === undefined ? undefined : notGradedReasonName(code)?.[lang];
  if (why === undefined) return T.notGraded[lang];
  return lang === 'zh' ? `${T.notGraded.zh}（${why}）` : `${T.notGraded.en} (${why})`;
}

/** What the distribution counts of a result: a record's, or a group's (invalid: it holds an invalid record). */
export interface Counted {
  grade: string | null;
  errors?: unknown;
  notGradedReason?: { code: string };
}

/**
 * Counts per grade (highest first), not graded and invalid, as a table with bars: of the records, or of the
 * groups when the sample is graded by group (`caption` says which, and `invalidLabel` names the invalid row:
 * a group is counted there for an invalid record in it).
 */
export function distribution(
  ruleSet: RuleSet,
  graded: readonly Counted[],
  lang: Language,
  caption = T.distribution[lang],
  invalidLabel = T.invalid[lang],
): HTMLElement {
  const counts = new Map<string, number>();
  // Under a one-grade rule set the records below it are counted as nonconforming, apart from the not graded.
  const failed = nonconformingText('below-lowest-grade', ruleSet.grades, true);
  for (const result of graded) {
    const code = result.notGradedReason?.code;
    const below = failed && code === 'below-lowest-grade';
    // Below the lowest grade, out of scope and a veto item failed apart, as `qgrade grade` and its HTML report
    // count them (committee-38 F6: one 不分级 bar lumped them).
    const key =
      result.grade ?? (result.errors ? 'invalid' : below ? NONCONFORMING_KEY : shownNotGradedKey(code));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Each named 不分级 with its reason, as the results row names the record and `qgrade grade`'s summary counts it
  // (`不分级  1  （未达最低等级 1 条）`): it read 未达最低等级 here and 不分级 in the row (studio-45 item 2).
  const reasons = SHOWN_NOT_GRADED_KEYS.filter((k) => (counts.get(k) ?? 0) > 0).map((key) => ({
    key,
    label: notGradedBecause(REASON_OF_KEY.get(key), lang),
    cls: 'bar ng',
  }));
  // 不分级 for another reason, or at 0 when no record is not graded, so a clean sample's table keeps its shape.
  const other =
    (counts.get(NOT_GRADED_KEY) ?? 0) > 0 || (reasons.length === 0 && !counts.get(NONCONFORMING_KEY));
  const rows: { key: string; label: string; cls: string }[] = [
    ...[...ruleSet.grades]
      .reverse()
      .map((g) => ({ key: g.id, label: gradeName(ruleSet, g.id, lang), cls: 'bar' })),
    ...(failed ? [{ key: NONCONFORMING_KEY, label: failed[lang], cls: 'bar ng' }] : []),
    ...reasons,
    ...(other ? [{ key: NOT_GRADED_KEY, label: T.notGraded[lang], cls: 'bar ng' }] : []),
    { key: 'invalid', label: invalidLabel, cls: 'bar inv' },
  ];
  const max = Math.max(1, ...counts.values());
  const body = rows.map(({ key, label, cls }) => {
    const n = counts.get(key) ?? 0;
    const bar = h('div', { class: cls });
    // CSSOM, not a style attribute: allowed under style-src 'self'.
    bar.style.width = `${(100 * n) / max}%`;
    return h(
      'tr',
      { 'data-grade': key },
      h('th', {}, label),
      h('td', { class: 'n' }, n),
      h('td', { class: 'chart' }, bar),
    );
  });
  return h('table', { class: 'distribution', id: 'grade-counts' }, h('caption', {}, caption), ...body);
}

/** The results table: a row per record, its explanation unfolding under it, and a button to pin it as a test case. */
export function resultsTable(
  ruleSet: RuleSet,
  graded: readonly WrittenSampleGrade[],
  lang: Language,
  onAddCase: (item: SampleGrade) => void,
): HTMLElement {
  // The sample-id column `qgrade grade` keeps (样品编号, 型号), beside the row: records are checked by it.
  const idColumn = graded.find((g) => g.result.kept)?.result.kept;
  const id = idColumn ? Object.keys(idColumn)[0] : undefined;
  const head = h(
    'tr',
    {},
    h('th', {}, T.row[lang]),
    id === undefined ? null : h('th', { class: 'kept' }, id),
    h('th', {}, T.grade[lang]),
    h('th', { class: 'failing' }, T.failing[lang]),
    h('th', {}, ''),
  );
  const rows: HTMLElement[] = [];
  const names = criterionNames(modelOf(ruleSet));
  const comma = lang === 'zh' ? '、' : ', ';
  for (const item of graded) {
    const { result } = item;
    // Requirements by the names the CLI's table prints (水浸出物（特级品）), not by id (efficiency@superior: noise to an
    // author, studio-27 F4); the id stays in a tooltip and data-criterion, for a suite's `failing:`.
    // An invalid row: the values it could not read, said as an invalid reason as the HTML report does (记录无效：…),
    // not as failing requirements (committee-40 M7); the messages in the tooltip.
    const failing: Child[] = result.errors
      ? [
          h(
            'span',
            { class: 'invalid', title: result.errors.map((e) => e.message[lang]).join('\n') },
            T.invalidFields[lang] +
              result.errors
                .map((e) => (e.field ? fieldName(ruleSet, e.field, lang) : T.cannotRead[lang]))
                .join(comma),
          ),
        ]
      : // Out of scope: the scope items alone, as the CLI's table and its most frequent failing (committee-36 M7).
        failedCounted(result).flatMap((c, i) => [
          i === 0 ? null : comma,
          h('span', { title: c.id, 'data-criterion': c.id }, names.get(c.id)?.[lang] ?? c.label[lang]),
        ]);
    const detail = h(
      'tr',
      { class: 'detail', hidden: '' },
      // A derived value's formula with the record's values, as `qgrade explain` shows it (read again here).
      h(
        'td',
        { colspan: id === undefined ? '4' : '5' },
        // With the CSV's cells as written: 33 of `33;34;35`, 0.80 as the lab wrote it, as `qgrade explain` shows them.
        explanation(ruleSet, shownOperands(ruleSet)(result, item.record, item.written), item.record, lang),
      ),
    );
    const toggle = h(
      'button',
      // Titled: where the results pane is narrow it shows the arrow alone (studio.css).
      { type: 'button', class: 'explain', 'aria-expanded': 'false', title: T.explain[lang] },
      `▸ ${T.explain[lang]}`,
    );
    const show = (open: boolean) => {
      detail.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = `${open ? '▾' : '▸'} ${T.explain[lang]}`;
    };
    const key = String(result.row ?? '');
    // A regrade redraws the table: the rows the author unfolded stay unfolded.
    if (UNFOLDED.has(key)) show(true);
    toggle.addEventListener('click', () => {
      show(detail.hidden);
      if (detail.hidden) UNFOLDED.delete(key);
      else UNFOLDED.add(key);
    });
    // The words in a span of their own: where the results pane is narrow the button shows "+" alone (studio.css),
    // its title and its name for screen readers still the words.
    const add = h(
      'button',
      { type: 'button', class: 'add-case', title: T.addCase[lang] },
      '+',
      h('span', { class: 'words' }, ` ${T.addCase[lang]}`),
    );
    add.addEventListener('click', () => onAddCase(item));
    const cls = result.grade !== null ? 'g' : result.errors ? 'g inv' : 'g ng';
    rows.push(
      h(
        'tr',
        { class: 'record', 'data-row': String(result.row ?? '') },
        h('td', { class: 'n' }, result.row ?? ''),
        // The id and the grade in a box as wide as their text (studio.css), so the table keeps them on one line.
        id === undefined ? null : h('td', { class: 'kept' }, h('span', {}, result.kept?.[id] ?? '')),
        h(
          'td',
          { class: cls },
          h(
            'span',
            {},
            gradeName(ruleSet, result.grade, lang, result.errors !== undefined, result.notGradedReason?.code),
          ),
        ),
        h('td', { class: 'failing' }, ...failing),
        h('td', { class: 'actions' }, toggle, ' ', item.record === null ? null : add),
      ),
      detail,
    );
  }
  return h('table', { class: 'results', id: 'results-table' }, h('thead', {}, head), h('tbody', {}, ...rows));
}

/**
 * The summary `qgrade compare` prints (records, changed; under A and under B: graded, not graded, invalid),
 * the migration matrix (A's grades down, B's across, by label) and the records that moved, each with its
 * sample id (the kept columns) and the requirements that moved it, their limits under A and under B.
 *
 * Invalid records have a row (under A) and a column (under B) of their own, as `qgrade compare`'s matrix; under
 * a rule set of one grade, records below it (不合格) and out of its scope (超出适用范围) have theirs.
 *
 * @param summary - the summary's lines (`compareSummaryLines`)
 * @param invalidNote - the line under the matrix saying where records invalid under one side only are
 *   (`matrixInvalidNote`)
 * @param causesOf - a changed record's requirements that moved it, with their results under A and B
 * @param why - as `qgrade compare` reports them (committee-36 M1, M4): each changed record's lines of what its
 *   limits depend on and of the rule-set changes that moved it, the requirements that moved records most often
 *   and the records moved per rule-set change
 */
export function comparisonView(
  a: RuleSet,
  b: RuleSet,
  comparison: RuleSetComparison,
  summary: readonly string[],
  lang: Language,
  causesOf: (change: GradeChange) => readonly ChangeCause[] = () => [],
  invalidNote?: string,
  why: CompareWhy = { lines: () => [], movedMost: [], byChange: [] },
): HTMLElement {
  // The matrix `qgrade compare` shows, in its order: invalid records apart from "not graded", in a row and a column
  // when there are any, and under a rule set of one grade 不合格 apart from 超出适用范围 (studio-29, committee-29 M3).
  const matrix = shownMatrix(comparison);
  // Requirements by the names the CLI prints (B's, else A's); English adds the id, as the CLI shows ids there.
  const namesA = criterionNames(modelOf(a), { limits: false });
  const namesB = criterionNames(modelOf(b), { limits: false });
  const criterion = (id: string) => {
    const name = (namesB.get(id) ?? namesA.get(id))?.[lang];
    return name === undefined ? id : lang === 'zh' ? name : `${name} ${id}`;
  };
  const invalidUnder = new Map(comparison.invalid.map((r) => [r.row, r.under]));
  const moved = comparison.changes.map((c) => {
    // The sample id as `qgrade compare` prints it: the record's kept columns after its number.
    const kept = c.kept ? Object.values(c.kept).join(lang === 'zh' ? '、' : ', ') : undefined;
    const id = kept === undefined ? '' : lang === 'zh' ? `（${kept}）` : ` (${kept})`;
    const head = lang === 'zh' ? `第 ${c.row} 条${id}：` : `${T.row.en} ${c.row}${id}: `;
    // Each requirement that moved it: the value, and its limit and outcome under A and under B.
    const causes = causesOf(c).map(([cid, x, y]) =>
      // With each side's unit, as `qgrade compare` writes them (committee-37 M4: `53.4，A ≥ 52.5 ✓ → B ≥ 53.5 ✗`).
      h(
        'li',
        { 'data-criterion': cid },
        causeLimitsLine(criterion(cid), x, y, lang, undefined, causeUnits(a, b, x, y)),
      ),
    );
    return h(
      'li',
      { 'data-row': String(c.row) },
      h(
        'span',
        { class: 'move' },
        // Below the lowest grade, out of scope, as the matrix and `qgrade compare` name them (不合格 under one grade).
        `${head}${changeSideText(c.from, c.notGradedReasons?.a, a.grades, lang)} → ${changeSideText(c.to, c.notGradedReasons?.b, b.grades, lang)}`,
        // A record invalid under one side moved for that reason, marked as `qgrade compare` marks it.
        c.criteria.length === 0 && invalidUnder.has(c.row) ? invalidMark(invalidUnder.get(c.row), lang) : '',
      ),
      ...why.lines(c.row).map((line) => h('p', { class: 'meta', 'data-why': '' }, line)),
      causes.length > 0 ? h('ul', { class: 'causes' }, ...causes) : null,
    );
  });
  return h(
    'div',
    {},
    h('div', { id: 'compare-summary' }, ...summary.map((line) => h('p', {}, line))),
    // Its own scroll box: a matrix wider than the pane shows a scrollbar, not columns cut off (committee-36 M5).
    matrixTable('compare-matrix', T.matrix[lang], matrix, a, b, lang),
    // A grade renamed or ranked otherwise, under the matrix as `qgrade compare` writes it (committee-38 F4: row
    // 2级 against column 2级（节能） was never explained).
    ...gradeRenameLines(a.grades, b.grades, lang).map((line) =>
      h('p', { class: 'meta', 'data-note': 'grade-renamed' }, line),
    ),
    ...ladderOrderLines(a.grades, b.grades, lang).map((line) =>
      h('p', { class: 'meta', 'data-note': 'ladder-order' }, line),
    ),
    invalidNote === undefined ? null : h('p', { class: 'meta', id: 'matrix-invalid-note' }, invalidNote),
    distributionView(distributionRows(gradeDistribution(matrix, a, b), a.grades, b.grades, lang), lang),
    countTable(
      'moved-most',
      MOVED_MOST_TEXT,
      [MOVED_MOST_TEXT.criterion[lang], MOVED_MOST_TEXT.id[lang]],
      why.movedMost.map((m) => ({ cells: [m.name, h('code', {}, m.id)], records: m.count, alone: m.alone })),
      lang,
    ),
    // A note too long for the name column, under the table as `qgrade compare` says it (committee-39 M4).
    ...why.movedMost.map((m) => {
      const note = movedMostNote(m, lang);
      return note === undefined ? null : h('p', { class: 'meta', 'data-note': 'moved-most-criterion' }, note);
    }),
    countTable(
      'moved-by-change',
      MOVED_BY_CHANGE_TEXT,
      [MOVED_BY_CHANGE_TEXT.change[lang]],
      why.byChange.map((r) => ({ cells: [r.text], records: r.records, alone: r.alone })),
      lang,
    ),
    h('h3', {}, T.moved[lang]),
    moved.length > 0 ? h('ul', { id: 'moved-records' }, ...moved) : h('p', {}, T.noneMoved[lang]),
  );
}

/**
 * A migration matrix as `qgrade compare` shows it (grade under A × grade under B, by the grades' labels, with
 * row and column totals), in its own scroll box: a matrix wider than the pane scrolls, not cut off
 * (committee-36 M5). The records' matrix and the lots' (`compare --group-by`) alike.
 */
export function matrixTable(
  id: string,
  caption: string,
  matrix: Record<string, Record<string, number>>,
  a: RuleSet,
  b: RuleSet,
  lang: Language,
): HTMLElement {
  const { rows: fromKeys, columns: toKeys } = matrixOrder(matrix, a, b);
  // Headers by the grades' labels, as the CLI's matrix; ids stay in the data- attributes.
  // Row totals are the records per grade under A, column totals under B, as the report's matrix (committee-36 M1).
  const total = DISTRIBUTION_TEXT.total[lang];
  const cell = (from: string, to: string) => matrix[from]?.[to] ?? 0;
  const sum = (values: readonly number[]) => values.reduce((x, y) => x + y, 0);
  const kind = matrixCellKind(a, b);
  const max = Math.max(0, ...fromKeys.flatMap((from) => toKeys.map((to) => cell(from, to))));
  const head = h(
    'tr',
    {},
    h('th', {}, 'A \\ B'),
    ...toKeys.map((k) => h('th', { class: 'n', 'data-to': k }, compareGradeText(k, b.grades, lang))),
    h('th', { class: 'n total' }, total),
  );
  const rows = fromKeys.map((from) =>
    h(
      'tr',
      { 'data-from': from },
      h('th', {}, compareGradeText(from, a.grades, lang)),
      ...toKeys.map((to) => {
        const n = cell(from, to);
        const k = kind(from, to);
        // The HTML report's colours, shaded by the count as its heat map is (committee-38 F3): unchanged blue and
        // outlined, up green, down orange, neither grey; set through the CSSOM, which the page's CSP allows.
        const shade = matrixShade(n, max);
        const cls = [
          'n',
          from === to ? 'same' : '',
          n > 0 && from !== to ? 'moved' : '',
          shade >= 4 ? 'dark' : '',
        ]
          .join(' ')
          .replace(/ +/g, ' ')
          .trim();
        const td = h('td', { class: cls, 'data-to': to, 'data-kind': k }, n);
        if (shade > 0) td.style.backgroundColor = MATRIX_SHADES[k][shade - 1]!;
        return td;
      }),
      h('td', { class: 'n total', 'data-total-from': from }, sum(toKeys.map((to) => cell(from, to)))),
    ),
  );
  const columnTotals = toKeys.map((to) => sum(fromKeys.map((from) => cell(from, to))));
  const totals = h(
    'tr',
    { class: 'total' },
    h('th', {}, total),
    ...toKeys.map((to, j) => h('td', { class: 'n', 'data-total-to': to }, columnTotals[j]!)),
    h('td', { class: 'n', 'data-total': '' }, sum(columnTotals)),
  );
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'matrix-box', id: `${id}-box` },
      h('table', { class: 'matrix', id }, h('caption', {}, caption), head, ...rows, totals),
    ),
    matrixLegend(`${id}-legend`, lang),
  );
}

/** The matrix's colours in words, as the HTML report's legend under its heat map (committee-38 F3). */
function matrixLegend(id: string, lang: Language): HTMLElement {
  const kinds = ['same', 'up', 'down', 'neither'] as const;
  return h(
    'p',
    { class: 'meta legend', id },
    ...kinds.flatMap((k) => {
      const swatch = h('span', { class: 'sw', 'data-legend-entry': k });
      swatch.style.backgroundColor = MATRIX_SHADES[k][LEGEND_SHADE - 1]!;
      return [swatch, MATRIX_LEGEND[k][lang]];
    }),
  );
}

/**
 * The records per grade under A and under B with their shares, as `qgrade compare` and its HTML report show them
 * (committee-38 F4): the distribution a committee compares.
 */
function distributionView(rows: readonly DistributionRow[], lang: Language): HTMLElement {
  const D = DISTRIBUTION_TEXT;
  const note = roundedSharesNote(rows, lang);
  return h(
    'div',
    { id: 'compare-distribution' },
    h('h3', {}, D.heading[lang]),
    h(
      'table',
      { class: 'distribution' },
      h(
        'tr',
        {},
        h('th', {}, D.grade[lang]),
        ...[D.countA, D.shareA, D.countB, D.shareB].map((t) => h('th', { class: 'n' }, t[lang])),
      ),
      ...rows.map((r) =>
        h(
          'tr',
          {},
          h('th', {}, r.label),
          h('td', { class: 'n' }, countText(r.a)),
          h('td', { class: 'n' }, r.shareA),
          h('td', { class: 'n' }, countText(r.b)),
          h('td', { class: 'n' }, r.shareB),
        ),
      ),
    ),
    note === undefined ? null : h('p', { class: 'meta' }, note),
  );
}

/** What the Compare tab says besides the matrix and each record's causes, as `qgrade compare` reports it. */
export interface CompareWhy {
  /** A changed record's lines under its heading: what its limits depend on, the rule-set changes that moved it. */
  lines: (row: number) => readonly string[];
  /** The requirements that moved records most often (`movedMost`). */
  movedMost: readonly MovedMostRow[];
  /** The records moved per rule-set change (`MoveReasons.byChange`). */
  byChange: readonly MovedByChangeRow[];
}

/** One of the report's count tables (moved most, moved per change): its heading, rows and note; none when empty. */
export function countTable(
  key: string,
  text: { title: LocalizedText; records: LocalizedText; alone: LocalizedText; note: LocalizedText },
  heads: readonly string[],
  rows: readonly { cells: readonly Child[]; records: number; alone: number }[],
  lang: Language,
): HTMLElement | null {
  if (rows.length === 0) return null;
  return h(
    'section',
    { 'data-section': key },
    h('h3', {}, text.title[lang]),
    h(
      'table',
      { class: 'counts', id: key },
      h(
        'tr',
        {},
        ...heads.map((x) => h('th', {}, x)),
        h('th', { class: 'n' }, text.records[lang]),
        h('th', { class: 'n' }, text.alone[lang]),
      ),
      ...rows.map((r) =>
        h(
          'tr',
          {},
          ...r.cells.map((c) => h('td', {}, c)),
          h('td', { class: 'n' }, r.records),
          h('td', { class: 'n' }, r.alone),
        ),
      ),
    ),
    h('p', { class: 'meta' }, text.note[lang]),
  );
}

/** A suite's outcome: counts, each failing case with what was expected and what came, and threshold coverage. */
export function suiteView(
  file: string,
  cases: readonly CaseResult[],
  coverage: CoverageReport | undefined,
  lang: Language,
): HTMLElement {
  const failed = cases.filter((c) => !c.passed);
  const out = h(
    'div',
    {},
    h(
      'p',
      { id: 'suite-summary', class: failed.length > 0 ? 'no' : 'ok' },
      // The CLI's summary line: 「通过 1 个，失败 1 个」.
      lang === 'zh'
        ? `${file}：通过 ${cases.length - failed.length} 个，失败 ${failed.length} 个`
        : `${file}: ${cases.length - failed.length} passed, ${failed.length} failed`,
    ),
  );
  const cause = commonCause(failed, lang);
  if (cause !== undefined) out.append(h('p', { id: 'suite-cause', class: 'no' }, cause));
  if (failed.length > 0) {
    out.append(
      h(
        'ul',
        { id: 'failing-cases' },
        ...failureGroups(failed, lang).map(({ problems, cases: same }) => {
          // As `qgrade test --lang zh`: 「等级：预期“特级品”，实际“一级品”」.
          const lines = h('ul', {}, ...problems.map((p) => h('li', {}, p)));
          const c = same[0]!;
          if (same.length === 1)
            return h(
              'li',
              {},
              h('strong', {}, lang === 'zh' ? `第 ${c.line} 行：${c.name}` : `line ${c.line}: ${c.name}`),
              lines,
            );
          // Many cases failing for one reason (a new required indicator no case gives): one entry, counted.
          return h(
            'li',
            { class: 'same-failure', 'data-count': String(same.length) },
            h('strong', {}, sameFailureHead(same, lang)),
            lines,
            h(
              'details',
              {},
              h('summary', {}, lang === 'zh' ? `全部 ${same.length} 个用例` : `all ${same.length} cases`),
              h('p', { class: 'meta' }, same.map((x) => caseAt(x, lang)).join(lang === 'zh' ? '；' : '; ')),
            ),
          );
        }),
      ),
    );
  }
  if (coverage) {
    // Thresholds lacking a case only on waived sides are not counted as covered (coverage-44).
    const n = coverageCounts(coverage);
    const more = (k: number, text: { zh: string; en: string }) =>
      k > 0 ? (lang === 'zh' ? `；另 ${k} ${text.zh}` : `; ${k} more ${text.en}`) : '';
    out.append(
      h('h3', {}, T.coverage[lang]),
      h(
        'p',
        { id: 'coverage-summary' },
        `${n.complete} ${T.covered[lang]} ${n.total}${more(n.waived, T.coverageWaived)}${more(n.maybeNoRecord - n.noRecord, T.coverageMaybeNoRecord)}${more(n.noRecord, T.coverageNoRecord)}`,
      ),
    );
    if (coverage.uncovered.length > 0) {
      const missing = (t: CoverageReport['uncovered'][number]) =>
        [
          t.at ? '' : lang === 'zh' ? '阈值处' : 'at',
          t.below ? '' : lang === 'zh' ? '略低于' : 'just below',
          t.above ? '' : lang === 'zh' ? '略高于' : 'just above',
        ]
          .filter(Boolean)
          .join(lang === 'zh' ? '、' : ', ');
      out.append(
        h(
          'details',
          {},
          h(
            'summary',
            {},
            `${T.uncovered[lang]}${lang === 'zh' ? '（' : ' ('}${coverage.uncovered.length}${lang === 'zh' ? '）' : ')'}`,
          ),
          h(
            'ul',
            {},
            ...coverage.uncovered.map((t) =>
              h(
                'li',
                {},
                h('code', {}, `${t.criterion} ${t.limit}`),
                lang === 'zh' ? `（第 ${t.line} 行）：${missing(t)}` : ` (line ${t.line}): ${missing(t)}`,
                t.undecided ? T.touchedNotDecided[lang] : '',
              ),
            ),
          ),
        ),
      );
    }
  }
  return out;
}

/** Failing cases with the same problems (in `lang`), in the order of their first case. */
function failureGroups(
  failed: readonly CaseResult[],
  lang: Language,
): { problems: string[]; cases: CaseResult[] }[] {
  const groups = new Map<string, { problems: string[]; cases: CaseResult[] }>();
  for (const c of failed) {
    const problems = c.problemTexts?.map((p) => p[lang]) ?? c.problems;
    const key = problems.join('\n');
    const group = groups.get(key);
    if (group) group.cases.push(c);
    else groups.set(key, { problems, cases: [c] });
  }
  return [...groups.values()];
}

/**
 * What every failing case has in common, when each failed because its record
 * is invalid for the same reason (a new required indicator no case gives):
 * one line saying so, and for an indicator missing from them all, the fix.
 * `undefined` for fewer than two failures or no shared reason.
 */
function commonCause(failed: readonly CaseResult[], lang: Language): string | undefined {
  if (failed.length < 2) return undefined;
  type Found = NonNullable<GradeResult['errors']>[number];
  let shared: Map<string, Found> | undefined;
  for (const c of failed) {
    if (!c.result.errors) return undefined;
    const mine = new Map(c.result.errors.map((e) => [`${e.field}\u0000${e.code}\u0000${e.message.en}`, e]));
    shared = shared === undefined ? mine : new Map([...shared].filter(([key]) => mine.has(key)));
    if (shared.size === 0) return undefined;
  }
  const errors = [...shared!.values()];
  const zh = lang === 'zh';
  const why = errors.map((e) => e.message[lang]).join(zh ? '；' : '; ');
  const missing = errors.filter((e) => e.code === 'missing' && e.field).map((e) => e.field);
  const fix =
    missing.length === 0
      ? ''
      : zh
        ? `。用例都没有给出 ${missing.join('、')}：请在每个用例的 input 中加上它，或在规则文件中为它写 default`
        : `. No case gives ${missing.join(', ')}: add it to each case's input, or give it a default in the rule file`;
  return zh
    ? `失败的 ${failed.length} 个用例原因相同：记录无效（${why}）${fix}`
    : `All ${failed.length} failing cases fail for one reason: the record is invalid (${why})${fix}`;
}

/** How many cases to name in a group's first line before "and N more". */
const NAMED_CASES = 3;

/** "116 个用例因同一原因失败：第 8 行 C01、第 12 行 C02、第 16 行 C03 等". */
function sameFailureHead(cases: readonly CaseResult[], lang: Language): string {
  const named = cases.slice(0, NAMED_CASES).map((c) => caseAt(c, lang));
  const more = cases.length - named.length;
  return lang === 'zh'
    ? `${cases.length} 个用例因同一原因失败：${named.join('、')}${more > 0 ? ` 等（另 ${more} 个）` : ''}`
    : `${cases.length} cases fail for the same reason: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** A case by its line and name: 第 8 行 C01 / line 8 C01. */
function caseAt(c: CaseResult, lang: Language): string {
  return lang === 'zh' ? `第 ${c.line} 行 ${c.name}` : `line ${c.line} ${c.name}`;
}

/** Replaces a panel's content with a message. */
export function message(el: HTMLElement, text: string, cls = 'meta'): void {
  fill(el, h('p', { class: cls }, text));
}
