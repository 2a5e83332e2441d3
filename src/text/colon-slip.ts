import { codePointText, nameCharacter } from './full-width';
import { FULL_WIDTH_COLON_KEY, fullWidthColonText } from './full-width-colon';
import { type LocalizedText, localized } from './localized-text';
import { cutShort } from './quote-short';
import { safeLine } from './safe-text';

/**
 * A key and its value that YAML read as one text because of the colon between
 * them: a full-width colon (`unitType： heat-pump`), a space YAML does not take
 * for one after an ASCII colon (`unitType:　heat-pump`, U+3000 or a no-break
 * space), or no space at all (`unitType:heat-pump`).
 */
export interface ColonSlip {
  /** What went wrong: the colon, the space after it, or the missing space. */
  kind: 'full-width-colon' | 'wide-space' | 'no-space';
  /** The key before the colon, `unitType`. */
  key: string;
  /** The text after the colon (and the space), `heat-pump`. */
  value: string;
  /** Where in the text to point: the full-width colon, the space that is not one, or the colon with none after it. */
  at: number;
  /** The character named: `：`, `　` (U+3000), or `:` when the space is missing. */
  mark: string;
}

// A key YAML would have read as one: no whitespace (a colon in prose, `表 2:化学指标`, has a space before it).
// JavaScript's \s takes U+3000 and U+00A0 for spaces; YAML takes only the ASCII space and the tab.
const WIDE_SPACE_KEY = /^([^\s:：]+):((?:(?![ \t\r\n])\s)+)(.*)$/s;
const NO_SPACE_KEY = /^([^\s:：]+):(?![/:])(\S.*)$/s;

/**
 * The key and value a text on one line holds when its colon is the reason
 * YAML read it as one text (see {@link ColonSlip}); `undefined` for other text.
 * The caller decides whether the text stands where an entry belongs: `a:b` is
 * a slip as a condition's key, not as a title.
 *
 * @example
 * colonSlip('unitType:heat-pump') // { kind: 'no-space', key: 'unitType', value: 'heat-pump', at: 8, mark: ':' }
 * colonSlip('unitType:\u3000heat-pump')?.kind // 'wide-space'
 * colonSlip('类别：滚筒')?.kind // 'full-width-colon'
 * colonSlip('表 2：化学指标') // undefined
 */
export function colonSlip(text: string): ColonSlip | undefined {
  if (text.includes('\n')) return undefined;
  const trimmed = text.trim();
  const lead = text.indexOf(trimmed);
  const full = FULL_WIDTH_COLON_KEY.exec(trimmed);
  if (full) {
    const at = lead + trimmed.indexOf('：');
    return { kind: 'full-width-colon', key: full[1]!, value: full[2]!.trim(), at, mark: '：' };
  }
  const wide = WIDE_SPACE_KEY.exec(trimmed);
  if (wide) {
    const at = lead + wide[1]!.length + 1;
    return { kind: 'wide-space', key: wide[1]!, value: wide[3]!.trim(), at, mark: wide[2]![0]! };
  }
  const bare = NO_SPACE_KEY.exec(trimmed);
  if (bare)
    return { kind: 'no-space', key: bare[1]!, value: bare[2]!.trim(), at: lead + bare[1]!.length, mark: ':' };
  return undefined;
}

/**
 * What to tell of a {@link ColonSlip}, with the entry to write: `write` when
 * it is not `key: value` (`when: { thickness: 4 }` on `when:`'s own line);
 * `braces` when the text is a key inside `{ }`. A full-width colon is told in
 * {@link fullWidthColonText}'s words, as it is elsewhere.
 *
 * @example
 * colonSlipText(colonSlip('unitType:heat-pump')!, { braces: true }).en
 * // 'YAML reads "unitType:heat-pump" as one text, not a key and its value: inside { } write a space after the colon: "unitType: heat-pump"'
 */
export function colonSlipText(
  slip: ColonSlip,
  options: { braces?: boolean; write?: string } = {},
): LocalizedText {
  const entry = `${slip.key}: ${slip.value}`.trim();
  const write = safeLine(cutShort((options.write ?? entry).trim()));
  if (slip.kind === 'full-width-colon') return fullWidthColonText({ braces: options.braces, write });
  const read = safeLine(cutShort(`${slip.key}:${slip.kind === 'wide-space' ? slip.mark : ''}${slip.value}`));
  const where = options.braces ? localized('花括号 { } 中', 'inside { } ') : localized('', '');
  if (slip.kind === 'no-space')
    return localized(
      `YAML 把“${read}”读作一段文本，而不是键和值：${where.zh}键后的冒号后面须有一个空格，写作“${write}”`,
      `YAML reads "${read}" as one text, not a key and its value: ${where.en}write a space after the colon: "${write}"`,
    );
  const space =
    slip.mark === '\u3000'
      ? localized(
          `全角空格“\u3000”（${codePointText(slip.mark)}）`,
          `the full-width space "\u3000" (${codePointText(slip.mark)})`,
        )
      : localized(
          `空格字符“${slip.mark}”（${codePointText(slip.mark)}）`,
          `the space character ${nameCharacter(slip.mark)}`,
        );
  return localized(
    `冒号后的${space.zh}不是 YAML 的空格，“${read}”被读作一段文本：${where.zh}冒号后请写半角空格，写作“${write}”`,
    `${space.en} after the colon is not a YAML space, so "${read}" is read as one text: ${where.en}write an ASCII space after the colon: "${write}"`,
  );
}
