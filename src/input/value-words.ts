import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';
import { booleanWord } from '../text/boolean-words';
import { spellingFold } from '../text/enum-spelling';
import { foldValueText } from '../text/fold-value-text';
import { moreValueWords } from './value-word-forms';

/** What a cell's text means for an indicator it is a value word of ({@link valueWords}). */
export interface ValueWord {
  indicator: IndicatorInfo;
  /** The value it says: an enum value as the rule set writes it, or `true`/`false`. */
  value: string | number | boolean;
  /** Whether that is the value a record leaving the indicator out takes (its `default`). */
  isDefault: boolean;
}

/** The words of {@link valueWords}, and what tells most cells from them without folding the cell. */
export interface ValueWords {
  /** Folded text → what it says. */
  readonly byWord: ReadonlyMap<string, readonly ValueWord[]>;
  /** The longest word, in UTF-16 units: a longer cell is none of them. */
  readonly longest: number;
  /** Every character of the words, and the upper case of their Latin letters. */
  readonly characters: ReadonlySet<number>;
  /** An indicator's label or name, folded → it: the `label：value` a cell may write (`气候类型：T3`). */
  readonly labels: ReadonlyMap<string, IndicatorInfo>;
}

/**
 * The words that say a value of an indicator no record must give (it has a
 * `default`, or is optional with no `requiredWhen`): for an enum, each
 * value's code and its `valueLabels` (zh, en, aliases); for a boolean, its
 * zh and en labels and the zh label's stem meaning `true` (`风冷式`, `风冷`,
 * `air-cooled`), and the same with a negation before them meaning `false`
 * (`非风冷式`, `非风冷`, `non-air-cooled`, `not air-cooled`), and its
 * `valueLabels` (zh, en, aliases) meaning their value (`水冷式`, `水冷`,
 * `water-cooled` for false). Each folded as
 * values are matched ({@link foldValueText}: NFKC, trimmed, Latin case), and
 * also without a trailing `式`/`型` when two characters or more are left
 * (`移动式` → `移动`; `窗式` keeps only itself). A word two values of one
 * indicator share is no word of it (it says neither). `undefined` when the
 * rule set has no such indicator.
 *
 * @example
 * valueWords(ac.indicators)?.get('移动'); // [{ indicator: unitConfiguration, value: 'mobile', isDefault: false }]
 */
export function valueWords(indicators: readonly IndicatorInfo[]): ValueWords | undefined {
  const words = new Map<string, ValueWord[]>();
  for (const indicator of indicators) {
    if (indicator.required || indicator.conditionallyRequired) continue;
    const own = new Map<string, ValueWord | null>();
    const add = (text: string | undefined, value: string | number | boolean) => {
      if (text === undefined) return;
      for (const form of forms(text)) {
        const earlier = own.get(form);
        // The same word for two values: it says neither.
        if (earlier !== undefined && earlier?.value !== value) own.set(form, null);
        else own.set(form, { indicator, value, isDefault: value === indicator.default });
      }
    };
    if (indicator.type === 'enum')
      for (const value of indicator.values ?? []) {
        add(String(value), value);
        const labels = indicator.valueLabels?.[String(value)];
        add(labels?.zh, value);
        add(labels?.en, value);
      }
    // The aliases too (`窗式` for window), which `valueLabels` does not carry; a boolean's labels and aliases
    // (`水冷式`, `水冷` for false), which say its values in words no yes/no column has.
    if (indicator.type === 'enum' || indicator.type === 'boolean')
      for (const [text, value] of valueSpellingsOf(indicator) ?? []) add(text, value);
    if (indicator.type === 'boolean')
      for (const label of [indicator.label.zh, indicator.label.en]) {
        add(label, true);
        const latin = !/\p{Script=Han}/u.test(label);
        for (const form of forms(label)) {
          if (latin) {
            add(`non-${form}`, false);
            add(`not ${form}`, false);
          } else for (const no of HAN_NEGATIONS) add(`${no}${form}`, false);
        }
      }
    // Trade names (多联机) and a yes/no label's remark forms (有重大质量事故): see moreValueWords.
    for (const [text, value] of moreValueWords(indicator)) add(text, value);
    for (const [form, word] of own) {
      if (word === null) continue;
      const list = words.get(form);
      if (list) list.push(word);
      else words.set(form, [word]);
    }
  }
  if (words.size === 0) return undefined;
  const labels = new Map<string, IndicatorInfo>();
  for (const ind of new Set([...words.values()].flatMap((list) => list.map((w) => w.indicator))))
    for (const text of [ind.name, ind.label.zh, ind.label.en]) labels.set(foldWord(text), ind);
  let longest = 0;
  const characters = new Set<number>();
  for (const word of words.keys()) {
    longest = Math.max(longest, word.length);
    for (const c of word.toUpperCase() + word) characters.add(c.codePointAt(0)!);
  }
  return { byWord: words, longest, characters, labels };
}

// A negation a remark writes before a yes/no label (非风冷式, 不是风冷式, 无风冷): the label's no.
const HAN_NEGATIONS = ['非', '不是', '无', '没有'];

/**
 * What a cell says of the indicators `words` holds (see {@link valueWords}),
 * folded as they are (spaces between Chinese characters left out: `移 动 式`),
 * without the punctuation that ends it (`移动式。`), then without a trailing `式`/`型`; `undefined` for
 * most cells, cheaply: a cell longer than every word, or with a character
 * no word has (`正常`, `K0`), is none of them and is not folded.
 *
 * @example
 * wordOf(' 移动式 ', words)?.[0]?.value; // 'mobile'
 */
export function wordOf(written: string, words: ValueWords): readonly ValueWord[] | undefined {
  if (written.length > words.longest * 2 + 8) return undefined;
  // `移动式。`, `移动式.`: a sentence's full stop after the word says no more (hostile-23 slips).
  const cell = withoutEndMark(written);
  return lookUp(cell, words) ?? (WRAPPED.test(cell) ? wrapped(cell, words) : undefined);
}

/** A cell's text looked up as one word: folded, then without 式/型, then without dots, spaces and hyphens. */
function lookUp(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  if (!mayBeWord(cell, words.characters)) return undefined;
  const folded = foldWord(cell);
  if (folded === '' || folded.length > words.longest) return undefined;
  const bare = stem(folded);
  const { byWord } = words;
  return byWord.get(folded) ?? byWord.get(bare) ?? byWord.get(compact(folded)) ?? byWord.get(compact(bare));
}

/** A bracket or a colon: a cell that may wrap a word ({@link wrapped}). */
const WRAPPED = /[()（）:：]/u;
/** `否（水冷式）`, `no (Water-cooled)`: a yes/no, then a word in brackets (after NFKC). */
const YES_NO_OF = /^(是|否|yes|no)\s*\((.+)\)$/u;
/** `水冷（冷却塔）`, `热带型（T3）`: text, then a remark in brackets (after NFKC). */
const REMARKED = /^([^()]+?)\s*\(([^()]+)\)$/u;
/** `气候类型：T3`, `全封闭型压缩机: 否`: a label, a colon, a value (after NFKC). */
const LABELLED = /^([^:]+?)\s*:\s*(.+)$/u;

/**
 * What a cell that wraps a word says (hostile-24 W3, W16):
 * - `否（X）` / `是（X）` (the form qgrade writes a value in: `否（水冷式）`), `no (X)`: X a yes/no label or value
 *   label, the 否 its no (`否（全封闭型压缩机）`), the 是 its value (`是（水冷式）` says water-cooled);
 * - `label：value` (`气候类型：T3`, `全封闭型压缩机：否`): the value, of that indicator only, a yes/no for a boolean;
 * - `X（remark）` (`水冷（冷却塔）`): X; else, when X has no Latin letter or digit (a word, not a model's code:
 *   `热带型（T3）`, not `KFR-35GW（T3）`), the remark.
 */
function wrapped(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  const folded = spellingFold(foldValueText(cell));
  const yesNo = YES_NO_OF.exec(folded);
  if (yesNo) {
    const said = lookUp(yesNo[2]!, words) ?? labelled(yesNo[2]!, words);
    const no = yesNo[1] === '否' || yesNo[1] === 'no';
    if (!said) return undefined;
    const out = said.flatMap((w): ValueWord[] => {
      if (w.indicator.type !== 'boolean') return no ? [] : [w];
      return [no ? asValue(w, false) : w];
    });
    return out.length > 0 ? out : undefined;
  }
  const label = labelled(folded, words);
  if (label) return label;
  const remarked = REMARKED.exec(folded);
  if (remarked) {
    const said = lookUp(remarked[1]!, words);
    if (said) return said;
    if (/[\p{Script=Latin}\d]/u.test(remarked[1]!)) return undefined;
    return lookUp(remarked[2]!, words);
  }
  return undefined;
}

/** `气候类型：T3`: the value after an indicator's label, as a word of that indicator or a boolean's yes/no. */
function labelled(folded: string, words: ValueWords): readonly ValueWord[] | undefined {
  const parts = LABELLED.exec(folded);
  if (!parts) return undefined;
  const indicator = words.labels.get(foldWord(parts[1]!));
  if (!indicator) return undefined;
  const value = parts[2]!;
  if (indicator.type === 'boolean') {
    const yes = booleanWord(value.trim());
    if (yes?.kind === 'yes-no') return [asValue({ indicator, value: true, isDefault: false }, yes.value)];
  }
  const said = lookUp(value, words)?.filter((w) => w.indicator === indicator);
  return said && said.length > 0 ? said : undefined;
}

/** A word of a boolean set to a value. */
function asValue(word: ValueWord, value: boolean): ValueWord {
  return { indicator: word.indicator, value, isDefault: value === word.indicator.default };
}

/**
 * A word or cell folded as values are matched ({@link foldValueText}), and its dots as the reader reads an enum
 * cell's (`P·I`, `P・I` as `P.I`: {@link spellingFold}); NFKC makes `Ⅱ` `II` (hostile-23 W12). The bullet `•`,
 * which the reader does not take for a dot, is one here: the check may see more than the reader, never less.
 */
function foldWord(text: string): string {
  // `移 动 式`: spaces between Chinese characters, as a sheet spreads a word to a column's width, are no part of it.
  return spellingFold(foldValueText(text))
    .replace(/\u2022/gu, '.')
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

/** Punctuation that ends a sentence or a list item, full- or half-width, and white space round it. */
const END_MARK = /[\s\u3000]*[。．.，,、；;：:！!？?…]+[\s\u3000]*$/u;
/** The last characters {@link END_MARK} may end on: a cell ending otherwise is looked at without it. */
const END_CHARS = new Set('。．.，,、；;：:！!？?… \u3000\t');

/**
 * A cell without the punctuation that ends it (`移动式。` → `移动式`), when
 * something is left; else the cell itself. Cells are short here (see {@link wordOf}).
 */
function withoutEndMark(cell: string): string {
  if (!END_CHARS.has(cell.charAt(cell.length - 1))) return cell;
  const short = cell.replace(END_MARK, '');
  return short.trim() === '' ? cell : short;
}

/** A folded text of no Han characters without its dots and spaces (`p.ii`, `p ii` → `pii`); else itself. */
function compact(folded: string): string {
  return /\p{Script=Han}/u.test(folded) ? folded : folded.replace(/[.\s]+/gu, '');
}

/**
 * Whether a cell may fold to a word: each character is one of the words',
 * white space, a full-width form of one, or one NFKC may change (anything
 * but ASCII and the common ideographs, which it leaves as they are).
 */
function mayBeWord(cell: string, characters: ReadonlySet<number>): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (characters.has(c) || c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    // Full-width ASCII (Ｍ, ｔ２): NFKC makes it ASCII.
    if (c >= 0xff01 && c <= 0xff5e) {
      const ascii = c - 0xfee0;
      if (characters.has(ascii) || characters.has(String.fromCharCode(ascii).toUpperCase().charCodeAt(0)))
        continue;
      return false;
    }
    // ASCII and the common ideographs are their own NFKC form: one no word has rules the cell out.
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) return false;
    // Anything else (an ideographic space, a compatibility form): let the fold decide.
    return true;
  }
  return true;
}

/**
 * A text's folded forms: itself, and without a trailing 式/型 when two characters or more are left; a code
 * of Latin letters also without its dots and spaces (`p.i` → `pi`, as `ＰＩ`, `P I` are written).
 */
function forms(text: string): string[] {
  const folded = foldWord(text);
  if (folded === '') return [];
  const bare = stem(folded);
  // `water cooled` for `water-cooled`: a space where the word has a hyphen.
  const spaced = /\p{Script=Han}/u.test(folded) ? folded : folded.replace(/-/gu, ' ');
  return [...new Set([folded, bare, compact(folded), compact(bare), spaced])];
}

function stem(folded: string): string {
  return folded.length >= 3 && /[式型]$/u.test(folded) ? folded.slice(0, -1) : folded;
}
