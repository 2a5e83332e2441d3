import type { ErrorCode } from 'yaml';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';

// What each of the yaml parser's error codes means, in plain words for a rule author: the parser's own sentences
// name its tokens ("unexpected flow-seq-end token") and are English only (fix-hostile4-34). Typed by the library's
// codes, so a code it adds is a compile error here until it has words.
const WORDS: Readonly<Record<ErrorCode, LocalizedText>> = {
  ALIAS_PROPS: localized('别名不能带锚点或标签', 'an alias cannot have an anchor or a tag'),
  BAD_ALIAS: localized('别名写法有误', 'this alias ("*" and a name) is not written right'),
  BAD_DIRECTIVE: localized(
    'YAML 指令写法有误',
    'this YAML directive (a line starting with "%") is not written right',
  ),
  BAD_DQ_ESCAPE: localized(
    '双引号字符串中的转义写法有误',
    'a "\\" in a double-quoted value starts an escape that YAML does not know',
  ),
  BAD_INDENT: localized('缩进有误', 'the indentation is wrong'),
  BAD_PROP_ORDER: localized('锚点和标签的位置有误', 'an anchor or a tag is in the wrong place'),
  BAD_SCALAR_START: localized(
    '值的开头写法有误（以特殊字符开头的值请加引号）',
    'this value starts with a character YAML keeps for itself (quote a value that starts with a special character)',
  ),
  BLOCK_AS_IMPLICIT_KEY: localized(
    '块结构不能用作键',
    'a list or mapping written over lines cannot be a key (the indentation may be wrong)',
  ),
  BLOCK_IN_FLOW: localized(
    '方括号或花括号内不能使用块结构',
    'lines of "key: value" or "- item" cannot be written inside [ ] or { }',
  ),
  DUPLICATE_KEY: localized('键重复', 'a key is written twice'),
  IMPOSSIBLE: localized('无法读取此处的 YAML', 'the YAML here cannot be read'),
  KEY_OVER_1024_CHARS: localized('键超过 1024 个字符', 'a key is longer than 1024 characters'),
  MISSING_CHAR: localized(
    '缺少应有的字符（如冒号、引号或括号）',
    'a character is missing here (a colon, quote or bracket may be missing)',
  ),
  MULTILINE_IMPLICIT_KEY: localized(
    '键不能跨行（冒号后可能缺少空格，或缩进有误）',
    'a key cannot run on to the next line (a space may be missing after a colon, or the indentation is wrong)',
  ),
  MULTIPLE_ANCHORS: localized('一个值只能有一个锚点', 'a value can have one anchor only'),
  MULTIPLE_DOCS: localized('一个规则文件只能包含一个 YAML 文档', 'a rule file holds one YAML document'),
  MULTIPLE_TAGS: localized('一个值只能有一个标签', 'a value can have one tag only'),
  NON_STRING_KEY: localized('键必须是文本', 'a key must be text'),
  RESOURCE_EXHAUSTION: localized('文件展开后过大', 'the file is too large once its aliases are expanded'),
  TAB_AS_INDENT: localized('缩进不能使用制表符（Tab），请用空格', 'tabs cannot indent: use ASCII spaces'),
  TAG_RESOLVE_FAILED: localized('规则文件不能使用 YAML 标签', 'rule files may not use YAML tags'),
  UNEXPECTED_TOKEN: localized('此处不应出现该符号', 'a character here is out of place'),
  BAD_COLLECTION_TYPE: localized('集合类型有误', 'a list or mapping does not match its tag'),
};

// The parser's sentences that say more than their code, each told in its own plain words.
const SENTENCES: readonly [RegExp, (m: RegExpExecArray) => LocalizedText][] = [
  [
    /^Missing closing (["'])quote/,
    (m) =>
      localized(
        `以 ${m[1]} 开头的值没有闭合：缺少结尾的 ${m[1]}`,
        `a value opened with ${m[1]} is not closed: the closing ${m[1]} is missing`,
      ),
  ],
  [
    /^Implicit map keys need to be followed by map values/,
    () =>
      localized(
        '这个键后面没有“: ”和值（可能漏写了冒号，或冒号后缺少空格）',
        'this key has no ": " and value after it (a colon may be missing, or the space after it)',
      ),
  ],
  [
    /^Nested mappings are not allowed in compact mappings/,
    () =>
      localized(
        '一行中有两个“: ”：值中含“: ”时请给值加引号',
        'two ": " on one line: quote a value that holds ": "',
      ),
  ],
  [
    /^Unexpected flow-(seq|map)-end token/,
    (m) => {
      const [open, close] = m[1] === 'seq' ? ['[', ']'] : ['{', '}'];
      return localized(
        `这个“${close}”前面没有未闭合的“${open}”：请删去它，或补上它所闭合的“${open}”`,
        `this "${close}" has no "${open}" open before it: remove it, or add the "${open}" it closes`,
      );
    },
  ],
  [
    // The token as the parser quotes it (JSON escapes and all), or as it finds it ("Not a YAML token: …").
    /^(?:Unexpected [\w-]+ token in YAML stream: "(.*?)"?|Not a YAML token: (.*))$/s,
    (m) => {
      const shown = safeLine(cutShort(m[1] ?? m[2]!));
      return localized(`此处不应出现“${shown}”`, `"${shown}" is out of place here`);
    },
  ],
  [
    /^Unexpected scalar at node end/,
    () => localized('值之后还有多余的内容', 'more text follows the value here'),
  ],
  [
    /^Unexpected block-seq-ind on same line with key/,
    () => localized('列表项的“- ”不能与键写在同一行', 'a "- " list item cannot be on the same line as a key'),
  ],
  [
    /^Invalid escape sequence (.+)$/,
    (m) => {
      const shown = safeLine(cutShort(m[1]!));
      return localized(
        `双引号字符串中的转义“${shown}”无效：反斜杠请写成“\\\\”，或改用单引号`,
        `"${shown}" in a double-quoted value is no escape YAML knows: write a backslash as "\\\\", or use single quotes`,
      );
    },
  ],
  [
    /^Plain value cannot start with reserved character (.)/,
    (m) =>
      localized(
        `值不能以保留字符“${m[1]}”开头：请给这个值加引号`,
        `a value cannot start with the reserved character "${m[1]}": quote the value`,
      ),
  ],
];

/**
 * One of the yaml parser's errors in plain words, in both languages: the
 * words for what its sentence says where qgrade has them, else for its code.
 * Neither language shows the parser's own sentence.
 *
 * @param code - the parser's error code
 * @param message - the first line of the parser's message
 */
export function yamlErrorWords(code: string, message: string): LocalizedText {
  for (const [pattern, words] of SENTENCES) {
    const m = pattern.exec(message);
    if (m) return words(m);
  }
  return WORDS[code as ErrorCode] ?? localized('无法读取', 'this cannot be read');
}
