import { createReadStream, fstatSync, ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { fileReason } from '../errors/system-reason';
import { UsageError } from '../errors/usage-error';
import { firstBadUtf8Byte } from '../text/first-bad-utf8-byte';
import { localized } from '../text/localized-text';
import { notUtf8, notUtf16, type Utf8Fault, unknownEncoding, utf16Fault } from './encoding-errors';
import { inputFileSize } from './input-file';
import { encodingOption, type OptionNaming } from './option-naming';
import { looksUtf8, utf8Misread } from './utf8-read-as-other';
import { utf16Decidable, utf16Misread, utf16MisreadError } from './utf16-misread';

/** An input opened for reading as text. */
export interface OpenedInput {
  /** What to call it in messages: the path, or "stdin". */
  name: string;
  /** Its size in bytes, when known (a file). */
  size?: number;
  /** Decoded text, chunk by chunk (a byte-order mark removed). */
  chunks: AsyncIterable<string>;
  /** Bytes read so far. */
  bytesRead(): number;
  /**
   * Read in another encoding than UTF-8 or UTF-16 (`--encoding gbk`) and with no byte-order mark: whether
   * the first chunk's bytes look like UTF-8 ({@link looksUtf8}), for a hint when the header names nothing.
   * `false` before the first chunk is read, and for other encodings.
   */
  looksUtf8(): boolean;
  /**
   * Read in another encoding as {@link looksUtf8} asks: whether the first chunk's bytes are UTF-8 misread
   * ({@link utf8Misread}: Chinese as UTF-8, or U+FFFD in the encoding). `false` where `looksUtf8` is.
   */
  utf8Misread(): boolean;
}

/**
 * Opens a file (or `-` for stdin) as a stream of text chunks, decoded as
 * `encoding` (default UTF-8; `gb18030`/`gbk` for what Excel on Chinese
 * Windows saves as "CSV"; `utf-16le`/`utf-16be`). A byte-order mark decides
 * the encoding over `encoding`, as the WHATWG Encoding Standard's decode
 * does: UTF-8 with a BOM is read as UTF-8 even with `--encoding gb18030`,
 * and UTF-16 with one (Excel's "Unicode text") as UTF-16. UTF-16 without a
 * byte-order mark (NUL bytes on every other byte), unless `encoding` says
 * UTF-16, fails with a usage error that names `--encoding utf-16le` (or
 * `be`). When UTF-8 is expected and a byte anywhere is not UTF-8, reading
 * fails with a usage error that suggests `--encoding gb18030`, rather than
 * grading garbled text.
 *
 * @param stdin - what `-` reads (default: the process's standard input)
 * @param naming - how usage errors name the encoding option (default: as `--encoding`)
 * @param preferUtf8 - read in another encoding than UTF-8 with no byte-order mark, and the first chunk's bytes
 *   valid UTF-8 ({@link looksUtf8}): asked with the first chunk decoded both ways whether to read the input as
 *   UTF-8 instead (a service that always says gb18030, developer-34 M1); only then, so it costs nothing else
 */
export async function openInput(
  path: string,
  encoding = 'utf-8',
  stdin: Readable = process.stdin,
  naming?: OptionNaming,
  preferUtf8?: (given: string, asUtf8: string) => Promise<boolean>,
): Promise<OpenedInput> {
  let decoder: TextDecoder;
  let utf8: boolean;
  let utf16Label: boolean;
  try {
    const label = new TextDecoder(encoding).encoding;
    utf8 = label === 'utf-8';
    utf16Label = label === 'utf-16le' || label === 'utf-16be';
    // Fatal for UTF-8: a byte that is not UTF-8 anywhere stops the run rather than grade garbled text.
    decoder = new TextDecoder(encoding, { ignoreBOM: false, fatal: utf8 || utf16Label });
  } catch {
    throw unknownEncoding(encoding, naming);
  }
  let stream: Readable;
  let size: number | undefined;
  const name = path === '-' ? 'stdin' : path;
  if (path === '-') {
    if (stdin === process.stdin) refuseFolderOnStdin();
    stream = stdin;
  } else {
    size = await inputFileSize(path);
    // 16 KiB, not 64: a chunk's rows (~400) are what is alive at once while they are graded, and fewer
    // survivors per scavenge keep V8's young generation small (peak RSS over 300,000 rows 217 → 138 MiB).
    stream = createReadStream(path, { highWaterMark: 1 << 14 });
  }
  let bytes = 0;
  // Line ends before the current chunk (UTF-8 only, where a bad byte stops the run), and the last bytes read:
  // the bad byte is named by its own offset and line, and the text before it is given out first.
  let lineEnds = 0;
  let tail: Buffer = Buffer.alloc(0);
  let firstBytes: Buffer | undefined;
  // UTF-16's last bytes read: a pair cut by a chunk's end is found whole.
  let tail16: Buffer = Buffer.alloc(0);
  // Named UTF-16 with no byte-order mark: the first bytes, and the text from them, held until they tell whether
  // the input is UTF-16 at all (hostile-39 C1: UTF-8 read so was one line of mojibake, "0 records", exit 0).
  let held16: Buffer | undefined;
  let heldText = '';
  const refuseMisread = () => {
    if (!held16) return;
    const le = decoder.encoding === 'utf-16le';
    const why = utf16Misread(held16, le);
    held16 = undefined;
    if (why) throw utf16MisreadError(name, encoding, le, why, naming);
  };
  async function* chunks(): AsyncGenerator<string> {
    let first = true;
    try {
      for await (const chunk of stream) {
        // A stream in object or string mode gives text; bytes are what the decoder takes.
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        const start = bytes;
        bytes += buf.length;
        if (first) {
          if (buf.subarray(0, 4).equals(ZIP_SIGNATURE)) {
            throw new UsageError(
              localized(
                `${name} 是 zip 包（如 .xlsx 工作簿）：请以 .xlsx 命名，或给出 --input-format xlsx`,
                `${name} is a zip package, such as an .xlsx workbook: name it .xlsx, or give --input-format xlsx`,
              ),
            );
          }
          // A byte-order mark decides the encoding over the label (WHATWG Encoding Standard, "decode").
          const marked = bomEncoding(buf);
          if (marked) {
            utf8 = marked === 'utf-8';
            // Fatal for UTF-16 too (hostile-37 M5): a lone surrogate was read as U+FFFD and graded.
            decoder = new TextDecoder(marked, { ignoreBOM: false, fatal: true });
          } else if (utf16Label) held16 = Buffer.alloc(0);
          else {
            const unmarked = utf16WithoutBom(buf);
            if (unmarked) throw utf16Hint(name, unmarked, naming);
            // Kept for a question asked once, if the header names nothing: UTF-8 read as GBK (hostile-26 F2).
            if (!utf8) firstBytes = buf;
            // Read as UTF-8 from the start when the caller, given both readings of the first chunk, says so.
            if (!utf8 && preferUtf8 && looksUtf8(buf)) {
              const given = new TextDecoder(decoder.encoding).decode(buf, { stream: true });
              const asUtf8 = new TextDecoder('utf-8').decode(buf, { stream: true });
              if (await preferUtf8(given, asUtf8)) {
                utf8 = true;
                decoder = new TextDecoder('utf-8', { ignoreBOM: false, fatal: true });
                firstBytes = undefined;
              }
            }
          }
        }
        if (held16) {
          held16 = Buffer.concat([held16, buf]);
          if (utf16Decidable(held16)) refuseMisread();
        }
        let text: string;
        try {
          text = decoder.decode(buf, { stream: true });
        } catch {
          // Bytes that are not UTF-16 at all say so, rather than where their first unreadable unit is.
          refuseMisread();
          if (!utf8) {
            const held = Buffer.concat([tail16, buf]);
            const at = utf16Fault(held, start - tail16.length, decoder.encoding === 'utf-16le', false);
            throw notUtf16(name, at ?? start);
          }
          // The text up to the bad byte is given out, so the rows that end before it are graded and written.
          const fault = utf8Fault(tail, buf, start, lineEnds, first);
          if (fault.text) yield fault.text;
          throw notUtf8(name, fault, naming);
        }
        first = false;
        if (decoder.encoding.startsWith('utf-16'))
          tail16 = buf.length >= 4 ? buf.subarray(-4) : Buffer.concat([tail16, buf]).subarray(-4);
        if (utf8) {
          lineEnds += countLineEnds(buf);
          tail = buf.length >= 3 ? buf : Buffer.concat([tail.subarray(-3), buf]);
        }
        if (held16) heldText += text;
        else if (heldText) {
          yield heldText + text;
          heldText = '';
        } else if (text) yield text;
      }
      refuseMisread();
    } catch (error) {
      if (error instanceof UsageError) throw error;
      // fileReason: "permission denied" in English too, not Node's "EACCES: permission denied, open '…'".
      const why = fileReason(error);
      throw new UsageError(localized(`无法读取 ${name}：${why.zh}`, `cannot read ${name}: ${why.en}`));
    }
    let rest: string;
    try {
      rest = heldText + decoder.decode();
    } catch {
      if (!utf8) {
        const le = decoder.encoding === 'utf-16le';
        throw notUtf16(name, utf16Fault(tail16, bytes - tail16.length, le, true) ?? bytes - 1);
      }
      // A character cut off by the end of the input.
      throw notUtf8(name, { at: bytes - cutShort(tail), line: lineEnds + 1 }, naming);
    }
    if (rest) yield rest;
  }
  const opened: OpenedInput = {
    name,
    chunks: chunks(),
    bytesRead: () => bytes,
    looksUtf8: () => firstBytes !== undefined && looksUtf8(firstBytes),
    utf8Misread: () => firstBytes !== undefined && utf8Misread(firstBytes, encoding),
  };
  if (size !== undefined) opened.size = size;
  return opened;
}

/** The encoding a byte-order mark at the start says (Excel's "Unicode text" is UTF-16 with one). */
function bomEncoding(start: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8';
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: UTF-8 and GB18030
 * text has none, while UTF-16 has one in every ASCII character (a comma, a
 * digit, a line end), on odd bytes for LE and even bytes for BE. Looks at the
 * first KiB of the first chunk only.
 */
function utf16WithoutBom(start: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(start.length, 1024) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (start[i] === 0) even++;
    if (start[i + 1] === 0) odd++;
  }
  // Most characters' NULs on one side; a few CJK characters (U+4E00 "一") put one on the other.
  const enough = Math.max(2, end / 32);
  if (odd >= enough && even * 4 <= odd) return 'utf-16le';
  if (even >= enough && odd * 4 <= even) return 'utf-16be';
  return undefined;
}

function utf16Hint(
  name: string,
  encoding: 'utf-16le' | 'utf-16be',
  naming: OptionNaming | undefined,
): UsageError {
  const which = encoding === 'utf-16le' ? 'LE' : 'BE';
  const option = encodingOption(naming, encoding);
  return new UsageError(
    localized(
      `${name} 看起来是没有字节顺序标记的 UTF-16 ${which} 文本：请加上 ${option}，或把它另存为 UTF-8（Excel 中选“CSV UTF-8”）`,
      `${name} looks like UTF-16 ${which} text without a byte-order mark: add ${option}, or save it as UTF-8 (Excel: "CSV UTF-8")`,
    ),
  );
}

/**
 * The bad byte in the chunk the decoder refused, and the text before it. The
 * decoder may have held back the first bytes of a character cut by the end
 * of the chunk before (`tail`); they are decoded again with this chunk.
 */
function utf8Fault(
  tail: Buffer,
  buf: Buffer,
  start: number,
  lineEnds: number,
  first: boolean,
): Utf8Fault & { text: string } {
  const held = cutShort(tail);
  const bytes = held ? Buffer.concat([tail.subarray(tail.length - held), buf]) : buf;
  const at = firstBadUtf8Byte(bytes);
  const before = bytes.subarray(0, at);
  return {
    at: start - held + at,
    line: lineEnds + countLineEnds(before) + 1,
    // A byte-order mark is removed at the start only; further on U+FEFF is text.
    text: new TextDecoder('utf-8', { ignoreBOM: !first }).decode(before),
  };
}

/** How many bytes at the end of `bytes` begin a character they cut short (0–3). */
function cutShort(bytes: Uint8Array): number {
  for (let j = bytes.length - 1; j >= Math.max(0, bytes.length - 3); j--) {
    const b = bytes[j]!;
    if (b < 0x80) return 0;
    if (b < 0xc0) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return bytes.length - j < length ? bytes.length - j : 0;
  }
  return 0;
}

function countLineEnds(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/**
 * Whether reading `stdin` may wait on a writer: a pipe, a terminal or a
 * socket may (a co-process writes a line and waits for its answer); stdin
 * redirected from a file (`< samples.csv`, which Node opens as a file
 * stream) never does, however long it takes to read.
 */
export function stdinMayWait(stdin: Readable): boolean {
  return !(stdin instanceof ReadStream);
}

/** stdin redirected from a folder reads as nothing at all on some systems: say what it is. */
function refuseFolderOnStdin(): void {
  let folder = false;
  try {
    folder = fstatSync(0).isDirectory();
  } catch {
    // Not a descriptor that can be looked at (a closed stdin): reading will say what is wrong.
  }
  if (folder)
    throw new UsageError(
      localized('标准输入是一个文件夹，而不是记录文件', 'stdin is a folder, not a file of records'),
    );
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
