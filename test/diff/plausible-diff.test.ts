/**
 * `diffRuleSets` on an indicator's `plausible` band (the rule author's check, standards-26 F2): it refuses records
 * as a range does, so adding or narrowing it is stricter, removing or widening it looser, located at the key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { parseRuleSet } from '../../src/index';
import { ROOT } from '../cli/cli-harness';

const V120 = readFileSync(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'), 'utf8');
const LINE = '    plausible: "≥ 1000"\n';
const without = V120.replace(LINE, '').replace('version: 1.3.3', 'version: 1.1.8');
const wider = V120.replace(LINE, '    plausible: "≥ 500"\n').replace('version: 1.3.3', 'version: 1.2.1');
const lineOf = (text: string, line: string) => text.slice(0, text.indexOf(line)).split('\n').length;
const entryOf = (a: string, b: string) =>
  diffRuleSets(parseRuleSet(a, { filename: 'a.yaml' }), parseRuleSet(b, { filename: 'b.yaml' })).entries.find(
    (e) => e.key === 'indicator:ratedCoolingCapacity:plausible',
  );

describe('diffRuleSets: plausible', () => {
  it('1.1.8 → 1.2.0: the check added is stricter, "any" before, located at the key in B', () => {
    expect(V120).toContain(LINE);
    const entry = entryOf(without, V120);
    expect(entry).toMatchObject({
      kind: 'indicator-changed',
      direction: 'stricter',
      before: null,
      after: '≥ 1000',
    });
    expect(entry?.b?.line).toBe(lineOf(V120, LINE));
    expect(entry?.message.en).toContain("plausibility check (the rule author's)");
    expect(entry?.message.zh).toContain('核对范围（规则作者给出）');
  });

  it('removed is looser; ≥ 1000 → ≥ 500 is looser; the same band is no entry', () => {
    expect(entryOf(V120, without)?.direction).toBe('looser');
    expect(entryOf(V120, wider)).toMatchObject({ direction: 'looser', before: '≥ 1000', after: '≥ 500' });
    expect(entryOf(wider, V120)?.direction).toBe('stricter');
    expect(entryOf(V120, V120)).toBeUndefined();
  });
});
