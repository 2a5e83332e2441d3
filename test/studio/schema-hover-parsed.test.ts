import { readFileSync } from 'node:fs';
import { yaml } from '@codemirror/lang-yaml';
import { syntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { stateExtensions } from 'codemirror-json-schema';
import { describe, expect, it } from 'vitest';
import ruleSetSchema from '../../schemas/ruleset.schema.json';
import { parsedSoon } from '../../src/studio/page/parsed-tree';
import { schemaHelpAt } from '../../src/studio/page/schema-hover';
import { schemaInLanguage } from '../../src/studio/page/schema-language';

// The bundled air-conditioner rule file (18 KB): a new state parses only its first 3,000 characters,
// CodeMirror's first viewport; the rest waits for the editor's idle-time parse, which a busy machine puts off.
const text = readFileSync(
  new URL('../../rules/home-appliances/room-air-conditioner-energy.yaml', import.meta.url),
  'utf8',
);
const at = text.indexOf('\ncriteria:') + 3; // inside the key `criteria`, past the first viewport
const fresh = (lang: 'en' | 'zh') =>
  EditorState.create({
    doc: text,
    extensions: [yaml(), stateExtensions(schemaInLanguage(ruleSetSchema, lang))],
  });

describe('hover help on a syntax tree that reaches the pointer (studio-45 left item)', () => {
  it('a fresh state’s tree stops short of `criteria:`, so the key under the pointer has no help', () => {
    const state = fresh('en');
    expect(syntaxTree(state).length).toBeLessThan(at);
    expect(schemaHelpAt(state, at, 1)).toBeNull();
  });

  it('parsed up to the pointer’s line, the key is found and its schema help given, in each language', async () => {
    const en = await parsedSoon(fresh('en'), at);
    expect(en?.doc.toString()).toBe(text);
    expect(schemaHelpAt(en!, at, 1)?.title).toBe('Criteria');
    const zh = await parsedSoon(fresh('zh'), at);
    expect(schemaHelpAt(zh!, at, 1)?.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a value has its key’s help; the comment the file starts with has none', async () => {
    const value = text.indexOf('\nid: ') + 6;
    const state = await parsedSoon(fresh('en'), value);
    expect(schemaHelpAt(state!, value, 1)?.title).toBe('Rule-set id');
    const blank = await parsedSoon(fresh('en'), 0);
    expect(schemaHelpAt(blank!, 0, 1)).toBeNull();
  });

  it('stops when the answer is no longer wanted', async () => {
    expect(await parsedSoon(fresh('en'), at, () => true)).toBeNull();
  });
});
