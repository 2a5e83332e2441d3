import { codePointText } from './full-width';
import { type LocalizedText, localized } from './localized-text';
import { cutShort } from './quote-short';
import { safeLine } from './safe-text';

/**
 * A key typed with a Chinese input method's colon, read by YAML as one text:
 * `{ zh： 弯曲度 }` holds the key "zh： 弯曲度", `when:\n  category：drum` the
 * text "category：drum". The groups are the key and what follows the colon.
 *
 * @example
 * FULL_WIDTH_COLON_KEY.exec('zh： 弯曲度')?.slice(1) // ['zh', '弯曲度']
 */
export const FULL_WIDTH_COLON_KEY = /^([^\s：]+)\s*：\s*(.*)$/s;

/**
 * What to tell of a full-width colon "：" (U+FF1A) written where YAML's colon
 * belongs, in one wording wherever it is found: a YAML syntax error (the
 * caller adds its "YAML 语法错误：" prefix), a key in braces, a condition read
 * as text. `write` is the mended text (`"zh: 弯曲度"`); `example` a key to show
 * the colon after (`"unit: "`), when the mended text is not known.
 *
 * @example
 * fullWidthColonText({ braces: true, write: 'zh: 弯曲度' }).zh
 * // '全角冒号“：”（U+FF1A）不是 YAML 的冒号：花括号 { } 中键后的冒号请用半角“:”，并在其后加一个空格，写作“zh: 弯曲度”'
 */
export function fullWidthColonText(
  options: { braces?: boolean; write?: string; example?: string } = {},
): LocalizedText {
  const code = codePointText('：');
  const write = options.write === undefined ? undefined : safeLine(cutShort(options.write.trim()));
  const where = options.braces
    ? localized(
        '花括号 { } 中键后的冒号请用半角“:”，并在其后加一个空格',
        'inside { } write an ASCII ":" after a key, followed by a space',
      )
    : localized(
        '键后的冒号请用半角“:”，并在其后加一个空格',
        'after a key write an ASCII ":" followed by a space',
      );
  const fix =
    write !== undefined
      ? localized(`，写作“${write}”`, `: "${write}"`)
      : options.example !== undefined
        ? localized(`，如“${options.example}: ”`, `, e.g. "${options.example}: "`)
        : localized('');
  return localized(
    `全角冒号“：”（${code}）不是 YAML 的冒号：${where.zh}${fix.zh}`,
    `the full-width colon "：" (${code}) is not YAML's colon: ${where.en}${fix.en}`,
  );
}

/**
 * A text that is a key and its value joined by a full-width colon
 * (`category：drum`, `类别：滚筒`), as the mended `key: value`; `undefined` for
 * other text. Only one line: a colon in prose (`表 2：化学指标`) has a space before it.
 *
 * @example
 * colonJoinedEntry('类别：滚筒') // '类别: 滚筒'
 * colonJoinedEntry('表 2：化学指标') // undefined
 */
export function colonJoinedEntry(text: string): string | undefined {
  if (text.includes('\n')) return undefined;
  const m = FULL_WIDTH_COLON_KEY.exec(text.trim());
  return m ? `${m[1]}: ${m[2]}`.trim() : undefined;
}
