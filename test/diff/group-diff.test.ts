import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffRuleSets, parseRuleSet } from '../../src/index';

const text = readFileSync(
  new URL('../../rules/building-materials/cement-lot-grade.yaml', import.meta.url),
  'utf8',
);

describe('diffRuleSets and group requirements', () => {
  it('reports a CV limit lowered as stricter, and a group requirement removed', () => {
    const a = parseRuleSet(text, { filename: 'a.yaml' });
    const b = parseRuleSet(
      text
        .replace('require: "≤ 3.0"', 'require: "≤ 2.5"')
        .replace(/ {4}- id: cv-28d-first\n(?: {6}.*\n)+/, ''),
      { filename: 'b.yaml' },
    );
    const entries = diffRuleSets(a, b).entries.filter((e) => e.key.startsWith('criterion:'));
    expect(entries.map((e) => [e.key, e.direction ?? null])).toEqual([
      ['criterion:cv-28d-first', 'looser'],
      ['criterion:cv-28d-superior:limit', 'stricter'],
    ]);
  });
});
