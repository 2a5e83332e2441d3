import { describe, expect, it } from 'vitest';
import { isIdHeader } from '../../src/input/id-header';

describe('a header that names an identifier (hostile-23 M1)', () => {
  it('编号 and its kinds, 试样, 序号, 批号, 批次, and the English ids, however spaced or cased', () => {
    for (const header of [
      '编号',
      '样品编号',
      '试样编号',
      '报告编号',
      ' 样品 编号 ',
      '试样',
      '试件',
      '试件号',
      '样品号',
      '序号',
      '批号',
      '生产批号',
      '批次',
      '批次号',
      'Sample ID',
      'sample_no',
      'Sample No.',
      'specimen',
      'Specimen ID',
      'ID',
      'No.',
      'Lot',
      'lot-no',
      'Batch',
      'S/N',
      'ＩＤ',
    ])
      expect(isIdHeader(header), header).toBe(true);
  });

  it('not a header whose cells may say a value: 代号, 型号, 规格, 品种, a name, 样品 or Sample alone', () => {
    for (const header of [
      '代号',
      '型号',
      '规格型号',
      '规格',
      'Model',
      '品种',
      '类型',
      'Type',
      '样品',
      'Sample',
      '样品名称',
      '名称',
      '机型',
      '备注',
      '编号说明',
      'Code',
      'identity',
    ])
      expect(isIdHeader(header), header).toBe(false);
  });
});
