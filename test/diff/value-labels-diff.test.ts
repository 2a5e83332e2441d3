/**
 * diffRuleSets on the labels of an enum's values (`valueLabels`): a label or
 * alias added, removed or renamed is a change, one entry per value, with a
 * direction by the spellings a record may use (fewer: stricter).
 */
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { changeLine } from '../../src/diff/diff-sections';
import type { DiffEntry } from '../../src/diff/rule-set-diff';
import { BASE, edit, ruleSet } from './base-rule-set';

const LABELS = 'a: { zh: 甲类, en: Class A }, b: { zh: 乙类, en: Class B }, c: { zh: 丙类, en: Class C }';
const SCOPE =
  '  - { id: size-in-scope, indicator: size, require: "≤ 14000 W", reason: { zh: 超出适用范围, en: Out of scope } }';

/** The base rule set with `kind` labelled (or not) and scope items on it, each `[id, require]`. */
function kindScope(labels: string | null, ...items: [string, string][]): string {
  const body = labels === null ? '' : `, valueLabels: { ${labels} }`;
  const lines = items.map(
    ([id, require]) =>
      `  - { id: ${id}, indicator: kind, require: '${require}', reason: { zh: 不适用, en: Not covered } }`,
  );
  return edit(
    [KIND, `kind: { type: enum, values: [a, b, c]${body}, label: { zh: 类别, en: Kind } }`],
    [SCOPE, [SCOPE, ...lines].join('\n')],
  );
}

const KIND = 'kind: { type: enum, values: [a, b, c], label: { zh: 类别, en: Kind } }';

/** `kind` with its values labelled as `labels` (a YAML flow mapping's body). */
const labelledKind = (labels: string) =>
  `kind: { type: enum, values: [a, b, c], valueLabels: { ${labels} }, label: { zh: 类别, en: Kind } }`;

/** The base rule set with `kind`'s values labelled as `labels` (a YAML flow mapping's body) and its values `values`. */
function labelled(labels: string | null, values = '[a, b, c]'): string {
  const body = labels === null ? '' : `, valueLabels: { ${labels} }`;
  return edit([KIND, `kind: { type: enum, values: ${values}${body}, label: { zh: 类别, en: Kind } }`]);
}

function diff(a: string, b: string): DiffEntry[] {
  return diffRuleSets(ruleSet(a, 'a.yaml'), ruleSet(b, 'b.yaml')).entries;
}

const brief = (entries: DiffEntry[]) =>
  entries.map((e) => ({
    key: e.key,
    aspect: e.aspect,
    value: e.value,
    direction: e.direction,
    before: e.before,
    after: e.after,
  }));

const A = 'a: { zh: 甲类, en: Class A, aliases: [甲] }';

describe('diffRuleSets: value labels', () => {
  it('the same labels in both editions are no difference; nor is a value without labels in either', () => {
    expect(diff(labelled(A), labelled(A))).toEqual([]);
    expect(diff(BASE, labelled(null))).toEqual([]);
  });

  it('a zh label renamed is changed (a record writing the old one is refused, the new one accepted), in both languages', () => {
    const [e, ...rest] = diff(labelled(A), labelled('a: { zh: 甲型, en: Class A, aliases: [甲] }'));
    expect(rest).toEqual([]);
    expect(brief([e!])).toEqual([
      {
        key: 'indicator:kind:valueLabels[a]',
        aspect: 'valueLabels',
        value: 'a',
        direction: 'changed',
        before: '甲类 / Class A; aliases: 甲',
        after: '甲型 / Class A; aliases: 甲',
      },
    ]);
    expect(e!.kind).toBe('indicator-changed');
    expect(e!.id).toBe('kind');
    expect(e!.message).toEqual({
      zh: '指标“类别”（kind）的取值标签：a：甲类 / Class A（别名：甲） → 甲型 / Class A（别名：甲），有变化',
      en: 'indicator Kind (kind), value labels: a: 甲类 / Class A (aliases: 甲) → 甲型 / Class A (aliases: 甲), changed',
    });
    // Both sides point at the value's labels, line 11 of each file.
    expect(e!.a).toMatchObject({ file: 'a.yaml', line: 11 });
    expect(e!.b).toMatchObject({ file: 'b.yaml', line: 11 });
  });

  it('an en label renamed alone is a change too', () => {
    expect(brief(diff(labelled(A), labelled('a: { zh: 甲类, en: Type A, aliases: [甲] }')))).toMatchObject([
      { key: 'indicator:kind:valueLabels[a]', direction: 'changed', after: '甲类 / Type A; aliases: 甲' },
    ]);
  });

  it('labels added to a value are looser, removed stricter; the side without labels is null and located at the indicator', () => {
    const added = diff(BASE, labelled(A));
    expect(brief(added)).toEqual([
      {
        key: 'indicator:kind:valueLabels[a]',
        aspect: 'valueLabels',
        value: 'a',
        direction: 'looser',
        before: null,
        after: '甲类 / Class A; aliases: 甲',
      },
    ]);
    expect(added[0]!.message.zh).toBe(
      '指标“类别”（kind）的取值标签：a：无 → 甲类 / Class A（别名：甲），更宽',
    );
    expect(added[0]!.message.en).toBe(
      'indicator Kind (kind), value labels: a: none → 甲类 / Class A (aliases: 甲), looser',
    );
    expect(added[0]!.a).toMatchObject({ file: 'a.yaml', line: 11 });
    expect(brief(diff(labelled(A), BASE))).toMatchObject([
      { direction: 'stricter', before: '甲类 / Class A; aliases: 甲', after: null },
    ]);
  });

  it('an alias added is looser, one dropped stricter', () => {
    const more = labelled('a: { zh: 甲类, en: Class A, aliases: [甲, 甲种] }');
    expect(brief(diff(labelled(A), more))).toMatchObject([{ direction: 'looser' }]);
    expect(brief(diff(more, labelled(A)))).toMatchObject([{ direction: 'stricter' }]);
  });

  it('the same spellings rearranged (an alias made the label) or an en label in another case are reported without a direction', () => {
    expect(brief(diff(labelled(A), labelled('a: { zh: 甲, en: Class A, aliases: [甲类] }')))).toMatchObject([
      { key: 'indicator:kind:valueLabels[a]', direction: undefined, after: '甲 / Class A; aliases: 甲类' },
    ]);
    expect(brief(diff(labelled(A), labelled('a: { zh: 甲类, en: CLASS A, aliases: [甲] }')))).toMatchObject([
      { direction: undefined, before: '甲类 / Class A; aliases: 甲', after: '甲类 / CLASS A; aliases: 甲' },
    ]);
  });

  it('one entry per value, in the order of A’s values', () => {
    const b = 'b: { zh: 乙类, en: Class B }';
    const c = 'c: { zh: 丙类, en: Class C }';
    const entries = diff(labelled(`${A}, ${b}`), labelled(`${c}, ${b.replace('乙类', '乙种')}`));
    expect(entries.map((e) => [e.key, e.direction])).toEqual([
      ['indicator:kind:valueLabels[a]', 'stricter'],
      ['indicator:kind:valueLabels[b]', 'changed'],
      ['indicator:kind:valueLabels[c]', 'looser'],
    ]);
  });

  it('a value removed with its labels is the values entry alone', () => {
    const entries = diff(labelled(`${A}, d: { zh: 丁类, en: Class D }`, '[a, b, c, d]'), labelled(A));
    expect(entries.filter((e) => e.id === 'kind').map((e) => e.key)).toEqual(['indicator:kind:values']);
  });

  it('fix-labels-25: an entry of aliases alone is written and shown as its aliases; display labels added to it only change what reports show', () => {
    const [e, ...rest] = diff(labelled(null), labelled('a: { aliases: [甲] }'));
    expect(rest).toEqual([]);
    expect(brief([e!])).toEqual([
      {
        key: 'indicator:kind:valueLabels[a]',
        aspect: 'valueLabels',
        value: 'a',
        direction: 'looser',
        before: null,
        after: 'aliases: 甲',
      },
    ]);
    expect(e!.message.zh).toContain('别名：甲');
    expect(e!.message.en).not.toContain('undefined');
    // The same spellings plus the display labels: more spellings (甲类, Class A), looser.
    const [f] = diff(labelled('a: { aliases: [甲] }'), labelled(A));
    expect([f!.before, f!.after, f!.direction]).toEqual([
      'aliases: 甲',
      '甲类 / Class A; aliases: 甲',
      'looser',
    ]);
  });

  it('fix-committee-26: an enum limit is worded by its values’ labels (zh, en), the JSON fields keep the codes', () => {
    const [e, ...rest] = diff(
      kindScope(LABELS, ['not-b', '≠ "b"'], ['ab', 'in [a, b]']),
      kindScope(LABELS, ['not-b', '≠ "c"'], ['ab', 'in [a, c]']),
    );
    expect(rest.map((r) => [r.key, r.before, r.after])).toEqual([
      ['scope:ab:limit', 'in [a, b]', 'in [a, c]'],
    ]);
    expect([e!.key, e!.before, e!.after]).toEqual(['scope:not-b:limit', '≠ b', '≠ c']);
    expect(e!.message.zh).toContain('的限值：≠ 乙类 → ≠ 丙类，');
    expect(e!.message.en).toContain('limit: ≠ Class B → ≠ Class C, ');
    expect(rest[0]!.message.zh).toContain('in [甲类, 乙类] → in [甲类, 丙类]');
    expect(rest[0]!.message.en).toContain('in [Class A, Class B] → in [Class A, Class C]');
    // compare's per-record and per-change lines quote them: the sentence in both languages (committee-27 M6).
    expect(changeLine(e!, 'zh')).toContain('≠ 乙类 → ≠ 丙类');
    expect(changeLine(e!, 'en')).toBe(`← ${e!.message.en}`);
    expect(changeLine(e!, 'en')).toContain('limit: ≠ Class B → ≠ Class C, changed');
  });

  it('fix-committee-26: a requirement added on an enum names its value by its label; without labels, by the code as before', () => {
    const added = diff(kindScope(LABELS), kindScope(LABELS, ['not-b', '≠ "b"']));
    expect(added.map((e) => [e.key, e.before, e.after])).toEqual([['scope:not-b', null, '≠ b']]);
    expect(added[0]!.message.zh).toContain('≠ 乙类');
    expect(added[0]!.message.en).toContain('≠ Class B');
    expect(changeLine(added[0]!, 'en')).toBe(`← ${added[0]!.message.en}`);
    expect(changeLine(added[0]!, 'en')).toContain('≠ Class B');
    const bare = diff(kindScope(null, ['not-b', '≠ "b"']), kindScope(null, ['not-b', '≠ "c"']));
    expect(bare[0]!.message.en).toContain('limit: ≠ b → ≠ c, ');
    expect(changeLine(bare[0]!, 'en')).toContain('limit: ≠ b → ≠ c, changed');
  });

  it('fix-explain-28: a category table’s row is named by its values’ labels in each language; key and row keep the codes (newcomer-27 M7)', () => {
    const b = '      - [b, 0.08]';
    const [cell] = diff(labelled(LABELS), edit([KIND, labelledKind(LABELS)], [b, '      - [b, 0.07]']));
    expect([cell!.key, cell!.row, cell!.before, cell!.after]).toEqual([
      'cell:maxima[b][impurity]',
      'b',
      '0.08',
      '0.07',
    ]);
    expect(cell!.message.zh).toContain('行“乙类”列');
    expect(cell!.message.en).toContain('row Class B, column');
    // A row listing two categories, removed: the list by labels; one added: its label.
    const rows = diff(
      labelled(LABELS),
      edit([KIND, labelledKind(LABELS)], ['      - [[a, c], 0.05]', '      - [a, 0.05]']),
    );
    const removed = rows.filter((e) => e.kind === 'row-removed');
    expect(removed.map((e) => [e.key, e.row])).toEqual([['row:maxima[c]', 'c']]);
    expect(removed[0]!.message.zh).toContain('删除行“丙类”');
    expect(removed[0]!.message.en).toContain('row Class C removed');
    // Without labels, the codes as before.
    const [bare] = diff(BASE, edit([b, '      - [b, 0.07]']));
    expect(bare!.message.en).toContain('row b, column');
  });
});
