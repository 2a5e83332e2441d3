import type { GradeResult } from '../model/grade-result';
import type { Language, LocalizedText } from '../text/localized-text';
import { displayWidth, pad, truncate } from './display-width';
import { holdsDown } from './summarize-result';

/** A graded row for the table: its row number in the input, and its result. */
export interface Row {
  row: number;
  result: GradeResult;
}

/** Options for {@link formatTable}. */
export interface TableOptions {
  lang: Language;
  /** Terminal width to fit (default 100). */
  width?: number;
  /** Colour grades and failures (only on a TTY). */
  color?: boolean;
}

const HEAD: Record<Language, string[]> = {
  en: ['row', 'grade', 'label', 'what holds it down'],
  zh: ['行', '等级', '名称', '未达下一级的原因'],
};

/** The label column of a result: the grade's label, or why there is none. */
export function labelCell(result: GradeResult, lang: Language): string {
  return (
    result.label?.[lang] ??
    (result.errors ? (lang === 'zh' ? '无效' : 'invalid') : lang === 'zh' ? '不分级' : 'not graded')
  );
}

function cells(row: number, result: GradeResult, lang: Language): string[] {
  return [String(row), result.grade ?? '—', labelCell(result, lang), holdsDown(result, lang)];
}

/**
 * A table that fits a terminal: row, grade, label, and the requirements that
 * hold each record down (or why it is not graded).
 */
export function formatTable(rows: readonly Row[], options: TableOptions): string {
  const body = rows.map(({ row, result }) => cells(row, result, options.lang));
  const head = HEAD[options.lang];
  const widths = [0, 1, 2].map((i) =>
    Math.max(displayWidth(head[i]!), ...body.map((r) => displayWidth(r[i]!))),
  );
  const line = lineFormatter(widths, options);
  return [line(head, true), ...body.map((r) => line(r))].join('\n');
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
  options: TableOptions,
): TableFormatter {
  const { lang } = options;
  const head = HEAD[lang];
  const others = lang === 'zh' ? ['无效', '不分级'] : ['invalid', 'not graded'];
  const widths = [
    Math.max(displayWidth(head[0]!), 4),
    Math.max(displayWidth(head[1]!), 1, ...grades.map((g) => displayWidth(g.id))),
    Math.max(
      displayWidth(head[2]!),
      ...others.map(displayWidth),
      ...grades.map((g) => displayWidth(g.label[lang])),
    ),
  ];
  const line = lineFormatter(widths, options);
  return {
    header: () => line(head, true),
    row: ({ row, result }) => line(cells(row, result, lang)),
  };
}

function lineFormatter(
  widths: number[],
  options: TableOptions,
): (cells: string[], header?: boolean) => string {
  const width = Math.max(40, options.width ?? 100);
  const last = Math.max(10, width - widths.reduce((s, w) => s + w + 2, 0));
  const paint = (text: string, code: number) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return (cells, header = false) =>
    cells
      .map((c, i) => {
        const cell = i === 3 ? truncate(c, last) : pad(c, widths[i]!);
        if (header) return paint(cell, 1);
        if (i === 1) return paint(cell, cells[1] === '—' ? 31 : 32);
        return cell;
      })
      .join('  ')
      .trimEnd();
}
