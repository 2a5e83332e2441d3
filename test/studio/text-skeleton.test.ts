import { readFileSync } from 'node:fs';
import type { Completion } from '@codemirror/autocomplete';
import { EditorState, type Transaction } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { withoutExamples } from '../../src/studio/page/schema-examples';
import { schemaInLanguage } from '../../src/studio/page/schema-language';
import type { Schema } from '../../src/studio/page/schema-lookup';
import { applyTextKey, textKeys, textSkeleton, textStyle } from '../../src/studio/page/text-skeleton';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/ruleset.schema.json', import.meta.url), 'utf8'),
) as Schema & Record<string, unknown>;

/** Accepts a key option `name` typed as `typed` at the end of `before` (`after` follows); the text and the cursor. */
function accept(name: string, before: string, typed: string, after = '') {
  const state = EditorState.create({ doc: before + after, selection: { anchor: before.length } });
  // What CodeMirror's view does with an accepted option, without a DOM.
  const view = {
    state,
    dispatch(tr: Transaction) {
      this.state = tr.state;
    },
  };
  const apply = applyTextKey(name) as (v: EditorView, c: Completion, from: number, to: number) => void;
  apply(view as unknown as EditorView, { label: name }, before.length - typed.length, before.length);
  return { text: view.state.doc.toString(), cursor: view.state.selection.main.head };
}

describe('the schema the editor completes from', () => {
  it('has no examples or defaults (they were inserted as values), and keeps properties named `default`', () => {
    const text = JSON.stringify(schemaInLanguage(schema, 'zh'));
    expect(text).not.toContain('下屈服强度');
    expect(text).not.toContain('"examples"');
    expect(text).not.toContain('1.0.0');
    const stripped = withoutExamples(schema) as Schema & { $defs: Record<string, Schema> };
    // `default` as an indicator's key stays; `required`'s default true goes.
    expect(stripped.$defs.indicator!.properties?.default).toBeDefined();
    expect(stripped.$defs.indicator!.properties?.required).not.toHaveProperty('default');
    // The enums completion offers stay.
    expect(stripped.$defs.indicator!.properties?.type?.enum).toContain('enum');
    // The original is untouched.
    expect(JSON.stringify(schema)).toContain('下屈服强度');
  });

  it('knows every key whose value is a { zh, en } text', () => {
    expect([...textKeys(schema)].sort()).toEqual(['description', 'label', 'note', 'reason', 'title']);
  });
});

describe('completing a { zh, en } key', () => {
  it('inserts an empty flow skeleton, the cursor after `zh: `', () => {
    const before = 'title: { zh: 玻璃, en: Glass }\nindicators:\n  stones:\n    type: integer\n    lab';
    const { text, cursor } = accept('label', before, 'lab');
    expect(text.endsWith('    label: { zh: , en:  }')).toBe(true);
    expect(text.slice(0, cursor).endsWith('    label: { zh: ')).toBe(true);
  });

  it('inserts the block form in a file that writes its texts in block style', () => {
    const before = 'title:\n  zh: 玻璃\n  en: Glass\nindicators:\n  stones:\n    type: integer\n    lab';
    const { text, cursor } = accept('label', before, 'lab');
    expect(text.endsWith('    label:\n      zh: \n      en: ')).toBe(true);
    expect(text.slice(0, cursor).endsWith('      zh: ')).toBe(true);
  });

  it('inserts the key alone where a colon already follows (renaming a key)', () => {
    const { text } = accept('label', 'indicators:\n  a:\n    lab', 'lab', ': { zh: 甲, en: A }');
    expect(text).toBe('indicators:\n  a:\n    label: { zh: 甲, en: A }');
  });

  it('tells the styles apart and writes the templates', () => {
    expect(textStyle('', 'label')).toBe('flow');
    const mixed = 'note:\n  zh: 甲\n  en: A\ntitle:\n  zh: 丙\n  en: C\nx:\n  label: { zh: 乙, en: B }\n';
    // As the file writes that key; else as it writes most texts.
    expect(textStyle(mixed, 'label')).toBe('flow');
    expect(textStyle(mixed, 'description')).toBe('block');
    expect(
      textStyle(
        '- { id: a, label: { zh: 甲, en: A } }\nnote:\n  zh: 乙\n  en: B\nreason:\n  zh: 丙\n',
        'label',
      ),
    ).toBe('flow');
    // Snippet fields: CodeMirror's `${1}` (Tab goes to `${2}`).
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a CodeMirror snippet, not a template literal
    expect(textSkeleton('note', 'flow')).toBe('note: { zh: ${1}, en: ${2} }');
  });
});
