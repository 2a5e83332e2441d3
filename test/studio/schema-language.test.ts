import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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

describe("schemas/ruleset.schema.zh-CN.json, for editors' hovers in Chinese (fix-authoring-27)", () => {
  const zh = JSON.parse(
    readFileSync(new URL('../../schemas/ruleset.schema.zh-CN.json', import.meta.url), 'utf8'),
  ) as Schema;
  // Titles and descriptions set aside, and the $id that names the file.
  const shape = (s: unknown): unknown =>
    JSON.parse(
      JSON.stringify(s, (key, value) =>
        (key === 'title' || key === 'description') && typeof value === 'string'
          ? '·'
          : key === '$id'
            ? '·'
            : value,
      ),
    );

  it("has the English schema's structure: every key, type, pattern and enum the same", () => {
    expect(shape(zh)).toEqual(shape(schema));
    expect((zh as { $id?: string }).$id).toBe('https://qgrade.dev/schemas/ruleset.schema.zh-CN.json');
  });

  it("has every title and description in Chinese: the English one's places, none left English", () => {
    const texts = schemaHelpTexts(zh);
    expect([...texts.keys()]).toEqual([...schemaHelpTexts(schema).keys()]);
    const english = [...texts].filter(([, text]) => !/[\u4e00-\u9fff]/.test(text));
    expect(english).toEqual([]);
    expect(schemaAt(zh, ['grades'])?.title).toBe('等级');
  });

  it('accepts and refuses what the English one does (ajv, strict)', () => {
    const compile = (s: object) =>
      new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(s);
    const [en, cn] = [compile(schema), compile(zh)];
    const good = parse(
      readFileSync(new URL('../../rules/steel/hot-rolled-ribbed-bar.yaml', import.meta.url), 'utf8'),
    );
    expect([en(good), cn(good)]).toEqual([true, true]);
    const bad = { ...good, 等级: good.grades };
    expect([en(bad), cn(bad)]).toEqual([false, false]);
  });
});
