import { readFileSync } from 'node:fs';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { schemaKeyCompletion } from '../../src/studio/page/schema-keys';
import { schemaInLanguage } from '../../src/studio/page/schema-language';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/ruleset.schema.json', import.meta.url), 'utf8'),
) as object;

// Line numbers of the keys whose pointer the page would find (codemirror-json-schema, from the syntax tree).
const POINTERS: Record<number, string> = {
  2: '/indicators',
  3: '/indicators/moisture',
  7: '/indicators/fineness',
  9: '/title',
};

/** Completion at the end of line `n` (1-based) of `doc`. */
async function complete(doc: string, n: number, explicit: boolean, lang: 'zh' | 'en' = 'en') {
  const state = EditorState.create({ doc });
  const source = schemaKeyCompletion(
    () => schemaInLanguage(schema, lang),
    (s, pos) => POINTERS[s.doc.lineAt(pos).number] ?? '',
  );
  return (await source(
    new CompletionContext(state, state.doc.line(n).to, explicit),
  )) as CompletionResult | null;
}

const labels = (r: CompletionResult | null) => r?.options.map((o) => o.label) ?? [];

const rule = (line6: string, line8: string) =>
  [
    'schemaVersion: 1',
    'indicators:',
    '  moisture:',
    '    type: number',
    '    label: { zh: 水分, en: Moisture }',
    line6,
    '  fineness:',
    line8,
    'title:',
    '  zh: 茶',
  ].join('\n');

describe('key completion on a line of its own under `key:`', () => {
  it("offers a new indicator's keys as its first key is typed (YAML reads it as the value), with zh help", async () => {
    const doc = rule('', '    ty');
    const result = await complete(doc, 8, false, 'zh');
    expect(labels(result)).toContain('type');
    // It replaces what was typed.
    expect(result?.from).toBe(doc.indexOf('    ty\n') + 4);
    const type = result?.options.find((o) => o.label === 'type');
    expect(type?.apply).toBe('type: ');
    expect(type?.info).toBe('指标值的类型。');
  });

  it('leaves out the keys the mapping has, and answers an empty line only when asked (Ctrl+Space)', async () => {
    const doc = rule('    ', '    x');
    const offered = labels(await complete(doc, 6, true));
    expect(offered).toEqual(expect.arrayContaining(['unit', 'range', 'description']));
    expect(offered).not.toContain('type');
    expect(offered).not.toContain('label');
    expect(await complete(doc, 6, false)).toBeNull();
  });

  it('offers nothing where no mapping under an empty key starts', async () => {
    // Not indented: a top-level key, left to the library.
    expect(await complete(rule('', 'ty'), 8, true)).toBeNull();
    // Text after the cursor, or a comment line: not a key being typed.
    expect(await complete(rule('', '    # ty'), 8, true)).toBeNull();
    // Under `title:` the schema allows zh/en; with `zh` written, only `en` is left.
    expect(labels(await complete(`${rule('', '    ty')}\n  `, 11, true))).toEqual(['en']);
  });
});
