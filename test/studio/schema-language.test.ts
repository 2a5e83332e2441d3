import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_SET_HELP_ZH, schemaHelpTexts, schemaInLanguage } from '../../src/studio/page/schema-language';
import { type Schema, schemaAt } from '../../src/studio/page/schema-lookup';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/ruleset.schema.json', import.meta.url), 'utf8'),
) as Schema;

describe('the rule-set schema help in Chinese (schemas/ruleset.descriptions.zh-CN.json)', () => {
  const english = schemaHelpTexts(schema);

  it('has a Chinese text for every title and description of the schema, and none for a text it lacks', () => {
    expect(english.size).toBeGreaterThan(90);
    const missing = [...english.keys()].filter((p) => !RULE_SET_HELP_ZH[p]);
    const orphaned = Object.keys(RULE_SET_HELP_ZH).filter((p) => !english.has(p));
    expect(missing).toEqual([]);
    expect(orphaned).toEqual([]);
  });

  it('writes Chinese prose with full-width punctuation and a space before and after Latin and digits', () => {
    for (const [pointer, text] of Object.entries(RULE_SET_HELP_ZH)) {
      const prose = text.replace(/`[^`]*`/g, '`x`'); // code spans aside
      // A half-width comma, colon, semicolon or parenthesis right after a Chinese character.
      expect([pointer, /[\u4e00-\u9fff][,;:()]/.test(prose)]).toEqual([pointer, false]);
      // Chinese touching a Latin letter or digit.
      expect([pointer, /[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/.test(prose)]).toEqual([
        pointer,
        false,
      ]);
    }
  });

  it('gives the page the schema with its help in the language asked, leaving the schema as it was', () => {
    const zh = schemaInLanguage(schema, 'zh') as Schema;
    expect(schemaAt(zh, ['derived', 'cef', 'decimals'])?.description).toMatch(/^显示的小数位数；/);
    expect(schemaAt(zh, ['schemaVersion'])?.title).toBe('规则格式版本');
    expect(schemaAt(zh, ['indicators', 'apf', 'type'])?.description).toBe('指标值的类型。');
    expect(schemaAt(schemaInLanguage(schema, 'en') as Schema, ['schemaVersion'])?.title).toBe(
      'Rule-format version',
    );
    expect(schema.properties?.schemaVersion?.title).toBe('Rule-format version');
    expect(schemaInLanguage(schema, 'zh')).toBe(zh);
  });
});
