import { cjkJoin } from '../text/cjk-space';
import type { Language, LocalizedText } from '../text/localized-text';

/**
 * The words before what the next grade needs, the same in every format
 * (table, CSV, Markdown, HTML, XLSX, `explain`): `距 1级：` / `To reach Grade 1: `.
 * What follows is the blockers, on the same line or listed below.
 *
 * @example
 * nextGradeLead({ zh: '1级', en: 'Grade 1' }, 'zh') + 'APF 4.62（≥ 5.00）'; // '距 1级：APF 4.62（≥ 5.00）'
 */
export function nextGradeLead(label: LocalizedText, lang: Language): string {
  return lang === 'zh' ? `${cjkJoin('距', label.zh)}：` : `To reach ${label.en}: `;
}
