import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { gradeIdCompletion, gradeIds } from '../../src/studio/page/grade-ids';

describe("gradeIds: the ids of a file's grades list, for completion after `grade: `", () => {
  it('block and flow items, quoted or not, in order; nothing from other sections', () => {
    const text = [
      'indicators:',
      '  a: { type: number, label: { zh: 甲, en: A } }',
      'grades: # lowest first',
      '  - { id: qualified, label: { zh: 合格品, en: Qualified } }',
      '',
      '  - id: "first-class"',
      '    label: { zh: 一等品, en: First class }',
      "  - { id: 'superior', label: { zh: 优等品, en: Superior } }",
      'criteria:',
      '  - id: a-min',
      '    indicator: a',
      '',
    ].join('\n');
    expect(gradeIds(text)).toEqual(['qualified', 'first-class', 'superior']);
  });

  it('none without a grades list', () => {
    expect(gradeIds('criteria:\n  - id: x\n')).toEqual([]);
  });
});

describe('gradeIdCompletion: after `grade: `', () => {
  const text = 'grades:\n  - { id: qualified }\n  - { id: "1" }\ncriteria:\n  - id: a-min\n    grade: ';
  const at = (doc: string, explicit: boolean) => {
    const state = EditorState.create({ doc });
    return gradeIdCompletion()(new CompletionContext(state, doc.length, explicit)) as CompletionResult | null;
  };

  it('opens by itself once `grade: ` is typed, the space included (N2), lowest first', () => {
    expect(at(text, false)?.options.map((o) => o.apply)).toEqual(['qualified', '"1"']);
    expect(at(`${text}qu`, false)?.from).toBe(text.length);
  });

  it('not before the space, nor in a comment', () => {
    expect(at(text.trimEnd(), false)).toBeNull();
    expect(at(`${text}# `, true)).toBeNull();
  });
});
