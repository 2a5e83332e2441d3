/**
 * A rule file with thousands of keys the format does not have: each problem was placed in the file one by one
 * (200,000 unknown keys took validate 84 s). The first 100 are listed, each at its place, and the rest counted.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const VALID = `${ruleFileHeader('test/cap', { zh: '上限', en: 'Cap' })}indicators:
  x: { type: number, label: { zh: 甲, en: X } }
grades:
  - { id: a, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: x, indicator: x, require: "≥ 1" }
`;
const withUnknownKeys = (n: number) => VALID + Array.from({ length: n }, (_, i) => `extra${i}: 1`).join('\n');

const issues = (text: string) => checkRuleSet(text, { filename: 'cap.yaml' }).issues;

describe('schema problems past the first 100', () => {
  it('100 unknown keys: each listed at its line, no count', () => {
    const found = issues(withUnknownKeys(100));
    expect(found).toHaveLength(100);
    expect(found.every((i) => /^unknown key "extra\d+"/.test(i.text.en))).toBe(true);
    expect(found.at(-1)!.line).toBe(VALID.split('\n').length + 99);
  });

  it('101 and 5,000: the first 100 listed, the rest counted once, in both languages', () => {
    for (const n of [101, 5_000]) {
      const found = issues(withUnknownKeys(n));
      expect(found).toHaveLength(101);
      expect(found.filter((i) => i.text.en.startsWith('unknown key'))).toHaveLength(100);
      const more = found.find((i) => i.text.en.includes('not listed'))!;
      expect(more.code).toBe('schema');
      expect(more.text.en).toBe(
        `${n - 100} more problems with the rule-file format are not listed (the first 100 are)`,
      );
      expect(more.text.zh).toBe(`另有 ${n - 100} 处不符合规则文件格式的问题未列出（只列出前 100 处）`);
    }
  });
});
