import { turnedWords } from './turned-words';
import { bigramOf, codeWords, type ValueWord, type ValueWords, wordOf } from './value-words';

/** A word a remark says ({@link remarkWord}), and the clause of it that says it when that is not the whole cell. */
export interface RemarkWord {
  word: ValueWord;
  /** The clause, trimmed (`风冷：否` of `风冷：否，水冷`); `undefined` when the whole cell says it. */
  clause?: string;
  /**
   * Another value of the same indicator that another clause says (`T1` of `适用于T1、T2气候`, the default
   * included): the remark names both, and a record has one.
   */
  also?: ValueWord;
}

// Where a remark ends one statement and begins another: a comma, semicolon, list mark, full stop or line break;
// or a space between words (each then a statement: see spacedWord); or a slash or a range mark between values
// (`T2/T3`, `T1～T3`: see alternativesOf).
const CLAUSE_MARKS = /[，；,;、。\s/／～~〜至\-－–—+＋到和或及与]/u;
const CLAUSE_SPLIT = /[，；,;。\n\r]+/u;
// A list turned round as a whole (移动式、多联式除外, 不含水冷): its items say no value of the record.
const TURNED_LIST = /除外|以外|不适用|不包括|不含|除.{1,20}?外/u;
// A negation before a list of words (非移动式、多联式): it governs every item, so the list is one clause.
const NEGATED_LIST = /^(?:非|不是|不属于|无|没有|不)/u;
// Longer than this, a cell is a paragraph, not a remark of a few statements; nor is a clause of more parts.
const LONGEST_REMARK = 200;
const MOST_PARTS = 8;

/** A clause of a remark as read, and as the message names it (a slash list's clause as written: `气候：T1/T3`). */
interface Clause {
  read: string;
  shown: string;
}

/**
 * The first word a remark cell says that `wanted` takes (a value other than the default, of an indicator no
 * column gives): the whole cell read as {@link wordOf} reads it, else each clause of it (hostile-26 W2). A remark
 * of several statements (`风冷：否，水冷`, `T1；全封闭型压缩机 否`, `风冷式 否 全封闭`) is split at commas,
 * semicolons, list marks (`、`), full stops and line breaks, and each clause read as a whole cell is; a clause of
 * words set apart by spaces is split there when every part, one word or a name with its answer (`风冷式 否`), says
 * something; values set apart by a slash or a range mark (`T2/T3`, `气候：T1/T3`, `T1～T3`, `移动式/分体式`) are
 * read one by one when each, in its clause, says something (hostile-27 W6). A list turned round
 * (`移动式、多联式除外`, `非移动式、多联式`) is not split. Cheap for most cells: only a cell with a separator is
 * split, and only when it holds the first two characters of some word or name.
 *
 * @example
 * remarkWord('风冷：否，水冷', words, (w) => !w.isDefault); // { word: airCooled = false, clause: '风冷：否' }
 */
export function remarkWord(
  cell: string,
  words: ValueWords,
  wanted: (word: ValueWord) => boolean,
): RemarkWord | undefined {
  // `非T1`, `除T1外均适用`: a value turned round is what the cell says, never the value itself (hostile-31 W4, M2).
  const turned = turnedWords(cell, words);
  if (turned) return oneOf(turned, wanted);
  const whole = wordOf(cell, words)?.find(wanted);
  if (whole) return { word: whole };
  const text = cell.trim();
  if (text.length > LONGEST_REMARK) return undefined;
  const found =
    CLAUSE_MARKS.test(text) && holdsBigram(text, words) && !TURNED_LIST.test(text)
      ? clauseWord(text, words, wanted)
      : undefined;
  return found ?? codeRemark(text, words, wanted);
}

/**
 * A code standing alone among other words (`T3工况`, `for T3 climate`: {@link codeWords}), the first `wanted` takes,
 * and another value of its indicator the remark names too (`T1工况 T3工况`).
 */
function codeRemark(
  text: string,
  words: ValueWords,
  wanted: (word: ValueWord) => boolean,
): RemarkWord | undefined {
  const said = codeWords(text, words);
  const word = said?.find(wanted);
  if (!word) return undefined;
  const also = said!.find((w) => w.indicator === word.indicator && w.value !== word.value);
  return also ? { word, also } : { word };
}

/** The first of `said` that `wanted` takes, as a remark's word (the whole cell's). */
function oneOf(said: readonly ValueWord[], wanted: (word: ValueWord) => boolean): RemarkWord | undefined {
  const word = said.find(wanted);
  return word ? { word } : undefined;
}

/** {@link remarkWord} clause by clause. */
function clauseWord(
  text: string,
  words: ValueWords,
  wanted: (word: ValueWord) => boolean,
): RemarkWord | undefined {
  const clauses = clausesOf(text, words);
  for (const clause of clauses) {
    // The cell itself was read above; a clause that turns a value round (`非T1`) says that, or nothing wanted.
    const turned = clause.read === text ? undefined : turnedWords(clause.read, words);
    if (turned && !turned.some(wanted)) continue;
    const said = clause.read === text ? undefined : (turned ?? wordOf(clause.read, words))?.find(wanted);
    const found = said
      ? { word: said, clause: clause.read }
      : (spacedWord(clause.read, words, wanted) ?? listedCode(clause, words, wanted));
    if (!found) continue;
    // A value of a slash list is named by its clause as written; the whole cell by no clause.
    if (clause.shown !== clause.read) found.clause = clause.shown === text ? undefined : clause.shown;
    // Only for a cell already refused (rare): does another clause name another value of the indicator? Not for a
    // value turned round (`非T1，T3` says T3, not both).
    if (found.word.negated) return found;
    const { indicator, value } = found.word;
    const other = (w: ValueWord) => w.indicator === indicator && w.value !== value;
    for (const rest of clauses) {
      if (rest === clause) continue;
      const also =
        wordOf(rest.read, words)?.find(other) ??
        spacedWord(rest.read, words, other)?.word ??
        listedCode(rest, words, other)?.word;
      if (also) return { ...found, also };
    }
    return found;
  }
  return undefined;
}

/** A value of a list read as a code among words (`T1双工况` of `T1/T3双工况`: hostile-31 W4), as the list kept it. */
function listedCode(
  clause: Clause,
  words: ValueWords,
  wanted: (word: ValueWord) => boolean,
): RemarkWord | undefined {
  if (clause.shown === clause.read) return undefined;
  const word = codeWords(clause.read, words)?.find(wanted);
  return word ? { word, clause: clause.read } : undefined;
}

/**
 * A remark's clauses: split at the marks, a `、` list too unless a negation begins it, and a slash list into
 * its values ({@link alternativesOf}).
 */
function clausesOf(text: string, words: ValueWords): Clause[] {
  const clauses: Clause[] = [];
  const add = (clause: string) => {
    const values =
      (SLASHED.test(clause) ? alternativesOf(clause, words) : undefined) ??
      (LIST_WORD.test(clause) ? alternativesOf(clause.replace(LIST_WORDS, '/'), words, true) : undefined);
    if (values) for (const read of values) clauses.push({ read, shown: clause });
    else clauses.push({ read: clause, shown: clause });
  };
  for (const piece of text.split(CLAUSE_SPLIT)) {
    const clause = piece.trim();
    if (clause === '') continue;
    if (!clause.includes('、') || NEGATED_LIST.test(clause)) {
      add(clause);
      continue;
    }
    for (const item of clause.split('、')) if (item.trim() !== '') add(item.trim());
  }
  return clauses;
}

// A slash or a range mark between values (`T2/T3`, `T1～T3`, `T1至T3`).
const SLASHED = /[/／～~〜至]/u;
// The other marks and words a remark writes between values (`T1-T3`, `T1–T3`, `T1到T3`, `T1 to T3`, `T2和T3`,
// `P.I或P.II`: hostile-29 W2, W3; `T1+T3`: hostile-31 W4), each read as a slash once: a hyphen inside a model's code (`KFR-35GW`) splits it
// into parts that say nothing, so it is no list (alternativesOf asks each value to say something).
const LIST_WORD = /[-－–—+＋到和或及与]|\s(?:to|or|and)\s/iu;
const LIST_WORDS = /\s*(?:[-－–—]+|[+＋]|到|和|或|及|与)\s*|\s+(?:to|or|and)\s+/giu;
// The values either side of it: each a run of code characters (`T1`, `P·II`, `KFR-35GW`) or of Chinese ones.
const CODE_RUN = '[A-Za-z0-9.·・•\\-\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF0E]+';
const VALUE_RUN = `(?:${CODE_RUN}|\\p{Script=Han}+)`;
const SLASH_LIST = new RegExp(`${VALUE_RUN}(?:\\s*[/／～~〜至]\\s*${VALUE_RUN})+`, 'u');
const SLASH_MARK = /\s*[/／～~〜至]\s*/u;

/**
 * A clause with a slash list in it (`T2/T3`, `气候：T1/T3`, `适用气候 T1/T2`, `移动式/分体式`, `T1～T3`) as one
 * clause per value, the text around the list kept (`气候：T1`, `气候：T3`): the unit is stated for each, as
 * `T1，T2` states both (a range's ends are two of its values). `undefined` when any value, so written, says
 * nothing, whole or as the statements of {@link spacedWord} (`T2 样机` says T2), (`KFR-35GW/T3A`, `KFR-35GW/T3`:
 * a model's code, not a list of climates; `2024/3/1`), or when there
 * are more than {@link MOST_PARTS}.
 */
function alternativesOf(clause: string, words: ValueWords, alone = false): string[] | undefined {
  const list = SLASH_LIST.exec(clause);
  if (!list) return undefined;
  const items = list[0].split(SLASH_MARK).filter((item) => item !== '');
  if (items.length < 2 || items.length > MOST_PARTS) return undefined;
  const [before, after] = [clause.slice(0, list.index), clause.slice(list.index + list[0].length)];
  const read = items.map((item) => before + item + after);
  // `T2 样机`: a value with a word after it that says nothing of any (`T2/T3 样机`: fix-input-29) says its value too.
  // `T1双工况` of `T1/T3双工况` (hostile-31 W4): a code among words says its value too (codeWords).
  const says = (one: string) =>
    mayHoldWord(one, words) &&
    (wordOf(one, words) !== undefined ||
      spacedWord(one, words, ANY) !== undefined ||
      codeWords(one, words) !== undefined);
  // A list made by a hyphen or a word (`T1-T3`, `T2和T3`) only when each value says something by itself: not the
  // halves of a model's code beside a word that says it (`KFR-35GW 移动式`).
  if (alone && !items.every((item) => mayHoldWord(item, words) && wordOf(item, words) !== undefined))
    return undefined;
  return read.every(says) ? read : undefined;
}

const ANY = () => true;

/**
 * A clause of parts set apart by spaces (`风冷式 否 全封闭`), read as statements of one part or of a name and its
 * answer (two parts, tried first): the first part that says a wanted word, when every part of the clause says
 * something; `undefined` else (`移动式 空调除外`: `空调除外` says nothing, so `移动式` is no statement of it). A
 * clause of two parts is one too when the whole says nothing (`P.I 42.5`: GB 175's designation, a code and its
 * strength class; `KFR 水冷`), as `样品 P.I 42.5` was (hostile-27 W6).
 */
function spacedWord(
  clause: string,
  words: ValueWords,
  wanted: (word: ValueWord) => boolean,
): RemarkWord | undefined {
  const parts = clause.split(/[\s\u3000]+/u);
  if (parts.length < 2 || parts.length > MOST_PARTS) return undefined;
  const read = new Map<string, readonly ValueWord[] | undefined>();
  const said = (text: string) => {
    // A part with no word's first two characters says nothing (`样机`, `KFR`, `35`), nor does a code with a slash in
    // it (`KFR-35GW/T3A`: a list of values is alternativesOf's to read): neither is folded.
    if (!read.has(text))
      read.set(
        text,
        mayHoldWord(text, words) && !(SLASHED.test(text) && isInert(text)) ? wordOf(text, words) : undefined,
      );
    return read.get(text);
  };
  // The statements from part i on, or null when the parts from i cannot all be read as statements (or passed
  // over as saying nothing of a value: a model's code, `样品`; see isInert).
  const failed = new Set<number>();
  const statements = (i: number): string[] | null => {
    if (i === parts.length) return [];
    if (failed.has(i)) return null;
    for (const n of [2, 1]) {
      // Two parts as one statement are the clause itself, read whole already.
      if (i + n > parts.length || n === parts.length) continue;
      const statement = parts.slice(i, i + n).join(' ');
      if (!said(statement)) continue;
      const rest = statements(i + n);
      if (rest) return [statement, ...rest];
    }
    if (isInert(parts[i]!)) {
      const rest = statements(i + 1);
      if (rest) return rest;
    }
    failed.add(i);
    return null;
  };
  for (const statement of statements(0) ?? []) {
    const word = said(statement)?.find(wanted);
    if (word) return { word, clause: statement };
  }
  return undefined;
}

// The words a remark puts before what it says of a sample that say nothing of a value themselves (`样品 KFR 35 水冷`,
// `复检 P·I 合格`). A short list: a word not in it (`空调除外`, `不是`, `疑似`) may turn the statement round.
const INERT_WORDS = new Set([
  '样品',
  '样机',
  '型号',
  '规格',
  '产品',
  '编号',
  '备注',
  '复检',
  '抽检',
  '送检',
  '合格',
]);
// A model's code or a figure (`KFR`, `35`, `KFR-35GW`, `3.5kW`): a digit, or two or more capitals; not a no.
const CODE_PART = /^(?=.*(?:\d|[A-Z]{2}))[A-Za-z0-9][A-Za-z0-9.\-/#+]*$/u;
const LATIN_NO = /^(?:no|not|non|none)$/iu;

/**
 * Whether a part of a remark set apart by spaces says nothing of any value and turns nothing round (fix-input-27):
 * a model's code or a figure, or one of a few words for the sample and its check. {@link spacedWord} passes over
 * it, so `样品 KFR 35 水冷` says 水冷; a part that is neither (`空调除外`) still keeps the clause from being split.
 */
function isInert(part: string): boolean {
  return INERT_WORDS.has(part) || (CODE_PART.test(part) && !LATIN_NO.test(part));
}

/** Whether a text may say something: it holds a bigram, or some word or name is one character long. */
function mayHoldWord(text: string, words: ValueWords): boolean {
  return words.short || holdsBigram(text, words);
}

/**
 * Whether a text holds, spaces left out, the first two characters of some word or name (`风冷`, `t1`, `全封`): a
 * remark without any says nothing, clause by clause or whole. Each character as the fold would make it, without
 * folding the text (NFKC costs more than the whole check): Latin letters in lower case, full-width ASCII as ASCII,
 * the dots a code is written with (`P·I`) as `.`.
 */
function holdsBigram(text: string, words: ValueWords): boolean {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c === 0xb7 || c === 0x30fb || c === 0x2022 || c === 0x2027 || c === 0xff65) c = 0x2e;
    if (previous >= 0 && words.bigramStarts[previous] === 1 && words.bigrams.has(bigramOf(previous, c)))
      return true;
    previous = c;
  }
  return false;
}
