import type { LocalizedText } from '../text/localized-text';

/**
 * Why groups (lots) are not graded, in the order their counts are said, with the words a count takes
 * (`1 out of scope`, `超出适用范围 1 组`, `with a veto item failed 2`): `compare --group-by`'s side lines and
 * `grade --group-by`'s closing line say them alike. Groups with an invalid record are said after them.
 */
export const GROUP_NOT_GRADED_REASONS: readonly [string, LocalizedText][] = [
  ['below-lowest-grade', { zh: '未达最低等级', en: 'below the lowest grade' }],
  ['out-of-scope', { zh: '超出适用范围', en: 'out of scope' }],
  ['gate-failed', { zh: '否决项不合格', en: 'with a veto item failed' }],
  ['mixed-values', { zh: '不是同一产品', en: 'not one product' }],
  ['record-not-graded', { zh: '有记录不分级', en: 'with a record not graded' }],
];
