import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resultAtDetail } from '../../src/explain/result-detail';
import { createGrader, createGraderPool, loadRuleSet, QgradeError, RuleSetError } from '../../src/index';

/** Every record a rule set's own suite grades: single cases and the records of group cases. */
function suiteRecords(id: string): unknown[] {
  const suite = parse(readFileSync(new URL(`../../rules/${id}.test.yaml`, import.meta.url), 'utf8'));
  const records: unknown[] = [];
  for (const c of suite.cases ?? []) if (c.input !== undefined) records.push(c.input);
  for (const g of suite.groups ?? []) records.push(...(g.records ?? []));
  return records;
}

describe('grader pool (worker threads)', () => {
  it('grades on worker threads with exactly the results of one grader, in input order', async () => {
    const records = Array.from({ length: 2500 }, (_, i) =>
      i % 97 === 0
        ? { unitType: 'window' }
        : {
            unitType: i % 3 ? 'heat-pump' : 'cooling-only',
            ratedCoolingCapacity: 1000 + ((i * 631) % 14500),
            apf: 3 + (i % 30) / 10,
            seer: 3.4 + (i % 27) / 10,
          },
    );
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const expected = records.map((r) => JSON.parse(JSON.stringify(grader.gradeSync(r))));
    const pool = await createGraderPool(
      { pathOrId: 'home-appliances/room-air-conditioner-energy' },
      { workers: 2, batchSize: 300 },
    );
    try {
      async function* stream() {
        yield* records;
      }
      const got = [];
      for await (const r of pool.gradeMany(stream())) got.push(r);
      expect(got).toEqual(expected);
      let text = '';
      const decoder = new TextDecoder();
      for await (const chunk of pool.gradeManyToNdjson(records, { firstRow: 2 }))
        text += decoder.decode(chunk);
      const lines = text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.row)).toEqual(records.map((_, i) => i + 2));
      expect(lines.map(({ row: _, ...rest }) => rest)).toEqual(expected);
    } finally {
      await pool.close();
    }
  });

  it('an input that throws: the results of the records read before it, in order, then its error', async () => {
    const records = Array.from({ length: 10 }, (_, i) => ({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 2600 + i * 100,
      apf: 4 + i / 10,
    }));
    const failure = new Error('the source broke');
    function* source() {
      yield* records;
      throw failure;
    }
    async function* asyncSource() {
      yield* source();
    }
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const expected = records.map((r) => JSON.parse(JSON.stringify(grader.gradeSync(r))));
    const pool = await createGraderPool(
      { pathOrId: 'home-appliances/room-air-conditioner-energy' },
      { workers: 2, batchSize: 4 },
    );
    try {
      for (const input of [source, asyncSource]) {
        const got: unknown[] = [];
        const error = await (async () => {
          for await (const r of pool.gradeMany(input())) got.push(r);
        })().catch((e: unknown) => e);
        expect(error).toBe(failure);
        expect(got).toEqual(expected);
        let text = '';
        const decoder = new TextDecoder();
        const ndjsonError = await (async () => {
          for await (const chunk of pool.gradeManyToNdjson(input())) text += decoder.decode(chunk);
        })().catch((e: unknown) => e);
        expect(ndjsonError).toBe(failure);
        const lines = text
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l));
        expect(lines.map((l) => l.row)).toEqual(records.map((_, i) => i + 1));
      }
    } finally {
      await pool.close();
    }
  });

  it('callers sharing one pool at once: every record gets the result gradeSync gives', async () => {
    const streams = Array.from({ length: 4 }, (_, s) =>
      Array.from({ length: 9 + s * 4 }, (_, i) =>
        i % 5 === 4
          ? { unitType: 'window' }
          : {
              unitType: (i + s) % 2 ? 'heat-pump' : 'cooling-only',
              ratedCoolingCapacity: 2500 + ((i * 977 + s * 311) % 12000),
              apf: 4 + ((i + s) % 12) / 10,
              seer: 4.5 + (i % 9) / 10,
            },
      ),
    );
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const expected = streams.map((records) =>
      records.map((r) => JSON.parse(JSON.stringify(grader.gradeSync(r)))),
    );
    // One thread and batches of 2: four callers send far more batches at once than the thread takes.
    const pool = await createGraderPool(
      { pathOrId: 'home-appliances/room-air-conditioner-energy' },
      { workers: 1, batchSize: 2 },
    );
    try {
      const objects = async (records: unknown[]) => {
        async function* stream() {
          yield* records;
        }
        const got = [];
        for await (const r of pool.gradeMany(stream())) got.push(r);
        return got;
      };
      const ndjson = async (records: unknown[]) => {
        let text = '';
        const decoder = new TextDecoder();
        for await (const chunk of pool.gradeManyToNdjson(records)) text += decoder.decode(chunk);
        return text
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l));
      };
      const [a, b, c, d] = await Promise.all([
        objects(streams[0]!),
        ndjson(streams[1]!),
        objects(streams[2]!),
        ndjson(streams[3]!),
      ]);
      expect(a).toEqual(expected[0]);
      expect(c).toEqual(expected[2]);
      for (const [lines, s] of [
        [b, 1],
        [d, 3],
      ] as const) {
        expect(lines.map((l) => l.row)).toEqual(streams[s]!.map((_, i) => i + 1));
        expect(lines.map(({ row: _, ...rest }) => rest)).toEqual(expected[s]);
      }
      expect(a.length + b.length + c.length + d.length).toBe(9 + 13 + 17 + 21);
      expect(
        [a, b, c, d]
          .flat()
          .filter((r) => r.errors?.some((e: { code: string }) => e.code === 'grading-failed')),
      ).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('a source that stalls: the records so far are graded and yielded before it goes on', async () => {
    const records = Array.from({ length: 5 }, (_, i) => ({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3000 + i * 700,
      apf: 4.4 + i / 5,
    }));
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const expected = records.map((r) => JSON.parse(JSON.stringify(grader.gradeSync(r))));
    const pool = await createGraderPool(
      { pathOrId: 'home-appliances/room-air-conditioner-energy' },
      { workers: 1 },
    );
    /** Three records, then a wait that only the caller ends, once it has seen their results; then the rest. */
    const stalling = () => {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      async function* source() {
        yield* records.slice(0, 3);
        await released;
        yield* records.slice(3);
      }
      return { source: source(), release };
    };
    try {
      const objects = stalling();
      const got: unknown[] = [];
      for await (const r of pool.gradeMany(objects.source)) {
        got.push(r);
        if (got.length === 3) {
          objects.release();
        }
      }
      expect(got).toEqual(expected);

      const ndjson = stalling();
      const lines: { row: number }[] = [];
      let linesSeen = 0;
      const decoder = new TextDecoder();
      for await (const chunk of pool.gradeManyToNdjson(ndjson.source)) {
        lines.push(
          ...decoder
            .decode(chunk)
            .trimEnd()
            .split('\n')
            .map((l) => JSON.parse(l)),
        );
        if (linesSeen === 0 && lines.length >= 3) {
          linesSeen = lines.length;
          ndjson.release();
        }
      }
      expect(lines.map((l) => l.row)).toEqual([1, 2, 3, 4, 5]);
      expect(linesSeen).toBe(3);
      expect(lines.map(({ row: _, ...rest }) => rest)).toEqual(expected);
    } finally {
      await pool.close();
    }
    // Without the partial batch the loop waits for ever on a source that waits on it: the timeout is only a guard.
  }, 120_000);

  it('accepts rule-set text, and refuses a rule set that does not load before starting workers', async () => {
    const text = readFileSync(new URL('../fixtures/valid/widget.yaml', import.meta.url), 'utf8');
    const pool = await createGraderPool({ text, filename: 'widget.yaml' }, { workers: 1 });
    try {
      const out = [];
      for await (const r of pool.gradeMany([
        { kind: 'a', size: 10, strength: 420, load: 300, safe: true, coating: 16 },
      ]))
        out.push(r.grade);
      expect(out).toEqual(['A']);
    } finally {
      await pool.close();
    }
    await expect(
      createGraderPool({ text: 'schemaVersion: 1\n', filename: 'bad.yaml' }),
    ).rejects.toBeInstanceOf(RuleSetError);
  });

  // Issue 13: a caller asks for as much of each result as it reads; each level is what resultAtDetail makes of
  // gradeSync's result, and a bad record is an error item at every level, never a gap.
  it.each([
    'home-appliances/room-air-conditioner-energy',
    'steel/hot-rolled-ribbed-bar',
    'enterprise/quality-management-capability',
  ])('%s: gradeMany at each detail gives resultAtDetail(gradeSync(record), detail)', async (id) => {
    const bad = [null, 'text', {}, { unknownKey: 1 }];
    // The suite's records three times, bad ones among them, over batches of 7.
    const good = suiteRecords(id);
    const records = [...good, ...bad, ...good, ...bad.slice(0, 2), ...good];
    const grader = createGrader(await loadRuleSet(id));
    const full = records.map((r) => grader.gradeSync(r));
    const invalid = full.filter((r) => r.errors !== undefined).length;
    expect(invalid).toBeGreaterThanOrEqual(6);
    const pool = await createGraderPool({ pathOrId: id }, { workers: 2, batchSize: 7 });
    try {
      for (const detail of ['full', 'failing', 'grade'] as const) {
        const got = [];
        for await (const r of pool.gradeMany(records, { detail })) got.push(r);
        expect(got).toStrictEqual(full.map((r) => resultAtDetail(r, detail)));
        // Every record has its item: the graded, the not graded and the invalid add up to the records.
        const reasons = got.map((r) => (r.grade === null ? r.notGradedReason!.code : 'graded'));
        expect(reasons.filter((c) => c === 'invalid-record').length).toBe(invalid);
        expect(reasons.length).toBe(records.length);
      }
      // No options is `full`, and so is an options object without a detail.
      const plain = [];
      for await (const r of pool.gradeMany(records, {})) plain.push(r);
      expect(plain).toStrictEqual(full);
    } finally {
      await pool.close();
    }
  });

  it('gradeMany refuses a detail it does not know, when its loop starts', async () => {
    const pool = await createGraderPool(
      { pathOrId: 'home-appliances/room-air-conditioner-energy' },
      { workers: 1 },
    );
    try {
      for (const detail of ['brief', null, 1]) {
        const it = pool.gradeMany([{}], { detail: detail as 'grade' });
        const error = await it.next().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(QgradeError);
        expect((error as QgradeError).code).toBe('usage');
        expect((error as QgradeError).message).toContain('detail must be "full", "failing" or "grade"');
      }
      const unknown = await pool
        .gradeMany([{}], { details: 'grade' } as never)
        .next()
        .catch((e: unknown) => e);
      expect((unknown as QgradeError).code).toBe('usage');
    } finally {
      await pool.close();
    }
  });
});
