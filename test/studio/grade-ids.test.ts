import { describe, expect, it } from 'vitest';
import { gradeIds } from '../../src/studio/page/grade-ids';

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
