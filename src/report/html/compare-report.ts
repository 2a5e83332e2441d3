import {
  createGroupComparison,
  type GroupComparison,
  type GroupGradeChange,
  type GroupRecordMove,
  shownGroupMatrix,
} from '../../compare/compare-groups';
import { NOT_GRADED_KEY } from '../../compare/compare-rule-sets';
import { type CompareCounts, createCompareTally } from '../../compare/compare-tally';
import type { ChangeDirection } from '../../compare/grade-direction';
import { gradeDistribution } from '../../compare/grade-distribution';
import { type InvalidRecord, invalidRecord } from '../../compare/invalid-records';
import { LIMIT_KEYS_TEXT } from '../../compare/limit-keys';
import { matrixCellKind } from '../../compare/matrix-cell-kind';
import {
  INVALID_KEY,
  matrixOrder,
  NONCONFORMING_KEY,
  OUT_OF_SCOPE_KEY,
  SHOWN_NOT_GRADED_KEYS,
  shownKey,
  shownNotGraded,
  VETO_FAILED_KEY,
} from '../../compare/migration-matrix';
import { createMovesByColumn } from '../../compare/moves-by-column';
import { diffRuleSets } from '../../diff/diff-rule-sets';
import { unchangedProvenanceNotice } from '../../diff/provenance-unchanged';
import { knownOptions } from '../../errors/options-argument';
import { groupKeyText } from '../../grade/group-key';
import { criterionName } from '../../model/criterion-names';
import type { CriterionResult, GradeResult } from '../../model/grade-result';
import type { GroupCriterionResult, GroupResult } from '../../model/group-result';
import { keptValue, setKeptValue } from '../../model/kept-values';
import { groupResultArgument, resultArgument } from '../../model/result-argument';
import { modelOf, type RuleSet } from '../../resolve/rule-set';
import type { Language, LocalizedText } from '../../text/localized-text';
import {
  comparedText,
  decidingValueText,
  isCount,
  measuredText,
  outcomeText,
  roundedSpecimensText,
  sided,
  specimenCountText,
  specimenValues,
  specimenValuesText,
  subjectChanged,
  valueChanged,
  valueTexts,
} from '../cause-limits';
import {
  COMPARE_TEXT,
  changeRows,
  compareGradeText,
  groupChangeSideText,
  matrixInvalidNote,
  sideRows,
} from '../compare-summary';
import { bothCriterionNotes, notedName } from '../criterion-notes';
import { criterionLimitText } from '../criterion-prose';
import { groupClosingLine, groupHeadline } from '../format-group-comparison';
import {
  DISTRIBUTION_TEXT,
  type DistributionRow,
  distributionRows,
  roundedSharesNote,
  shareText,
} from '../grade-distribution-table';
import { gradeRenameLines } from '../grade-renames';
import { GROUP_MOVE_TEXT, groupHeldLines } from '../group-move-lines';
import { INVALID_UNDER_TEXT, invalidWhyText } from '../invalid-records-text';
import { ladderOrderLines } from '../ladder-order';
import { MOVED_BY_CHANGE_TEXT, type MovedByChangeRow } from '../moved-by-change';
import { MOVED_MOST_TEXT as M, movedMost } from '../moved-most';
import { NEAR_LIMIT_TEXT } from '../near-limit-lines';
import { comparisonNames } from '../noted-names';
import { rowHeading } from '../row-heading';
import { RULE_SET_CHANGES_TEXT, type RuleSetChangeRow } from '../rule-set-changes';
import { escapeHtml } from './escape-html';
import {
  DEFAULT_MAX_RECORDS,
  HTML_REPORT_OPTION_KEYS,
  type HtmlReportOptions,
  inputLine,
} from './grade-report';
import { formatCount as n, HTML_TEXTS as T } from './html-texts';
import { movesSection } from './moves-section';
import { gradeHtml, keptText, type ReportResult } from './record-view';
import { reportLanguage, sameRuleSet } from './report-arguments';
import { reportPage, ruleSetHeader } from './report-page';
import { IdSource } from './svg-frame';
import { svgHeatMap } from './svg-heat-map';

/**
 * How many records a comparison counted, how they moved, and how each rule
 * set graded them: the figures of every compare report (see {@link CompareCounts}).
 *
 * @example
 * const { total, changed, up, down }: CompareTotals = report.totals();
 */
export type CompareTotals = CompareCounts;

/**
 * Collects the records graded by two rule sets for an HTML comparison; see
 * {@link createCompareReport}.
 *
 * @example
 * const report: CompareReport = createCompareReport(oldRules, newRules, { lang: 'zh' });
 * report.add(oldGrader.gradeSync(record), newGrader.gradeSync(record), 1);
 */
export interface CompareReport {
  /**
   * Counts one record graded by A and by B (`row`: its 1-based position; default one after the last;
   * `group`: its value in the column of {@link HtmlReportOptions.tallyBy}, `""` for none (several columns: its
   * value in each, in that order); `limitKeys`: what
   * its limits depend on, `机组类型 = 单冷式，额定制冷量 = 3000 W`, shown with its causes when it changed;
   * `notes`: sentences shown above its causes when it changed, such as a cell the two read as different values;
   * `record`: the record itself, whose specimen values a count of specimens lists, `单个值 33、34、33.5`;
   * `why`: sentences shown under its causes when it changed: the rule-set changes that moved it, as the text
   * output prints them, `← 评分维度“质量绩效”（qualityPerformance）的评分项：质量损失控制 ×1 → ×2，有变化`).
   */
  add(
    a: ReportResult,
    b: ReportResult,
    row?: number,
    group?: string | readonly string[],
    limitKeys?: string,
    notes?: readonly string[],
    record?: unknown,
    why?: readonly string[],
  ): void;
  /**
   * Counts one group of records graded as a unit by A and by B (`compare --group-by`), with how many
   * of its records changed grade; the page then shows the groups' matrix and each group that moved.
   * `moves`: its changed records with their causes (`groupRecordMove`); those that hold a changed group
   * are listed under it, with the rule-set changes `add`'s `why` gave for them. `tallied`: with `tallyBy`, the
   * group's value in each column (its records', or "(mixed)"), by which the page's tally counts the groups.
   */
  addGroup(
    a: GroupResult,
    b: GroupResult,
    records: number,
    moves?: readonly GroupRecordMove[],
    tallied?: readonly string[],
  ): void;
  /** Records compared, unchanged and changed (up, down), and graded or not (invalid, by reason) under A and B. */
  totals(): CompareTotals;
  /** Adds a notice about the input, shown at the top of the page (see `GradeReport.notice`). */
  notice(text: LocalizedText): void;
  /**
   * The records moved per rule-set change (`movedByChange`, which needs the rule-set diff the page does
   * not see): a table after the requirements that moved records most often.
   */
  movedByChange(rows: readonly MovedByChangeRow[]): void;
  /**
   * The records near each changed limit (`compare --near-limits`): per limit, the requirement and its limits under
   * A and B as a line, the margin (one unit in the last decimal B's limit writes), and the records within it that
   * meet and that miss B's limit; a table after the records moved per change. Added in 0.2.0.
   */
  nearLimits(rows: readonly { text: string; margin: string; meet: number; miss: number }[]): void;
  /**
   * Sets the groups moved per rule-set change (`movedByChange` over each changed group's diff entries: its
   * requirements' and its holding records'), shown in the groups' section. Added in 0.2.0.
   */
  groupsByChange(rows: readonly MovedByChangeRow[]): void;
  /**
   * What changed between A and B (the rule-set diff's entries, one row each): a table after
   * the records moved per change, so that the page read alone says what the draft changed.
   */
  ruleSetChanges(rows: readonly RuleSetChangeRow[]): void;
  /** The report as one self-contained HTML page. */
  render(): string;
}

interface MovedRecord {
  row: number;
  kept: Record<string, string> | undefined;
  from: string;
  to: string;
  /** `undefined` for a record invalid under one rule set or both: its grades were not compared. */
  direction: ChangeDirection | undefined;
  criteria: string;
}

const MAX_KEPT_COLUMNS = 6;

/**
 * Starts an HTML report comparing two rule sets (usually two editions of a
 * standard) on the same records: the migration matrix as a heat map and a
 * table, how many records moved up and down, the criteria that moved records
 * most often, and the records that moved, each with the criteria that moved
 * it and their limits under A and B, and the records invalid under A or B
 * with the first reason; with `tallyBy`, the records' moves per value of
 * that column (a table after the migration matrix). When B's limits differ from A's while its provenance and
 * references are A's word for word (a draft made with `init --from` and not yet re-sourced), a warning under B's
 * heading says so, as `qgrade compare` says it on stderr. Memory is bounded by the two rule sets plus the
 * first `maxRecords` records that moved and the first `maxRecords` invalid.
 *
 * @example
 * const a = await loadRuleSet('home-appliances/room-air-conditioner-energy');
 * const b = await loadRuleSet('examples/room-air-conditioner-energy-draft.yaml');
 * const report = createCompareReport(a, b, { lang: 'en' });
 * const [ga, gb] = [createGrader(a), createGrader(b)];
 * records.forEach((r, i) => report.add(ga.gradeSync(r), gb.gradeSync(r), i + 1));
 * await writeFile('compare.html', report.render());
 */
export function createCompareReport(
  a: RuleSet,
  b: RuleSet,
  options: HtmlReportOptions & {
    /** The column groups are keyed by, for the groups' heading (default `group`). */
    groupBy?: string;
    /**
     * Which rule sets were given by a bundled id: their heading says so where the others name their file, whose
     * install path (`/usr/lib/node_modules/qgrade/rules/…`) says nothing to the reader (committee-45).
     */
    bundled?: { a?: boolean; b?: boolean };
  } = {},
): CompareReport {
  modelOf(a, 'createCompareReport');
  modelOf(b, 'createCompareReport');
  knownOptions(options, 'createCompareReport', '{ lang: "zh" }', [
    ...HTML_REPORT_OPTION_KEYS,
    'groupBy',
    'bundled',
  ]);
  const lang = reportLanguage(options.lang, 'createCompareReport');
  const maxRecords = Math.max(0, options.maxRecords ?? DEFAULT_MAX_RECORDS);
  // Below the lowest grade (nonconforming under a rule set of one grade) and out of scope apart from
  // "not graded" (committee-29 M3, committee-33 M8), as shownNotGraded keeps them.
  const oneA = a.grades.length === 1;
  const oneB = b.grades.length === 1;
  const split: string[] = [...SHOWN_NOT_GRADED_KEYS];
  const fromKeys = [...a.grades.map((g) => g.id).reverse(), ...split, NOT_GRADED_KEY];
  const toKeys = [...b.grades.map((g) => g.id).reverse(), ...split, NOT_GRADED_KEY];
  const matrix = new Map<string, Map<string, number>>();
  const movedBy = new Map<string, string>();
  const listed: MovedRecord[] = [];
  const keptColumns: string[] = [];
  const gradeLabelA = new Map(a.grades.map((g) => [g.id, g.label[lang]]));
  const gradeLabelB = new Map(b.grades.map((g) => [g.id, g.label[lang]]));
  // Requirements named as the text and workbook name them: by B's label and grade where B has them, a veto item as one.
  const names = comparisonNames(a, b);
  // A requirement's rule-file note beside its name in the causes (a draft's proposal, an illustrative figure).
  const ruleNotes = bothCriterionNotes(
    { model: modelOf(a), doc: a.document },
    { model: modelOf(b), doc: b.document },
  );
  const tally = createCompareTally(a, b);
  const groups = createGroupComparison(a, b, options.groupBy ?? 'group');
  const groupLines: string[] = [];
  const recordWhy = new Map<number, readonly string[]>();
  const notices: LocalizedText[] = [];
  // One table per --tally-by column, in the order given.
  const tallyBy = options.tallyBy;
  // With groupBy, of the groups (lots): each counted by addGroup under its records' value, not by add.
  const movesBy = (tallyBy === undefined ? [] : typeof tallyBy === 'string' ? [tallyBy] : tallyBy).map((c) =>
    createMovesByColumn(a, b, c, undefined, options.groupBy),
  );
  const invalid: InvalidRecord[] = [];
  let invalidCount = 0;
  let lastRow = 0;
  let byChange: readonly MovedByChangeRow[] = [];
  let near: readonly { text: string; margin: string; meet: number; miss: number }[] = [];
  let groupsByChange: readonly MovedByChangeRow[] = [];
  let ruleSetChanges: readonly RuleSetChangeRow[] = [];

  return {
    add(
      resultA,
      resultB,
      row = lastRow + 1,
      group = '',
      limitKeys = undefined,
      notes = [],
      record = undefined,
      why = [],
    ) {
      resultArgument(resultA, 'compareReport.add');
      resultArgument(resultB, 'compareReport.add');
      sameRuleSet(resultA, a, 'compareReport.add (resultA)');
      sameRuleSet(resultB, b, 'compareReport.add (resultB)');
      lastRow = row;
      const values = typeof group === 'string' ? [group] : group;
      if (options.groupBy === undefined)
        for (const [i, m] of movesBy.entries()) m.add(String(values[i] ?? ''), resultA, resultB);
      let bad: InvalidRecord | undefined;
      if (resultA.grade === null || resultB.grade === null) {
        bad = invalidRecord(resultA, resultB, row);
        if (bad) {
          invalidCount++;
          if (invalid.length < maxRecords) invalid.push(bad);
        }
      }
      // Invalid records in a row and column of their own, as `grade` counts them apart from "not graded".
      const fromKey = shownKey(resultA, bad !== undefined && bad.under !== 'b');
      const toKey = shownKey(resultB, bad !== undefined && bad.under !== 'a');
      let line = matrix.get(fromKey);
      if (!line) {
        line = new Map();
        matrix.set(fromKey, line);
        // A grade the ladder does not list cannot come from a grader of that rule set, but count it rather than lose it.
        if (!fromKeys.includes(fromKey) && fromKey !== INVALID_KEY)
          fromKeys.splice(fromKeys.indexOf(NOT_GRADED_KEY), 0, fromKey);
      }
      if (!toKeys.includes(toKey) && toKey !== INVALID_KEY)
        toKeys.splice(toKeys.indexOf(NOT_GRADED_KEY), 0, toKey);
      line.set(toKey, (line.get(toKey) ?? 0) + 1);
      const change = tally.add(resultA, resultB);
      if (!change) return;
      // Kept until its group closes, which lists it when it holds the group (committee-34 M1).
      if (options.groupBy !== undefined && why.length > 0) recordWhy.set(row, why);
      const inA = new Map(resultA.criteria.map((c) => [c.id, c]));
      const inB = new Map(resultB.criteria.map((c) => [c.id, c]));
      const nameOf = (id: string, c: CriterionResult) =>
        notedName(
          names.get(id)?.[lang] ?? criterionName(c, lang, inB.has(id) ? gradeLabelB : gradeLabelA),
          ruleNotes.get(id),
          lang,
        );
      const specimens = (indicator: string) => specimenValues(record, indicator);
      for (const id of change.causes) {
        if (movedBy.has(id)) continue;
        const c = inB.get(id) ?? inA.get(id)!;
        movedBy.set(id, nameOf(id, c));
      }
      if (listed.length >= maxRecords) return;
      const keptSource = resultA.kept ?? resultB.kept;
      let kept: Record<string, string> | undefined;
      if (keptSource) {
        kept = {};
        for (const [key, value] of Object.entries(keptSource)) {
          if (!keptColumns.includes(key)) {
            if (keptColumns.length >= MAX_KEPT_COLUMNS) continue;
            keptColumns.push(key);
          }
          setKeptValue(kept, key, keptText(value));
        }
      }
      listed.push({
        row,
        kept,
        from: sideHtml(resultA, fromKey, a, lang),
        to: sideHtml(resultB, toKey, b, lang),
        // Invalid under a side: not a move up or down (the summary does not count it so), and the side and reason as text.
        direction: bad ? undefined : change.direction,
        criteria: bad
          ? `<span class="na" data-invalid-under="${bad.under}">${escapeHtml(invalidWhyText(bad, lang))}</span>`
          : [
              limitKeys === undefined
                ? ''
                : `<p class="meta" data-limit-keys>${LIMIT_KEYS_TEXT[lang]}${T.colon[lang]}${escapeHtml(limitKeys)}</p>`,
              ...notes.map((note) => `<p class="meta" data-moved-label>${escapeHtml(note)}</p>`),
              movedHtml(change.causes, inA, inB, resultA, resultB, lang, nameOf, specimens),
              // The rule-set changes that moved it: a weight changed alone names no limit that moved (enterprise-25 F3).
              ...why.map((line) => `<p class="meta" data-why>${escapeHtml(line)}</p>`),
              ...(['limitOnly', 'addedInB', 'removedInB', 'outOfReach'] as const).map((key) =>
                change[key].length > 0
                  ? `<p class="meta" data-part="${key}">${notCauseHeading(key === 'outOfReach' && (outOfScope(resultA) || outOfScope(resultB)) ? 'outOfScopeItems' : key, lang)}${T.colon[lang]}</p>${movedHtml(change[key], inA, inB, resultA, resultB, lang, nameOf, specimens)}`
                  : '',
              ),
            ].join(''),
      });
    },
    addGroup(groupA, groupB, records, moves = [], tallied = []) {
      groupResultArgument(groupA, 'compareReport.addGroup');
      groupResultArgument(groupB, 'compareReport.addGroup');
      for (const [i, m] of movesBy.entries()) m.addGroup(tallied[i] ?? '', groupA, groupB);
      const change = groups.add(groupA, groupB, records, moves);
      if (change && groupLines.length < maxRecords) {
        const held = groupHeldLines(
          change,
          groupA,
          groupB,
          { a: a.grades, b: b.grades },
          lang,
          (id) => names.get(id)?.[lang] ?? id,
          (row) => recordWhy.get(row) ?? [],
        );
        groupLines.push(groupChangeRow(change, groupA, groupB, a, b, lang, held));
      }
      for (const m of moves) recordWhy.delete(m.row);
    },
    totals: () => tally.counts(),
    notice(text) {
      notices.push(text);
    },
    groupsByChange(rows) {
      groupsByChange = rows;
    },
    movedByChange(rows) {
      byChange = rows;
    },
    nearLimits(rows) {
      near = rows;
    },
    ruleSetChanges(rows) {
      ruleSetChanges = rows;
    },
    render() {
      const ids = new IdSource();
      const counts = tally.counts();
      const { total, changed } = counts;
      // "—" marks not graded in the heat map's narrow columns; the table says it in words too.
      const label = (key: string, side: RuleSet) =>
        key === NOT_GRADED_KEY
          ? `— ${compareGradeText(key, side.grades, lang)}`
          : compareGradeText(key, side.grades, lang);
      // The "invalid" row and column, after "not graded", when some record is invalid under A or B (both, so each adds up).
      // Under a one-grade rule set, out of scope when some record is, "not graded" when some has another reason (a veto).
      const rowSum = (k: string) => [...(matrix.get(k)?.values() ?? [])].reduce((x, y) => x + y, 0);
      const columnSum = (k: string) => [...matrix.values()].reduce((x, line) => x + (line.get(k) ?? 0), 0);
      const shownRows = fromKeys.filter(shownNotGraded(rowSum, oneA));
      const shownColumns = toKeys.filter(shownNotGraded(columnSum, oneB));
      const rowKeys = invalidCount > 0 ? [...shownRows, INVALID_KEY] : shownRows;
      const columnKeys = invalidCount > 0 ? [...shownColumns, INVALID_KEY] : shownColumns;
      const cells = rowKeys.map((f) => columnKeys.map((t) => matrix.get(f)?.get(t) ?? 0));
      // The colours the studio's matrix shares (committee-38 F3): an upgrade is not coloured as the downgrades are
      // (enterprise-25 F6); invalid under one side, or a grade at the same place, is neither.
      const kind = matrixCellKind(a, b);
      const heat = svgHeatMap(
        ids,
        { title: T.migration[lang], desc: T.heatMapDesc(total, changed)[lang] },
        {
          rows: rowKeys.map((k) => label(k, a)),
          columns: columnKeys.map((k) => (k === NOT_GRADED_KEY ? '—' : compareGradeText(k, b.grades, lang))),
          counts: cells,
          same: (i, j) => rowKeys[i] === columnKeys[j],
          up: (i, j) => kind(rowKeys[i]!, columnKeys[j]!) === 'up',
          neither: (i, j) => kind(rowKeys[i]!, columnKeys[j]!) === 'neither',
          rowCaption: `${T.underA[lang]} ↓`,
          columnCaption: `${T.underB[lang]} →`,
        },
      );
      const table = matrixTable(rowKeys, columnKeys, cells, label, a, b, lang);
      const card = (text: string, value: number, key: string, withShare: boolean) =>
        // One decimal on every card, as the per-grade table's shares: 0.0% beside 16.5%, not 0% (committee-36 M8).
        `<li data-summary="${key}">${text}<b>${n(value)}</b>${withShare ? shareText(value, total) : ''}</li>`;
      const body = [
        `<h1>${T.compareReport[lang]}</h1>`,
        ruleSetHeader(a, lang, T.ruleSetA[lang], options.bundled?.a === true ? 'bundled' : true),
        ruleSetHeader(b, lang, T.ruleSetB[lang], options.bundled?.b === true ? 'bundled' : true),
        // Under B's provenance, which a draft copied from A still writes as A's (committee-39 M1): said by the page
        // itself, so that every caller's report (the CLI's, the studio's download) carries it.
        ((stale) =>
          stale ? `<p class="warn" data-notice="provenance-unchanged">${escapeHtml(stale[lang])}</p>` : '')(
          unchangedProvenanceNotice(diffRuleSets(a, b)),
        ),
        inputLine(options, lang),
        ...notices.map((t) => `<p class="warn" data-notice>${escapeHtml(t[lang])}</p>`),
        // A lot-grading standard's answer is its lots: their figures and changes lead, as in the table (committee-29 M5).
        groups.result().total > 0 ? groupLead(groups.result(), a, b, lang, names) : '',
        `<h2>${T.summary[lang]}</h2><ul class="cards">`,
        ...changeRows(counts, lang).map((r) => card(r.label, r.value, r.key, r.key !== 'total')),
        '</ul>',
        sideTable(counts, lang),
        `<h2>${T.migration[lang]}</h2>`,
        `<p class="meta">${T.migrationNote[lang]}</p>`,
        heat,
        heatLegend(lang),
        table,
        distributionTable(
          distributionRows(
            gradeDistribution(
              Object.fromEntries(
                rowKeys.map((f, i) => [f, Object.fromEntries(columnKeys.map((t, j) => [t, cells[i]![j]!]))]),
              ),
              a,
              b,
            ),
            a.grades,
            b.grades,
            lang,
          ),
          lang,
        ),
        ...gradeRenameLines(a.grades, b.grades, lang).map(
          (line) => `<p class="meta" data-note="grade-renamed">${escapeHtml(line)}</p>`,
        ),
        ...ladderOrderLines(a.grades, b.grades, lang).map(
          (line) => `<p class="meta" data-note="ladder-order">${escapeHtml(line)}</p>`,
        ),
        ((note) => (note ? `<p class="meta" data-note="invalid-one-side">${escapeHtml(note)}</p>` : ''))(
          matrixInvalidNote(counts, lang),
        ),
        ...movesBy.map((m, i) =>
          movesSection(
            m.result(),
            lang,
            { a: a.grades, b: b.grades },
            i === 0 ? undefined : `moves-by-column-${i + 1}`,
          ),
        ),
        movedMostSection(tally.causeCounts(), tally.aloneCounts(), movedBy, lang),
        movedByChangeSection(byChange, lang),
        nearLimitsSection(near, lang),
        ruleSetChangesSection(ruleSetChanges, lang),
        movedSection(listed, keptColumns, changed, maxRecords, lang),
        invalidSection(invalid, invalidCount, keptColumns, maxRecords, lang),
        groups.result().total > 0
          ? groupsSection(groups.result(), groupLines, label, a, b, lang, {
              byChange: groupsByChange,
              name: (id) => names.get(id)?.[lang] ?? id,
            })
          : '',
      ];
      return reportPage(
        lang,
        `${T.compareReport[lang]} · ${a.id} ${a.version} → ${b.version}`,
        body.filter(Boolean).join('\n'),
      );
    },
  };
}

/** The heat map's colours in words, one entry each, in the shades of its middle step (committee-27 M3). */
function heatLegend(lang: Language): string {
  const L = T.heatLegend;
  const keys = ['same', 'up', 'down', 'neither'] as const;
  return `<p class="meta legend" data-legend>${keys
    .map((k) => `<span class="sw sw-${k}" data-legend-entry="${k}"></span>${escapeHtml(L[k][lang])}`)
    .join('')}</p>`;
}

/** A migration matrix as a table: grade under A down, under B across, a count in each cell. */
function matrixTable(
  fromKeys: readonly string[],
  toKeys: readonly string[],
  cells: readonly (readonly number[])[],
  label: (key: string, side: RuleSet) => string,
  a: RuleSet,
  b: RuleSet,
  lang: Language,
): string {
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  const total = DISTRIBUTION_TEXT.total[lang];
  // Row totals are the records per grade under A, column totals under B (committee-27 F1).
  const columnTotals = toKeys.map((_, j) => sum(cells.map((row) => row[j] ?? 0)));
  return [
    `<table class="matrix"><thead><tr><th>${T.underA[lang]} ↓ ${T.underB[lang]} →</th>`,
    ...toKeys.map((k) => `<th class="n">${escapeHtml(label(k, b))}</th>`),
    `<th class="n">${total}</th>`,
    '</tr></thead><tbody>',
    ...fromKeys.map(
      (f, i) =>
        `<tr><th>${escapeHtml(label(f, a))}</th>${toKeys
          .map(
            (t, j) =>
              `<td class="n" data-from="${escapeHtml(f)}" data-to="${escapeHtml(t)}">${n(cells[i]![j]!)}</td>`,
          )
          .join('')}<td class="n" data-total-from="${escapeHtml(f)}">${n(sum(cells[i]!))}</td></tr>`,
    ),
    '</tbody><tfoot>',
    `<tr><th>${total}</th>${toKeys
      .map((t, j) => `<td class="n" data-total-to="${escapeHtml(t)}">${n(columnTotals[j]!)}</td>`)
      .join('')}<td class="n" data-total>${n(sum(columnTotals))}</td></tr>`,
    '</tfoot></table>',
  ].join('');
}

/** Records per grade under A and under B, count and share side by side (committee-27 F1). */
function distributionTable(rows: readonly DistributionRow[], lang: Language): string {
  const D = DISTRIBUTION_TEXT;
  return [
    `<h3>${D.heading[lang]}</h3>`,
    `<table data-distribution><thead><tr><th>${D.grade[lang]}</th>`,
    ...[D.countA, D.shareA, D.countB, D.shareB].map((t) => `<th class="n">${t[lang]}</th>`),
    '</tr></thead><tbody>',
    ...rows.map(
      (r) =>
        `<tr><th>${escapeHtml(r.label)}</th><td class="n">${n(r.a)}</td><td class="n">${r.shareA}</td><td class="n">${n(r.b)}</td><td class="n">${r.shareB}</td></tr>`,
    ),
    '</tbody></table>',
    ...[roundedSharesNote(rows, lang)].flatMap((note) => (note ? [`<p class="meta">${note}</p>`] : [])),
  ].join('');
}

/** The groups compared: their matrix, how many moved, and each group that moved with the group requirements that moved it. */
/** The groups' headline at the top of the page: the text's {@link groupHeadline}, its first line as a heading. */
function groupLead(
  groups: GroupComparison,
  a: RuleSet,
  b: RuleSet,
  lang: Language,
  names: ReadonlyMap<string, LocalizedText>,
): string {
  const [head, ...rest] = groupHeadline(groups, a, b, lang, names);
  // The text's last line points to its group section by name; here a link to the section does.
  rest.pop();
  const section = escapeHtml(T.groupsBy(groups.column)[lang]);
  const where =
    lang === 'zh'
      ? `各组的矩阵、不分级的组和变化原因见下文 <a href="#groups">${section}</a>`
      : `The groups' matrix, the groups not graded and why each changed: <a href="#groups">${section}</a>, below`;
  return [
    `<section class="group-lead" data-group-lead="${escapeHtml(groups.column)}">`,
    `<h2>${escapeHtml(head ?? '')}</h2>`,
    rest.length > 0 ? `<ul>${rest.map((l) => `<li>${escapeHtml(l.trim())}</li>`).join('')}</ul>` : '',
    `<p class="meta">${where}</p>`,
    '</section>',
  ].join('\n');
}

function groupsSection(
  groups: GroupComparison,
  lines: readonly string[],
  label: (key: string, side: RuleSet) => string,
  a: RuleSet,
  b: RuleSet,
  lang: Language,
  more: { byChange: readonly MovedByChangeRow[]; name: (id: string) => string },
): string {
  // Failing, out-of-scope, invalid and mixed lots apart, as the records' matrix splits them (committee-37 M3).
  const matrix = shownGroupMatrix(groups);
  const { rows: fromKeys, columns: toKeys } = matrixOrder(matrix, a, b);
  const cells = fromKeys.map((f) => toKeys.map((t) => matrix[f]?.[t] ?? 0));
  const G = GROUP_MOVE_TEXT;
  const counts = groups.criterionCounts ?? [];
  const out = [
    `<h2 id="groups" data-groups="${escapeHtml(groups.column)}">${escapeHtml(T.groupsBy(groups.column)[lang])}</h2>`,
    `<p class="meta">${T.groupMigrationNote[lang]}</p>`,
    matrixTable(fromKeys, toKeys, cells, label, a, b, lang),
    `<p data-summary="groups">${escapeHtml(groupClosingLine(groups, lang))}</p>`,
    // What each group requirement's change does to every group, and the groups each edit moved (committee-34 M1, M2).
    ...(counts.length > 0
      ? [
          `<h3>${escapeHtml(G.countsTitle[lang])}</h3>`,
          `<table data-group-criterion-counts><thead><tr><th>${G.requirement[lang]}</th><th class="n">${G.failedUnderB[lang]}</th><th class="n">${G.metUnderB[lang]}</th><th class="n">${G.moved[lang]}</th></tr></thead><tbody>`,
          ...counts.map(
            (c) =>
              `<tr data-criterion="${escapeHtml(c.id)}"><td>${escapeHtml(more.name(c.id))}</td><td class="n">${n(c.failedUnderB)}</td><td class="n">${n(c.metUnderB)}</td><td class="n">${n(c.moved)}</td></tr>`,
          ),
          '</tbody></table>',
          `<p class="meta">${escapeHtml(G.countsNote[lang])}</p>`,
        ]
      : []),
    ...(more.byChange.length > 0
      ? [
          `<h3>${escapeHtml(G.groupsTitle[lang])}</h3>`,
          `<table data-groups-by-change><thead><tr><th>${MOVED_BY_CHANGE_TEXT.change[lang]}</th><th class="n">${G.groups[lang]}</th><th class="n">${G.groupsAlone[lang]}</th></tr></thead><tbody>`,
          ...more.byChange.map(
            (r) =>
              `<tr data-change="${escapeHtml(r.key)}"><td>${escapeHtml(r.text)}</td><td class="n">${n(r.records)}</td><td class="n">${n(r.alone)}</td></tr>`,
          ),
          '</tbody></table>',
          `<p class="meta">${escapeHtml(G.groupsNote[lang])}</p>`,
        ]
      : []),
    `<h3>${T.groupsMoved[lang]}</h3>`,
  ];
  if (groups.changed === 0) {
    out.push(`<p>${T.noGroupChanges[lang]}</p>`);
    return out.join('\n');
  }
  if (groups.changed > lines.length)
    out.push(
      `<p class="warn" data-left-out="${groups.changed - lines.length}">${escapeHtml(T.groupsLeftOut(groups.changed - lines.length, lines.length)[lang])}</p>`,
    );
  out.push(
    `<table class="records"><thead><tr><th>${T.group[lang]}</th><th>${T.rows[lang]}</th><th>${T.underA[lang]}</th><th></th><th>${T.underB[lang]}</th><th>${T.movedBy[lang]}</th></tr></thead><tbody>`,
    ...lines,
    '</tbody></table>',
  );
  return out.join('\n');
}

/** One group that moved, as a table row: the group requirements that moved it, with the statistic and each limit's outcome. */
function groupChangeRow(
  change: GroupGradeChange,
  groupA: GroupResult,
  groupB: GroupResult,
  a: RuleSet,
  b: RuleSet,
  lang: Language,
  held: readonly string[] = [],
): string {
  // Not graded under one side for an invalid record: grades not compared, no arrow (as for a record).
  const arrow = directionArrow(change.invalidUnder === undefined ? change.direction : undefined);
  // Each requirement's own sentence under A and B: the statistic shown to its decimals, the limit, met or not.
  const said = (side: string, c: GroupCriterionResult | undefined) =>
    `<p>${side}${T.colon[lang]}${c ? `${c.passed ? '<span class="m ok">✓</span>' : '<span class="m no">✗</span>'} ${escapeHtml(c.message[lang])}` : `<span class="na">${T.notInRuleSet[lang]}</span>`}</p>`;
  const items = change.criteria.map(
    (id) =>
      `<li data-criterion="${escapeHtml(id)}">${said(
        'A',
        groupA.criteria.find((c) => c.id === id),
      )}${said(
        'B',
        groupB.criteria.find((c) => c.id === id),
      )}</li>`,
  );
  // The records that hold it and the group requirements that changed without moving it, a line each.
  if (held.length > 0)
    items.push(
      `<li data-group-held>${held.map((line) => `<p class="meta">${'\u00a0'.repeat(line.search(/\S/))}${escapeHtml(line.trim())}</p>`).join('')}</li>`,
    );
  if (change.records > 0) items.push(`<li>${escapeHtml(T.recordsChanged(change.records)[lang])}</li>`);
  const rows =
    change.rows.first === change.rows.last
      ? `${change.rows.first}`
      : `${change.rows.first}–${change.rows.last}`;
  return `<tr data-group="${escapeHtml(change.group)}"><td>${escapeHtml(groupKeyText(change.group)[lang])}</td><td class="n">${rows}</td><td>${escapeHtml(groupChangeSideText(change, 'from', a.grades, lang))}</td><td>${arrow}</td><td>${escapeHtml(groupChangeSideText(change, 'to', b.grades, lang))}</td><td><ul class="x">${items.join('')}</ul></td></tr>`;
}

/** Which way a grade moved, as the tables show it; nothing for a record whose grades were not compared. */
function directionArrow(direction: ChangeDirection | undefined): string {
  if (direction === undefined) return '';
  return direction === 'up'
    ? '<span class="up">↑</span>'
    : direction === 'down'
      ? '<span class="down">↓</span>'
      : '→';
}

/**
 * "Limit changed, same outcome", "added in B, met", "removed in B, met under A" (or "outcome changed, of a grade
 * reached under neither"), as a heading.
 */
function notCauseHeading(
  key: 'limitOnly' | 'addedInB' | 'removedInB' | 'outOfReach' | 'outOfScopeItems',
  lang: Language,
): string {
  const text = COMPARE_TEXT[key][lang];
  return lang === 'zh' ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** Graded and not graded (invalid, by reason) under A and under B, as the other formats give them. */
function sideTable(counts: CompareCounts, lang: Language): string {
  const rows = sideRows(counts, lang).map(
    (r) =>
      `<tr data-summary="${r.key}"><th${r.part ? ' class="part"' : ''}>${escapeHtml(r.label)}</th><td class="n">${n(r.a)}</td><td class="n">${n(r.b)}</td></tr>`,
  );
  return [
    `<table class="sides"><thead><tr><th></th><th class="n">${COMPARE_TEXT.underA[lang]}</th><th class="n">${COMPARE_TEXT.underB[lang]}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
  ].join('');
}

function outcome(c: CriterionResult | undefined, lang: Language, countValues = true): string {
  if (!c) return `<span class="na">${T.notInRuleSet[lang]}</span>`;
  const mark =
    c.status === 'passed'
      ? '<span class="m ok">✓</span>'
      : c.status === 'failed'
        ? '<span class="m no">✗</span>'
        : c.status === 'missing'
          ? `<span class="m miss">${escapeHtml(outcomeText('missing', lang))}</span>`
          : '<span class="m na">–</span>';
  const limit = c.limit
    ? escapeHtml(criterionLimitText({ label: c.label, limit: c.limit }, lang))
    : T.notApplicable[lang];
  // A count of specimens: how many fail, which, and the allowance — not one specimen beside the limit (committee-24 F12).
  if (isCount(c)) return `${escapeHtml(specimenCountText(c, lang, countValues))} ${mark}`;
  // A value not given: `≤ 1.0，无法确认（按不满足计）`, as explain words it (committee-25 F5), no space before the comma.
  return `${escapeHtml(comparedText(c, lang))}${limit}${c.status === 'missing' ? '' : ' '}${mark}`;
}

function movedHtml(
  moved: readonly string[],
  inA: ReadonlyMap<string, CriterionResult>,
  inB: ReadonlyMap<string, CriterionResult>,
  a: GradeResult,
  b: GradeResult,
  lang: Language,
  nameOf: (id: string, c: CriterionResult) => string,
  specimens?: (indicator: string) => readonly number[] | undefined,
): string {
  if (a.errors || b.errors) return `<span class="na">${T.invalidUnderEither[lang]}</span>`;
  const items = moved.map((id) => {
    const ca = inA.get(id);
    const cb = inB.get(id);
    const c = (cb ?? ca)!;
    const comma = lang === 'zh' ? '，' : ', ';
    if (isCount(ca) || isCount(cb)) {
      const indicator = c.indicator;
      const values = indicator === null ? undefined : specimens?.(indicator);
      const shown =
        values && values.length > 0
          ? `${escapeHtml(`${specimenValuesText(values, lang)}${roundedSpecimensText(values, ca, cb, lang)}`)}${comma}`
          : '';
      return `<li data-criterion="${escapeHtml(id)}">${escapeHtml(nameOf(id, c))}${T.colon[lang]}${shown}A ${outcome(ca, lang, shown === '')} → B ${outcome(cb, lang, shown === '')}</li>`;
    }
    // Another indicator under B (airCooled → waterCooled): each side's own label and value.
    if (ca && cb && subjectChanged(ca, cb))
      return `<li data-criterion="${escapeHtml(id)}">${escapeHtml(ca.label[lang])}${T.colon[lang]}${escapeHtml(measuredText(ca.value, lang, ca))}${comma}${sided('A', outcome(ca, lang))} → ${escapeHtml(cb.label[lang])}${T.colon[lang]}${escapeHtml(measuredText(cb.value, lang, cb))}${comma}${sided('B', outcome(cb, lang))}</li>`;
    const name = nameOf(id, c);
    // A computed value (a score whose weights changed): A's beside A's limit, B's beside B's.
    if (ca && cb && valueChanged(ca, cb)) {
      // Told apart when equal at the digits shown (83.5 → 83.4994, enterprise-25 F6).
      const [va, vb] = valueTexts(ca, cb, lang);
      return `<li data-criterion="${escapeHtml(id)}">${escapeHtml(name)}${T.colon[lang]}${escapeHtml(va)}${comma}${sided('A', outcome(ca, lang))} → ${escapeHtml(vb)}${comma}${sided('B', outcome(cb, lang))}</li>`;
    }
    return `<li data-criterion="${escapeHtml(id)}">${escapeHtml(name)}${T.colon[lang]}${escapeHtml(decidingValueText(lang, ca, cb))}${comma}${sided('A', outcome(ca, lang))} → ${sided('B', outcome(cb, lang))}</li>`;
  });
  return `<ul class="x">${items.join('')}</ul>`;
}

/** The requirements whose outcome changed for the most changed records (a limit that moved without changing the outcome does not count). */
function movedMostSection(
  causeCounts: ReadonlyMap<string, number>,
  alone: ReadonlyMap<string, number>,
  names: ReadonlyMap<string, string>,
  lang: Language,
): string {
  const top = movedMost(causeCounts, (id) => names.get(id) ?? id, alone);
  if (top.length === 0) return '';
  return [
    `<h2>${M.title[lang]}</h2>`,
    `<table data-moved-most><thead><tr><th>${M.criterion[lang]}</th><th>${M.id[lang]}</th><th class="n">${M.records[lang]}</th><th class="n">${M.alone[lang]}</th></tr></thead><tbody>`,
    ...top.map(
      (m) =>
        `<tr><td>${escapeHtml(m.name)}</td><td><code>${escapeHtml(m.id)}</code></td><td class="n">${n(m.count)}</td><td class="n">${n(m.alone)}</td></tr>`,
    ),
    '</tbody></table>',
    `<p class="meta" data-note="moved-most">${escapeHtml(M.note[lang])}</p>`,
  ].join('\n');
}

/** The records moved per rule-set change, the rule set's comparison method as one (committee-24 F4). */
function movedByChangeSection(rows: readonly MovedByChangeRow[], lang: Language): string {
  if (rows.length === 0) return '';
  const C = MOVED_BY_CHANGE_TEXT;
  return [
    `<h2>${C.title[lang]}</h2>`,
    `<table data-moved-by-change><thead><tr><th>${C.change[lang]}</th><th class="n">${C.records[lang]}</th><th class="n">${C.alone[lang]}</th></tr></thead><tbody>`,
    ...rows.map(
      (r) =>
        `<tr data-change="${escapeHtml(r.key)}"><td>${escapeHtml(r.text)}</td><td class="n">${n(r.records)}</td><td class="n">${n(r.alone)}</td></tr>`,
    ),
    '</tbody></table>',
    `<p class="meta" data-note="moved-by-change">${escapeHtml(C.note[lang])}</p>`,
  ].join('\n');
}

/** The records near each changed limit, meeting and missing B's (committee-35 M5). */
function nearLimitsSection(
  rows: readonly { text: string; margin: string; meet: number; miss: number }[],
  lang: Language,
): string {
  if (rows.length === 0) return '';
  const T = NEAR_LIMIT_TEXT;
  return [
    `<h2>${T.title[lang]}</h2>`,
    `<table data-near-limits><thead><tr><th>${T.limit[lang]}</th><th class="n">${T.margin[lang]}</th><th class="n">${T.meet[lang]}</th><th class="n">${T.miss[lang]}</th></tr></thead><tbody>`,
    ...rows.map(
      (r) =>
        `<tr><td>${escapeHtml(r.text)}</td><td class="n">${escapeHtml(r.margin)}</td><td class="n">${n(r.meet)}</td><td class="n">${n(r.miss)}</td></tr>`,
    ),
    '</tbody></table>',
    `<p class="meta" data-note="near-limits">${escapeHtml(T.note[lang])}</p>`,
  ].join('\n');
}

/** What changed between A and B, as `qgrade diff` lists it: the page read alone says what the draft changed. */
function ruleSetChangesSection(rows: readonly RuleSetChangeRow[], lang: Language): string {
  if (rows.length === 0) return '';
  const C = RULE_SET_CHANGES_TEXT;
  return [
    `<h2>${C.title[lang]}</h2>`,
    `<table data-rule-set-changes><thead><tr><th>${C.section[lang]}</th><th>${C.change[lang]}</th><th>${C.direction[lang]}</th></tr></thead><tbody>`,
    ...rows.map(
      (r) =>
        `<tr data-change="${escapeHtml(r.key)}"><td>${escapeHtml(r.section)}</td><td>${escapeHtml(r.text)}</td><td>${escapeHtml(r.direction)}</td></tr>`,
    ),
    '</tbody></table>',
    `<p class="meta" data-note="rule-set-changes">${escapeHtml(C.note[lang])}</p>`,
  ].join('\n');
}

function movedSection(
  listed: readonly MovedRecord[],
  keptColumns: readonly string[],
  changed: number,
  maxRecords: number,
  lang: Language,
): string {
  const out = [`<h2>${T.movedRecords[lang]}</h2>`];
  if (changed === 0) {
    out.push(`<p>${T.noChanges[lang]}</p>`);
    return out.join('\n');
  }
  if (changed > listed.length)
    out.push(
      `<p class="warn" data-left-out="${changed - listed.length}">${escapeHtml(T.recordsLeftOut(changed - listed.length, maxRecords)[lang])}</p>`,
    );
  if (listed.length === 0) return out.join('\n');
  out.push(
    `<table class="records"><thead><tr><th class="n">${rowHeading(T.row, lang, keptColumns)}</th>${keptColumns.map((k) => `<th>${escapeHtml(k)}</th>`).join('')}<th>${T.underA[lang]}</th><th></th><th>${T.underB[lang]}</th><th>${T.movedBy[lang]}</th></tr></thead><tbody>`,
  );
  for (const r of listed) {
    const kept = keptColumns.map((k) => `<td>${escapeHtml(keptValue(r.kept, k) ?? '')}</td>`).join('');
    const arrow = directionArrow(r.direction);
    out.push(
      `<tr data-row="${r.row}"><td class="n">${r.row}</td>${kept}<td>${r.from}</td><td>${arrow}</td><td>${r.to}</td><td>${r.criteria}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

/** The records invalid under A or B: row, kept columns, under which, the first reason; none when all are valid. */
function invalidSection(
  listed: readonly InvalidRecord[],
  count: number,
  keptColumns: readonly string[],
  maxRecords: number,
  lang: Language,
): string {
  if (count === 0) return '';
  const out = [`<h2 data-invalid="${count}">${T.invalidRecords[lang]}</h2>`];
  if (count > listed.length)
    out.push(
      `<p class="warn" data-left-out="${count - listed.length}">${escapeHtml(T.invalidLeftOut(count - listed.length, maxRecords)[lang])}</p>`,
    );
  if (listed.length === 0) return out.join('\n');
  // The kept columns of the changed records, or those of the invalid ones when no record changed.
  const columns =
    keptColumns.length > 0 ? keptColumns : Object.keys(listed[0]!.kept ?? {}).slice(0, MAX_KEPT_COLUMNS);
  out.push(
    `<table class="records"><thead><tr><th class="n">${rowHeading(T.row, lang, columns)}</th>${columns.map((k) => `<th>${escapeHtml(k)}</th>`).join('')}<th>${T.invalidUnder[lang]}</th><th>${T.reason[lang]}</th></tr></thead><tbody>`,
  );
  for (const r of listed) {
    const kept = columns.map((k) => `<td>${escapeHtml(keptText(keptValue(r.kept, k) ?? ''))}</td>`).join('');
    out.push(
      `<tr data-invalid-row="${r.row}" data-under="${r.under}"><td class="n">${r.row}</td>${kept}<td>${escapeHtml(INVALID_UNDER_TEXT[r.under][lang])}</td><td>${escapeHtml(r.reason[lang])}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

/**
 * A changed record's side as the list shows it: out of scope or below the lowest grade named as the matrix names its
 * row and column, else as `grade` shows it.
 */
function sideHtml(result: GradeResult, key: string, ruleSet: RuleSet, lang: Language): string {
  if (key === OUT_OF_SCOPE_KEY || key === NONCONFORMING_KEY || key === VETO_FAILED_KEY)
    return `<span class="g ng">${escapeHtml(compareGradeText(key, ruleSet.grades, lang))}</span>`;
  return gradeHtml(result, lang, ruleSet.grades);
}

function outOfScope(r: GradeResult): boolean {
  return r.grade === null && r.notGradedReason?.code === 'out-of-scope';
}
