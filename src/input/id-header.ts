/**
 * A header that names an identifier and nothing else: 编号 (样品编号,
 * 试样编号, 报告编号 …), 试样, 样品号, 序号, 批号, 批次, Sample ID, Specimen,
 * ID, No., Lot, Batch, S/N. Its cells say which row this is (`T2` is a
 * specimen, not climate type T2), so the unread-value check
 * (`unreadValueColumns`) does not read a cell with a digit there as a
 * value — whether or not the column is kept, so `--no-keep` grades as the
 * default does. A word there (`试样` = `移动空调`, a specimen's description)
 * is looked at as any column's.
 *
 * Left out on purpose, as their cells may say a value an indicator takes:
 * 代号 (cement `代号` = `P·I` is the cement type), 型号 / 规格型号 / Model and
 * 规格 (a model or size code), 品种 / 类型 / Type, and 样品 / Sample alone
 * and any 名称 (a sample named `移动式空调` says it is mobile).
 *
 * @example
 * isIdHeader('样品编号') // true
 * isIdHeader('Sample No.') // true
 * isIdHeader('代号') // false
 */
export function isIdHeader(column: string): boolean {
  return ID_HEADER.test(column.normalize('NFKC').replace(/[\s_-]+/gu, ''));
}

/** The folded header (NFKC, no white space, `_` or `-`) of an identifier column. */
const ID_HEADER = new RegExp(
  [
    // 编号 and any …编号 (样品编号, 试样编号, 报告编号, 出厂编号, 委托编号), …号 of a sample or specimen.
    '^(?:[\\p{Script=Han}]{0,6}编号|样品号|试样号|样号|试样|试件号?|序号|[\\p{Script=Han}]{0,4}批号|批次号?)$',
    // English: Sample ID / No. / Number, Specimen (ID), Lot (No.), Batch (No.), ID, No., #, S/N, Serial (No.).
    '^(?:(?:sample|specimen|lot|batch|serial|report)(?:id|no\\.?|number|#)|specimen|lot|batch|id|no\\.?|#|s\\/?n|serial)$',
  ].join('|'),
  'iu',
);

/**
 * A header that names a lot rather than one sample (批号, 样品批号, 批次, Lot, Batch No.): an id header
 * ({@link isIdHeader}) whose value many specimens share, filled in on a lot's mean row too.
 *
 * @example
 * isLotHeader('批号') // true
 * isLotHeader('样品编号') // false
 */
export function isLotHeader(column: string): boolean {
  return LOT_HEADER.test(column.normalize('NFKC').replace(/[\s_-]+/gu, ''));
}

/** The folded header of a lot's column. */
const LOT_HEADER = /^(?:[\p{Script=Han}]{0,4}批号|批次号?|(?:lot|batch)(?:id|no\.?|number|#)?)$/iu;
