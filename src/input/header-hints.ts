import { type IndicatorInfo, isComputedLabel, soleItemDimension } from '../resolve/rule-set';
import { foldLabel } from '../text/fold-label';
import { type LocalizedText, localized } from '../text/localized-text';
import { shellWord } from '../text/shell-word';
import { type CloseColumn, closeColumns } from './close-columns';
import type { TextInputFormat } from './input-item';
import { opposesIndicator } from './opposite-column';
import { mapOption, type OptionNaming } from './option-naming';
import { unitAsWritten } from './unit-as-written';
import { countAdvice, degreeAdvice } from './unit-mismatch';
import { countBasis, countBasisOnly, isDegreeWord, perCycleOnly, unitKey, weightingOnly } from './units';
import { withinLabel } from './within-label';

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
  /** How the mapping to add is named: `--map` (default), `options.map`, or the studio's column-mapping box. */
  naming?: OptionNaming;
}

/**
 * Hints about a header that gives no column for some indicator although it
 * has one close to it ({@link closeColumns}), so that "X is missing" on every
 * row is not all the user sees. Each names the `--map` to write, or, for a
 * column in another unit (`初凝时间(h)`, `下屈服强度ReL(kN/mm²)`), says to convert
 * its values: mapping it would read them in the indicator's unit. Nothing is
 * mapped silently. A header of one column with `;` (or a tab, or a comma in
 * TSV) in it gets a hint about the separator instead. Called once per input, on its header.
 */
export function headerHints(input: HeaderHintInput): LocalizedText[] {
  const { name, headers, fields, indicators, excluded } = input;
  const only = headers.length === 1 ? headers[0]! : undefined;
  if (only !== undefined && input.format !== undefined && input.format !== 'xlsx') {
    const separator = separatorHint(name, only, input.format);
    if (separator) return [separator];
  }
  const close = closeColumns(headers, fields, indicators, excluded, true);
  const hints = close.map((c) =>
    c.written !== undefined
      ? otherUnitHint(name, c.column, c.indicator, c.written)
      : opposesIndicator(c)
        ? negatedHint(name, c.column, c.indicator)
        : c.tied
          ? tiedHint(name, c.column, [c.indicator, ...c.tied])
          : c.partial
            ? partialHint(name, c.column, c.indicator, input.naming)
            : nearMissHint(
                name,
                numberedSpecimens(c.column, c.indicator, headers, fields),
                c.indicator,
                input.naming,
              ),
  );
  // `气泡个数`, `气泡数` under an indicator in 个/m²: a count whose header says not what it is counted on.
  const counted: IndicatorInfo[] = [];
  for (const ind of indicators) {
    if (ind.unit === undefined || !countBasis(unitKey(ind.unit)) || fields.includes(ind.name)) continue;
    if (close.some((c) => c.indicator === ind)) continue;
    const at = headers.findIndex(
      (h, i) => (fields[i] === '' || fields[i] === h) && !excluded.has(h) && countOnlyHeader(h, ind.label),
    );
    if (at >= 0) {
      hints.push(bareCountHint(name, headers[at]!, ind, input.naming));
      counted.push(ind);
    }
  }
  // `质量绩效`, a dimension's label, over a dimension of one item `质量绩效得分`: the column is the dimension's
  // computed score, not read; said with the --map that reads it as the item (newcomer-46).
  for (const ind of indicators) {
    const dim = soleItemDimension(ind);
    if (!dim || fields.includes(ind.name) || close.some((c) => c.indicator === ind)) continue;
    const labels = [dim.zh, dim.en].map((l) => foldLabel(l).toLowerCase());
    const at = headers.findIndex(
      (h, i) =>
        (fields[i] === '' || fields[i] === h) &&
        !excluded.has(h) &&
        labels.includes(foldLabel(h).toLowerCase()),
    );
    if (at < 0) continue;
    hints.push(dimensionHint(name, headers[at]!, ind, dim, input.naming));
    counted.push(ind);
  }
  // Developer-36 M2: required indicators no column gives, said once, first: else only "X is missing" on every row.
  // Those a hint below is about are pointed to it; `--map` is offered only where no column says why it is not read
  // as the indicator (a unit not its own, a count per sheet, a computed value's label): mapping it would grade a
  // wrong figure.
  const hinted = [...close.flatMap((c) => [c.indicator, ...(c.tied ?? [])]), ...counted];
  // A near miss's hint offers its own --map; one in another unit, a negation or a bare count says not to map it.
  const unmappable = [
    ...close
      .filter((c) => c.written !== undefined || opposesIndicator(c) || c.partial || c.tied)
      .flatMap((c) => [c.indicator, ...(c.tied ?? [])]),
    ...counted,
  ];
  const computed = headers.some((h) => indicators.some((i) => isComputedLabel(i, h)));
  // A column not read whose header holds an indicator's label (`气泡数/片` for 气泡 in 个/m²) was left unread on purpose.
  // Not a near miss's column: its hint offers a --map of its own.
  const unread = headers
    .filter((h, i) => (fields[i] === '' || fields[i] === h) && !close.some((c) => c.column === h))
    .map((h) => h.normalize('NFKC').toLowerCase());
  const holdsLabel = (i: IndicatorInfo) =>
    [i.label.zh, i.label.en].some((l) => {
      const label = l.normalize('NFKC').toLowerCase();
      return label !== '' && unread.some((h) => h.includes(label));
    });
  const missing = missingRequired(
    name,
    fields,
    indicators,
    hinted,
    computed,
    (i) => unmappable.includes(i) || holdsLabel(i),
    input.naming,
  );
  if (missing) hints.unshift(missing);
  return hints;
}

/**
 * The indicators every record must give (`required`) that no column gives: every record will be invalid for want of
 * them. Those a hint below is about are pointed to it; `map` (`--map`) is offered only when no column names a computed value and some missing one has no hint.
 */
function missingRequired(
  name: string,
  fields: readonly string[],
  indicators: readonly IndicatorInfo[],
  hinted: readonly IndicatorInfo[],
  computed: boolean,
  notToMap: (indicator: IndicatorInfo) => boolean,
  naming: OptionNaming | undefined,
): LocalizedText | undefined {
  const given = new Set(fields);
  const missing = indicators.filter((i) => i.required && !given.has(i.name));
  if (missing.length === 0) return undefined;
  const zh = missing.map((i) => `${i.name}（${i.label.zh}）`).join('、');
  const en = missing.map((i) => `${i.name} (${i.label.en})`).join(', ');
  const near = missing.filter((i) => hinted.includes(i)).map((i) => i.name);
  const map =
    computed || missing.every(notToMap)
      ? undefined
      : naming === 'studio'
        ? localized('在“列映射”框中写 <列>=<指标>', 'write <column>=<indicator> in the column mapping box')
        : localized(
            `用 ${mapOption(naming, '<列>', '<指标>')} 指明给出它的列`,
            `name the column that gives it with ${mapOption(naming, '<column>', '<indicator>')}`,
          );
  const it = missing.length > 1 ? 'them' : 'it';
  return localized(
    `${name}：没有列给出 ${zh}，而每条记录都必须给出${missing.length > 1 ? '它们' : '它'}：每条记录都将因缺少${missing.length > 1 ? '它们' : '它'}而无效；请加上以指标名称或标签为表头的列${map ? `，或${map.zh}` : ''}${near.length > 0 ? `（与 ${near.join('、')} 相近的列见下面的提示）` : ''}`,
    `${name}: no column gives ${en}, which every record must give: every record will be invalid for want of ${it}; add a column headed with the indicator's name or label${map ? `, or ${map.en}` : ''}${near.length > 0 ? ` (a column close to ${near.join(', ')} is named in a hint below)` : ''}`,
  );
}

/** A header that is an indicator's label and a word for "how many" (`气泡个数`, `气泡数`, `number of bubbles`), no unit. */
function countOnlyHeader(header: string, label: LocalizedText): boolean {
  const h = header.normalize('NFKC').trim();
  const zh = label.zh.normalize('NFKC').trim();
  if (h.startsWith(zh) && /^(?:个数|数量|数目|数|个)$/u.test(h.slice(zh.length).trim())) return true;
  const en = label.en.toLowerCase();
  return new RegExp(
    `^(?:(?:number|count) of ${escapeRegExp(en)}|${escapeRegExp(en)} (?:count|number))$`,
    'u',
  ).test(h.toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A header naming a count with no unit under an indicator in a count per something (个/m²): per sample or per m²
 * cannot be told, so it is not read; what to write either way (newcomer-34 Left).
 */
function bareCountHint(
  name: string,
  column: string,
  ind: IndicatorInfo,
  naming: OptionNaming | undefined,
): LocalizedText {
  const unit = ind.unit!;
  const per = /\/(.+)$/u.exec(unit)![1]!.trim();
  const advice = countAdvice(unit, localized('表头', 'header'));
  const map = mapOption(naming, column, ind.name);
  return localized(
    `${name}：“${column}”列似乎是指标 ${ind.name}（${ind.label.zh}）的个数，但表头没有写单位，而该指标的单位是 ${unit}，因此没有作为它读取：这些个数是每个样品（每片）的，还是每 ${per} 的？如果是每 ${per} 的，请把表头写成“${ind.label.zh}（${unit}）”；如果是每个样品的，${advice.zh}（或换算后加上 ${map}）`,
    `${name}: the column "${column}" seems to be the indicator ${ind.name} (${ind.label.en}) as a count, but its header names no unit, while the indicator is in ${unit}, so it is not read as it: are the counts per sample (per sheet) or per ${per}? If per ${per}, head the column "${ind.label.zh}（${unit}）"; if per sample, ${advice.en} (or, once divided, add ${map})`,
  );
}

/**
 * `断裂模数1` close to an indicator that takes specimens, beside `断裂模数2`…`断裂模数5`, none read: the usual lab
 * layout, one column per specimen. All of them, in order, so the hint gives every `--map` at once: one alone
 * read the first specimen and the next `--map` asked for met "both look like" (newcomer-32 M5).
 */
function numberedSpecimens(
  column: string,
  ind: IndicatorInfo,
  headers: readonly string[],
  fields: readonly string[],
): string[] {
  const own = /^(.*?\D)\s*0*1$/.exec(column);
  if (!own || ind.specimens === 0) return [column];
  const stem = own[1]!;
  const found: string[] = [column];
  for (let n = 2; ; n++) {
    const next = headers.find(
      (h, i) =>
        fields[i] === h && h.startsWith(stem) && /^\s*0*(\d+)$/.exec(h.slice(stem.length))?.[1] === String(n),
    );
    if (next === undefined) break;
    found.push(next);
  }
  return found;
}

/** A column that names an indicator with a unit other than its own: mapping it would grade its values in the wrong unit. */
function otherUnitHint(name: string, column: string, ind: IndicatorInfo, written: string): LocalizedText {
  // Said as the header writes it (`℉`), not as read (`°F`).
  const shown = unitAsWritten(column, written);
  // `电耗(kWh)` for an indicator in kWh/cycle: one cycle's figure needs no conversion (newcomer-27 F1).
  if (perCycleOnly(written, ind.unit!))
    return localized(
      `${name}：“${column}”列似乎是指标 ${ind.name}（${ind.label.zh}），但单位是 ${shown}，而该指标的单位是 ${ind.unit}，两者只差“每次”（/cycle），因此没有作为它读取；如果就是它，而且数值就是每次（每个周期）的量，无需换算，只需把表头中的单位改为 ${ind.unit}`,
      `${name}: the column "${column}" seems to be the indicator ${ind.name} (${ind.label.en}) in ${shown}, while the indicator is in ${ind.unit}, which differs only in "per cycle" (/cycle), so it is not read as it; if it is that indicator and its values are per cycle, no conversion is needed: only the header needs to change, to ${ind.unit}`,
    );
  // `噪声(dB)` for an indicator in dB(A): an A-weighted figure needs no conversion; no other converts (newcomer-27 D04).
  if (weightingOnly(written, ind.unit!))
    return localized(
      `${name}：“${column}”列似乎是指标 ${ind.name}（${ind.label.zh}），但单位是 ${shown}，而该指标的单位是 ${ind.unit}（A 计权声级），因此没有作为它读取；如果就是它，而且数值就是 A 计权声级，无需换算，只需把表头中的单位改为 ${ind.unit}`,
      `${name}: the column "${column}" seems to be the indicator ${ind.name} (${ind.label.en}) in ${shown}, while the indicator is in ${ind.unit} (the A-weighted sound level), so it is not read as it; if it is that indicator and its values are A-weighted levels, no conversion is needed: only the header needs to change, to ${ind.unit}`,
    );
  // `耗电量(度)`: 度 is an angle, °C or kWh; the header does not say which (newcomer-34 F5).
  if (isDegreeWord(written)) {
    const advice = degreeAdvice(ind.unit!, localized('表头', 'header'));
    return localized(
      `${name}：“${column}”列似乎是指标 ${ind.name}（${ind.label.zh}），但${advice.zh}`,
      `${name}: the column "${column}" seems to be the indicator ${ind.name} (${ind.label.en}), but ${advice.en}`,
    );
  }
  // `气泡数（个/片）` for an indicator in 个/m²: counted per sheet, not per square metre (newcomer-34 F1).
  if (countBasisOnly(written, ind.unit!)) {
    const advice = countAdvice(ind.unit!, localized('表头', 'header'));
    return localized(
      `${name}：“${column}”列似乎是指标 ${ind.name}（${ind.label.zh}），但单位是 ${shown}，而该指标的单位是 ${ind.unit}，因此没有作为它读取；如果就是它，${advice.zh}`,
      `${name}: the column "${column}" seems to be the indicator ${ind.name} (${ind.label.en}) in ${shown}, while the indicator is in ${ind.unit}, so it is not read as it; if it is that indicator, ${advice.en}`,
    );
  }
  return localized(
    `${name}：“${column}”列似乎是指标 ${ind.name}（${ind.label.zh}），但单位是 ${shown}，而该指标的单位是 ${ind.unit}，因此没有作为它读取；如果就是它，请把数值换算为 ${ind.unit}，并把表头中的单位改为 ${ind.unit}`,
    `${name}: the column "${column}" seems to be the indicator ${ind.name} (${ind.label.en}) in ${shown}, while the indicator is in ${ind.unit}, so it is not read as it; if it is that indicator, convert its values to ${ind.unit} and write ${ind.unit} in the header`,
  );
}

/** A column headed with the label of a dimension whose only item is `ind`: read as the dimension's score, not the item. */
function dimensionHint(
  name: string,
  column: string,
  ind: IndicatorInfo,
  dim: LocalizedText,
  naming: OptionNaming | undefined,
): LocalizedText {
  const add = addMapping([column], ind, naming);
  return localized(
    `${name}：“${column}”列是维度“${dim.zh}”的标签，作为算出的维度得分核对，没有作为输入读取；该维度只有一项 ${ind.name}（${ind.label.zh}），它的分值就是维度得分：如果该列给出的就是它，请${add.zh}（或把表头改为“${ind.label.zh}”）`,
    `${name}: the column "${column}" is the label of the dimension "${dim.en}" and is cross-checked as its computed score, not read as an input; the dimension's only item is ${ind.name} (${ind.label.en}), whose points are the dimension's score: if the column gives it, ${add.en} (or head the column "${ind.label.zh}")`,
  );
}

/** A column that negates an indicator's label (`非风冷式`): mapping it would read every yes/no inverted, so no mapping is offered. */
function negatedHint(name: string, column: string, ind: IndicatorInfo): LocalizedText {
  return localized(
    `${name}：“${column}”列看起来是指标 ${ind.name}（${ind.label.zh}）的反面，没有作为它读取；它的是/否与 ${ind.name} 相反，如果就是它，请先把每个值反过来（是 ↔ 否），并把列名改为“${ind.label.zh}”`,
    `${name}: the column "${column}" looks like the opposite of the indicator ${ind.name} (${ind.label.en}) and is not read as it; its yes/no values say the opposite, so if it is that indicator, turn each value round (yes ↔ no) and name the column ${ind.name}`,
  );
}

/**
 * A column that gives only part of an indicator's label ({@link CloseColumn.partial}: `安定性` for 压蒸安定性合格,
 * `上屈服强度` for 下屈服强度): it may be another test of the same property, so it is said to be unread and the user
 * is to check what the column measures (committee-40 M2: "--map 安定性=…" graded autoclave soundness with the
 * boiling test's result). Where the header is the label with words left out (`屈服强度` for 下屈服强度 ReL) or added,
 * the `--map` that reads it is given for the case it is that indicator: the hint gave none, and the user was left
 * to work out the line (newcomer-45 item 8). A header that says the label's words otherwise (`上屈服强度` for
 * 下屈服强度, `额定容量` for 额定洗涤容量) names another quantity more likely than not, and gets none.
 */
function partialHint(
  name: string,
  column: string,
  ind: IndicatorInfo,
  naming: OptionNaming | undefined,
): LocalizedText {
  const head = `${name}：“${column}”列没有读取：它只与指标 ${ind.name}（${ind.label.zh}）的标签部分相同，二者不同的字可能表示另一项试验或另一个量（方法、龄期、上/下、初/终……）；`;
  const headEn = `${name}: the column "${column}" is not read: it shares only part of the label of the indicator ${ind.name} (${ind.label.en}; ${ind.label.zh}), and the words they do not share may name a different test or quantity (the method, the age, upper or lower, initial or final…); `;
  if (!withinLabel(column, ind))
    return localized(
      `${head}请核对该列测的是什么，不要直接映射它：只有它确实是“${ind.label.zh}”时，才把表头改为“${ind.label.zh}”`,
      `${headEn}check what the column measures rather than map it: only if it is "${ind.label.zh}" head the column so`,
    );
  const add = addMapping([column], ind, naming);
  return localized(
    `${head}请核对该列测的是什么：只有它确实是“${ind.label.zh}”时，才${add.zh}（或把表头改为“${ind.label.zh}”）`,
    `${headEn}check what the column measures: only if it is "${ind.label.zh}", ${add.en} (or head the column "${ind.label.zh}")`,
  );
}

/** The mapping that reads `columns` as `ind`, as the caller gives one: `加上 --map 屈服强度=lowerYield` / `add --map …`. */
function addMapping(
  columns: readonly string[],
  ind: IndicatorInfo,
  naming: OptionNaming | undefined,
): LocalizedText {
  const pairs = columns.map((c) => `${c}=${ind.name}`);
  if (naming === 'studio')
    return localized(
      `在“列映射”框中写 ${pairs.join('、')}`,
      `write ${pairs.join(', ')} in the column mapping box`,
    );
  if (naming === 'api') {
    const options = columns.map((c) => mapOption('api', c, ind.name));
    return localized(`加上 ${options.join('、')}`, `add ${options.join(', ')}`);
  }
  const flags = pairs.map((p) => `--map ${shellWord(p)}`).join(' ');
  return localized(`加上 ${flags}`, `add ${flags}`);
}

/**
 * A column as close to two indicators or more as to each other ({@link CloseColumn.tied}: `compressive2d` for
 * compressive3d and compressive28d): all are named, none is offered to map, as picking one would be a guess.
 */
function tiedHint(name: string, column: string, inds: readonly IndicatorInfo[]): LocalizedText {
  const zh = inds.map((i) => `${i.name}（${i.label.zh}）`).join('、');
  const en = inds.map((i) => `${i.name} (${i.label.en})`).join(', ');
  return localized(
    `${name}：“${column}”列没有读取：它与指标 ${zh}同样相近，是哪一个无法确定；请核对该列测的是什么，不要直接映射它：把表头改为它所对应指标的标签`,
    `${name}: the column "${column}" is not read: it is equally close to the indicators ${en}, and which one it is would be a guess; check what the column measures rather than map it, and head it with the label of the one it is`,
  );
}

function nearMissHint(
  name: string,
  columns: readonly string[],
  ind: IndicatorInfo,
  naming: OptionNaming | undefined,
): LocalizedText {
  const column = columns[0]!;
  const mapping = addMapping(columns, ind, naming);
  const add = localized(`请${mapping.zh}`, mapping.en);
  if (columns.length > 1) {
    const last = columns[columns.length - 1]!;
    // More numbered columns than it takes: mapping them all is refused (exit 2), so say it before.
    const over = columns.length > ind.specimens;
    return localized(
      `${name}：“${column}”…“${last}”这 ${columns.length} 列像是指标 ${ind.name}（${ind.label.zh}）的各个试样，但没有作为它读取；` +
        (over
          ? `它最多取 ${ind.specimens} 个试样：请只映射它的试样列`
          : `如果就是它，${add.zh}（或把这些列的表头都写成“${ind.label.zh}”）`),
      `${name}: the ${columns.length} columns "${column}"…"${last}" look like the specimens of the indicator ${ind.name} (${ind.label.en}) but are not read as it; ` +
        (over
          ? `it takes at most ${ind.specimens} specimens: map its specimen columns only`
          : `if they are, ${add.en} (or head each of them "${ind.label.zh}")`),
    );
  }
  return localized(
    `${name}：“${column}”列与指标 ${ind.name}（${ind.label.zh}）相近，但没有作为它读取；如果就是它，${add.zh}`,
    `${name}: the column "${column}" is close to the indicator ${ind.name} (${ind.label.en}) but is not read as it; if it is that indicator, ${add.en}`,
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
