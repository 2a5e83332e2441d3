import { codePointText, nameCharacter } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';

// Quotation marks a Chinese input method types for `"` and `'`.
const OPENING = /^[\u201c\u2018]/u;
const CLOSING = /[\u201d\u2019]$/u;
const CURLY = /[\u201c\u201d\u2018\u2019]/gu;

/**
 * A YAML value wrapped in Chinese quotation marks, `unit: “mm”` or
 * `values: [“合格”, “不合格”]`: YAML reads the marks as part of the text, so
 * the unit was "“mm”" and every sheet in mm was refused for its unit, or the
 * values differed from 合格 by marks a reader cannot tell from quotes
 * (newcomer-38 M4). The value without them, and what to say; `undefined` for
 * a value not so wrapped.
 *
 * @example
 * curlyQuotedScalar('“mm”', 'unit')?.inner; // 'mm'
 */
export function curlyQuotedScalar(
  text: string,
  key: string,
): { inner: string; text: LocalizedText } | undefined {
  if (!OPENING.test(text) || !CLOSING.test(text)) return undefined;
  const inner = text.replace(/^[\u201c\u2018]+|[\u201d\u2019]+$/gu, '').trim();
  if (inner === '') return undefined;
  const marks = [...new Set(text.match(CURLY) ?? [])];
  return {
    inner,
    text: localized(
      `${key} 中的 ${text} 两端用了中文引号 ${marks.map((c) => `${c}（${codePointText(c)}）`).join('、')}，YAML 把它们读作值的一部分：请去掉，或改用半角双引号 "，写 ${JSON.stringify(inner)}`,
      `${key}: ${text} is in Chinese quotation marks ${marks.map(nameCharacter).join(', ')}, which YAML reads as part of the value: remove them or use ASCII double quotes ("): write ${JSON.stringify(inner)}`,
    ),
  };
}
