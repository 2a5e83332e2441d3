import { InputError } from '../errors/input-error';
import { localized } from '../text/localized-text';
import { encodingOption, type OptionNaming } from './option-naming';

/**
 * How many first bytes {@link utf16Misread} looks at: a file's first chunk holds them (16 KiB), and a CSV's
 * first lines have commas and line ends enough in them.
 */
export const UTF16_WINDOW = 1024;

/** Line feed, carriage return, tab and comma: what a table's lines hold besides their cells. */
const BREAKS = new Set([0x0a, 0x0d, 0x09, 0x2c]);

/**
 * Why bytes named UTF-16 (`--encoding utf-16le`, no byte-order mark) are not: `swapped`, they are UTF-16 of
 * the other byte order; `utf-8`, they are valid UTF-8 (plain ASCII too); `other`, they have no ASCII
 * character read as UTF-16 and are not UTF-8 either (GB18030, most likely).
 */
export type Utf16Misread = 'swapped' | 'utf-8' | 'other';

/**
 * Whether bytes named UTF-16 in the byte order given are something else, from their first
 * {@link UTF16_WINDOW} bytes. Every ASCII character of UTF-16 text (a comma, a digit, a line end) is a code
 * unit with a 0 byte, and a table has many; read as UTF-16, UTF-8 or GB18030 text (no 0 byte) is one line
 * of CJK mojibake with none, which was graded as a header with no records, "0 records", exit 0 (hostile-39
 * C1). Bytes with more commas, tabs and line ends read in the other byte order than in the order given are
 * UTF-16 of the other order. `undefined` when the bytes read as UTF-16 in the order given (or there are none).
 *
 * @param littleEndian - the order named: `utf-16le`, else `utf-16be`
 * @example
 * utf16Misread(Buffer.from('型号,APF\n'), true); // 'utf-8'
 * utf16Misread(Buffer.from('型号,APF\n', 'utf16le'), true); // undefined
 * utf16Misread(Buffer.from('型号,APF\n', 'utf16le').swap16(), true); // 'swapped'
 */
export function utf16Misread(bytes: Uint8Array, littleEndian: boolean): Utf16Misread | undefined {
  const end = Math.min(bytes.length, UTF16_WINDOW) & ~1;
  if (end === 0) return undefined;
  let ascii = 0;
  // Separators and line ends read in each order: CJK text has a few units that read as ASCII in the other order
  // (U+4E00 一 as `N`), never as these (U+0A00, U+2C00 are no Chinese), so they tell the order where ASCII may not.
  let breaks = 0;
  let swappedBreaks = 0;
  for (let i = 0; i < end; i += 2) {
    const low = littleEndian ? bytes[i]! : bytes[i + 1]!;
    const high = littleEndian ? bytes[i + 1]! : bytes[i]!;
    if (high === 0 && low < 0x80) {
      ascii++;
      if (BREAKS.has(low)) breaks++;
    }
    if (low === 0 && BREAKS.has(high)) swappedBreaks++;
  }
  if (swappedBreaks > breaks) return 'swapped';
  if (ascii > 0) return undefined;
  try {
    // A character cut off by the window's end is allowed: the bytes go on.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    return 'utf-8';
  } catch {
    return 'other';
  }
}

/**
 * Whether bytes held from the start of an input named UTF-16 are enough for {@link utf16Misread} to decide
 * on: a window's worth, or a line end in either byte order (a co-process's first line on stdin is answered
 * before more comes).
 */
export function utf16Decidable(held: Uint8Array): boolean {
  if (held.length >= UTF16_WINDOW) return true;
  for (let i = 0; i + 1 < held.length; i += 2) {
    const [a, b] = [held[i]!, held[i + 1]!];
    if ((a === 0 && (b === 0x0a || b === 0x0d)) || (b === 0 && (a === 0x0a || a === 0x0d))) return true;
  }
  return false;
}

/**
 * The error for bytes named UTF-16 that are not ({@link utf16Misread}): read so, the whole input would be one
 * line of mojibake and nothing graded, so nothing is read. Code `input`, exit 2, as for UTF-8 read as GBK.
 *
 * @param encoding - the encoding as the caller gave it (`utf-16le`)
 * @param littleEndian - the byte order that encoding names
 * @example
 * utf16MisreadError('a.csv', 'utf-16le', true, 'swapped', 'cli').en
 * // 'a.csv is not UTF-16 LE text but UTF-16 BE (its commas and line ends read in that byte order); read as utf-16le the whole file would be one line of mojibake, so nothing is graded: use --encoding utf-16be'
 */
export function utf16MisreadError(
  name: string,
  encoding: string,
  littleEndian: boolean,
  why: Utf16Misread,
  naming: OptionNaming | undefined,
): InputError {
  const given = encodingOption(naming, encoding);
  const mojibake = localized(
    `按 ${encoding} 读取，整个文件会成为一行没有换行的乱码，因此不评级`,
    `read as ${encoding} the whole file would be one line of mojibake, so nothing is graded`,
  );
  if (why === 'swapped') {
    const [named, other] = littleEndian ? ['LE', 'BE'] : ['BE', 'LE'];
    const option = encodingOption(naming, `utf-16${other.toLowerCase()}`);
    return new InputError(
      localized(
        `${name} 不是 UTF-16 ${named} 文本，而是 UTF-16 ${other}（按该字节顺序读取才有逗号和换行）；${mojibake.zh}：请改用 ${option}`,
        `${name} is not UTF-16 ${named} text but UTF-16 ${other} (its commas and line ends read in that byte order); ${mojibake.en}: use ${option}`,
      ),
    );
  }
  // UTF-16 text has a 0 byte in every ASCII character: in each comma, digit and line end.
  const noZero = localized(
    '没有 UTF-16 文本中每个逗号、数字和换行都有的 0 字节',
    'it has none of the 0 bytes UTF-16 text has in every comma, digit and line end',
  );
  if (why === 'utf-8')
    return new InputError(
      localized(
        `${name} 不是 UTF-16 文本，而是 UTF-8（其字节是有效的 UTF-8，${noZero.zh}）；${mojibake.zh}：请去掉 ${given}`,
        `${name} is not UTF-16 text but UTF-8 (its bytes are valid UTF-8, and ${noZero.en}); ${mojibake.en}: drop ${given}`,
      ),
    );
  const gb = encodingOption(naming, 'gb18030');
  return new InputError(
    localized(
      `${name} 不是 UTF-16 文本（${noZero.zh}）；${mojibake.zh}。如果是在中文 Windows 上用 Excel 或 WPS 保存的，请改用 ${gb}`,
      `${name} is not UTF-16 text (${noZero.en}); ${mojibake.en}. If it was saved by Excel or WPS on Chinese Windows, use ${gb} instead`,
    ),
  );
}
