import type { GradeResult } from '../explain/grade-result';
import type { Language } from '../text/localized-text';
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

/**
 * A table that fits a terminal: row, grade, label, and the requirements that
 * hold each record down (or why it is not graded).
 */
export function formatTable(rows: readonly Row[], options: TableOptions): string {
  const { lang } = options;
  const width = Math.max(40, options.width ?? 100);
  const body = rows.map(({ row, result }) => [
    String(row),
    result.grade ?? '—',
    result.label?.[lang] ??
      (result.errors ? (lang === 'zh' ? '无效' : 'invalid') : lang === 'zh' ? '不分级' : 'not graded'),
    holdsDown(result, lang),
  ]);
  const head = HEAD[lang];
  const widths = [0, 1, 2].map((i) =>
    Math.max(displayWidth(head[i]!), ...body.map((r) => displayWidth(r[i]!))),
  );
  const last = Math.max(10, width - widths.reduce((s, w) => s + w + 2, 0));
  const paint = (text: string, code: number) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const line = (cells: string[], header = false) =>
    cells
      .map((c, i) => {
        const cell = i === 3 ? truncate(c, last) : pad(c, widths[i]!);
        if (header) return paint(cell, 1);
        if (i === 1) return paint(cell, cells[1] === '—' ? 31 : 32);
        return cell;
      })
      .join('  ')
      .trimEnd();
  return [line(head, true), ...body.map((r) => line(r))].join('\n');
}
