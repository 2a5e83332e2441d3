import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';
import { negatedLabel } from '../text/boolean-words';
import { spellingFold } from '../text/enum-spelling';
import { foldValueText } from '../text/fold-value-text';
import { fullWidthToAscii } from '../text/full-width';
import { isVetoHeader, vetoIndicator } from './close-columns';
import {
  incidentEvent,
  latinEvent,
  moreValueWords,
  withoutProductWord,
  yesNoNames,
} from './value-word-forms';
import { answerOf, pairOf, productAfter, yesNoOf } from './value-word-pairs';

/** What a cell's text means for an indicator it is a value word of ({@link valueWords}). */
export interface ValueWord {
  indicator: IndicatorInfo;
  /** The value it says: an enum value as the rule set writes it, or `true`/`false`. */
  value: string | number | boolean;
  /** Whether that is the value a record leaving the indicator out takes (its `default`). */
  isDefault: boolean;
  /**
   * The text says the record is NOT `value` (an enum's: `非T1`, `除T1外`; see `turnedWords`); `isDefault` then says
   * whether that agrees with the default (`非T3` does when T1 is the default).
   */
  negated?: true;
}

/** The words of {@link valueWords}, and what tells most cells from them without folding the cell. */
export interface ValueWords {
  /** Folded text → what it says. */
  readonly byWord: ReadonlyMap<string, readonly ValueWord[]>;
  /** The longest word, in UTF-16 units: a longer cell is none of them. */
  readonly longest: number;
  /** Every character of the words, and the upper case of their Latin letters. */
  readonly characters: ReadonlySet<number>;
  /**
   * A text that names an indicator, folded → it: its name, label and the label's short forms (`气候类型`, `气候`,
   * `风冷`, `全封闭`), the `label：value` a cell may write (`气候类型：T3`, `风冷：否`); for a yes/no indicator also
   * its value labels and aliases, each with the value it names (`水冷` names airCooled at `false`).
   */
  readonly names: ReadonlyMap<string, readonly Name[]>;
  /** The first characters of the words (and the upper case of Latin ones): a cell that begins otherwise names no product. */
  readonly firsts: ReadonlySet<number>;
  /** The first two UTF-16 units of every word as folded: a folded cell that begins otherwise begins with no word. */
  readonly heads: ReadonlySet<string>;
  /**
   * The first two characters of every word and name, folded, as one number each ({@link bigramOf}): a text with
   * none of them in it, spaces left out, says nothing (see `remarkWord`, which splits a remark only then).
   */
  readonly bigrams: ReadonlySet<number>;
  /** 1 at each UTF-16 unit a bigram of {@link bigrams} begins with: most characters of a remark are let go by it. */
  readonly bigramStarts: Uint8Array;
  /** Whether a word or name is one character long: then a text may say something with no bigram in it. */
  readonly short: boolean;
  /**
   * The events yes/no labels name (`重大质量事故` of `近三年发生重大质量事故`: `incidentEvent`), folded → the
   * indicators: alone a heading, with a date or a count beside it a statement ({@link wordOf}: `重大质量事故1起`).
   */
  readonly events: ReadonlyMap<string, readonly IndicatorInfo[]>;
  /**
   * The rule set's one veto indicator among these (`vetoIndicator`: a yes/no whose requirements ask for no), which
   * a remark names as a sheet heads its veto column (`一票否决：是`, `否决项：无`, `重大事故：有`); else `undefined`.
   */
  readonly veto?: IndicatorInfo;
  /**
   * An enum's codes that hold a digit or a dot (`T3`, `P.I`, `P.II`; not `split`, a word), folded → what they say:
   * such a code is no word of a remark's prose, so one standing alone among other words says its value
   * (`T3工况`, `for T3 climate`, `P·I型硅酸盐水泥`: {@link wordOf}'s `codeToken`).
   */
  readonly codes: ReadonlyMap<string, readonly ValueWord[]>;
  /** The first letters of {@link codes}, both cases and full width: a cell with none before a digit or dot names none. */
  readonly codeFirsts: ReadonlySet<number>;
  /**
   * {@link characters}, {@link codeFirsts} and {@link firsts} of the ASCII characters, as bits by character code
   * (1, 2 and 4): a sample id's characters are looked up here, once per row ({@link ASCII_CHARACTER} and the others).
   */
  readonly ascii: Uint8Array;
}

/** {@link ValueWords.ascii}'s bit of a character of the words. */
export const ASCII_CHARACTER = 1;
/** {@link ValueWords.ascii}'s bit of a code's first letter. */
export const ASCII_CODE_FIRST = 2;
/** {@link ValueWords.ascii}'s bit of a word's first character. */
export const ASCII_FIRST = 4;

/**
 * Two UTF-16 units as one number, for {@link ValueWords.bigrams}.
 *
 * @example
 * words.bigrams.has(bigramOf('风'.charCodeAt(0), '冷'.charCodeAt(0))); // true for AC's airCooled
 */
export function bigramOf(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** An indicator a text names ({@link ValueWords.names}), and for a yes/no one the value the text is (`风冷式`: yes). */
export interface Name {
  indicator: IndicatorInfo;
  /** `true` for a yes/no label and its value labels of yes, `false` for those of no; `undefined` for an enum. */
  polarity?: boolean;
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
      // The yes value's own labels too (`non-hermetic` of `Hermetic`), as the indicator's label.
      for (const label of [indicator.label.zh, indicator.label.en, indicator.valueLabels?.true?.en]) {
        if (label === undefined) continue;
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
  const worded = new Set([...words.values()].flatMap((list) => list.map((w) => w.indicator)));
  const names = namesOf(worded);
  const events = new Map<string, IndicatorInfo[]>();
  for (const indicator of worded) {
    if (indicator.type !== 'boolean') continue;
    // `major quality incident 2024` as `重大质量事故 2024年` (hostile-29 W4).
    for (const event of [incidentEvent(indicator.label.zh)?.event, latinEvent(indicator.label.en)]) {
      if (event === undefined) continue;
      const key = foldWord(event).replace(/\s+/gu, '');
      events.set(key, [...(events.get(key) ?? []), indicator]);
    }
  }
  // The veto only when a remark can name it: among the indicators these words are of.
  const found = vetoIndicator(indicators);
  const veto = found && worded.has(found) ? found : undefined;
  // `触发一票否决`: the veto said to apply, as a sheet writes it (hostile-29 W4).
  if (veto)
    for (const [text, value] of VETO_WORDS) {
      const word = { indicator: veto, value, isDefault: value === veto.default };
      words.set(foldWord(text), [...(words.get(foldWord(text)) ?? []), word]);
    }
  const codes = new Map<string, ValueWord[]>();
  for (const [form, list] of words)
    for (const word of list)
      if (
        word.indicator.type === 'enum' &&
        CODE.test(String(word.value)) &&
        foldWord(String(word.value)) === form
      )
        codes.set(form, [...(codes.get(form) ?? []), word]);
  let longest = 0;
  const characters = new Set<number>();
  const firsts = new Set<number>();
  const heads = new Set<string>();
  const bigrams = new Set<number>();
  const bigramStarts = new Uint8Array(0x10000);
  for (const word of words.keys()) {
    longest = Math.max(longest, word.length);
    for (const c of word.toUpperCase() + word) characters.add(c.codePointAt(0)!);
    for (const c of [word.charAt(0), word.charAt(0).toUpperCase()]) firsts.add(c.codePointAt(0)!);
    heads.add(word.slice(0, 2));
  }
  let short = false;
  const vetoNames = veto ? VETO_NAMES : [];
  for (const text of [...words.keys(), ...names.keys(), ...vetoNames]) {
    const bare = text.replace(/\s+/gu, '');
    if (bare.length < 2) {
      short = true;
      continue;
    }
    bigrams.add(bigramOf(bare.charCodeAt(0), bare.charCodeAt(1)));
    bigramStarts[bare.charCodeAt(0)] = 1;
  }
  const codeFirsts = new Set(
    [...codes.keys()].flatMap((code) => {
      const c = code.charCodeAt(0);
      const upper = code.charAt(0).toUpperCase().charCodeAt(0);
      return [c, upper, c + 0xfee0, upper + 0xfee0];
    }),
  );
  const ascii = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++)
    ascii[c] =
      (characters.has(c) ? ASCII_CHARACTER : 0) |
      (codeFirsts.has(c) ? ASCII_CODE_FIRST : 0) |
      (firsts.has(c) ? ASCII_FIRST : 0);
  return {
    byWord: words,
    longest,
    characters,
    names,
    firsts,
    heads,
    bigrams,
    bigramStarts,
    events,
    veto,
    short,
    codes,
    codeFirsts,
    ascii,
  };
}

/**
 * The texts that name each indicator ({@link ValueWords.names}), folded: its name, its labels and their forms
 * less 式/型, less a trailing product word (`全封闭型压缩机` → `全封闭型`, `全封闭`) and less 类型 (`气候`); a yes/no
 * indicator's value labels and aliases too, with their value. A text two indicators share names both.
 */
function namesOf(indicators: ReadonlySet<IndicatorInfo>): Map<string, Name[]> {
  const names = new Map<string, Name[]>();
  const add = (text: string, name: Name) => {
    for (const form of forms(text)) {
      const list = names.get(form);
      if (!list) names.set(form, [name]);
      else if (!list.some((n) => n.indicator === name.indicator)) list.push(name);
    }
  };
  for (const indicator of indicators) {
    const polarity = indicator.type === 'boolean' ? true : undefined;
    const zh = indicator.label.zh.trim();
    const short = [
      withoutProductWord(zh),
      /^\p{Script=Han}{2,}类型$/u.test(zh) ? zh.slice(0, -2) : undefined,
      // `品种：P·I` of 水泥品种: the kind's word alone, as a remark heads the code (fix-input-29).
      /^\p{Script=Han}{2,}(?:品种|种类)$/u.test(zh) ? zh.slice(-2) : undefined,
      // `重大质量事故：有`: the incident a yes/no label names, as a name beside an answer (hostile-27 W2).
      indicator.type === 'boolean' ? incidentEvent(zh)?.event : undefined,
      indicator.type === 'boolean' ? latinEvent(indicator.label.en) : undefined,
      // `climate: T3`, `hermetic: no`: the English label less its last word when that is a kind's (hostile-27 W6).
      latinStem(indicator.label.en),
    ];
    for (const text of [indicator.name, zh, indicator.label.en, ...short])
      if (text !== undefined) add(text, { indicator, polarity });
    if (indicator.type === 'boolean') {
      for (const [text, value] of valueSpellingsOf(indicator) ?? [])
        if (typeof value === 'boolean') add(text, { indicator, polarity: value });
      // `全封闭压缩机：否`: a label's or value label's stem with a product word names it as the label does (hostile-29 W2).
      for (const [text, value] of yesNoNames(indicator))
        if (typeof value === 'boolean') add(text, { indicator, polarity: value });
    }
  }
  return names;
}

// The last word of an English label that names the kind of thing, not which (`Climate type`, `Hermetic compressor`).
const LATIN_KIND = /^([a-z][a-z-]+(?: [a-z][a-z-]+)*) (?:type|compressor|unit)$/iu;

/** An English label less its last word when that is a kind's (`Climate type` → `Climate`); else `undefined`. */
function latinStem(label: string): string | undefined {
  return LATIN_KIND.exec(label.trim())?.[1];
}

// A code of an enum's value: Latin letters with a digit (`T3`) or a dot (`P.I`, `P·II`), no Han character.
const CODE = /^[A-Za-z]{1,3}(?:\d{1,2}|[.·][A-Za-z]{1,4})$/u;

// The veto said to apply, or not (hostile-29 W4): `触发一票否决`, `未触发一票否决`.
const VETO_WORDS: readonly [string, boolean][] = [
  ['触发一票否决', true],
  ['触发否决项', true],
  ['一票否决已触发', true],
  ['未触发一票否决', false],
  ['未触发否决项', false],
];

// What a veto heading (`isVetoHeader`) holds somewhere in it, for the bigrams: 一票否决, 否决项, 是否否决 hold 否决;
// 重大事故, 重大质量问题 hold 重大.
const VETO_NAMES = ['否决', '重大', 'veto', 'major', 'serious'];

// A negation a remark writes before a yes/no label (非风冷式, 不是风冷式, 不属于风冷式, 无风冷): the label's no.
const HAN_NEGATIONS = ['非', '不是', '不属于', '无', '没有'];

/**
 * What a cell says of the indicators `words` holds (see {@link valueWords}),
 * folded as they are (spaces between Chinese characters left out: `移 动 式`),
 * without the punctuation that ends it (`移动式。`), then without a trailing `式`/`型`; else what it says as a
 * wrapping of a word ({@link wrapped}: `否（水冷式）`, `风冷式：否`, `否，水冷式`) or as a value word that begins a
 * product's name (`水冷螺杆机组`); `undefined` for most cells, cheaply: a cell much longer than every word is
 * none of them, and one with a character no word has (`正常`, `K0`) is not folded as a word.
 *
 * @example
 * wordOf(' 移动式 ', words)?.[0]?.value; // 'mobile'
 */
export function wordOf(written: string, words: ValueWords): readonly ValueWord[] | undefined {
  if (written.length > words.longest * 2 + 8) return undefined;
  // `移动式。`, `移动式.`: a sentence's full stop after the word says no more (hostile-23 slips).
  const cell = withoutEndMark(written);
  return (
    lookUp(cell, words) ??
    (WRAPPED.test(cell) ? wrapped(cell, words) : undefined) ??
    product(cell, words) ??
    answeredAfter(cell, words) ??
    afterSubject(cell, words) ??
    namedCode(cell, words) ??
    codeWithClass(cell, words) ??
    dated(cell, words) ??
    eventNoted(cell, words) ??
    bracketedWhole(cell, words)
  );
}

// A cell that is one bracketed text (`（T3）`, `[T3]`, `【T3】`): the brackets say nothing of it (hostile-29 W2).
const BRACKETED_WHOLE = /^[(（[【〔〖]\s*([^()（）[\]【】〔〕〖〗]+?)\s*[)）\]】〕〗]$/u;

function bracketedWhole(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  const inner = BRACKETED_WHOLE.exec(cell.trim())?.[1];
  return inner === undefined ? undefined : wordOf(inner, words);
}

/** Whether some character of a cell is a code's first letter: most remarks have none and are not folded. */
function codeMayStart(cell: string, firsts: ReadonlySet<number>): boolean {
  for (let i = 0; i < cell.length; i++) if (firsts.has(cell.charCodeAt(i))) return true;
  return false;
}

// What a cell with a code in it holds as written: a Latin letter, then a digit, a dot or a Roman numeral.
const CODE_HINT = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A][\s\u3000]?[0-9\uFF10-\uFF19.·・•．\-Ⅰ-Ⅻ]/u;
// A code standing alone, after the fold: not part of a model's code (`KFR-35GW/T3`, `T35`, `KFR-35T3`) or a list
// (`T1-T3`, read as one by remarkWord), nor glued to a figure (`P.I42.5`, read by codeWithClass).
const CODE_TOKEN = /(?<![a-z0-9./\-_#+])[a-z]{1,3}(?:\d{1,2}|[.-][a-z]{1,4})(?![a-z0-9./\-_#+])/gu;
// A word that turns a remark round (除外, 除…外, 非, not) or names an id before the code (型号T3, 样品T3): let be.
const TURNED_CODE = /除|以外|不|非|无|没|未|否|号|样品|except|exclud|\bnot?\b|\bnon\b|without/u;

/**
 * `T3工况`, `for T3 climate`, `P·I型硅酸盐水泥`, `P-I`, `KFR-35GW（T3）`: each enum code ({@link ValueWords.codes}:
 * one with a digit or a dot) standing alone among other words of a remark, with nothing in it that turns the remark
 * round or makes the code an id's (`T3除外`, `非P·I`, `型号T3`) (hostile-29 W2, W3): the codes' values, in the order
 * written. One rule for every wording round a code, where each wording used to need its own reader; `remarkWord`
 * asks it last, after the clauses, so a clause that says a value is still the one named.
 *
 * @example
 * codeWords('for T3 climate', words)?.[0]?.value; // 'T3'
 */
export function codeWords(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  if (words.codes.size === 0 || !codeMayStart(cell, words.codeFirsts) || !CODE_HINT.test(cell))
    return undefined;
  const folded = foldWord(cell);
  if (TURNED_CODE.test(folded)) return undefined;
  // Every code it names (`T1工况 T3工况`): the caller takes the first it wants.
  const said: ValueWord[] = [];
  // `P-I`: a hyphen where GB 175 writes its dot.
  for (const [token] of folded.matchAll(CODE_TOKEN))
    for (const word of words.codes.get(token.replace('-', '.')) ?? [])
      if (!said.includes(word)) said.push(word);
  return said.length > 0 ? said : undefined;
}

// A date a remark begins with (`2023年`, `2024年10月`, `2024-10-08：`): it says when, not what.
const DATE_FIRST =
  /^(?:\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)\s*[:：,，]?\s*/u;

/**
 * `2023年发生重大质量事故`, `2024年重大质量事故`: what the remark says after the date it begins with (hostile-27
 * W2). Read so, a remark naming an indicator's value makes its record invalid, as any remark the reader
 * cannot take as a column does: whether that year counts is the sheet author's to say in a column.
 */
function dated(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  const text = cell.trim();
  const code = text.charCodeAt(0);
  if (code < 0x30 || code > 0x39) return undefined;
  const date = DATE_FIRST.exec(text)?.[0];
  if (!date || date.length === text.length) return undefined;
  return wordOf(text.slice(date.length), words);
}

// A Chinese name, then a code (`硅酸盐水泥P·I`, `适用气候 T2`), after the fold: the name says what the code is of.
const NAME_THEN_CODE = /^(\p{Script=Han}{2,8}) ?([a-z][a-z0-9.]*)(?:型|式)?$/u;
// The same, as written (full-width, dots of any kind, Roman numerals): most cells are let go before folding.
const NAME_THEN_CODE_AS_WRITTEN =
  /^\p{Script=Han}{2,8}[\s\u3000]?[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A][A-Za-z0-9.·・•．Ⅰ-Ⅻ\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]*[型式]?$/u;
// A name that makes the code something else: an id (型号, 编号), the sample (样品, 试样), a negation (非, 除外).
const NOT_A_NAME = /[号样除不非无没未否]/u;

/**
 * `硅酸盐水泥P·I`, `适用气候T2`: a Chinese name (two to eight characters, none making the code an id, the sample's
 * or not so: `型号T3`, `样品T3`, `非P·I`), then an enum's code that has a digit or a dot (`T2`, `P.I`; not
 * `split`, a word) (hostile-27 W6): the code's value. Only a cell that begins with a Chinese character and ends
 * in a Latin letter or a digit (or 型/式) is folded.
 */
function namedCode(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  const text = cell.trim();
  if (!NAME_THEN_CODE_AS_WRITTEN.test(text)) return undefined;
  const parts = NAME_THEN_CODE.exec(foldWord(text));
  if (!parts || NOT_A_NAME.test(parts[1]!)) return undefined;
  const said = lookUp(parts[2]!, words)?.filter(
    (w) => w.indicator.type === 'enum' && /^[A-Za-z][A-Za-z]*[.\d]/u.test(String(w.value)),
  );
  return said && said.length > 0 ? said : undefined;
}

// A count of events after the event (`1起`, `：1 起`, `2次`, `×1`, `x 2`); 0 (`0 起`, `零起`) says there was none.
// Chinese numerals, capitals too (`壹起`, as a report writes a count: hostile-31 W5).
const COUNT_AFTER =
  /\s*[:=]?\s*(?:(\d+|[零〇一二两三四五六七八九十百壹贰貳叁參肆伍陆陸柒捌玖拾佰]+)\s*(?:起|次|件|宗|例)|[×x*]\s*(\d+))$/u;
// The same before it, after a verb of occurrence (`有1起重大质量事故`, `发生2次重大质量事故`: hostile-29 W4).
const COUNT_BEFORE =
  /^(?:有|发生(?:了|过)?|出现(?:了|过)?|曾发生(?:过)?)?\s*(\d+|[零〇一二两三四五六七八九十百壹贰貳叁參肆伍陆陸柒捌玖拾佰]+)\s*(?:起|次|件|宗|例)\s*/u;
// A year: four digits or Chinese ones (`二〇二四`), or two before 年 (`24年`); a month likewise.
const YEAR = '(?:\\d{4}|[〇零一二三四五六七八九]{4}|\\d{2}(?=\\s*年))';
const MONTH = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
// A date after the event (`2024年3月`, `（2024年）`, `2024-03`, `二〇二四年三月`, `24年3月`, a bare `2024`, `in 2023`): it
// says when.
const DATE_AFTER = new RegExp(
  `\\s*[:,]?\\s*(?:(?:in|on|during|since)\\s+)?\\(?\\s*(?:${YEAR}\\s*年(?:\\s*${MONTH}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?|\\d{4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?|(?:19|20)\\d{2})\\s*\\)?$`,
  'u',
);
// What such a cell ends in, before folding: a count's unit, a date's, a digit or a bracket; or a remedy's word.
const NOTED_END = /[起次件宗例年月日号)）\d０-９改理置案环正毕成位中]$/u;
// What was done about the event after it (`重大质量事故已整改`, `重大质量事故（已处理）`: hostile-31 W5): it happened.
const REMEDIED_AFTER =
  /\s*[:,(]?\s*(?:已经?|均已|现已)?(?:整改|处理|处置|结案|闭环|纠正)(?:完毕|完成|到位|中)?\s*\)?$/u;
// A veto header that names an event (`重大事故`, `重大质量问题`), not the veto itself (`否决项`).
const VETO_EVENT = /事故|问题|事件|incident|accident|issue|problem/u;

/**
 * `重大质量事故1起`, `重大质量事故：1 起`, `重大质量事故 2024年3月`, `重大质量事故（2024年）`, `2024年重大质量事故`,
 * `近三年发生重大质量事故1起`: the event a yes/no label names ({@link ValueWords.events}; or a veto column's heading
 * naming one, `重大事故`) or a word of the label (`发生重大质量事故`), with a date or a count of events beside it
 * (hostile-27 W2): a statement that it happened, or, with a count of 0 (`重大质量事故：0 起`), that it did not. Alone
 * the event is a heading and says nothing; a word saying none with a count above 0 (`未发生重大质量事故1起`) says
 * nothing either. Only a cell that begins with a digit or ends as a date or a count does is folded.
 */
function eventNoted(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  if (words.events.size === 0 && !words.veto) return undefined;
  const text = cell.trim();
  const first = text.charCodeAt(0);
  const before = COUNT_BEFORE.exec(text);
  if (!NOTED_END.test(text) && !(first >= 0x30 && first <= 0x39) && !before) return undefined;
  let rest = foldWord(text);
  let noted = false;
  let count: number | undefined;
  const date = DATE_FIRST.exec(rest)?.[0];
  const counted = COUNT_BEFORE.exec(rest);
  if (date && date.length < rest.length) [rest, noted] = [rest.slice(date.length), true];
  else if (counted && counted[0].length < rest.length) {
    count = /^[零〇0]+$/u.test(counted[1]!) ? 0 : 1;
    [rest, noted] = [rest.slice(counted[0].length), true];
  }
  for (let i = 0; i < 3; i++) {
    const counted = count === undefined ? COUNT_AFTER.exec(rest) : null;
    const dated = counted ? null : DATE_AFTER.exec(rest);
    // A remedy ends the cell (`重大质量事故 1起（已整改）`); one before a count (`重大质量事故整改1起`) counts remedies.
    const found = counted ?? dated ?? (i === 0 ? REMEDIED_AFTER.exec(rest) : null);
    if (!found || found.index === 0) break;
    if (counted) count = /^[零〇0]+$/u.test(counted[1] ?? counted[2]!) ? 0 : 1;
    [rest, noted] = [rest.slice(0, found.index).trim(), true];
  }
  if (!noted) return undefined;
  const bare = rest.replace(/\s+/gu, '');
  const event =
    words.events.get(bare) ??
    (words.veto && VETO_EVENT.test(bare) && isVetoHeader(bare) ? [words.veto] : undefined);
  const said: readonly ValueWord[] | undefined = event
    ? event.map((indicator) => asValue({ indicator, value: true, isDefault: false }, true))
    : lookUp(rest, words)?.filter(
        (w) => w.indicator.type === 'boolean' && incidentEvent(w.indicator.label.zh),
      );
  if (!said || said.length === 0) return undefined;
  if (count === undefined) return said;
  // A count says whether it happened: 0 none, more some; a word saying none with some is let be.
  const out = said.filter((w) => count === 0 || w.value === true).map((w) => asValue(w, count! > 0));
  return out.length > 0 ? out : undefined;
}

// A dotted code glued to a strength class (`P·I42.5`, `P.II52.5R`), as written: most cells are let go before folding.
const CODE_THEN_CLASS_AS_WRITTEN =
  /^[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]+[.·・•．][A-Za-zⅠ-Ⅻ\uFF21-\uFF3A\uFF41-\uFF5A]+[0-9\uFF10-\uFF19]{2}[.．][0-9\uFF10-\uFF19][Rr]?$/u;
// The same after the fold: the code, then the class.
const CODE_THEN_CLASS = /^([a-z]+\.[a-z]+)\d{2}\.\dr?$/u;

/**
 * `P·I42.5`, `P.I42.5`, `P·II52.5R`: an enum's dotted code with a strength class written straight after it
 * (fix-input-29), as `P.I 42.5` with a space is read (`spacedWord`): the code's value. Only a code with a dot and a
 * class with one decimal are read so: `T35`, `KFR35` are model numbers, not a code and a figure.
 */
function codeWithClass(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  const text = cell.trim();
  if (!CODE_THEN_CLASS_AS_WRITTEN.test(text)) return undefined;
  const code = CODE_THEN_CLASS.exec(foldWord(text))?.[1];
  const said =
    code === undefined ? undefined : lookUp(code, words)?.filter((w) => w.indicator.type === 'enum');
  return said && said.length > 0 ? said : undefined;
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

/** A bracket, or a separator a remark writes between a name and its answer ({@link pairOf}): a cell that may wrap a word. */
const WRAPPED = /[()（）【[〔〖:：=＝/／,，、;；\-－—–~\s\u3000]/u;
/** `否（水冷式）`, `no (Water-cooled)`, `N（水冷式）`: a yes/no, then a word in brackets (after NFKC). */
const YES_NO_OF = /^(是|否|不是|不属于|非|yes|no|y|n|×|✗)\s*\((.+)\)$/u;
/** `水冷（冷却塔）`, `热带型（T3）`: text, then a remark in brackets (after NFKC). */
const REMARKED = /^([^()]+?)\s*\(([^()]+)\)$/u;

/**
 * What a cell that wraps a word says (hostile-24 W3, W16; hostile-25 W3, W4):
 * - `否（X）` / `是（X）` (the form qgrade writes a value in: `否（水冷式）`), `no (X)`, `N（X）`, `×（X）`: X a yes/no
 *   label or value label, the no its no (`否（全封闭型压缩机）`), the 是 its value (`是（水冷式）` says water-cooled);
 * - a name and a value either side of a separator ({@link paired}: `气候类型：T3`, `风冷式 否`, `否，水冷式`);
 * - `X（remark）`: X when it says a value other than the default (`水冷（冷却塔）`, `水冷式（否）`); a yes/no
 *   label's answer when X names one and the remark is a yes/no (`风冷式（否）`: no); else X; else, when X has no
 *   Latin letter or digit (a word, not a model's code: `热带型（T3）`, not `KFR-35GW（T3）`), the remark.
 */
function wrapped(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  // A cell without brackets is read as two parts only: let it go before folding when its right part can be no
  // answer (`外观 良好`), as most remarks are.
  if (!BRACKETS.test(cell)) {
    const pair = pairOf(cell.trim());
    if (!pair || !mayAnswer(pair.right, words)) return undefined;
  }
  const folded = spellingFold(foldValueText(cell));
  const yesNo = YES_NO_OF.exec(folded);
  if (yesNo) {
    const said = lookUp(yesNo[2]!, words) ?? paired(yesNo[2]!, words);
    const no = yesNoOf(yesNo[1]!) === false;
    if (!said) return undefined;
    const out = said.flatMap((w): ValueWord[] => {
      if (w.indicator.type !== 'boolean') return no ? [] : [w];
      return [no ? asValue(w, false) : w];
    });
    return out.length > 0 ? out : undefined;
  }
  const remarked = REMARKED.exec(folded);
  if (remarked) {
    const [x, remark] = [remarked[1]!, remarked[2]!.trim()];
    const said = lookUp(x, words);
    if (said?.some((w) => !w.isDefault)) return said;
    // `重大质量事故：有（2024年）`: a name and its answer, then a remark on it.
    const pair = said ? undefined : (paired(x, words) ?? eventNoted(x, words));
    if (pair?.some((w) => !w.isDefault)) return pair;
    const answer = answered(x, remark, words);
    if (answer) return answer;
    if (said) return said;
    if (/[\p{Script=Latin}\d]/u.test(x)) return undefined;
    return lookUp(remark, words);
  }
  return paired(folded, words);
}

/**
 * What a folded cell of two parts says (hostile-25 W3, W4), its parts split at a separator ({@link pairOf}):
 * - a name of an indicator, then its value: a yes/no for a yes/no indicator (`风冷式：否`, `风冷 否`, `风冷式=否`,
 *   `风冷式—否`, `风冷式：不是`; `是否风冷：否`, `水冷：是`), a value word of that indicator (`气候：T3`,
 *   `气候类型=T3`, `结构形式 窗式`); the name may have words before it (`是否风冷`, `适用气候`);
 * - a no, then a word saying a yes/no indicator's value other than its default (`否，水冷式`, `否/水冷`, `否-水冷式`);
 * - a label naming no indicator, a colon or `=`, then a Chinese word saying a value (`冷却方式：水冷`,
 *   `压缩机：半封闭`), not a code (`备注：T3` is let be: T3 there may be anything).
 */
function paired(folded: string, words: ValueWords): readonly ValueWord[] | undefined {
  const pair = pairOf(folded);
  if (!pair) return undefined;
  const { left, right } = pair;
  if (!mayAnswer(right, words)) return undefined;
  const named = namedBy(left, words);
  if (named) {
    const out = named.flatMap((name) => saidOf(name, right, words));
    return out.length > 0 ? out : undefined;
  }
  if (yesNoOf(left) === false) {
    const said = lookUp(right, words)?.filter((w) => w.indicator.type === 'boolean' && !w.isDefault);
    return said && said.length > 0 ? said : undefined;
  }
  if (pair.kind === 'label' && /\p{Script=Han}/u.test(right) && !TURNED_LABEL.test(left)) {
    const said = lookUp(right, words)?.filter((w) => !w.isDefault);
    return said && said.length > 0 ? said : undefined;
  }
  return undefined;
}

const BRACKETS = /[()（）]/u;

/** Whether a pair's right part may be what every reading of {@link paired} needs: a yes/no or a word. */
function mayAnswer(right: string, words: ValueWords): boolean {
  return (
    answerOf(fullWidthToAscii(right), false) !== undefined ||
    mayBeWord(right, words.characters) ||
    CODE_THEN_CLASS_AS_WRITTEN.test(right.trim())
  );
}

// A label that turns what follows round (除外, 不含, 非): its value says no value of the record.
const TURNED_LABEL = /[除不非无没未否]/u;

/**
 * `风冷式（否）`, `全封闭型压缩机（否）`: a yes/no label (or a value label of it) with its answer in brackets, as that
 * indicator's value; `undefined` when X names no yes/no indicator or the remark is no yes/no.
 */
function answered(x: string, remark: string, words: ValueWords): readonly ValueWord[] | undefined {
  if (answerOf(remark, false) === undefined) return undefined;
  const named = namedBy(x.trim(), words)?.filter((n) => n.polarity !== undefined);
  const out = named?.flatMap((name) => saidOf(name, remark, words));
  return out && out.length > 0 ? out : undefined;
}

/**
 * The indicators a folded text names ({@link ValueWords.names}), as written or with words before the name
 * (`是否风冷`, `适用气候`: the longest name it ends with, of two characters or more, with no negation before it);
 * `undefined` when none.
 */
function namedBy(text: string, words: ValueWords): readonly Name[] | undefined {
  const exact = words.names.get(foldWord(text));
  if (exact) return exact;
  // `一票否决：是`, `否决项：无`, `重大事故：有`: the rule set's one veto, named as a sheet heads its column.
  if (words.veto && isVetoHeader(foldWord(text).replace(/\s+/gu, '')))
    return [{ indicator: words.veto, polarity: true }];
  const han = foldWord(text);
  if (!/^\p{Script=Han}{3,}$/u.test(han)) return undefined;
  for (let i = 1; i <= han.length - 2; i++) {
    const found = words.names.get(han.slice(i));
    // `是否风冷` asks whether: its 否 turns nothing round.
    if (found) return TURNED_LABEL.test(han.slice(0, i).replace(/^是否/u, '')) ? undefined : found;
  }
  return undefined;
}

/** What `value` says of a named indicator: a yes/no answers a yes/no name (its value, or the other); else a value word of it. */
function saidOf(name: Name, value: string, words: ValueWords): ValueWord[] {
  const { indicator, polarity } = name;
  // `一票否决：重大质量事故`: the veto answered with the event it is for (hostile-29 W4).
  if (indicator === words.veto && words.events.get(foldWord(value).replace(/\s+/gu, ''))?.includes(indicator))
    return [{ indicator, value: true, isDefault: indicator.default === true }];
  if (polarity !== undefined) {
    const yes = answerOf(value, negatedLabel(indicator.label.zh));
    if (yes !== undefined) {
      const said = yes ? polarity : !polarity;
      return [{ indicator, value: said, isDefault: said === indicator.default }];
    }
  }
  // `品种：P·I42.5`: the code with its class glued on, as alone (fix-input-29).
  return [...(lookUp(value, words) ?? codeWithClass(value, words) ?? [])].filter(
    (w) => w.indicator === indicator,
  );
}

/**
 * `水冷螺杆机组`, `水冷式冷水机组`, `多联机组`, `半封闭螺杆`, `water-cooled unit`: a cell that begins with a value
 * word (the longest that a product's name follows: {@link productAfter}) says that word's value (hostile-25 W3, W4).
 * Only a cell that begins with a character some word begins with is folded.
 */
function product(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  const first = cell.trimStart().codePointAt(0);
  if (first === undefined || (first < 0xff01 && !words.firsts.has(first))) return undefined;
  const folded = foldWord(cell);
  // Every prefix looked up begins with the first two units: no word begins so, none is one (`ac-0000001`).
  if (!words.heads.has(folded.slice(0, 2))) return undefined;
  for (let i = Math.min(folded.length - 1, words.longest); i >= 2; i--) {
    const said = words.byWord.get(folded.slice(0, i));
    if (said && productAfter(folded.slice(i), /\p{Script=Han}$/u.test(folded.slice(0, i)))) return said;
  }
  return undefined;
}

// A yes/no written straight after the name it answers, longest first (`风冷式否`, `风冷式不是`).
const ANSWERS_AFTER = ['不属于', '不是', '否', '是'];

/**
 * `风冷式否`, `全封闭型压缩机不是`, `水冷是`: a yes/no label (or a value label of it) with its answer written
 * straight after it, no separator (hostile-26 W2); only a cell that ends in 否 or 是 is folded.
 */
function answeredAfter(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  const last = cell.trimEnd().slice(-1);
  if (last !== '否' && last !== '是') return undefined;
  const folded = foldWord(cell);
  const answer = ANSWERS_AFTER.find((a) => folded.endsWith(a) && folded.length - a.length >= 2);
  if (!answer) return undefined;
  const name = folded.slice(0, -answer.length);
  if (!/^\p{Script=Han}+$/u.test(name)) return undefined;
  const out = namedBy(name, words)
    ?.filter((n) => n.polarity !== undefined)
    .flatMap((n) => saidOf(n, answer, words));
  return out && out.length > 0 ? out : undefined;
}

// What a remark names before a value word of it (压缩机非全封闭, 机组为水冷式), and the verb it may put between; or
// what the unit is for (适用于T2气候: fix-input-27).
// Or a verb alone (`采用半封闭压缩机`, `采用水冷`: hostile-29 W2).
const SUBJECT =
  /^(?:(?:压缩机|冷凝器|冷却方式|冷凝方式|机组|整机|本机|该机)(?:为|是|采用|属于|使用)?|适用于|采用|使用|选用|配用|配备|配置)/u;
const SUBJECT_FIRSTS = new Set('压冷机整本该适采使选配');

/**
 * `压缩机非全封闭`, `机组为水冷式`: the unit or its part named, then a value word (hostile-26 W2): that word's
 * value; `适用于T2气候`: what the unit is for, likewise. Only a cell that begins with one of the few subjects is folded.
 */
function afterSubject(cell: string, words: ValueWords): readonly ValueWord[] | undefined {
  if (!SUBJECT_FIRSTS.has(cell.trimStart().charAt(0))) return undefined;
  const folded = foldWord(cell);
  const subject = SUBJECT.exec(folded)?.[0];
  if (!subject) return undefined;
  // With the verb and without it: `压缩机是半封闭`, and `机组是否…` is no `是` before `否…`.
  for (const rest of [
    folded.slice(subject.length),
    folded.slice(subject.replace(/(?:为|是|采用|属于)$/u, '').length),
  ])
    if (rest.length >= 2) {
      const said = lookUp(rest, words);
      if (said) return said;
    }
  return undefined;
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
  // A cell is folded by several readings in turn (lookUp, then product…): the last fold is kept for the next.
  if (text === lastFold.text) return lastFold.folded;
  // ASCII alone (`AC-0000001`, `Midea`): NFKC, the dots, full-width and Chinese spaces change none of it.
  // `移 动 式`: spaces between Chinese characters, as a sheet spreads a word to a column's width, are no part of it.
  const folded = isAscii(text)
    ? text.trim().replace(/\s+/g, ' ').toLowerCase()
    : spellingFold(foldValueText(text))
        .replace(/\u2022/gu, '.')
        .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  lastFold.text = text;
  lastFold.folded = folded;
  return folded;
}

/** Whether every unit of a text is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The text {@link foldWord} folded last, and its fold. */
const lastFold = { text: '', folded: '' };

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
