import type { NotGradedReason } from '../../model/grade-result';
import type { LocalizedText } from '../../text/localized-text';

/**
 * Every heading and fixed word the workbooks write, in both languages.
 *
 * @example
 * WORKBOOK_TEXT.results.zh; // '结果'
 */
export const WORKBOOK_TEXT = {
  results: { zh: '结果', en: 'Results' },
  summary: { zh: '汇总', en: 'Summary' },
  byGroup: { zh: '分组统计', en: 'By group' },
  noValue: { zh: '（无值）', en: '(no value)' },
  otherValues: { zh: '（其他）', en: '(other)' },
  matrix: { zh: '等级迁移', en: 'Migration matrix' },
  changes: { zh: '等级变化的记录', en: 'Changed records' },
  row: { zh: '序号', en: 'Row' },
  grade: { zh: '等级', en: 'Grade' },
  gradeLabel: { zh: '等级名称', en: 'Grade label' },
  notGradedBecause: { zh: '不分级原因', en: 'Not graded because' },
  heldDownBy: { zh: '制约要求', en: 'Held down by' },
  explanation: { zh: '说明', en: 'Explanation' },
  criterionIds: { zh: '要求编号', en: 'Criterion ids' },
  totalScore: { zh: '总分', en: 'Total score' },
  scopeItem: { zh: '适用范围', en: 'scope' },
  vetoItem: { zh: '否决项', en: 'veto' },
  valueAndLimits: { zh: '测定值与 A、B 下的限值', en: 'Value and limits under A and B' },
  category: { zh: '类别', en: 'Category' },
  item: { zh: '项目', en: 'Item' },
  records: { zh: '记录数', en: 'Records' },
  note: { zh: '备注', en: 'Note' },
  notGraded: { zh: '不分级', en: 'Not graded' },
  nonconforming: { zh: '不合格', en: 'Nonconforming' },
  invalid: { zh: '无效', en: 'Invalid' },
  invalidRecords: { zh: '无效记录', en: 'Invalid records' },
  invalidUnder: { zh: '在哪个规则集下无效', en: 'Invalid under' },
  reason: { zh: '原因', en: 'Reason' },
  total: { zh: '合计', en: 'Total' },
  allRecords: { zh: '全部记录', en: 'All records' },
  failing: { zh: '最常不满足的要求', en: 'Most frequent failing criteria' },
  ruleSet: { zh: '规则集', en: 'Rule set' },
  topGrade: { zh: '已达最高等级', en: 'Top grade reached' },
  missing: { zh: '缺少', en: 'missing' },
  wholeRecord: { zh: '（整条记录）', en: '(record)' },
  corner: { zh: 'A ↓  B →', en: 'A ↓  B →' },
  gradeUnderA: { zh: 'A 的等级', en: 'Grade under A' },
  gradeUnderB: { zh: 'B 的等级', en: 'Grade under B' },
  movedBy: { zh: '变动的要求', en: 'Criteria that moved' },
  invalidRecord: { zh: '（记录无效）', en: '(invalid record)' },
  changed: { zh: '等级变化', en: 'Changed' },
  groupMatrix: { zh: '组的等级迁移', en: 'Group migration' },
  groupChanges: { zh: '等级变化的组', en: 'Changed groups' },
  group: { zh: '组', en: 'Group' },
  groups: { zh: '组数', en: 'Groups' },
  firstRow: { zh: '首行', en: 'First row' },
  lastRow: { zh: '末行', en: 'Last row' },
  /** A lot's first and last record by the input's own rows (committee-37 M5): where Excel shows them. */
  firstSheetRow: { zh: '首行（工作表行号）', en: 'First sheet row' },
  lastSheetRow: { zh: '末行（工作表行号）', en: 'Last sheet row' },
  firstLine: { zh: '首行（文件行号）', en: 'First line' },
  lastLine: { zh: '末行（文件行号）', en: 'Last line' },
  /** Without the input's rows (JSON records): record numbers, said so. */
  firstRecord: { zh: '首条（记录序号）', en: 'First record' },
  lastRecord: { zh: '末条（记录序号）', en: 'Last record' },
  recordsChanged: { zh: '等级变化的记录数', en: 'Records that changed grade' },
  inputNotice: { zh: '读取提示', en: 'Input notice' },
  ruleSetNote: { zh: '规则集说明', en: 'Rule set note' },
} as const satisfies Record<string, LocalizedText>;

/**
 * Why a record has no grade, in a few words (the explanation column says it in full).
 *
 * @example
 * NOT_GRADED_TEXT['out-of-scope'].en; // 'out of scope'
 */
export const NOT_GRADED_TEXT: Record<NotGradedReason['code'], LocalizedText> = {
  'invalid-record': { zh: '记录无效', en: 'invalid record' },
  'out-of-scope': { zh: '超出适用范围', en: 'out of scope' },
  'gate-failed': { zh: '否决项不合格', en: 'veto item failed' },
  'below-lowest-grade': { zh: '未达最低等级', en: 'below the lowest grade' },
};
