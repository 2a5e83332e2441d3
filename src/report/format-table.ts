import type { GradeResult } from '../model/grade-result';
import { KEPT_SHOWN_WIDTH, keptValue } from '../model/kept-values';
import { nonconformingText } from '../text/below-only-grade';
import { displayWidth, pad, truncate } from '../text/display-width';
import type { Language, LocalizedText } from '../text/localized-text';
import { safeLine } from '../text/safe-text';
import { rowHeading } from './row-heading';
import { type HoldsDownParts, holdsDown, holdsDownParts } from './summarize-result';

/** A graded row for the table: its row number in the input, and its result. */
export interface Row {
  row: number;
  result: GradeResult;
}

/** Options for {@link formatTable}. */
export interface TableOptions {
  lang: Language;
  /** Kept input columns (sample ids), shown after the row number. */
  kept?: readonly string[];
  /** Terminal width to fit (default 100). */
  width?: number;
  /** Colour grades and failures (only on a TTY). */
  color?: boolean;
  /** Name requirements by id rather than by label. */
  ids?: boolean;
  /** The rule set's ladder: under one grade, a record below it is labelled `nonconforming` / `不合格`. */
  grades?: readonly { label: LocalizedText }[];
}

const HEAD: Record<Language, string[]> = {
  en: ['row', 'grade', 'label', 'what holds it down'],
  zh: ['序号', '等级', '名称', '未达下一级的原因'],
};

/**
 * Whether a table of results has a column of grade ids (`superior`): in
 * English, and in Chinese with `--ids`; else Chinese names the grade by its
 * label (优等品) alone, as its prose does.
 */
export function showsGradeId(lang: Language, ids = false): boolean {
  return lang === 'en' || ids;
}

/**
 * The label column of a result: the grade's label, or why there is none;
 * under a rule set of one grade (`grades`), a record below it is
 * `nonconforming` / `不合格` ({@link nonconformingText}).
 */
export function labelCell(
  result: GradeResult,
  lang: Language,
  grades?: readonly { label: LocalizedText }[],
): string {
  return (
    result.label?.[lang] ??
    nonconformingText(result.notGradedReason?.code, grades)?.[lang] ??
    (result.errors ? (lang === 'zh' ? '无效' : 'invalid') : lang === 'zh' ? '不分级' : 'not graded')
  );
}

/**
 * A result's cells in a table (terminal or Markdown): row, kept columns, the
 * grade id (English, or with --ids), the grade's label, what holds it down.
 */
export function resultCells(
  row: number | undefined,
  result: GradeResult,
  lang: Language,
  kept: readonly string[],
  ids = false,
  grades?: readonly { label: LocalizedText }[],
): string[] {
  return [...leadingCells(row, result, lang, kept, ids, grades), holdsDown(result, lang, ids)];
}

/** The cells of {@link resultCells} before what holds the record down. */
function leadingCells(
  row: number | undefined,
  result: GradeResult,
  lang: Language,
  kept: readonly string[],
  ids: boolean,
  grades?: readonly { label: LocalizedText }[],
): string[] {
  return [
    row === undefined ? '' : String(row),
    ...kept.map((column) => keptValue(result.kept, column) ?? ''),
    ...(showsGradeId(lang, ids) ? [result.grade ?? '—'] : []),
    labelCell(result, lang, grades),
  ];
}

/** A row's cells for the terminal: the last in its parts, to be cut between requirements. */
function tableCells(row: number, result: GradeResult, options: TableOptions): [string[], HoldsDownParts] {
  const ids = options.ids ?? false;
  return [
    leadingCells(row, result, options.lang, options.kept ?? [], ids, options.grades),
    // English labels are long ("Annual performance factor (APF)"): a terminal's column keeps the ids, so the
    // figures after them still fit; CSV and Markdown, read in a spreadsheet or a page, name the labels.
    holdsDownParts(result, options.lang, ids || options.lang === 'en'),
  ];
}

/**
 * What holds a record down, cut to `width` columns between requirements
 * ("…、硫 S 0.035（≤ 0.030）、…"), never inside a figure; inside the first
 * one only when even it does not fit. An invalid record's reasons that do not fit are given in fewer words first.
 */
function fitParts(parts: HoldsDownParts, width: number): string {
  const lead = safeLine(parts.lead);
  const items = parts.items.map(safeLine);
  const whole = lead + items.join(parts.separator);
  if (displayWidth(whole) <= width) return whole;
  // An invalid record's reasons in fewer words before any is cut: the counts at their end are what helps.
  const levels = Math.max(0, ...(parts.compact ?? []).map((forms) => forms.length));
  for (let level = 0; level < levels; level++) {
    const items = parts.compact!.map(
      (forms, i) => forms[Math.min(level, forms.length - 1)] ?? parts.items[i]!,
    );
    const shorter = { lead: parts.lead, items, separator: parts.separator };
    if (level === levels - 1 || displayWidth(lead + items.map(safeLine).join(parts.separator)) <= width)
      return fitParts(shorter, width);
  }
  const more = `${parts.separator}…`;
  let text = lead + (items[0] ?? '');
  if (displayWidth(text + more) > width) return truncateAtBreak(whole, width, lead.length);
  for (const item of items.slice(1)) {
    const longer = text + parts.separator + item;
    if (displayWidth(longer + more) > width) break;
    text = longer;
  }
  return text + more;
}

// A kept column is as wide as its values need, up to this, in a table that streams.
const KEPT_WIDTH = KEPT_SHOWN_WIDTH;

/**
 * A table that fits a terminal: row, grade, label, and the requirements that
 * hold each record down (or why it is not graded).
 */
export function formatTable(rows: readonly Row[], options: TableOptions): string {
  const kept = options.kept ?? [];
  const body = rows.map(({ row, result }) => tableCells(row, result, options));
  const head = resultHeadings(options.lang, kept, options.ids);
  const widths = head
    .slice(0, -1)
    .map((h, i) => Math.max(displayWidth(h), ...body.map(([r]) => displayWidth(r[i]!))));
  const line = lineFormatter(widths, kept.length, options);
  return [
    line(head, true),
    ...body.map(([r, last], i) => line(r, false, rows[i]!.result.grade === null, last)),
  ].join('\n');
}

/** A table written row by row, for streams: {@link createTableFormatter}. */
export interface TableFormatter {
  header(): string;
  row(row: Row): string;
}

/**
 * The table of {@link formatTable}, one line at a time, for output that
 * streams: the grade and label columns are as wide as the rule set's grades
 * need, so they are known before the first record.
 *
 * @param grades - the rule set's ladder (`ruleSet.grades`)
 */
export function createTableFormatter(
  grades: readonly { id: string; label: LocalizedText }[],
  given: TableOptions,
): TableFormatter {
  const options = given.grades ? given : { ...given, grades };
  const { lang } = options;
  const kept = options.kept ?? [];
  const head = resultHeadings(lang, kept, options.ids);
  const rowHead = head[0]!;
  const rest = HEAD[lang].slice(1);
  const others = lang === 'zh' ? ['无效', '不分级'] : ['invalid', 'not graded'];
  const failed = nonconformingText('below-lowest-grade', options.grades);
  if (failed) others.push(failed[lang]);
  const widths = [
    Math.max(displayWidth(rowHead), 4),
    ...kept.map((k) => Math.max(displayWidth(k), KEPT_WIDTH)),
    ...(showsGradeId(lang, options.ids)
      ? [Math.max(displayWidth(rest[0]!), 1, ...grades.map((g) => displayWidth(g.id)))]
      : []),
    Math.max(
      displayWidth(head[head.length - 2]!),
      ...others.map(displayWidth),
      ...grades.map((g) => displayWidth(g.label[lang])),
    ),
  ];
  const line = lineFormatter(widths, kept.length, options);
  return {
    header: () => line(head, true),
    row: ({ row, result }) => {
      const [cells, last] = tableCells(row, result, options);
      return line(cells, false, result.grade === null, last);
    },
  };
}

/** The headings of {@link resultCells}' columns. */
export function resultHeadings(lang: Language, kept: readonly string[], ids = false): string[] {
  const [, grade, label, holds] = HEAD[lang];
  const row = rowHeading({ zh: HEAD.zh[0]!, en: HEAD.en[0]! }, lang, kept);
  // Without the id column, the label column is headed 等级: it is the grade.
  return showsGradeId(lang, ids) ? [row, ...kept, grade!, label!, holds!] : [row, ...kept, grade!, holds!];
}

/**
 * {@link truncate}, then back to the last space or Chinese punctuation
 * after `from` characters, so the cut does not fall inside a figure
 * ("#1 3…"); a plain cut when there is none.
 */
function truncateAtBreak(text: string, width: number, from: number): string {
  const cut = truncate(text, width);
  const body = cut.slice(0, -1);
  let at = -1;
  for (const mark of [' ', '、', '，', '；', '：']) at = Math.max(at, body.lastIndexOf(mark));
  return at > from ? `${body.slice(0, at + 1).trimEnd()}…` : cut;
}

function lineFormatter(
  widths: number[],
  keptCount: number,
  options: TableOptions,
): (cells: string[], header?: boolean, ungraded?: boolean, last?: HoldsDownParts) => string {
  const width = Math.max(40, options.width ?? 100);
  const last = Math.max(10, width - widths.reduce((s, w) => s + w + 2, 0));
  const grade = 1 + keptCount;
  const paint = (text: string, code: number) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  // The last cell is given in its parts (what holds a record down), to be cut between them.
  return (cells, header = false, ungraded = false, lastParts = undefined) =>
    (lastParts ? [...cells, ''] : cells)
      .map((c, i) => {
        if (lastParts && i === widths.length) return fitParts(lastParts, last);
        // Made safe before the colour codes go on, which are control characters themselves.
        const safe = safeLine(c);
        const cell = i === widths.length ? truncate(safe, last) : pad(truncate(safe, widths[i]!), widths[i]!);
        if (header) return paint(cell, 1);
        if (i === grade) return paint(cell, ungraded ? 31 : 32);
        return cell;
      })
      .join('  ')
      .trimEnd();
}
