import type { LocalizedText } from './localized-text';

// The codes a result's (or a group's) `notGradedReason` takes, by what a reader calls them.
const NAMES: Readonly<Record<string, LocalizedText>> = {
  'invalid-record': { zh: '记录无效', en: 'invalid record' },
  'out-of-scope': { zh: '超出适用范围', en: 'out of scope' },
  'gate-failed': { zh: '否决项不合格', en: 'veto item failed' },
  'below-lowest-grade': { zh: '未达最低等级', en: 'below the lowest grade' },
  'record-not-graded': { zh: '有记录不分级', en: 'a record not graded' },
  'mixed-values': { zh: '组内记录不是同一产品', en: 'records of different products' },
};

/**
 * A not-graded reason's code as a Chinese sentence shows it: the code a suite
 * writes, its name in brackets after it (`below-lowest-grade（未达最低等级）`),
 * so a zh reader sees both what it means and what to write. A code with no
 * name (a suite's typo) is shown as it is.
 *
 * @example
 * reasonCodeZh('invalid-record'); // 'invalid-record（记录无效）'
 */
export function reasonCodeZh(code: string): string {
  const name = Object.hasOwn(NAMES, code) ? NAMES[code] : undefined;
  return name === undefined ? code : `${code}（${name.zh}）`;
}

/**
 * A not-graded reason's name for a reader (`未达最低等级` / `below the lowest
 * grade`), or `undefined` for a code with no name.
 *
 * @example
 * notGradedReasonName('out-of-scope')?.zh; // '超出适用范围'
 */
export function notGradedReasonName(code: string): LocalizedText | undefined {
  return Object.hasOwn(NAMES, code) ? NAMES[code] : undefined;
}
