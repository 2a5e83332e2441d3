import { describe, expect, it } from 'vitest';
import type { InvalidRecord } from '../../src/compare/invalid-records';
import { invalidRecordLines, invalidRowsText } from '../../src/report/invalid-records-text';

const records: InvalidRecord[] = Array.from({ length: 12 }, (_, i) => ({
  row: i + 1,
  ...(i % 2 === 0 ? { kept: { id: `S-${i + 1}` } } : {}),
  under: 'b',
  reason: { zh: '缺少硬度', en: 'hardness (Hardness) is missing' },
}));

describe('the compare table names the first ten invalid records, as grade does', () => {
  it('lists ten, then says how many more', () => {
    const en = invalidRecordLines(records, 'en');
    expect(en).toHaveLength(12);
    expect(en[0]).toBe('Invalid records: 12');
    expect(en[1]).toBe('row 1 (S-1): invalid under B: hardness (Hardness) is missing');
    expect(en[2]).toBe('row 2: invalid under B: hardness (Hardness) is missing');
    expect(en.at(-1)).toBe('… (2 more)');
    const zh = invalidRecordLines(records, 'zh');
    expect(zh[0]).toBe('无效记录 12 条：');
    expect(zh[1]).toBe('第 1 条（S-1）：B 下无效：缺少硬度');
    expect(zh.at(-1)).toBe('…（另有 2 条）');
    expect(invalidRecordLines([], 'en')).toEqual([]);
  });

  it('names the first ten rows with their kept id on stderr, and "…" beyond', () => {
    expect(invalidRowsText(records, 'en')).toBe('rows 1 S-1, 2, 3 S-3, 4, 5 S-5, 6, 7 S-7, 8, 9 S-9, 10 …');
    expect(invalidRowsText(records.slice(0, 1), 'zh')).toBe('序号 1 S-1');
    expect(invalidRowsText([], 'zh')).toBe('');
  });
});
