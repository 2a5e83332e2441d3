import { CJK } from './cjk-space';
import type { Language } from './localized-text';

/**
 * The part of a rule file's one-string bilingual text in `lang`. A field
 * that holds one string (a reference's `clause`, a table's `source`) is
 * written in both languages the way the bundled rule files write it: the
 * Chinese, then the English in ASCII brackets at the end —
 * `五个等级、4 个维度、30 项指标（权重与分级阈值未找到） (five levels, 4 dimensions, 30 indicators; …)`.
 * Such a text gives the Chinese (without the bracket) under `zh`, the English
 * under `en`; any other text (Chinese only, English only, a bracket that is
 * not English: `（形式）`, `(a)` after English) is given as written.
 *
 * @example
 * bilingualPart('能效等级指标表 (energy-efficiency grade table)', 'zh'); // '能效等级指标表'
 * bilingualPart('能效等级指标表 (energy-efficiency grade table)', 'en'); // 'energy-efficiency grade table'
 * bilingualPart('强度、凝结时间要求（合格品）', 'en'); // as written
 */
export function bilingualPart(text: string, lang: Language): string {
  const split = splitBilingual(text);
  return split ? split[lang] : text;
}

/** The Chinese and the English of a `中文 (English)` text, or `undefined` when it is not written so. */
function splitBilingual(text: string): { zh: string; en: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(')')) return undefined;
  // The bracket that opens the last one, nested brackets counted: `(requirements (a) and (b))`.
  let depth = 0;
  let open = -1;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const c = trimmed[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open <= 0) return undefined;
  const zh = trimmed.slice(0, open).trim();
  const en = trimmed.slice(open + 1, -1).trim();
  // The English has Latin letters and no Chinese; the Chinese has Chinese characters.
  if (!/[A-Za-z]/u.test(en) || CJK.test(en) || !CJK.test(zh)) return undefined;
  return { zh, en };
}
