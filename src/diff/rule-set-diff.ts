/**
 * The shape of a diff of two rule sets: what {@link diffRuleSets} returns and
 * `qgrade diff -f json` prints (schemas/rule-set-diff.schema.json).
 *
 * @module
 */
import type { LocalizedText } from '../text/localized-text';

/**
 * What changed, and on what.
 *
 * @example
 * const limits = diff.entries.filter((e) => e.kind === 'cell-changed' || e.aspect === 'limit');
 */
export type DiffKind =
  | 'rule-set-id'
  | 'version'
  | 'provenance'
  | 'rule-set-text'
  | 'reference-added'
  | 'reference-removed'
  | 'reference-changed'
  | 'grade-added'
  | 'grade-removed'
  | 'grade-renamed'
  | 'grades-reordered'
  | 'indicator-added'
  | 'indicator-removed'
  | 'indicator-changed'
  | 'derived-added'
  | 'derived-removed'
  | 'derived-changed'
  | 'statistic-added'
  | 'statistic-removed'
  | 'statistic-changed'
  | 'group-label'
  | 'group-changed'
  | 'dimension-added'
  | 'dimension-removed'
  | 'dimension-changed'
  | 'table-added'
  | 'table-removed'
  | 'row-added'
  | 'row-removed'
  | 'boundary-moved'
  | 'row-split'
  | 'row-merged'
  | 'cell-changed'
  | 'scope-added'
  | 'scope-removed'
  | 'scope-changed'
  | 'criterion-added'
  | 'criterion-removed'
  | 'criterion-changed';

/**
 * Which part of a changed item changed (`criterion-`, `scope-`, `indicator-`, `derived-`, `statistic-`, `dimension-` and `reference-changed` only).
 *
 * - criteria and scope items: `limit` (the requirement), `when`, `comparison`
 *   (GB/T 8170 method or rounding interval), `effect` (requirement, gate, cap),
 *   `cap` (the grade a cap holds to), `grade`, `aggregate`, `subject`;
 * - indicators: `type`, `unit`, `range`, `values`, `required`, `specimens`, `default`,
 *   `valueLabels` (an enum's or a boolean's value's labels and aliases; one entry per value, naming it in `value`);
 * - derived values: `formula`, `decimals`, `plausible`, `pairSpecimens` (a single value reused for
 *   every specimen of another indicator, or not);
 * - group statistics: `statistic` (what it computes), `of`, `meets` and
 *   `criterion` (what a pass rate counts), `limits` (a Cpk's), `decimals`;
 * - the group (`group-changed`): `sameValue` (indicators a group's records must share);
 * - scoring dimensions: `weight`, `items` (indicators, their weights and points);
 * - references: `edition` (code, edition or status).
 *
 * @example
 * diff.entries.filter((e) => e.aspect === 'comparison'); // method or rounding interval changed
 */
export type DiffAspect =
  | 'limit'
  | 'when'
  | 'comparison'
  | 'effect'
  | 'cap'
  | 'grade'
  | 'aggregate'
  | 'subject'
  | 'type'
  | 'unit'
  | 'range'
  | 'plausible'
  | 'pairSpecimens'
  | 'sameValue'
  | 'values'
  | 'required'
  | 'specimens'
  | 'default'
  | 'formula'
  | 'decimals'
  | 'weight'
  | 'items'
  | 'edition'
  | 'statistic'
  | 'of'
  | 'meets'
  | 'criterion'
  | 'limits'
  | 'valueLabels';

/**
 * What a change does to the records accepted: `stricter` (B accepts a subset
 * of what A accepts), `looser` (a superset), `changed` (neither, or it cannot
 * be told: a text limit, a range moving both ways, a new formula).
 *
 * @example
 * diff.entries.filter((e) => e.direction === 'stricter').length;
 */
export type DiffDirection = 'stricter' | 'looser' | 'changed';

/**
 * Where an item is written in its rule file (1-based).
 *
 * @example
 * const at: DiffLocation = { file: 'rules/home-appliances/room-air-conditioner-energy.yaml', line: 86, column: 9 };
 */
export interface DiffLocation {
  /** The rule file, as it was loaded. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/**
 * One difference between rule set A and rule set B.
 *
 * @example
 * const entry: DiffEntry = {
 *   key: 'cell:apfLimits[≤ 4500][2]', kind: 'cell-changed', direction: 'stricter',
 *   before: '4.50', after: '4.70', table: 'apfLimits', row: '≤ 4500', column: '2', criteria: ['apf@2'],
 *   message: { zh: '…', en: '…' },
 * };
 */
export interface DiffEntry {
  /**
   * Stable key: `cell:<table>[<row key as written>][<column>]`,
   * `row:<table>[<row key>]`, `boundary:<table>[<A's row below the boundary>]`, `split:<table>[<A's row split>]`, `merge:<table>[<B's row merged into>]`, `table:<name>`, `criterion:<id>` (added or
   * removed), `criterion:<id>:<aspect>`, `scope:<id>[:<aspect>]`,
   * `indicator:<name>[:<aspect>]`, `indicator:<name>:valueLabels[<value>]`, `derived:<name>[:<aspect>]`, `statistic:<name>[:<aspect>]`,
   * `dimension:<id>[:<aspect>]`, `grade:<id>`, `grades:order` (the grades both have, ranked otherwise), `reference:<code without year>`, `group:label`, `group:sameValue`,
   * `version`, `provenance`, `rule-set-id`, and for `rule-set-text`: `title`, `description`, `provenance:note`.
   */
  key: string;
  /** What changed. */
  kind: DiffKind;
  /** Which part changed, for `criterion-`, `scope-`, `indicator-`, `derived-`, `statistic-`, `group-`, `dimension-` and `reference-changed`. */
  aspect?: DiffAspect;
  /** What it does to the records accepted; absent for changes that accept nothing (version, labels, references). */
  direction?: DiffDirection;
  /** Under A, as written (`null`: absent, or an empty table cell); for `boundary-moved`, `≤ 4500` (the row below holds 4500) or `< 4500`. */
  before: string | null;
  /** Under B, as written (`null`: absent, or an empty table cell). */
  after: string | null;
  /** The criterion, scope item, indicator, derived value, group statistic or grade id it is about. */
  id?: string;
  /** For table entries: the table's name. */
  table?: string;
  /** For row and cell entries: the row's key cells as written, e.g. `(4500, 7100]` or `HRB400E` (A's row when the rows are paired by position, B's for a cell of a row split from A's); for `boundary-moved`, A's row below the boundary; for `row-split`, A's row; for `row-merged`, B's row (A's for a cell of a row merged into B's). */
  row?: string;
  /** For cell entries: the column. */
  column?: string;
  /** For `valueLabels` entries: the enum value whose labels changed (`heat-pump`), or a boolean's `true` / `false` as text. */
  value?: string;
  /** Ids of the requirements (criteria and scope items, in A or B) whose outcome this change can move. */
  criteria?: string[];
  /** The change as a sentence. */
  message: LocalizedText;
  /**
   * A remark on it: for an indicator removed and one added with the same
   * label (Chinese or English), type and unit, that it is possibly a rename,
   * naming the other (`compare` reads one column as both); likewise for a grade
   * removed and one added with the same label, or at the same place in ladders
   * with as many grades; for a limit of an indicator or derived value whose
   * unit changed (W → kW), that unit change: its direction is then `changed`,
   * as bare numbers in two units are neither stricter nor looser; for the
   * version, that B's is lower than A's (B may be made from an older edition);
   * for a requirement removed (or added) with a table column only it reads
   * (grade column `4` with `seer@4`), that column and its cells row by row:
   * the column is part of this one change, not a cell entry per row; for a requirement removed whose indicator
   * B keeps but judges by nothing, that the indicator stays (and, when required, that records must still give it).
   */
  note?: LocalizedText;
  /** Where the item is written in A. */
  a?: DiffLocation;
  /** Where the item is written in B. */
  b?: DiffLocation;
}

/**
 * A rule set as a diff names it.
 *
 * @example
 * `${diff.a.id} ${diff.a.version} → ${diff.b.version}`;
 */
export interface DiffSide {
  /** `<industry>/<name>`. */
  id: string;
  /** Its version. */
  version: string;
  /** The file it was read from. */
  file: string;
}

/**
 * Every threshold-level difference between two versions of a rule set.
 *
 * @example
 * const diff: RuleSetDiff = diffRuleSets(oldRules, newRules);
 * for (const e of diff.entries) console.log(e.key, e.before, '→', e.after, e.direction ?? '');
 */
export interface RuleSetDiff {
  /** The rule set compared from. */
  a: DiffSide;
  /** The rule set compared to. */
  b: DiffSide;
  /** Counts of the entries by direction; `other` counts entries without one. */
  counts: {
    /** Every entry. */
    total: number;
    /** Limits raised (minimums) or lowered (maximums). */
    stricter: number;
    /** Limits moved the other way. */
    looser: number;
    /** Changes with no direction of strictness. */
    changed: number;
    /** Entries without a direction (metadata, labels). */
    other: number;
  };
  /** The differences: rule-set metadata, grades, indicators, derived values, tables, scope, criteria — each group in file order. */
  entries: DiffEntry[];
}
