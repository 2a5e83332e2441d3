import { bigramOf, type ValueWord, type ValueWords, wordOf } from './value-words';

/** A word a remark says ({@link remarkWord}), and the clause of it that says it when that is not the whole cell. */
export interface RemarkWord {
  word: ValueWord;
  /** The clause, trimmed (`风冷：否` of `风冷：否，水冷`); `undefined` when the whole cell says it. */
  clause?: string;
}

// Where a remark ends one statement and begins another: a comma, semicolon, list mark, full stop or line break;
// or a space between words (each then a statement: see spacedWord).
const CLAUSE_MARKS = /[，；,;、。\s]/u;
const CLAUSE_SPLIT = /[，；,;。\n\r]+/u;
// A list turned round as a whole (移动式、多联式除外, 不含水冷): its items say no value of the record.
const TURNED_LIST = /除外|以外|不适用|不包括|不含/u;
// A negation before a list of words (非移动式、多联式): it governs every item, so the list is one clause.
const NEGATED_LIST = /^(?:非|不是|不属于|无|没有|不)/u;
// Longer than this, a cell is a paragraph, not a remark of a few statements; nor is a clause of more parts.
const LONGEST_REMARK = 200;
const MOST_PARTS = 8;

/**
 * The first word a remark cell says that `wanted` takes (a value other than the default, of an indicator no
 * column gives): the whole cell read as {@link wordOf} reads it, else each clause of it (hostile-26 W2). A remark
 * of several statements (`风冷：否，水冷`, `T1；全封闭型压缩机 否`, `风冷式 否 全封闭`) is split at commas,
 * semicolons, list marks (`、`), full stops and line breaks, and each clause read as a whole cell is; a clause of
 * words set apart by spaces is split there when every part, one word or a name with its answer (`风冷式 否`), says
 * something. A list turned round (`移动式、多联式除外`, `非移动式、多联式`) is not split. Cheap for most cells: only
 * a cell with a separator is split, and only when it holds the first two characters of some word or name.
 *
 * @example
 * remarkWord('风冷：否，水冷', words, (w) => !w.isDefault); // { word: airCooled = false, clause: '风冷：否' }
 */
export function remarkWord(
  cell: string,
  words: ValueWords,
  wanted: (word: ValueWord) => boolean,
): RemarkWord | undefined {
  const whole = wordOf(cell, words)?.find(wanted);
  if (whole) return { word: whole };
  const text = cell.trim();
  if (text.length > LONGEST_REMARK || !CLAUSE_MARKS.test(text)) return undefined;
  if (!holdsBigram(text, words) || TURNED_LIST.test(text)) return undefined;
  const clauses = clausesOf(text);
  for (const clause of clauses) {
    // The cell itself was read above.
    const said = clause === text ? undefined : wordOf(clause, words)?.find(wanted);
    if (said) return { word: said, clause };
    const part = spacedWord(clause, words, wanted);
    if (part) return part;
  }
  return undefined;
}

/** A remark's clauses: split at the marks, a `、` list too unless a negation begins it. */
function clausesOf(text: string): string[] {
  const clauses: string[] = [];
  for (const piece of text.split(CLAUSE_SPLIT)) {
    const clause = piece.trim();
    if (clause === '') continue;
    if (!clause.includes('、') || NEGATED_LIST.test(clause)) {
      clauses.push(clause);
      continue;
    }
    for (const item of clause.split('、')) if (item.trim() !== '') clauses.push(item.trim());
  }
  return clauses;
}

/**
 * A clause of parts set apart by spaces (`风冷式 否 全封闭`), read as statements of one part or of a name and its
 * answer (two parts, tried first): the first part that says a wanted word, when every part of the clause says
 * something; `undefined` else (`移动式 空调除外`: `空调除外` says nothing, so `移动式` is no statement of it).
 */
function spacedWord(
  clause: string,
  words: ValueWords,
  wanted: (word: ValueWord) => boolean,
): RemarkWord | undefined {
  const parts = clause.split(/[\s\u3000]+/u);
  if (parts.length < 3 || parts.length > MOST_PARTS) return undefined;
  const read = new Map<string, readonly ValueWord[] | undefined>();
  const said = (text: string) => {
    if (!read.has(text)) read.set(text, wordOf(text, words));
    return read.get(text);
  };
  // The statements from part i on, or null when the parts from i cannot all be read as statements.
  const failed = new Set<number>();
  const statements = (i: number): string[] | null => {
    if (i === parts.length) return [];
    if (failed.has(i)) return null;
    for (const n of [2, 1]) {
      if (i + n > parts.length) continue;
      const statement = parts.slice(i, i + n).join(' ');
      if (!said(statement)) continue;
      const rest = statements(i + n);
      if (rest) return [statement, ...rest];
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
