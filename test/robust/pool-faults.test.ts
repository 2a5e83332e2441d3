/**
 * Issue 12, defects 2, 8 and 13, and the fault-injection test: a grader pool
 * gives one result per input whatever the records are and whatever happens
 * to its workers; its worker count is validated and capped.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/usage-error';
import { createGrader, createGraderPool, type GradeResult, loadRuleSet, QgradeError } from '../../src/index';

const AC = 'home-appliances/room-air-conditioner-energy';

function acRecord(i: number) {
  return {
    unitType: i % 3 ? 'heat-pump' : 'cooling-only',
    ratedCoolingCapacity: 1000 + ((i * 631) % 14500),
    apf: 3 + (i % 30) / 10,
    seer: 3.4 + (i % 27) / 10,
  };
}

function deep(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { v };
  return v;
}

/** Records that createGrader grades (as errors or grades) and that cannot be copied to a thread as they are. */
function hostileRecords(): unknown[] {
  const base = acRecord(1);
  let reads = 0;
  return [
    { ...base, extra: () => 1 },
    { ...base, [Symbol('s')]: 1, sym: Symbol('x') },
    new Proxy(base, {}),
    new Proxy(base, {
      get() {
        throw new Error('hostile getter');
      },
      ownKeys() {
        throw new Error('hostile keys');
      },
    }),
    Object.defineProperty({ ...base }, 'apf', {
      enumerable: true,
      get() {
        throw new Error('throwing getter');
      },
    }),
    // 4.62 on the first read, Infinity afterwards: read once, graded as 4.62.
    Object.defineProperty({ ...base }, 'apf', {
      enumerable: true,
      get: () => (reads++ === 0 ? 4.62 : Number.POSITIVE_INFINITY),
    }),
    JSON.parse(`${'{"a":'.repeat(4000)}1${'}'.repeat(4000)}`),
    { ...base, nested: deep(4000) },
  ];
}

/**
 * Every Worker piscina starts from now on, until `restore`; those for which
 * `kill(n)` (n counts from 1) is true are terminated as they start, before
 * they have loaded their module — as a crash would.
 */
function watchWorkers(kill: (n: number) => boolean = () => false): { started: Worker[]; restore(): void } {
  const threads = createRequire(import.meta.url)('node:worker_threads') as { Worker: typeof Worker };
  const Original = threads.Worker;
  const started: Worker[] = [];
  threads.Worker = class extends Original {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      started.push(this);
      if (kill(started.length)) void this.terminate();
    }
  };
  return { started, restore: () => (threads.Worker = Original) };
}

describe('createGrader().gradeMany never throws for a record', () => {
  it('a hostile Proxy in an array gives the error result grade() gives', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const records = hostileRecords();
    const got: GradeResult[] = [];
    for await (const r of grader.gradeMany(records)) got.push(r);
    expect(got).toEqual(hostileRecords().map((r) => grader.gradeSync(r)));
    expect(got[3]!.errors?.[0]?.code).toBe('unreadable');
  });
});

describe('createGraderPool never loses a row', () => {
  it('hostile records give the results createGrader gives, in a first and in a later batch', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const pool = await createGraderPool({ pathOrId: AC }, { workers: 2, batchSize: 3 });
    try {
      const records = [...Array.from({ length: 7 }, (_, i) => acRecord(i)), ...hostileRecords()];
      const got: GradeResult[] = [];
      for await (const r of pool.gradeMany(records)) got.push(r);
      expect(got).toHaveLength(records.length);
      const expected = hostileRecords().map((r) => JSON.parse(JSON.stringify(grader.gradeSync(r))));
      expect(got.slice(7)).toEqual(expected);
      // The getter read once: graded on 4.62, not refused as Infinity.
      expect(got[12]!.errors).toBeUndefined();
      expect(got[12]!.grade).toBe(grader.gradeSync({ ...acRecord(1), apf: 4.62 }).grade);
      // The throwing Proxy and getter are error rows, not exceptions.
      expect(got[10]!.errors?.[0]?.code).toBe('unreadable');
      expect(got[11]!.errors?.[0]?.code).toBe('unreadable');
    } finally {
      await pool.close();
    }
  });

  it('a worker terminated mid-batch: it is replaced, its batch retried, every row graded', async () => {
    const records = Array.from({ length: 8_000 }, (_, i) => acRecord(i));
    const grader = createGrader(await loadRuleSet(AC));
    const watch = watchWorkers();
    let pool: Awaited<ReturnType<typeof createGraderPool>> | undefined;
    try {
      pool = await createGraderPool({ pathOrId: AC }, { workers: 2, batchSize: 200 });
      let n = 0;
      let killed = false;
      for await (const r of pool.gradeMany(records)) {
        if (n % 97 === 0) expect(r).toEqual(JSON.parse(JSON.stringify(grader.gradeSync(records[n]))));
        n++;
        if (n === 1000) {
          expect(watch.started.length).toBeGreaterThanOrEqual(2);
          await watch.started[0]!.terminate();
          killed = true;
        }
      }
      expect(killed).toBe(true);
      expect(n).toBe(records.length);
      expect(watch.started.length).toBeGreaterThan(2);
    } finally {
      watch.restore();
      await expect(pool?.close()).resolves.toBeUndefined();
    }
  }, 120_000);

  it('threads that die while starting: fresh threads replace them, and every row is graded', async () => {
    // The first thread dies on its first batch, its replacement while starting: piscina then replaces no thread.
    const watch = watchWorkers((n) => n <= 2);
    const records = Array.from({ length: 5 }, (_, i) => acRecord(i));
    const grader = createGrader(await loadRuleSet(AC));
    let pool: Awaited<ReturnType<typeof createGraderPool>> | undefined;
    try {
      pool = await createGraderPool({ pathOrId: AC }, { workers: 1, batchSize: 2 });
      const got: GradeResult[] = [];
      for await (const r of pool.gradeMany(records)) got.push(r);
      expect(got).toEqual(records.map((r) => JSON.parse(JSON.stringify(grader.gradeSync(r)))));
      expect(watch.started.length).toBeGreaterThan(2);
    } finally {
      watch.restore();
      await pool?.close();
    }
  });

  it('threads that always die: the run ends with grading-failed rows, not a hang', async () => {
    const watch = watchWorkers(() => true);
    let pool: Awaited<ReturnType<typeof createGraderPool>> | undefined;
    try {
      pool = await createGraderPool({ pathOrId: AC }, { workers: 2, batchSize: 2 });
      const got: GradeResult[] = [];
      for await (const r of pool.gradeMany(Array.from({ length: 5 }, (_, i) => acRecord(i)))) got.push(r);
      expect(got).toHaveLength(5);
      for (const r of got) {
        expect(r.grade).toBeNull();
        expect(r.errors?.[0]?.code).toBe('grading-failed');
      }
      // Later runs settle too, the same way.
      const later: GradeResult[] = [];
      for await (const r of pool.gradeMany([acRecord(1)])) later.push(r);
      expect(later[0]!.errors?.[0]?.code).toBe('grading-failed');
      // At detail `grade` such a record is an item too: not graded, with the reason, at each level cut as gradeSync's.
      const brief = [];
      for await (const r of pool.gradeMany([acRecord(1), acRecord(2)], { detail: 'grade' })) brief.push(r);
      expect(brief).toHaveLength(2);
      for (const r of brief) {
        expect(Object.keys(r)).toEqual(['grade', 'label', 'notGradedReason']);
        expect(r.notGradedReason?.code).toBe('invalid-record');
        expect(r.notGradedReason?.message.en).toContain('the worker thread grading this record stopped');
      }
      // As NDJSON at a detail level, the rows made in the pool's thread are cut the same way, and numbered.
      const chunks: Uint8Array[] = [];
      for await (const c of pool.gradeManyToNdjson([acRecord(1), acRecord(2)], {
        detail: 'grade',
        firstRow: 7,
      }))
        chunks.push(c);
      const rows = Buffer.concat(chunks)
        .toString('utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(rows.map((r) => r.row)).toEqual([7, 8]);
      for (const r of rows) {
        expect(Object.keys(r)).toEqual(['row', 'grade', 'label', 'notGradedReason']);
        expect(r.notGradedReason.code).toBe('invalid-record');
      }
    } finally {
      watch.restore();
      await pool?.close();
    }
  });

  it.each([
    [null, 'got null'],
    [undefined, 'got undefined'],
    [AC, `got the string "${AC}": write { pathOrId: "${AC}" }`],
    [{}, 'got an empty object'],
    [{ pathOrId: 42 }, 'got an object with keys ["pathOrId"]'],
    [{ text: 'schemaVersion: 1', filename: 7 }, 'got an object with keys ["text","filename"]'],
  ])('createGraderPool(%j) is a typed usage error saying what it takes', async (source, got) => {
    const error = await createGraderPool(source as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as QgradeError).code).toBe('usage');
    expect((error as Error).message).toBe(
      `createGraderPool takes { pathOrId } (a bundled rule-set id or a rule file path) or { text, filename } (a rule file's text and its name), ${got}`,
    );
    expect((error as UsageError).text.zh).toMatch(
      /^createGraderPool 需要 \{ pathOrId \}（内置规则集 id 或规则文件路径）/,
    );
  });

  it('createGraderPool(source, null) is a typed usage error', async () => {
    const error = await createGraderPool({ pathOrId: AC }, null as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      "createGraderPool's options must be an object such as { workers: 2 }, got null",
    );
  });

  it('grading after close() is a usage error, and starts no thread', async () => {
    const watch = watchWorkers();
    try {
      const pool = await createGraderPool({ pathOrId: AC }, { workers: 1 });
      await pool.close();
      const started = watch.started.length;
      for (const run of [() => pool.gradeMany([acRecord(1)]), () => pool.gradeManyToNdjson([acRecord(1)])]) {
        const error = await run()
          .next()
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UsageError);
        expect((error as UsageError).text.en).toContain('the pool is closed');
        expect((error as UsageError).text.zh).toContain('此线程池已关闭');
      }
      expect(watch.started.length).toBe(started);
    } finally {
      watch.restore();
    }
  });

  it.each(['gradeMany', 'gradeManyToNdjson'] as const)(
    'close() while %s runs: its loop throws the usage error of a call after close',
    async (method) => {
      const pool = await createGraderPool({ pathOrId: AC }, { workers: 1, batchSize: 10 });
      function* endless() {
        for (let i = 0; ; i++) yield acRecord(i);
      }
      const running = pool[method](endless());
      try {
        expect((await running.next()).done).toBe(false);
        await pool.close();
        // The batches graded before close() may still come; then the loop throws, and never ends as if done.
        let error: unknown;
        for (let n = 0; n < 10_000 && error === undefined; n++) {
          const step = await running.next().catch((e: unknown) => ({ thrown: e }));
          if ('thrown' in step) error = step.thrown;
          else expect(step.done).toBe(false);
        }
        expect(error).toBeInstanceOf(UsageError);
        expect((error as UsageError).code).toBe('usage');
        expect((error as UsageError).text.en).toBe(
          'the pool is closed (close() was called): create another with createGraderPool to grade more',
        );
        expect((error as UsageError).text.zh).toBe(
          '此线程池已关闭（已调用 close()），不能再评级；请用 createGraderPool 新建一个',
        );
      } finally {
        await running.return(undefined);
        await pool.close();
      }
    },
  );

  it.each([Number.POSITIVE_INFINITY, Number.NaN, 0, -1, 2.5, 65, 300])(
    'workers: %s is a typed usage error, before any thread starts',
    async (workers) => {
      const error = await createGraderPool({ pathOrId: AC }, { workers }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QgradeError);
      expect((error as QgradeError).code).toBe('usage');
      expect((error as Error).message).toContain('workers must be a whole number from 1 to 64');
    },
  );
});
