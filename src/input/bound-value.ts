import { type LocalizedText, localized } from '../text/localized-text';

// A numeral (ASCII, folded by the caller), as a cell writes one.
const NUMERAL = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)';
// A bound or an approximation before the number: `>600`, `≥42.5`, `不低于 42.5`, `约42.5`, `~42.5`. `<` and `≤` are a
// detection limit's, told by their own advice (lab-notation).
const BEFORE = new RegExp(
  `^(>=?|≥|≧|﹥|大于|不小于|不低于|高于|超过|至少|不大于|不高于|不超过|低于|小于|最多|约|大约|≈|~|～)\\s*(${NUMERAL})$`,
  'u',
);
// After it: `42.5以下`, `600以上`, `600及以上`, `42.5以内`, `42.5左右`.
const AFTER = new RegExp(`^(${NUMERAL})\\s*((?:及|或)?(?:以下|以上)|以内|左右|上下)$`, 'u');

const APPROXIMATE = new Set(['约', '大约', '≈', '~', '～', '左右', '上下']);

/**
 * Why a bound or an approximate value written where a measured value belongs is refused, and what to write: the
 * measured value. Never "drop the word and write 42.5" unqualified: `42.5以下` says only that the value is at most
 * 42.5, and read as 42.5 it would meet `≥ 42.5`; `>600` read as 600 would meet `≤ 600` (hostile-27 M2). A bound is
 * said to mislead only against the limits beyond it (`≥100` is judged as 100 is against limits below 100: newcomer-36
 * M8). `undefined` when the text is no such form.
 *
 * @param text - the value as written, trimmed, full-width forms folded
 * @example
 * boundAdvice('42.5以下')?.en; // 'is a bound, not a measured value: it gives only an upper bound, 42.5; write …'
 * boundAdvice('42.5'); // undefined
 */
export function boundAdvice(text: string): LocalizedText | undefined {
  const before = BEFORE.exec(text);
  const after = before === null ? AFTER.exec(text) : null;
  if (before === null && after === null) return undefined;
  const word = before ? before[1]! : after![2]!;
  const numeral = before ? before[2]! : after![1]!;
  if (APPROXIMATE.has(word))
    return localized(
      `是约数而非测得值，只说明约为 ${numeral}：请填写实测值本身；不要只去掉“${word}”写 ${numeral}，与限值比较的结果可能因此改变`,
      `is an approximate value, not a measured one: it says only that the value is about ${numeral}; write the measured value itself; do not drop "${word}" and write ${numeral}, which may turn the verdict against a limit`,
    );
  const lower = /^(?:>|≥|≧|﹥|大于|不小于|不低于|高于|超过|至少)|以上$/u.test(word);
  // Only a limit beyond the bound can be judged wrongly from it: `≥100` MΩ against ≥ 2.0 cannot (newcomer-36 M8),
  // so the message says which limits, not that the verdict may turn whatever they are.
  return localized(
    `是界限而非测得值，只给出${lower ? '下限' : '上限'} ${numeral}：请填写实测值；写成 ${numeral} 只对${lower ? '低于' : '高于'} ${numeral} 的限值给出同样的判定，对${lower ? '不低于' : '不高于'} ${numeral} 的限值可能判错`,
    `is a bound, not a measured value: it gives only ${lower ? 'a lower' : 'an upper'} bound, ${numeral}; write the measured value; written as ${numeral}, it is judged the same only against limits ${lower ? 'below' : 'above'} ${numeral}, and may be judged wrongly against a limit ${lower ? 'at or above' : 'at or below'} ${numeral}`,
  );
}
