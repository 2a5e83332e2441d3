import type { RecordErrorCode } from '../../errors/error-codes';
import type { NotGradedReason } from '../../model/grade-result';
import type { Language, LocalizedText } from '../../text/localized-text';
import { countText } from '../../text/number-text';
import { unitAfter } from '../../text/unit-after';
import { MATRIX_LEGEND } from '../matrix-shades';
import { ILLUSTRATIVE_TEXT, PROVENANCE_HEADING } from '../provenance-text';
import { shareTenths } from '../share-tenths';

type Reason = Exclude<NotGradedReason['code'], 'invalid-record'>;

const num = countText;

/** `k` bins of `step` as a number (0.02 × 10 is 0.2, not 0.20000000000000001). */
export function steps(k: number, step: number): string {
  return String(Number((k * step).toPrecision(12)));
}

/**
 * Every text of the HTML reports in Chinese and English: fixed texts as
 * {@link LocalizedText}, texts with figures as functions returning one.
 * Rule labels and messages come from the rule set and are not here.
 *
 * @example
 * HTML_TEXTS.gradeReport.zh; // '分级报告'
 * HTML_TEXTS.recordsLeftOut(98_000, 2_000).en; // '98,000 more records are not listed …'
 */
export const HTML_TEXTS = {
  colon: { zh: '：', en: ': ' },
  listSep: { zh: '；', en: '; ' },
  gradeReport: { zh: '分级报告', en: 'Grade report' },
  id: { zh: '编号', en: 'id' },
  compareReport: { zh: '规则集比较报告', en: 'Rule-set comparison report' },
  ruleSet: { zh: '规则集', en: 'Rule set' },
  ruleSetA: { zh: '规则集 A（比较的起点）', en: 'Rule set A (graded from)' },
  file: { zh: '文件', en: 'file' },
  /** In place of the file of a rule set given by its bundled id: its install path says nothing to the reader. */
  bundled: { zh: '（内置规则集）', en: '(bundled)' },
  ruleSetB: { zh: '规则集 B（比较的终点）', en: 'Rule set B (graded to)' },
  version: { zh: '版本', en: 'version' },
  input: { zh: '输入', en: 'Input' },
  generated: { zh: '生成时间', en: 'Generated' },
  standards: { zh: '依据标准', en: 'Standards' },
  edition: { zh: '版次', en: 'edition' },
  clause: { zh: '条款', en: 'clause' },
  provenance: PROVENANCE_HEADING,
  // Worded for what the rule set grades: an enterprise rule set does not grade products.
  illustrative: ILLUSTRATIVE_TEXT,
  summary: { zh: '概况', en: 'Summary' },
  records: { zh: '记录', en: 'Records' },
  total: { zh: '记录总数', en: 'Records' },
  graded: { zh: '已分级', en: 'Graded' },
  notGraded: { zh: '不分级', en: 'Not graded' },
  nonconforming: { zh: '不合格', en: 'Nonconforming' },
  invalid: { zh: '无效', en: 'Invalid' },
  gradeDistribution: { zh: '等级分布', en: 'Grade distribution' },
  tallyHeading: (column: string): LocalizedText => ({
    zh: `按“${column}”的等级分布`,
    en: `Grades by ${column}`,
  }),
  /** `grade --group-by --tally-by`: the groups (lots), not the records, per value. */
  lotTallyHeading: (column: string): LocalizedText => ({
    zh: `按“${column}”的组等级分布`,
    en: `Groups per grade by ${column}`,
  }),
  lotTallyNote: (values: number, groupBy: string): LocalizedText => ({
    zh: `每个“${groupBy}”组计一次，不是每条记录；共 ${num(values)} 个取值，按在输入中首次出现的顺序排列；组内记录取值不一的组列为“（混合）”，该列没有值的组列为“（无值）”，排在最后。各行相加等于全部组。`,
    en: `Each ${groupBy} group counted once, not each record; ${num(values)} value${values === 1 ? '' : 's'}, in the order they first appear in the input; a group whose records give different values is listed as “(mixed)”, groups with no value last, as “(no value)”. The rows add up to all the groups.`,
  }),
  tallyNote: (groups: number): LocalizedText => ({
    zh: `共 ${num(groups)} 组，按在输入中首次出现的顺序排列；该列没有值的记录列为“（无值）”，排在最后。各行相加等于全部记录。`,
    en: `${num(groups)} group${groups === 1 ? '' : 's'}, in the order they first appear in the input; records with no value in the column are listed last, as “(no value)”. The rows add up to all the records.`,
  }),
  noValue: { zh: '（无值）', en: '(no value)' },
  otherValues: { zh: '（其他）', en: '(other)' },
  tallyOther: (after: number): LocalizedText => ({
    zh: `该列的取值超过 ${num(after)} 个：只列出最先出现的 ${num(after)} 个，其余取值的记录合为“（其他）”一行；按列统计宜用取值较少的列（生产企业、地区）。`,
    en: `The column has more than ${num(after)} values: the first ${num(after)} to appear are listed, and the records of the rest are counted in one row, “(other)”; tally by a column with fewer values (a producer, a region).`,
  }),
  totalRow: { zh: '合计', en: 'Total' },
  grade: { zh: '等级', en: 'Grade' },
  count: { zh: '记录数', en: 'Records' },
  share: { zh: '占比', en: 'Share' },
  notGradedReasons: { zh: '不分级的原因', en: 'Why records were not graded' },
  reason: { zh: '原因', en: 'Reason' },
  invalidRecords: { zh: '无效记录', en: 'Invalid records' },
  problem: { zh: '问题', en: 'Problem' },
  example: { zh: '示例', en: 'Example' },
  failing: { zh: '最常不满足的要求', en: 'Most frequent failing criteria' },
  criterion: { zh: '要求', en: 'Criterion' },
  recordsFailing: { zh: '不满足的记录', en: 'Records failing it' },
  shareOfAll: { zh: '占全部记录', en: 'Share of all records' },
  failingNote: (total: number): LocalizedText => ({
    zh: `占比以全部 ${num(total)} 条记录为分母；下面“各项要求的通过率”只计该要求适用的记录，所以同一项要求的两个百分数不同。`,
    en: `Shares are of all ${num(total)} records; “Pass rate per criterion” below counts only the records a criterion applies to, so the two percentages of one criterion differ.`,
  }),
  passRates: { zh: '各项要求的通过率', en: 'Pass rate per criterion' },
  passed: { zh: '满足', en: 'Passed' },
  failed: { zh: '不满足', en: 'Failed' },
  missing: { zh: '缺少数值', en: 'Missing' },
  notApplicable: { zh: '不适用', en: 'Not applicable' },
  passRate: { zh: '通过率', en: 'Pass rate' },
  passRateNote: {
    zh: '通过率 = 满足 ÷（满足 + 不满足 + 缺少数值）；不适用的记录（包括产品没有该等级、限值表为 n/a 的记录）不计入，超出适用范围的记录只计入适用范围条目。',
    en: 'Pass rate = passed ÷ (passed + failed + missing); records a criterion does not apply to (including those whose product has no such grade, n/a in the table) are not counted, nor are records out of scope, except in the scope items.',
  },
  passRateInvalid: (invalid: number): LocalizedText => ({
    zh: `无效记录（${invalid} 条）未经评定，不计入本表；“缺少数值”只计有效记录中未给出的数值。`,
    en: `The ${invalid} invalid ${invalid === 1 ? 'record was' : 'records were'} not graded and ${invalid === 1 ? 'is' : 'are'} not counted here; Missing counts only values a valid record left out.`,
  }),
  nearLimit: { zh: '限值附近的数值分布', en: 'Values near the limit' },
  nearLimitNote: {
    zh: '每项数值要求：实测值与限值之差占限值的百分比。正数在满足一侧，负数在不满足一侧；恰好等于限值计为 0。按修约值比较（GB/T 8170）的要求用修约后的数值，即与限值比较的那个值（399.5 修约为 400，满足 ≥ 400，在满足一侧）。“1% 以内”包括恰好相差 1% 的值。区间要求按较近的一端计算。温度（°C）等没有绝对零点的量、计数（整数指标，如点状缺陷 1 个/m²），以及限值为 0 或负数的要求，百分比没有意义：按实测值与限值之差（该指标的单位）计算，“1 以内”即相差不超过 1 个单位；区间要求（如允许偏差 ±0.5%）宽度不到 20 个单位时，改用其宽度的二十分之一（向下取为 1、2 或 5 × 10ⁿ：±0.5% 为 0.05 个百分点），区间分组与“附近”都按它计算，每项要求下一行写明所用的宽度。某一指标只要有一项限值为 0 或负数（偏差，如重量偏差 ≥ −5.5% 与 ≤ +5.5%），它的每项限值都这样计算，使正负两侧用同一尺度；单位为 % 时，差值以百分点计（−5.0% 与 −5.5% 相差 0.5 个百分点）。',
    en: 'For each numeric criterion: how far the measured value lies from the limit, as a percentage of the limit. Positive is on the passing side, negative on the failing side; a value exactly at the limit counts as 0. Where a criterion compares rounded values (GB/T 8170), the rounded value is used, the one compared with the limit (399.5 rounds to 400 and meets ≥ 400: passing side). “Within 1 %” includes values exactly 1 % away. For a range, the nearer end is used. For a temperature in °C, a count (an integer indicator, such as 1 spot per m²), and a limit of 0 or below, a percentage means nothing: the difference from the limit is shown in the indicator’s unit, and “within 1” is at most 1 unit away; for a range narrower than 20 units (a tolerance of ±0.5 %) a twentieth of its width is used instead, rounded down to 1, 2 or 5 × 10ⁿ (0.05 percentage points for ±0.5 %), for the intervals and for “near” alike, and each criterion’s line says the width used. An indicator with any limit of 0 or below (a deviation, such as a mass deviation of ≥ −5.5 % and ≤ +5.5 %) has every one of its limits measured so, both sides of the tolerance on one scale; in % that is percentage points (−5.0 % is 0.5 percentage point inside −5.5 %).',
  },
  noNumeric: {
    zh: '没有可按限值百分比比较的数值要求。',
    en: 'No numeric criterion was compared with a limit as a percentage.',
  },
  limit: { zh: '限值', en: 'limit' },
  effects: {
    scope: { zh: '适用范围', en: 'scope' },
    gate: { zh: '否决项', en: 'veto' },
  },
  margin: { zh: '与限值之差（占限值的 %）', en: 'Distance from the limit (% of the limit)' },
  marginUnit: (unit: string): LocalizedText => ({
    zh: `与限值之差${unit === '' ? '' : `（${differenceUnit(unit, 'zh').trim().replace(/^个/, '')}）`}`,
    en: `Distance from the limit${unit === '' ? '' : ` (${differenceUnit(unit, 'en').trim()})`}`,
  }),
  bin: { zh: '区间', en: 'Interval' },
  numbers: { zh: '数值', en: 'Figures' },
  explanation: { zh: '说明', en: 'Explanation' },
  row: { zh: '序号', en: 'Row' },
  noRecords: { zh: '没有记录。', en: 'No records.' },
  record: { zh: '记录', en: 'record' },
  note: { zh: '注', en: 'Note' },
  footer: {
    zh: '由 qgrade 生成。本文件不含脚本，也不访问网络。',
    en: 'Made by qgrade. This file holds no script and loads nothing from the network.',
  },
  changed: { zh: '等级变化', en: 'Changed grade' },
  movedUp: { zh: '等级升高', en: 'Moved up' },
  movedDown: { zh: '等级降低', en: 'Moved down' },
  migration: { zh: '等级迁移矩阵', en: 'Migration matrix' },
  migrationNote: {
    zh: '行为 A 下的等级，列为 B 下的等级，格中为记录数；对角线上的记录等级未变，升高的为绿色，降低的为橙色，无高低之分的（两版阶梯同一位置的不同等级、只在一方下无效的记录）为灰色。“—”表示有效记录不分级（未达最低等级等）；无效记录（如有）另列为“无效”一行一列。',
    en: 'Rows: grade under A; columns: grade under B; each cell counts records. Records on the diagonal kept their grade; moves up are green, moves down orange, neither up nor down (two grades at the same place of the ladders, a record invalid under one side only) grey. “—” is a valid record not graded (below the lowest grade, …); invalid records, if any, have a row and a column “invalid” of their own.',
  },
  heatLegend: MATRIX_LEGEND,
  underA: { zh: 'A 下', en: 'Under A' },
  underB: { zh: 'B 下', en: 'Under B' },
  movedRecords: { zh: '等级变化的记录', en: 'Records whose grade changed' },
  movedBy: { zh: '引起变化的要求', en: 'Criteria that moved it' },
  invalidUnderEither: { zh: '记录在 A 或 B 下无效', en: 'the record is invalid under A or B' },
  notInRuleSet: { zh: '无此要求', en: 'no such criterion' },
  invalidUnder: { zh: '在哪个规则集下无效', en: 'Invalid under' },
  invalidLeftOut: (left: number, max: number): LocalizedText => ({
    zh: `另有 ${num(left)} 条无效记录未列出（只列出前 ${num(max)} 条）；完整列表请用 -f json 或 -f xlsx 输出。`,
    en: `${num(left)} more invalid record${left === 1 ? ' is' : 's are'} not listed (only the first ${num(max)} are); for every one use -f json or -f xlsx.`,
  }),
  noChanges: { zh: '没有记录的等级发生变化。', en: 'No record changed grade.' },
  groupsBy: (column: string): LocalizedText => ({ zh: `按“${column}”分组`, en: `Groups by ${column}` }),
  groupMigrationNote: {
    zh: '每组记录在 A 和 B 下分别作为一个整体评级（含组的统计要求）。行为 A 下的等级，列为 B 下的等级，格中为组数。“—”表示不分级。',
    en: 'Each group of records is graded as a unit under A and under B (with the group statistics’ requirements). Rows: grade under A; columns: grade under B; each cell counts groups. “—” is not graded.',
  },
  groupsMoved: { zh: '等级变化的组', en: 'Groups whose grade changed' },
  noGroupChanges: { zh: '没有组的等级发生变化。', en: 'No group changed grade.' },
  group: { zh: '组', en: 'Group' },
  groupsLeftOut: (left: number, max: number): LocalizedText => ({
    zh: `另有 ${num(left)} 组未列出（只列出前 ${num(max)} 组）；完整结果请用 -f json 或 -f xlsx 输出。`,
    en: `${num(left)} more group${left === 1 ? ' is' : 's are'} not listed (only the first ${num(max)} are); for every group use -f json or -f xlsx.`,
  }),
  rows: { zh: '序号', en: 'Rows' },
  lotReport: { zh: '批次评级报告', en: 'Lot grade report' },
  lotNote: (column: string): LocalizedText => ({
    zh: `按“${column}”分组，每组记录作为一个整体评级（grade --group-by）：组的等级为每条记录都达到的等级，并受组的统计要求（平均值、变异系数等）制约。`,
    en: `Records grouped by ${column}, each group graded as a unit (grade --group-by): a group's grade is the grade every record reaches, held down by the requirements on the group's statistics (mean, CV, …).`,
  }),
  lots: { zh: '组数', en: 'Groups' },
  lotsGraded: { zh: '已分级的组', en: 'Groups graded' },
  lotsNonconforming: { zh: '不合格的组', en: 'Groups nonconforming' },
  lotsNotGraded: { zh: '不分级的组', en: 'Groups not graded' },
  lotsWithInvalid: { zh: '含无效记录的组', en: 'Groups with invalid records' },
  lotDistribution: { zh: '组的等级分布', en: 'Grades of the groups' },
  lotCount: { zh: '组数', en: 'Groups' },
  lotTable: { zh: '各组的等级与统计量', en: 'Each group: grade and statistics' },
  lotStatisticsNote: {
    zh: '统计量按规则集的定义计算，按其说明中的位数显示；完整数值见 -f json。',
    en: 'Statistics as the rule set defines them, shown to the digits of their explanations; -f json has them whole.',
  },
  lotWhy: { zh: '原因或制约要求', en: 'Why, or what holds it down' },
  lotTop: { zh: '已达最高等级', en: 'top grade reached' },
  lotNotGradedList: { zh: '不分级的组及原因', en: 'Groups not graded, and why' },
  noLotsNotGraded: { zh: '每组都已分级。', en: 'Every group is graded.' },
  noLots: { zh: '没有记录。', en: 'No records.' },
  lotChartDesc: (parts: string): LocalizedText => ({
    zh: `各等级的组数：${parts}`,
    en: `Groups per grade: ${parts}`,
  }),
  lotsLeftOut: (left: number, max: number): LocalizedText => ({
    zh: `另有 ${num(left)} 组未列出（只列出前 ${num(max)} 组）；完整结果请用 -f json 或 -f xlsx 输出。`,
    en: `${num(left)} more group${left === 1 ? ' is' : 's are'} not listed (only the first ${num(max)} are); for every group use -f json or -f xlsx.`,
  }),
  lotDetails: { zh: '各项要求与统计量', en: 'Requirements and statistics' },
  noteWord: { zh: '注：', en: 'Note: ' },
  recordsChanged: (count: number): LocalizedText => ({
    zh: `组内有 ${num(count)} 条记录的等级变化`,
    en: `${num(count)} of its records changed grade`,
  }),
  recordsLeftOut: (left: number, max: number): LocalizedText => ({
    zh: `另有 ${num(left)} 条记录未列出（只列出前 ${num(max)} 条）；完整结果请用 -f csv 或 -f ndjson 输出。`,
    en: `${num(left)} more record${left === 1 ? ' is' : 's are'} not listed (only the first ${num(max)} are); for every result use -f csv or -f ndjson.`,
  }),
  problemOverlap: (invalid: number): LocalizedText => ({
    zh: `记录数为有该问题的记录条数；一条记录可有多种问题，计入每一种，因此各行之和可能大于无效记录数（${invalid} 条）。`,
    en: `Records counts the records with that problem; a record with several kinds of problem counts under each, so the column may add up to more than the ${invalid} invalid records.`,
  }),
  firstInvalidRows: (rows: string, more: boolean): LocalizedText => ({
    zh: `无效记录的序号：${rows}${more ? ' 等' : ''}`,
    en: `Invalid rows: ${rows}${more ? ' …' : ''}`,
  }),
  withinOne: (within: number, samples: number): LocalizedText => ({
    zh: `${num(samples)} 个数值中有 ${num(within)} 个在限值的 1% 以内`,
    en: `${num(within)} of ${num(samples)} value${samples === 1 ? '' : 's'} within 1 % of the limit`,
  }),
  withinOneUnit: (within: number, samples: number, unit: string, step = 1): LocalizedText => ({
    zh: `${num(samples)} 个数值中有 ${num(within)} 个与限值相差不超过 ${steps(1, step)}${differenceUnit(unit, 'zh', steps(1, step))}`,
    en: `${num(within)} of ${num(samples)} value${samples === 1 ? '' : 's'} within ${steps(1, step)}${differenceUnit(unit, 'en', steps(1, step))} of the limit`,
  }),
  outsideUnit: (below: number, above: number, unit: string, step = 1): LocalizedText => ({
    zh: `低于 −${steps(10, step)}${differenceUnit(unit, 'zh')}：${num(below)}；高于 +${steps(10, step)}${differenceUnit(unit, 'zh')}：${num(above)}`,
    en: `below −${steps(10, step)}${differenceUnit(unit, 'en')}: ${num(below)}; above +${steps(10, step)}${differenceUnit(unit, 'en')}: ${num(above)}`,
  }),
  histogramDescUnit: (
    within: number,
    samples: number,
    below: number,
    above: number,
    unit: string,
    step = 1,
  ): LocalizedText => {
    const [one, ten] = [steps(1, step), steps(10, step)];
    const [zh, en, enOne] = [
      differenceUnit(unit, 'zh'),
      differenceUnit(unit, 'en'),
      differenceUnit(unit, 'en', one),
    ];
    return {
      zh: `${num(samples)} 个数值，每 ${one}${zh} 一个区间，从 −${ten}${zh} 到 +${ten}${zh}；${num(within)} 个与限值相差不超过 ${one}${zh}；低于 −${ten}${zh} 的 ${num(below)} 个，高于 +${ten}${zh} 的 ${num(above)} 个。`,
      en: `${num(samples)} values in intervals of ${one}${enOne} from −${ten}${en} to +${ten}${en}; ${num(within)} within ${one}${enOne} of the limit; ${num(below)} below −${ten}${en}, ${num(above)} above +${ten}${en}.`,
    };
  },
  withinSplit: (passed: number, failed: number): LocalizedText => ({
    zh: `（满足 ${num(passed)}，不满足 ${num(failed)}）`,
    en: ` (${num(passed)} passed, ${num(failed)} failed)`,
  }),
  outside: (below: number, above: number): LocalizedText => ({
    zh: `低于 −10%：${num(below)}；高于 +10%：${num(above)}`,
    en: `below −10 %: ${num(below)}; above +10 %: ${num(above)}`,
  }),
  zeroLimit: (n: number): LocalizedText => ({
    zh: `另有 ${num(n)} 个数值的限值为 0，无法按百分比比较`,
    en: `${num(n)} more value${n === 1 ? '' : 's'} against a limit of 0 cannot be compared as a percentage`,
  }),
  gradeChartDesc: (parts: string): LocalizedText => ({
    zh: `各等级的记录数：${parts}`,
    en: `Records per grade: ${parts}`,
  }),
  passChartDesc: (n: number): LocalizedText => ({
    zh: `${num(n)} 项要求的满足、不满足和缺少数值的记录所占比例；数值见下表。`,
    en: `Share of records that passed, failed or missed a value, for ${num(n)} criteria; the figures are in the table below.`,
  }),
  histogramTitle: (criterion: string): LocalizedText => ({
    zh: `${criterion}：实测值与限值之差的分布`,
    en: `${criterion}: distance of the measured values from the limit`,
  }),
  histogramDesc: (within: number, samples: number, below: number, above: number): LocalizedText => ({
    zh: `${num(samples)} 个数值，每 1% 一个区间，从 −10% 到 +10%；${num(within)} 个在限值的 1% 以内；低于 −10% 的 ${num(below)} 个，高于 +10% 的 ${num(above)} 个。`,
    en: `${num(samples)} values in 1 % intervals from −10 % to +10 %; ${num(within)} within 1 % of the limit; ${num(below)} below −10 %, ${num(above)} above +10 %.`,
  }),
  heatMapDesc: (total: number, changed: number): LocalizedText => ({
    zh: `${num(total)} 条记录按 A 下等级（行）和 B 下等级（列）计数，其中 ${num(changed)} 条等级变化；数值见下表。`,
    en: `${num(total)} records counted by grade under A (rows) and under B (columns), ${num(changed)} of which changed grade; the figures are in the table below.`,
  }),
  reasons: {
    'out-of-scope': { zh: '超出适用范围', en: 'Out of scope' },
    'gate-failed': { zh: '否决项不合格', en: 'Veto item failed' },
    'below-lowest-grade': { zh: '未达最低等级', en: 'Below the lowest grade' },
  } satisfies Record<Reason, LocalizedText>,
  errorCodes: {
    missing: { zh: '缺少数值', en: 'Missing value' },
    'wrong-type': { zh: '类型不对', en: 'Wrong type' },
    'out-of-range': { zh: '超出允许范围', en: 'Out of range' },
    implausible: { zh: '超出核对范围', en: 'Outside the plausible range' },
    'not-allowed': { zh: '不是允许的值', en: 'Not an allowed value' },
    'too-many-specimens': { zh: '试样过多', en: 'Too many specimens' },
    'too-few-specimens': { zh: '试样不足', en: 'Too few specimens' },
    'specimen-count-mismatch': { zh: '试样数不一致', en: 'Specimen counts differ' },
    'not-an-object': { zh: '记录不是对象', en: 'Not an object' },
    'record-too-large': { zh: '记录过大', en: 'Record too large' },
    'not-computable': { zh: '无法计算', en: 'Cannot be computed' },
    unreadable: { zh: '无法读取', en: 'Unreadable row' },
    'grading-failed': { zh: '评级中断', en: 'Grading failed' },
  } satisfies Record<RecordErrorCode, LocalizedText>,
} as const;

/**
 * A number as the reports print it: thousands separated by commas.
 *
 * @example
 * formatCount(100000); // '100,000'
 */
export function formatCount(n: number): string {
  return num(n);
}

/**
 * The unit of a difference from a limit, after its number: the indicator's unit
 * (` °C`), but for a quantity in % (a mass deviation) percentage points, ` 个百分点` /
 * ` percentage points` (` percentage point` after `1`): the difference of −5.0 % from −5.5 % is
 * 0.5 of them, which "0.5 %" would read as a share of the limit (committee-39 M2).
 *
 * @example
 * differenceUnit('%', 'en', '1'); // ' percentage point'
 */
export function differenceUnit(unit: string, lang: Language, amount?: string): string {
  // As unitAfter: the texts' table is called with whatever its test passes.
  const text = String(unit).trim();
  if (text !== '%' && text !== '％') return unitText(unit);
  if (lang === 'zh') return ' 个百分点';
  return amount === '1' ? ' percentage point' : ' percentage points';
}

/**
 * A unit after a number: ` °C`; nothing for a quantity without one.
 *
 * @example
 * unitText('°C'); // ' °C'
 */
export function unitText(unit: string): string {
  return unitAfter(unit);
}

/**
 * A share as a percentage with one decimal, so a column's shares line up
 * (`27.0%` beside `91.4%`, not `27%`: committee-29); none and all, which are
 * exact, as `0%` and `100%`. A share that is neither 0 nor 1 never shows as
 * `0.0%` or `100.0%`.
 *
 * @example
 * formatShare(2, 3); // '66.7%'
 * formatShare(1, 4); // '25.0%'
 * formatShare(1, 1000); // '0.1%'
 * formatShare(53, 400); // '13.2%' (13.25 %, rounded half to even)
 * formatShare(0, 0); // '–'
 */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '–';
  if (part === whole) return '100%';
  if (part === 0) return '0%';
  return `${(Math.min(999, Math.max(1, shareTenths(part, whole))) / 10).toFixed(1)}%`;
}

/** The word for a language in `<html lang>`. */
export function htmlLang(lang: Language): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
