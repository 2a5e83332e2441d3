import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULE_SET_HELP_ZH, schemaHelpTexts, schemaInLanguage } from '../../src/studio/page/schema-language';
import { pointerPath, type Schema, schemaAt } from '../../src/studio/page/schema-lookup';

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

/**
 * The pointer of every key (`properties`, `patternProperties`) of a schema whose
 * subschema gives no title or description, its own or through its `$ref`s: a key
 * the editor shows no hover help for. `false` (a key forbidden under an `if`) is no key.
 */
function keysWithoutHelp(root: unknown): string[] {
  const resolve = (ref: string): unknown =>
    pointerPath(ref.slice(1)).reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], root);
  const helped = (node: unknown, depth = 0): boolean => {
    if (!node || typeof node !== 'object' || depth > 20) return false;
    const s = node as Schema;
    if (typeof s.title === 'string' || typeof s.description === 'string') return true;
    return typeof s.$ref === 'string' && helped(resolve(s.$ref), depth + 1);
  };
  const found: string[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key}`;
      if (['examples', 'default', 'const', 'enum', 'required'].includes(key)) continue;
      if (['properties', 'patternProperties', '$defs'].includes(key) && value && typeof value === 'object') {
        for (const [name, sub] of Object.entries(value)) {
          const p = `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          if (key !== '$defs' && typeof sub === 'object' && !helped(sub)) found.push(p);
          walk(sub, p);
        }
      } else walk(value, at);
    }
  };
  walk(root, '');
  return found;
}

describe('hover help for every key a rule author or suite writer types (studio-29 M4)', () => {
  const suiteSchema = JSON.parse(
    readFileSync(new URL('../../schemas/ruleset-test.schema.json', import.meta.url), 'utf8'),
  ) as Schema;

  it('gives every key of the rule-set schema and the test-suite schema a description', () => {
    expect(keysWithoutHelp(schema)).toEqual([]);
    expect(keysWithoutHelp(suiteSchema)).toEqual([]);
  });

  it('finds a key missing its help, and one whose $ref gives it, and ignores a forbidden key', () => {
    const probe = {
      $defs: { text: { description: 'zh and en' } },
      properties: {
        unit: { type: 'string' },
        note: { $ref: '#/$defs/text' },
        default: { type: 'number' },
        level: { enum: ['a'], description: 'How sure' },
      },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema's if/then, not a promise
      then: { properties: { fact: false } },
    };
    expect(keysWithoutHelp(probe)).toEqual(['/properties/unit', '/properties/default']);
  });

  it("reads the help of a key named like a keyword (an indicator's `default`), in both languages", () => {
    expect(schemaHelpTexts({ properties: { default: { description: 'x' } } })).toEqual(
      new Map([['/properties/default/description', 'x']]),
    );
    const zh = schemaInLanguage(schema, 'zh') as Schema;
    expect(schemaAt(zh, ['indicators', 'chromium', 'default'])?.description).toBe(
      '可选指标未给出时所用的值。',
    );
    expect(schemaAt(schema as Schema, ['indicators', 'chromium', 'default'])?.description).toBe(
      'Value used when an optional indicator is absent.',
    );
  });

  it('shows help on the keys the studio checker found bare, in Chinese on the Chinese page', () => {
    const zh = schemaInLanguage(schema, 'zh') as Schema;
    const paths = [
      ['indicators', 'apf', 'unit'],
      ['derived', 'ceq', 'unit'],
      ['references', '0', 'code'],
      ['references', '0', 'status'],
      ['references', '0', 'supersededBy'],
      ['provenance', 'level'],
      ['tables', 'apfLimits', 'source'],
      ['grades', '0', 'id'],
      ['scope', '0', 'id'],
      ['scope', '0', 'indicator'],
      ['scoring', 'dimensions'],
      ['scoring', 'dimensions', '0', 'id'],
      ['scoring', 'dimensions', '0', 'weight'],
      ['scoring', 'dimensions', '0', 'items'],
      ['scoring', 'dimensions', '0', 'items', '0', 'indicator'],
      ['scoring', 'dimensions', '0', 'items', '0', 'weight'],
    ];
    for (const path of paths) {
      const text = schemaAt(zh, path)?.description ?? '';
      expect([path.join('.'), /[\u4e00-\u9fff]/.test(text)]).toEqual([path.join('.'), true]);
    }
  });

  it("words provenance.level's values as docs/rule-format.md and its Chinese edition do", () => {
    const doc = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');
    const en =
      '`sourced` (read in the standard), `secondary` (a note citing it), `unverified` (commonly quoted), `illustrative` (no source)';
    const zh =
      '`sourced`（查阅过标准原文）、`secondary`（引用该标准的资料）、`unverified`（常见引用值）、`illustrative`（无来源）';
    expect(doc('rule-format.md')).toContain(en);
    expect(doc('rule-format.zh-CN.md')).toContain(zh);
    expect(schemaAt(schema, ['provenance', 'level'])?.description).toContain(en);
    expect(RULE_SET_HELP_ZH['/$defs/provenance/properties/level/description']).toContain(zh);
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
