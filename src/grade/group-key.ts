import { type LocalizedText, localized } from '../text/localized-text';

/**
 * The key of the group of records with no value in the `--group-by` column
 * (graded last, as a group of their own): no real key is empty.
 */
export const NO_KEY = '';

/** A group's key as a table or message shows it: "（无值）", "(no value)" for {@link NO_KEY}. */
export function groupKeyText(key: string): LocalizedText {
  return key === NO_KEY ? localized('（无值）', '(no value)') : localized(key, key);
}

/** What stderr says of the records with no key, graded as the last group ({@link NO_KEY}). */
export function keylessNotice(count: number, column: string): LocalizedText {
  return localized(
    `${count} 条记录的 --group-by 列“${column}”没有值，合为最后一组“（无值）”评级`,
    `${count} record${count === 1 ? ' has' : 's have'} no value in the --group-by column "${column}": graded together as the last group, "(no value)"`,
  );
}
