/**
 * `diffRuleSets` on the bundled air-conditioner rule set and the draft
 * revision in examples/: the expected changes are worked out here from the
 * two YAML files themselves, table by table and cell by cell, without the
 * diff code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { loadRuleSet } from '../../src/index';

const ROOT = join(import.meta.dirname, '../..');
const A_FILE = 'rules/home-appliances/room-air-conditioner-energy.yaml';
const B_FILE = 'examples/room-air-conditioner-energy-draft.yaml';

interface Doc {
  version: string;
  provenance: { level: string };
  references: unknown[];
  indicators: Record<string, unknown>;
  grades: unknown[];
  scope: unknown[];
  criteria: { id: string; require: string }[];
  tables: Record<string, { keys: string[]; columns: string[]; rows: unknown[][] }>;
}

const read = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Doc;

interface ExpectedCell {
  key: string;
  before: number | null;
  after: number | null;
  direction: 'stricter' | 'looser';
}

/**
 * Every cell whose value differs between A and B, rows matched by their key
 * cells; the direction from the operator of the criterion that names the
 * table (`≥ apfLimits`): a minimum raised refuses more.
 */
function changedCells(a: Doc, b: Doc): ExpectedCell[] {
  const out: ExpectedCell[] = [];
  expect(Object.keys(b.tables)).toEqual(Object.keys(a.tables));
  for (const [name, tableA] of Object.entries(a.tables)) {
    const tableB = b.tables[name]!;
    expect(tableB.columns).toEqual(tableA.columns);
    const operator = a.criteria.find((c) => c.require.trim().endsWith(` ${name}`))!.require.trim()[0];
    expect(operator).toBe('≥');
    const k = tableA.keys.length;
    const rowKey = (row: unknown[]) => row.slice(0, k).map(String).join(' / ');
    const rowsB = new Map(tableB.rows.map((row) => [rowKey(row), row]));
    expect([...rowsB.keys()].sort()).toEqual(tableA.rows.map(rowKey).sort());
    for (const rowA of tableA.rows) {
      const rowB = rowsB.get(rowKey(rowA))!;
      for (let c = k; c < tableA.columns.length; c++) {
        const before = rowA[c] as number | null;
        const after = rowB[c] as number | null;
        if (before === after) continue;
        out.push({
          key: `cell:${name}[${rowKey(rowA)}][${tableA.columns[c]}]`,
          before,
          after,
          direction: after! > before! ? 'stricter' : 'looser',
        });
      }
    }
  }
  return out;
}

describe('diff of the bundled room air-conditioner rule set and the draft revision', () => {
  it('lists exactly the changed limits, each with its direction, and nothing else but version and provenance (level and note)', async () => {
    const a = read(A_FILE);
    const b = read(B_FILE);
    const expected = changedCells(a, b);
    // The draft's own header says one figure moves; the reading above must find it.
    expect(expected).toEqual([
      { key: 'cell:apfLimits[≤ 4500][2]', before: 4.5, after: 4.7, direction: 'stricter' },
    ]);
    // Everything else a limit can hide in is the same in both files.
    for (const part of ['indicators', 'grades', 'scope', 'criteria', 'references'] as const)
      expect(b[part], part).toEqual(a[part]);

    const diff = diffRuleSets(await loadRuleSet(join(ROOT, A_FILE)), await loadRuleSet(join(ROOT, B_FILE)));
    // The draft's provenance note says its figures are illustrative: listed as text, moving no record.
    expect(diff.entries.filter((e) => e.kind === 'rule-set-text').map((e) => e.key)).toEqual([
      'provenance:note',
    ]);
    const limits = diff.entries.filter((e) => !['version', 'provenance', 'rule-set-text'].includes(e.kind));
    expect(
      limits.map((e) => ({
        key: e.key,
        before: e.before === null ? null : Number(e.before),
        after: e.after === null ? null : Number(e.after),
        direction: e.direction,
      })),
    ).toEqual(expected);
    expect(limits[0]).toMatchObject({
      kind: 'cell-changed',
      before: '4.50',
      after: '4.70',
      criteria: ['apf@2'],
    });

    const meta = diff.entries.filter((e) => ['version', 'provenance'].includes(e.kind));
    expect(meta.map((e) => [e.key, e.before, e.after])).toEqual([
      ['version', a.version, b.version],
      ['provenance', a.provenance.level, b.provenance.level],
    ]);
  });
});
