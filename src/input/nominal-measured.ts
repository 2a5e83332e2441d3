import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';
import { indicatorsNamed } from './header-coverage';
import type { HeadingSpan } from './heading-spans';
import type { OptionNaming } from './option-naming';

// The nameplate's (declared) figure, and the laboratory's.
// Hostile-31 W2: also a standard's figure or requirement over the result (`标准值|实测值`, `技术要求|检验结果`,
// `要求|结果`, `明示值|检验结果`): the first is still not the figure to grade.
const NOMINAL =
  /^(?:标称|额定|铭牌|标示|明示|名义|标注|标准|规定)值?$|^(?:(?:标准|技术)?要求|标准规定|规定)$|^(?:nominal|rated|declared|nameplate|standard|specified|required)(?:\s+value)?$|^(?:requirements?|spec(?:ification)?)$/iu;
const MEASURED =
  /^(?:实测|测量|检测|测定|测试|试验|检验)值?$|^(?:(?:实测|检测|检验|测试|试验)?结果)$|^(?:measured|tested|actual|test)(?:\s+(?:value|result))?$|^results?$/iu;

/**
 * The error for an indicator's heading over two columns, merged or typed with the cell after it empty, with a
 * nominal and a measured figure under it (`额定制冷量 CC` over `标称值 | 实测值`): qgrade reads one value of the
 * indicator, and which of the two to grade is not guessed (hostile-30 W3: read as one row, the first column,
 * the nominal one, was graded; merged, both columns gave the field and the message said nothing of the two
 * figures). Names both sub-headings and the header that reads the measured one. `undefined` when no heading has
 * both under it.
 *
 * @param heads - the upper row's cells, trimmed, by column
 * @param lows - the row under it, trimmed
 * @param spans - the upper row's headings across columns (merged, or typed with the cells after empty)
 * @param input - what to call the input in messages
 * @example
 * nominalMeasuredError(['型号', '额定制冷量 CC', ''], ['', '标称值', '实测值'], [{ from: 1, to: 2 }], new Map(), indicators, 'ac.csv');
 * // UsageError: ac.csv: "额定制冷量 CC" heads columns 2 and 3, with "标称值" (nominal) and "实测值" (measured) under it …
 */
export function nominalMeasuredError(
  heads: readonly string[],
  lows: readonly string[],
  spans: readonly HeadingSpan[],
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
  input: string,
  naming?: OptionNaming,
): UsageError | undefined {
  const found: { zh: string; en: string }[] = [];
  const maps: string[] = [];
  for (const { from, to } of spans) {
    const heading = trimCell(heads[from] ?? '');
    const name = indicatorsNamed([heading], mapping, indicators)[0];
    if (heading === '' || name === undefined) continue;
    let nominal = -1;
    let measured = -1;
    for (let col = from; col <= to; col++) {
      const text = trimCell(lows[col] ?? '').normalize('NFKC');
      if (nominal < 0 && NOMINAL.test(text)) nominal = col;
      else if (measured < 0 && MEASURED.test(text)) measured = col;
    }
    if (nominal < 0 || measured < 0) continue;
    const [n, m] = [trimCell(lows[nominal]!), trimCell(lows[measured]!)];
    const header = `${heading} ${m}`;
    maps.push(naming === 'api' ? `'${header}': '${name}'` : `--map '${header}=${name}'`);
    found.push({
      zh: `“${heading}”位于第 ${from + 1}–${to + 1} 列之上，其下是“${n}”（第 ${nominal + 1} 列，标称值）和“${m}”（第 ${measured + 1} 列，实测值）`,
      en: `"${heading}" heads columns ${from + 1}–${to + 1}, with "${n}" (column ${nominal + 1}, the nominal figure) and "${m}" (column ${measured + 1}, the measured one) under it`,
    });
  }
  if (found.length === 0) return undefined;
  return new UsageError(
    localized(
      `${input}：${found.map((f) => f.zh).join('；')}。每个指标只读取一个值，分级标准判定的是实测值，按哪一列评级不作猜测：请改为一行表头，实测值列的表头写成下面 --map 左边的样子，并给出 ${maps.join(' ')}（标称值列不读取），或删去标称值列`,
      `${input}: ${found.map((f) => f.en).join('; ')}. qgrade reads one value of each indicator, and a grading standard judges the measured figure, so which column to grade is not guessed: write one header row, heading each measured column as the left side of ${maps.join(' ')} and giving that --map (the nominal column is then not read), or delete the nominal column`,
    ),
  );
}
