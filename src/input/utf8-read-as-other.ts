import { UsageError } from '../errors/usage-error';
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
 * Whether bytes read in another encoding (`--encoding gbk`) are UTF-8 misread ({@link looksUtf8}), also where the
 * header is ASCII and names indicators (hostile-35 W2): read as UTF-8 they hold Chinese, or read in the encoding
 * some byte decodes to nothing (U+FFFD). GBK bytes that happen to be valid UTF-8 decode to other scripts
 * (`压强值` to `ѹǿֵ`) and read whole in GBK: they are not taken for UTF-8.
 *
 * @param encoding - the encoding the bytes are read in (a label `TextDecoder` knows)
 * @example
 * utf8Misread(Buffer.from('id,remark\ns1,压蒸安定性合格'), 'gbk'); // true
 */
export function utf8Misread(bytes: Uint8Array, encoding: string): boolean {
  if (!looksUtf8(bytes)) return false;
  if (/\p{Script=Han}/u.test(new TextDecoder('utf-8').decode(bytes, { stream: true }))) return true;
  return new TextDecoder(encoding).decode(bytes, { stream: true }).includes('\uFFFD');
}

/**
 * The usage error for a CSV/TSV read in the encoding given whose bytes are UTF-8 ({@link utf8Misread}) while its
 * header names indicators (in ASCII): its Chinese cells would be graded as mojibake (`普通硅酸盐水泥` as
 * `鏅€氱閰哥洂姘存偿`, a remark unread), so nothing is read. The same for JSON or NDJSON (`values`), whose text is
 * UTF-8 by RFC 8259 §8.1 and whose keys read the same either way (developer-40 F1).
 *
 * @param encoding - the encoding as the caller gave it (`gbk`)
 * @param held - what the Chinese text is in: a table's cells (default) or a JSON record's values
 */
export function utf8MisreadError(
  name: string,
  encoding: string,
  naming: OptionNaming | undefined,
  held: 'cells' | 'values' = 'cells',
): UsageError {
  const option = encodingOption(naming, encoding);
  const what = HELD[held];
  return new UsageError(
    localized(
      `${name}：文件是 UTF-8（其字节是有效的 UTF-8，按 UTF-8 读取是中文），按 ${encoding} 读取其中文${what.zh}会成为乱码并被错误评级，因此不评级：请去掉 ${option}`,
      `${name}: the file is UTF-8 (its bytes are valid UTF-8 and read so hold Chinese); read as ${encoding} its Chinese ${what.en} would be mojibake and graded wrongly, so nothing is graded: drop ${option}`,
    ),
  );
}

// What holds the Chinese text that would be mojibake.
const HELD = {
  cells: { zh: '单元格', en: 'cells' },
  values: { zh: '值', en: 'values' },
} as const;

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

/**
 * The notice for a sample's bytes given with an encoding other than UTF-8 (`gb18030`) but read as UTF-8
 * instead: they are valid UTF-8, and only so read does their header name an indicator (read as GB18030,
 * `型号` is `鍨嬪彿` and every record would be invalid; developer-34 M1).
 *
 * @param encoding - the encoding as the caller gave it (`gb18030`)
 *
 * @example
 * readAsUtf8Instead('upload.csv', 'gb18030', 'api').en
 * // "upload.csv: read as UTF-8, not as gb18030: its bytes are valid UTF-8, and only read so does its header name an indicator (for UTF-8 files drop encoding: 'gb18030')"
 */
export function readAsUtf8Instead(
  name: string,
  encoding: string,
  naming: OptionNaming | undefined,
): LocalizedText {
  const option = encodingOption(naming, encoding);
  return localized(
    `${name}：按 UTF-8 而非 ${encoding} 读取：其字节是有效的 UTF-8，且只有按 UTF-8 读取时表头才有指标列（UTF-8 文件请去掉 ${option}）`,
    `${name}: read as UTF-8, not as ${encoding}: its bytes are valid UTF-8, and only read so does its header name an indicator (for UTF-8 files drop ${option})`,
  );
}

/**
 * The notice for a sample's bytes given with an encoding other than UTF-8 (`gb18030`) but read as UTF-8 instead
 * because they are UTF-8 misread ({@link utf8Misread}) while their ASCII header names indicators either way, or
 * they are JSON or NDJSON (UTF-8 by RFC 8259 §8.1; developer-40 F1): read in the encoding given, their Chinese
 * cells or values would be mojibake and graded wrongly.
 *
 * @param encoding - the encoding as the caller gave it (`gb18030`)
 * @param held - what the Chinese text is in: a table's cells (default) or a JSON record's values
 *
 * @example
 * utf8ReadInstead('upload.csv', 'gb18030', 'api').en
 * // "upload.csv: read as UTF-8, not as gb18030: its bytes are valid UTF-8 and hold Chinese read so; read as gb18030 its Chinese cells would be mojibake (for UTF-8 files drop encoding: 'gb18030')"
 */
export function utf8ReadInstead(
  name: string,
  encoding: string,
  naming: OptionNaming | undefined,
  held: 'cells' | 'values' = 'cells',
): LocalizedText {
  const option = encodingOption(naming, encoding);
  const what = HELD[held];
  return localized(
    `${name}：按 UTF-8 而非 ${encoding} 读取：其字节是有效的 UTF-8，按 UTF-8 读取是中文；按 ${encoding} 读取其中文${what.zh}会成为乱码（UTF-8 文件请去掉 ${option}）`,
    `${name}: read as UTF-8, not as ${encoding}: its bytes are valid UTF-8 and hold Chinese read so; read as ${encoding} its Chinese ${what.en} would be mojibake (for UTF-8 files drop ${option})`,
  );
}
