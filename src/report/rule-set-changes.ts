import { DIFF_TEXT, diffSections, directionWord, entryText } from '../diff/diff-sections';
import type { RuleSetDiff } from '../diff/rule-set-diff';
import { type Language, type LocalizedText, localized } from '../text/localized-text';

/** The words of the list of what changed between A and B, in the compare HTML report and workbook. */
export const RULE_SET_CHANGES_TEXT = {
  /** The HTML section's heading and the sheet's name (at most 31 characters). */
  title: localized('规则集 A → B 的差异', 'What changed from A to B'),
  sheet: localized('规则集差异', 'Rule-set diff'),
  section: localized('类别', 'Section'),
  change: DIFF_TEXT.description,
  direction: DIFF_TEXT.direction,
  key: DIFF_TEXT.key,
  note: localized(
    '与 qgrade diff A B 列出的相同；每处的文件行号见 qgrade diff',
    'As qgrade diff A B lists them; where each is written in the rule files: see qgrade diff',
  ),
} as const satisfies Record<string, LocalizedText>;

/**
 * One difference between the rule sets, as the compare reports list it.
 *
 * @example
 * const row: RuleSetChangeRow = { section: '阈值表', text: '行“≤ 4500”列“1级”：5.00 → 5.30', direction: '更严', key: 'cell:apfLimits[≤ 4500][1]' };
 */
export interface RuleSetChangeRow {
  /** Its section of the diff (`阈值表`, `分级要求`, `等级`…). */
  section: string;
  /** The diff's sentence. */
  text: string;
  /** 更严 / 更宽 / 宽严不定, `—` for none. */
  direction: string;
  /** The diff entry's key. */
  key: string;
}

/**
 * The differences between A and B in one language, in the order `qgrade diff`
 * shows them: the compare HTML report and workbook list them, since the
 * workbook is what gets forwarded and a record moved by a weight alone names
 * no limit that changed (enterprise-25 F3).
 *
 * @example
 * ruleSetChangeRows(diffRuleSets(a, b), 'zh')[0];
 * // { section: '分级要求', text: '要求“质量绩效（保证级）”…：≥ 65 → ≥ 70，更严', direction: '更严', key: 'criterion:…' }
 */
export function ruleSetChangeRows(diff: RuleSetDiff, lang: Language): RuleSetChangeRow[] {
  return diffSections(diff).flatMap((section) =>
    section.entries.map((e) => ({
      section: section.title[lang],
      text: entryText(e, lang),
      direction: directionWord(e, lang),
      key: e.key,
    })),
  );
}
