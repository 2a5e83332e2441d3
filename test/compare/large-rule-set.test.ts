import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeCauses, movedCriteria } from '../../src/compare/compare-rule-sets';
import {
  type CriterionResult,
  compareRuleSets,
  createComparison,
  createGrader,
  type GradeResult,
  loadRuleSet,
} from '../../src/index';
import { useTempDir } from '../cli/cli-harness';

const temp = useTempDir();

const N = 60;
const GRADES = 3;

/**
 * A generated rule set of N indicators × 3 grades. The draft moves every
 * 10th threshold up, one limit that every record passes under both (a
 * limit-only change), drops a requirement, adds an indicator, and lists one
 * indicator's requirements last (so the two lists part).
 */
function ruleSet(draft: boolean): string {
  const lines = [
    'schemaVersion: 1',
    'id: test/generated',
    `version: ${draft ? '2.0.0' : '1.0.0'}`,
    'industry: test',
    'subject: product',
    'title: { zh: 生成的规则集, en: Generated rule set }',
    'references:',
    '  - { code: TEST 9-2026, edition: "2026" }',
    'provenance:',
    '  level: illustrative',
    '  note: { zh: 测试用, en: For tests only }',
    'indicators:',
  ];
  for (let i = 0; i < N; i++)
    lines.push(`  x${i}: { type: number, label: { zh: 指标${i}, en: Indicator ${i} } }`);
  if (draft) lines.push('  extra: { type: number, required: false, label: { zh: 新增, en: Added } }');
  lines.push('grades:');
  for (let g = 1; g <= GRADES; g++) lines.push(`  - { id: g${g}, label: { zh: ${g} 级, en: Grade ${g} } }`);
  lines.push('criteria:');
  const criterion = (i: number, g: number) => {
    let limit = g * 10;
    if (draft && i % 10 === 0) limit += 5;
    if (draft && i === 3 && g === 1) limit = 1; // every record passes 10 and 1 alike
    return `  - { id: x${i}-g${g}, indicator: x${i}, require: "≥ ${limit}", grade: g${g} }`;
  };
  const order = [...Array(N).keys()];
  if (draft) order.push(...order.splice(5, 1)); // x5's requirements last
  for (const i of order)
    for (let g = 1; g <= GRADES; g++) if (!(draft && i === 7 && g === 3)) lines.push(criterion(i, g));
  if (draft) lines.push('  - { id: extra-g2, indicator: extra, require: "≥ 5", grade: g2 }');
  return `${lines.join('\n')}\n`;
}

function records(): Record<string, number>[] {
  let seed = 11;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: 40 }, (_, r) => {
    const base = 10 + Math.floor(random() * 25);
    const record: Record<string, number> = {};
    for (let i = 0; i < N; i++) record[`x${i}`] = base + Math.floor(random() * 6);
    if (r % 4 === 0) record.extra = Math.floor(random() * 10);
    if (r === 13) delete record.x1; // invalid under both
    if (r === 17) record.x2 = 2; // below the lowest grade under both
    return record;
  });
}

/** movedCriteria as it was written before the single walk: a map of B's requirements, then a set of those seen. */
function movedReference(a: GradeResult, b: GradeResult): string[] {
  if (a.errors || b.errors) return [];
  const inB = new Map<string, CriterionResult>(b.criteria.map((c) => [c.id, c]));
  const same = (x: CriterionResult['limit'], y: CriterionResult['limit']) =>
    x === null || y === null
      ? x === y
      : x.operator === y.operator && x.text === y.text && JSON.stringify(x.value) === JSON.stringify(y.value);
  const moved: string[] = [];
  for (const ca of a.criteria) {
    const cb = inB.get(ca.id);
    if (!cb) {
      if (ca.passed !== null) moved.push(ca.id);
    } else if (ca.passed !== cb.passed || !same(ca.limit, cb.limit)) moved.push(ca.id);
  }
  const inA = new Set(a.criteria.map((c) => c.id));
  for (const cb of b.criteria) if (!inA.has(cb.id) && cb.passed !== null) moved.push(cb.id);
  return moved;
}

describe('compare on a generated rule set: the shortcuts give what explaining every record gives', () => {
  it('the same comparison as grading every record in full, and the same moved requirements', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.yaml'), ruleSet(false));
    writeFileSync(join(dir, 'b.yaml'), ruleSet(true));
    const a = await loadRuleSet(join(dir, 'a.yaml'));
    const b = await loadRuleSet(join(dir, 'b.yaml'));
    const data = records();
    const [ga, gb] = [createGrader(a), createGrader(b)];
    const full = createComparison(a, b);
    let limitOnly = 0;
    let parted = 0;
    data.forEach((record, i) => {
      const [ra, rb] = [ga.gradeSync(record), gb.gradeSync(record)];
      full.add(ra, rb, i + 1);
      const moved = movedReference(ra, rb);
      expect(movedCriteria(ra, rb)).toEqual(moved);
      const { causes, limitOnly: only, addedInB, removedInB } = changeCauses(ra, rb);
      const status = (r: GradeResult, id: string) => r.criteria.find((c) => c.id === id)?.status;
      // The same outcome under both; a requirement only one applies, met, is met under the other too (no limit).
      const same = (id: string) => {
        const [sa, sb] = [status(ra, id), status(rb, id)];
        return sa === undefined ? sb === 'passed' : sb === undefined ? sa === 'passed' : sa === sb;
      };
      const both = (id: string) => status(ra, id) !== undefined && status(rb, id) !== undefined;
      expect(causes).toEqual(moved.filter((id) => !same(id)));
      // A limit that changed is one both apply; one only B (or only A) applies, met, is added (removed) in B.
      expect(only).toEqual(moved.filter((id) => same(id) && both(id)));
      expect(addedInB).toEqual(moved.filter((id) => same(id) && status(ra, id) === undefined));
      expect(removedInB).toEqual(moved.filter((id) => same(id) && status(rb, id) === undefined));
      limitOnly += only.length;
      if (moved.includes('x5-g1') || moved.includes('extra-g2')) parted++;
    });
    // The data reaches each case: limits that moved alone, requirements past where the lists part.
    expect(limitOnly).toBeGreaterThan(0);
    expect(parted).toBeGreaterThan(0);
    const expected = full.result();
    expect(expected.changed).toBeGreaterThan(0);
    expect(expected.changed).toBeLessThan(data.length);
    expect(expected.invalid.map((r) => [r.row, r.under])).toEqual([[14, 'both']]);
    expect(await compareRuleSets(a, b, data)).toEqual(expected);
  });
});
