/**
 * Committee-29 M4: the direction of a change of comparison method, rounding interval or unit, for limits read
 * from a table (the rebar rule set, GB/T 1499.2-2018 as /work/shared/domain/standards.md gives it: C ≤ 0.25,
 * P ≤ 0.045 %, ReL ≥ 400 / 500 / 600 MPa, A ≥ 16 / 15 / 14 % less 1 or 2 points by diameter, Agt ≥ 7.5 / 9.0 %,
 * mass deviation ±6.0 / ±5.0 / ±4.0 %). Every such limit lies on its rounding grid, and rounding is monotone: the
 * full-value method can only refuse more (stricter), a coarser interval only accept more (looser). P moved from
 * % to ‰ with 0.045 → 0.45 is the same limit (1 % = 10 ‰), compared in ‰.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import type { DiffEntry } from '../../src/diff/rule-set-diff';
import { parseRuleSet } from '../../src/index';

const REBAR = readFileSync(
  new URL('../../rules/steel/hot-rolled-ribbed-bar.yaml', import.meta.url).pathname,
  'utf8',
);

/** The rebar text with each `[from, to]` replaced everywhere; each `from` must be there. */
function rebar(...replacements: [string | RegExp, string][]): string {
  let text = REBAR;
  for (const [from, to] of replacements) {
    const next = text.replace(typeof from === 'string' ? new RegExp(escapeRegExp(from), 'g') : from, to);
    expect(next, `the rebar rule set contains ${String(from)}`).not.toBe(text);
    text = next;
  }
  return text;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function diffTo(text: string): DiffEntry[] {
  return diffRuleSets(parseRuleSet(REBAR, { filename: 'a.yaml' }), parseRuleSet(text, { filename: 'b.yaml' }))
    .entries;
}

const byKey = (entries: readonly DiffEntry[], key: string) => entries.find((e) => e.key === key);

describe('diff: comparison method and interval of limits read from a table (committee-29 M4)', () => {
  it('rounded → full-value: every requirement stricter, table cells and formula alike', () => {
    const entries = diffTo(
      rebar(['comparison: rounded\n', 'comparison: full\n'], [/\n {4}interval: [0-9.]+ #[^\n]*/g, '']),
    );
    const methods = entries.filter((e) => e.aspect === 'comparison');
    // C … Ceq (chemistry cells), N (a number), ReL, Rm, Agt, the two ratios, mass deviation (cells), A (cell − cell).
    expect(methods.map((e) => e.id).sort()).toEqual(
      [
        'carbon',
        'carbon-equivalent',
        'elongation',
        'manganese',
        'mass-deviation-lower',
        'mass-deviation-upper',
        'max-force-elongation',
        'nitrogen',
        'overstrength-ratio',
        'phosphorus',
        'silicon',
        'strength-ratio',
        'sulfur',
        'tensile-strength',
        'yield-strength',
      ].sort(),
    );
    for (const e of methods) expect(e.direction, e.id).toBe('stricter');
    expect(byKey(entries, 'criterion:carbon:comparison')?.message.zh).toMatch(/全数值比较法，更严$/u);
  });

  it('A at interval 1 instead of 0.5 (whole-number limits 16 − 1 …): looser; at 0.2: stricter', () => {
    // 16 at interval 1 passes from 15.5, at 0.5 from 15.75, at 0.2 from 15.9.
    const coarser = diffTo(
      rebar(['interval: 0.5 # GB/T 228.1: elongation after', 'interval: 1 # GB/T 228.1: elongation after']),
    );
    expect(byKey(coarser, 'criterion:elongation:comparison')).toMatchObject({
      before: 'rounded 0.5',
      after: 'rounded 1',
      direction: 'looser',
    });
    const finer = diffTo(
      rebar(['interval: 0.5 # GB/T 228.1: elongation after', 'interval: 0.2 # GB/T 228.1: elongation after']),
    );
    expect(byKey(finer, 'criterion:elongation:comparison')?.direction).toBe('stricter');
  });

  it("a limit off a side's grid leaves the direction open: Agt 7.5 at interval 1 is no grid point", () => {
    // 7.5 rounded to 1 is not 7.5: a value 7.4 rounds to 7 and fails at interval 1 but passes (7.5) at 0.5.
    const entries = diffTo(rebar(['interval: 0.5 # GB/T 228.1: Agt', 'interval: 1 # GB/T 228.1: Agt']));
    expect(byKey(entries, 'criterion:max-force-elongation:comparison')?.direction).toBe('changed');
  });

  it('ReL at interval 0.5 instead of 1: stricter (400, 500, 600 on both grids); one cell 400.3: open', () => {
    const finer = (...more: [string, string][]) =>
      diffTo(
        rebar(
          [
            'interval: 1 # GB/T 228.1: strengths to 1 MPa (unverified)\n  - id: tensile',
            'interval: 0.5 # strengths\n  - id: tensile',
          ],
          ...more,
        ),
      );
    expect(byKey(finer(), 'criterion:yield-strength:comparison')?.direction).toBe('stricter');
    const off = finer(['[[HRB400, HRBF400], 400, 540', '[[HRB400, HRBF400], 400.3, 540']);
    expect(byKey(off, 'criterion:yield-strength:comparison')?.direction).toBe('changed');
  });
});

describe('diff: P moved from % to ‰ (committee-29 M4)', () => {
  const inPermille = (cell: string) =>
    diffTo(
      rebar(
        ['  phosphorus:\n    type: number\n    unit: "%"', '  phosphorus:\n    type: number\n    unit: "‰"'],
        // The three rows: 0.045 before Ceq 0.54, 0.55 and 0.58.
        [', 0.045, 0.045, 0.5', `, ${cell}, 0.045, 0.5`],
      ),
    );
  const NOTE = {
    zh: 'phosphorus 的单位由 % 改为 ‰，1 % = 10 ‰：限值换算为 ‰ 后比较宽严',
    en: 'the unit of phosphorus changed from % to ‰, 1 % = 10 ‰: limits are compared in ‰',
  };

  it('0.045 % → 0.45 ‰: the same limit in a new unit, no direction, in every row', () => {
    const cells = inPermille('0.45').filter((e) => e.kind === 'cell-changed');
    expect(cells).toHaveLength(3);
    for (const cell of cells) {
      expect(cell).toMatchObject({ column: 'phosphorus', before: '0.045', after: '0.45', note: NOTE });
      expect(cell.direction).toBeUndefined();
      expect(cell.message.zh).toMatch(/0\.045 → 0\.45，同一限值，换用新单位/u);
      expect(cell.message.en).toMatch(/0\.045 → 0\.45, the same limit in a new unit/u);
    }
    expect(byKey(inPermille('0.45'), 'indicator:phosphorus:unit')).toMatchObject({
      before: '%',
      after: '‰',
      note: NOTE,
    });
  });

  it('compared in ‰: 0.40 is stricter, 0.50 looser, than 0.045 % = 0.45 ‰', () => {
    for (const [cell, direction] of [
      ['0.40', 'stricter'],
      ['0.50', 'looser'],
    ] as const) {
      const cells = inPermille(cell).filter((e) => e.kind === 'cell-changed');
      expect(
        cells.map((e) => e.direction),
        cell,
      ).toEqual([direction, direction, direction]);
      expect(cells[0]!.note).toEqual(NOTE);
    }
  });
});
