import { describe, expect, it } from 'vitest';
import { itemUnder, onlyOther } from '../../src/batch/item-under';
import { sideItems } from '../../src/compare/field-twins';
import type { InputItem } from '../../src/input/input-item';
import type { RecordError } from '../../src/model/grade-result';

const error = (field: string): RecordError => ({
  field,
  code: 'wrong-type',
  message: { zh: `${field}应为数值`, en: `${field} must be a number` },
});

describe('sideItems: the item each rule set of a comparison grades', () => {
  const a = [{ name: 'strength' }, { name: 'density' }, { name: 'compressive28d' }];
  const b = [{ name: 'strength' }, { name: 'hardness' }, { name: 'strength28d' }];

  it('drops the conversion errors of the fields only the other side reads', () => {
    const side = sideItems([], a, b);
    const record = { strength: 'x', density: '未检', hardness: '/' };
    const item: InputItem = {
      row: 1,
      record,
      conversionErrors: [error('strength'), error('density'), error('hardness')],
    };
    expect(side.a(item)).toEqual({
      row: 1,
      record,
      conversionErrors: [error('strength'), error('density')],
    });
    expect(side.b(item)).toEqual({
      row: 1,
      record,
      conversionErrors: [error('strength'), error('hardness')],
    });
  });

  it('leaves no empty list behind, and the item itself when nothing is dropped', () => {
    const side = sideItems([], a, b);
    const onlyB: InputItem = { row: 2, record: { hardness: '未检' }, conversionErrors: [error('hardness')] };
    expect(side.a(onlyB)).toEqual({ row: 2, record: { hardness: '未检' } });
    expect('conversionErrors' in side.a(onlyB)).toBe(false);
    expect(side.b(onlyB)).toBe(onlyB);
    const clean: InputItem = { row: 3, record: { strength: 1 } };
    expect(side.a(clean)).toBe(clean);
    const unreadable: InputItem = { row: 4, unreadable: { zh: '坏行', en: 'bad row' } };
    expect(side.a(unreadable)).toBe(unreadable);
  });

  it("a twin's error follows the value to both sides, under each side's name", () => {
    const side = sideItems([{ a: 'compressive28d', b: 'strength28d' }], a, b);
    const item: InputItem = {
      row: 5,
      record: { compressive28d: '未检' },
      conversionErrors: [error('compressive28d')],
    };
    const fields = (i: InputItem) => ('record' in i ? i.conversionErrors?.map((e) => e.field) : undefined);
    expect(fields(side.a(item))).toEqual(['compressive28d']);
    expect(fields(side.b(item))).toEqual(['strength28d']);
    expect(side.b(item)).toMatchObject({ record: { compressive28d: '未检', strength28d: '未检' } });
  });

  it('an error of a field neither rule set names stays on both sides', () => {
    const item: InputItem = { row: 6, record: { note: 'x' }, conversionErrors: [error('note')] };
    expect(itemUnder(item, onlyOther(a, b))).toBe(item);
    expect([...onlyOther(a, b)]).toEqual(['hardness', 'strength28d']);
  });
});
