import { InputError } from '../errors/input-error';
import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { closestTies } from '../text/closest-name';
import { didYouMean } from '../text/did-you-mean';
import { localized } from '../text/localized-text';
import { mappingFile } from './mapping-file';
import { indicatorTypesPointer, mapOption, type OptionNaming } from './option-naming';

/**
 * A `--map` target must name an indicator (or a column `--keep` carries
 * through): a typo there would otherwise make every record say the
 * indicator is missing. Throws a usage error with the closest indicator.
 *
 * @param kept - fields `--keep` names, which are not indicators but are wanted
 * @param naming - how the message names the mapping (default: as `--map`)
 */
export function checkMapTargets(
  mapping: ReadonlyMap<string, string>,
  indicators: readonly IndicatorInfo[],
  kept: readonly string[] = [],
  naming?: OptionNaming,
): void {
  const names = new Set([...indicators.map((i) => i.name), ...kept]);
  for (const [column, field] of mapping) {
    if (names.has(field)) continue;
    const hint = closestTies(field, names);
    const option = mapOption(naming, column, field, mappingFile(mapping, column));
    // Their names, so the right one can be picked from the message; the CLI also names the command that
    // lists them with their types and units.
    const types = indicatorTypesPointer(naming);
    const list = localized(
      `（规则集的指标：${indicatorList(indicators, '、', true)}${types.zh}）`,
      ` (the rule set's indicators: ${indicatorList(indicators, ', ')}${types.en})`,
    );
    throw new UsageError(
      localized(
        `${option}：规则集没有名为“${field}”的指标${didYouMean(hint).zh}${list.zh}`,
        `${option}: the rule set has no indicator "${field}"${didYouMean(hint).en}${list.en}`,
      ),
    );
  }
}

/** The first indicator names, for a message: a rule set may have dozens. Chinese quotes names, as it quotes the typo. */
function indicatorList(indicators: readonly IndicatorInfo[], separator: string, quoted = false): string {
  const shown = indicators.slice(0, MAX_LISTED).map((i) => (quoted ? `“${i.name}”` : i.name));
  return shown.join(separator) + (indicators.length > MAX_LISTED ? `${separator}…` : '');
}

const MAX_LISTED = 12;

/**
 * The error of a mapped column the input does not have ({@link checkMapSources}): a workbook reader that read a
 * notes sheet adds which sheet has the columns (newcomer-33 M5). Code `input`: the data lacks the column (a service's
 * upload missing one its fixed `map` names is a 400, developer-35 M3), as a header that cannot be read is.
 */
export class MappedColumnMissing extends InputError {
  // Named `InputError`, as InputError's constructor names it: a caller sees the documented names (developer-36 M3).
}

/**
 * Every mapped column must be one the input has: a mapping for a column
 * that is not there maps nothing, silently. Throws a usage error with the
 * closest column of the input ({@link MappedColumnMissing}).
 *
 * @param columns - the input's column headers (or JSON keys), trimmed
 * @param input - what to call the input in the message (default: the input)
 * @param naming - how the message names the mapping (default: as `--map`)
 */
export function checkMapSources(
  mapping: ReadonlyMap<string, string>,
  columns: Iterable<string>,
  input: string | undefined,
  naming?: OptionNaming,
): void {
  const present = new Set(columns);
  for (const column of mapping.keys()) {
    if (present.has(column)) continue;
    const hint = closestTies(column, present);
    const option = mapOption(naming, column, mapping.get(column)!, mappingFile(mapping, column));
    // With none close, the columns there are, as --keep names them (hostile-46: "has no column" said nothing to write).
    const listed = [...present].filter((c) => c !== '');
    const shown = listed.slice(0, MAX_LISTED);
    const more = listed.length > MAX_LISTED ? ' …' : '';
    const said =
      hint.length > 0 || shown.length === 0
        ? didYouMean(hint)
        : localized(
            `；其列有${shown.map((c) => `“${c}”`).join('、')}${more}`,
            `; its columns are ${shown.map((c) => `"${c}"`).join(', ')}${more}`,
          );
    throw new MappedColumnMissing(
      localized(
        `${option}：${input === undefined ? '输入' : `${input} `}中没有“${column}”列${said.zh}`,
        `${option}: ${input ?? 'the input'} has no column "${column}"${said.en}`,
      ),
    );
  }
}
