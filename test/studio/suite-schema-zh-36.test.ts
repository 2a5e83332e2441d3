import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaHelpTexts } from '../../src/studio/page/schema-language';

// newcomer-36 M11c: `init --lang zh` gave the rule file Chinese hovers and the test suite English ones.
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));

describe('the test-suite schema help in Chinese (schemas/ruleset-test.descriptions.zh-CN.json)', () => {
  const english = schemaHelpTexts(read('ruleset-test.schema.json'));
  const chinese: Record<string, string> = read('ruleset-test.descriptions.zh-CN.json');

  it('has a Chinese text for every title and description of the suite schema, and none for a text it lacks', () => {
    expect(english.size).toBeGreaterThan(20);
    expect([...english.keys()].filter((p) => !chinese[p])).toEqual([]);
    expect(Object.keys(chinese).filter((p) => !english.has(p))).toEqual([]);
  });

  it('writes Chinese prose with full-width punctuation and a space between Chinese and Latin or digits', () => {
    for (const [pointer, text] of Object.entries(chinese)) {
      const prose = text.replace(/`[^`]*`/g, '`x`');
      expect([pointer, /[\u4e00-\u9fff][,;:()]/.test(prose)]).toEqual([pointer, false]);
      expect([pointer, /[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/.test(prose)]).toEqual([
        pointer,
        false,
      ]);
    }
  });

  it('is the suite schema with those texts and its own $id, nothing else changed', () => {
    const en = read('ruleset-test.schema.json');
    const zh = read('ruleset-test.schema.zh-CN.json');
    expect(zh.$id).toBe('https://qgrade.dev/schemas/ruleset-test.schema.zh-CN.json');
    expect(zh.title).toBe('qgrade 规则集测试套件');
    expect(zh.$defs.case.properties.grade.description).toBe('预期的等级；记录应不分级时写 null。');
    const strip = (s: unknown) =>
      JSON.stringify(s, (k, v) => (k === 'title' || k === 'description' || k === '$id' ? undefined : v));
    expect(strip(zh)).toBe(strip(en));
  });
});
