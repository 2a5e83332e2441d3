import { firstBadUtf8Byte } from '../text/first-bad-utf8-byte';
import { notUtf8, notUtf16, unknownEncoding, utf16Fault } from './encoding-errors';
import type { OptionNaming } from './option-naming';
import { utf16Misread, utf16MisreadError } from './utf16-misread';

/**
 * A sample's bytes as text, the way `qgrade grade` reads a file, without
 * Node: as `encoding` (default UTF-8; `gb18030`/`gbk` for what Excel on
 * Chinese Windows saves as "CSV"; `utf-16le`/`utf-16be`), a byte-order mark
 * deciding over it. A byte that is not UTF-8 when UTF-8 is read is a usage
 * error advising the encoding, as the CLI's is: decoded with U+FFFD, a
 * GB18030 header matched no indicator and every record was graded invalid
 * without a word.
 *
 * @param name - what to call the sample in messages
 * @param naming - how the message names the encoding option
 * @throws {@link QgradeError} (code `usage`) for an unknown encoding or bytes that are not UTF-8; (code `input`)
 *   for bytes named UTF-16 that are not UTF-16 text or not valid UTF-16
 * @example
 * decodeSampleText(bytes, 'samples.csv', 'gb18030', 'api') // '型号,机组类型,…'
 */
export function decodeSampleText(
  bytes: Uint8Array,
  name: string,
  encoding: string | undefined,
  naming: OptionNaming,
): string {
  const label = encoding ?? 'utf-8';
  let utf8: boolean;
  try {
    utf8 = new TextDecoder(label).encoding === 'utf-8';
  } catch {
    throw unknownEncoding(String(label), naming);
  }
  // A byte-order mark decides the encoding over the label (WHATWG Encoding Standard, "decode"); it is not text.
  const marked =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined;
  const utf16 = marked ?? new TextDecoder(label).encoding;
  if (utf16 === 'utf-16le' || utf16 === 'utf-16be') {
    // Named UTF-16 and not (hostile-39 C1): read so, UTF-8 or GB18030 bytes were one line of mojibake, no record.
    const why = marked ? undefined : utf16Misread(bytes, utf16 === 'utf-16le');
    if (why) throw utf16MisreadError(name, label, utf16 === 'utf-16le', why, naming);
    // Fatal for UTF-16 too (hostile-37 M5): a lone surrogate was read as U+FFFD and graded.
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw notUtf16(name, utf16Fault(bytes, 0, utf16 === 'utf-16le', true) ?? bytes.length - 1);
    }
  }
  if (marked) return new TextDecoder(marked).decode(bytes);
  if (!utf8) return new TextDecoder(label).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadUtf8Byte(bytes);
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
    throw notUtf8(name, { at, line }, naming);
  }
}

/**
 * Refuses an `encoding` the decoder does not know, for a sample given as text
 * (which it does not decode): a typo in a service's configuration shows at the
 * first call, not at the first upload of bytes (developer-25 C2).
 *
 * @throws {@link QgradeError} (code `usage`) for an unknown encoding
 */
export function checkEncodingLabel(encoding: unknown, naming: OptionNaming): void {
  if (encoding === undefined) return;
  try {
    if (typeof encoding !== 'string') throw new TypeError('not a string');
    new TextDecoder(encoding);
  } catch {
    throw unknownEncoding(String(encoding), naming);
  }
}
