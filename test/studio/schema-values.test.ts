import { readFileSync } from 'node:fs';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { schemaInLanguage } from '../../src/studio/page/schema-language';
import { schemaValueCompletion } from '../../src/studio/page/schema-values';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/ruleset.schema.json', import.meta.url), 'utf8'),
) as object;

const RULE = `schemaVersion: 1
id: food/tea
provenance:
  level: i
indicators:
  moisture:
    type: e
    required: 
    specimens: 
    unit: 
    type: 
    label: { zh: 水分, en: Moisture }
# subject: p
`;

// The pointer of each key of RULE by line (in the page, codemirror-json-schema's, from the YAML syntax tree).
const POINTERS: Record<number, string> = {
  4: '/provenance/level',
  7: '/indicators/moisture/type',
  8: '/indicators/moisture/required',
  9: '/indicators/moisture/specimens',
  10: '/indicators/moisture/unit',
  11: '/indicators/moisture/type',
  13: '/subject',
};

/** Completion with the cursor at the end of the line that starts with `line` (after trimming). */
async function complete(
  line: string,
  explicit: boolean,
  lang: 'zh' | 'en' = 'en',
): Promise<CompletionResult | null> {
  const state = EditorState.create({ doc: RULE });
  const lines = RULE.split('\n');
  const exact = lines.findIndex((l) => l.trimStart() === line);
  const at = exact >= 0 ? exact : lines.findIndex((l) => l.trimStart().startsWith(line));
  const source = schemaValueCompletion(
    () => schemaInLanguage(schema, lang),
    (s, pos) => POINTERS[s.doc.lineAt(pos).number] ?? '',
  );
  return await source(new CompletionContext(state, state.doc.line(at + 1).to, explicit));
}

const labels = (r: CompletionResult | null) => r?.options.map((o) => o.label) ?? [];

describe('value completion from the rule-set schema', () => {
  it("offers an indicator's types after `type: ` as it is typed, replacing what was typed", async () => {
    const result = await complete('type: e', false);
    expect(labels(result)).toEqual(['number', 'integer', 'boolean', 'enum', 'string']);
    expect(result?.from).toBe(RULE.indexOf('type: e') + 'type: '.length);
  });

  it('offers the allowed values on an empty value when asked (Ctrl+Space)', async () => {
    expect(labels(await complete('required:', true))).toEqual(['true', 'false']);
    expect(labels(await complete('specimens:', true))).toEqual(['true', 'false']);
    expect(labels(await complete('level: i', false))).toContain('illustrative');
    expect(await complete('# subject: p', true)).toBeNull(); // in a comment
  });

  it('opens by itself after `key: ` where the value is one of a closed list, not where it is free (N2)', async () => {
    // Typed by hand: the space after the colon opens the list, as accepting the key does.
    expect(labels(await complete('type: ', false))).toEqual([
      'number',
      'integer',
      'boolean',
      'enum',
      'string',
    ]);
    expect(labels(await complete('required:', false))).toEqual(['true', 'false']);
    // \`specimens\` takes a number too, \`unit\` any text: nothing opens unasked.
    expect(await complete('specimens:', false)).toBeNull();
    expect(await complete('unit:', false)).toBeNull();
  });

  it("explains the values in the page's language", async () => {
    const result = await complete('type: e', false, 'zh');
    expect(result?.options[0]?.info).toBe('指标值的类型。');
  });
});
