import { type CloseKeys, MAX_CLOSE_KEYS } from '../compile/near-miss-keys';
import type { IndicatorInfo } from '../resolve/rule-set';
import { splitLabelSymbol } from '../text/loose-label';
import { methodFirst } from '../text/method-first';
import { closeColumns, isVetoHeader, symbolToken } from './close-columns';
import { resolveColumns } from './column-mapping';
import { normaliseHeader } from './header-forms';

/** Distinct key lists remembered per rule set: records of one input repeat theirs; ids as keys must not grow it without end. */
const REMEMBERED = 4096;

/**
 * Characters of remembered key lists per rule set: a list of 100,000 keys is a megabyte, and 4,096 of them
 * (a stream of wide records, each with keys of its own) would hold gigabytes.
 */
const REMEMBERED_CHARS = 1 << 24;

/** Keys past which only the keys that may be close are looked at as a header (see {@link closeRecordKeys}). */
const MAX_KEYS = MAX_CLOSE_KEYS;

/**
 * The test a JSON record's keys get that a table's header gets (see `compileNearMissKeys`): a key the header
 * reading would read as an indicator with a `default` (a symbol, `N`; a label less its symbol, `氮`) or
 * refuse as close to one (`风冷`, `是否风冷`, `isAirCooled`, `nitrogen_pct`; see {@link closeColumns}),
 * when the keys do not name that indicator. Decided once per distinct list of keys, so a stream of records
 * with the same keys pays a lookup each. Of a record of more than 1,024 keys, one key of each {@link keyShape}
 * (`Curve_0…Curve_9` are one, `Curve_10…Curve_99` another) is looked at, and only when it may be close
 * ({@link mayBeClose}): a wide table's row, its header read and checked already, stays cheap, and the per-key
 * test decides for the whole family. More than 1,024 such shapes refuse the record (`many`) rather than cost
 * ~0.2 ms each. `undefined` for a rule set with no such indicator.
 *
 * @example
 * closeRecordKeys(ac.indicators)?.(['unitType', '风冷']); // { key: '风冷', indicator: 'airCooled', read: false }
 */
export function closeRecordKeys(indicators: readonly IndicatorInfo[]): CloseKeys | undefined {
  const defaulted = new Set(
    indicators.filter((i) => !i.required && !i.conditionallyRequired).map((i) => i.name),
  );
  if (defaulted.size === 0) return undefined;
  const names = new Set(indicators.map((i) => i.name));
  // A label said method first (`沸煮法安定性` for soundness, 安定性（沸煮法）): the key is that indicator.
  const methodFirstOf = new Map<string, string>();
  for (const i of indicators) for (const form of methodFirst(i.label.zh)) methodFirstOf.set(form, i.name);
  const mayBe = mayBeClose(indicators.filter((i) => defaulted.has(i.name)));
  const seen = new Map<string, ReturnType<CloseKeys> | null>();
  let held = 0;
  const decide = (all: readonly string[]): ReturnType<CloseKeys> => {
    // A record of thousands of keys is a wide table's row, whose header this test already passed (140,000 columns:
    // 3.6 s of 10.6 s spent again here): only the keys that may be close are read as a header, never none
    // (hostile-22 W6: 1,020 metadata keys and `"N": 0.015` graded nitrogen at its default 0).
    const given = new Set(all);
    const wide = all.length > MAX_KEYS ? shapesMayBeClose(all, mayBe) : undefined;
    const keys = wide?.keys ?? all;
    // Reading each costs ~0.2 ms: 140,000 keys that all pass took 37 s per record. More than a header of 1,024
    // that may be close is refused, not read in part (a part would let the near-miss key past).
    if (wide && keys.length > MAX_KEYS) {
      const left = indicators.filter((i) => defaulted.has(i.name) && !given.has(i.name));
      // The field named: one the first such key may be close to.
      const named = left.find((i) => mayBeClose([i])(keys[0]!)) ?? left[0];
      if (named) return { key: keys[0]!, indicator: named.name, read: false, many: wide.flagged };
    }
    let fields: string[] | undefined;
    try {
      fields = resolveColumns(keys, new Map(), indicators);
    } catch {
      // Refused as a header would be (a close column, a unit, two alike): what is close is found below.
      fields = undefined;
    }
    if (fields)
      for (const [i, field] of fields.entries()) {
        const key = keys[i]!;
        if (field !== key && defaulted.has(field) && !given.has(field))
          return { key, indicator: field, read: true };
      }
    const read = fields ?? keys.map((k) => (names.has(k) ? k : ''));
    // A key that is another indicator's label said method first is that indicator (given under its name too, it
    // is the same test twice), not a part of a defaulted one's label: `沸煮法安定性` beside `soundness` was told
    // as part of 压蒸安定性合格 (autoclaveSoundness), a different test.
    const close = closeColumns(keys, read, indicators, new Set()).find(
      (c) =>
        defaulted.has(c.indicator.name) &&
        !given.has(c.indicator.name) &&
        !methodFirstOf.has(keys[c.index]!.normalize('NFKC').trim()),
    );
    if (!close) return undefined;
    const found: ReturnType<CloseKeys> = {
      key: keys[close.index]!,
      indicator: close.indicator.name,
      read: false,
    };
    // Part of a label, or as close to another indicator: no rename to the one name is offered.
    if (close.partial || close.tied) found.partial = true;
    return found;
  };
  return (keys) => {
    const id = keys.join('\u0000');
    const known = seen.get(id);
    if (known !== undefined) return known ?? undefined;
    const found = decide(keys);
    if (seen.size >= REMEMBERED || held + id.length > REMEMBERED_CHARS) {
      seen.clear();
      held = 0;
    }
    seen.set(id, found ?? null);
    held += id.length;
    return found;
  };
}

/**
 * A key with the number that ends it written as its count of digits, 1, 2 or more (`Curve_0` and `Curve_7` →
 * `Curve_#1`, `Curve_100` and `Curve_1099` → `Curve_#3`): the keys of one shape get one answer from the header
 * reading, which looks at a trailing number only for being one or two digits (`N2`, a second reading; `N123`
 * none), never at its value.
 */
export function keyShape(key: string): string {
  // A loop, not /\d+$/: it runs once per key of a record of 100,000.
  let at = key.length;
  while (at > 0 && key.charCodeAt(at - 1) >= 48 && key.charCodeAt(at - 1) <= 57) at--;
  return at === key.length ? key : `${key.slice(0, at)}#${Math.min(key.length - at, 3)}`;
}

/**
 * The keys of a wide record that the per-key test reads: the first key of each {@link keyShape} that may be
 * close, and how many keys those shapes hold (for the message when there are too many to read).
 */
function shapesMayBeClose(
  all: readonly string[],
  mayBe: (key: string) => boolean,
): { keys: string[]; flagged: number } {
  const shapes = new Map<string, boolean>();
  const keys: string[] = [];
  let flagged = 0;
  for (const key of all) {
    const shape = keyShape(key);
    let may = shapes.get(shape);
    if (may === undefined) {
      may = mayBe(key);
      shapes.set(shape, may);
      if (may) keys.push(key);
    }
    if (may) flagged++;
  }
  return { keys, flagged };
}

/** What may follow a symbol in a key read as that symbol, lower-case: nothing, or a qualifier (see `symbolToken`). */
const QUALIFIED =
  /^(?:|total|tot|free|sol|soluble|insol|content|contents|pct|percent|max|min|avg|mean|value|val|meas|measured)$/u;

/**
 * A cheap test of a key against the indicators with a default: whether it may be read as one or be close to
 * one ({@link closeColumns}), so that a record of thousands of keys is read as a header only in those. A key
 * passes when it holds a Chinese character of one's label, a Latin run of its label's symbol (`N`, `N_pct`,
 * `w(N)`), or, folded, the start of its name or a word of its English label (`nitro`, `aircool`); a key of
 * digits and signs, or of other words (`k12`, `lot`), does not. Errs towards passing: a key that passes is
 * only looked at.
 */
function mayBeClose(indicators: readonly IndicatorInfo[]): (key: string) => boolean {
  const han = new Set<string>();
  const symbols = new Set<string>();
  // As written: a symbol glued to a capital or a qualifier (`TN`, `Ntotal`) is one as a header reads it.
  const written = new Set<string>();
  const words = new Set<string>();
  for (const ind of indicators) {
    words.add(normaliseHeader(ind.name).slice(0, 4));
    for (const label of [ind.label.zh, ind.label.en]) {
      for (const ch of label.normalize('NFKC').match(/\p{Script=Han}/gu) ?? []) han.add(ch);
      const symbol = splitLabelSymbol(label)?.symbol;
      if (symbol !== undefined) {
        symbols.add(symbol.replace(/[+\u2212]$/u, '').toLowerCase());
        written.add(symbol.replace(/[+\u2212]$/u, ''));
      }
      for (const word of label
        .normalize('NFKC')
        .toLowerCase()
        .match(/[a-z]{4,}/gu) ?? [])
        words.add(word.slice(0, 4));
    }
  }
  return (key) => {
    const folded = key.normalize('NFKC');
    // `否决项`: a veto key shares no character with the label it means (see closeColumns).
    if (isVetoHeader(normaliseHeader(folded))) return true;
    for (const ch of folded.match(/\p{Script=Han}/gu) ?? []) if (han.has(ch)) return true;
    for (const run of folded.match(/[A-Za-z0-9]+/gu) ?? []) {
      // `wN`, `ωCu`: the GB mass fraction's w before the symbol (hostile-24 W8).
      const bare = run.replace(/^[wω](?=[A-Z])/u, '');
      for (const symbol of written) if (symbolToken(run, symbol) || symbolToken(bare, symbol)) return true;
    }
    for (const run of folded.toLowerCase().match(/[a-z]+/gu) ?? []) {
      if (symbols.has(run)) return true;
      // A symbol with a qualifier after it (`cu_total`, `crmax`), not inside a word (`Curve`, `Model`, `Cross`:
      // hostile-24 W15, where 1,100 such keys refused a record the per-key test passes).
      for (const symbol of symbols)
        if (symbol.length >= 2 && run.startsWith(symbol) && QUALIFIED.test(run.slice(symbol.length)))
          return true;
      for (let at = 0; at + 4 <= run.length; at++) if (words.has(run.slice(at, at + 4))) return true;
    }
    return false;
  };
}
