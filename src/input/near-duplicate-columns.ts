import { InputError } from '../errors/input-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { shellWord } from '../text/shell-word';
import { trimCell } from './convert-value';
import { columnForms, indicatorForms } from './header-forms';
import { keepOption, type OptionNaming } from './option-naming';

const NOMINAL_WORD = /标称|额定|明示|铭牌|rated|nominal|declared/iu;

/** What {@link checkNearDuplicateColumns} looks at: a table's header, once read. */
export interface NearDuplicateInput {
  /** What to call the input in messages. */
  name: string;
  /** The header's cells as written. */
  headers: readonly string[];
  /** The field each column gives (after `--map` and labels); `''` for none. */
  fields: readonly string[];
  indicators: readonly IndicatorInfo[];
  /** Columns the user has said what they are: named by `--map` or `--keep`. */
  excluded: ReadonlySet<string>;
  /** How the message names `--keep` (default: as the CLI's flag); the studio keeps no named column, so names none. */
  naming?: OptionNaming;
}

/**
 * A column that names the same indicator as another, but not exactly
 * (`apf` and `APF（W/W）`, `全年能源消耗效率 APF` and `全年能源消耗效率  APF`: the
 * same once full-width forms, white space, Latin case and a bracketed note
 * or trailing symbol are set aside), is not read as it: the other column is
 * graded and this one passed through as text. A sheet with two such columns
 * says two things about one indicator, and grading one of them would be a
 * guess, so this is a usage error naming both columns, as two columns that
 * give one field exactly are ({@link resolveColumns}). A column named by
 * `--map` or `--keep` is the user's choice and is left alone. Called once
 * per input, on its header: no per-record work.
 *
 * @throws {@link InputError} (code `input`: the upload's header, developer-35 M3) for the first such pair
 */
export function checkNearDuplicateColumns(input: NearDuplicateInput): void {
  const { name, headers, fields, indicators, excluded, naming } = input;
  const byName = new Map(indicators.map((i) => [i.name, i]));
  // The first column each indicator is read from.
  const given = new Map<string, number>();
  fields.forEach((f, i) => {
    if (byName.has(f) && !given.has(f)) given.set(f, i);
  });
  if (given.size === 0) return;
  const formsOf = new Map<string, Set<string>>();
  // A column's forms start with its first character, folded: most columns of a wide header are passed over on it.
  const starts = new Set<string>();
  for (const [field] of given) {
    const forms = indicatorForms(byName.get(field)!);
    formsOf.set(field, forms);
    for (const f of forms) starts.add(f.charAt(0));
  }
  headers.forEach((h, i) => {
    const column = trimCell(h);
    const field = fields[i] ?? '';
    if (column === '' || byName.has(field) || excluded.has(column)) return;
    // `成品碳 C`, `复验碳 C`, `【风冷式】`, `是否风冷`: a second reading or a wording round the label starts so.
    if (
      !starts.has(
        firstFolded(
          column.replace(
            /^(?:成品|复验|复检|熔炼|是否|实测值?|检测值?|检验|测量值|测定值|测试值|标称值?|额定值?|明示值?|measured|tested|rated|nominal|declared|[[【〔〖［])[\s\-_]*(?=\S)/iu,
            '',
          ),
        ),
      )
    )
      return;
    const forms = columnForms(column);
    for (const [indicator, at] of given) {
      if (![...forms].some((f) => formsOf.get(indicator)!.has(f))) continue;
      const ind = byName.get(indicator)!;
      const read = trimCell(headers[at]!);
      // A nominal figure's column (`APF 标称值`) beside the one --map names to grade (as the nominal/measured
      // message advises): the user has chosen; without a --map which is graded is a guess (hostile-31 W3).
      if (excluded.has(read) && NOMINAL_WORD.test(column)) continue;
      const keep = keepOption(naming, naming === 'api' ? column : shellWord(column));
      // The studio page keeps no named column (see OptionNaming): its user can only delete or rename one.
      const keepZh = naming === 'studio' ? '' : `，或用 ${keep} 把第 ${i + 1} 列作为文本保留`;
      const keepEn = naming === 'studio' ? '' : `, or carry column ${i + 1} through as text with ${keep}`;
      throw new InputError(
        localized(
          `${name}：第 ${at + 1} 列（“${read}”）和第 ${i + 1} 列（“${column}”）看起来都是指标 ${indicator}（${ind.label.zh}），而只有第 ${at + 1} 列作为它读取，第 ${i + 1} 列会作为文本传递；按哪一列评级无法确定：请删除或改名不是 ${indicator} 的那一列${keepZh}`,
          `${name}: columns ${at + 1} ("${read}") and ${i + 1} ("${column}") both look like the indicator ${indicator} (${ind.label.en}), but only column ${at + 1} is read as it and column ${i + 1} would pass through as text; which one to grade would be a guess: delete or rename the column that is not ${indicator}${keepEn}`,
        ),
      );
    }
  });
}

/** A text's first character as {@link normaliseHeader} folds it. */
function firstFolded(text: string): string {
  return String.fromCodePoint(text.codePointAt(0)!).normalize('NFKC').toLowerCase().charAt(0);
}
