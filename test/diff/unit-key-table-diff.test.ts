/**
 * A table keyed by an indicator whose unit changes and converts (W → kW, every band ÷ 1000): the rows are the
 * same bands in the new unit, so they pair and nothing in the table is listed (committee-32 M2: 6 rows deleted,
 * 6 added, "宽严不定 15"); the plausible bound ≥ 1000 W → ≥ 1 kW is compared converted. A cell changed as well
 * keeps its own direction (APF is not in W).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets, parseRuleSet } from '../../src/index';
import { ROOT } from '../cli/cli-harness';
import { validateDiff } from './diff-schema';

const W = readFileSync(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'), 'utf8');

function inKw(text: string): string {
  const edits: [string | RegExp, string][] = [
    [/( {2}ratedCoolingCapacity:\n(?: {4}.*\n)*? {4})unit: W\n/, '$1unit: kW\n'],
    ['plausible: "≥ 1000"', 'plausible: "≥ 1"'],
    [/operator: lessThanInclusive, value: 14000 \}/g, 'operator: lessThanInclusive, value: 14 }'],
    ['require: "≤ 14000 W"', 'require: "≤ 14 kW"'],
    [/"≤ 4500"/g, '"≤ 4.5"'],
    [/"\(4500, 7100\]"/g, '"(4.5, 7.1]"'],
    [/"\(7100, 14000\]"/g, '"(7.1, 14]"'],
  ];
  let out = text;
  for (const [from, to] of edits) {
    const next = out.replace(from, to);
    expect(next, `${String(from)} is in the rule file`).not.toBe(out);
    out = next;
  }
  return out;
}

function diffOf(a: string, b: string) {
  const diff = diffRuleSets(parseRuleSet(a, { filename: 'a.yaml' }), parseRuleSet(b, { filename: 'b.yaml' }));
  expect(validateDiff(JSON.parse(JSON.stringify(diff))), JSON.stringify(validateDiff.errors)).toBe(true);
  return diff;
}

describe('diffRuleSets: a table key re-expressed in a unit that converts', () => {
  const kw = inKw(W);

  it('W → kW: no table entry, the plausible bound the same in kW, zh note with the factor', () => {
    const { entries } = diffOf(W, kw);
    expect(entries.filter((e) => e.table !== undefined)).toEqual([]);
    const plausible = entries.find((e) => e.key === 'indicator:ratedCoolingCapacity:plausible');
    expect(plausible).toMatchObject({ before: '≥ 1000', after: '≥ 1' });
    expect(plausible?.direction).toBeUndefined();
    expect(plausible?.note?.zh).toContain('1 kW = 1000 W：限值换算为 kW 后比较宽严');
    expect(entries.find((e) => e.key === 'scope:capacity-in-scope:limit')?.direction).toBeUndefined();
  });

  it('kW → W is the mirror: no table entry either', () => {
    expect(diffOf(kw, W).entries.filter((e) => e.table !== undefined)).toEqual([]);
  });

  it('a cell changed with the unit keeps its direction, keyed by A’s row', () => {
    const tighter = kw.replace('["≤ 4.5", 5.00, 4.50,', '["≤ 4.5", 5.00, 4.70,');
    expect(tighter).not.toBe(kw);
    const cells = diffOf(W, tighter).entries.filter((e) => e.table !== undefined);
    expect(cells.map((e) => [e.key, e.before, e.after, e.direction])).toEqual([
      ['cell:apfLimits[≤ 4500][2]', '4.50', '4.70', 'stricter'],
    ]);
    expect(cells[0]?.note).toBeUndefined();
  });
});
