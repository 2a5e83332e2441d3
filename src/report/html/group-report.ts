import type { BatchCounts } from '../../batch/batch-summary';
import type { GroupResult } from '../../model/group-result';
import type { RuleSet } from '../../resolve/rule-set';
import type { Language, LocalizedText } from '../../text/localized-text';
import { GroupLots, type LotRow } from '../group-lots';
import { escapeHtml } from './escape-html';
import { DEFAULT_MAX_RECORDS, inputLine, tallySection } from './grade-report';
import { formatCount as n, formatShare as share, HTML_TEXTS as T } from './html-texts';
import { reportPage, ruleSetHeader } from './report-page';
import { type Bar, svgBarChart } from './svg-bar-chart';
import { IdSource } from './svg-frame';

/**
 * Options of the lot report ({@link createGroupReport}).
 *
 * @example
 * const options: GroupReportOptions = { lang: 'zh', column: 'lot', input: 'lots.csv' };
 */
export interface GroupReportOptions {
  /** Language of every text of the page. */
  lang: Language;
  /** The `--group-by` column, named in the page. */
  column: string;
  /** The input's name, shown in the head. */
  input?: string;
  /** Group-requirement notes by id (`groupCriterionNotes`): shown under each requirement, as the table shows them. */
  notes?: ReadonlyMap<string, LocalizedText>;
  /** Groups listed one by one (default {@link DEFAULT_MAX_RECORDS}); every group is counted. */
  maxGroups?: number;
}

/**
 * Collects a `grade --group-by` run for an HTML page; see {@link createGroupReport}.
 *
 * @example
 * const report = createGroupReport(ruleSet, { lang: 'en', column: 'lot' });
 * report.add(groupResult);
 * const html = report.render();
 */
export interface GroupReport {
  /** Counts one group's result, and lists it while fewer than `maxGroups` are listed. */
  add(result: GroupResult): void;
  /** A notice about the input (said on stderr too), shown at the top of the page. */
  notice(text: LocalizedText): void;
  /**
   * `--tally-by`: the groups counted per value of each column (a lot whose records disagree under "(mixed)"), a
   * section each after the distribution, as the grade report's per-record tally.
   */
  tallies(tallies: readonly { column: string; counts: BatchCounts }[]): void;
  /** The page. */
  render(): string;
}

/**
 * The HTML report of lot grading (`grade --group-by -f html`): the rule set
 * and how sure its figures are (an illustrative scheme says so in a warning),
 * the groups per grade, a row per group (rows, records, grade, each statistic
 * as the table shows it, and why it is not graded or what holds it down, with
 * each requirement in a fold), and the groups not graded with their reasons.
 * One page, no script, nothing fetched, as the grade report.
 *
 * @example
 * const report = createGroupReport(ruleSet, { lang: 'zh', column: 'lot', input: 'lots.csv' });
 * for await (const result of gradeGroups(...)) report.add(result);
 * await writeFile('lots.html', report.render());
 */
export function createGroupReport(ruleSet: RuleSet, options: GroupReportOptions): GroupReport {
  const { lang } = options;
  const max = Math.max(0, options.maxGroups ?? DEFAULT_MAX_RECORDS);
  const lots = new GroupLots(ruleSet, lang, max, options.notes);
  const notices: LocalizedText[] = [];
  let tallied: readonly { column: string; counts: BatchCounts }[] = [];
  return {
    add: (result) => lots.add(result),
    notice: (text) => {
      notices.push(text);
    },
    tallies: (t) => {
      tallied = t;
    },
    render() {
      const body = [
        `<h1>${T.lotReport[lang]}</h1>`,
        ruleSetHeader(ruleSet, lang, T.ruleSet[lang]),
        inputLine(options.input === undefined ? {} : { input: options.input }, lang),
        `<p class="meta" data-group-by="${escapeHtml(options.column)}">${escapeHtml(T.lotNote(options.column)[lang])}</p>`,
        ...notices.map((t) => `<p class="warn" data-notice>${escapeHtml(t[lang])}</p>`),
        cards(lots, lang, ruleSet.grades.length === 1),
        distribution(ruleSet, lots, lang),
        ...tallied.map((t, i) =>
          tallySection(
            ruleSet,
            t.counts,
            t.column,
            lang,
            i === 0 ? 'by-group' : `by-group-${i + 1}`,
            options.column,
          ),
        ),
        lotTable(lots, lang, max),
        notGradedList(lots, lang),
      ];
      return reportPage(
        lang,
        `${T.lotReport[lang]} · ${ruleSet.title[lang]}`,
        body.filter(Boolean).join('\n'),
      );
    },
  };
}

function cards(lots: GroupLots, lang: Language, oneGrade: boolean): string {
  const notGraded = [...lots.notGraded.values()].reduce((a, b) => a + b, 0);
  // Below a one-grade rule set's grade: nonconforming groups of their own, as the records' report has them; they
  // were counted as "not graded" beside a distribution that called them nonconforming (xlsx-committee-43).
  const failed = oneGrade ? (lots.notGraded.get('below-lowest-grade') ?? 0) : 0;
  const card = (label: string, value: number, key: string, withShare: boolean) =>
    `<li data-summary="${key}">${label}<b>${n(value)}</b>${withShare ? share(value, lots.total) : ''}</li>`;
  return [
    `<h2>${T.summary[lang]}</h2>`,
    '<ul class="cards">',
    card(T.lots[lang], lots.total, 'groups', false),
    card(T.lotsGraded[lang], lots.total - notGraded, 'graded', true),
    oneGrade ? card(T.lotsNonconforming[lang], failed, 'nonconforming', true) : '',
    card(T.lotsNotGraded[lang], notGraded - failed, 'not-graded', true),
    card(T.lotsWithInvalid[lang], lots.withInvalid, 'with-invalid', true),
    '</ul>',
  ].join('');
}

function distribution(ruleSet: RuleSet, lots: GroupLots, lang: Language): string {
  const grades = [...ruleSet.grades].reverse();
  const bars: Bar[] = grades.map((g) => ({ label: g.label[lang], value: lots.byGrade.get(g.id) ?? 0 }));
  const rows = grades.map(
    (g) =>
      `<tr data-grade="${escapeHtml(g.id)}"><td>${escapeHtml(g.label[lang])}</td><td><code>${escapeHtml(g.id)}</code></td><td class="n">${n(lots.byGrade.get(g.id) ?? 0)}</td><td class="n">${share(lots.byGrade.get(g.id) ?? 0, lots.total)}</td></tr>`,
  );
  for (const [code, count] of lots.notGraded) {
    // Below a one-grade rule set's grade: 不合格, as the lot's row says it.
    const label =
      code === 'below-lowest-grade' && ruleSet.grades.length === 1
        ? lots.gradeText(null, code)
        : `${T.notGraded[lang]}${T.colon[lang]}${lots.reasonText(code)}`;
    bars.push({ label, value: count, cls: 'bar-ng' });
    rows.push(
      `<tr data-not-graded="${escapeHtml(code)}"><td>${escapeHtml(label)}</td><td></td><td class="n">${n(count)}</td><td class="n">${share(count, lots.total)}</td></tr>`,
    );
  }
  const desc = T.lotChartDesc(bars.map((b) => `${b.label} ${n(b.value)}`).join(T.listSep[lang]))[lang];
  return [
    `<h2>${T.lotDistribution[lang]}</h2>`,
    lots.total > 0 ? svgBarChart(new IdSource(), { title: T.lotDistribution[lang], desc }, bars) : '',
    `<table class="grades" data-lot-grades><thead><tr><th>${T.grade[lang]}</th><th>${T.id[lang]}</th><th class="n">${T.lotCount[lang]}</th><th class="n">${T.share[lang]}</th></tr></thead><tbody>`,
    rows.join('\n'),
    `</tbody><tfoot><tr><th>${T.totalRow[lang]}</th><th></th><th class="n" data-total>${n(lots.total)}</th><th class="n">${lots.total > 0 ? '100%' : '–'}</th></tr></tfoot></table>`,
  ].join('\n');
}

function lotTable(lots: GroupLots, lang: Language, max: number): string {
  const out = [`<h2 id="lots">${T.lotTable[lang]}</h2>`, `<p class="meta">${T.lotStatisticsNote[lang]}</p>`];
  if (lots.total === 0) {
    out.push(`<p>${T.noLots[lang]}</p>`);
    return out.join('\n');
  }
  if (lots.total > lots.rows.length)
    out.push(
      `<p class="warn" data-left-out="${lots.total - lots.rows.length}">${escapeHtml(T.lotsLeftOut(lots.total - lots.rows.length, max)[lang])}</p>`,
    );
  out.push(
    `<table class="records lots"><thead><tr><th>${T.group[lang]}</th><th class="n">${T.rows[lang]}</th><th class="n">${T.count[lang]}</th><th>${T.grade[lang]}</th>${lots.statistics.map((s) => `<th class="n" data-statistic="${escapeHtml(s.id)}">${escapeHtml(s.heading)}</th>`).join('')}<th>${T.lotWhy[lang]}</th></tr></thead><tbody>`,
  );
  for (const r of lots.rows) out.push(lotRow(r, lang));
  out.push('</tbody></table>');
  return out.join('\n');
}

function lotRow(r: LotRow, lang: Language): string {
  const rows = r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`;
  const cls = r.grade !== null ? 'g' : r.reason === 'invalid-record' ? 'g inv' : 'g ng';
  const statistics = r.statistics
    .map((s) => `<td class="n">${s === null ? '–' : escapeHtml(s.text)}</td>`)
    .join('');
  const details = [
    '<ul class="x">',
    ...r.criteria.map(
      (c) =>
        `<li data-criterion="${escapeHtml(c.id)}"><span class="m ${c.passed ? 'ok' : 'no'}">${c.passed ? '✓' : '✗'}</span>${escapeHtml(`${lang === 'zh' ? `【${c.grade}】` : `[${c.grade}] `}${c.message}`)}${c.note === undefined ? '' : `<br><span class="meta">${escapeHtml(T.noteWord[lang] + c.note)}</span>`}</li>`,
    ),
    ...r.statisticLines.map((l) => `<li><span class="m">·</span>${escapeHtml(l)}</li>`),
    '</ul>',
  ].join('');
  const summary = r.explanation === '' ? T.lotTop[lang] : escapeHtml(r.explanation);
  return `<tr data-group="${escapeHtml(r.key)}"${r.reason ? ` data-not-graded="${r.reason}"` : ''}><td>${escapeHtml(r.keyText)}</td><td class="n">${rows}</td><td class="n">${n(r.records)}</td><td><span class="${cls}">${escapeHtml(r.gradeText)}</span></td>${statistics}<td><details><summary>${summary}</summary>${details}</details></td></tr>`;
}

function notGradedList(lots: GroupLots, lang: Language): string {
  const out = [`<h2 id="not-graded">${T.lotNotGradedList[lang]}</h2>`];
  const rows = lots.rows.filter((r) => r.grade === null);
  if (rows.length === 0 && lots.total === lots.rows.length) {
    out.push(`<p>${T.noLotsNotGraded[lang]}</p>`);
    return out.join('\n');
  }
  out.push(
    `<table data-lots-not-graded><thead><tr><th>${T.group[lang]}</th><th class="n">${T.rows[lang]}</th><th>${T.reason[lang]}</th><th></th></tr></thead><tbody>`,
    ...rows.map(
      (r) =>
        `<tr data-group="${escapeHtml(r.key)}"><td>${escapeHtml(r.keyText)}</td><td class="n">${r.first === r.last ? r.first : `${r.first}–${r.last}`}</td><td>${escapeHtml(r.reason ? lots.reasonText(r.reason) : '')}</td><td>${escapeHtml(r.explanation)}</td></tr>`,
    ),
    '</tbody></table>',
  );
  return out.join('\n');
}
