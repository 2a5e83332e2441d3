/**
 * The 13 scored items of the bundled enterprise rule set
 * (enterprise/quality-management-capability), as an evaluator's sheet heads
 * them (the rule set's zh labels), in the rule set's order: for CLI tests
 * that build an enterprise 汇总表 around them.
 */
export const ENTERPRISE_ITEM_LABELS: readonly string[] = [
  '领导作用与质量战略',
  '过程控制',
  '供应商质量管理',
  '内部审核与改进',
  '质量数据采集',
  '质量数据分析与应用',
  '质量追溯',
  '创新能力',
  '以顾客为关注焦点',
  '人才培养',
  '产品质量水平',
  '质量损失控制',
  '顾客满意',
];
