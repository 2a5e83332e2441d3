import { type IndicatorInfo, isComputedLabel, isPointsValued } from '../resolve/rule-set';
import { parseBand } from '../syntax/parse-band';
import { foldLabel } from '../text/fold-label';
import { labelLooseForms, looseKey, splitLabelSymbol } from '../text/loose-label';
import { methodFirst } from '../text/method-first';
import { trimCell } from './convert-value';
import { headerRead } from './header-read';
import { labelsRead } from './header-synonyms';
import { rangeDiffers, type ScoreRangeNote, scoreRangeNote } from './score-range-note';
import { KnownUnits, unitKey } from './units';

/**
 * A header that names an indicator and a unit: `下屈服强度 ReL/MPa`,
 * `抗拉强度 Rm（MPa）`, `最大力总延伸率 Agt %`.
 */
export interface HeaderUnit {
  /** The indicator the text before the unit names (by its name or either label); the first of {@link clash} when it names several. */
  indicator: IndicatorInfo;
  /** The text before the unit, NFKC-folded as it is compared. */
  text: string;
  /** The unit as written, trimmed. */
  written: string;
  /** Whether it is the indicator's declared unit (an equivalent spelling counts); false also when it declares none. */
  same: boolean;
  /** Every indicator the text before the unit names, when it names more than one (one's name and another's label, or two labels): reading it as any of them would be a guess. */
  clash?: readonly IndicatorInfo[];
}

/**
 * Reads headers against a rule set's indicators: the indicator a header
 * names (its name, or its Chinese or English label, trimmed; or a label
 * loosely: white space aside, with or without the symbol that ends it —
 * `3天抗压强度` for `3 天抗压强度`, `下屈服强度` for `下屈服强度 ReL`), or names
 * with a unit after it ({@link IndicatorHeaders.withUnit}). A header that
 * names two indicators — one's name and another's label, the labels of two,
 * or one's label exactly and another's loosely — names neither
 * ({@link IndicatorHeaders.clash}): the caller refuses it rather than grade
 * one indicator's values as the other's.
 *
 * @example
 * const headers = new IndicatorHeaders(ruleSet.indicators);
 * headers.field('抗拉强度 Rm（MPa）'); // 'tensileStrength'
 * headers.withUnit('抗拉强度 Rm/kN');   // { indicator: tensileStrength, written: 'kN', same: false, … }
 */
export class IndicatorHeaders {
  /** Name or label, trimmed → the indicators it names (each once). */
  private readonly exact = new Map<string, IndicatorInfo[]>();
  /** The same, NFKC-folded with white space made one space: how the text before a unit is compared. */
  private readonly folded = new Map<string, IndicatorInfo[]>();
  /** Each label's loose forms (white space removed; with and without its symbol, see {@link labelLooseForms}) → the indicators it names. */
  private readonly loose = new Map<string, IndicatorInfo[]>();
  /** Each label's loose forms without the bracketed note that ends it (`安定性` for `安定性（沸煮法）`) → the indicators it names: see {@link noteless}. */
  private readonly notes = new Map<string, IndicatorInfo[]>();
  /** The symbol each label ends in (`N` for `氮 N`, `LOI` for `烧失量 LOI`), NFKC-folded, case kept → the indicators whose label ends in it: see {@link symbol}. */
  private readonly symbols = new Map<string, IndicatorInfo[]>();
  /** Each indicator's place in the rule set: a clash names them in that order. */
  private readonly order = new Map<IndicatorInfo, number>();
  /** The units a header may name. */
  readonly units: KnownUnits;
  /** Each indicator by its name. */
  readonly byName = new Map<string, IndicatorInfo>();

  constructor(indicators: readonly IndicatorInfo[]) {
    this.units = new KnownUnits(indicators);
    for (const ind of indicators) {
      this.byName.set(ind.name, ind);
      this.order.set(ind, this.order.size);
      // A label's synonym forms (`灼烧减量 LOI` for `烧失量 LOI`) are read as the label is.
      const labels = labelsRead(ind.label);
      for (const text of [ind.name, ...labels]) {
        addTo(this.exact, trimCell(text), ind);
        addTo(this.folded, foldLabel(text), ind);
      }
      for (const label of labels) {
        for (const form of labelLooseForms(label)) {
          addTo(this.loose, form, ind);
          const folded = words(label) ? caseless(form) : undefined;
          if (folded !== undefined) addTo(this.loose, folded, ind);
          // `烧失量 实测值`, `不溶物检测值`: the label and a word for the measured value is the label (hostile-25 W5).
          if (/\p{Script=Han}/u.test(form)) for (const word of MEASURED) addTo(this.loose, form + word, ind);
        }
        const split = splitLabelSymbol(label);
        if (split !== undefined) {
          addTo(this.symbols, split.symbol, ind);
          // `烧失量（LOI）`, `不溶物(IR)`: the label's symbol in brackets (hostile-25 M1).
          addTo(this.loose, looseKey(`${split.text}(${split.symbol})`), ind);
        }
        // `沸煮法安定性` for `安定性（沸煮法）`: the method said first, read as the label less its note is.
        for (const first of methodFirst(label))
          for (const form of labelLooseForms(first)) addTo(this.notes, form, ind);
        const short = withoutNote(label);
        if (short !== undefined)
          for (const form of labelLooseForms(short)) {
            addTo(this.notes, form, ind);
            const folded = words(short) ? caseless(form) : undefined;
            if (folded !== undefined) addTo(this.notes, folded, ind);
          }
      }
    }
  }

  /**
   * The indicator whose label ends in the symbol the header is
   * (`N`, full-width `Ｎ`, `[N]`, `【N】` for `氮 N`; `LOI` for `烧失量 LOI`),
   * perhaps followed by a unit as {@link withUnit} reads one (`N(%)`,
   * `N/%`, `N%`): `written` and `same` then say which unit and whether it is
   * the indicator's. `undefined` when no label ends in it, when two
   * indicators' labels do, and when the header is read otherwise
   * ({@link label}, {@link clash}). Not read by {@link field}: the caller
   * reads it only when no other column gives the indicator (see
   * `resolveColumns`), as chemistry tables head columns with the symbol alone.
   */
  symbol(header: string): { indicator: IndicatorInfo; written?: string; same: boolean } | undefined {
    if (this.symbols.size === 0 || this.named(this.exact.get(trimCell(header)), header)) return undefined;
    const whole = headerRead(header);
    if (whole === undefined) return undefined;
    const text = symbolText(whole);
    const bare = this.symbolNamed(text);
    if (bare !== null) return bare === undefined ? undefined : { indicator: bare, same: true };
    const read = splitHeaderUnit(
      text,
      (label) => this.symbolNamed(label.replace(/^\[(.+)\]$/u, '$1')) ?? undefined,
      (written, ind) => this.units.compare(written, ind),
    );
    return read && { indicator: read.named, written: read.written, same: read.same };
  }

  /**
   * The one indicator whose label ends in a symbol (NFKC-folded), or in it
   * written as a keyboard writes it: a charge as `-` or `+`, or left out
   * (`Cl-`, `Cl` for `Cl⁻`), or another case (`So3` for `SO₃`) — these
   * only where no other label's symbol is written so, and never for a
   * single letter (`n` is not `N`; `d` is not `D`). `undefined` when two
   * labels end in it; `null` when none does.
   */
  private symbolNamed(text: string): IndicatorInfo | undefined | null {
    const exact = this.symbols.get(text);
    if (exact !== undefined) return exact.length === 1 ? exact[0] : undefined;
    if (text.length < 2) return null;
    const loose = this.looseSymbols().get(looseSymbolKey(text));
    if (loose === undefined) return null;
    return loose.length === 1 ? loose[0]! : undefined;
  }

  /** {@link symbols} keyed by {@link looseSymbolKey}, made on first use; single letters left out. */
  private looseSymbols(): Map<string, IndicatorInfo[]> {
    if (this.loosely === undefined) {
      this.loosely = new Map();
      for (const [symbol, inds] of this.symbols)
        if (symbol.length >= 2) for (const ind of inds) addTo(this.loosely, looseSymbolKey(symbol), ind);
    }
    return this.loosely;
  }

  private loosely: Map<string, IndicatorInfo[]> | undefined;

  /**
   * The indicator whose name or label the header is with a word for
   * "score" after it, as evaluation sheets head an assessor's scores:
   * `过程控制（分）`, `过程控制(分)`, `过程控制/分`, `过程控制得分`, `过程控制分数`,
   * `过程控制（自评分）`, `Process control (score)`, `Process control score`, or a score range (`过程控制（0-5分）`,
   * `过程控制（满分5分）`; {@link scoreRangeNote}, checked against the indicator's range by the caller) — only for an
   * indicator whose value is its points ({@link isPointsValued}) or whose
   * unit is 分, so the score is the value. `undefined` for any other header,
   * one that names two indicators, and one read otherwise ({@link label}).
   * Not read by {@link field}: the caller reads it only when no other
   * column gives the indicator (see `resolveColumns`).
   */
  score(header: string): IndicatorInfo | undefined {
    const text = headerRead(header)?.normalize('NFKC');
    if (text === undefined) return undefined;
    const word = SCORE_WORD.exec(text)?.[1];
    const note = word === undefined ? scoreRangeNote(text) : undefined;
    const label = word ?? note?.label;
    if (label === undefined || this.label(header) !== undefined) return undefined;
    const named = this.named(this.folded.get(foldLabel(label)), label);
    const ind = named?.length === 1 ? named[0]! : undefined;
    if (ind === undefined || ind.type === 'boolean' || ind.type === 'enum' || ind.type === 'string')
      return undefined;
    // The exact label of a computed value (a derived `…得分`) is that value's column, cross-checked, not this input.
    if (isComputedLabel(ind, text)) return undefined;
    if (isPointsValued(ind) || (ind.unit !== undefined && unitKey(ind.unit) === '分')) return ind;
    // A stated range the indicator's own range agrees with (`（0-5分）` under [0, 5]) says the column holds its
    // values, whatever makes points of them later (a derived `analysisScore * 20`, rule-format's advice for a 0–5
    // item; newcomer-35 M2). A range it does not agree with is not read, as before: the column is left to --map.
    return note !== undefined && rangeAgrees(note, ind) ? ind : undefined;
  }

  /**
   * The indicator whose label the header is but for the bracketed note that
   * ends the label (`安定性` for `安定性（沸煮法）`, `牌号` for `牌号（交货状态）`), or with a method in that note
   * said first (`沸煮法安定性`: see `methodFirst`;
   * full- or half-width brackets, white space and the label's symbol as
   * {@link label} reads them), when exactly one indicator's label or name
   * takes that form. `undefined` when none does, when two do (`抗压强度` for
   * `抗压强度（3d）` and `抗压强度（28d）`: which one is a guess), and when
   * the header is read otherwise ({@link label}, {@link clash}). Not read by
   * {@link field}: the caller reads it only when no other column gives the
   * indicator (see `resolveColumns`), as the note may be what tells two columns apart.
   */
  noteless(header: string): IndicatorInfo | undefined {
    const short = looseGet(this.notes, header);
    if (short?.length !== 1 || this.named(this.exact.get(trimCell(header)), header)) return undefined;
    return short[0];
  }

  /**
   * The indicator whose label less the bracketed note that ends it
   * ({@link noteless}) the header is with a unit after it, in the forms
   * {@link withUnit} reads: `Loss on ignition (%)`, `Loss on ignition %`,
   * `Loss on ignition, %`, `Insoluble residue/%` for `Loss on ignition (LOI)`,
   * `Insoluble residue (IR)` — an English label's note is its symbol, which
   * `烧失量 LOI` drops after a space and `烧失量（%）` reads without
   * (hostile-23 M2). `written` and `same` say which unit and whether it is the
   * indicator's: another is the unit error, as for a label. `undefined` when
   * the text before the unit is no such form of exactly one indicator, and
   * when the header is read otherwise ({@link label}, {@link clash},
   * {@link withUnit}). Not read by {@link field}: the caller reads it only
   * when no other column gives the indicator, as it does {@link noteless}.
   */
  notelessWithUnit(header: string): { indicator: IndicatorInfo; written: string; same: boolean } | undefined {
    if (this.notes.size === 0 || this.named(this.exact.get(trimCell(header)), header)) return undefined;
    if (this.withUnit(header) !== undefined) return undefined;
    const read = splitHeaderUnit(
      header,
      (label) => {
        const short = looseGet(this.notes, label);
        return short?.length === 1 ? short[0] : undefined;
      },
      (written, ind) => this.units.compare(written, ind),
    );
    return read && { indicator: read.named, written: read.written, same: read.same };
  }

  /**
   * The indicator whose name or label the header is, exactly or loosely (a
   * label with white space left out or added, `3天抗压强度`, or without the
   * symbol that ends it, `下屈服强度`, `氯离子`); `undefined` for any other
   * header, and for one that names two indicators ({@link clash}).
   */
  label(header: string): string | undefined {
    const named = this.named(this.exact.get(trimCell(header)), header);
    return named?.length === 1 ? named[0]!.name : undefined;
  }

  /**
   * The indicators a header names exactly when it names more than one: it
   * is one's name and another's label (`strength`, where `yield` is labelled
   * "strength"), or the label of two (`抗拉强度` for both), exactly or
   * loosely: `屈服强度` is `屈服强度 ReL` and `屈服强度 ReH` without their
   * symbols, and names both even where a third indicator is labelled
   * `屈服强度` exactly. A header that is an indicator's name is no safer
   * than a label here: a spreadsheet headed with labels may mean the other
   * one, and either reading would grade one indicator's values as the other's.
   */
  clash(header: string): readonly IndicatorInfo[] | undefined {
    const named = this.named(this.exact.get(trimCell(header)), header);
    return named !== undefined && named.length > 1 ? named : undefined;
  }

  /**
   * The indicators a text names: those it names exactly (`exact`) and those
   * whose label it is loosely ({@link labelLooseForms}), each once, in the
   * rule set's order; `undefined` for none. An exact match does not hide a
   * loose one of another indicator: both are named, so the caller sees a clash.
   */
  private named(exact: readonly IndicatorInfo[] | undefined, text: string): IndicatorInfo[] | undefined {
    const loose = looseGet(this.loose, text);
    if (!loose) return exact && [...exact];
    if (!exact) return loose;
    const all = [...new Set([...exact, ...loose])];
    return all.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /**
   * The field a header gives as an indicator: its name or label
   * ({@link label}), or its label or name followed by the indicator's own
   * unit. `undefined` for any other header, and for one that names two indicators.
   */
  field(header: string): string | undefined {
    if (this.clash(header)) return undefined;
    const exact = this.label(header);
    if (exact !== undefined) return exact;
    const unit = this.withUnit(header);
    return unit?.same && !unit.clash ? unit.indicator.name : undefined;
  }

  /**
   * The indicator and unit a header names, written as `label/unit`,
   * `label (unit)` (full-width brackets too), `label，unit`, `label unit`, `label%`, or a
   * Latin unit glued to a Chinese label (`氮ppm`, `抗拉强度kN`):
   * the text before the unit names an indicator (its name or label, NFKC-
   * folded; or a label loosely, as {@link label} reads one: `3天抗压强度(MPa)`,
   * `下屈服强度(MPa)`, `碳C(%)`) and the unit is one {@link KnownUnits} knows (see
   * {@link KnownUnits.compare}). A text after a slash that is no unit
   * (`SEER/APF`) is not one. After a space, a single Latin letter is a
   * symbol (`断后伸长率 A`, `碳 C`), not a unit. A text before the unit that
   * names several indicators gives them all in `clash`.
   */
  withUnit(header: string): HeaderUnit | undefined {
    const read = splitHeaderUnit(
      header,
      (label) => this.named(this.folded.get(label), label),
      (written, named) => {
        for (const indicator of named) {
          const unit = this.units.compare(written, indicator);
          if (unit !== undefined) return unit;
        }
        return undefined;
      },
    );
    if (!read) return undefined;
    const unit: HeaderUnit = {
      indicator: read.named[0]!,
      text: read.text,
      written: read.written,
      same: read.same,
    };
    if (read.named.length > 1) unit.clash = read.named;
    return unit;
  }
}

/**
 * A label and a word for "score" after it (NFKC-folded): in brackets
 * (`（分）`, `(得分)`, `（自评分）`, `(score)`), after a slash (`/分`), glued on (`得分`,
 * `分数`; not a bare `分`, which ends words: 成分, 水分) or after a space (`score`, `points`).
 */
const SCORE_WORD =
  /^(.*\S)\s*(?:\(\s*(?:分|分数|分值|得分|自评分|自评得分|评分|score|points?|pts)\s*\)|\[\s*(?:分|得分)\s*\]|\/\s*(?:分|分数|得分|score|points?|pts)|(?<=\p{Script=Han})\s*(?:得分|分数)|\s+(?:score|points))$/iu;

/**
 * A label without the bracketed note that ends it, full- or half-width
 * (`安定性（沸煮法）` → `安定性`, `Soundness (boiling method)` → `Soundness`);
 * `undefined` for a label without one, or that is a note alone.
 */
function withoutNote(label: string): string | undefined {
  const short = /^(.*\S)\s*\([^()]*\)$/u.exec(label.normalize('NFKC').trim())?.[1];
  return short === undefined || short.trim() === '' ? undefined : short;
}

/**
 * A header as the symbol it may be: NFKC-folded, without brackets round it
 * (`[N]`, `【N】`), the GB house style of a mass fraction `w(N)/%`, `w(N)`
 * (also `ω(N)`, `W(N)`, and `wN/%` without brackets) read as `N/%`, `N`, a `（质量分数）` note after the
 * symbol left out (`N（质量分数）/%`), a unit after a comma (`w(N),%`) or an
 * underscore as LIMS exports write it (`N_%`) as after a slash, and an
 * abbreviation with full stops (`I.R.`) without them.
 *
 * @example
 * symbolText('ω(N)/%'); // 'N/%'
 */
function symbolText(header: string): string {
  const text = header
    .normalize('NFKC')
    .replace(/^[[【〔]\s*(.+?)\s*[\]】〕]$/u, '$1')
    .replace(/^[wWω]\s*\(\s*([A-Za-z][A-Za-z0-9]*[+\-\u2212]?)\s*\)\s*/u, '$1')
    // `wN/%`, `wIR/%`, `ωLOI,%` (hostile-23 W7), `wN` (hostile-24 W8): the same without the brackets, a capital after the w.
    .replace(/^[wω]([A-Z][A-Za-z0-9]*[+\-\u2212]?)(?=\s*[/,，_]|$)/u, '$1')
    .replace(/^([A-Za-z][A-Za-z0-9]*[+\-\u2212]?)\s*\(\s*质量分数\s*\)\s*/u, '$1')
    // `L.O.I.(%)`, `I.R./%` too: the dotted abbreviation before a unit (hostile-25 W5).
    .replace(/^((?:[A-Z]\.){1,3}[A-Z])\.?(?=$|\s*[(/,，_%])/u, (dotted) =>
      dotted.replace(/\.$/u, '').replaceAll('.', ''),
    );
  return text.replace(/^([A-Za-z][A-Za-z0-9]*[+\-\u2212]?)(?:_|\s*[,，]\s*)([^_,，\s]{1,8})$/u, '$1/$2');
}

/** A symbol as {@link IndicatorHeaders} compares it loosely: Latin case folded, a charge (`−`, `-`, `+`) left out. */
function looseSymbolKey(symbol: string): string {
  return symbol.toLowerCase().replace(/[+\-\u2212]$/u, '');
}

/** Adds an indicator to the list a text names, once. */
function addTo(map: Map<string, IndicatorInfo[]>, text: string, ind: IndicatorInfo): void {
  const named = map.get(text);
  if (!named) map.set(text, [ind]);
  else if (!named.includes(ind)) named.push(ind);
}

/**
 * The first way a header divides into a text and a unit after it, in the
 * forms {@link IndicatorHeaders.withUnit} reads (`text/unit`, `text (unit)`,
 * `text，unit`, `text unit`, `text%`), where `named` knows the text (given NFKC-folded,
 * trimmed, white space made one space) and `unit` reads the unit for what
 * it names (`undefined`: no unit). Shared by the labels and `--map`'s columns.
 *
 * @example
 * splitHeaderUnit('屈服强度/MPa', (t) => (t === '屈服强度' ? t : undefined), () => 'same');
 * // { named: '屈服强度', text: '屈服强度', written: 'MPa', same: true }
 */
export function splitHeaderUnit<T>(
  header: string,
  named: (label: string) => T | undefined,
  unit: (written: string, named: T) => 'same' | 'other' | undefined,
): { named: T; text: string; written: string; same: boolean } | undefined {
  const text = headerRead(header);
  if (text === undefined) return undefined;
  // Most headers have none of these: no folding for them.
  if (
    !/[/／)）\]］】〕〗}｝>》〉\s\u3000%％‰℃,，:：-]|°C|_[^_\s]+$|\p{Script=Han}[A-Za-zμµ][\w²³]*$/u.test(
      text,
    ) &&
    !MEASURED_AFTER.test(text)
  )
    return undefined;
  for (const [label, written] of splits(text.normalize('NFKC'))) {
    const before = foldLabel(label);
    const found = named(before);
    if (found === undefined) continue;
    const read = unit(written, found);
    if (read === undefined) continue;
    return { named: found, text: before, written: written.trim(), same: read === 'same' };
  }
  return undefined;
}

const READERS = new WeakMap<readonly IndicatorInfo[], IndicatorHeaders>();

/**
 * The {@link IndicatorHeaders} of a rule set's indicators, made once: a
 * header is read cell by cell (a wide table's too), and the labels folded once.
 *
 * @example
 * indicatorHeaders(ruleSet.indicators).field('下屈服强度 ReL/MPa'); // 'yieldStrength'
 */
export function indicatorHeaders(indicators: readonly IndicatorInfo[]): IndicatorHeaders {
  let headers = READERS.get(indicators);
  if (!headers) {
    headers = new IndicatorHeaders(indicators);
    READERS.set(indicators, headers);
  }
  return headers;
}

/** Words for the measured value a lab writes after a label (`烧失量 实测值`, `烧失量检测值`), loose (no white space). */
const MEASURED = ['实测值', '实测', '检测值', '测定值', '测试值', '测量值', '结果', '含量'];

/**
 * A loose form of an English label of two words or more (`lossonignition(loi)`), its case folded and hyphens
 * left out, so `Loss on Ignition`, `LOSS ON IGNITION`, `loss-on-ignition` read as `Loss on ignition` (hostile-25
 * M1); a symbol keeps its case (`d` is not `D`), so anything else gets a key no header's loose form has.
 */
function caseless(form: string): string | undefined {
  const words = form.replace(/-/gu, '');
  return /^[A-Za-z]{8,}(?:\([A-Za-z]+\))?$/u.test(words) ? `\0${words.toLowerCase()}` : undefined;
}

/** Whether a label is English words, two or more (`Loss on ignition`): only those are read whatever their case (`SOUNDNESS` is not `Soundness`). */
function words(label: string): boolean {
  return /^[A-Za-z]+(?:[\s-]+[A-Za-z]+)+(?:\s*\([^()]*\))?$/u.test(label.normalize('NFKC').trim());
}

/** The indicators a text names in a map of loose forms: as written ({@link looseKey}), else {@link caseless}. */
function looseGet(map: ReadonlyMap<string, IndicatorInfo[]>, text: string): IndicatorInfo[] | undefined {
  const key = looseKey(text);
  const found = map.get(key);
  if (found !== undefined) return found;
  const folded = caseless(key);
  return folded === undefined ? undefined : map.get(folded);
}

/** Closing bracket → its opening one, after NFKC (which folds `（`, `［`, `｛`, `＜` to ASCII but keeps `〔`, `《`). */
const BRACKETS: ReadonlyMap<string, string> = new Map([
  [')', '('],
  [']', '['],
  ['】', '【'],
  ['〕', '〔'],
  ['〗', '〖'],
  ['}', '{'],
  ['>', '<'],
  ['》', '《'],
  ['〉', '〈'],
]);

/** A word for "measured" (实测, 实测值, 检测值, …) after a header's bracketed unit: `烧失量(%)实测`. */
const MEASURED_AFTER = /(?<=[)\]】〕〗}>》〉）］｝＞])\s*(?:实测值?|测定值|检测值|测试值|测量值|结果)$/u;

/** Each way an (NFKC-folded) header divides into a label and a unit after it. */
function* splits(text: string): Generator<[string, string]> {
  // `label (unit)`, `label [unit]`; the unit may hold brackets itself: `噪声 (dB(A))`.
  // `〔kW〕`, `{kW}`, `<kW>`, `《kW》` as well (hostile-25 W6: read as no unit, they were mapped and graded as W).
  // `烧失量(%)实测`, `额定制冷量 CC（KW）实测`: a word for "measured" after the bracket is no part of the unit (hostile-25 W5/W6).
  const bracketed = text.replace(MEASURED_AFTER, '');
  const close = bracketed.at(-1);
  const open = close === undefined ? undefined : BRACKETS.get(close);
  if (open !== undefined) {
    let depth = 0;
    for (let i = bracketed.length - 1; i >= 0; i--) {
      if (bracketed[i] === close) depth++;
      else if (bracketed[i] === open && --depth === 0) {
        yield [bracketed.slice(0, i), bracketed.slice(i + 1, -1)];
        break;
      }
    }
  }
  // `额定制冷量（kW）CC`: the unit in brackets before the label's symbol (hostile-24 W5), read as `额定制冷量 CC（kW）`.
  const before = /^(.*[^\s(])\s*\(([^()]+)\)\s*([A-Za-z][A-Za-z0-9]{0,5})$/u.exec(text);
  if (before) yield [`${before[1]} ${before[3]}`, before[2]!];
  // `label/unit`; the unit may hold a slash itself: `抗拉强度 Rm/N/mm2`.
  for (let i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1))
    yield [text.slice(0, i), text.slice(i + 1)];
  // `烧失量 w/%`: the mass-fraction sign between the label and its unit, as GB tables write `w/%` (hostile-25 M1).
  const mass = /^(.*\S)\s+[wω]\s*\/\s*(\S+)$/u.exec(text);
  if (mass) yield [mass[1]!, mass[2]!];
  // `label，unit`, `label, unit` (GB tables' style; `，` folded to `,`): the unit after the last comma.
  const comma = /^(.*[^\s,])\s*,\s*([^,\s]+)$/u.exec(text);
  if (comma) yield [comma[1]!, comma[2]!];
  // `label unit`: a unit set apart by a space; a single letter there is the label's symbol, but for `h` (`H`) and `s`,
  // which the caller reads as hours and seconds only after a time's label (`终凝时间 h`, `终凝时间 H`).
  const spaced = /^(.+?)\s+(\S+)$/u.exec(text);
  if (spaced && !/^[A-GI-Zac-gi-rt-z]$/.test(spaced[2]!)) yield [spaced[1]!, spaced[2]!];
  // `额定制冷量 CC-KW`, `终凝时间:h` (`：` folded to `:`): a unit after a hyphen or a colon (hostile-25 W6). Not a
  // charge that ends a symbol (`Cl-`): something must follow the sign; and only after a Chinese label (`N-%` is
  // left to the close check, as a symbol with a hyphen is: hostile-22 M1).
  const sign = /^(.*\p{Script=Han}.*[^\s:-])\s*[:-]\s*([^:\-\s]+)$/u.exec(text);
  if (sign) yield [sign[1]!, sign[2]!];
  // `额定制冷量 CC_kW`: a unit after an underscore, as LIMS exports write it (hostile-24 W4).
  const underscore = /^(.*[^\s_])_([^_\s]+)$/u.exec(text);
  if (underscore) yield [underscore[1]!, underscore[2]!];
  // `label%`: a unit no label ends with.
  const glued = /^(.*\S)(%|‰|°C)$/u.exec(text);
  if (glued) yield [glued[1]!, glued[2]!];
  // `氮ppm`, `抗拉强度kN`: Latin letters glued to Chinese, read as a unit only when the caller knows it as one
  // (a symbol, `碳C`, `屈服强度ReL`, is none; a single letter counts only as the indicator's own unit).
  const latin = /^(.*\p{Script=Han})([A-Za-zμ][\w/]*)$/u.exec(text);
  if (latin) yield [latin[1]!, latin[2]!];
}

/** Whether a header's score range is one the indicator's `range` states: the same full marks, a low end within it. */
function rangeAgrees(note: ScoreRangeNote, ind: IndicatorInfo): boolean {
  const band = ind.range === undefined ? undefined : parseBand(ind.range)?.band;
  // An open top (`≥ 0`) states no full marks for the header's to agree with.
  if (band === undefined || band.upper !== note.high) return false;
  return !rangeDiffers(note, band);
}
