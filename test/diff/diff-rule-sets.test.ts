import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import type { DiffEntry } from '../../src/diff/rule-set-diff';
import { listRuleSets, loadRuleSet, parseRuleSet } from '../../src/index';
import { BASE, edit, ruleSet } from './base-rule-set';

/** The entries of the diff from the base rule set to an edition of it. */
function diffTo(text: string): DiffEntry[] {
  return diffRuleSets(ruleSet(BASE, 'a.yaml'), ruleSet(text, 'b.yaml')).entries;
}

/** Key, direction, before and after of each entry: what a reader of the diff acts on. */
function brief(entries: DiffEntry[]) {
  return entries.map((e) => ({ key: e.key, direction: e.direction, before: e.before, after: e.after }));
}

describe('diffRuleSets', () => {
  it('finds nothing between a rule set and itself, nor in any bundled rule set against itself', async () => {
    expect(diffTo(BASE)).toEqual([]);
    for (const { id } of await listRuleSets()) {
      const diff = diffRuleSets(await loadRuleSet(id), await loadRuleSet(id));
      expect(diff.entries, id).toEqual([]);
      expect(diff.counts).toEqual({ total: 0, stricter: 0, looser: 0, changed: 0, other: 0 });
    }
  });

  it('ignores the order of criteria, indicators and tables', () => {
    const text = edit(
      [
        '  - { id: strength, indicator: strength, require: "≥ limits" }\n  - { id: strength-floor, indicator: strength, require: "≥ 2.0" }\n',
        '  - { id: strength-floor, indicator: strength, require: "≥ 2.0" }\n  - { id: strength, indicator: strength, require: "≥ limits" }\n',
      ],
      [
        '  noise: { type: number, label: { zh: 噪声, en: Noise } }\n  ratio: { type: number, label: { zh: 比值, en: Ratio } }\n',
        '  ratio: { type: number, label: { zh: 比值, en: Ratio } }\n  noise: { type: number, label: { zh: 噪声, en: Noise } }\n',
      ],
    );
    expect(diffTo(text)).toEqual([]);
  });

  it('lists a criterion added as stricter and the same one removed as looser', () => {
    const line = '  - { id: kind-a, indicator: kind, require: "= a", grade: "1" }\n';
    const withExtra = edit(['criteria:\n', `criteria:\n${line}`]);
    expect(brief(diffTo(withExtra))).toEqual([
      { key: 'criterion:kind-a', direction: 'stricter', before: null, after: '= a' },
    ]);
    const removed = diffRuleSets(ruleSet(withExtra), ruleSet(BASE)).entries;
    expect(brief(removed)).toEqual([
      { key: 'criterion:kind-a', direction: 'looser', before: '= a', after: null },
    ]);
    expect(removed[0]!.kind).toBe('criterion-removed');
    // Without a label of its own, a criterion takes its indicator's; named with its grade, as compare names it.
    expect(removed[0]!.message.en).toBe('criterion Kind (Grade 1) (kind-a) removed: = a, looser');
    expect(removed[0]!.message.zh).toBe('删除要求“类别（1级）”（kind-a）：= a，更宽');
  });

  it('tells a ≥ limit raised (stricter) from one lowered (looser)', () => {
    const raised = diffTo(edit(['require: "≥ 2.0"', 'require: "≥ 2.5"']));
    expect(brief(raised)).toEqual([
      { key: 'criterion:strength-floor:limit', direction: 'stricter', before: '≥ 2.0', after: '≥ 2.5' },
    ]);
    expect(raised[0]).toMatchObject({
      kind: 'criterion-changed',
      aspect: 'limit',
      criteria: ['strength-floor'],
    });
    const lowered = diffTo(edit(['require: "≥ 2.0"', 'require: "≥ 1.5"']));
    expect(brief(lowered)).toEqual([
      { key: 'criterion:strength-floor:limit', direction: 'looser', before: '≥ 2.0', after: '≥ 1.5' },
    ]);
    // Same figure, strict operator: 2.0 itself no longer passes.
    expect(diffTo(edit(['require: "≥ 2.0"', 'require: "> 2.0"']))[0]?.direction).toBe('stricter');
  });

  it('tells a ≤ limit raised (looser) from one lowered (stricter)', () => {
    expect(brief(diffTo(edit(['require: "≤ 45"', 'require: "≤ 48"'])))).toEqual([
      { key: 'criterion:noise:limit', direction: 'looser', before: '≤ 45', after: '≤ 48' },
    ]);
    expect(brief(diffTo(edit(['require: "≤ 45"', 'require: "≤ 42"'])))).toEqual([
      { key: 'criterion:noise:limit', direction: 'stricter', before: '≤ 45', after: '≤ 42' },
    ]);
    // ≤ 45 → ≥ 45: neither inside the other.
    expect(diffTo(edit(['require: "≤ 45"', 'require: "≥ 45"']))[0]?.direction).toBe('changed');
  });

  it('tells a range narrowed, widened, shifted, or closed at one end', () => {
    const direction = (range: string) => diffTo(edit(['"[1.25, 1.30]"', `"${range}"`]))[0]?.direction;
    expect(direction('[1.26, 1.30]')).toBe('stricter');
    expect(direction('[1.25, 1.29]')).toBe('stricter');
    expect(direction('(1.25, 1.30]')).toBe('stricter'); // 1.25 itself no longer passes
    expect(direction('[1.20, 1.35]')).toBe('looser');
    expect(direction('[1.20, 1.28]')).toBe('changed'); // accepts 1.22, refuses 1.29
    expect(diffTo(edit(['"[1.25, 1.30]"', '"[1.26, 1.30]"']))[0]).toMatchObject({
      key: 'criterion:ratio:limit',
      before: '[1.25, 1.30]',
      after: '[1.26, 1.30]',
    });
  });

  it('gives a table cell read by ≥ the direction of its criteria, keyed by table, row key and column', () => {
    const raised = diffTo(edit(['["(4500, 7100]", 3.50, 4.50]', '["(4500, 7100]", 3.60, 4.50]']));
    expect(brief(raised)).toEqual([
      { key: 'cell:limits[(4500, 7100]][2]', direction: 'stricter', before: '3.50', after: '3.60' },
    ]);
    expect(raised[0]).toMatchObject({
      kind: 'cell-changed',
      table: 'limits',
      row: '(4500, 7100]',
      column: '2',
      criteria: ['strength@2'],
    });
    expect(raised[0]!.message.en).toBe(
      'table "Strength per grade" (limits), row (4500, 7100], column Grade 2: 3.50 → 3.60, stricter (read by strength@2)',
    );
    expect(raised[0]!.message.zh).toBe(
      '表“强度分级表”（limits）行“(4500, 7100]”列“2级”：3.50 → 3.60，更严（影响 strength@2）',
    );
    const lowered = diffTo(edit(['["(4500, 7100]", 3.50, 4.50]', '["(4500, 7100]", 3.40, 4.50]']));
    expect(lowered[0]?.direction).toBe('looser');
  });

  it('gives an n/a cell gaining a value looser, whatever its criteria read, and losing one stricter', () => {
    const opened = diffTo(edit(['["(4500, 7100]", 3.50, 4.50]', '["(4500, 7100]", n/a, 4.50]']));
    expect(brief(opened)).toEqual([
      { key: 'cell:limits[(4500, 7100]][2]', direction: 'stricter', before: '3.50', after: 'n/a' },
    ]);
    const reopened = diffRuleSets(
      ruleSet(edit(['["(4500, 7100]", 3.50, 4.50]', '["(4500, 7100]", n/a, 4.50]']), 'a.yaml'),
      ruleSet(BASE, 'b.yaml'),
    ).entries;
    expect(brief(reopened)).toEqual([
      { key: 'cell:limits[(4500, 7100]][2]', direction: 'looser', before: 'n/a', after: '3.50' },
    ]);
    expect(reopened[0]!.message.zh).toContain('n/a → 3.50，更宽（影响 strength@2）');
  });

  it('gives a cell read by ≤ the opposite direction', () => {
    expect(brief(diffTo(edit(['[b, 0.08]', '[b, 0.09]'])))).toEqual([
      { key: 'cell:maxima[b][impurity]', direction: 'looser', before: '0.08', after: '0.09' },
    ]);
    expect(diffTo(edit(['[b, 0.08]', '[b, 0.07]']))[0]?.direction).toBe('stricter');
  });

  it('takes a cell read through a formula by the formula’s sign: a larger reduction lowers the minimum', () => {
    const entries = diffTo(edit(['["(7100, 14000]", 1]', '["(7100, 14000]", 2]']));
    expect(brief(entries)).toEqual([
      { key: 'cell:allowance[(7100, 14000]][reduction]', direction: 'looser', before: '1', after: '2' },
    ]);
    expect(entries[0]!.criteria).toEqual(['elongation']);
  });

  it('counts an empty cell (no requirement) gaining a value as stricter, and losing it as looser', () => {
    const filled = diffTo(edit(['["(7100, 14000]", 3.00, ~]', '["(7100, 14000]", 3.00, 4.00]']));
    expect(brief(filled)).toEqual([
      { key: 'cell:limits[(7100, 14000]][1]', direction: 'stricter', before: null, after: '4.00' },
    ]);
    expect(filled[0]!.message.en).toContain('empty (no requirement) → 4.00, stricter');
    const emptied = diffTo(edit(['["(4500, 7100]", 3.50, 4.50]', '["(4500, 7100]", 3.50, ~]']));
    expect(brief(emptied)).toEqual([
      { key: 'cell:limits[(4500, 7100]][1]', direction: 'looser', before: '4.50', after: null },
    ]);
  });

  it('matches rows by their key cells: a row inserted in the middle is one added row', () => {
    // The new band sits second in the list but last on the axis: position-by-position every row would differ.
    const inserted = edit([
      '      - ["≤ 4500", 4.00, 5.00]\n',
      '      - ["≤ 4500", 4.00, 5.00]\n      - ["(14000, 20000]", 2.50, 3.50]\n',
    ]);
    const entries = diffTo(inserted);
    expect(brief(entries)).toEqual([
      {
        key: 'row:limits[(14000, 20000]]',
        direction: 'stricter',
        before: null,
        after: '[(14000, 20000], 2.50, 3.50]',
      },
    ]);
    expect(entries[0]).toMatchObject({ kind: 'row-added', criteria: ['strength@2', 'strength@1'] });

    const category = diffTo(
      edit(
        ['[a, b, c]', '[a, b, c, d]'],
        ['      - [[a, c], 0.05]\n', '      - [[a, c], 0.05]\n      - [d, 0.06]\n'],
      ),
    );
    expect(brief(category)).toEqual([
      { key: 'indicator:kind:values', direction: 'looser', before: '[a, b, c]', after: '[a, b, c, d]' },
      { key: 'row:maxima[d]', direction: 'stricter', before: null, after: '[d, 0.06]' },
    ]);
  });

  it('compares a row of categories split between editions category by category', () => {
    // [a, c] → a and c on rows of their own, c's limit lowered: one change, keyed by the category.
    const entries = diffTo(edit(['      - [[a, c], 0.05]\n', '      - [a, 0.05]\n      - [c, 0.04]\n']));
    expect(brief(entries)).toEqual([
      { key: 'cell:maxima[c][impurity]', direction: 'stricter', before: '0.05', after: '0.04' },
    ]);
  });

  it('lists a row removed as looser', () => {
    const entries = diffTo(edit(['      - [b, 0.08]\n', ''], ['[a, b, c]', '[a, c]']));
    expect(brief(entries)).toContainEqual({
      key: 'row:maxima[b]',
      direction: 'looser',
      before: '[b, 0.08]',
      after: null,
    });
  });

  it('lists grades renamed, added and removed', () => {
    const renamed = diffTo(edit(['{ zh: 1级, en: Grade 1 }', '{ zh: 一级, en: First grade }']));
    expect(brief(renamed)).toEqual([
      { key: 'grade:1', direction: undefined, before: '1级 / Grade 1', after: '一级 / First grade' },
    ]);
    expect(renamed[0]!.kind).toBe('grade-renamed');
    expect(renamed[0]!.message.zh).toBe('等级“1级”更名为“一级”');
    expect(renamed[0]!.message.en).toBe('grade 1 renamed: "Grade 1" → "First grade"');

    const added = diffTo(
      edit(
        [
          '  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n',
          '  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n  - { id: "0", label: { zh: 0级, en: Grade 0 } }\n',
        ],
        ['require: "≤ 45", grade: "1"', 'require: "≤ 45", grade: "0"'],
      ),
    );
    expect(brief(added)).toEqual([
      { key: 'grade:0', direction: undefined, before: null, after: '0级 / Grade 0' },
      { key: 'criterion:noise:grade', direction: 'looser', before: '1', after: '0' },
    ]);
  });

  it('lists a ladder whose grades are ranked in another order, first among the grades (hostile-33 F6)', () => {
    // Grade 1 below grade 2 in B, the table's columns swapped with the ladder: only its cells said anything changed.
    const entries = diffTo(
      edit(
        [
          '  - { id: "2", label: { zh: 2级, en: Grade 2 } }\n  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n',
          '  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n  - { id: "2", label: { zh: 2级, en: Grade 2 } }\n',
        ],
        ['columns: [size, "2", "1"]', 'columns: [size, "1", "2"]'],
      ),
    ).filter((e) => e.key.startsWith('grade'));
    expect(entries).toEqual([
      expect.objectContaining({
        key: 'grades:order',
        kind: 'grades-reordered',
        before: '2 < 1',
        after: '1 < 2',
        message: {
          zh: '等级顺序改变（由低到高）：A 为 2级 < 1级，B 为 1级 < 2级；“更高的等级”所指不同，两版的等级不能按高低对照',
          en: 'the order of grades changed (lowest first): A ranks Grade 2 (2) < Grade 1 (1), B ranks Grade 1 (1) < Grade 2 (2); "a higher grade" no longer means the same, and the two editions\' grades cannot be compared as higher or lower',
        },
        a: expect.objectContaining({ file: 'a.yaml', line: 21 }),
      }),
    ]);
    // A grade added or removed is no reordering: the grades both have keep their order.
    const added = diffTo(
      edit(
        [
          '  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n',
          '  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n  - { id: "0", label: { zh: 0级, en: Grade 0 } }\n',
        ],
        ['require: "≤ 45", grade: "1"', 'require: "≤ 45", grade: "0"'],
      ),
    );
    expect(added.filter((e) => e.kind === 'grades-reordered')).toEqual([]);
  });

  it('notes a grade whose id changed at the same place in the ladder, or with the same label, as a possible rename', () => {
    // The id of the top grade changed (and every reference to it): same ladder length, same place.
    const moved = diffTo(
      edit(
        ['{ id: "1", label: { zh: 1级, en: Grade 1 } }', '{ id: top, label: { zh: 特级, en: Top } }'],
        ['columns: [size, "2", "1"]', 'columns: [size, "2", top]'],
        ['grade: "1" }', 'grade: top }'],
      ),
    ).filter((e) => e.key.startsWith('grade:'));
    expect(moved.map((e) => [e.kind, e.note?.zh])).toEqual([
      [
        'grade-removed',
        '可能是改名：B 新增的等级“特级”（top）在等级阶梯中位置相同；只改等级名称时请保留 id、改 label',
      ],
      [
        'grade-added',
        '可能是改名：A 删除的等级“1级”（1）在等级阶梯中位置相同；只改等级名称时请保留 id、改 label',
      ],
    ]);
    expect(moved[0]!.note?.en).toBe(
      'possibly renamed: B adds the grade "Top" (top) at the same place in the ladder; to rename a grade, keep its id and change its label',
    );
    expect(moved[1]!.note?.en).toBe(
      'possibly renamed: A\'s grade "Grade 1" (1), removed, is at the same place in the ladder; to rename a grade, keep its id and change its label',
    );

    // A grade added on top: the ladders differ in length, so only a shared label pairs grades.
    const longer = diffTo(
      edit(
        [
          '  - { id: "1", label: { zh: 1级, en: Grade 1 } }\n',
          '  - { id: one, label: { zh: 1级, en: First } }\n  - { id: "0", label: { zh: 0级, en: Grade 0 } }\n',
        ],
        ['columns: [size, "2", "1"]', 'columns: [size, "2", one]'],
        ['grade: "1" }', 'grade: "0" }'],
      ),
    ).filter((e) => e.key.startsWith('grade:'));
    expect(longer.map((e) => [e.key, e.note?.en])).toEqual([
      [
        'grade:1',
        'possibly renamed: B adds the grade "First" (one) with the same label; to rename a grade, keep its id and change its label',
      ],
      [
        'grade:one',
        'possibly renamed: A\'s grade "Grade 1" (1), removed, has the same label; to rename a grade, keep its id and change its label',
      ],
      ['grade:0', undefined],
    ]);
    expect(longer[0]!.note?.zh).toBe(
      '可能是改名：B 新增的等级“1级”（one）标签相同；只改等级名称时请保留 id、改 label',
    );
  });

  it('names a requirement with its grade, or as a veto item, as grade and compare name it (zh, en)', async () => {
    const file = 'rules/building-materials/cement-quality-grade.yaml';
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of [
      ['require: "≤ 5.0 %", gate: true', 'require: "≤ 4.5 %", gate: true'],
      ['require: "≥ 48.0 MPa", grade: superior', 'require: "≥ 49.0 MPa", grade: superior'],
    ] as const) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    const diff = diffRuleSets(await loadRuleSet(file), parseRuleSet(text, { filename: 'draft.yaml' }));
    const message = (key: string) => diff.entries.find((e) => e.key === key)!.message;
    expect(message('criterion:compressive-28d-superior:limit')).toEqual({
      zh: '要求“28 天抗压强度（优等品）”（compressive-28d-superior）的限值：≥ 48.0 MPa → ≥ 49.0 MPa，更严',
      en: 'criterion 28-day compressive strength (Superior) (compressive-28d-superior), limit: ≥ 48.0 MPa → ≥ 49.0 MPa, stricter',
    });
    expect(message('criterion:gb175-magnesia:limit').zh).toBe(
      '要求“氧化镁 MgO（否决项）”（gb175-magnesia）的限值：≤ 5.0 % → ≤ 4.5 %，更严',
    );
  });

  it('lists scope items changed, added and removed', () => {
    expect(brief(diffTo(edit(['"≤ 14000 W"', '"≤ 12000 W"'])))).toEqual([
      { key: 'scope:size-in-scope:limit', direction: 'stricter', before: '≤ 14000 W', after: '≤ 12000 W' },
    ]);
    const extra =
      '  - { id: kind-in-scope, indicator: kind, require: "in [a, b]", reason: { zh: 不适用, en: Not covered } }\n';
    const added = diffTo(edit(['scope:\n', `scope:\n${extra}`]));
    expect(brief(added)).toEqual([
      { key: 'scope:kind-in-scope', direction: 'stricter', before: null, after: 'in [a, b]' },
    ]);
    expect(added[0]!.kind).toBe('scope-added');
    const removed = diffRuleSets(ruleSet(edit(['scope:\n', `scope:\n${extra}`])), ruleSet(BASE)).entries;
    expect(removed[0]).toMatchObject({
      key: 'scope:kind-in-scope',
      kind: 'scope-removed',
      direction: 'looser',
    });
  });

  it('lists a comparison method, rounding interval, when, gate and cap changed', () => {
    const rounded = diffTo(edit(['require: "≥ 2.0" }', 'require: "≥ 2.0", comparison: rounded }']));
    expect(brief(rounded)).toEqual([
      // ≥ 2.0 is on the grid of its own precision: rounding passes every value the full value does (committee-24 F4).
      { key: 'criterion:strength-floor:comparison', direction: 'looser', before: 'full', after: 'rounded' },
    ]);
    expect(rounded[0]!.message.zh).toBe(
      '要求“强度（2级）”（strength-floor）的比较方法：全数值比较法 → 修约值比较法（按限值的位数修约），更宽',
    );
    const interval = diffRuleSets(
      ruleSet(edit(['require: "≥ 2.0" }', 'require: "≥ 2.0", comparison: rounded, interval: 0.1 }'])),
      ruleSet(edit(['require: "≥ 2.0" }', 'require: "≥ 2.0", comparison: rounded, interval: 0.5 }'])),
    ).entries;
    expect(brief(interval)).toEqual([
      {
        key: 'criterion:strength-floor:comparison',
        // 2.0 on both grids: the coarser interval passes from 1.75, the finer from 1.95.
        direction: 'looser',
        before: 'rounded 0.1',
        after: 'rounded 0.5',
      },
    ]);
    const when = diffTo(
      edit(['require: "≤ 45", grade: "1" }', 'require: "≤ 45", grade: "1", when: { kind: a } }']),
    );
    expect(brief(when)).toEqual([
      { key: 'criterion:noise:when', direction: 'changed', before: null, after: 'kind = a' },
    ]);
    const gate = diffTo(edit(['require: "≥ 2.0" }', 'require: "≥ 2.0", gate: true }']));
    expect(brief(gate)).toEqual([
      { key: 'criterion:strength-floor:effect', direction: 'changed', before: 'requirement', after: 'gate' },
    ]);
    const cap = diffTo(edit(['require: "≤ 45", grade: "1" }', 'require: "≤ 45", cap: "2" }']));
    expect(brief(cap)).toEqual([
      { key: 'criterion:noise:effect', direction: 'changed', before: 'requirement', after: 'cap' },
    ]);
  });

  it('a change of effect has a direction by the highest grade a failing record can still reach (hostile-36 F7)', () => {
    // strength-floor asks grade 2 (the lowest): failing it, a record is not graded; capped at 2, it is held at 2.
    const floorCap = edit(['require: "≥ 2.0" }', 'require: "≥ 2.0", cap: "2" }']);
    expect(brief(diffTo(floorCap))).toEqual([
      { key: 'criterion:strength-floor:effect', direction: 'looser', before: 'requirement', after: 'cap' },
    ]);
    // Back again: a cap turned into a requirement of the lowest grade only takes grades away.
    const back = diffRuleSets(ruleSet(floorCap, 'a.yaml'), ruleSet(BASE, 'b.yaml')).entries;
    expect(brief(back)).toEqual([
      { key: 'criterion:strength-floor:effect', direction: 'stricter', before: 'cap', after: 'requirement' },
    ]);
    // The cap's grade by its label, as the requirement's name gives it (hostile-46: by its id, `cap at 2`).
    expect(back[0]!.message.en).toBe(
      'criterion Strength (Grade 2) (strength-floor), effect: cap at Grade 2 → grade requirement, stricter',
    );
    // noise asks grade 1: failing it reaches grade 2; as a gate, nothing.
    const gate = diffTo(edit(['require: "≤ 45", grade: "1" }', 'require: "≤ 45", gate: true }']));
    expect(brief(gate)).toEqual([
      { key: 'criterion:noise:effect', direction: 'stricter', before: 'requirement', after: 'gate' },
    ]);
  });

  it('names the requirements that read a changed derived value through a long chain of others', () => {
    // 64 derived values (the most levels allowed), each the one before plus 1, written last first.
    const n = 64;
    const chain = Array.from({ length: n }, (_, i) => {
      const j = n - 1 - i;
      return `  step${j}: { label: { zh: 步${j}, en: Step ${j} }, formula: "${j === 0 ? 'ratio * 2' : `step${j - 1} + 1`}" }`;
    }).join('\n');
    const text = (formula: string) =>
      edit(
        ['derived:\n', `derived:\n${chain.replace('ratio * 2', formula)}\n`],
        [
          '  - { id: ratio,',
          `  - { id: chain-end, indicator: step${n - 1}, require: "≤ 9000" }\n  - { id: chain-middle, indicator: step30, require: "≤ 9000" }\n  - { id: ratio,`,
        ],
      );
    const entries = diffRuleSets(ruleSet(text('ratio * 2')), ruleSet(text('ratio * 3'), 'b.yaml')).entries;
    expect(entries.map((e) => [e.key, e.criteria])).toEqual([
      ['derived:step0:formula', ['chain-end', 'chain-middle']],
    ]);
  });

  it('lists indicator changes that change what a record may give', () => {
    const entries = diffTo(
      edit(
        ['range: "> 0"', 'range: "[100, 20000]"'],
        ['  noise: { type: number,', '  noise: { type: number, required: false,'],
        ['  ratio: { type: number,', '  ratio: { type: number, unit: "1",'],
      ),
    );
    expect(brief(entries)).toEqual([
      { key: 'indicator:size:range', direction: 'stricter', before: '> 0', after: '[100, 20000]' },
      { key: 'indicator:noise:required', direction: 'looser', before: 'required', after: 'optional' },
      { key: 'indicator:ratio:unit', direction: 'changed', before: null, after: '1' },
    ]);
    expect(entries[0]!.message.zh).toBe('指标“规格”（size）的取值范围：> 0 → [100, 20000]，更严');
  });

  it('lists the version, provenance and a new edition of a reference', () => {
    const entries = diffTo(
      edit(
        ['version: 1.0.0', 'version: 2.0.0'],
        [
          '{ code: GB 0000-2019, edition: "2019", status: current }',
          '{ code: GB 0000-2024, edition: "2024", status: current }',
        ],
      ),
    );
    expect(brief(entries)).toEqual([
      { key: 'version', direction: undefined, before: '1.0.0', after: '2.0.0' },
      {
        key: 'reference:GB 0000',
        direction: undefined,
        before: 'GB 0000-2019 (2019, current)',
        after: 'GB 0000-2024 (2024, current)',
      },
    ]);
    expect(entries[1]!.message.zh).toBe(
      '引用标准：GB 0000-2019（2019 版，现行） → GB 0000-2024（2024 版，现行）',
    );
  });

  it('words an edition nobody found in the report language (版次未查到, not "not found 版")', () => {
    const entries = diffTo(
      edit([
        '{ code: GB 0000-2019, edition: "2019", status: current }',
        '{ code: GB 0000-2024, edition: not found, status: current }',
      ]),
    );
    expect(entries[0]!.message.zh).toBe(
      '引用标准：GB 0000-2019（2019 版，现行） → GB 0000-2024（版次未查到，现行）',
    );
    expect(entries[0]!.message.en).toContain('GB 0000-2024 (edition not found, current)');
  });

  it('lists a scored rule set’s cutoffs as limits, and its weights and items as changed', async () => {
    const file = join(import.meta.dirname, '../../rules/enterprise/quality-management-capability.yaml');
    const text = readFileSync(file, 'utf8');
    const revise = (...pairs: [string, string][]) => {
      let out = text;
      for (const [from, to] of pairs) {
        expect(out).toContain(from);
        out = out.replace(from, to);
      }
      return parseRuleSet(out, { filename: 'b.yaml' });
    };
    const a = parseRuleSet(text, { filename: 'a.yaml' });
    const b = revise(
      ['prevention: 80,', 'prevention: 82,'],
      [
        '      weight: 20\n      items:\n        - indicator: dataCollection',
        '      weight: 25\n      items:\n        - indicator: dataCollection',
      ],
      [
        '        - indicator: productQuality\n          weight: 2',
        '        - indicator: productQuality\n          weight: 3',
      ],
    );
    const entries = diffRuleSets(a, b).entries;
    expect(
      brief(entries.filter((e) => e.kind === 'criterion-changed')).map((e) => [e.key, e.direction]),
    ).toEqual(
      // With the weakest link a cap, a grade's dimensions come before its total (the total never binds alone).
      ['qmsEffectiveness', 'digitalisation', 'sustainedSuccess', 'qualityPerformance', 'totalScore'].map(
        (d) => [`criterion:${d}@prevention:limit`, 'stricter'],
      ),
    );
    const dims = entries.filter((e) => e.kind === 'dimension-changed');
    expect(brief(dims)).toEqual([
      // Under the weakest-link cap the total never decides a grade: a dimension's weight moves no record.
      { key: 'dimension:digitalisation:weight', before: '20', after: '25' },
      {
        key: 'dimension:qualityPerformance:items',
        direction: 'changed',
        before: 'productQuality ×2, qualityLoss, customerSatisfaction',
        after: 'productQuality ×3, qualityLoss, customerSatisfaction',
      },
    ]);
    // A weight counts in the total only; items in the dimension's own score too.
    expect(dims[0]!.criteria!.every((id) => id.startsWith('totalScore@'))).toBe(true);
    expect(dims[1]!.criteria).toContain('qualityPerformance@excellence');
    expect(dims[0]!.direction).toBeUndefined();
    expect(dims[0]!.message.zh).toContain('20 → 25，只影响总分');
    expect(dims[1]!.message.zh).toContain('的评分项：产品质量水平 ×2 → ×3，有变化');
  });

  it('locates each entry at its line in A and in B', () => {
    const b = edit([
      '      - ["(4500, 7100]", 3.50, 4.50]\n',
      '      # revised\n      - ["(4500, 7100]", 3.60, 4.50]\n',
    ]);
    const [entry] = diffTo(b);
    // 1-based line and column of the cell's figure.
    const at = (text: string, figure: string) => {
      const lines = text.split('\n');
      const index = lines.findIndex((l) => l.includes(`"(4500, 7100]", ${figure}`));
      return { line: index + 1, column: lines[index]!.indexOf(figure) + 1 };
    };
    expect(entry!.a).toEqual({ file: 'a.yaml', ...at(BASE, '3.50') });
    expect(entry!.b).toEqual({ file: 'b.yaml', ...at(b, '3.60') });
    expect(entry!.b!.line).toBe(entry!.a!.line + 1);
  });

  it('counts entries by direction', () => {
    const diff = diffRuleSets(
      ruleSet(BASE),
      ruleSet(
        edit(
          ['version: 1.0.0', 'version: 1.1.0'],
          ['require: "≤ 45"', 'require: "≤ 48"'],
          ['[b, 0.08]', '[b, 0.07]'],
        ),
      ),
    );
    expect(diff.counts).toEqual({ total: 3, stricter: 1, looser: 1, changed: 0, other: 1 });
    expect(diff.a).toEqual({ id: 'test/diff-base', version: '1.0.0', file: 'a.yaml' });
  });
});
