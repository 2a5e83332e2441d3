import { type LocalizedText, localized } from '../text/localized-text';
import type { DiffEntry, RuleSetDiff } from './rule-set-diff';

// Entries that change a figure a record is graded against.
const LIMIT_KINDS: ReadonlySet<DiffEntry['kind']> = new Set([
  'cell-changed',
  'boundary-moved',
  'row-split',
  'row-merged',
]);

// Entries that change what the rule set says its figures are from.
const SOURCE_KINDS: ReadonlySet<DiffEntry['kind']> = new Set([
  'provenance',
  'reference-added',
  'reference-removed',
  'reference-changed',
]);

/**
 * A warning when B's limits differ from A's while B's provenance (level and
 * note) and references are A's as written: a draft made with `init --from`
 * keeps its source's "Commonly quoted GB 175-2007 figures …", which then
 * vouches for figures a committee proposed (committee-34 M8). The draft is
 * not rewritten (a fresh copy diffs as its id only): `diff` and `compare`
 * say what to update. `undefined` when no limit changed, or the provenance
 * or a reference did too.
 *
 * @example
 * const notice = unchangedProvenanceNotice(diffRuleSets(a, b));
 * if (notice) console.error(notice.en);
 */
export function unchangedProvenanceNotice(diff: RuleSetDiff): LocalizedText | undefined {
  const entries = diff.entries;
  const limits = entries.some((e) => LIMIT_KINDS.has(e.kind) || e.aspect === 'limit');
  const source = entries.some((e) => SOURCE_KINDS.has(e.kind) || e.key === 'provenance:note');
  if (!limits || source) return undefined;
  return localized(
    `注意：B（${diff.b.id}）的限值与 A 不同，但出处说明（provenance 的 level 和 note）和引用标准（references）与 A 完全相同：B 若是据 A 改出的草案，请更新它的出处（level、note，引用标准的 edition），以免报告把新限值说成出自 A 的来源`,
    `note: B (${diff.b.id}) has limits that differ from A's, but its provenance (level and note) and references are A's word for word: if B is a draft made from A, update its provenance (level, note, and the references' edition), or reports will credit the new limits to A's source`,
  );
}
