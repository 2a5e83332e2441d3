/**
 * The shipped example drafts differ from the bundled editions they revise by the edits their own header names,
 * and the version (committee-32 M1: the cement draft was 1.1.0-draft against 1.5.0 and showed nine edits nobody
 * made; the rebar draft had lost pairSpecimens). When a rule file is bumped, rebuild its draft from it: this
 * test then fails with the edits that crept in.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets, loadRuleSet } from '../../src/index';
import { ROOT } from '../cli/cli-harness';

async function entries(id: string, draft: string) {
  const diff = diffRuleSets(await loadRuleSet(id), await loadRuleSet(join(ROOT, draft)));
  return diff.entries.map((e) => [e.key, e.direction ?? null]);
}

describe('the example drafts against their bundled editions', () => {
  it('cement lot draft: the two CV limits, and the version (not lower than the edition)', async () => {
    const diff = diffRuleSets(
      await loadRuleSet('building-materials/cement-lot-grade'),
      await loadRuleSet(join(ROOT, 'examples/cement-lot-grade-draft.yaml')),
    );
    expect(diff.entries.map((e) => [e.key, e.before, e.after, e.direction ?? null])).toEqual([
      ['version', diff.a.version, diff.b.version, null],
      ['criterion:cv-28d-first:limit', '≤ 4.0', '≤ 3.5', 'stricter'],
      ['criterion:cv-28d-superior:limit', '≤ 3.0', '≤ 1.5', 'stricter'],
    ]);
    expect(diff.entries.find((e) => e.key === 'version')?.note).toBeUndefined();
  });

  it('2024 rebar draft: the six mass-deviation cells, the version, title, description, provenance note and the new reference', async () => {
    expect(
      await entries('steel/hot-rolled-ribbed-bar', 'examples/hot-rolled-ribbed-bar-2024-draft.yaml'),
    ).toEqual([
      ['version', null],
      ['title', null],
      ['description', null],
      ['provenance:note', null],
      ['reference:GB 1499.2', null],
      ['cell:massTolerance[[6, 14)][lower]', 'stricter'],
      ['cell:massTolerance[[6, 14)][upper]', 'stricter'],
      ['cell:massTolerance[[14, 22)][lower]', 'stricter'],
      ['cell:massTolerance[[14, 22)][upper]', 'stricter'],
      ['cell:massTolerance[[22, 50]][lower]', 'stricter'],
      ['cell:massTolerance[[22, 50]][upper]', 'stricter'],
    ]);
  });

  it('room air conditioner draft: the grade-2 APF cell, the version and the provenance level', async () => {
    const keys = await entries(
      'home-appliances/room-air-conditioner-energy',
      'examples/room-air-conditioner-energy-draft.yaml',
    );
    expect(keys.filter(([k]) => !['title', 'description', 'provenance:note'].includes(k!))).toEqual([
      ['version', null],
      ['provenance', null],
      ['cell:apfLimits[≤ 4500][2]', 'stricter'],
    ]);
  });
});
