import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import type { TextInputFormat } from './input-item';
import type { OptionNaming } from './option-naming';
import { recordItems } from './record-items';

/**
 * Whether a header's fields (after mapping) name at least one of `indicators`: a header that names none
 * makes every record invalid, a sign the input was read wrong (another encoding, another format).
 *
 * @example
 * givesIndicator(['model', 'apf'], ruleSet.indicators) // true
 */
export function givesIndicator(fields: readonly string[], indicators: readonly IndicatorInfo[]): boolean {
  const names = new Set(indicators.map((i) => i.name));
  return fields.some((f) => names.has(f));
}

/**
 * Whether a CSV/TSV text's header, read as `gradeSample` reads it (title lines, two-line headers, labels,
 * `mapping`), names an indicator; a text whose header cannot be read names none. Reads only up to the
 * header, with no notice: it decides between two decodings of one sample's bytes.
 *
 * @example
 * await headerGivesIndicator('型号,机组类型,全年能源消耗效率 APF\n', 'csv', 'a.csv', { mapping, indicators, naming: 'api' }) // true
 */
export async function headerGivesIndicator(
  text: string,
  format: TextInputFormat,
  name: string,
  options: { mapping: ColumnMapping; indicators: readonly IndicatorInfo[]; naming: OptionNaming },
): Promise<boolean> {
  let fields: readonly string[] = [];
  try {
    // The first 64 KiB, cut at a line's end, hold any header: a large sample is not parsed twice.
    const cut = text.length > HEAD ? text.lastIndexOf('\n', HEAD) + 1 : 0;
    const items = recordItems(once(cut > 0 ? text.slice(0, cut) : text), format, name, {
      ...options,
      onHeader: (read) => {
        fields = read;
      },
    });
    // The header is read before the first record is given out.
    for await (const _ of items) break;
  } catch {
    return false;
  }
  return givesIndicator(fields, options.indicators);
}

const HEAD = 1 << 16;

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
