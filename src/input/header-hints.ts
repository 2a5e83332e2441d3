import type { IndicatorInfo } from '../resolve/rule-set';
import { closestName } from '../text/closest-name';
import { foldLabel } from '../text/fold-label';
import { type LocalizedText, localized } from '../text/localized-text';
import { shellWord } from '../text/shell-word';
import { trimCell } from './convert-value';
import { indicatorForms, normaliseHeader, textForms } from './header-forms';
import { splitHeaderUnit } from './header-unit';
import type { TextInputFormat } from './input-item';
import { KnownUnits, unitKey } from './units';

/** What {@link headerHints} looks at: a table's header, once read. */
export interface HeaderHintInput {
  /** What to call the input in messages. */
  name: string;
  /** The header's cells as written (trimmed). */
  headers: readonly string[];
  /** The field each column gives (after `--map` and labels); `''` for none. */
  fields: readonly string[];
  indicators: readonly IndicatorInfo[];
  /** Columns not to point at: mapped with `--map` or kept with `--keep`. */
  excluded: ReadonlySet<string>;
  /** CSV or TSV: a one-column header with the other separator in it is pointed at; xlsx is not. */
  format?: TextInputFormat | 'xlsx';
}

/**
 * Hints about a header that gives no column for some indicator although it
 * has one close to it, so that "X is missing" on every row is not all the
 * user sees: a column whose name, once normalised (NFKC, so full-width
 * letters and the ideographic space fold; white space removed; Latin case
 * folded), is an indicator's name or label, its label without the symbol or
 * bracketed note at its end (`额定制冷量` for `额定制冷量 CC`), or a likely typo
 * of one, or (failing those) the end of one, its qualifier left out (`直径`
 * for `公称直径 d`); the column's own bracketed note (a unit: `APF（W/W）`)
 * is looked past too. Each names the `--map` to write; nothing is mapped silently. A
 * header of one column with `;` (or a tab, or a comma in TSV) in it gets a
 * hint about the separator instead. Called once per input, on its header.
 */
export function headerHints(input: HeaderHintInput): LocalizedText[] {
  const { name, headers, fields, indicators, excluded } = input;
  const only = headers.length === 1 ? headers[0]! : undefined;
  if (only !== undefined && input.format !== undefined && input.format !== 'xlsx') {
    const separator = separatorHint(name, only, input.format);
    if (separator) return [separator];
  }
  const given = new Set(fields);
  const missing = indicators.filter((i) => !given.has(i.name));
  if (missing.length === 0) return [];
  const indicatorNames = new Set(indicators.map((i) => i.name));
  const candidates: { column: string; forms: Set<string> }[] = [];
  headers.forEach((h, i) => {
    const column = trimCell(h);
    if (column === '' || excluded.has(column) || indicatorNames.has(fields[i] ?? '')) return;
    candidates.push({ column, forms: hintForms(column) });
  });
  if (candidates.length === 0) return [];
  const hints: LocalizedText[] = [];
  const units = new KnownUnits(indicators);
  const pointed = new Set<string>();
  for (const ind of missing) {
    const forms = indicatorForms(ind);
    const open = candidates.filter((c) => !pointed.has(c.column));
    const match =
      open.find((c) => [...c.forms].some((f) => forms.has(f))) ??
      open.find((c) => {
        const key = normaliseHeader(c.column);
        return key.length >= 4 && closestName(key, forms) !== undefined;
      }) ??
      open.find((c) => [...c.forms].some((f) => endsLabel(f, forms)));
    if (!match) continue;
    pointed.add(match.column);
    const written = otherUnit(match.column, ind, units);
    hints.push(
      written ? otherUnitHint(name, match.column, ind, written) : nearMissHint(name, match.column, ind),
    );
  }
  return hints;
}

/**
 * Whether a column's form is the end of one of an indicator's forms, the
 * qualifier before it left out (`直径` for `公称直径`, `diameter` for
 * `nominaldiameter`): two Chinese characters or more, or six letters or
 * more, so that a short word does not point at every label ending in it.
 */
function endsLabel(form: string, forms: ReadonlySet<string>): boolean {
  const long = /\p{Script=Han}/u.test(form) ? form.length >= 2 : form.length >= 6;
  return long && [...forms].some((f) => f.length > form.length && f.endsWith(form));
}

/**
 * A column's forms for a hint: {@link textForms}, and those of its text
 * before a unit written after a slash, as test reports head columns
 * (`28天抗压强度/MPa`). Only for hints: a slash may also divide two names
 * (`SEER/APF`), which a hint may point at but nothing may read so. (A
 * label followed by its indicator's own unit is read as it: see
 * `IndicatorHeaders.withUnit`; what reaches here is any other text.)
 */
function hintForms(column: string): Set<string> {
  const forms = textForms(column);
  const slash = /^(.+?)\s*\/\s*[^/\s]{1,12}$/u.exec(column.normalize('NFKC'));
  if (slash) for (const f of textForms(slash[1]!)) forms.add(f);
  return forms;
}

/**
 * The unit a column writes after an indicator's name or label when it is a
 * unit other than the indicator's own: a single letter too (`额定制冷量 CC/W`
 * for an indicator in kW), which is not read as a unit there (it may be a
 * symbol), but must not be mapped as the indicator without a word either.
 */
function otherUnit(column: string, ind: IndicatorInfo, units: KnownUnits): string | undefined {
  if (ind.unit === undefined) return undefined;
  const own = unitKey(ind.unit);
  const names = new Set([ind.name, ind.label.zh, ind.label.en].map(foldLabel));
  const read = splitHeaderUnit(
    column,
    (label) => (names.has(label) ? ind : undefined),
    (written) => {
      const key = units.key(written);
      return key === undefined ? undefined : key === own ? 'same' : 'other';
    },
  );
  return read && !read.same ? read.written : undefined;
}

/** A column that names an indicator with a unit other than its own: mapping it would grade its values in the wrong unit. */
function otherUnitHint(name: string, column: string, ind: IndicatorInfo, written: string): LocalizedText {
  return localized(
    `${name}：“${column}”列似乎是指标 ${ind.name}（${ind.label.zh}），但单位是 ${written}，而该指标的单位是 ${ind.unit}，因此没有作为它读取；如果就是它，请把数值换算为 ${ind.unit}，并把表头中的单位改为 ${ind.unit}`,
    `${name}: the column "${column}" seems to be the indicator ${ind.name} (${ind.label.en}) in ${written}, while the indicator is in ${ind.unit}, so it is not read as it; if it is that indicator, convert its values to ${ind.unit} and write ${ind.unit} in the header`,
  );
}

function nearMissHint(name: string, column: string, ind: IndicatorInfo): LocalizedText {
  const map = `--map ${shellWord(`${column}=${ind.name}`)}`;
  return localized(
    `${name}：“${column}”列与指标 ${ind.name}（${ind.label.zh}）相近，但没有作为它读取；如果就是它，请加上 ${map}`,
    `${name}: the column "${column}" is close to the indicator ${ind.name} (${ind.label.en}) but is not read as it; if it is that indicator, add ${map}`,
  );
}

function separatorHint(name: string, column: string, format: TextInputFormat): LocalizedText | undefined {
  if (format === 'csv' && column.includes('\t')) {
    return localized(
      `${name} 的表头只有一列，其中有制表符：文件似乎以制表符分隔（TSV）；请加上 -i tsv`,
      `${name} has a header of one column with tabs in it: the file seems separated by tabs (TSV); add -i tsv`,
    );
  }
  if (column.includes(';')) {
    return localized(
      `${name} 的表头只有一列“${column}”，其中有分号：文件似乎以分号分隔（欧洲区域设置的 Excel 这样保存 CSV）；qgrade 读取以逗号分隔的 CSV，请把它另存为以逗号分隔的文件`,
      `${name} has a header of one column, "${column}", with semicolons in it: the file seems separated by semicolons (as Excel saves CSV in European locales); qgrade reads comma-separated CSV, so save it separated by commas`,
    );
  }
  if (format === 'tsv' && column.includes(',')) {
    return localized(
      `${name} 的表头只有一列，其中有逗号：文件似乎以逗号分隔（CSV）；请加上 -i csv`,
      `${name} has a header of one column with commas in it: the file seems separated by commas (CSV); add -i csv`,
    );
  }
  return undefined;
}
