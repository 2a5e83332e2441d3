import type { NearLimit } from '../compare/near-limits';
import { displayWidth } from '../text/display-width';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';

/** The words of the table of records near each changed limit, in every format. */
export const NEAR_LIMIT_TEXT = {
  /** The heading (text, HTML). */
  title: localized('靠近变更后限值的记录数', 'Records near a changed limit'),
  /** The xlsx sheet's name (at most 31 characters). */
  sheet: localized('靠近变更后限值的记录数', 'Records near changed limits'),
  limit: localized('要求：A 限值 → B 限值', 'Requirement: A limit → B limit'),
  margin: localized('范围（B 限值 ±）', 'Within (± B limit)'),
  meet: localized('满足 B 限值', 'Meet B'),
  miss: localized('不满足 B 限值', 'Miss B'),
  /** A requirement B adds: A has no limit. */
  none: localized('A 无此要求', 'none under A'),
  note: localized(
    '“靠近”指记录的值与 B 限值之差不超过该限值所写最后一位小数的一个单位（≥ 18.0 为 0.1，≤ 14000 为 1）；只计数值的单边限值（≥ > ≤ <），按分级所用的值；B 新增的要求也计入（A 无此要求）',
    "Near: the record's value lies within one unit of the last decimal B's limit writes (≥ 18.0: 0.1; ≤ 14000: 1); only one-sided limits on a number (≥ > ≤ <) are counted, by the value graded; a requirement B adds counts too (none under A)",
  ),
} as const satisfies Record<string, LocalizedText>;

/**
 * One row per changed limit, as every format shows it: the requirement and its limits, the margin, and the
 * records near B's limit that meet it and that miss it.
 *
 * @param name - a requirement's name by id, in the language
 * @example
 * nearLimitRows([{ id: 's3', from: '≥ 17.0', to: '≥ 18.0', margin: 0.1, meet: 3, miss: 2 }], () => '3-day strength', 'en');
 * // [{ text: '3-day strength: ≥ 17.0 → ≥ 18.0', margin: '0.1', meet: 3, miss: 2 }]
 */
export function nearLimitRows(
  rows: readonly NearLimit[],
  name: (id: string) => string,
  lang: Language,
  keyLabel: (indicator: string) => string = (n) => n,
): { text: string; margin: string; meet: number; miss: number }[] {
  const zh = lang === 'zh';
  const unit = (r: NearLimit, limit: string) => (r.unit ? `${limit} ${r.unit}` : limit);
  return rows.map((r) => ({
    text: `${safeLine(name(r.id))}${rowText(r.row, keyLabel, lang)}${zh ? '：' : ': '}${r.from === null ? NEAR_LIMIT_TEXT.none[lang] : unit(r, r.from)} → ${unit(r, r.to)}`,
    margin: String(Number(r.margin.toPrecision(12))),
    meet: r.meet,
    miss: r.miss,
  }));
}

/**
 * The row of B's table a limit is read from, after the requirement's name: `（公称直径 d 在“[6, 14)”档）` /
 * ` (nominal diameter d in band [6, 14))`, a category key as `牌号 = HRB400`; empty for a limit read from no table.
 */
function rowText(row: NearLimit['row'], keyLabel: (indicator: string) => string, lang: Language): string {
  if (row === undefined) return '';
  const zh = lang === 'zh';
  const parts = Object.entries(row.keys).map(([indicator, cell]) => {
    const label = safeLine(keyLabel(indicator));
    // A band is written as an interval (`[6, 14)`, `≤ 5000`); a category key by its value(s).
    const band = /^[[(≤<≥>]/u.test(cell);
    if (!band) return `${label} = ${safeLine(cell)}`;
    return zh ? `${label} 在“${safeLine(cell)}”档` : `${label} in band ${safeLine(cell)}`;
  });
  return zh ? `（${parts.join('，')}）` : ` (${parts.join(', ')})`;
}

/**
 * The table of records near each changed limit as text lines (`compare`'s table), the counts first; none when no
 * limit changed.
 *
 * @example
 * nearLimitLines(nearLimitRows(near, name, 'en'), 'en');
 * // ['Records near a changed limit:', '  Meet B  Miss B  Within (± B limit)  Requirement: …', '       3       2  0.1  3-day strength: ≥ 17.0 → ≥ 18.0', '  Near: …']
 */
export function nearLimitLines(rows: ReturnType<typeof nearLimitRows>, lang: Language): string[] {
  if (rows.length === 0) return [];
  const T = NEAR_LIMIT_TEXT;
  const cells = [
    [T.meet[lang], T.miss[lang], T.margin[lang], T.limit[lang]],
    ...rows.map((r) => [countText(r.meet), countText(r.miss), r.margin, r.text]),
  ];
  const widths = [0, 0, 0];
  for (const r of cells) for (const i of [0, 1, 2]) widths[i] = Math.max(widths[i]!, displayWidth(r[i]!));
  const pad = (r: string[], i: number) => `${' '.repeat(widths[i]! - displayWidth(r[i]!))}${r[i]}`;
  return [
    lang === 'zh' ? `${T.title.zh}：` : `${T.title.en}:`,
    ...cells.map((r) => `  ${pad(r, 0)}  ${pad(r, 1)}  ${pad(r, 2)}  ${r[3]}`),
    `  ${T.note[lang]}`,
  ];
}
