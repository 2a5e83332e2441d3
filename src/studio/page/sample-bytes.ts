import type { LocalizedText } from '../../browser';
import { decodeSampleText } from '../../input/decode-sample-text';

/** A sample file as the page grades it: text or workbook bytes, and a note when its encoding was guessed. */
export interface SampleData {
  data: string | Uint8Array;
  notice?: LocalizedText;
}

/**
 * Reads a sample file the author opened. A text that is not UTF-8 is read as
 * GB18030 and the page says so: the page has no encoding control, and a CSV
 * saved by Excel or WPS on Chinese Windows is GB18030 (GBK) — decoded as
 * UTF-8 it turned every Chinese header into U+FFFD and every record invalid
 * without a word. The author sees the decoded text in the samples box, so a
 * wrong guess shows at once.
 *
 * @param bytes - the file's bytes
 * @param name - the file's name, for the note
 * @example
 * readSampleBytes(gbkCsv, 'samples.csv').notice?.zh // 'samples.csv 不是 UTF-8 文本，已按 GB18030 …'
 */
export function readSampleBytes(bytes: Uint8Array, name: string): SampleData {
  if (/\.xlsx$/i.test(name)) return { data: bytes };
  try {
    return { data: decodeSampleText(bytes, name, undefined, 'studio') };
  } catch {
    return {
      data: new TextDecoder('gb18030').decode(bytes),
      notice: {
        zh: `${name} 不是 UTF-8 文本，已按 GB18030（中文 Windows 上 Excel、WPS 保存 CSV 所用的编码）读取；若下面的文字是乱码，请在 Excel 或 WPS 中另存为“CSV UTF-8”。`,
        en: `${name} is not UTF-8 text; it was read as GB18030 (what Excel and WPS on Chinese Windows save a CSV in); if the text below is garbled, save it from Excel or WPS as "CSV UTF-8".`,
      },
    };
  }
}
