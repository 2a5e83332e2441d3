import { type IndicatorInfo, isComputedLabel } from '../resolve/rule-set';
import { closestName, closestTies } from '../text/closest-name';
import { foldLabel } from '../text/fold-label';
import { splitLabelSymbol } from '../text/loose-label';
import { trimCell } from './convert-value';
import { endingBracket } from './ending-bracket';
import { countedEvent, countsEvent } from './event-count';
import { columnForms, indicatorForms, lettersEnd, normaliseHeader } from './header-forms';
import { HEADER_READ_LENGTH } from './header-read';
import { splitHeaderUnit } from './header-unit';
import { numberedCell } from './numbered-cell';
import { numberedHeaders } from './numbered-headers';
import { countBasis, isDimensionless, isKnownUnit, KnownUnits, sameUnitKey, unitKey } from './units';

/** A column that is not read but is close to an indicator no column gives ({@link closeColumns}). */
export interface CloseColumn {
  /** The column, 0-based. */
  index: number;
  /** Its header as written, trimmed. */
  column: string;
  /** The indicator it is close to. */
  indicator: IndicatorInfo;
  /** The unit it writes when that is not the indicator's (`h`, `kN/mm²`, `mass%`): mapping it would read its values in the wrong unit. */
  written?: string;
  /** Whether the column counts the indicator's event (`重大质量事故次数`): a count above 0 reads as yes, 0 as no. */
  counts?: true;
  /** Whether the column negates the indicator's label (`非风冷式` for `风冷式`, `不合格` for `合格`): its yes/no values say the opposite. */
  negated?: boolean;
  /**
   * Whether the column gives only part of the indicator's label, the rest being a qualifier it leaves out or
   * says otherwise (`安定性` or `沸煮法安定性` for 压蒸安定性合格, `屈服强度` and `上屈服强度` for 下屈服强度,
   * `7天抗压强度` for 3 天抗压强度): it may be another test of the same property, so no mapping is offered for it.
   */
  partial?: true;
  /**
   * Other indicators no column gives that the column is as close to, by a likely typo, as to `indicator`
   * (`compressive2d`: compressive3d and compressive28d): which one it is would be a guess, so all are named and none
   * is offered to map.
   */
  tied?: IndicatorInfo[];
}

/**
 * The columns of a header that give no indicator but are close to one that
 * no column gives: a column whose name, once normalised (NFKC, so full-width
 * letters and the ideographic space fold; white space removed; Latin case
 * folded), is an indicator's name or label, its label without the symbol or
 * bracketed note at its end (`额定制冷量` for `额定制冷量 CC`), or a likely typo
 * of one, or (failing those) the end of one, its qualifier left out (`直径`
 * for `公称直径 d`) when it ends no other indicator's, or the others it ends
 * take a default and the indicator is required (`类型` ends 机组类型 and
 * 气候类型: close to unitType, which every record must give), or a label of
 * three Chinese characters or more with a qualifier before it (`冷凝器风冷式`); the column's own bracketed note (a unit: `APF（W/W）`) is
 * looked past too, and the wordings {@link columnForms} sets aside. A note
 * column (`气候类型说明`, `…备注`) is close to nothing. Each indicator gets one column at most, each column one
 * indicator. What is done with them is the caller's: a hint
 * ({@link headerHints}), or an error when the indicator would take its
 * default instead (see `defaultedColumnError`).
 *
 * @param excluded - columns not to point at: mapped with `--map` or kept with `--keep`
 * @param passRepeats - pass over a column in a form of an indicator a column gives and of none no column gives
 *   (`沸煮法安定性` beside `安定性（沸煮法）`): that indicator said again, for the caller's near-duplicate check to name
 * @example
 * closeColumns(['氮(mass%)'], [''], indicators, new Set()); // [{ index: 0, column: '氮(mass%)', indicator: nitrogen, written: 'mass%' }]
 */
export function closeColumns(
  headers: readonly string[],
  fields: readonly string[],
  indicators: readonly IndicatorInfo[],
  excluded: ReadonlySet<string>,
  passRepeats = false,
): CloseColumn[] {
  const given = new Set(fields);
  const missing = indicators.filter((i) => !given.has(i.name));
  if (missing.length === 0) return [];
  const indicatorNames = new Set(indicators.map((i) => i.name));
  const allForms = indicators.map(indicatorForms);
  const veto = vetoIndicator(indicators);
  // The forms of the indicators a column gives, and of those none gives: a column in one of the first and none of
  // the second says a read indicator again.
  const formsWhere = (read: boolean) =>
    new Set(
      passRepeats
        ? indicators.flatMap((ind, i) => (given.has(ind.name) === read ? [...allForms[i]!] : []))
        : [],
    );
  const givenForms = formsWhere(true);
  const missingForms = formsWhere(false);
  // The characters of each missing indicator's forms and labels: every likeness read below but the veto's needs one
  // in common with the column (a form and its ends, a typo within a third of its length, a symbol, shared words).
  const ownCharacters = new Map(
    missing.map((ind) => [
      ind,
      charactersOf([...allForms[indicators.indexOf(ind)]!, ind.name, ind.label.zh, ind.label.en]),
    ]),
  );
  const anyCharacter = new Set([...ownCharacters.values()].flatMap((set) => [...set]));
  // A veto column is known by its own words (`否决项`), not the indicator's.
  const sharedNeeded = veto === undefined || given.has(veto.name);
  const candidates: Candidate[] = [];
  // Each form to the columns that have it, in column order: a wide header is looked up, not scanned, per indicator.
  const byForm = new Map<string, Candidate[]>();
  headers.forEach((h, index) => {
    const column = trimCell(h);
    if (column === '' || excluded.has(column) || indicatorNames.has(fields[index] ?? '')) return;
    // A header too long to read its words (hostile-35 S1), even with its runs of white space folded, is pointed
    // at by none: the likeness readings below run on the text as written.
    if (column.length > HEADER_READ_LENGTH) return;
    // A column sharing no character with any indicator no column gives is close to none: passed over before its
    // forms are made (hostile-36 F4: 16,000 columns `x0`…`x15999` cost 2.2 s of CPU, each held to every reading).
    const characters = [...charactersOf([column])];
    if (sharedNeeded && !characters.some((ch) => anyCharacter.has(ch))) return;
    // `气候类型说明`, `结构形式备注`: a note beside the quantity, never the quantity itself.
    if (NOTE.test(normaliseHeader(column))) return;
    // `V-notch`, `Ni-plated` (a word after a hyphen), `Mo.`, `N.` (abbreviations), `N/A`, a ratio `Cr/Ni` (hostile-24 M3).
    if (NOT_A_SYMBOL.test(column.normalize('NFKC'))) return;
    // A computed value's own label (a derived `…得分`): its column is cross-checked, not an input to hint at.
    if (indicators.some((i) => isComputedLabel(i, column))) return;
    const forms = hintForms(column);
    // `沸煮法安定性` beside `安定性（沸煮法）`: the read indicator again, which the near-duplicate check names with the
    // column that gives it; never the indicator close to it that no column gives (压蒸安定性合格). Not `安定性（压蒸法）`:
    // one of its forms (`压蒸安定性`) is that indicator's own.
    if (passRepeats) {
      const plain = [...columnForms(column)];
      if (plain.some((f) => givenForms.has(f)) && !plain.some((f) => missingForms.has(f))) return;
    }
    const candidate: Candidate = {
      index,
      column,
      forms,
      key: normaliseHeader(column),
      characters,
    };
    // `一票否决：重大质量事故`, `【否决项】重大质量事故`: what follows the heading is the column's quantity (enterprise-23 W9).
    const rest = afterHeading(column);
    if (rest !== undefined && !NOTE.test(normaliseHeader(rest))) {
      candidate.rest = normaliseHeader(rest);
      for (const f of hintForms(rest)) candidate.forms.add(f);
    }
    candidates.push(candidate);
    for (const form of candidate.forms) {
      const list = byForm.get(form);
      if (list) list.push(candidate);
      else byForm.set(form, [candidate]);
    }
  });
  if (candidates.length === 0) return [];
  const close: CloseColumn[] = [];
  const units = new KnownUnits(indicators);
  const pointed = new Set<string>();
  let numberedAt: ReadonlySet<string> | undefined;
  const numbered = () => (numberedAt ??= numberedHeaders(headers.map(trimCell)));
  // A short ending that ends the labels of two indicators (`类型`: 机组类型, 气候类型) points at neither, but at the
  // one of them every record must give when the others have a default: without it every record is invalid with no
  // word of the column (committee-38 F7), and it is a hint, never a reading.
  const endsOne = (form: string, ind: IndicatorInfo) => {
    const ending = indicators.filter((_, i) =>
      [...allForms[i]!].some((f) => f.length > form.length && f.endsWith(form)),
    );
    return ending.length === 1 || (ind.required && ending.every((i) => i === ind || defaulted(i)));
  };
  for (const ind of missing) {
    const forms = allForms[indicators.indexOf(ind)]!;
    const open = (c: Candidate) => !pointed.has(c.column);
    // Those sharing no character with this indicator are passed over but for the veto's readings.
    const own = ownCharacters.get(ind)!;
    const near = candidates.filter((c) => c.characters.some((ch) => own.has(ch)));
    // A reading that holds the column to only part of the label (its end, shared words, a character changed) marks it
    // `partial` when the label's modifier is left out or said otherwise: the rest of the label may name another test
    // (`安定性` of 压蒸安定性合格, `上屈服强度` for 下屈服强度). Not the veto's: its headings are the sheet's own.
    let partial = false;
    const loose = (found: Candidate | undefined) => {
      if (found && ind !== veto && keys(found).every((k) => leavesOutModifier(k, forms))) partial = true;
      return found;
    };
    const match =
      firstInOrder([...forms].flatMap((f) => byForm.get(f)?.find(open) ?? [])) ??
      near.find((c) => open(c) && typoKeys(c).some((k) => k.length >= 4 && typoOf(k, forms) === 'typo')) ??
      loose(
        near.find((c) => open(c) && typoKeys(c).some((k) => k.length >= 4 && typoOf(k, forms) === 'other')),
      ) ??
      loose(near.find((c) => open(c) && [...c.forms].some((f) => endsLabel(f, forms) && endsOne(f, ind)))) ??
      near.find((c) => open(c) && [...c.forms].some((f) => qualifiesLabel(f, forms))) ??
      // `额定容量(kg)` for 额定洗涤容量 in kg: two Chinese characters or more shared at an end, and the same unit (newcomer-27 M6).
      (ind.unit === undefined
        ? undefined
        : loose(near.find((c) => open(c) && sharesEndInUnit(c, unitKey(ind.unit!), forms, units)))) ??
      // Looser, only where the default would stand in silently: a record that must give the indicator is invalid anyway.
      (defaulted(ind) ? near.find((c) => open(c) && holdsSymbol(c.column, ind)) : undefined) ??
      (defaulted(ind)
        ? loose(near.find((c) => open(c) && keys(c).some((k) => sharesWords(k, forms))))
        : undefined) ??
      // `否决项` alone: the sheet's veto column, and the rule set has one veto (enterprise-23 W9).
      (ind === veto ? candidates.find((c) => open(c) && [...c.forms].some(isVetoHeader)) : undefined) ??
      // `重大质量事故次数` holding 1: a count of the veto's event, some of which is yes (hostile-27 W2).
      (ind === veto && countsEvent(ind)
        ? candidates.find((c) => open(c) && countsVeto(c, forms))
        : undefined);
    if (!match) continue;
    pointed.add(match.column);
    const found: CloseColumn = { index: match.index, column: match.column, indicator: ind };
    // A specimen numbered after the name (`透光率1(%)`, not read: alone, or out of order): its unit is the one after
    // the number, not `1(%)` (newcomer-38 M5: "convert its values to %" for values in %).
    const numberedName = ind.specimens !== 0 ? numberedCell(match.column)?.name : undefined;
    const header = numberedName ?? match.column;
    const written = otherUnit(header, ind, units) ?? unreadUnit(header, ind, units);
    // `透光率(1)` beside `透光率(2)`: a specimen's number, not the unit one.
    if (written !== undefined && !(isDimensionless(written) && numbered().has(match.column)))
      found.written = written;
    if (keys(match).some((k) => negates(k, forms))) found.negated = true;
    if (ind === veto && countsVeto(match, forms)) found.counts = true;
    // Which kind it is, of an indicator whose values are the kinds: its cells say which, and are held to them.
    if (partial && !asksItsKind(match, ind)) found.partial = true;
    const tied = formTies(match, ind, missing, allForms, indicators);
    if (tied.length > 0) found.tied = tied;
    close.push(found);
  }
  return close;
}

/**
 * Whether a column (normalised) is one of an indicator's forms with a
 * negation before it (非, 不, 无, 未, 没, `not`, `non`): `非风冷式` for
 * `风冷式`. Read as the indicator, its yes/no values would be inverted.
 */
function negates(key: string, forms: ReadonlySet<string>): boolean {
  const rest = /^(?:非|不|无|未|没有|没|not-?|non-?)(.+)$/u.exec(key)?.[1];
  if (rest === undefined) return false;
  for (const f of forms) if (!/^(?:非|不|无|未|没|not|non)/u.test(f) && rest.startsWith(f)) return true;
  return false;
}

/**
 * Whether a column counts a veto's event (`重大质量事故次数`, `重大事故起数`, `近三年重大质量事故（次）`): its header
 * without the count's word ({@link countedEvent}) heads a veto column or is, or shares the words of, the indicator's label.
 */
function countsVeto(c: { forms: ReadonlySet<string> }, forms: ReadonlySet<string>): boolean {
  for (const f of c.forms) {
    const event = countedEvent(f);
    if (event === undefined) continue;
    // A count of 质量事故 may count minor ones too (`一般质量事故1起` is let be): the event must be the major one.
    if (isVetoHeader(event) || forms.has(event) || (MAJOR.test(event) && sharesWords(event, forms)))
      return true;
  }
  return false;
}

const MAJOR = /重大|major|serious/u;

/**
 * Whether a column's header counts the event of a rule set's veto indicator (`veto`: {@link vetoIndicator}), as
 * {@link closeColumns} reads it: `重大质量事故次数` for 近三年发生重大质量事故.
 *
 * @example
 * countsVetoColumn('重大质量事故次数', majorQualityIncident); // true
 */
export function countsVetoColumn(column: string, veto: IndicatorInfo): boolean {
  return countsEvent(veto) && countsVeto({ forms: hintForms(column) }, indicatorForms(veto));
}

/** Whether no record must give the indicator (a default, or optional): a column left unread would go unseen. */
function defaulted(ind: IndicatorInfo): boolean {
  return !ind.required && !ind.conditionallyRequired;
}

/**
 * Whether a column holds the symbol an indicator's label ends in as a
 * token among other words: a Latin run that is the symbol with one capital
 * before it (`TN`, total nitrogen), a word of three lower-case letters
 * or more before it (`totalN`), a qualifier after it (`Ntotal`, `N-tot`; not
 * `Notes`, `Vendor`: words that start with a symbol) or a number after it
 * (`N2`), or the symbol apart from Chinese words (`N总`, `总氮 N`); or the
 * label's one Chinese character, an element's name, among others (`全氮`,
 * `氮N总`). Not a symbol with `_` and a word of provenance after it (`V_source`,
 * `Cr_batch`: metadata, as `V_note` is), a symbol inside another's (`Si`, `Ceq`, `MPa` hold no `S`,
 * `C`, `P`), one with more round it (`CEV`, `KV2` hold no `V`), or a sum (`V+Nb`).
 */
function holdsSymbol(column: string, ind: IndicatorInfo): boolean {
  const text = column.normalize('NFKC');
  // `V_source`, `Cr_batch`: what a LIMS export says about the value beside it, not the value (hostile-22 M2).
  if (METADATA.test(text)) return false;
  for (const label of [ind.label.zh, ind.label.en]) {
    const split = splitLabelSymbol(label);
    if (split === undefined) continue;
    const name = split.text.trim();
    if (/^\p{Script=Han}$/u.test(name) && text.includes(name)) return true;
    const symbol = split.symbol.replace(/\u2212$/u, '');
    // `V+Nb`, `Cr+Ni+Cu`: a sum of elements, another quantity.
    if (/[A-Za-z0-9]\s*\+\s*[A-Za-z]/u.test(text)) continue;
    for (const run of text.match(/[A-Za-z0-9]+/gu) ?? []) if (symbolToken(run, symbol)) return true;
  }
  return false;
}

/** A symbol followed by `_` or `-` and a word that says where a value came from or how it was got, not the value. */
const METADATA =
  /^[A-Za-z][A-Za-z0-9]{0,3}[_-](?:source|src|origin|lot|batch|heat|test|method|lab|note|notes|remark|comment|unit|date|time|id|by|operator|instrument|status|flag|ref|std|standard|spec|qualifier)$/iu;

/**
 * Keys and headers that start with a symbol but are not it: a symbol with a word after a hyphen that is no
 * qualifier (`V-notch`, the Charpy notch; `Ni-plated`), an abbreviation with a full stop (`Mo.`, `N.`),
 * "not applicable" (`N/A`, `n/a`, `N.A.`), and a ratio of two symbols (`Cr/Ni`, `Ti/N`, `Cr:Ni`, `Cr/Ni ratio`,
 * `Cr/Ni比`: another quantity, as `V+Nb` is; `N/%`, `N/ppm` are a symbol and its unit).
 */
const NOT_A_SYMBOL =
  /^(?:[A-Za-z]{1,2}-(?!(?:total|tot|free|sol|soluble|insol|content|pct|percent|max|min|avg|mean|value|val|meas|measured)$)[a-z]{3,}|[A-Za-z]{1,2}\.|[Nn]\/[Aa]|[Nn]\.\s*[Aa]\.?|[A-Z][a-z]?\s*[/:]\s*[A-Z][a-z]?(?:\s*(?:ratio|比值?))?)$/u;

/** What a lab writes straight after a symbol to qualify it (`Ntotal`, `Nfree`, `Crmax`): the quantity, qualified. */
const QUALIFIER_AFTER =
  /^(?:total|tot|free|sol|soluble|insol|content|pct|percent|max|min|avg|mean|value|val|meas|measured)$/u;

/**
 * Whether a Latin run is a symbol with at most a qualifier round it (`TN`, `Ntotal`, `N2`, `totalN`; see
 * {@link holdsSymbol}); case matters (`Ni` is no `N`).
 */
export function symbolToken(run: string, symbol: string): boolean {
  for (let at = run.indexOf(symbol); at >= 0; at = run.indexOf(symbol, at + 1)) {
    const before = run.slice(0, at);
    const after = run.slice(at + symbol.length);
    const head = before === '' || /^[A-Z]$/u.test(before) || /^[a-z]{3,}$/u.test(before);
    // Only a qualifier after it: `Notes`, `Vendor`, `Customer`, `Nitrogen` are words that start with a symbol.
    const tail = after === '' || /^\d{1,2}$/u.test(after) || QUALIFIER_AFTER.test(after);
    // Something on one side only: `KV2` (a capital before, a number after) is another quantity's symbol.
    if ((before === '' && tail) || (after === '' && head)) return true;
  }
  return false;
}

/**
 * Whether a column asks which kind (`类型`, `压缩机类型`, `…形式`, `…方式`) of an indicator whose values are named
 * kinds: an enum (热泵型/单冷型), or a yes/no with value labels (全封闭型/非全封闭型). Each of its cells is read
 * against those names and refused when it is none of them, so a column of another kind (气候类型's T1 read as
 * 机组类型) makes the record invalid and is never graded: what the label's words it leaves out (机组, 全封闭型) say is
 * checked cell by cell, and the column keeps its ready `--map`. A number (`直径` for 公称直径 d: a measured 内径 13.4
 * would take 6–12 mm's tolerance) or a yes/no without such labels (`安定性` for 压蒸安定性合格) is not held so.
 */
function asksItsKind(c: Candidate, ind: IndicatorInfo): boolean {
  const named = ind.type === 'enum' || (ind.type === 'boolean' && ind.valueLabels !== undefined);
  return named && keys(c).some((k) => /^\p{Script=Han}*(?:类型|形式|型式|方式|种类|类别)$/u.test(k));
}

/** Words that say "which kind" after a quantity (`气候类型`, `结构形式`, `冷却方式`, `…情况`): not what tells one quantity from another. */
const KIND = /(?:类型|形式|型式|方式|种类|类别|情况|代号)$/u;

/**
 * Whether a Chinese column shares an indicator's distinctive words, the
 * words of kind (`类型`, `形式`, `情况`…) and a `是否` before aside: it is a
 * word of the label (`气候` of `气候类型`, `结构类型` of `结构形式`, `压缩机类型`
 * and `全封闭` of `全封闭型压缩机`), starts or ends one (`重大质量事故情况` of
 * `近三年发生重大质量事故`), or is two or three words of one in order (`重大事故`,
 * `近三年重大事故`), a bracketed note after it aside (`重大事故（近三年）`), or
 * one with a qualifier of one to three characters before it (`机组结构`).
 * Two characters at least each, so `质量`, `型号`, `日期` share none.
 */
function sharesWords(key: string, forms: ReadonlySet<string>): boolean {
  // `重大事故（近三年）`: the note in brackets after it qualifies it, as a word before it does.
  // The outer brackets, balanced: `重大事故（近三年（2022–2024））` as `重大事故（近三年）` (committee-26 F7).
  const core = (endingBracket(key)?.before ?? key).replace(/^是否/u, '').replace(KIND, '');
  if (!/^\p{Script=Han}{2,}$/u.test(core)) return false;
  for (const form of forms) {
    if (!/^\p{Script=Han}{2,}$/u.test(form)) continue;
    for (const word of form.replace(KIND, '').split(/类型|形式|型式|方式|型/u)) {
      if (word.length < 2) continue;
      if (word.startsWith(core) || word.endsWith(core)) return true;
      if (inOrder(core, word, 3)) return true;
      // A qualifier of one to three characters before a shared word: `机组结构` (结构 of 结构形式).
      for (let cut = 1; cut <= 3 && core.length - cut >= 2; cut++) {
        const rest = core.slice(cut);
        if (word.startsWith(rest) || word.endsWith(rest)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a text is two or three words of another, two characters or more each, in order: `重大事故` and
 * `近三年重大事故` (a qualifier before) of `近三年发生重大质量事故` (hostile-22 W7). Headers are short: the
 * cuts are few.
 */
function inOrder(core: string, word: string, pieces: number, from = 0, first = true): boolean {
  if (core.length >= 2 && !first && word.indexOf(core, from) >= 0) return true;
  if (pieces < 2) return false;
  for (let cut = 2; cut <= core.length - 2; cut++) {
    const at = word.indexOf(core.slice(0, cut), from);
    if (at >= 0 && inOrder(core.slice(cut), word, pieces - 1, at + cut, false)) return true;
  }
  return false;
}

/**
 * The one indicator a veto column (`否决项`, `一票否决`) can mean: a yes/no
 * indicator no record must give whose requirements ask for "no" (`meets`
 * false: 近三年发生重大质量事故, where 是 caps the level), when the rule set
 * has exactly one; `undefined` when it has none or several (which one the
 * column vetoes by would be a guess: the column is let be, as before).
 */
export function vetoIndicator(indicators: readonly IndicatorInfo[]): IndicatorInfo | undefined {
  const vetoes = indicators.filter((i) => i.type === 'boolean' && i.meets === false && defaulted(i));
  return vetoes.length === 1 ? vetoes[0] : undefined;
}

/**
 * A header (normalised) that names a veto column and nothing else: `否决项`, `一票否决`, `是否否决`, `veto`; or a
 * major event in the words a sheet heads its veto column with, `重大` or `major` first (`重大质量问题`,
 * `重大事故`, `Major incident`: hostile-24 W10). `质量问题` alone is let be: it may count complaints.
 */
const VETO =
  /^(?:是否)?(?:一票)?否决(?:项目?|指标|条件|事项|情况)?$|^veto(?:items?)?$|^(?:近[一二两三四五\d]年内?)?(?:是否)?(?:发生)?重大(?:质量)?(?:问题|事故|事件)$|^(?:major|serious)(?:quality)?(?:incidents?|accidents?|issues?|problems?)$/u;

/**
 * Whether a header form ({@link hintForms}: normalised, perhaps without a `是否` or a `（是/否）`)
 * names a veto column and nothing else.
 *
 * @example
 * isVetoHeader('一票否决项'); // true
 */
export function isVetoHeader(form: string): boolean {
  return VETO.test(form);
}

/** A column that notes something (`…说明`, `…备注`, `… remark`): never close to an indicator. */
const NOTE = /^.+(?:说明|备注|注释|remarks?|notes?)$/u;

interface Candidate {
  index: number;
  column: string;
  forms: Set<string>;
  /** Each way the header divides into a text (normalised) and a known unit (its key) after it, made on first use. */
  units?: [string, string][];
  /** The whole header normalised, held to each indicator's forms for a typo. */
  key: string;
  /** The text after a heading before it ({@link afterHeading}), normalised, held to them the same way. */
  rest?: string;
  /** Each character of the header, lower-cased ({@link charactersOf}): its forms and keys are made of them. */
  characters: string[];
}

/**
 * The characters of some texts, NFKC-folded and lower-cased, white space aside (no form holds any): what a column
 * and an indicator must share for any likeness {@link closeColumns} reads but the veto's (a form, its end, a typo, a
 * symbol, shared words). A column's forms and keys are made of its own characters.
 */
function charactersOf(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts)
    for (const ch of text.normalize('NFKC').toLowerCase()) if (!/\s/u.test(ch)) found.add(ch);
  return found;
}

/** A candidate's keys: the whole header, and the text after its heading if it has one. */
function keys(c: Candidate): string[] {
  return c.rest === undefined ? [c.key] : [c.key, c.rest];
}

/**
 * A candidate's keys held to the indicators' forms for a typo: {@link keys}, and its forms that are the header with
 * its end cut off — a unit or note after it (`可见光透过率/%` → `可见光透过率`, two characters from `可见光透射比`:
 * newcomer-26 F3), which the whole header's length would otherwise put beyond a typo's reach.
 */
function typoKeys(c: Candidate): string[] {
  const found = keys(c);
  for (const f of c.forms) if (f.length < c.key.length && c.key.startsWith(f)) found.push(f);
  return found;
}

/**
 * The text after a heading that a column puts before its quantity: a word
 * and a colon (`一票否决：重大质量事故`, `否决项: 重大质量事故`) or a note in
 * brackets (`【一票否决】重大质量事故`, `（否决项）重大质量事故`), as an
 * evaluation sheet marks its veto items; `undefined` for a column with
 * none. A heading `备注：` too: what it notes is the quantity after it (a
 * column refused on a guess costs a rename; one left unread, a wrong grade).
 *
 * @example
 * afterHeading('一票否决：重大质量事故'); // '重大质量事故'
 */
export function afterHeading(column: string): string | undefined {
  const text = column.normalize('NFKC').trim();
  const m =
    /^([^:]{1,16}):\s*(\S.*)$/u.exec(text) ??
    /^[[【〔〖(]([^\]】〕〗)]{1,16})[\]】〕〗)]\s*(\S.*)$/u.exec(text);
  return m?.[2]?.trim();
}

/**
 * Whether a column's key, held to an indicator's forms, leaves out or changes what comes before the part they
 * share: of the form it has most in common with (the longest common subsequence; of a Chinese key, of the Chinese
 * characters and digits only), a character before the last one shared is not in the key (`安定性`, `沸煮法安定性` of
 * `压蒸安定性`; `屈服强度`, `上屈服强度` of `下屈服强度`; `额定容量` of `额定洗涤容量`). A Chinese label puts its
 * modifier (the method, the age, upper or lower, initial or final, what is washed) before what it modifies, so what
 * is left out there may be another test. What follows the last shared character is not (`气候` of `气候类型`,
 * `公称直经 d` and `可见光透过率` of `公称直径 d` and `可见光透射比`): the head word said otherwise, not a qualifier.
 */
function leavesOutModifier(key: string, forms: ReadonlySet<string>): boolean {
  // A Chinese key is held to the Chinese words and digits only: a symbol after them (`公称直经 d`) is not what they modify.
  const chinese = /\p{Script=Han}/u.test(key);
  const words = (text: string) => (chinese ? (text.match(/[\p{Script=Han}\d]/gu) ?? []).join('') : text);
  let best = 0;
  let leaves = false;
  for (const form of forms) {
    const { shared, gapBefore } = alignment(words(key), words(form));
    if (shared < 2 || shared < best) continue;
    // The form shared most with decides; of equals, one that leaves nothing out clears the key.
    leaves = shared > best ? gapBefore : leaves && gapBefore;
    best = shared;
  }
  return best >= 2 && leaves;
}

/**
 * The longest common subsequence of a key and a form (at most a header's length each), and whether a character of
 * the form before the last one shared is left out of it.
 */
function alignment(key: string, form: string): { shared: number; gapBefore: boolean } {
  const a = [...key];
  const b = [...form];
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  // Walk one alignment, matching as early in the form as the table allows; note the form's characters skipped.
  let i = 0;
  let j = 0;
  let skipped = false;
  let gapBefore = false;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j] && table[i]![j] === table[i + 1]![j + 1]! + 1) {
      if (skipped) gapBefore = true;
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else {
      skipped = true;
      j++;
    }
  }
  return { shared: table[0]![0]!, gapBefore };
}

/**
 * The other indicators of `missing` a column is as close to as to `ind`: one of its forms is a form of theirs too
 * (`抗压强度` for 抗压强度（3d） and 抗压强度（28d）), or its key is as near a typo of their forms as of `ind`'s
 * (`compressive2d`: compressive3d and compressive28d). `[]` when `ind` alone is nearest.
 */
function formTies(
  c: Candidate,
  ind: IndicatorInfo,
  missing: readonly IndicatorInfo[],
  allForms: readonly Set<string>[],
  indicators: readonly IndicatorInfo[],
): IndicatorInfo[] {
  const formsOf = (i: IndicatorInfo) => allForms[indicators.indexOf(i)]!;
  const own = formsOf(ind);
  if ([...c.forms].some((f) => own.has(f)))
    return missing.filter((m) => m !== ind && [...c.forms].some((f) => formsOf(m).has(f)));
  const owners = new Map<string, IndicatorInfo[]>();
  for (const m of missing) for (const f of formsOf(m)) owners.set(f, [...(owners.get(f) ?? []), m]);
  for (const k of typoKeys(c)) {
    if (k.length < 4) continue;
    const nearest = new Set(closestTies(k, owners.keys()).flatMap((f) => owners.get(f)!));
    if (nearest.size > 1 && nearest.has(ind)) return [...nearest].filter((i) => i !== ind);
  }
  return [];
}

/**
 * How a key is within a typo of one of an indicator's forms ({@link closestName}): `typo` when the two differ
 * in Latin letters and signs only (`tensilestrenght`), `other` when a Chinese character or a digit differs
 * (`上屈服强度` for `下屈服强度`, `7天抗压强度` for `3天抗压强度`, `3天抗折强度` for `3天抗压强度`): in a Chinese
 * label one character is a qualifier (upper or lower, initial or final, the age, the load), not a slip of the
 * keyboard, so the key may be another test. `undefined` when it is within a typo of none.
 */
function typoOf(key: string, forms: ReadonlySet<string>): 'typo' | 'other' | undefined {
  const form = closestName(key, forms);
  if (form === undefined) return undefined;
  const marks = (text: string) => (text.match(/[\p{Script=Han}\d]/gu) ?? []).join('');
  return marks(key) === marks(form) ? 'typo' : 'other';
}

/**
 * Whether a column is a Chinese text and a unit (`额定容量(kg)`) where the unit is the indicator's (`own`, its key)
 * and the text shares its first or last two Chinese characters or more with one of the indicator's Chinese forms
 * (`额定…容量` of `额定洗涤容量`): a label shortened, in the indicator's unit (newcomer-27 M6). The header's
 * divisions are found once per column, on first use.
 */
function sharesEndInUnit(c: Candidate, own: string, forms: ReadonlySet<string>, units: KnownUnits): boolean {
  if (c.units === undefined) {
    const found: [string, string][] = [];
    c.units = found;
    if (/\p{Script=Han}/u.test(c.column))
      splitHeaderUnit(
        c.column,
        (label) => label,
        (written, label) => {
          const key = units.key(written);
          if (key !== undefined) found.push([normaliseHeader(label), key]);
          return undefined;
        },
      );
  }
  for (const [text, key] of c.units) {
    if (key !== own || !/^\p{Script=Han}{2,}$/u.test(text)) continue;
    for (const f of forms) {
      if (f === text || !/^\p{Script=Han}{2,}$/u.test(f)) continue;
      if (f.slice(0, 2) === text.slice(0, 2) || f.slice(-2) === text.slice(-2)) return true;
    }
  }
  return false;
}

/** The leftmost of some columns: the one a scan of the header would meet first. */
function firstInOrder(found: readonly Candidate[]): Candidate | undefined {
  return found.reduce<Candidate | undefined>(
    (first, c) => (first === undefined || c.index < first.index ? c : first),
    undefined,
  );
}

/**
 * Whether a column's form is the end of one of an indicator's forms, the
 * qualifier before it left out (`直径` for `公称直径`, `diameter` for
 * `nominaldiameter`): two Chinese characters or more, or six letters or
 * more, so that a short word does not point at every label ending in it.
 */
function endsLabel(form: string, forms: ReadonlySet<string>): boolean {
  const long = /\p{Script=Han}/u.test(form) ? form.length >= 2 : form.length >= 6;
  return long && [...forms].some((f) => f.length > form.length && f.endsWith(form));
}

/**
 * Whether a column's form is one of an indicator's forms of three Chinese
 * characters or more with a qualifier before it (`冷凝器风冷式` for `风冷式`):
 * the same quantity, said of a part. Shorter forms (`类型`) end too many headers.
 */
function qualifiesLabel(form: string, forms: ReadonlySet<string>): boolean {
  for (const f of forms)
    if (form.length > f.length && form.endsWith(f) && /^\p{Script=Han}{3,}$/u.test(f)) return true;
  return false;
}

/**
 * A column's forms: {@link columnForms}, and those of its text before a unit
 * written after a slash, as test reports head columns (`28天抗压强度/MPa`).
 * Only for pointing at: a slash may also divide two names (`SEER/APF`),
 * which nothing may read so. (A label followed by its indicator's own unit
 * is read as it: see `IndicatorHeaders.withUnit`; what reaches here is any other text.)
 */
function hintForms(column: string): Set<string> {
  const forms = columnForms(column);
  const slash = /^(.+?)\s*\/\s*[^/\s]{1,12}$/u.exec(column.normalize('NFKC'));
  if (slash) for (const f of columnForms(slash[1]!)) forms.add(f);
  return forms;
}

/**
 * The unit a column writes after an indicator's name or label when it is a
 * unit other than the indicator's own: a single letter too (`额定制冷量 CC/W`
 * for an indicator in kW), which is not read as a unit there (it may be a
 * symbol), but must not be mapped as the indicator without a word either.
 */
function otherUnit(column: string, ind: IndicatorInfo, units: KnownUnits): string | undefined {
  if (ind.unit === undefined) return undefined;
  const own = unitKey(ind.unit);
  const names = new Set([ind.name, ind.label.zh, ind.label.en].map(foldLabel));
  const read = splitHeaderUnit(
    column,
    (label) => (names.has(label) ? ind : undefined),
    (written) => {
      const key = units.key(written);
      return key === undefined ? undefined : sameUnitKey(key, own) ? 'same' : 'other';
    },
  );
  return read && !read.same ? read.written : undefined;
}

/**
 * The unit a column's end writes, other than the indicator's, that a header
 * is not read in: in brackets ({@link bracketedUnit}), in signs and digits
 * ({@link signsUnit}), or one letter in brackets that is not the label's
 * symbol (`额定制冷量 CC（P）`: P for 匹; hostile-24 W4). Mapping such a
 * column (`--map`) must not read its values in the indicator's unit: the
 * mapped-header check asks this too (see `otherMappedUnit`).
 *
 * @example
 * unreadUnit('额定制冷量 CC（×10³W）', ratedCoolingCapacity, units); // '×10³W'
 */
export function unreadUnit(column: string, ind: IndicatorInfo, units: KnownUnits): string | undefined {
  return (
    bracketedUnit(column, ind, units) ??
    signsUnit(column, ind) ??
    bracketedLetter(column, ind) ??
    degreeWordUnit(column, ind) ??
    wordedUnit(column, ind)
  );
}

/** A count per piece said in words: `每片`, `/片`, `per sheet`; the group is what it counts per. */
const PER_PIECE = /(?:每|\/\s*|\bper\s+)(片|张|块|件|sheet|piece|pane)/iu;

/**
 * A unit a column says in words or signs the unit table does not read, other than the indicator's: a count per
 * piece (`气泡（每片）`, `气泡（个每片）`, `气泡数/片`, `每片气泡数`, `气泡 per sheet`) under a count per area or per
 * nothing, degrees Fahrenheit (`(°F)`, `(℉)`, `(华氏度)`) or a bare degree sign (`(°)`: an angle's or a temperature's)
 * under °C. Mapped, its values would be read in the indicator's unit (hostile-35 W4: 4 per sheet graded as 4 per m²,
 * 100 °F as 100 °C).
 */
function wordedUnit(column: string, ind: IndicatorInfo): string | undefined {
  if (ind.unit === undefined) return undefined;
  const own = unitKey(ind.unit);
  const text = column.normalize('NFKC');
  const basis = countBasis(own);
  const piece = basis === undefined ? undefined : PER_PIECE.exec(text)?.[1];
  if (piece !== undefined && unitKey(`个/${piece}`) !== own && countBasis(unitKey(`个/${piece}`)) !== basis)
    return /^[a-z]+$/iu.test(piece) ? `pcs/${piece}` : `个/${piece}`;
  if (own !== unitKey('°C')) return undefined;
  if (/°\s*F\b|华氏|fahrenheit/iu.test(text)) return '°F';
  return /(?:[([]\s*°\s*[)\]]|[/,]\s*°)$/u.test(text.trim()) ? '°' : undefined;
}

/**
 * `度` ending a column in brackets or after a slash or comma (`耗电量(度)`, `温度/度`), under an indicator not in °:
 * an angle's degree, °C or kWh, which the header does not say; mapped, its values would be read in the indicator's
 * unit unseen (newcomer-34 F5). Under an indicator in ° it is read as ° (see {@link KnownUnits.compare}).
 */
function degreeWordUnit(column: string, ind: IndicatorInfo): string | undefined {
  if (ind.unit === undefined || unitKey(ind.unit) === '°') return undefined;
  const end = /(?:[(（[［]\s*(度)\s*[)）\]］]|[/,，]\s*(度))$/u.exec(column.normalize('NFKC').trim());
  return end ? '度' : undefined;
}

/** Whether two units are per the same unit (`加仑/次` and `L/cycle`: per cycle), each's numerator written. */
function sameDenominator(a: string, b: string): boolean {
  const per = (u: string) => /^[^/]+\/([^/]+)$/u.exec(unitKey(u))?.[1];
  const over = per(b);
  return over !== undefined && per(a) === over;
}

/** One Latin letter in brackets ending a column, when it is neither the indicator's unit nor its label's symbol. */
function bracketedLetter(column: string, ind: IndicatorInfo): string | undefined {
  if (ind.unit === undefined) return undefined;
  const found = /([A-Za-z]*)[([【]\s*([A-Za-z])\s*[)\]】]$/u.exec(column.normalize('NFKC'));
  const letter = found?.[2];
  if (letter === undefined || unitKey(letter) === unitKey(ind.unit)) return undefined;
  // Not the bracket of a unit that holds one (`噪声 dB(A)`: newcomer-27 M6 read it as A, amperes).
  if (found![1] !== '' && isKnownUnit(`${found![1]}(${letter})`)) return undefined;
  const symbols = [ind.label.zh, ind.label.en].map((label) => splitLabelSymbol(label)?.symbol);
  return symbols.includes(letter) ? undefined : letter;
}

/**
 * The signs and digits that end a column after its last letter, when they
 * write a unit other than the indicator's (`×10-6`, `10^-6`, `‱`, `‰%`,
 * `%%` for an indicator in %): mapping the column would read its values in
 * the indicator's unit. A bracket or separator round the indicator's own
 * unit (`(%)`, `/%`, `，%`) is not another unit, nor the bracket round a
 * symbol before it (`w(N)/10-6` writes `10-6`; `ω(N)/%` the indicator's %).
 */
function signsUnit(column: string, ind: IndicatorInfo): string | undefined {
  if (ind.unit === undefined) return undefined;
  const folded = column.normalize('NFKC').trim();
  const end = lettersEnd(folded);
  // A unit is a few signs: a long tail is none (and would cost the patterns below its square).
  // The bracket round the symbol and the sign before the unit are not the unit: `w(N)/10-6` writes `10-6`, `ω(N)/%` `%`,
  // `Ni_0` none (a bare number).
  // (hostile-23 M9) nor the digits of the symbol in its bracket (`w(N2)/%` writes `%`), nor the separator (`LOI/%%`
  // writes `%%`); a bare power after letters is part of the unit they write (`烧失量/g·kg⁻¹` writes `g·kg⁻¹`).
  const tail = (end < folded.length && folded.length - end <= 24 ? folded.slice(end) : undefined)
    ?.trim()
    .replace(/^(?:\d*[)）\]】]+)?\s*[/,，:：_-]?\s*/u, '');
  const power = tail !== undefined && /^[\u2212-]?\d+$/u.test(tail);
  const written = power
    ? /[/／,，(（:：\s]([^/／,，(（:：\s]+)$/u.exec(column.trim())?.[1]?.replace(/[)）]$/u, '')
    : tail;
  const unit = written?.normalize('NFKC').replace(/^[/,，:：(（[{<]\s*|\s*[)）\]}>]$/gu, '');
  // A bare number is no unit: `So3`, `氮 N 2` (a second reading) write none; nor is a score's range.
  if (
    unit === undefined ||
    !/[\d%‰‱^×]/u.test(unit) ||
    /^\d+$/u.test(unit) ||
    isScoreRange(unit) ||
    unitKey(unit) === unitKey(ind.unit)
  )
    return undefined;
  return written;
}

/**
 * Whether a header's tail is the range its values take, `0-5`, `1~5`, `0～100` (newcomer-33 M2: `领导作用与质量战略(0-5)`
 * was read as in the unit `(0-5)`, so `--map` of the header stopped the run): two numbers, the lower first. A power
 * of ten is written with the higher first (`10-6`), and stays a unit.
 */
function isScoreRange(unit: string): boolean {
  const m = /^(\d+(?:\.\d+)?)\s*[-~～–—至到]\s*(\d+(?:\.\d+)?)$/u.exec(unit.normalize('NFKC'));
  return m !== null && Number(m[1]) < Number(m[2]);
}

/**
 * The text in brackets that ends a column when it looks like a unit and is
 * not the indicator's (`kN/mm²`, `kgf/mm²`, `mass%`, `×10⁻⁶`, `mg/kg`): one
 * qgrade's table does not know, so the header is not read, yet mapping it
 * would read its values in the indicator's unit. It looks like a unit when
 * it holds `%` or `‰`, a power of ten, or among its parts one of two
 * letters or more that is a unit of the table, perhaps with a prefix
 * (`kgf/mm²`: mm²; `μg/g`: μg, a lower-case prefix); `Y/N`, `W/W`, `是/否` and a symbol do not.
 */
function bracketedUnit(column: string, ind: IndicatorInfo, units: KnownUnits): string | undefined {
  if (ind.unit === undefined) return undefined;
  const note = /[(（[［]([^()（）[\]［］]+)[)）\]］]$/u.exec(column)?.[1]?.trim();
  if (note === undefined || unitKey(note) === unitKey(ind.unit)) return undefined;
  // `（加仑/次）` under L/cycle: per what the indicator is per, so a quantity of another unit (newcomer-27 W1).
  if (sameDenominator(note, ind.unit)) return note;
  const folded = note.normalize('NFKC').replace(/\s+/gu, '');
  // A unit in Chinese (`制冷量（匹）`, `（千瓦）`) only when the table knows it: a Chinese note is mostly none.
  // `（千瓦时/年）`, `（kWh/年）` too: a known unit per something (newcomer-27 W1: mapped, a year's kWh were graded per cycle).
  // One Latin letter is as likely a symbol; one Chinese character of the table is a unit (`升`, `吨`).
  const knownPart = (part: string) =>
    (part.length >= 2 || /^\p{Script=Han}$/u.test(part)) && units.key(part) !== undefined;
  if (/\p{Script=Han}/u.test(folded))
    return units.key(note) !== undefined || folded.split('/').some(knownPart) ? note : undefined;
  // `mass%`, `wt%` for an indicator in %: the same percent, said of what.
  const share = /[%‰]/u.exec(folded)?.[0];
  if (share !== undefined && unitKey(ind.unit) === share) return undefined;
  const unitLike =
    /[%‰]/u.test(folded) ||
    /(?:^|[×x*])10(?:\^|[-\u2212])?\d|^10\^/u.test(folded) ||
    folded.split(/[/·.^×*]/u).some((part) => {
      const bare = part.replace(/-?\d+$/u, '');
      // `μg`, `kgf`: a prefix on a unit of the table.
      // Not `Mg`, `Rm`: an element's or a quantity's symbol starts with a capital.
      const prefixed = /^[kmμunc]./u.test(bare) && units.key(bare.slice(1)) !== undefined;
      // `m3/h` under L/cycle: `m3` is a unit of the table, its digit part of it (newcomer-27 W1).
      return (bare.length >= 2 && (units.key(bare) !== undefined || prefixed)) || knownPart(part);
    });
  return unitLike ? note : undefined;
}
