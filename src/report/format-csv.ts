import type { GradeResult } from '../model/grade-result';
import { keptValue } from '../model/kept-values';
import { astral, type ByteBuffer } from '../serialize/byte-buffer';
import type { Language } from '../text/localized-text';
import { holdsDown } from './summarize-result';

/** The columns of {@link resultCsvRow}, named as the fields of `GradeResult` where they are one. */
export const RESULT_CSV_COLUMNS = [
  'row',
  'grade',
  'label',
  'conforming',
  'nextGrade',
  'blockers',
  'notGradedReason',
  'failing',
  'invalidFields',
  'explanation',
] as const;

/** The header line of {@link resultCsvRow}: `row`, the kept columns, then {@link RESULT_CSV_COLUMNS}. */
export function resultCsvHeader(kept: readonly string[] = []): string {
  return [RESULT_CSV_COLUMNS[0], ...kept, ...RESULT_CSV_COLUMNS.slice(1)].map(csvTextCell).join(',');
}

/**
 * One result as a CSV line (RFC 4180, no line break at the end): the grade
 * and its label in `lang`, the next grade and its blockers, why it is not
 * graded, the ids of every failing requirement (`;`-separated), the invalid
 * fields (`(record)` for a row that cannot be read), and a one-line
 * explanation (what holds the record down, or what is wrong with it).
 * Text cells go through {@link csvTextCell}, so a spreadsheet never reads
 * one as a formula; `row` and `conforming` are written as they are.
 */
export function resultCsvRow(
  result: GradeResult,
  lang: Language,
  kept: readonly string[] = [],
  ids = false,
): string {
  // Built by concatenation, not arrays joined: this runs once per row of a large file.
  let line = result.row === undefined ? '' : String(result.row);
  for (const column of kept) line += `,${csvTextCell(keptValue(result.kept, column) ?? '')}`;
  line += `,${csvTextCell(result.grade ?? '')},${csvTextCell(result.label?.[lang] ?? '')},${result.conforming}`;
  const next = result.nextGrade;
  let blockers = '';
  if (next)
    for (let i = 0; i < next.blockers.length; i++)
      blockers += i === 0 ? next.blockers[i]!.id : `;${next.blockers[i]!.id}`;
  line += `,${csvTextCell(next?.grade ?? '')},${csvTextCell(blockers)},${csvTextCell(result.notGradedReason?.code ?? '')}`;
  let failing = '';
  for (const c of result.criteria) if (c.passed === false) failing += failing === '' ? c.id : `;${c.id}`;
  const invalid = result.errors
    ? [...new Set(result.errors.map((e) => e.field || '(record)'))].join(';')
    : '';
  return `${line},${csvTextCell(failing)},${csvTextCell(invalid)},${csvTextCell(holdsDown(result, lang, ids))}`;
}

const COMMA = 44;
const LINE_FEED = 10;

/**
 * {@link resultCsvRow} and its line break, made safe as `safeText` makes it,
 * written as UTF-8 straight into `out`: the bytes of
 * `out.text(safeText(resultCsvRow(result, lang, kept, ids)) + '\n')`,
 * with no line string built, scanned and encoded in between (this runs once
 * per row of `qgrade grade -f csv`).
 *
 * @example
 * const out = new ByteBuffer();
 * writeResultCsvRow(result, 'en', ['sku'], false, out); // `1,AC-1,3,Grade 3,true,…\n`
 */
export function writeResultCsvRow(
  result: GradeResult,
  lang: Language,
  kept: readonly string[],
  ids: boolean,
  out: ByteBuffer,
): void {
  if (result.row !== undefined) out.ascii(String(result.row));
  for (const column of kept) {
    out.byte(COMMA);
    writeCsvTextCell(keptValue(result.kept, column) ?? '', out);
  }
  out.byte(COMMA);
  writeCsvTextCell(result.grade ?? '', out);
  out.byte(COMMA);
  writeCsvTextCell(result.label?.[lang] ?? '', out);
  out.byte(COMMA);
  out.ascii(String(result.conforming));
  const next = result.nextGrade;
  out.byte(COMMA);
  writeCsvTextCell(next?.grade ?? '', out);
  out.byte(COMMA);
  if (next) {
    let blockers = '';
    for (let i = 0; i < next.blockers.length; i++)
      blockers += i === 0 ? next.blockers[i]!.id : `;${next.blockers[i]!.id}`;
    writeCsvTextCell(blockers, out);
  }
  out.byte(COMMA);
  writeCsvTextCell(result.notGradedReason?.code ?? '', out);
  let failing = '';
  for (const c of result.criteria) if (c.passed === false) failing += failing === '' ? c.id : `;${c.id}`;
  out.byte(COMMA);
  writeCsvTextCell(failing, out);
  out.byte(COMMA);
  if (result.errors)
    writeCsvTextCell([...new Set(result.errors.map((e) => e.field || '(record)'))].join(';'), out);
  out.byte(COMMA);
  writeCsvTextCell(holdsDown(result, lang, ids), out);
  out.byte(LINE_FEED);
}

/**
 * {@link csvTextCell}, made safe as `safeText` makes it, as UTF-8 into `out`:
 * the formula guard and the quoting are decided on the text as given, as
 * {@link csvTextCell} decides them; then each unsafe character (C0 and C1
 * controls but tab and line feed, DEL, bidirectional controls) and each lone
 * surrogate is written as U+FFFD.
 *
 * @example
 * writeCsvTextCell('=SUM(A1)', out); // `'=SUM(A1)`
 */
export function writeCsvTextCell(text: string, out: ByteBuffer): void {
  const n = text.length;
  if (n === 0) return;
  const c = text.charCodeAt(0);
  // A leading `'`, which is then the cell's first character (never a space).
  const formula = startsFormula(text);
  let quoted = (!formula && isSpace(c)) || isSpace(text.charCodeAt(n - 1));
  // One pass: encoded as if unquoted, quotes doubled (a quote makes the cell quoted anyway), and the
  // opening quote put in front afterwards when a comma, quote or line break was met (few cells have one).
  // At most 3 bytes per UTF-16 unit (a pair: 4 for 2), a doubled quote 2; the quotes and the `'`.
  out.reserve(n * 3 + 3);
  const b = out.bytes;
  const start = out.length;
  let p = start;
  if (formula) b[p++] = 39;
  for (let i = 0; i < n; i++) {
    let u = text.charCodeAt(i);
    if (u < 0x80) {
      if (u >= 0x20 ? u === 0x7f : u !== 9 && u !== 10) {
        // DEL and C0 controls but tab and line feed: U+FFFD (a CR still makes the cell quoted).
        if (u === 13) quoted = true;
        b[p++] = 0xef;
        b[p++] = 0xbf;
        b[p++] = 0xbd;
      } else {
        b[p++] = u;
        if (u === 34) {
          b[p++] = 34;
          quoted = true;
        } else if (u === 44 || u === 10) quoted = true;
      }
      continue;
    }
    if (u < 0x800) {
      if (u <= 0x9f || u === 0x61c) u = 0xfffd;
      else {
        b[p++] = 0xc0 | (u >> 6);
        b[p++] = 0x80 | (u & 0x3f);
        continue;
      }
    } else if (u >= 0xd800 && u <= 0xdfff) {
      const d = u <= 0xdbff && i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        p = astral(b, p, u, d);
        i++;
        continue;
      }
      u = 0xfffd;
    } else if (u === 0x200e || u === 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
      u = 0xfffd;
    b[p++] = 0xe0 | (u >> 12);
    b[p++] = 0x80 | ((u >> 6) & 0x3f);
    b[p++] = 0x80 | (u & 0x3f);
  }
  if (quoted) {
    b.copyWithin(start + 1, start, p);
    b[start] = 34;
    p++;
    b[p++] = 34;
  }
  out.length = p;
}

/**
 * A CSV cell holding text (an id, a label, a message), never a number: text
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'`, as OWASP advises against CSV injection, so Excel and WPS show
 * it as text instead of running it as a formula. Then quoted as
 * {@link csvCell} quotes. A cell that is exactly a plain decimal number
 * (`-3`, `+5`, `-0.25`) runs nothing and is written as it is: a kept mass
 * deviation `-3` stays a number for every reader (hostile-37 M3).
 *
 * @example
 * csvTextCell('=HYPERLINK("http://x")') // `"'=HYPERLINK(""http://x"")"`
 * csvTextCell('KFR-35GW') // `KFR-35GW`
 * csvTextCell('-3') // `-3`
 * csvTextCell('-3+A1') // `'-3+A1`
 */
export function csvTextCell(text: string): string {
  return csvCell(startsFormula(text) ? `'${text}` : text);
}

/** Whether a text cell gets a leading `'`: it starts with = + - @ tab or CR and is not a plain signed number. */
function startsFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 43 || c === 45) return !PLAIN_SIGNED.test(text);
  return c === 61 || c === 64 || c === 9 || c === 13;
}

/** A signed plain decimal number, nothing around it. */
const PLAIN_SIGNED = /^[+-]\d+(?:\.\d+)?$/;

/** A CSV cell, quoted when it holds a comma, a quote, a line break or surrounding spaces. */
export function csvCell(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  // A loop, not a regular expression: several cells of every row of a large file go through here.
  let quoted = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1));
  for (let i = 0; !quoted && i < n; i++) {
    const c = text.charCodeAt(i);
    quoted = c === 34 || c === 44 || c === 10 || c === 13; // " , \n \r
  }
  return quoted ? `"${text.replace(/"/g, '""')}"` : text;
}

/** White space as a regular expression's `\s` reads it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}
