import type { InvalidRecord, InvalidUnder } from '../compare/invalid-records';
import { keptBesideRow, recordWord, rowWithKept } from '../model/kept-values';
import type { Language, LocalizedText } from '../text/localized-text';

/** How many invalid records the terminal names (the rest is "…"), as `grade` names its first ten. */
export const INVALID_NAMED = 10;

/**
 * Under which rule set a record is invalid, as every compare report words it.
 *
 * @example
 * INVALID_UNDER_TEXT.both.zh; // 'A、B 下均无效'
 */
export const INVALID_UNDER_TEXT: Record<InvalidUnder, LocalizedText> = {
  a: { zh: 'A 下无效', en: 'invalid under A' },
  b: { zh: 'B 下无效', en: 'invalid under B' },
  both: { zh: 'A、B 下均无效', en: 'invalid under A and B' },
};

/**
 * Under which rule set a record is invalid and its first reason, as the
 * changed records of every compare report give it: `B 下无效：…`.
 *
 * @example
 * invalidWhyText(comparison.invalid[0]!, 'zh'); // 'B 下无效：机组类型应为 …'
 */
export function invalidWhyText(r: Pick<InvalidRecord, 'under' | 'reason'>, lang: Language): string {
  return lang === 'zh'
    ? `${INVALID_UNDER_TEXT[r.under].zh}：${r.reason.zh}`
    : `${INVALID_UNDER_TEXT[r.under].en}: ${r.reason.en}`;
}

/** A record's row and kept id, as the compare table names it: `row 12 (24-0316-A)`. */
function rowText(r: InvalidRecord, lang: Language): string {
  const zh = lang === 'zh';
  const kept = keptBesideRow(r.row, r.kept, zh ? '、' : ', ');
  if (zh) return `第 ${r.row} 条${kept === undefined ? '' : `（${kept}）`}`;
  return `row ${r.row}${kept === undefined ? '' : ` (${kept})`}`;
}

/**
 * The invalid records as lines of the compare table: a heading with how
 * many, then the first {@link INVALID_NAMED}, each with its row, kept id,
 * the rule set it is invalid under and the first reason, and "…" for the
 * rest. None when there are none.
 *
 * @example
 * invalidRecordLines(comparison.invalid, 'en');
 * // ['Invalid records: 1', 'row 12 (24-0316-A): invalid under A and B: designation (Designation) must be one of …']
 */
export function invalidRecordLines(invalid: readonly InvalidRecord[], lang: Language): string[] {
  if (invalid.length === 0) return [];
  const zh = lang === 'zh';
  const lines = [zh ? `无效记录 ${invalid.length} 条：` : `Invalid records: ${invalid.length}`];
  for (const r of invalid.slice(0, INVALID_NAMED)) {
    const under = INVALID_UNDER_TEXT[r.under][lang];
    lines.push(
      zh ? `${rowText(r, lang)}：${under}：${r.reason.zh}` : `${rowText(r, lang)}: ${under}: ${r.reason.en}`,
    );
  }
  const more = invalid.length - INVALID_NAMED;
  if (more > 0) lines.push(zh ? `…（另有 ${more} 条）` : `… (${more} more)`);
  return lines;
}

/**
 * The first invalid rows for the closing line on stderr, as `grade` names
 * them: `rows 12 24-0316-A, 15 …`; empty when there are none.
 *
 * @example
 * invalidRowsText(comparison.invalid, 'zh'); // '序号 12 24-0316-A'
 */
export function invalidRowsText(invalid: readonly InvalidRecord[], lang: Language): string {
  if (invalid.length === 0) return '';
  const zh = lang === 'zh';
  const named = invalid.slice(0, INVALID_NAMED).map((r) => rowWithKept(r.row, r.kept, lang));
  const more = invalid.length > INVALID_NAMED ? ' …' : '';
  const word = recordWord(invalid);
  const rows = zh ? word.zh : invalid.length === 1 ? word.en : `${word.en}s`;
  return `${rows} ${named.join(zh ? '，' : ', ')}${more}`;
}
