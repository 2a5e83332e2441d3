/**
 * Editions of one rule set among the studio's files: files whose `id:` is the
 * open rule set's, told apart by their `version:`. The comparison starts at the
 * newest other edition (a draft beside the published file), where it started
 * at "—" and a first click only said to choose (studio-27 F3).
 */

/** A rule file's `id:` and `version:`, read from its top-level lines (cheap enough for every file listed). */
export interface EditionHead {
  id: string;
  version: string;
}

const TOP_KEY = (key: string) => new RegExp(`^${key}:[ \\t]*["']?([^\\s"'#]+)`, 'm');
const ID = TOP_KEY('id');
const VERSION = TOP_KEY('version');

/**
 * The `id:` and `version:` a rule file's text gives at the top level; none
 * when either is missing (a test suite, a file that is no rule set).
 *
 * @example
 * editionHead('id: steel/rebar\nversion: 3.0.0-draft\n'); // { id: 'steel/rebar', version: '3.0.0-draft' }
 */
export function editionHead(text: string): EditionHead | undefined {
  const id = ID.exec(text)?.[1];
  const version = VERSION.exec(text)?.[1];
  return id === undefined || version === undefined ? undefined : { id, version };
}

/**
 * Orders two versions as semantic versions do: numbers by value, a
 * pre-release (`1.3.0-draft`) before its release (`1.3.0`), pre-release parts
 * numerically when both are numbers, else as text. Negative when `a` is older.
 *
 * @example
 * compareVersions('1.3.0-draft', '1.2.0'); // > 0
 * compareVersions('1.3.0-draft', '1.3.0'); // < 0
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', ...preA] = a.split('-');
  const [coreB = '', ...preB] = b.split('-');
  const core = compareParts(coreA.split('.'), coreB.split('.'));
  if (core !== 0) return core;
  const [pa, pb] = [preA.join('-'), preB.join('-')];
  if (pa === pb) return 0;
  if (pa === '') return 1;
  if (pb === '') return -1;
  return compareParts(pa.split('.'), pb.split('.'));
}

function compareParts(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const [nx, ny] = [Number(x), Number(y)];
    const both = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = both ? nx - ny : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Of `candidates`, the newest edition of `open` other than its own version
 * (a copy of the same edition compares nothing); none when there is no other.
 *
 * @example
 * newestEdition({ id: 'a', version: '1.2.0' }, [[0, { id: 'a', version: '1.3.0-draft' }], [1, { id: 'b', version: '9' }]]); // 0
 */
export function newestEdition<K>(
  open: EditionHead,
  candidates: readonly (readonly [K, EditionHead | undefined])[],
): K | undefined {
  let best: readonly [K, EditionHead] | undefined;
  for (const [key, head] of candidates) {
    if (!head || head.id !== open.id || head.version === open.version) continue;
    if (!best || compareVersions(head.version, best[1].version) > 0) best = [key, head];
  }
  return best?.[0];
}

/**
 * The rule set a draft was copied from, as `qgrade init --from` notes it above `id:` (in either language):
 * `# A draft revision, copied from home-appliances/room-air-conditioner-energy 1.3.2 (qgrade init --from).`;
 * none for a file without that line. The draft has an id of its own, so no other edition shares it: the
 * comparison starts at this source instead (committee-36 M3).
 *
 * @example
 * copiedFrom('# 修订稿，复制自 steel/rebar 1.0.0（qgrade init --from）。\nid: steel/rebar-2024\n'); // { id: 'steel/rebar', version: '1.0.0' }
 */
export function copiedFrom(text: string): EditionHead | undefined {
  const m = COPIED_FROM.exec(text);
  return m ? { id: m[1]!, version: m[2]! } : undefined;
}

/** A version no file has: {@link newestEdition} then leaves out none of the source's files. */
const NO_VERSION = '';

const COPIED_FROM = /^#[ \t]*(?:A draft revision, copied from|修订稿，复制自)[ \t]+(\S+)[ \t]+([^\s（(]+)/m;

/**
 * Of `candidates`, the source a draft was copied from ({@link copiedFrom}): the file of its id and version,
 * else the newest file of its id; none when no file has its id.
 *
 * @example
 * sourceEdition({ id: 'a', version: '1.2.0' }, [[0, { id: 'a', version: '1.2.0' }], [1, { id: 'b', version: '9' }]]); // 0
 */
export function sourceEdition<K>(
  source: EditionHead,
  candidates: readonly (readonly [K, EditionHead | undefined])[],
): K | undefined {
  const same = candidates.find(([, h]) => h?.id === source.id && h.version === source.version);
  // Else another version of the source (revised since the copy): the newest of them.
  return same?.[0] ?? newestEdition({ id: source.id, version: NO_VERSION }, candidates);
}
