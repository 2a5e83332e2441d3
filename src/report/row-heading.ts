import type { Language, LocalizedText } from '../text/localized-text';

const RECORD: LocalizedText = { zh: '记录', en: 'record' };

/**
 * The heading of a report's row-number column: `own` (序号, row), or 记录 (record) when a kept column has that
 * heading already — a sheet's own 序号 kept as the sample id would give a table, a workbook a reader re-imports,
 * two columns of one name (newcomer-31 M-5). The English word keeps `own`'s capital.
 *
 * @example
 * rowHeading({ zh: '序号', en: 'Row' }, 'zh', ['序号']) // '记录'
 * rowHeading({ zh: '序号', en: 'Row' }, 'en', ['型号']) // 'Row'
 */
export function rowHeading(own: LocalizedText, lang: Language, kept: readonly string[]): string {
  const heading = own[lang];
  const folded = heading.toLowerCase();
  if (!kept.some((k) => k.trim().toLowerCase() === folded)) return heading;
  const record = RECORD[lang];
  return heading[0] !== folded[0] ? record[0]!.toUpperCase() + record.slice(1) : record;
}
