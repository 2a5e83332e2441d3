import { type BatchCounts, BatchSummary, type GroupCounts } from '../../batch/batch-summary';
import { notGradedColumns } from '../../batch/not-graded-columns';
import type { RecordErrorCode } from '../../errors/error-codes';
import { knownOptions, optionKeys } from '../../errors/options-argument';
import { criterionName, distinctLabels } from '../../model/criterion-names';
import { keptValue, setKeptValue } from '../../model/kept-values';
import { resultArgument } from '../../model/result-argument';
import { modelOf, type RuleSet } from '../../resolve/rule-set';
import { belowOnlyGrade } from '../../text/below-only-grade';
import type { Language, LocalizedText } from '../../text/localized-text';
import { type BlockerLifts, blockerLifts } from '../blocker-lifts';
import { criterionNotes } from '../criterion-notes';
import { rowHeading } from '../row-heading';
import { type ShowOperands, shownOperands } from '../shown-operands';
import { CriterionTallies, type CriterionTally, HISTOGRAM_RANGE } from './criterion-tally';
import { escapeHtml } from './escape-html';
import { formatCount as n, formatShare as share, steps, HTML_TEXTS as T, unitText } from './html-texts';
import { explanationHtml, gradeHtml, holdText, keptText, type ReportResult } from './record-view';
import { reportLanguage, sameRuleSet } from './report-arguments';
import { reportPage, ruleSetHeader } from './report-page';
import { type Bar, svgBarChart } from './svg-bar-chart';
import { IdSource } from './svg-frame';
import { svgHistogram } from './svg-histogram';
import { svgStackedBars } from './svg-stacked-bars';

/**
 * Options of the HTML reports.
 *
 * @example
 * const options: HtmlReportOptions = { lang: 'zh', maxRecords: 500, input: 'samples.csv' };
 */
export interface HtmlReportOptions {
  /** Language of every text of the page (default `en`). */
  lang?: Language | undefined;
  /** Records listed one by one (default {@link DEFAULT_MAX_RECORDS}); the rest are counted, and a note says how many were left out. */
  maxRecords?: number | undefined;
  /** The input's name, shown in the head (e.g. the file name). */
  input?: string | undefined;
  /** When the report was made, shown in the head; nothing is shown when absent. */
  generatedAt?: Date | string | undefined;
  /**
   * The column the records are counted by (the `group` given to {@link GradeReport.add}, or to
   * `CompareReport.add` in a comparison), named in the heading of the section of counts per group.
   * Several columns (`--tally-by` given more than once): a section each, in this order, the `group`
   * given to `add` then being the record's value in each, in the same order.
   */
  tallyBy?: string | readonly string[] | undefined;
}

/**
 * Records listed by default: enough to look through, few enough that the page
 * stays a few megabytes and opens quickly.
 *
 * @example
 * createGradeReport(ruleSet, { maxRecords: DEFAULT_MAX_RECORDS * 2 });
 */
export const DEFAULT_MAX_RECORDS = 2000;

/** The keys of {@link HtmlReportOptions}, for the check of a report's options. */
export const HTML_REPORT_OPTION_KEYS = optionKeys<HtmlReportOptions>({
  lang: true,
  maxRecords: true,
  input: true,
  generatedAt: true,
  tallyBy: true,
});

/** At most this many kept id columns are shown. */
const MAX_KEPT_COLUMNS = 6;

/**
 * Collects a grade run for an HTML report; see {@link createGradeReport}.
 *
 * @example
 * const report: GradeReport = createGradeReport(ruleSet);
 * report.add(result);
 * writeFileSync('report.html', report.render());
 */
export interface GradeReport {
  /**
   * Counts one result (and lists it, while fewer than `maxRecords` are listed).
   *
   * @param group - its value in the column the records are counted by (`""`: none): the report then
   *   has a section of counts per group (see {@link HtmlReportOptions.tallyBy}); with several columns,
   *   its value in each, in the order of `tallyBy`
   * @param record - the record it was graded from, as given to the grader: a listed record's explanation then
   *   shows each derived value's formula with the record's values (`（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg）`,
   *   read from the record when the page lists it); without it the explanation is the result's messages as they are
   * @param written - the record's cells as written, by field (an input item's `written`): a number the lab
   *   wrote `0.80` is shown so in the explanation
   */
  add(
    result: ReportResult,
    group?: string | readonly string[],
    record?: unknown,
    written?: Readonly<Record<string, string>>,
  ): void;
  /** The counts so far, exactly as {@link BatchSummary.counts} gives them. */
  counts(): BatchCounts;
  /**
   * Adds a notice about the input, shown at the top of the page (the CLI says it on stderr too): a
   * `--tally-by` column blank below its values, so most records count under "(no value)".
   */
  notice(text: LocalizedText): void;
  /** The report as one self-contained HTML page. */
  render(): string;
}

interface ListedRecord {
  row: number;
  kept: Record<string, string> | undefined;
  grade: string;
  hold: string;
  explanation: string;
}

/**
 * Starts an HTML report of a grade run. Results stream in through `add` in
 * memory bounded by the rule set (per-grade counts, not-graded reasons,
 * invalid records by problem, failing criteria, per-criterion pass rates and
 * the values around each numeric limit) plus the first `maxRecords` records;
 * `render` writes one page that needs nothing else: no script, no font, no
 * network. Charts are inline SVG with a title and description, and every
 * figure is also in a table.
 *
 * @example
 * const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
 * const report = createGradeReport(ruleSet, { lang: 'zh', input: 'samples.csv' });
 * for await (const result of gradeFile(createGrader(ruleSet), 'samples.csv')) report.add(result);
 * await writeFile('report.html', report.render());
 */
export function createGradeReport(ruleSet: RuleSet, options: HtmlReportOptions = {}): GradeReport {
  modelOf(ruleSet, 'createGradeReport');
  knownOptions(options, 'createGradeReport', '{ lang: "zh" }', HTML_REPORT_OPTION_KEYS);
  const lang = reportLanguage(options.lang, 'createGradeReport');
  const maxRecords = Math.max(0, options.maxRecords ?? DEFAULT_MAX_RECORDS);
  const summary = new BatchSummary(ruleSet.grades, { ruleSet });
  // The columns after the first (`tallyBy` as a list): their groups only, a summary each.
  const columns = tallyColumns(options.tallyBy);
  const more = columns.slice(1).map(() => new BatchSummary(ruleSet.grades));
  const notes = criterionNotes(modelOf(ruleSet), ruleSet.document);
  const model = modelOf(ruleSet);
  const units = new Map<string, string>();
  for (const i of model.indicators) if (i.unit !== undefined) units.set(i.name, i.unit);
  for (const d of model.derived) if (d.unit !== undefined) units.set(d.name, d.unit);
  const counts = new Set(model.indicators.filter((i) => i.type === 'integer').map((i) => i.name));
  const tallies = new CriterionTallies(units, counts);
  const problems = new Map<RecordErrorCode, { count: number; example: string }>();
  const listed: ListedRecord[] = [];
  const keptColumns: string[] = [];
  const notices: LocalizedText[] = [];
  let seen = 0;
  // Compiled on the first record given with its values: a report of results alone does not compile the rule set.
  let operands: ShowOperands | undefined;
  let lifts: BlockerLifts | undefined;

  return {
    add(result, group, record, written) {
      resultArgument(result, 'report.add');
      sameRuleSet(result, ruleSet, 'report.add');
      seen++;
      const values = typeof group === 'string' || group === undefined ? [group] : group;
      summary.add(result, values[0]);
      for (const [i, s] of more.entries()) s.add(result, values[i + 1] ?? '');
      tallies.add(result);
      // Records, not problems: a record with three blank cells counts once under "missing".
      const codes = new Set<RecordErrorCode>();
      for (const e of result.errors ?? []) {
        if (codes.has(e.code)) continue;
        codes.add(e.code);
        const p = problems.get(e.code);
        if (p) p.count++;
        else
          problems.set(e.code, {
            count: 1,
            // The message names the indicator by its label (an id in a Chinese page reads as noise); a whole-record problem says so.
            example: keptText(
              e.field ? e.message[lang] : `${T.record[lang]}${T.colon[lang]}${e.message[lang]}`,
            ),
          });
      }
      if (listed.length >= maxRecords) return;
      let kept: Record<string, string> | undefined;
      if (result.kept) {
        kept = {};
        for (const [key, value] of Object.entries(result.kept)) {
          if (!keptColumns.includes(key)) {
            if (keptColumns.length >= MAX_KEPT_COLUMNS) continue;
            keptColumns.push(key);
          }
          setKeptValue(kept, key, keptText(value));
        }
      }
      if (record !== undefined) {
        operands ??= shownOperands(ruleSet);
        lifts ??= blockerLifts(ruleSet);
      }
      listed.push({
        row: result.row ?? seen,
        kept,
        grade: gradeHtml(result, lang, ruleSet.grades),
        hold: holdText(result, lang),
        // Read again only for a listed record: the formula's operands are the reader's, not every result's.
        explanation: explanationHtml(
          record === undefined || operands === undefined ? result : operands(result, record, written),
          lang,
          notes,
          ruleSet.grades,
          // How far each blocker's number is from its limit, and what meets it: with the record, as the operands.
          record === undefined ? undefined : lifts?.(result, record, written),
        ),
      });
    },
    counts: () => summary.counts(),
    notice(text) {
      notices.push(text);
    },
    render() {
      const c = summary.counts();
      const ids = new IdSource();
      const gradeLabel = new Map(ruleSet.grades.map((g) => [g.id, g.label[lang]]));
      const distinct = distinctLabels(modelOf(ruleSet));
      const name = (t: CriterionTally) =>
        criterionName({ ...t, label: distinct.get(t.id) ?? t.label }, lang, gradeLabel);
      const body = [
        `<h1>${T.gradeReport[lang]}</h1>`,
        ruleSetHeader(ruleSet, lang, T.ruleSet[lang]),
        inputLine(options, lang),
        ...notices.map((t) => `<p class="warn" data-notice>${escapeHtml(t[lang])}</p>`),
        summaryCards(c, lang, belowOnlyGrade(ruleSet.grades) !== undefined),
        gradeSection(ruleSet, c, lang, ids),
        tallySection(ruleSet, c, columns[0], lang),
        ...more.map((s, i) => tallySection(ruleSet, s.counts(), columns[i + 1], lang, `by-group-${i + 2}`)),
        problemSection(ruleSet, c, problems, lang),
        failingSection(c, tallies, name, lang),
        passRateSection(tallies.list(), name, lang, ids, c.invalid),
        nearLimitSection(tallies.list(), name, lang, ids),
        recordSection(listed, keptColumns, seen, maxRecords, lang),
      ];
      return reportPage(
        lang,
        `${T.gradeReport[lang]} · ${ruleSet.title[lang]}`,
        body.filter(Boolean).join('\n'),
      );
    },
  };
}

/** The input's name and the time of the report, when given. */
export function inputLine(options: HtmlReportOptions, lang: Language): string {
  const parts: string[] = [];
  if (options.input !== undefined) parts.push(`${T.input[lang]}${T.colon[lang]}${escapeHtml(options.input)}`);
  if (options.generatedAt !== undefined) {
    const at = options.generatedAt instanceof Date ? options.generatedAt.toISOString() : options.generatedAt;
    parts.push(`${T.generated[lang]}${T.colon[lang]}${escapeHtml(at)}`);
  }
  return parts.length > 0 ? `<p class="meta">${parts.join(T.listSep[lang])}</p>` : '';
}

function notGradedTotal(c: Pick<BatchCounts, 'notGraded'>): number {
  return Object.values(c.notGraded).reduce((s, x) => s + (x ?? 0), 0);
}

/**
 * The figures of the head. Under a rule set of one grade, the records below it are 不合格 / Nonconforming, a card
 * of their own beside 不分级, as the summary on stderr counts them (fix-output-31 §5).
 */
function summaryCards(c: BatchCounts, lang: Language, oneGrade: boolean): string {
  const notGraded = notGradedTotal(c);
  const graded = c.total - notGraded - c.invalid;
  const failed = oneGrade ? (c.notGraded['below-lowest-grade'] ?? 0) : 0;
  const card = (label: string, value: number, key: string, withShare: boolean) =>
    `<li data-summary="${key}">${label}<b>${n(value)}</b>${withShare ? share(value, c.total) : ''}</li>`;
  return [
    `<h2>${T.summary[lang]}</h2>`,
    '<ul class="cards">',
    card(T.total[lang], c.total, 'total', false),
    card(T.graded[lang], graded, 'graded', true),
    oneGrade ? card(T.nonconforming[lang], failed, 'nonconforming', true) : '',
    card(T.notGraded[lang], notGraded - failed, 'not-graded', true),
    card(T.invalid[lang], c.invalid, 'invalid', true),
    '</ul>',
  ].join('');
}

function gradeSection(ruleSet: RuleSet, c: BatchCounts, lang: Language, ids: IdSource): string {
  const grades = [...ruleSet.grades].reverse();
  const bars: Bar[] = grades.map((g) => ({ label: g.label[lang], value: c.graded[g.id] ?? 0 }));
  const rows = grades.map(
    (g) =>
      `<tr data-grade="${escapeHtml(g.id)}"><td>${escapeHtml(g.label[lang])}</td><td><code>${escapeHtml(g.id)}</code></td><td class="n">${n(c.graded[g.id] ?? 0)}</td><td class="n">${share(c.graded[g.id] ?? 0, c.total)}</td></tr>`,
  );
  for (const [code, count] of Object.entries(c.notGraded)) {
    // Below a one-grade rule set's grade: 不合格（未达到合格）, as the summary on stderr has it, not 不分级.
    const failed = code === 'below-lowest-grade' ? belowOnlyGrade(ruleSet.grades) : undefined;
    const label = failed
      ? `${T.nonconforming[lang]}${lang === 'zh' ? `（${failed.zh}）` : ` (${failed.en})`}`
      : `${T.notGraded[lang]}${T.colon[lang]}${reasonName(code, ruleSet, lang) ?? code}`;
    bars.push({ label, value: count ?? 0, cls: 'bar-ng' });
    const key = failed ? 'data-nonconforming' : `data-not-graded="${escapeHtml(code)}"`;
    rows.push(
      `<tr ${key}><td>${escapeHtml(label)}</td><td></td><td class="n">${n(count ?? 0)}</td><td class="n">${share(count ?? 0, c.total)}</td></tr>`,
    );
  }
  if (c.invalid > 0) {
    bars.push({ label: T.invalid[lang], value: c.invalid, cls: 'bar-inv' });
    rows.push(
      `<tr data-invalid><td>${T.invalid[lang]}</td><td></td><td class="n">${n(c.invalid)}</td><td class="n">${share(c.invalid, c.total)}</td></tr>`,
    );
  }
  const desc = T.gradeChartDesc(bars.map((b) => `${b.label} ${n(b.value)}`).join(T.listSep[lang]))[lang];
  return [
    `<h2>${T.gradeDistribution[lang]}</h2>`,
    svgBarChart(ids, { title: T.gradeDistribution[lang], desc }, bars),
    `<table class="grades"><thead><tr><th>${T.grade[lang]}</th><th>${T.id[lang]}</th><th class="n">${T.count[lang]}</th><th class="n">${T.share[lang]}</th></tr></thead><tbody>`,
    rows.join('\n'),
    `</tbody><tfoot><tr><th>${T.total[lang]}</th><th></th><th class="n" data-total>${n(c.total)}</th><th class="n">${c.total > 0 ? '100%' : '–'}</th></tr></tfoot></table>`,
  ].join('\n');
}

/**
 * The counts per group (`add`'s `group`): a row per group, a column per
 * grade (highest first, 0 shown), one per reason records were not graded for
 * (those that occur), invalid and the total, and a
 * total row. Long names wrap in their column; the header repeats on each
 * printed page.
 */
/** `tallyBy` as a list of columns: none, one, or several. */
function tallyColumns(tallyBy: string | readonly string[] | undefined): readonly (string | undefined)[] {
  if (tallyBy === undefined) return [undefined];
  return typeof tallyBy === 'string' ? [tallyBy] : tallyBy;
}

/**
 * A section of counts per value of a column (`--tally-by`): a row per value, the values past the bound as one,
 * no value last, and a total row. `groupBy`: the counts are of the groups of that `--group-by` column (lots),
 * headed and noted so.
 */
export function tallySection(
  ruleSet: RuleSet,
  c: BatchCounts,
  column: string | undefined,
  lang: Language,
  id = 'by-group',
  groupBy?: string,
): string {
  if (!c.groups) return '';
  const grades = [...ruleSet.grades].reverse();
  // Not graded split by reason, as the summary splits it: only the reasons that occur (committee-24 F9).
  const reasons = notGradedColumns(c.notGraded, ruleSet.grades);
  const cells = (g: Omit<GroupCounts, 'key'>) =>
    [
      ...grades.map((x) => g.graded[x.id] ?? 0),
      ...reasons.map((r) => g.notGraded[r.code as keyof GroupCounts['notGraded']] ?? 0),
      g.invalid,
      g.total,
    ]
      .map((v) => `<td class="n${v === 0 ? ' z' : ''}">${n(v)}</td>`)
      .join('');
  const heading =
    column === undefined
      ? T.gradeDistribution[lang]
      : (groupBy === undefined ? T.tallyHeading(column) : T.lotTallyHeading(column))[lang];
  const other = c.otherGroups;
  const values = c.groups.length + (other ? 1 : 0);
  const note = (groupBy === undefined ? T.tallyNote(values) : T.lotTallyNote(values, groupBy))[lang];
  const row = (g: GroupCounts) =>
    `<tr data-group="${escapeHtml(g.key)}"><td>${g.key === '' ? T.noValue[lang] : escapeHtml(g.key)}</td>${cells(g)}</tr>`;
  return [
    `<h2 id="${id}">${escapeHtml(heading)}</h2>`,
    `<p class="meta">${escapeHtml(other ? `${note} ${T.tallyOther(other.after)[lang]}` : note)}</p>`,
    `<table class="tally"><thead><tr><th>${escapeHtml(column ?? T.grade[lang])}</th>${grades.map((g) => `<th class="n" data-grade="${escapeHtml(g.id)}">${escapeHtml(g.label[lang])}</th>`).join('')}${reasons.map((r) => `<th class="n" data-not-graded="${escapeHtml(r.code)}" title="${T.notGraded[lang]}">${escapeHtml(r.label[lang])}</th>`).join('')}<th class="n">${T.invalid[lang]}</th><th class="n">${(groupBy === undefined ? T.count : T.lotCount)[lang]}</th></tr></thead><tbody>`,
    // The values past the bound, as one row, before the records with no value (always last).
    ...c.groups.filter((g) => g.key !== '').map(row),
    ...(other ? [`<tr data-other-groups><td>${T.otherValues[lang]}</td>${cells(other)}</tr>`] : []),
    ...c.groups.filter((g) => g.key === '').map(row),
    `</tbody><tfoot><tr><th>${T.totalRow[lang]}</th>${cells(c)}</tr></tfoot></table>`,
  ].join('\n');
}

function problemSection(
  ruleSet: RuleSet,
  c: BatchCounts,
  problems: ReadonlyMap<RecordErrorCode, { count: number; example: string }>,
  lang: Language,
): string {
  const parts: string[] = [];
  // A one-grade rule set's records below it are 不合格, counted above: not a reason for not grading.
  const oneGrade = belowOnlyGrade(ruleSet.grades) !== undefined;
  const notGraded = Object.entries(c.notGraded).filter(
    ([code]) => !(oneGrade && code === 'below-lowest-grade'),
  );
  if (notGraded.length > 0) {
    parts.push(
      `<h2>${T.notGradedReasons[lang]}</h2><table><thead><tr><th>${T.reason[lang]}</th><th class="n">${T.count[lang]}</th></tr></thead><tbody>`,
      ...notGraded.map(
        ([code, count]) =>
          `<tr><td>${reasonName(code, ruleSet, lang) ?? escapeHtml(code)}</td><td class="n">${n(count ?? 0)}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  if (c.invalid > 0) {
    const rows = c.invalidRows.join(lang === 'zh' ? '、' : ', ');
    parts.push(
      `<h2>${T.invalidRecords[lang]}</h2>`,
      `<p>${escapeHtml(T.firstInvalidRows(rows, c.invalid > c.invalidRows.length)[lang])}</p>`,
      `<table><thead><tr><th>${T.problem[lang]}</th><th class="n">${T.count[lang]}</th><th>${T.example[lang]}</th></tr></thead><tbody>`,
      ...[...problems].map(
        ([code, p]) =>
          `<tr data-problem="${escapeHtml(code)}"><td>${T.errorCodes[code]?.[lang] ?? escapeHtml(code)}</td><td class="n">${n(p.count)}</td><td>${escapeHtml(p.example)}</td></tr>`,
      ),
      '</tbody></table>',
    );
    // A record with two kinds of problem counts under each: say so when the column adds up to more than the invalid records.
    const sum = [...problems.values()].reduce((total, p) => total + p.count, 0);
    if (sum > c.invalid)
      parts.push(`<p data-problem-overlap>${escapeHtml(T.problemOverlap(c.invalid)[lang])}</p>`);
  }
  return parts.join('\n');
}

function failingSection(
  c: BatchCounts,
  tallies: CriterionTallies,
  name: (t: CriterionTally) => string,
  lang: Language,
): string {
  if (c.failing.length === 0) return '';
  return [
    `<h2>${T.failing[lang]}</h2>`,
    `<table><thead><tr><th>${T.criterion[lang]}</th><th>${T.id[lang]}</th><th class="n">${T.recordsFailing[lang]}</th><th class="n">${T.shareOfAll[lang]}</th></tr></thead><tbody>`,
    ...c.failing.map((f) => {
      const t = tallies.get(f.id);
      return `<tr><td>${escapeHtml(t ? name(t) : f.id)}</td><td><code>${escapeHtml(f.id)}</code></td><td class="n">${n(f.count)}</td><td class="n">${share(f.count, c.total)}</td></tr>`;
    }),
    '</tbody></table>',
    // committee-22 F12: 54.1 % here and 86.5 % failing in the pass-rate table, for one criterion, with no word why.
    `<p class="meta">${escapeHtml(T.failingNote(c.total)[lang])}</p>`,
  ].join('\n');
}

function passRateSection(
  list: readonly CriterionTally[],
  name: (t: CriterionTally) => string,
  lang: Language,
  ids: IdSource,
  invalid: number,
): string {
  if (list.length === 0) return '';
  const applicable = (t: CriterionTally) => t.passed + t.failed + t.missing;
  const charted = list.filter((t) => applicable(t) > 0);
  const legend = `<p class="meta"><span class="key pass"></span>${T.passed[lang]}<span class="key fail"></span>${T.failed[lang]}<span class="key miss"></span>${T.missing[lang]}</p>`;
  const chart =
    charted.length > 0
      ? svgStackedBars(
          ids,
          { title: T.passRates[lang], desc: T.passChartDesc(charted.length)[lang] },
          charted.map((t) => ({
            label: name(t),
            parts: [
              { value: t.passed, cls: 'pass' },
              { value: t.failed, cls: 'fail' },
              { value: t.missing, cls: 'miss' },
            ],
            note: share(t.passed, applicable(t)),
          })),
        )
      : '';
  return [
    `<h2>${T.passRates[lang]}</h2>`,
    `<p class="meta">${T.passRateNote[lang]}</p>`,
    // committee-20 F4: the rows add up to the valid records only, and "missing" read as if it held the invalid ones.
    invalid > 0
      ? `<p class="meta" data-pass-rate-invalid>${escapeHtml(T.passRateInvalid(invalid)[lang])}</p>`
      : '',
    chart ? legend : '',
    chart,
    `<table class="rates"><thead><tr><th>${T.criterion[lang]}</th><th>${T.id[lang]}</th><th class="n">${T.passed[lang]}</th><th class="n">${T.failed[lang]}</th><th class="n">${T.missing[lang]}</th><th class="n">${T.notApplicable[lang]}</th><th class="n">${T.passRate[lang]}</th></tr></thead><tbody>`,
    ...list.map(
      (t) =>
        `<tr data-criterion="${escapeHtml(t.id)}"><td>${escapeHtml(name(t))}</td><td><code>${escapeHtml(t.id)}</code></td><td class="n">${n(t.passed)}</td><td class="n">${n(t.failed)}</td><td class="n">${n(t.missing)}</td><td class="n">${n(t.notApplicable)}</td><td class="n">${share(t.passed, applicable(t))}</td></tr>`,
    ),
    '</tbody></table>',
  ].join('\n');
}

/** A histogram bin's margins: in percent, or (`unit` given) in that unit, `[−2 °C, −1 °C)`. */
function binLabel(i: number, unit?: string, step = 1): string {
  const u = unit === undefined ? '%' : unitText(unit);
  const r = HISTOGRAM_RANGE;
  if (i === 0) return `< −${steps(r, step)}${u}`;
  if (i === 2 * r + 1) return `≥ +${steps(r, step)}${u}`;
  const k = i - r - 1;
  const sign = (x: number) => (x > 0 ? `+${steps(x, step)}` : x < 0 ? `−${steps(-x, step)}` : '0');
  return `[${sign(k)}${u}, ${sign(k + 1)}${u})`;
}

function nearLimitSection(
  list: readonly CriterionTally[],
  name: (t: CriterionTally) => string,
  lang: Language,
  ids: IdSource,
): string {
  const numeric = list.filter((t) => t.near && (t.near.samples > 0 || t.near.zeroLimit > 0));
  const out = [`<h2>${T.nearLimit[lang]}</h2>`, `<p class="meta">${T.nearLimitNote[lang]}</p>`];
  if (numeric.length === 0) {
    out.push(`<p>${T.noNumeric[lang]}</p>`);
    return out.join('\n');
  }
  out.push('<div class="grid">');
  const labels = { limit: T.limit[lang], fail: T.failed[lang], pass: T.passed[lang] };
  for (const t of numeric) {
    const near = t.near!;
    const below = near.bins[0] ?? 0;
    const above = near.bins[near.bins.length - 1] ?? 0;
    const title = name(t);
    const unit = near.unit;
    const lines = [
      `${(unit === undefined ? T.withinOne(near.within, near.samples) : T.withinOneUnit(near.within, near.samples, unit, near.step))[lang]}${near.within > 0 ? T.withinSplit(near.withinPassed, near.within - near.withinPassed)[lang] : ''}`,
      (unit === undefined ? T.outside(below, above) : T.outsideUnit(below, above, unit, near.step))[lang],
    ];
    if (near.zeroLimit > 0) lines.push(T.zeroLimit(near.zeroLimit)[lang]);
    const binRows = near.bins
      .map((count, i) =>
        count > 0
          ? `<tr><td>${escapeHtml(binLabel(i, unit, near.step))}</td><td class="n">${n(count)}</td></tr>`
          : '',
      )
      .join('');
    out.push(
      `<section class="near" data-criterion="${escapeHtml(t.id)}" data-within="${near.within}">`,
      `<h3>${escapeHtml(title)} <code>${escapeHtml(t.id)}</code></h3>`,
      ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
      near.samples > 0
        ? svgHistogram(
            ids,
            {
              title: T.histogramTitle(title)[lang],
              desc: (unit === undefined
                ? T.histogramDesc(near.within, near.samples, below, above)
                : T.histogramDescUnit(near.within, near.samples, below, above, unit, near.step))[lang],
            },
            near.bins,
            unit === undefined ? labels : { ...labels, unit, step: near.step ?? 1 },
          )
        : '',
      binRows
        ? `<details><summary>${T.numbers[lang]}</summary><table><thead><tr><th>${(unit === undefined ? T.margin : T.marginUnit(unit))[lang]}</th><th class="n">${T.count[lang]}</th></tr></thead><tbody>${binRows}</tbody></table></details>`
        : '',
      '</section>',
    );
  }
  out.push('</div>');
  return out.join('\n');
}

function recordSection(
  listed: readonly ListedRecord[],
  keptColumns: readonly string[],
  seen: number,
  maxRecords: number,
  lang: Language,
): string {
  const out = [`<h2>${T.records[lang]}</h2>`];
  if (seen === 0) {
    out.push(`<p>${T.noRecords[lang]}</p>`);
    return out.join('\n');
  }
  if (seen > listed.length)
    out.push(
      `<p class="warn" data-left-out="${seen - listed.length}">${escapeHtml(T.recordsLeftOut(seen - listed.length, maxRecords)[lang])}</p>`,
    );
  if (listed.length === 0) return out.join('\n');
  out.push(
    `<table class="records"><thead><tr><th class="n">${rowHeading(T.row, lang, keptColumns)}</th>${keptColumns.map((k) => `<th>${escapeHtml(k)}</th>`).join('')}<th>${T.grade[lang]}</th><th>${T.explanation[lang]}</th></tr></thead><tbody>`,
  );
  for (const r of listed) {
    const kept = keptColumns.map((k) => `<td>${escapeHtml(keptValue(r.kept, k) ?? '')}</td>`).join('');
    const summary = r.hold ? `<span class="hold">${escapeHtml(r.hold)}</span>` : T.explanation[lang];
    out.push(
      `<tr data-row="${r.row}"><td class="n">${r.row}</td>${kept}<td>${r.grade}</td><td><details><summary>${summary}</summary>${r.explanation}</details></td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

/** A not-graded reason's name in a table: a one-grade rule set's "below" names its grade ({@link belowOnlyGrade}). */
function reasonName(code: string, ruleSet: RuleSet, lang: Language): string | undefined {
  const only = code === 'below-lowest-grade' ? belowOnlyGrade(ruleSet.grades, true) : undefined;
  return only?.[lang] ?? T.reasons[code as keyof typeof T.reasons]?.[lang];
}
