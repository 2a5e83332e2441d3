import { type LocalizedText, localized } from '../text/localized-text';
import { encodingOption, type OptionNaming } from './option-naming';

/**
 * Whether bytes read in another encoding (`--encoding gbk`) look like UTF-8 text: they decode as UTF-8
 * without a fault (a character cut off by their end allowed: they are a file's first chunk) and hold at
 * least one character beyond ASCII. GBK or GB18030 Chinese text is almost never valid UTF-8 beyond a
 * character or two, while UTF-8 Chinese read as GBK is mojibake (`鍨嬪彿` for `型号`; hostile-26 F2).
 *
 * @example
 * looksUtf8(Buffer.from('型号,机组类型')) // true
 * looksUtf8(Buffer.from('model,unitType')) // false: ASCII reads the same either way
 */
export function looksUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The hint for a CSV/TSV read in the encoding given whose header names no indicator, while its bytes
 * look like UTF-8 ({@link looksUtf8}): every record would be invalid, and the cure is to drop the option.
 *
 * @param encoding - the encoding as the caller gave it (`gbk`)
 *
 * @example
 * utf8ReadAsOther('a.csv', 'gbk', 'cli').en
 * // 'a.csv: read as gbk, its header names no indicator, but the file looks UTF-8 (its bytes are valid UTF-8): drop --encoding gbk'
 */
export function utf8ReadAsOther(
  name: string,
  encoding: string,
  naming: OptionNaming | undefined,
): LocalizedText {
  const option = encodingOption(naming, encoding);
  return localized(
    `${name}：按 ${encoding} 读取时表头没有一列是指标，但文件看起来是 UTF-8（其字节是有效的 UTF-8）：请去掉 ${option}`,
    `${name}: read as ${encoding}, its header names no indicator, but the file looks UTF-8 (its bytes are valid UTF-8): drop ${option}`,
  );
}
