import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, gradeFile, loadRuleSet } from '../../src/index';

const ROOT = join(__dirname, '..', '..');
const RULES = join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml');

// A batch result is the grader's result with `row` (and `kept`) put first: its fields, in its order, are what
// `-f json` and `-f ndjson` write, so the order is part of the output.
describe('a batch result keeps the grader’s fields in order, after row and kept', () => {
  async function graded(csv: string, keep: string[] | 'none'): Promise<GradeResult[]> {
    const grader = createGrader(await loadRuleSet(RULES));
    const out: GradeResult[] = [];
    for await (const r of gradeFile(grader, join(ROOT, csv), {
      keep,
      map: { 额定制冷量: 'ratedCoolingCapacity' },
    }))
      out.push(r);
    return out;
  }

  const leading = ['ruleSet', 'grade', 'label', 'conforming', 'criteria', 'nextGrade'];

  it('graded, not graded and invalid rows of the bundled example, with the model column kept', async () => {
    const results = await graded('examples/air-conditioners-zh.csv', ['型号']);
    expect(results.length).toBeGreaterThan(3);
    const kinds = new Set<string>();
    for (const r of results) {
      // A row that cannot be read (an unclosed quote) has no model to keep.
      const head = r.kept ? ['row', 'kept', ...leading] : ['row', ...leading];
      const keys = Object.keys(r);
      expect(keys.slice(0, head.length)).toEqual(head);
      // What follows the leading fields is the grader's own tail: the reason, then the errors of an invalid row.
      const tail = keys.slice(head.length);
      if (r.grade === null) {
        expect(tail[0]).toBe('notGradedReason');
        kinds.add(r.notGradedReason!.code);
        if (r.errors) expect(tail).toEqual(['notGradedReason', 'errors']);
      } else {
        expect(tail).toEqual([]);
        kinds.add('graded');
      }
    }
    expect(kinds.has('graded')).toBe(true);
    expect(kinds.size).toBeGreaterThan(1);
    expect(results.filter((r) => r.kept).length).toBeGreaterThan(results.length / 2);
  });

  it('without kept columns, row first', async () => {
    const results = await graded('examples/air-conditioners-zh.csv', 'none');
    for (const r of results) expect(Object.keys(r).slice(0, 7)).toEqual(['row', ...leading]);
  });
});
