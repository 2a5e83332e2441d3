import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';

// `usage = 室外`, `usage == 室外`, `thickness >= 8`: a name, an operator, a value.
const WRITTEN = /^([A-Za-z][\w]*)\s*(==|=|≠|!=|≥|>=|≤|<=|>|<)\s*(\S(?:.*\S)?)$/su;
const EQUAL = new Set(['=', '==']);
// YAML reads these inside { } as its own punctuation (or a comment): such a value goes in quotes.
const NEEDS_QUOTES = /[,:{}[\]#&*!|>'"%@`]|^[-?]|^\s|\s$/u;

/**
 * A `when` or `requiredWhen` written as a line of text (`requiredWhen: usage =
 * 室外`), which YAML reads as one string where a mapping belongs: the mapping
 * to write (`{ usage: 室外 }`, `{ thickness: "≥ 8" }`), or how one is written
 * when the text is not a name, an operator and a value (newcomer-45: "must be
 * a mapping, got text" alone did not say how to write a condition).
 *
 * @param key - the key the text is under: `when` or `requiredWhen`
 * @param text - the text written
 * @returns what to add to "must be a mapping, got text …"
 * @example
 * conditionAsText('requiredWhen', 'usage = 室外').zh // '：条件写成“指标: 取值”的映射，请写 requiredWhen: { usage: 室外 }'
 */
export function conditionAsText(key: string, text: string): LocalizedText {
  const m = WRITTEN.exec(text.trim());
  if (!m) {
    return localized(
      `：条件写成“指标: 取值”的映射，如 ${key}: { category: 瓷质砖 } 或 ${key}: { thickness: "≥ 8" }（见 docs/rule-format.zh-CN.md“判定项”一节的“when”）`,
      `: a condition is a mapping of indicator: value, e.g. ${key}: { category: A } or ${key}: { thickness: "≥ 8" } (see "when" under "Criteria" in docs/rule-format.md)`,
    );
  }
  const [, name, operator, value] = m as unknown as [string, string, string, string];
  const written = EQUAL.has(operator!)
    ? NEEDS_QUOTES.test(value!)
      ? JSON.stringify(value)
      : value!
    : JSON.stringify(`${operator} ${value}`);
  const write = safeLine(cutShort(`${key}: { ${name}: ${written} }`, 120));
  return localized(
    `：条件写成“指标: 取值”的映射，请写 ${write}`,
    `: a condition is a mapping of indicator: value; write ${write}`,
  );
}
