import type { RecordError } from '../model/grade-result';
import type { IndicatorModel } from '../model/rule-set-model';
import { cjkJoin } from '../text/cjk-space';
import { foldKey } from '../text/fold-key';
import { localized } from '../text/localized-text';

/** The defaulted indicators of a rule set by their folded names and labels. */
interface NearNames {
  byFolded: Map<string, IndicatorModel>;
  /** Each key met before → what it folds to here: records of one input repeat their keys, so each is folded once. */
  seen: Map<string, IndicatorModel | null>;
}

/**
 * A record's keys that hold a value, in order, to the one a table's header would read as an indicator with a
 * `default` that the keys do not name (`N` for nitrogen, `氮`), or find close to one (`风冷`, `是否风冷`,
 * `nitrogen_pct`): its key and the indicator's name. Given by the layer that reads headers (input), which
 * compile may not import; it decides once per distinct list of keys.
 */
export type CloseKeys = (
  keys: readonly string[],
) => { key: string; indicator: string; read: boolean; many?: number; partial?: true } | undefined;

/** Whether a field holds nothing: `null` or an empty text, as an empty CSV cell (the default stands in either way). */
function empty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function nearNames(indicators: readonly IndicatorModel[]): NearNames | null {
  const byFolded = new Map<string, IndicatorModel>();
  for (const ind of indicators) {
    if (ind.default === undefined) continue;
    for (const text of [ind.name, ind.label.zh, ind.label.en]) {
      const key = foldKey(text);
      if (key !== '' && !byFolded.has(key)) byFolded.set(key, ind);
    }
  }
  return byFolded.size === 0 ? null : { byFolded, seen: new Map() };
}

/** A rule set's near-miss key test for one grader: {@link compileNearMissKeys}. */
export type NearMissKeys = (input: Record<string, unknown>) => RecordError | undefined;

/**
 * The test, for a grader, of a record that gives an indicator with a `default` under a
 * key that is not its name but folds to it or to its label (`aircooled`,
 * `air_cooled`, `"airCooled "`, `风冷式` for airCooled; see {@link foldKey}),
 * or (with `closeKeys`) that a table's header would read as it or refuse as
 * close to it (`N`, `氮` for nitrogen; `风冷`, `是否风冷`, `isAirCooled` for
 * airCooled), while it does not give the name itself: the key is no
 * indicator, so the default would stand in for the value the record gives —
 * a water-cooled unit graded at airCooled's default true. A CSV header so
 * written is read or refused; a JSON record, an NDJSON line and `gradeSync`
 * make the record invalid instead, naming the key and the indicator. A key
 * whose value is `null` or empty text is passed by: the default stands in
 * either way. The test gives `undefined` when there is none (the usual case: called only
 * when a defaulted indicator is left out; each key is folded once per grader,
 * each list of keys looked at once by `closeKeys`). `undefined` for a rule set
 * without defaults. Its state (the shapes met) is the grader's own, held by the
 * closure: no lookup per record in a table keyed by rule set.
 *
 * @example
 * compileNearMissKeys(indicators)?.({ unitType: 'heat-pump', air_cooled: false }); // { field: 'airCooled', code: 'missing', … }
 */
export function compileNearMissKeys(
  indicators: readonly IndicatorModel[],
  closeKeys?: CloseKeys,
): NearMissKeys | undefined {
  const near = nearNames(indicators);
  if (near === null) return undefined;
  // The answer depends on the record's own keys, in order, and which of them hold nothing: records of one
  // input repeat a few shapes (125 in the rebar bench: optional elements given or not), each looked up by
  // walking its keys, with no array or text made per record.
  const root: ShapeRoot = { node: shapeNode(), nodes: 0 };
  // The records of one input repeat their keys, so a record with a recent one's keys gets its answer,
  // looked at in one pass: for a wide record, whose shape is not kept.
  const recent: LastKeys[] = [];
  return (input) => {
    const known = lookUp(input, root);
    if (known !== undefined) return known.found && errorFor(known.found);
    let last: LastKeys | undefined;
    for (const r of recent) {
      if (sameKeys(input, r)) {
        last = r;
        break;
      }
    }
    if (last === undefined) {
      last = ownKeys(input);
      last.found = find(last.keys, last.empty, near, indicators, closeKeys);
      // A few shapes at once: JSON records of two kinds (APF for one, SEER for the other) alternate.
      if (recent.length >= RECENT) recent.pop();
      recent.unshift(last);
    }
    remember(root, last);
    return last.found && errorFor(last.found);
  };
}

/** Shapes kept per grader: past it they are forgotten and found again. */
const MAX_SHAPE_NODES = 4096;

/** A record shape of at most this many keys is kept whole; a wider one goes by the recent ones only. */
const MAX_SHAPE_KEYS = 256;

/**
 * Record shapes met before, as a tree of their keys in order: a key that holds a value goes to `next`, one
 * that holds nothing to `nextEmpty`; where a shape ends, `found` says what its keys give (`done` set). The
 * first child of each kind is also held by its key (`firstKey`, `first`): most nodes have one, and a key
 * (an internalized string) compares by identity, where a Map hashes it. Every node has every field from
 * the start ({@link shapeNode}), so the walk reads one hidden class.
 */
interface ShapeNode {
  firstKey: string | undefined;
  first: ShapeNode | undefined;
  firstEmptyKey: string | undefined;
  firstEmpty: ShapeNode | undefined;
  next: Map<string, ShapeNode> | undefined;
  nextEmpty: Map<string, ShapeNode> | undefined;
  done: boolean;
  found: Found | undefined;
}

function shapeNode(): ShapeNode {
  return {
    firstKey: undefined,
    first: undefined,
    firstEmptyKey: undefined,
    firstEmpty: undefined,
    next: undefined,
    nextEmpty: undefined,
    done: false,
    found: undefined,
  };
}

/** The root of a tree and how many nodes it holds. */
interface ShapeRoot {
  node: ShapeNode;
  nodes: number;
}

/** The node of the record's shape when it was met before (the same keys in order, empty in the same places). */
function lookUp(input: Record<string, unknown>, root: ShapeRoot): ShapeNode | undefined {
  let node: ShapeNode | undefined = root.node;
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    if (empty(input[key])) node = node.firstEmptyKey === key ? node.firstEmpty : node.nextEmpty?.get(key);
    else node = node.firstKey === key ? node.first : node.next?.get(key);
    if (node === undefined) return undefined;
  }
  return node.done ? node : undefined;
}

/** Longest key a kept shape holds: a record of one input's long keys is no shape worth keeping (memory stays small). */
const MAX_SHAPE_KEY_LENGTH = 128;

/** Keeps what a shape gives, unless it is wide, holds a long key, or the tree is full (then the tree starts again). */
function remember(root: ShapeRoot, shape: LastKeys): void {
  const { keys } = shape;
  if (keys.length > MAX_SHAPE_KEYS) return;
  for (const key of keys) if (key.length > MAX_SHAPE_KEY_LENGTH) return;
  if (root.nodes + keys.length > MAX_SHAPE_NODES) {
    root.node = shapeNode();
    root.nodes = 0;
  }
  let node = root.node;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const holdsNothing = shape.empty[i]!;
    if (holdsNothing) node.nextEmpty ??= new Map();
    else node.next ??= new Map();
    const map = (holdsNothing ? node.nextEmpty : node.next)!;
    let child = map.get(key);
    if (child === undefined) {
      child = shapeNode();
      map.set(key, child);
      root.nodes++;
      if (holdsNothing && node.firstEmpty === undefined) {
        node.firstEmptyKey = key;
        node.firstEmpty = child;
      } else if (!holdsNothing && node.first === undefined) {
        node.firstKey = key;
        node.first = child;
      }
    }
    node = child;
  }
  node.done = true;
  node.found = shape.found;
}

/** How many of a record's keys that may be close are checked one by one; past it the record is refused (`input`'s close-keys). */
export const MAX_CLOSE_KEYS = 1024;

/** How many lists of keys are kept per grader. */
const RECENT = 8;

/** What a list of keys gives: a key that folds to a defaulted indicator's name or label, or one a header would read or refuse as it. */
type Found = {
  key: string;
  ind: IndicatorModel;
  how: 'folded' | 'read' | 'close' | 'partial' | 'many';
  many?: number;
};

/** Keys met lately by a grader, and what they gave. */
interface LastKeys {
  /** The record's own keys, in order. */
  keys: string[];
  /** Whether each holds nothing ({@link empty}). */
  empty: boolean[];
  found?: Found | undefined;
}

/** for…in, not Object.keys: no array per record; an inherited key is no key of the record. */
function sameKeys(input: Record<string, unknown>, last: LastKeys): boolean {
  const { keys } = last;
  let n = 0;
  for (const key in input) {
    // The key first: a record of another shape differs there, before its value is looked at.
    if (keys[n] !== key || !Object.hasOwn(input, key) || last.empty[n] !== empty(input[key])) {
      if (!Object.hasOwn(input, key)) continue;
      return false;
    }
    n++;
  }
  return n === keys.length;
}

function ownKeys(input: Record<string, unknown>): LastKeys {
  const keys: string[] = [];
  const holdsNothing: boolean[] = [];
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    keys.push(key);
    holdsNothing.push(empty(input[key]));
  }
  return { keys, empty: holdsNothing };
}

function find(
  keys: readonly string[],
  holdsNothing: readonly boolean[],
  near: NearNames,
  indicators: readonly IndicatorModel[],
  closeKeys: CloseKeys | undefined,
): Found | undefined {
  const own = new Set(keys);
  for (const [i, key] of keys.entries()) {
    let ind = near.seen.get(key);
    if (ind === undefined) {
      ind = near.byFolded.get(foldKey(key)) ?? null;
      // Bounded: a stream of records with ever new keys (ids as keys) must not grow it without end.
      if (near.seen.size >= 4096) near.seen.clear();
      near.seen.set(key, ind);
    }
    if (ind === null || key === ind.name || own.has(ind.name) || holdsNothing[i]) continue;
    return { key, ind, how: 'folded' };
  }
  if (!closeKeys) return undefined;
  const close = closeKeys(keys.filter((_, i) => !holdsNothing[i]));
  const ind = close && indicators.find((i) => i.name === close.indicator);
  if (!close || !ind || own.has(ind.name)) return undefined;
  if (close.many !== undefined) return { key: close.key, ind, how: 'many', many: close.many };
  return { key: close.key, ind, how: close.read ? 'read' : close.partial ? 'partial' : 'close' };
}

/** The record's error for what its keys gave, made for this record (a result owns its errors). */
function errorFor({ key, ind, how, many }: Found): RecordError {
  const shown = JSON.stringify(key);
  if (how === 'many')
    return {
      field: ind.name,
      code: 'missing',
      message: localized(
        `记录有 ${many} 个键可能是有默认值的指标（如 ${shown} 可能是${cjkJoin('', ind.label.zh)}），多于 ${MAX_CLOSE_KEYS} 个，无法逐一核对，不评级，否则可能按默认值评级；请只给出规则集读取的键`,
        `the record has ${many} keys that may be indicators with a default (${shown} may be ${ind.name}, ${ind.label.en}), more than the ${MAX_CLOSE_KEYS} that are checked one by one, so it is not graded, as a default might otherwise stand in; give only the keys the rule set reads`,
      ),
    };
  // The key is the label as written (`结构形式`): it differs in nothing, it is just not the name (hostile-22 M3).
  const label = [ind.label.zh, ind.label.en].includes(key.normalize('NFKC').trim());
  if (how === 'folded' && label)
    return {
      field: ind.name,
      code: 'missing',
      message: localized(
        `${cjkJoin('没有以指标名给出', ind.label.zh)}（${ind.name}）：记录中的键 ${shown} 是它的标签，但记录的键只按指标名读取，不作为它读取，否则${standsIn(ind).zh}；如果就是它，请把键改为 ${ind.name}`,
        `${ind.name} (${ind.label.en}) is not given under its name: the record's key ${shown} is its label, but a record's keys are read by name only, so it is not read as it and ${standsIn(ind).en}; if it is that indicator, rename the key ${ind.name}`,
      ),
    };
  if (how === 'folded')
    return {
      field: ind.name,
      code: 'missing',
      message: localized(
        `${cjkJoin('没有以指标名给出', ind.label.zh)}（${ind.name}）：记录中的键 ${shown} 与它的名称或标签只差大小写、“_”、“-”或空白，不作为它读取，否则${standsIn(ind).zh}；如果就是它，请把键改为 ${ind.name}`,
        `${ind.name} (${ind.label.en}) is not given under its name: the record's key ${shown} differs from its name or label only in case, "_", "-" or white space and is not read as it, so ${standsIn(ind).en}; if it is that indicator, rename the key ${ind.name}`,
      ),
    };
  // `安定性` beside 压蒸安定性合格: part of the label only, perhaps another test; no rename to the name is offered.
  if (how === 'partial')
    return {
      field: ind.name,
      code: 'missing',
      message: localized(
        `${cjkJoin('没有以指标名给出', ind.label.zh)}（${ind.name}）：记录中的键 ${shown} 只与它的标签部分相同，没有读取，否则${standsIn(ind).zh}；二者不同的字可能表示另一项试验或另一个量，请核对它是什么，不要直接改名：只有它确实是“${ind.label.zh}”时，才把键改为 ${ind.name}；否则请给键改名，使它不再像该指标`,
        `${ind.name} (${ind.label.en}) is not given under its name: the record's key ${shown} shares only part of its label (${ind.label.zh}) and is not read, so ${standsIn(ind).en}; the words they do not share may name a different test or quantity: check what it is rather than rename it; only if it is "${ind.label.zh}" rename the key ${ind.name}, otherwise rename it so that it no longer looks like that indicator`,
      ),
    };
  const said =
    how === 'read'
      ? { zh: '作为表格的表头会读作它', en: 'is read as it in a table header' }
      : { zh: '看起来是它', en: 'looks like it' };
  return {
    field: ind.name,
    code: 'missing',
    message: localized(
      `${cjkJoin('没有以指标名给出', ind.label.zh)}（${ind.name}）：记录中的键 ${shown} ${said.zh}，但记录的键只按指标名读取，否则${standsIn(ind).zh}；如果就是它，请把键改为 ${ind.name}，如果是别的量，请给键改名`,
      `${ind.name} (${ind.label.en}) is not given under its name: the record's key ${shown} ${said.en}, but a record's keys are read by name only, so ${standsIn(ind).en}; if it is that indicator, rename the key ${ind.name}; if it is something else, rename the key`,
    ),
  };
}

/**
 * What leaving a key unread would do: its default would stand in, or, for an optional indicator with none
 * (`lossOnIgnition`), the indicator would go as not given and its requirements unjudged (hostile-25 W11).
 */
function standsIn(ind: IndicatorModel): { zh: string; en: string } {
  return ind.default === undefined
    ? {
        zh: '会当作未给出，其要求不作判定',
        en: 'it would be taken as not given and its requirements left unjudged',
      }
    : {
        zh: `会按默认值 ${shownDefault(ind, true)} 评级`,
        en: `the default ${JSON.stringify(ind.default)} would stand in`,
      };
}

/** A default as the message writes it: a yes/no in words under zh (是/否), else as JSON. */
function shownDefault(ind: IndicatorModel, zh: boolean): string {
  if (zh && typeof ind.default === 'boolean') return ind.default ? '是' : '否';
  return JSON.stringify(ind.default);
}
