import { describe, expect, it } from 'vitest';
import {
  createGrader,
  createGraderPool,
  type GradeResult,
  loadRuleSet,
  QgradeError,
  resultAtDetail,
} from '../../src/index';

const AC = 'home-appliances/room-air-conditioner-energy';

/** GB 21455-2019 split units around the grade limits, a record out of scope and one that is not valid. */
function records(): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < 60; i++)
    out.push({
      unitType: i % 3 ? 'heat-pump' : 'cooling-only',
      ratedCoolingCapacity: 2000 + ((i * 631) % 13000),
      apf: 3 + (i % 30) / 10,
      seer: 3.4 + (i % 27) / 10,
    });
  out.push({ unitType: 'heat-pump', ratedCoolingCapacity: 20_000, apf: 4.5 });
  out.push({ unitType: 'heat-pump', ratedCoolingCapacity: 'lots', apf: 4.5 });
  return out;
}

async function lines(detail: 'full' | 'failing' | 'grade' | undefined, firstRow = 1): Promise<unknown[]> {
  const pool = await createGraderPool({ pathOrId: AC }, { workers: 1, batchSize: 16 });
  try {
    const chunks: Uint8Array[] = [];
    const options = detail === undefined ? { firstRow } : { firstRow, detail };
    for await (const chunk of pool.gradeManyToNdjson(records(), options)) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.endsWith('\n')).toBe(true);
    return text
      .slice(0, -1)
      .split('\n')
      .map((line) => JSON.parse(line));
  } finally {
    await pool.close();
  }
}

describe('gradeManyToNdjson at a detail level (contracts-46 left item)', () => {
  it.each(['full', 'failing', 'grade'] as const)(
    'detail %s: each line is resultAtDetail(gradeSync(record)) with its row first',
    async (detail) => {
      const grader = createGrader(await loadRuleSet(AC));
      const got = await lines(detail, 5);
      const want = records().map((r, i) => {
        const result: GradeResult = grader.gradeSync(r);
        return JSON.parse(JSON.stringify({ row: i + 5, ...resultAtDetail(result, detail) }));
      });
      expect(got).toEqual(want);
      // Key order too: the row, then the fields in resultAtDetail's order.
      for (let i = 0; i < got.length; i++)
        expect(Object.keys(got[i] as object)).toEqual(Object.keys(want[i]));
      const reasons = new Set(got.map((r) => (r as GradeResult).notGradedReason?.code ?? 'graded'));
      expect(reasons).toEqual(new Set(['graded', 'below-lowest-grade', 'out-of-scope', 'invalid-record']));
    },
  );

  it('no detail is full; grade lines hold only row, grade, label and the reason', async () => {
    const full = await lines(undefined);
    expect(full).toEqual(await lines('full'));
    const brief = (await lines('grade')) as Record<string, unknown>[];
    for (const line of brief)
      expect(Object.keys(line)).toEqual(
        line.grade === null ? ['row', 'grade', 'label', 'notGradedReason'] : ['row', 'grade', 'label'],
      );
    // Shorter, as it is meant to be: the full line explains every requirement.
    expect(JSON.stringify(brief).length * 10).toBeLessThan(JSON.stringify(full).length);
  });

  it.each(['brief', 'Grade', null, 3])('detail %s is a usage error naming the levels', async (detail) => {
    const pool = await createGraderPool({ pathOrId: AC }, { workers: 1 });
    try {
      const error = await pool
        .gradeManyToNdjson(records(), { detail: detail as never })
        .next()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QgradeError);
      expect((error as QgradeError).code).toBe('usage');
      expect((error as Error).message).toMatch(/full.*failing.*grade/);
    } finally {
      await pool.close();
    }
  });
});
