/**
 * What follows a record's row number where a sentence or a list names it: its kept values, without the one that is
 * the row number itself. committee-32: compare's closing line read `序号 11 11 TCL空调` with a sheet's own 序号 kept
 * beside the producer; a 序号 kept alone was already left out (`序号 4`, not `序号 4 4`).
 */
import { describe, expect, it } from 'vitest';
import { keptBesideRow } from '../../src/model/kept-values';
import { invalidRowsText } from '../../src/report/invalid-records-text';

describe('keptBesideRow', () => {
  it('leaves out a kept value equal to the row number, alone or beside others', () => {
    expect(keptBesideRow(4, { 序号: '4' })).toBeUndefined();
    expect(keptBesideRow(11, { 序号: '11', 生产企业: 'TCL空调' })).toBe('TCL空调');
    expect(keptBesideRow(11, { 生产企业: 'TCL空调', 序号: '11' }, '，')).toBe('TCL空调');
  });

  it('keeps a number that is not the row number (a sheet numbered from 101, or a title row above)', () => {
    expect(keptBesideRow(1, { 序号: '101' })).toBe('101');
    expect(keptBesideRow(11, { 序号: '12', 生产企业: 'TCL空调' })).toBe('12 TCL空调');
    // Only the whole value: "11" inside a model name stays.
    expect(keptBesideRow(11, { 型号: 'KFR-11GW' })).toBe('KFR-11GW');
  });

  it('nothing kept: nothing follows the row', () => {
    expect(keptBesideRow(3, undefined)).toBeUndefined();
    expect(keptBesideRow(3, {})).toBeUndefined();
  });

  it("compare's closing line names the invalid rows so", () => {
    const reason = { zh: '无效', en: 'invalid' };
    const invalid = [
      { row: 11, under: 'both', reason, kept: { 序号: '11', 生产企业: 'TCL空调' } },
      { row: 21, under: 'both', reason, kept: { 序号: '21', 生产企业: '海尔智家' } },
    ] as Parameters<typeof invalidRowsText>[0];
    expect(invalidRowsText(invalid, 'zh')).toBe('序号 11 TCL空调，21 海尔智家');
  });
});
