import { readFileSync } from 'node:fs';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { enumCodes } from '../../src/studio/page/enum-codes';
import { fileUnits, indicatorIdCompletion, indicatorIds } from '../../src/studio/page/indicator-ids';

const RULES = new URL('../../rules/', import.meta.url);

describe("indicatorIds: a file's indicator ids, for completion where an id belongs (studio-23 N7)", () => {
  it('block and flow indicators, in order, with a one-line label; nothing from other sections', () => {
    const text = [
      'indicators: # what a record gives',
      '  a: { type: number, label: { zh: 甲, en: A } }',
      '',
      '  # a comment between them',
      '  caking:',
      '    type: enum',
      '    values: [none, severe]',
      '    label: { zh: 结块情况, en: Caking }',
      '    valueLabels:',
      '      none: { zh: 无结块, en: None }',
      '  b-2:',
      '    type: number',
      '    label:',
      '      zh: 乙',
      '      en: B',
      'grades:',
      '  - { id: qualified, label: { zh: 合格品, en: Qualified } }',
      'criteria:',
      '  - id: a-min',
      '    indicator: a',
      '',
    ].join('\n');
    expect(indicatorIds(text)).toEqual([
      { id: 'a', label: '甲 / A' },
      { id: 'caking', label: '结块情况 / Caking' },
      { id: 'b-2' },
    ]);
    expect(indicatorIds('criteria:\n  - id: x\n')).toEqual([]);
  });

  it("every bundled rule file's indicators, in the rule set's order", async () => {
    for (const name of [
      'building-materials/common-portland-cement',
      'home-appliances/room-air-conditioner-energy',
    ]) {
      const text = readFileSync(new URL(`${name}.yaml`, RULES), 'utf8');
      const ruleSet = await loadRuleSet(name);
      expect(
        indicatorIds(text).map((i) => i.id),
        name,
      ).toEqual(ruleSet.indicators.map((i) => i.name));
    }
  });

  it('fileUnits: the units the file writes, quoted or not, once each', () => {
    expect(
      fileUnits(
        'a:\n    unit: MPa\nb: { unit: "%", type: number }\nc:\n    unit: MPa\nd:\n    unit: min # minutes\n',
      ),
    ).toEqual(['MPa', '%', 'min']);
  });
});

describe("enumCodes: an enum indicator's codes, for completion in require (studio-23 N7)", () => {
  it("reads the indicator's own values list, quoted or not; none for another indicator or a number", () => {
    const text = [
      'indicators:',
      '  caking:',
      '    type: enum',
      '    values: [none, "slight", severe]',
      '    valueLabels:',
      '      none: { zh: 无结块, en: None }',
      '  grade:',
      '    type: enum',
      "    values: ['42.5', 52.5]",
      '  mgo:',
      '    type: number',
      'criteria:',
      '  - id: x',
      '    values: [not, these]',
      '',
    ].join('\n');
    expect(enumCodes(text, 'caking')).toEqual(['none', 'slight', 'severe']);
    expect(enumCodes(text, 'grade')).toEqual(['42.5', '52.5']);
    expect(enumCodes(text, 'mgo')).toEqual([]);
    expect(enumCodes(text, 'nothing')).toEqual([]);
    const ac = readFileSync(new URL('home-appliances/room-air-conditioner-energy.yaml', RULES), 'utf8');
    expect(enumCodes(ac, 'unitConfiguration')).toEqual([
      'split',
      'window',
      'mobile',
      'multi-split',
      'ducted',
    ]);
  });
});

describe('indicatorIdCompletion: what opens by itself once `key: ` is typed (studio-44)', () => {
  const FILE =
    'indicators:\n  water: { type: number, unit: "%", label: { zh: 吸水率, en: Water } }\ncriteria:\n  - id: w\n';
  const at = (line: string, explicit = false) => {
    const doc = FILE + line;
    const state = EditorState.create({ doc });
    return indicatorIdCompletion()(
      new CompletionContext(state, doc.length, explicit),
    ) as CompletionResult | null;
  };

  it('after `indicator: ` the file’s ids, the value being one of them', () => {
    expect(at('    indicator: ')?.options.map((o) => o.label)).toEqual(['water']);
  });

  it('not for a `when:` key nor after `unit: ` (free values) until a letter or Ctrl+Space', () => {
    expect(at('    when: { ')).toBeNull();
    expect(at('    unit: ')).toBeNull();
    expect(at('    when: { ', true)?.options.map((o) => o.apply)).toEqual(['water: ']);
    expect(at('    unit: ', true)?.options.map((o) => o.apply)).toEqual(['"%"']);
  });
});
