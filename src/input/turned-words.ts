import { spellingFold } from '../text/enum-spelling';
import { foldValueText } from '../text/fold-value-text';
import { codeWords, type ValueWord, type ValueWords, wordOf } from './value-words';

// A negation before a value word (`非T1`, `不是普通硅酸盐水泥`, `not P.O`, `non-split`, `except T1`): the record is not it.
const NEGATED =
  /^(?:(?:并非|不是|不属于|不含|不包括|不包含|非)\s*|(?:not|non|except|excluding|other than)\s+|non-)(.+)$/u;
// An exclusion frame round it: `除T1外均适用`, `适用于除T1外的地区`, `除了T1以外` (what may follow says where it applies).
const EXCEPT = /^(?:适用于|适用|用于)?除(?:了)?\s*(.+?)\s*(?:以外|之外|外)(.{0,8})$/u;
// `T1以外`, `T1之外的地区`, `T1除外`.
const BEYOND = /^(.+?)\s*(?:以外|之外|除外)(.{0,8})$/u;
// `不适用于T1`, `不用于T1地区`, `not for T1`.
const NOT_FOR =
  /^(?:不适用于?|不适合于?|不用于|不可用于|not for|not applicable to|not suitable for)\s*(.+)$/u;
// `T1 不适用`, `T1（不适用）`, `T1：不适用`, `T1 not applicable`.
const NOT_APPLICABLE =
  /^(.+?)\s*[:(]?\s*(?:不适用|不适合|不可用|不包括|不含|not applicable|excluded)\s*\)?$/u;
// A name before the turned words (`气候类型：非T1`): the name says what the value is of, nothing more.
const NAMED = /^([^:=]{1,12})\s*[:=]\s*(.+)$/u;
// A second turn in what is left (`除T1外不适用`: only T1) or in the name: not read as one turn.
const TURNS_AGAIN = /不|非|无|没|未|否|除|\bnot?\b|\bnon\b|except/u;
// `仅T1`, `only T1`: a turn of it says the record may be more than T1, not that it is not T1.
const ONLY = /^(?:仅|只|单|only\b)/u;
// Words a remark puts after the value that say what it is of (`T1地区`, `T1 气候`, `T1 climate`).
const OF_WHAT =
  /\s*(?:的)?(?:地区|区域|气候|工况|类型|型|式|机组|机型|条件|climates?|types?|regions?|zones?)$/u;
// Where a remark ends one statement (a clause is read by the caller): a turned value has none of these in it.
const STATEMENT_MARKS = /[,;。\n\r]/u;

/**
 * The value words a remark turns round (hostile-31 W4, M2), as a reading rule rather than a list of wordings: a
 * negation before a value word (`非T1`, `不是T1`, `不属于分体式`, `不含T1`, `not T1`, `non-split`, `except T1`) or an
 * exclusion frame round it (`除T1外均适用`, `适用于除T1外的地区`, `T1以外`, `T1（不适用）`, `不适用于T1`, `T1 不适用`),
 * optionally after a name (`气候类型：非T1`). The value word is read as a whole cell is ({@link wordOf}), or as a
 * code among words (`T1地区`: {@link codeWords}). An enum's value comes back `negated` (the record is not it), with
 * `isDefault` saying whether that agrees with the default (`非T3` does when T1 is the default; `非T1` does not); a
 * yes/no's value comes back as the other value (`非水冷` is air-cooled). `undefined` when the text is no such turn
 * (a turn turned again, `除T1外不适用`, is not read as one), so the caller reads it as before.
 *
 * @example
 * turnedWords('除T1外均适用', words)?.[0]; // { indicator: climateType, value: 'T1', negated: true, isDefault: false }
 */
export function turnedWords(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  const text = cell.trim();
  if (text.length < 2 || text.length > 40 || !MAY_TURN.test(text)) return undefined;
  const folded = spellingFold(foldValueText(text))
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '')
    .replace(/[.。]$/u, '');
  if (STATEMENT_MARKS.test(folded)) return undefined;
  return turnedFolded(folded, words, true);
}

// A character or word every turn above has (or a full-width letter, `ｎｏｔ`): most remarks have none and are not folded.
const MAY_TURN = /[非不除外\uFF21-\uFF3A\uFF41-\uFF5A]|not|non|except|exclud|other than/iu;

function turnedFolded(folded: string, words: ValueWords, named: boolean): readonly ValueWord[] | undefined {
  for (const frame of [EXCEPT, NEGATED, NOT_FOR, NOT_APPLICABLE, BEYOND]) {
    const parts = frame.exec(folded);
    if (!parts) continue;
    const [value, rest] = [parts[1]!, parts[2] ?? ''];
    // `非仅T1` (not only T1) says more values, not another: no turn of one.
    if (TURNS_AGAIN.test(rest) || TURNS_AGAIN.test(value) || ONLY.test(value)) return undefined;
    const said = spokenValue(value, words);
    return said ? said.map(turned) : undefined;
  }
  if (named) {
    const parts = NAMED.exec(folded);
    if (parts && !TURNS_AGAIN.test(parts[1]!)) return turnedFolded(parts[2]!.trim(), words, false);
  }
  return undefined;
}

/** What the text a turn turns round says: a value word, whole or less what it is of (`T1地区`), or codes among words. */
function spokenValue(text: string, words: ValueWords): readonly ValueWord[] | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const bare = value.replace(OF_WHAT, '');
  return (
    wordOf(value, words) ??
    (bare !== value && bare !== '' ? wordOf(bare, words) : undefined) ??
    codeWords(value, words)
  );
}

/** A value word turned round: an enum's value negated, a yes/no's the other value. */
function turned(word: ValueWord): ValueWord {
  const { indicator, value } = word;
  if (typeof value === 'boolean')
    return { indicator, value: !value, isDefault: !value === indicator.default };
  return { indicator, value, isDefault: value !== indicator.default, negated: true };
}
