import { KEY_WORDS_ZH, VALUE_WORDS_ZH } from './generated/schema-words-zh.js';

// Words a Chinese author writes for a key, beside the schema's own titles (generated from the
// Chinese help): the usual words of standards and of the zh docs. A word may name keys of
// several places (要求: `criteria` at the top, `require` in a criterion); only the keys allowed
// where it is written are offered.
const KEY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  grades: ['等级', '分级', '级别', '质量等级', '等级划分'],
  grade: ['等级', '级别', '所属等级'],
  criteria: ['要求', '判定项', '技术要求', '判定', '判定规则', '质量要求', '分级要求'],
  require: ['要求', '限值', '指标要求', '技术要求', '阈值', '规定值', '判定值'],
  indicators: ['指标', '检验项目', '检测项目', '项目', '参数'],
  indicator: ['指标', '项目', '检验项目', '检测项目'],
  tables: ['表', '表格', '限值表'],
  derived: ['计算值'],
  scope: ['范围'],
  references: ['标准', '参考标准', '规范性引用文件', '依据'],
  provenance: ['来源', '出处', '数据来源'],
  title: ['标题', '名称', '题目', '标准名称'],
  label: ['名称', '标签', '中文名', '名字', '显示名称'],
  description: ['说明', '描述', '简介'],
  note: ['备注', '注', '注释', '说明'],
  subject: ['对象'],
  version: ['版本', '版本号'],
  schemaVersion: ['格式版本'],
  id: ['标识', '编号', '代号'],
  comparison: ['比较', '判定方法'],
  interval: ['修约'],
  scoring: ['评分', '计分'],
  group: ['组', '批', '批次', '按批'],
  type: ['类型', '数据类型', '值类型'],
  unit: ['单位', '计量单位'],
  range: ['范围', '取值范围'],
  plausible: ['合理范围'],
  values: ['取值', '可选值', '枚举值', '选项'],
  required: ['必填', '必须', '是否必填'],
  specimens: ['试样', '试样数'],
  default: ['默认', '默认值'],
  decimals: ['小数位数', '小数位'],
  formula: ['公式', '计算公式'],
  keys: ['键', '键列'],
  columns: ['列', '列名'],
  rows: ['行'],
  source: ['来源', '出处'],
  gate: ['否决', '否决项', '一票否决'],
  cap: ['封顶', '限级'],
  when: ['适用条件', '当'],
  condition: ['判定条件'],
  clause: ['条款', '条文'],
  reason: ['原因', '理由'],
  zh: ['中文', '简体中文'],
  en: ['英文', '英语'],
  code: ['标准号', '代号', '编号'],
  edition: ['版本', '年份', '版次'],
  status: ['状态'],
  level: ['可靠程度', '级别', '等级'],
  cutoffs: ['分数线'],
  dimensions: ['维度'],
};

// The same for enum values: `type: 数值`, `comparison: 修约值比较法`.
const VALUE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  number: ['数值', '数字', '小数', '实数', '数'],
  integer: ['整数'],
  boolean: ['布尔', '布尔值', '是否', '真假', '是/否'],
  enum: ['枚举', '类别', '分类', '选项'],
  string: ['文本', '文字', '字符串'],
  full: ['全数值比较', '全数值'],
  rounded: ['修约值比较', '修约比较', '修约'],
  product: ['产品'],
  enterprise: ['企业'],
  current: ['现行', '现行有效', '有效'],
  superseded: ['废止', '作废', '已废止', '被代替', '被替代'],
  draft: ['草案', '征求意见稿', '报批稿'],
  sourced: ['有出处', '已核对', '原文'],
  secondary: ['二手', '二手资料', '转引'],
  unverified: ['未核对', '未核实'],
  illustrative: ['示例', '示意', '示例数值', '占位', '无出处'],
  each: ['每个', '逐个', '每个试样'],
  min: ['最小'],
  max: ['最大'],
  mean: ['平均', '均值'],
  cap: ['封顶'],
  none: ['无', '不封顶'],
  count: ['数量', '计数'],
  stdev: ['标准差'],
  passRate: ['合格率', '通过率'],
  cpk: ['过程能力指数'],
};

/**
 * The key meant by a Chinese word written as one (`等级:` for `grades`,
 * `要求:` in a criterion for `require`), among the keys allowed there;
 * `undefined` when the word names none of them, or several.
 *
 * @example
 * chineseKeyMeant('等级', ['id', 'grades', 'criteria']) // 'grades'
 * chineseKeyMeant('要求', ['id', 'indicator', 'require']) // 'require'
 */
export function chineseKeyMeant(word: string, allowed: readonly string[]): string | undefined {
  return meant(word, allowed, KEY_WORDS_ZH, KEY_SYNONYMS);
}

/**
 * The enum value meant by a Chinese word written as one (`type: 数值` for
 * `number`, `comparison: 修约值比较法` for `rounded`), among the values
 * allowed there; `undefined` when it names none of them, or several.
 *
 * @example
 * chineseValueMeant('修约值比较法', ['full', 'rounded']) // 'rounded'
 */
export function chineseValueMeant(word: string, allowed: readonly string[]): string | undefined {
  return meant(word, allowed, VALUE_WORDS_ZH, VALUE_SYNONYMS);
}

function meant(
  word: string,
  allowed: readonly string[],
  ...tables: Readonly<Record<string, readonly string[]>>[]
): string | undefined {
  const written = word.trim().replace(/[：:\s]+$/, '');
  if (!/[\u3400-\u9fff]/.test(written)) return undefined;
  const words = (name: string) => tables.flatMap((t) => (Object.hasOwn(t, name) ? t[name]! : []));
  const only = (names: string[]) => (names.length === 1 ? names[0] : undefined);
  const exact = allowed.filter((name) => words(name).includes(written));
  if (exact.length > 0 || written.length < 2) return only(exact);
  // `技术要求说明`, `公称厚度类型`: a longer phrase holding one key's word.
  return only(allowed.filter((name) => words(name).some((w) => w.length >= 2 && written.includes(w))));
}

// "Larger is better" is no key of a rule file: the operator of `require` says it.
const DIRECTION = /^(?:direction|方向|比较方向|判定方向|越大越好|越小越好|越高越好|越低越好)$/i;
const DIRECTION_VALUE =
  /^(?:越大越好|越小越好|越高越好|越低越好|higher|lower|larger|smaller)(?:[-_ ]is[-_ ]better)?$/i;

/**
 * Whether a key (or its value) says which way is better (`direction: 越大越好`):
 * a rule file has no such key, `require`'s operator says it.
 *
 * @example
 * isDirectionKey('direction', '越大越好') // true
 */
export function isDirectionKey(key: string, value: unknown): boolean {
  return DIRECTION.test(key.trim()) || (typeof value === 'string' && DIRECTION_VALUE.test(value.trim()));
}
