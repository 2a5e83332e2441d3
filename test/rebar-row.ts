/**
 * A hot-rolled ribbed bar sheet's header as labs head it (the bundled
 * rule set's labels) and one HRB400 bar that conforms to GB/T 1499.2-2018
 * (ReL 455 ≥ 400 MPa, Rm 600 ≥ 540, Rm/ReL 1.32 ≥ 1.25, A 22 ≥ 16 %, Agt 11.0 ≥ 7.5 %,
 * chemistry under its limits), for CLI tests that build sheets around it.
 */
export const REBAR_LABELS: readonly string[] = [
  '牌号',
  '公称直径 d',
  '下屈服强度 ReL',
  '抗拉强度 Rm',
  '断后伸长率 A',
  '最大力总延伸率 Agt',
  '碳 C',
  '硅 Si',
  '锰 Mn',
  '磷 P',
  '硫 S',
  '氮 N',
  '重量偏差',
  '弯曲试验',
];

/** The conforming bar's cells, in {@link REBAR_LABELS}' order. */
export const CONFORMING_BAR: readonly string[] = [
  'HRB400',
  '20',
  '455',
  '600',
  '22',
  '11.0',
  '0.21',
  '0.45',
  '1.35',
  '0.025',
  '0.02',
  '0.010',
  '-1.5',
  '是',
];
