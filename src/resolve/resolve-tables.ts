import { joinedList } from '../load/full-width-list-comma';
import type { Band } from '../model/band';
import { bandsMeet } from '../model/band';
import type { TableKeyModel, TableModel, TableRowModel } from '../model/rule-set-model';
import type { Literal, ValueKind } from '../model/value';
import { decimalsOf, parseDecimal } from '../rounding/decimal';
import { boundWordsAdvice } from '../syntax/bound-words';
import { nonDecimalNumber } from '../syntax/non-decimal-number';
import { readBand } from '../syntax/read-band';
import { cjkJoin } from '../text/cjk-space';
import { numberValueProblem } from '../text/finite-number';
import { asciiWritten, fullWidthAdvice, WRITTEN_FULL_WIDTH } from '../text/full-width-advice';
import { leadingMinus } from '../text/leading-minus';
import { letterZerosAdvice } from '../text/letter-zeros';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { cutShort } from '../text/quote-short';
import { quotedNumberAdvice } from '../text/quoted-number';
import { safeLine } from '../text/safe-text';
import { TYPESET_MINUS, typesetMinusAdvice } from '../text/typeset-minus';
import { bandGapFix, type GapRow } from './band-gap-fix';
import { bandGapText } from './band-gap-text';
import { bandOverlapFix } from './band-overlap-fix';
import { bandUnitAdvice } from './band-unit-advice';
import { commaSplitCells } from './comma-split-cells';
import { integersBetween, integersText, isIntegerIndicator } from './integers-between';
import { kindName, type ModelContext } from './model-context';
import { checkLiteral, lookup } from './resolve-conditions';
import { zhGrade } from './zh-grade';

/** The cell text for "this grade does not exist for this row", as against `~` (no requirement). */
export const NOT_AVAILABLE = 'n/a';

/**
 * Resolves threshold tables. Key cells select rows: a band for a numeric key
 * (`(4500, 7100]`), a value or list of values otherwise (`[HRB400, HRBF400]`).
 * Value cells keep the digits as written, so "5.00" shows as 5.00 and
 * rounds at 0.01.
 */
export function resolveTables(ctx: ModelContext): TableModel[] {
  const out: TableModel[] = [];
  for (const [name, t] of Object.entries(ctx.doc.tables ?? {})) {
    const path = ['tables', name];
    if (ctx.values.has(name)) {
      const text = localized(`表“${name}”与某个指标同名`, `table "${name}" has the name of an indicator`);
      ctx.error('duplicate-id', text, path, { key: true });
      continue;
    }
    const keys: TableKeyModel[] = [];
    let ok = true;
    for (const [i, key] of t.keys.entries()) {
      const info = lookup(ctx, key, [...path, 'keys', i], true);
      if (!info) {
        ok = false;
        continue;
      }
      if (info.perSpecimen) {
        const text = localized(
          `“${key}”有多个试样，不能用来选取表中的行`,
          `"${key}" takes several specimens and cannot select a table row`,
        );
        ctx.error('table-shape', text, [...path, 'keys', i]);
        ok = false;
      }
      keys.push({
        indicator: key,
        slot: info.slot,
        match: info.kind === 'number' && !info.values ? 'band' : 'category',
      });
    }
    if (!ok) continue;
    if (t.keys.some((k, i) => t.columns[i] !== k)) {
      const text = localized(
        `“columns”必须依次以键列开头：${zhNames(t.keys)}`,
        `"columns" must start with the key columns in order: ${t.keys.join(', ')}`,
      );
      ctx.error('table-shape', text, [...path, 'columns']);
      continue;
    }
    const columns = t.columns.slice(t.keys.length);
    if (columns.length === 0) {
      const text = localized(
        '表中只有键列；请加上限值列',
        'the table has key columns only; add the columns of limits',
      );
      ctx.error('table-shape', text, [...path, 'columns']);
      continue;
    }
    const rows: TableRowModel[] = [];
    const kinds = new Map<string, Set<ValueKind>>(columns.map((c) => [c, new Set()]));
    // Where each column first holds text, to point at that cell when the others are numbers.
    const firstText = new Map<string, { path: (string | number)[]; text: string; row: number }>();
    // Where each column first holds a dash copied from the standard's table ("—"), said apart from other text.
    const firstDash = new Map<string, { path: (string | number)[]; text: string; row: number }>();
    for (const [r, row] of t.rows.entries()) {
      const rowPath = [...path, 'rows', r];
      if (row.length !== t.columns.length) {
        // [P.O，5.0, ~]: an input method's comma joined two cells.
        const joined = joinedList(ctx.source, localized(`第 ${r + 1} 行`, `row ${r + 1}`), row, rowPath);
        if (joined?.items.length === t.columns.length) {
          ctx.error('table-shape', joined.text, [...rowPath, joined.index]);
          continue;
        }
        // [≤ 4500, 5,00, 4.50, …]: a decimal comma (or a thousands one) split a number into two cells (hostile-27 M6).
        const name = localized(`第 ${r + 1} 行`, `row ${r + 1}`);
        const split = commaSplitCells(ctx.source, row, rowPath, t.columns.length, name);
        if (split) {
          for (const cell of split) ctx.error('table-shape', cell.text, [...rowPath, cell.index]);
          continue;
        }
        ctx.error(
          'table-shape',
          localized(
            `第 ${r + 1} 行有 ${row.length} 个单元格；表有 ${t.columns.length} 列（${zhNames(t.columns)}）`,
            `row ${r + 1} has ${row.length} ${row.length === 1 ? 'cell' : 'cells'}; the table has ${t.columns.length} columns (${t.columns.join(', ')})`,
          ),
          rowPath,
        );
        continue;
      }
      const match: TableRowModel['match'] = [];
      for (const [k, key] of keys.entries()) {
        const m = keyCell(ctx, key, row[k], [...rowPath, k]);
        if (m) match.push(m);
      }
      if (match.length !== keys.length) continue;
      const cells = new Map<string, Literal | null>();
      for (const [c, column] of columns.entries()) {
        const at = keys.length + c;
        const cell = row[at];
        if (cell === null || cell === undefined) cells.set(column, null);
        else if (cell === NOT_AVAILABLE)
          cells.set(column, { value: NOT_AVAILABLE, text: NOT_AVAILABLE, decimals: 0, unavailable: true });
        else if (Array.isArray(cell)) {
          const text = localized(
            `列“${column}”存放限值；列表只能写在键列中`,
            `column "${column}" holds limits; a list belongs in a key column`,
          );
          ctx.error('table-shape', text, [...rowPath, at]);
        } else {
          const text = ctx.source.literal([...rowPath, at]) ?? String(cell);
          // A cell is a limit: YAML reads 1e999 as infinity and 1e-400 as 0.
          const problem =
            typeof cell === 'number' ? numberValueProblem(cell, text) : numberWrittenWrong(cell);
          if (problem) {
            ctx.error('invalid-requirement', problem, [...rowPath, at]);
            continue;
          }
          cells.set(column, { value: cell, text, decimals: typeof cell === 'number' ? decimalsOf(text) : 0 });
          if (typeof cell === 'string' && DASH.test(cell)) {
            if (!firstDash.has(column))
              firstDash.set(column, { path: [...rowPath, at], text: cell, row: r + 1 });
            continue;
          }
          kinds.get(column)!.add(typeof cell as ValueKind);
          if (typeof cell === 'string' && !firstText.has(column))
            firstText.set(column, { path: [...rowPath, at], text: cell, row: rows.length + 1 });
        }
      }
      rows.push({ match, cells, location: ctx.location(rowPath), path: rowPath });
    }
    const columnKinds = new Map<string, ValueKind>();
    for (const [column, set] of kinds) {
      const dash = firstDash.get(column);
      // In a column of text a dash may be one of the texts; among limits it stands for "no figure".
      if (dash && !set.has('string')) ctx.error('table-shape', dashCell(ctx, column, dash), dash.path);
      else if (dash) set.add('string');
      if (set.size > 1) {
        const kinds = [...set];
        const mixed = localized(
          `列“${column}”混有${kinds.map((k) => kindName(k).zh).join('和')}两类值`,
          `column "${column}" mixes ${kinds.map((k) => (k === 'string' ? 'text' : k)).join(' and ')} values`,
        );
        const cell = set.has('number') ? firstText.get(column) : undefined;
        if (cell) {
          // Numbers with one text among them: say which cell, at that cell ("≥5.00", "5.00 W/W", "５.００").
          const quoted = safeLine(cutShort(cell.text));
          // `"0.90"`: quoted to keep its zero, or copied so; the quotes are what to remove (newcomer-27 M53).
          const unquote = quotedNumberAdvice(cell.text, undefined);
          const write = cellNumber(cell.text);
          const text = unquote
            ? localized(
                `${mixed.zh}：第 ${cell.row} 行的“${quoted}”${unquote.zh}`,
                `${mixed.en}: row ${cell.row} has "${quoted}", which ${unquote.en}`,
              )
            : localized(
                `${mixed.zh}：第 ${cell.row} 行的“${quoted}”是文本；限值单元格只写数值${write.zh}`,
                `${mixed.en}: row ${cell.row} has the text "${quoted}"; a limit cell holds the number alone${write.en}`,
              );
          ctx.error('table-shape', text, cell.path);
        } else ctx.error('table-shape', mixed, [...path, 'columns', t.keys.length + columns.indexOf(column)]);
      }
      columnKinds.set(column, set.size === 1 ? [...set][0]! : 'number');
    }
    const table: TableModel = { name, index: out.length, keys, columns, columnKinds, rows };
    if (t.title) table.title = t.title;
    if (t.source) table.source = t.source;
    // A row refused for an error in it (a band not read, a cell too many) leaves a gap that is no gap:
    // that error says what to fix, and advice to stretch a neighbouring band would merge two of the standard's.
    checkCoverage(ctx, table, rows.length === t.rows.length);
    ctx.tables.set(name, table);
    out.push(table);
  }
  return out;
}

/**
 * A cell holding only dashes or a slash, as a standard's table marks "no
 * figure" (`—`, `–`, `-`, `－`, `——`, `/`): a rule file says which of two
 * things that is.
 */
const DASH = /^\s*(?:[-‐‑‒–—―−－─━]+|[/／])\s*$/;

/**
 * A dash in a limit column: not a limit, and not the number the message for
 * other text asks for. The standard's "—" is either `n/a` (this row's product
 * has no such grade) or `~` (no requirement in this row); in a grade column
 * the grade is named.
 */
function dashCell(ctx: ModelContext, column: string, cell: { text: string; row: number }): LocalizedText {
  const quoted = safeLine(cutShort(cell.text.trim()));
  const grade = ctx.grades.get(column);
  const gradeZh = grade ? zhGrade(ctx, grade) : '这个等级';
  const gradeEn = grade ? `grade "${grade.id}"` : 'such grade';
  return localized(
    `列“${column}”第 ${cell.row} 行的“${quoted}”不是限值：标准表格中的“${quoted}”，若表示此行的产品没有${gradeZh}，请写 n/a；若表示标准在此行没有要求，请写 ~`,
    `column "${column}", row ${cell.row}: "${quoted}" is not a limit: where the standard's table has "${quoted}", write n/a if this row's product has no ${gradeEn}, or ~ if the standard sets no requirement in this row`,
  );
}

/**
 * A limit cell written as text that means a number: full-width digits (`９７`,
 * `"５.００"`), refused as a written limit is, naming the characters; digit
 * groups or hexadecimal (`"1,000"`, `"0x61"`); the typeset minus (`−60`). Each was taken for text and
 * reported as a column mixing numbers and text, or as a limit of the wrong kind.
 */
function numberWrittenWrong(cell: unknown): LocalizedText | undefined {
  if (typeof cell !== 'string') return undefined;
  const written = cell.trim();
  const notDecimal = nonDecimalNumber(written, safeLine(cutShort(written)));
  if (notDecimal) return notDecimal;
  // `4OO`: read as text, it made the criterion's limit text, a message far from the cell (hostile-29 M4).
  const zeros = letterZerosAdvice(written);
  if (zeros) return localized(`“${written}”${zeros.zh}`, `"${written}" ${zeros.en}`);
  // `−60` copied from a standard's table: YAML reads the typeset minus as text, which was then called "text in
  // quotes", and a column of such cells a limit of the wrong kind at the criterion (newcomer-43).
  const minus = leadingMinus(written);
  if (written.startsWith(TYPESET_MINUS) && parseDecimal(minus)) {
    const shown = safeLine(cutShort(written));
    return localized(
      `“${shown}”的负号是排版用的减号“−”（U+2212），YAML 把它读作文本：限值的负号请写半角的“-”，写作 ${minus}`,
      `"${shown}" begins with the typeset minus "−" (U+2212), which YAML reads as text: write a limit's minus as ASCII "-": ${minus}`,
    );
  }
  // `–60`, `﹣60`: a dash for the minus; `2e−1`: the typeset minus in the exponent, once told "write 2" (hostile-43).
  const dashed = typesetMinusAdvice(written, (ascii) => parseDecimal(ascii) !== undefined);
  if (dashed) return dashed.text;
  if (!WRITTEN_FULL_WIDTH.test(cell)) return undefined;
  const ascii = asciiWritten(cell).trim();
  return parseDecimal(ascii) ? fullWidthAdvice(cell, ascii) : undefined;
}

function keyCell(
  ctx: ModelContext,
  key: TableKeyModel,
  cell: unknown,
  path: (string | number)[],
): Band | (string | number | boolean)[] | undefined {
  const info = ctx.values.get(key.indicator)!;
  if (key.match === 'band') {
    const text = typeof cell === 'number' ? (ctx.source.literal(path) ?? String(cell)) : cell;
    const parsed = typeof text === 'string' ? readBand(text) : undefined;
    if (parsed && 'problem' in parsed) {
      ctx.error('invalid-band', parsed.problem, path);
      return undefined;
    }
    if (!parsed) {
      ctx.error(
        'invalid-band',
        (typeof text === 'string'
          ? (boundWordsAdvice(text) ?? bandUnitAdvice(text, 'key', key.indicator, info.unit))
          : undefined) ??
          localized(
            `${JSON.stringify(cell)} 不是“${key.indicator}”的区间；请写成如 "(4500, 7100]"、"≤ 4500" 或 "6~25"`,
            `${JSON.stringify(cell)} is not a band of "${key.indicator}"; write e.g. "(4500, 7100]", "≤ 4500" or "6~25"`,
          ),
        path,
      );
      return undefined;
    }
    return parsed.band;
  }
  const list = Array.isArray(cell) ? cell : [cell];
  const values: (string | number | boolean)[] = [];
  for (const [i, v] of list.entries()) {
    const checked = checkLiteral(ctx, info, key.indicator, v, Array.isArray(cell) ? [...path, i] : path);
    if (checked === undefined) return undefined;
    values.push(checked);
  }
  return values;
}

/**
 * Rows that share their other keys must not leave gaps between bands (a value
 * no row covers, inside the outermost bands) nor overlap (a value two rows
 * cover), and must not repeat a category. Gaps are looked for only when
 * `everyRow` was read: a refused row may be the one that fills them. A row
 * listing several values of a category key shares its keys with the rows
 * of each (hostile-37 W2: `[[heat-pump, cooling-only], "≤ 7100"]` overlaps
 * `[heat-pump, "≤ 4500"]`); each error is told once however many values
 * the rows share.
 */
function checkCoverage(ctx: ModelContext, table: TableModel, everyRow: boolean): void {
  const said = new Set<string>();
  const first = (code: string, path: readonly (string | number)[]) => {
    const id = `${code} ${JSON.stringify(path)}`;
    if (said.has(id)) return false;
    said.add(id);
    return true;
  };
  const repeats = repeatedRows(ctx, table);
  for (const [k, key] of table.keys.entries()) {
    const groups = new Map<string, TableRowModel[]>();
    for (const row of table.rows)
      for (const others of repeats.has(row) ? [] : groupKeys(row, k)) {
        const group = groups.get(others);
        if (group) group.push(row);
        else groups.set(others, [row]);
      }
    for (const rows of groups.values()) {
      if (key.match === 'band') checkBands(ctx, table, key, rows, k, everyRow, first);
      else checkCategories(ctx, table, key, rows, k, first);
    }
  }
}

/**
 * The rows of a table of two keys or more whose every key is an earlier row's, each told once, naming both lines.
 * Such a row was told once per key, as half the story each: "kind = a appears in two rows" (though a category
 * takes several rows, one per band) and "bands [0, 1) and [0, 1) overlap" (hostile-45). They are left out of the
 * checks by key.
 */
function repeatedRows(ctx: ModelContext, table: TableModel): ReadonlySet<TableRowModel> {
  const repeats = new Set<TableRowModel>();
  if (table.keys.length < 2) return repeats;
  const first = new Map<string, TableRowModel>();
  const names = table.keys.map((k) => k.indicator);
  for (const row of table.rows) {
    const id = JSON.stringify(row.match);
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, row);
      continue;
    }
    repeats.add(row);
    const line = earlier.location.line;
    ctx.error(
      'duplicate-row',
      localized(
        `表“${table.name}”中，这一行的键（${names.join('、')}）与第 ${line} 行完全相同：一条记录会同时匹配两行；请删去其中一行，或改正它的键`,
        `in table "${table.name}", this row gives the same keys (${names.join(', ')}) as the row at line ${line}: a record would match both; delete one, or correct its keys`,
      ),
      row.path,
    );
  }
  return repeats;
}

/** How many groups one row is put in at most: beyond, it is grouped by its cells as written. */
const MAX_GROUPS = 10_000;

/**
 * The groups a row is in when key `k` is checked: one per combination of the values its other category cells
 * list, its other band cells as written.
 */
function groupKeys(row: TableRowModel, k: number): string[] {
  let keys = [''];
  for (const [i, m] of row.match.entries()) {
    const parts =
      i === k
        ? ['*']
        : Array.isArray(m) && m.length > 0
          ? m.map((v) => JSON.stringify(v))
          : [JSON.stringify(m)];
    if (keys.length * parts.length > MAX_GROUPS)
      return [
        row.match
          .map((m, j) => (j === k ? '*' : JSON.stringify(Array.isArray(m) ? [...m].sort() : m)))
          .join('|'),
      ];
    keys = keys.flatMap((key) => parts.map((p) => `${key}|${p}`));
  }
  return keys;
}

function checkBands(
  ctx: ModelContext,
  table: TableModel,
  key: TableKeyModel,
  rows: TableRowModel[],
  k: number,
  gaps: boolean,
  first: (code: string, path: readonly (string | number)[]) => boolean,
): void {
  const sorted = [...rows].sort((a, b) => (a.match[k] as Band).lower - (b.match[k] as Band).lower);
  // Each band is compared with the one reaching furthest before it, not only the one before: `≤ 7100`, `≤ 4500`,
  // `(7100, 14000]` overlap once and leave no gap (hostile-37 W2, rows in any order).
  let reach = 0;
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[reach]!;
    const prev = from.match[k] as Band;
    const next = sorted[i]!.match[k] as Band;
    if (next.upper > prev.upper || (next.upper === prev.upper && next.upperInclusive)) reach = i;
    const at = [...sorted[i]!.path, k];
    const meet = bandsMeet(prev, next);
    if (meet === 'overlap' && first('band-overlap', at)) {
      // Which row takes the values both hold is the standard's call: both rewrites are offered (studio-29 F2).
      const fix = bandOverlapFix(prev, next);
      ctx.error(
        'band-overlap',
        localized(
          `表“${table.name}”中，“${key.indicator}”的区间 ${prev.text} 与 ${next.text} 重叠：一个值会匹配两行${fix.zh}`,
          `in table "${table.name}", ${key.indicator} bands ${prev.text} and ${next.text} overlap: a value would match two rows${fix.en}`,
        ),
        at,
      );
    } else if (meet === 'gap' && gaps && first('band-gap', at)) {
      // An integer key: rows 0~2 and 3~5 leave no value it takes unmatched (newcomer-21 F6).
      const integer = isIntegerIndicator(ctx.doc, key.indicator);
      const whole = integer ? integersBetween(prev, next) : undefined;
      if (integer && !whole) continue;
      const between = whole ? integersText(whole) : bandGapText(prev, next);
      const fix = bandGapFix(prev, next, key.indicator, integer, gapRow(ctx, from, k));
      // "10 itself matches", "the integer 3 matches"; "values between 2 and 3 match".
      const one = whole ? whole.first === whole.last : prev.upper === next.lower;
      ctx.error(
        'band-gap',
        localized(
          `表“${table.name}”中，“${key.indicator}”的区间 ${prev.text} 与 ${next.text} 之间有空缺：${cjkJoin(between.zh, '不匹配任何行')}${fix.zh}`,
          `in table "${table.name}", ${key.indicator} bands ${prev.text} and ${next.text} leave a gap: ${between.en} ${one ? 'matches' : 'match'} no row${fix.en}`,
        ),
        at,
      );
    }
  }
}

/** A row's cells as the file writes them ({@link GapRow}): each scalar's own text, quoted as YAML needs. */
function gapRow(ctx: ModelContext, row: TableRowModel, key: number): GapRow | undefined {
  const raw = ctx.doc.tables?.[String(row.path[1])]?.rows[Number(row.path[3])];
  if (!Array.isArray(raw)) return undefined;
  const cells = raw.map((cell, c) => {
    if (typeof cell === 'number') return ctx.source.literal([...row.path, c]) ?? String(cell);
    if (typeof cell === 'string')
      return /^[\p{L}_][\p{L}\p{N}_./-]*$/u.test(cell) ? cell : JSON.stringify(cell);
    return cell === null ? '~' : JSON.stringify(cell);
  });
  return { cells, key };
}

function checkCategories(
  ctx: ModelContext,
  table: TableModel,
  key: TableKeyModel,
  rows: TableRowModel[],
  k: number,
  once: (code: string, path: readonly (string | number)[]) => boolean,
): void {
  // The first row giving each value: the error names its line, so both rows are found (newcomer-30 F5).
  const seen = new Map<string, TableRowModel>();
  for (const row of rows) {
    for (const v of row.match[k] as (string | number | boolean)[]) {
      const id = JSON.stringify(v);
      const first = seen.get(id);
      if (first && once('duplicate-row', [...row.path, k, id])) {
        const line = ctx.location([...first.path, k]).line;
        ctx.error(
          'duplicate-row',
          localized(
            `表“${table.name}”中，“${key.indicator} = ${String(v)}”出现在两行中（另一行在第 ${line} 行）`,
            `in table "${table.name}", ${key.indicator} = ${String(v)} appears in two rows (the other at line ${line})`,
          ),
          [...row.path, k],
        );
      } else seen.set(id, row);
    }
  }
}

// `86%`, `≥ 5.00`, `5.00 W/W`: a number with a unit or an operator around it, in a cell of limits.
const NUMBER_IN_CELL = /^\s*(?:[≥≤<>]=?|=)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?:[^\s\d.]\S*)?\s*$/u;

// `1:20`, `5.00/4.50`, `4.5~5.0`: a second number after a separator, a ratio or a pair of limits.
const SECOND_NUMBER =
  /^\s*(?:[≥≤<>]=?|=)?\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*[:：/／~～、,，;；-]\s*[+-]?\.?\d/u;

/**
 * What a limit cell holds instead of the text: `write 86` for a cell `86%` (its number, the digits as written), else
 * an example. A cell of two numbers (`1:20`) names neither: which one the standard means, or whether it is their
 * ratio, is not for qgrade to guess (hostile-37 M2).
 */
export function cellNumber(text: string): LocalizedText {
  if (SECOND_NUMBER.test(text))
    return localized(
      '：请写标准为这一格给出的那个数值',
      ': write the number the standard gives for this cell',
    );
  const number = NUMBER_IN_CELL.exec(text)?.[1];
  return number === undefined
    ? localized('，如 5.00', ', e.g. 5.00')
    : localized(`：请写 ${number}`, `: write ${number}`);
}
