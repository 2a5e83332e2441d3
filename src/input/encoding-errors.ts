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
