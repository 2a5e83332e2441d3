import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import { firstBadUtf8Byte } from '../text/first-bad-utf8-byte';
import { localized } from '../text/localized-text';

/**
 * A rule file's or test suite's bytes as text. YAML is UTF-8 (or UTF-16
 * with a byte-order mark, which an editor's "Unicode" saves). A file saved
 * as GBK/GB18030, which Notepad and WPS do on Chinese Windows, would
 * otherwise be read as garbled names and labels without a word: it is an
 * issue at the line and column of the first byte that is not UTF-8.
 *
 * @example
 * decodeRuleText(await readFile(path), path) // { text } or { issue }
 */
export function decodeRuleText(bytes: Uint8Array, file: string): { text: string } | { issue: RuleSetIssue } {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : '';
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // An .xlsx workbook or a Parquet file given as a rule file (-r data.xlsx): say what it is, not "GBK".
    const binary = binaryKind(bytes);
    if (binary)
      return {
        issue: ruleSetIssue({
          code: 'yaml-syntax',
          severity: 'error',
          text: localized(
            `这是${binary.zh}，不是 YAML 文本：规则文件和测试套件是 YAML 文本文件（要评级的数据请作为输入给出）`,
            `this is ${binary.en}, not YAML text: rule files and test suites are YAML text files (give data to grade as the input)`,
          ),
          file,
          line: 1,
          column: 1,
          path: [],
        }),
      };
    const at = firstBadUtf8Byte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split('\n');
    const line = lines.length;
    const column = [...lines.at(-1)!].length + 1;
    return {
      issue: ruleSetIssue({
        code: 'yaml-syntax',
        severity: 'error',
        text: localized(
          '文件从此处起不是 UTF-8 文本，可能是以 GBK/GB18030 保存的：请在编辑器中另存为 UTF-8 编码',
          'the file is not UTF-8 text from here on; it may have been saved as GBK/GB18030: save it as UTF-8 in your editor',
        ),
        file,
        line,
        column,
        path: [],
      }),
    };
  }
}

/** What a file that is not text is, by its first bytes: a zip archive (an .xlsx workbook) or a Parquet file. */
function binaryKind(bytes: Uint8Array): { zh: string; en: string } | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return { zh: ' .xlsx 工作簿（或其他 zip 压缩包）', en: 'an .xlsx workbook (or another zip archive)' };
  if (bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31)
    return { zh: ' Parquet 文件', en: 'a Parquet file' };
  return undefined;
}
