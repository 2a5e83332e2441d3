import type { ComparisonModel } from '../model/rule-set-model';
import type { Language, LocalizedText } from '../text/localized-text';
import { unitAfter } from '../text/unit-after';
import type { BoundaryPoint, MovedBoundary } from './band-partition';
import type { DiffAspect, DiffDirection } from './rule-set-diff';

/**
 * The sentences of a diff, in both languages. Every text a diff shows is
 * built here, so the two languages stay side by side.
 *
 * @module
 */

/**
 * A direction as a word.
 *
 * @example
 * DIRECTION_TEXT.stricter.zh; // '更严'
 */
export const DIRECTION_TEXT: Record<DiffDirection, LocalizedText> = {
  stricter: { zh: '更严', en: 'stricter' },
  looser: { zh: '更宽', en: 'looser' },
  changed: { zh: '有变化', en: 'changed' },
};

/**
 * A part of an item as a noun.
 *
 * @example
 * ASPECT_TEXT.comparison.en; // 'comparison method'
 */
export const ASPECT_TEXT: Record<DiffAspect, LocalizedText> = {
  limit: { zh: '限值', en: 'limit' },
  when: { zh: '适用条件', en: 'condition (when)' },
  comparison: { zh: '比较方法', en: 'comparison method' },
  effect: { zh: '作用', en: 'effect' },
  cap: { zh: '封顶等级', en: 'grade capped at' },
  grade: { zh: '所属等级', en: 'grade' },
  aggregate: { zh: '多试样取值', en: 'specimen aggregate' },
  subject: { zh: '考核对象', en: 'value tested' },
  type: { zh: '类型', en: 'type' },
  unit: { zh: '单位', en: 'unit' },
  range: { zh: '取值范围', en: 'allowed range' },
  plausible: { zh: '核对范围（规则作者给出）', en: "plausibility check (the rule author's)" },
  pairSpecimens: { zh: '试样配对（pairSpecimens）', en: 'specimen pairing (pairSpecimens)' },
  sameValue: { zh: '组内须相同的指标', en: 'indicators a group must share' },
  values: { zh: '可选值', en: 'allowed values' },
  required: { zh: '是否必填', en: 'required' },
  specimens: { zh: '试样数', en: 'specimens' },
  default: { zh: '默认值', en: 'default' },
  formula: { zh: '公式', en: 'formula' },
  decimals: { zh: '小数位数', en: 'decimals' },
  weight: { zh: '权重', en: 'weight' },
  items: { zh: '评分项', en: 'scored items' },
  edition: { zh: '版本', en: 'edition' },
  statistic: { zh: '统计量', en: 'statistic' },
  of: { zh: '统计对象', en: 'value it is over' },
  meets: { zh: '计入合格率的要求', en: 'requirement counted (meets)' },
  criterion: { zh: '计入合格率的判定项', en: 'criterion counted' },
  limits: { zh: '规格限', en: 'specification limits' },
  valueLabels: { zh: '取值标签', en: 'value labels' },
};

/**
 * Shown for an absent value.
 *
 * @example
 * shown(null).zh; // '无'
 */
export const NONE: LocalizedText = { zh: '无', en: 'none' };

/**
 * Shown for an empty table cell.
 *
 * @example
 * shown(null, EMPTY_CELL).en; // 'empty (no requirement)'
 */
export const EMPTY_CELL: LocalizedText = { zh: '空（无要求）', en: 'empty (no requirement)' };

/**
 * A text that reads the same in both languages.
 *
 * @example
 * same('4.50'); // { zh: '4.50', en: '4.50' }
 */
export function same(text: string): LocalizedText {
  return { zh: text, en: text };
}

/**
 * A value as shown, `none` when absent.
 *
 * @example
 * shown(null).en; // 'none'
 */
export function shown(text: string | null, absent: LocalizedText = NONE): LocalizedText {
  return text === null ? absent : same(text);
}

/**
 * GB/T 8170's names of the comparison methods.
 *
 * @example
 * comparisonText({ method: 'full' }).zh; // '全数值比较法'
 */
export function comparisonText(c: ComparisonModel): LocalizedText {
  if (c.method === 'full') return { zh: '全数值比较法', en: 'full value' };
  if (!c.interval)
    return { zh: '修约值比较法（按限值的位数修约）', en: "rounded value (to the limit's precision)" };
  return {
    zh: `修约值比较法（修约间隔 ${c.interval.text}）`,
    en: `rounded value (interval ${c.interval.text})`,
  };
}

/**
 * A check's effect in words; a cap's grade by its label, as the requirement's name gives it (hostile-46: the zh
 * line read `封顶于“accepted”` beside `（上限：可采购）`).
 *
 * @example
 * effectText('gate').zh; // '否决项'
 * effectText('cap', { zh: '可采购', en: 'Accepted' }).zh; // '封顶于“可采购”'
 */
export function effectText(effect: string, capAt?: LocalizedText): LocalizedText {
  switch (effect) {
    case 'gate':
      return { zh: '否决项', en: 'veto (gate)' };
    case 'cap':
      return { zh: `封顶于“${capAt?.zh ?? ''}”`, en: `cap at ${capAt?.en ?? ''}` };
    case 'scope':
      return { zh: '适用范围', en: 'scope' };
    default:
      return { zh: '分级要求', en: 'grade requirement' };
  }
}

/**
 * How several specimens are judged, in words.
 *
 * @example
 * aggregateText('min').en; // 'the lowest'
 * aggregateText('atMostFailing', 1).en; // 'at most 1 specimen failing'
 */
export function aggregateText(aggregate: string, count?: number): LocalizedText {
  switch (aggregate) {
    case 'atMostFailing':
      return {
        zh: `至多 ${count} 个试样不满足`,
        en: `at most ${count} specimen${count === 1 ? '' : 's'} failing`,
      };
    case 'atLeastPassing':
      return {
        zh: `至少 ${count} 个试样满足`,
        en: `at least ${count} specimen${count === 1 ? '' : 's'} passing`,
      };
    case 'min':
      return { zh: '取最小值', en: 'the lowest' };
    case 'max':
      return { zh: '取最大值', en: 'the highest' };
    case 'mean':
      return { zh: '取平均值', en: 'the mean' };
    default:
      return { zh: '逐个试样', en: 'each specimen' };
  }
}

/**
 * Whether an indicator is required, in words.
 *
 * @example
 * requiredText(false, 'unitType = heat-pump').en; // 'required when unitType = heat-pump'
 */
export function requiredText(required: boolean, when: string | null): LocalizedText {
  if (when !== null) return { zh: `当 ${when} 时必填`, en: `required when ${when}` };
  return required ? { zh: '必填', en: 'required' } : { zh: '选填', en: 'optional' };
}

/**
 * `before → after`, with the direction when there is one.
 *
 * @example
 * change(same('4.50'), same('4.70'), 'stricter').zh; // '4.50 → 4.70，更严'
 */
export function change(
  before: LocalizedText,
  after: LocalizedText,
  direction?: DiffDirection,
): LocalizedText {
  const dir = direction ? DIRECTION_TEXT[direction] : undefined;
  return {
    zh: `${before.zh} → ${after.zh}${dir ? `，${dir.zh}` : ''}`,
    en: `${before.en} → ${after.en}${dir ? `, ${dir.en}` : ''}`,
  };
}

/**
 * `what: text`.
 *
 * @example
 * labelled(META.version, same('1.1.0')).en; // 'rule-set version: 1.1.0'
 */
export function labelled(what: LocalizedText, text: LocalizedText): LocalizedText {
  return { zh: `${what.zh}：${text.zh}`, en: `${what.en}: ${text.en}` };
}

/**
 * `“label”（id）` / `label (id)`, or the id alone when the label is the id.
 *
 * @example
 * named({ zh: '2级', en: 'Grade 2' }, '2').zh; // '“2级”（2）'
 */
export function named(label: LocalizedText, id: string): LocalizedText {
  return {
    zh: label.zh === id ? `“${id}”` : `“${label.zh}”（${id}）`,
    en: label.en === id ? id : `${label.en} (${id})`,
  };
}

/**
 * Appends the requirements a change reads into: `（影响 apf@2）` / ` (read by apf@2)`.
 *
 * @example
 * withReaders(same('4.50 → 4.70'), ['apf@2']).en; // '4.50 → 4.70 (read by apf@2)'
 */
export function withReaders(text: LocalizedText, ids: readonly string[]): LocalizedText {
  if (ids.length === 0) return text;
  return { zh: `${text.zh}（影响 ${ids.join('、')}）`, en: `${text.en} (read by ${ids.join(', ')})` };
}

/**
 * A sentence in one language without the list {@link withReaders} appended
 * to it (`ids` the same requirements), for a line that names them apart.
 *
 * @example
 * withoutReaders('4.50 → 4.70 (read by apf@2)', ['apf@2'], 'en'); // '4.50 → 4.70'
 */
export function withoutReaders(text: string, ids: readonly string[], lang: Language): string {
  if (ids.length === 0) return text;
  const suffix = lang === 'zh' ? `（影响 ${ids.join('、')}）` : ` (read by ${ids.join(', ')})`;
  return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

/**
 * Phrases naming the things a diff is about.
 *
 * @example
 * THING.table(undefined, 'apfLimits').zh; // '表“apfLimits”'
 */
export const THING = {
  criterion: (name: LocalizedText): LocalizedText => ({ zh: `要求${name.zh}`, en: `criterion ${name.en}` }),
  scope: (name: LocalizedText): LocalizedText => ({
    zh: `适用范围条件${name.zh}`,
    en: `scope item ${name.en}`,
  }),
  indicator: (name: LocalizedText): LocalizedText => ({ zh: `指标${name.zh}`, en: `indicator ${name.en}` }),
  derived: (name: LocalizedText): LocalizedText => ({
    zh: `计算值${name.zh}`,
    en: `derived value ${name.en}`,
  }),
  statistic: (name: LocalizedText): LocalizedText => ({
    zh: `组统计量${name.zh}`,
    en: `group statistic ${name.en}`,
  }),
  grade: (name: LocalizedText): LocalizedText => ({ zh: `等级${name.zh}`, en: `grade ${name.en}` }),
  dimension: (name: LocalizedText): LocalizedText => ({
    zh: `评分维度${name.zh}`,
    en: `scoring dimension ${name.en}`,
  }),
  table: (title: LocalizedText | undefined, name: string): LocalizedText =>
    title
      ? { zh: `表“${title.zh}”（${name}）`, en: `table "${title.en}" (${name})` }
      : { zh: `表“${name}”`, en: `table ${name}` },
  // A row by its key cells as a reader reads them: a category by its value's label (滚筒 / Drum), newcomer-27 M7.
  cell: (table: LocalizedText, row: LocalizedText, column: LocalizedText): LocalizedText => ({
    zh: `${table.zh}行“${row.zh}”列“${column.zh}”`,
    en: `${table.en}, row ${row.en}, column ${column.en}`,
  }),
};

/**
 * A moved band boundary of a table: `表“…”分档界限 4500 W → 5000 W：额定制冷量在 (4500, 5000] W 的记录由行“(4500, 7100]”改按行“≤ 5000”判定`.
 * The values are bare (`4500 W → 5000 W`) when the lower row holds its boundary on both sides, with `≤` / `<` otherwise.
 *
 * @example
 * boundaryMoved(THING.table(undefined, 't'), same('CC'), boundary, 'W', '(4500, 5000]', '(4500, 7100]', '≤ 5000').en;
 * // 'table t: band boundary 4500 W → 5000 W: records with CC in (4500, 5000] W now read row ≤ 5000 (under A: row (4500, 7100])'
 */
export function boundaryMoved(
  table: LocalizedText,
  indicator: LocalizedText,
  boundary: MovedBoundary,
  unit: string | undefined,
  gap: string,
  fromRow: string,
  toRow: string,
): LocalizedText {
  const u = unitAfter(unit);
  const bare = boundary.before.inclusive === boundary.after.inclusive;
  const point = (p: BoundaryPoint) => `${bare ? '' : p.inclusive ? '≤ ' : '< '}${p.value}${u}`;
  const moved = `${point(boundary.before)} → ${point(boundary.after)}`;
  const single = gap.startsWith('= ');
  const where = single
    ? { zh: `为 ${gap.slice(2)}${u}`, en: `of ${gap.slice(2)}${u}` }
    : { zh: `在 ${gap}${u}`, en: `in ${gap}${u}` };
  // `额定制冷量 CC 在 …`, `额定制冷量在 …`: a space only after a Latin end.
  const gapZh = /[A-Za-z0-9)]$/u.test(indicator.zh) ? ' ' : '';
  return {
    zh: `${table.zh}分档界限 ${moved}：${indicator.zh}${gapZh}${where.zh} 的记录由行“${fromRow}”改按行“${toRow}”判定`,
    en: `${table.en}: band boundary ${moved}: records with ${indicator.en} ${where.en} now read row ${toRow} (under A: row ${fromRow})`,
  };
}

/**
 * A band row split into several: `表“…”行“(7100, 14000]”拆分为“(7100, 10000]”和“(10000, 14000]”，各新行与原行逐列比较；“(7100, 10000]”与原行限值相同`.
 *
 * @example
 * rowSplit(THING.table(undefined, 't'), '(7100, 14000]', ['(7100, 10000]', '(10000, 14000]'], ['(7100, 10000]']).en;
 * // 'table t: row (7100, 14000] split into (7100, 10000] and (10000, 14000], each new row compared with it cell by cell; (7100, 10000] sets the same limits'
 */
export function rowSplit(
  table: LocalizedText,
  row: string,
  pieces: readonly string[],
  unchanged: readonly string[],
): LocalizedText {
  const { zh: zhPieces, en: enPieces } = rowsListed(pieces);
  const same = sameLimitsTail(unchanged, '原行');
  return {
    zh: `${table.zh}行“${row}”拆分为${zhPieces}，各新行与原行逐列比较${same.zh}`,
    en: `${table.en}: row ${row} split into ${enPieces}, each new row compared with it cell by cell${same.en}`,
  };
}

/**
 * Band rows merged into one, the mirror of {@link rowSplit} (B merges what A splits): `表“…”行“(7100, 10000]”和“(10000, 14000]”合并为“(7100, 14000]”，各原行与新行逐列比较；“(7100, 10000]”与新行限值相同`.
 *
 * @example
 * rowMerged(THING.table(undefined, 't'), ['(7100, 10000]', '(10000, 14000]'], '(7100, 14000]', ['(7100, 10000]']).en;
 * // 'table t: rows (7100, 10000] and (10000, 14000] merged into (7100, 14000], each old row compared with it cell by cell; (7100, 10000] sets the same limits'
 */
export function rowMerged(
  table: LocalizedText,
  pieces: readonly string[],
  row: string,
  unchanged: readonly string[],
): LocalizedText {
  const { zh: zhPieces, en: enPieces } = rowsListed(pieces);
  const same = sameLimitsTail(unchanged, '新行');
  return {
    zh: `${table.zh}行${zhPieces}合并为“${row}”，各原行与新行逐列比较${same.zh}`,
    en: `${table.en}: rows ${enPieces} merged into ${row}, each old row compared with it cell by cell${same.en}`,
  };
}

/** Rows by their keys, `“a”、“b”和“c”` / `a, b and c`. */
function rowsListed(rows: readonly string[]): LocalizedText {
  const listZh = rows.map((p) => `“${p}”`);
  return {
    zh: `${listZh.slice(0, -1).join('、')}和${listZh.at(-1)}`,
    en: `${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`,
  };
}

/** The tail naming the rows that set the same limits as the row they were split from or merged into (`other`, in zh). */
function sameLimitsTail(unchanged: readonly string[], other: string): LocalizedText {
  return unchanged.length === 0
    ? { zh: '', en: '' }
    : {
        zh: `；${unchanged.map((p) => `“${p}”`).join('、')}与${other}限值相同`,
        en: `; ${unchanged.join(', ')} ${unchanged.length === 1 ? 'sets' : 'set'} the same limits`,
      };
}

/**
 * The tail of a limit re-expressed in a new unit of the same quantity (`≥ 45 min → ≥ 0.75 h`): it accepts what it did.
 *
 * @example
 * SAME_IN_NEW_UNIT.en; // 'the same limit in a new unit'
 */
export const SAME_IN_NEW_UNIT: LocalizedText = {
  zh: '同一限值，换用新单位',
  en: 'the same limit in a new unit',
};

/**
 * The tail of a moved boundary whose two rows set the same limits: no record changes grade by it.
 *
 * @example
 * SAME_LIMITS.en; // 'both rows set the same limits'
 */
export const SAME_LIMITS: LocalizedText = {
  zh: '两行限值相同，等级不受影响',
  en: 'both rows set the same limits',
};

/**
 * `what` added / removed.
 *
 * @example
 * addedOrRemoved(META.reference, true, same('GB 21455-2019')).en; // 'reference added: GB 21455-2019'
 */
export function addedOrRemoved(what: LocalizedText, added: boolean, detail?: LocalizedText): LocalizedText {
  const base = added
    ? { zh: `新增${what.zh}`, en: `${what.en} added` }
    : { zh: `删除${what.zh}`, en: `${what.en} removed` };
  return detail ? labelled(base, detail) : base;
}

/**
 * A table's row added or removed: `表“…”新增行“≤ 4500”` / `table …: row ≤ 4500 added`.
 *
 * @example
 * rowAddedOrRemoved(THING.table(undefined, 't'), same('≤ 4500'), true, same('[≤ 4500, 5.00]')).en; // 'table t: row ≤ 4500 added: [≤ 4500, 5.00]'
 */
export function rowAddedOrRemoved(
  table: LocalizedText,
  row: LocalizedText,
  added: boolean,
  detail: LocalizedText,
): LocalizedText {
  const base = added
    ? { zh: `${table.zh}新增行“${row.zh}”`, en: `${table.en}: row ${row.en} added` }
    : { zh: `${table.zh}删除行“${row.zh}”`, en: `${table.en}: row ${row.en} removed` };
  return labelled(base, detail);
}

/**
 * `what` 的 aspect: before → after.
 *
 * @example
 * aspectChanged(THING.indicator(same('apf')), 'range', same('> 0 → [1, 10]')).en; // 'indicator apf, allowed range: > 0 → [1, 10]'
 */
export function aspectChanged(what: LocalizedText, aspect: DiffAspect, text: LocalizedText): LocalizedText {
  const a = ASPECT_TEXT[aspect];
  return { zh: `${what.zh}的${a.zh}：${text.zh}`, en: `${what.en}, ${a.en}: ${text.en}` };
}

/**
 * Rule-set level items.
 *
 * @example
 * META.provenance.zh; // '来源可信度'
 */
export const META = {
  id: { zh: '规则集标识', en: 'rule-set id' },
  version: { zh: '规则集版本', en: 'rule-set version' },
  provenance: { zh: '来源可信度', en: 'provenance level' },
  reference: { zh: '引用标准', en: 'reference' },
  groupLabel: { zh: '组的名称', en: 'group label' },
  groupSameValue: {
    zh: '组内记录须相同的指标（sameValue，不同则该组不分级）',
    en: "indicators a group's records must share (sameValue; a group mixing them is not graded)",
  },
} satisfies Record<string, LocalizedText>;

/**
 * Appends a direction: `…，更严` / `…, stricter`.
 *
 * @example
 * withDirection(same('≥ 2.0 → ≥ 2.5'), 'stricter').en; // '≥ 2.0 → ≥ 2.5, stricter'
 */
export function withDirection(text: LocalizedText, direction: DiffDirection | undefined): LocalizedText {
  if (!direction) return text;
  const d = DIRECTION_TEXT[direction];
  return { zh: `${text.zh}，${d.zh}`, en: `${text.en}, ${d.en}` };
}
