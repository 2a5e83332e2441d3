import { codePointText } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';
import { withoutZeroWidth, zeroWidthCharacters } from '../text/unseen-character';

/** Rows the notice lists; the count says how many there were. */
const LISTED_ROWS = 5;

/** Names of the zero-width characters a pasted key most often carries. */
const NAMES: Record<string, { zh: string; en: string }> = {
  '\u200b': { zh: '零宽空格', en: 'zero-width space' },
  '\u200c': { zh: '零宽不连字', en: 'zero-width non-joiner' },
  '\u200d': { zh: '零宽连字', en: 'zero-width joiner' },
  '\u2060': { zh: '字连接符', en: 'word joiner' },
  '\ufeff': { zh: '字节顺序标记', en: 'byte-order mark' },
  '\u00ad': { zh: '软连字符', en: 'soft hyphen' },
};

/**
 * Watches the values of a `--group-by` or `--tally-by` column for zero-width characters (U+200B after a lot number
 * pasted from a web page or WeChat): each value is grouped without them ({@link withoutZeroWidth}), so `2026-10`
 * and `2026-10` with a U+200B are one lot, and the notice says which characters were removed and in which rows,
 * since they print as nothing (hostile-33 F0c).
 *
 * @example
 * const watch = new InvisibleInKeys();
 * watch.see('2026-10\u200b', 3); // '2026-10'
 * watch.notice('--group-by', 'lot')?.en; // '--group-by column "lot": the value of row 3 held the invisible character U+200B (zero-width space), …'
 */
export class InvisibleInKeys {
  readonly #chars = new Set<string>();
  readonly #rows: number[] = [];
  #count = 0;

  /** The value without its zero-width characters, noting them and the row. */
  see(value: string, row: number): string {
    const bare = withoutZeroWidth(value);
    if (bare === value) return value;
    for (const c of zeroWidthCharacters(value)) this.#chars.add(c);
    this.#count++;
    if (this.#rows.length < LISTED_ROWS) this.#rows.push(row);
    return bare;
  }

  /** What stderr (and the report) says, or `undefined` when no value had such a character. */
  notice(option: '--group-by' | '--tally-by', column: string): LocalizedText | undefined {
    if (this.#count === 0) return undefined;
    const chars = [...this.#chars];
    const zh = chars.map((c) => `${codePointText(c)}${NAMES[c] ? `（${NAMES[c].zh}）` : ''}`).join('、');
    const en = chars.map((c) => `${codePointText(c)}${NAMES[c] ? ` (${NAMES[c].en})` : ''}`).join(', ');
    const more = this.#count > this.#rows.length ? this.#count - this.#rows.length : 0;
    const rowsZh = `第 ${this.#rows.join('、')} 条${more ? ` 等 ${countText(this.#count)} 条` : ''}记录`;
    const rowsEn = `row${this.#count === 1 ? '' : 's'} ${this.#rows.join(', ')}${more ? ` and ${countText(more)} more` : ''}`;
    const name = safeLine(column);
    const what = option === '--group-by' ? localized('分组', 'grouping') : localized('统计', 'counting');
    return localized(
      `${option} 列“${name}”：${rowsZh}的值含不可见字符 ${zh}，已去掉后再${what.zh}：它们显示不出来，却会把一组拆成两组`,
      `${option} column "${name}": the value${this.#count === 1 ? '' : 's'} of ${rowsEn} held the invisible character${chars.length === 1 ? '' : 's'} ${en}, removed before ${what.en}: they print as nothing but would split one group in two`,
    );
  }
}
