/**
 * What a cell's number format says about its number: a date or time, a
 * percentage, or a plain number. Excel stores all of them as numbers; only
 * the format tells a date (45352 shown as 2024-03-01) or a percentage
 * (0.0523 shown as 5.23%) from a measurement.
 */

/**
 * How a number format shows a number.
 *
 * - `number`: as a number (General, `0.00`, `#,##0`, `@`, currencies, …)
 * - `percent`: multiplied by 100 per `%` sign, e.g. `0.00%`
 * - `date`: as a date or a time (serial days since 1900 or 1904)
 *
 * @example
 * const kind: NumberFormatKind = numberFormatKind(10); // 'percent' (built-in 0.00%)
 */
export type NumberFormatKind = 'number' | 'percent' | 'date';

/** What a number format makes of a number, and how many times it multiplies it by 100. */
export interface NumberFormatInfo {
  kind: NumberFormatKind;
  /** For `percent`: the number of `%` signs (each multiplies by 100). */
  percentSigns: number;
  /**
   * For `percent`: the digits shown after the point (`0%`: 0, `0.00%`: 2), so a message can say what the cell shows
   * (0.0462 under `0%` shows 5%, not 4.62%; hostile-39 M3).
   */
  decimals?: number;
  /**
   * A format whose sections show numbers differently (`[>=0.5]0.0%;0.00`,
   * `0.00;-0.00%`): each section's own, with the numbers it shows; `kind`
   * and `percentSigns` are then the first section's. See {@link formatForValue}.
   */
  sections?: FormatSection[];
  /**
   * For `number`: the literal text the format shows after the number (`0.0" kW"`: `kW`, `0"千瓦"`: `千瓦`),
   * trimmed; absent when it shows none. A unit there is the unit of the figure the cell shows (hostile-26 W4).
   */
  suffix?: string;
  /**
   * For `number`: the literal text the format shows before the number (`"<"0.0`: `<`, `"BTU/h "0`: `BTU/h`),
   * trimmed; absent when it shows none. A bound or a unit there changes what the figure says (hostile-27 W3).
   */
  prefix?: string;
  /**
   * For `number`: the digits the format shows after the point (`0.0`: 1, `#,##0.00`: 2, `0`: 0), so the cell's
   * figure can be written as the sheet shows it (33 under `0.0` is `33.0`, as a CSV saved from it has it); absent
   * for General, `@`, a scientific format and one that divides by 1000.
   */
  places?: number;
  /**
   * For `number`: how many times the format divides the number by 1000 for display (a comma after the last digit
   * placeholder, `0.0,"kW"`: 5000 shows `5.0kW`); absent for none.
   */
  thousands?: number;
  /**
   * For `date`: the format shows a time and no date (`h:mm:ss`, `[h]:mm`, `mm:ss`, `h"时"mm"分"`), `elapsed` when it
   * counts hours past 24 (`[h]:mm:ss`), so a message calls the cell a time, not a date (hostile-45).
   */
  time?: 'clock' | 'elapsed';
}

/** One section of a number format: what it makes of a number, and which numbers it shows (`undefined`: the rest). */
export interface FormatSection {
  info: NumberFormatInfo;
  shows?: (n: number) => boolean;
}

// Built-in formats (ECMA-376 Part 1, 18.8.30) that show dates or times: 14–22 and 45–47, and the ones
// Chinese, Japanese and Korean Excel use (27–36, 50–58: yyyy"年"m"月", h"时"mm"分", …).
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);
// Of those, the ones that show a time and no date: h:mm AM/PM … h:mm:ss (18–21), mm:ss, [h]:mm:ss and mmss.0 (45–47),
// the Chinese h"时"mm"分" forms (32–35, 55–56). 46 counts hours past 24.
const BUILT_IN_TIMES: Record<number, 'clock' | 'elapsed'> = {
  18: 'clock',
  19: 'clock',
  20: 'clock',
  21: 'clock',
  32: 'clock',
  33: 'clock',
  34: 'clock',
  35: 'clock',
  45: 'clock',
  46: 'elapsed',
  47: 'clock',
  55: 'clock',
  56: 'clock',
};
// Built-in 9 is `0%`, 10 is `0.00%`: one sign each, and the digits after the point.
const BUILT_IN_PERCENT: Record<number, number> = { 9: 0, 10: 2 };
// Built-in 1 is `0`, 2 `0.00`, 3 `#,##0`, 4 `#,##0.00`: the digits they show after the point.
const BUILT_IN_PLACES: Record<number, number> = { 1: 0, 2: 2, 3: 0, 4: 2 };

/**
 * Classifies a cell's number format.
 *
 * @param id - the format's `numFmtId`
 * @param code - its format code, for a custom format (id 164 and above, or a built-in the file redefines)
 * @example
 * numberFormatInfo(164, '0.00%'); // { kind: 'percent', percentSigns: 1, decimals: 2 }
 * numberFormatInfo(164, 'yyyy"年"m"月"d"日"'); // { kind: 'date', percentSigns: 0 }
 * numberFormatInfo(164, '0.00"%"'); // { kind: 'number', percentSigns: 0 } (a literal %, not ×100)
 */
export function numberFormatInfo(id: number, code?: string): NumberFormatInfo {
  if (code === undefined) {
    if (BUILT_IN_DATES.has(id)) {
      const time = BUILT_IN_TIMES[id];
      return time ? { kind: 'date', percentSigns: 0, time } : { kind: 'date', percentSigns: 0 };
    }
    const decimals = BUILT_IN_PERCENT[id];
    if (decimals !== undefined) return { kind: 'percent', percentSigns: 1, decimals };
    const places = BUILT_IN_PLACES[id];
    return places === undefined
      ? { kind: 'number', percentSigns: 0 }
      : { kind: 'number', percentSigns: 0, places };
  }
  // Up to three sections for numbers (a fourth is for text).
  const codes = splitSections(code).slice(0, 3);
  const infos = codes.map(sectionInfo);
  const first = infos[0]!;
  if (
    infos.every(
      (i) =>
        i.kind === first.kind &&
        i.percentSigns === first.percentSigns &&
        i.decimals === first.decimals &&
        i.places === first.places,
    )
  )
    return first;
  const conditions = codes.map(sectionCondition);
  // Without conditions Excel's sections are ≥ 0; < 0 (two), or > 0; < 0; = 0 (three); with them, a section without one shows the rest.
  const byPlace = infos.length === 2 ? [(n: number) => n >= 0] : [(n: number) => n > 0, (n: number) => n < 0];
  const any = conditions.some((c) => c !== undefined);
  const sections = infos.map((info, i) => ({ info, shows: any ? conditions[i] : byPlace[i] }));
  return { ...first, sections };
}

/**
 * What a cell's format makes of its number: for a format of several
 * sections, the section Excel shows that number with (`0.2345` under
 * `[>=0.5]0.0%;0.00` is shown `0.23`, a number, not a percentage).
 *
 * @example
 * formatForValue(numberFormatInfo(164, '0.00;-0.00%'), -0.05).kind; // 'percent'
 */
export function formatForValue(info: NumberFormatInfo, value: number): NumberFormatInfo {
  if (!info.sections) return info;
  const section =
    info.sections.find((s) => s.shows?.(value)) ?? info.sections.find((s) => s.shows === undefined);
  if (section) return section.info;
  const { kind, percentSigns, decimals } = info;
  return decimals === undefined ? { kind, percentSigns } : { kind, percentSigns, decimals };
}

function sectionInfo(section: string): NumberFormatInfo {
  const shown = formatTokens(section);
  // Elapsed times ([h]:mm) and date/time letters; letters inside quotes, escapes and brackets are already gone.
  const clock = /上午|下午|AM\/PM|A\/P/i.test(section);
  if (/[ymdhs]/i.test(shown.letters) || shown.elapsed || clock) {
    // A time alone: hours, seconds or an elapsed count, and no year or day (an `m` alone is a month).
    if (/[yd]/i.test(shown.letters) || !(/[hs]/i.test(shown.letters) || shown.elapsed || clock))
      return { kind: 'date', percentSigns: 0 };
    return { kind: 'date', percentSigns: 0, time: shown.elapsed ? 'elapsed' : 'clock' };
  }
  const signs = (shown.letters.match(/%/g) ?? []).length;
  if (signs > 0) return { kind: 'percent', percentSigns: signs, decimals: placesAfterPoint(shown.letters) };
  const { prefix, suffix, thousands } = literalText(section);
  const info: NumberFormatInfo = { kind: 'number', percentSigns: 0 };
  // Digit placeholders only (General and `@` have none), not scientific, not divided by 1000.
  if (/[0#?]/u.test(shown.letters) && !/e[+-]/iu.test(shown.letters) && thousands === 0)
    info.places = placesAfterPoint(shown.letters);
  if (suffix !== undefined) info.suffix = suffix;
  if (prefix !== undefined) info.prefix = prefix;
  if (thousands > 0) info.thousands = thousands;
  return info;
}

/** The digit placeholders after a section's decimal point (`0.00%`: 2, `0%`: 0); literal text is gone already. */
function placesAfterPoint(letters: string): number {
  const point = letters.indexOf('.');
  return point < 0 ? 0 : /^[0#?]*/u.exec(letters.slice(point + 1))![0].length;
}

/**
 * The literal text a section shows before its first digit placeholder (`"<"0.0`: `<`) and after its last one
 * (`0.0" kW"`: `kW`), each trimmed, if any; and how many commas follow the last placeholder (each shows the number
 * divided by 1000). `General` counts as a placeholder.
 */
function literalText(section: string): { prefix?: string; suffix?: string; thousands: number } {
  let prefix = '';
  let suffix = '';
  let placeholder = false;
  let thousands = 0;
  const add = (text: string) => {
    if (placeholder) suffix += text;
    else prefix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      add(section.slice(i + 1, end < 0 ? section.length : end));
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') add(section[++i] ?? '');
    else if (ch === '_' || ch === '*') i++;
    else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      i = end < 0 ? section.length : end;
    } else if (/[0#?]/u.test(ch) || /^general/iu.test(section.slice(i))) {
      if (ch === 'G' || ch === 'g') i += 6;
      placeholder = true;
      suffix = '';
      thousands = 0;
    } else if (ch === ',') {
      if (placeholder && suffix === '') thousands++;
    } else if (ch !== '.') add(ch);
  }
  const out: { prefix?: string; suffix?: string; thousands: number } = { thousands };
  if (prefix.trim() !== '') out.prefix = prefix.trim();
  if (suffix.trim() !== '') out.suffix = suffix.trim();
  return out;
}

/** A section's condition (`[>=0.5]`), as a test of the number; `undefined` when it has none. */
function sectionCondition(section: string): ((n: number) => boolean) | undefined {
  const m = /\[(<=|>=|<>|<|>|=)\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\]/i.exec(section);
  if (!m) return undefined;
  const [op, limit] = [m[1], Number(m[2])];
  const tests: Record<string, (n: number) => boolean> = {
    '<': (n) => n < limit,
    '<=': (n) => n <= limit,
    '>': (n) => n > limit,
    '>=': (n) => n >= limit,
    '=': (n) => n === limit,
    '<>': (n) => n !== limit,
  };
  return tests[op!];
}

/** A format code's sections (split at each `;` that is not quoted or escaped). */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\' && !quoted) i++;
    else if (ch === ';' && !quoted) {
      sections.push(code.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(code.slice(start));
  return sections;
}

/** A format section without its literal text: quoted strings, `\x` escapes, `_x` spaces, `*x` fills, `[…]` colours and locales, and "General". */
function formatTokens(section: string): { letters: string; elapsed: boolean } {
  let letters = '';
  let elapsed = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const inside = section.slice(i + 1, end < 0 ? section.length : end);
      if (/^(h+|m+|s+)$/i.test(inside)) elapsed = true;
      i = end < 0 ? section.length : end;
    } else letters += ch;
  }
  return { letters: letters.replace(/general/gi, ''), elapsed };
}
