import { InputError } from '../errors/input-error';
import { UsageError } from '../errors/usage-error';
import { localized } from '../text/localized-text';
import { encodingOption, type OptionNaming } from './option-naming';

/** Where the first byte that is not UTF-8 is: its offset (from 0) and line (from 1). */
export interface Utf8Fault {
  at: number;
  line: number;
}

/**
 * An encoding the decoder does not know, named as the caller gave it
 * (`--encoding`, or `encoding:` for the library).
 *
 * @example
 * unknownEncoding('latin-9x', 'api').en // "unknown encoding: 'latin-9x'; use utf-8, gb18030 (gbk), utf-16le or utf-16be"
 */
export function unknownEncoding(encoding: string, naming: OptionNaming | undefined): UsageError {
  return new UsageError(
    naming === 'api'
      ? localized(
          `未知的编码 encoding: '${encoding}'；请用 utf-8、gb18030（gbk）、utf-16le 或 utf-16be`,
          `unknown encoding: '${encoding}'; use utf-8, gb18030 (gbk), utf-16le or utf-16be`,
        )
      : localized(
          `未知的 --encoding“${encoding}”；请用 utf-8、gb18030（gbk）、utf-16le 或 utf-16be`,
          `unknown --encoding "${encoding}"; use utf-8, gb18030 (gbk), utf-16le or utf-16be`,
        ),
  );
}

/**
 * The input is not UTF-8. On its first line the whole input is most likely
 * in another encoding, and the message says so; further on it names the bad
 * byte's line and offset (counted from 0), the rows before it having been
 * read.
 *
 * @example
 * notUtf8('gbk.csv', { at: 0, line: 1 }, 'cli').en // 'gbk.csv is not UTF-8 text; if it was saved … add --encoding gb18030'
 */
export function notUtf8(name: string, fault: Utf8Fault, naming: OptionNaming | undefined): InputError {
  const option = encodingOption(naming, 'gb18030');
  const hint = localized(
    `如果是在中文 Windows 上用 Excel 或 WPS 保存的，请加上 ${option}`,
    `if it was saved by Excel or WPS on Chinese Windows, add ${option}`,
  );
  if (fault.line === 1)
    return new InputError(
      localized(`${name} 不是 UTF-8 文本；${hint.zh}`, `${name} is not UTF-8 text; ${hint.en}`),
    );
  const line = fault.line.toLocaleString('en');
  const at = fault.at.toLocaleString('en');
  return new InputError(
    localized(
      `${name} 第 ${line} 行（第 ${at} 字节，从 0 数起）有不是 UTF-8 的内容（之前的行已经读过）；${hint.zh}`,
      `${name} has a byte that is not UTF-8 on line ${line} (byte ${at}, counted from 0; the rows before were read); ${hint.en}`,
    ),
  );
}

/**
 * The error for UTF-16 text with a code unit that cannot be read (hostile-37 M5: a lone surrogate, an odd byte
 * count, a last unit cut short were read as U+FFFD and graded), as {@link notUtf8} is for UTF-8.
 *
 * @param at - the offset of the unit's first byte in the input, from 0
 */
export function notUtf16(name: string, at: number): InputError {
  const where = at.toLocaleString('en');
  return new InputError(
    localized(
      `${name} 不是有效的 UTF-16 文本：第 ${where} 字节（从 0 数起）起的代码单元无法读取（孤立的代理项，或被输入的末尾截断）；请用导出它的程序重新保存`,
      `${name} is not valid UTF-16 text: the code unit at byte ${where} (counted from 0) cannot be read (a lone surrogate, or a unit cut off by the end of the input); save it again from the program that wrote it`,
    ),
  );
}

/**
 * The offset, in the whole input, of the first code unit of `bytes` that UTF-16 cannot read: a lone surrogate,
 * or at the input's `end` a high surrogate or a byte with no partner. `undefined` when every unit reads (a pair
 * or a byte cut by the chunk's end, not the input's, is left to the next chunk).
 *
 * @param from - the offset of `bytes[0]` in the input: units start at even offsets
 * @example
 * utf16Fault(Uint8Array.of(0x53, 0, 0x00, 0xd8, 0x41, 0), 0, true, true); // 2
 */
export function utf16Fault(
  bytes: Uint8Array,
  from: number,
  littleEndian: boolean,
  end: boolean,
): number | undefined {
  const unit = (i: number) =>
    littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  let i = from % 2;
  while (i + 1 < bytes.length) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return from + i;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return end ? from + i : undefined;
      const low = unit(i + 2);
      if (low < 0xdc00 || low > 0xdfff) return from + i;
      i += 4;
    } else i += 2;
  }
  return i < bytes.length && end ? from + i : undefined;
}
