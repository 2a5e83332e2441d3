import { fullWidthToAscii } from './full-width';

/**
 * What kind of word a cell's yes/no is written as, which decides where it
 * may be read: a plain yes/no (`是`, `true`, `1`) answers the indicator's
 * label as asked; `有`/`无` (`发生`/`未发生`) say whether the thing named
 * exists, which a label that is itself a negation (`无重大事故`) turns round;
 * a verdict (`合格`, `通过`) says whether the requirement is met, which is
 * `true` only where the requirement asks for `true`.
 */
export type BooleanWordKind = 'yes-no' | 'exists' | 'verdict';

/** A word read as a boolean, and its kind. */
export interface BooleanWord {
  readonly value: boolean;
  readonly kind: BooleanWordKind;
}

function words(list: readonly string[], value: boolean, kind: BooleanWordKind): [string, BooleanWord][] {
  return list.map((w) => [w, { value, kind }]);
}

const WORDS: ReadonlyMap<string, BooleanWord> = new Map([
  // `Y`/`N` (any case): yes and no abbreviated, as forms print the choice; read as remarks' answers already were.
  ...words(['true', '1', 'yes', 'y', '是'], true, 'yes-no'),
  ...words(['false', '0', 'no', 'n', '否'], false, 'yes-no'),
  ...words(['有', '发生', '发生过'], true, 'exists'),
  ...words(['无', '没有', '未发生', '没有发生', '未发生过'], false, 'exists'),
  ...words(['合格', '通过', 'pass', 'passed'], true, 'verdict'),
  ...words(['不合格', '不通过', '未通过', 'fail', 'failed'], false, 'verdict'),
]);

/** Every character of the Chinese words above: a cell holding another one gets it named (`√`, `¹`). */
export const BOOLEAN_WORD_CHARACTERS = '是否有无没发生过未合格不通';

/**
 * The boolean a word in a cell stands for, with its kind, or `undefined` when
 * it is none (case and full-width forms aside). The one list every reader
 * uses (CSV, TSV, a workbook's text cells, Parquet text, `gradeSample`);
 * whether the word may be read for a given indicator is the reader's call
 * ({@link BooleanWordKind}).
 *
 * @param text - the cell, trimmed
 * @example
 * booleanWord('合格'); // { value: true, kind: 'verdict' }
 * booleanWord('无'); // { value: false, kind: 'exists' }
 */
export function booleanWord(text: string): BooleanWord | undefined {
  return WORDS.get(fullWidthToAscii(text).toLowerCase());
}

/**
 * Whether a label is a negation (`无重大质量事故`, `未发生事故`, `不含铅`), at
 * its start or further in, as test reports write the finding last
 * (`有害物质未检出`, `近三年无重大质量事故`, `零缺陷`, `杜绝事故`): there `无`
 * ("none") could mean the label's case or its opposite. `有无…` ("whether
 * there is…") asks, it does not negate.
 *
 * @example
 * negatedLabel('无重大质量事故'); // true
 * negatedLabel('有害物质未检出'); // true
 * negatedLabel('近三年发生重大质量事故'); // false
 * negatedLabel('有无重大质量事故'); // false
 */
export function negatedLabel(label: string): boolean {
  const text = label.trim();
  return (
    /^(?:无|未|不|没|非|免|零|杜绝|禁止|严禁)/u.test(text) ||
    /(?:未检出|未发现|未发生|未出现|不含|没有|杜绝|零缺陷|零事故|(?<!有)无(?=\p{Script=Han}))/u.test(text) ||
    /^(?:no|non|not|without)\b|\bnot (?:detected|found)\b|\bfree of\b/i.test(text)
  );
}

/**
 * Whether a label names a pass (`压蒸安定性合格`, `Autoclave soundness passed`):
 * `true` is then the pass, whatever the requirements ask.
 *
 * @example
 * labelNamesPass('压蒸安定性合格'); // true
 * labelNamesPass('近三年发生重大质量事故'); // false
 */
export function labelNamesPass(label: string): boolean {
  return /(?:合格|通过)$/.test(label.trim()) && !/(?:不|未)(?:合格|通过)$/.test(label.trim());
}
