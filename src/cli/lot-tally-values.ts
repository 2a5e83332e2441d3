import { groupKeyText } from '../grade/group-key';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';

/**
 * The key a group (a lot) is tallied under when its records give two values or more in a `--tally-by`
 * column: shown as such, in the run's language. A lot has one producer; one whose rows disagree is
 * neither producer's, and counting it under its first row's would hide that.
 */
export const MIXED_TALLY_KEY: LocalizedText = { zh: '（混合）', en: '(mixed)' };

/** How many mixed groups a notice names, per column, before "and N more". */
const NAMED = 10;

/**
 * Each group's value in the `--tally-by` columns, for `--group-by` with `--tally-by` (a tally of lots, not of
 * records): its records' values are gathered as they are graded ({@link LotTallyValues.add}), and when the group
 * closes ({@link LotTallyValues.take}) its value in each column is the one its records give, or
 * {@link MIXED_TALLY_KEY} when they give two or more (a blank among values counts as a value of its own: "(no
 * value)"), noted for a notice naming those groups.
 *
 * @example
 * const lots = new LotTallyValues(['生产企业'], 'zh');
 * lots.add('L1', ['甲厂']);
 * lots.take('L1'); // ['甲厂']
 */
export class LotTallyValues {
  readonly #columns: readonly string[];
  readonly #lang: Language;
  readonly #open = new Map<string, Set<string>[]>();
  /** Per column: how many groups were mixed, and the first few with their values. */
  readonly #mixed: { count: number; named: { group: string; values: string[] }[] }[];

  constructor(columns: readonly string[], lang: Language) {
    this.#columns = columns;
    this.#lang = lang;
    this.#mixed = columns.map(() => ({ count: 0, named: [] }));
  }

  /** A record of the group `key`, with its value in each column (in the order of the columns). */
  add(key: string, values: readonly string[]): void {
    let seen = this.#open.get(key);
    if (!seen) {
      seen = this.#columns.map(() => new Set<string>());
      this.#open.set(key, seen);
    }
    for (const [i, set] of seen.entries()) set.add(values[i] ?? '');
  }

  /** The group `key` closed: its value in each column, {@link MIXED_TALLY_KEY} where its records disagree. */
  take(key: string): string[] {
    const seen = this.#open.get(key) ?? this.#columns.map(() => new Set<string>());
    this.#open.delete(key);
    return seen.map((set, i) => {
      if (set.size <= 1) return set.values().next().value ?? '';
      const mixed = this.#mixed[i]!;
      mixed.count++;
      if (mixed.named.length < NAMED) mixed.named.push({ group: key, values: [...set] });
      return MIXED_TALLY_KEY[this.#lang];
    });
  }

  /**
   * One notice per column some groups were mixed in, naming them (the first ten) and their values, and where
   * they were counted: said on stderr and shown in the reports.
   *
   * @param groupBy - the `--group-by` column, as given
   */
  notices(groupBy: string): LocalizedText[] {
    const out: LocalizedText[] = [];
    for (const [i, mixed] of this.#mixed.entries()) {
      if (mixed.count === 0) continue;
      const column = safeLine(this.#columns[i]!);
      const by = safeLine(groupBy);
      const list = (lang: Language) =>
        mixed.named
          .map(({ group, values }) => {
            const shown = values.map((v) => (v === '' ? groupKeyText('')[lang] : safeLine(cutShort(v))));
            const key = safeLine(cutShort(groupKeyText(group)[lang]));
            return lang === 'zh' ? `${key}（${shown.join('、')}）` : `${key} (${shown.join(', ')})`;
          })
          .join(lang === 'zh' ? '、' : ', ');
      const more = mixed.count - mixed.named.length;
      const n = countText(mixed.count);
      out.push(
        localized(
          `--tally-by ${column}：按“${by}”分组计数时，${n} 组的记录在“${column}”列取值不一：${list('zh')}${more > 0 ? ` 等` : ''}；这些组计入“${MIXED_TALLY_KEY.zh}”，而不是其第一条记录的值。一组应只有一个“${column}”：请核对这些组`,
          `--tally-by ${column}: counting the ${by} groups, ${n} group${mixed.count === 1 ? ' has' : 's have'} records with different values in "${column}": ${list('en')}${more > 0 ? ` and ${countText(more)} more` : ''}; ${mixed.count === 1 ? 'it is' : 'they are'} counted under "${MIXED_TALLY_KEY.en}", not under ${mixed.count === 1 ? 'its' : 'their'} first record's value. A group should have one "${column}": check ${mixed.count === 1 ? 'it' : 'them'}`,
        ),
      );
    }
    return out;
  }
}
