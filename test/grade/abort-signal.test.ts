import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createGrader,
  createGraderPool,
  type Grader,
  type GraderPool,
  gradeFile,
  loadRuleSet,
  QgradeError,
} from '../../src/index';
import { tempDir } from '../temp-dir';

const RULE_SET = 'home-appliances/room-air-conditioner-energy';
const records = Array.from({ length: 60 }, (_, i) => ({
  unitType: 'heat-pump',
  ratedCoolingCapacity: 2600 + i * 100,
  apf: 4 + (i % 20) / 10,
}));

/** An async source that says how far it was read and whether it was closed (its `finally` ran). */
function watchedSource(items: readonly unknown[]) {
  const seen = { read: 0, closed: false };
  async function* source() {
    try {
      for (const item of items) {
        seen.read++;
        yield item;
      }
    } finally {
      seen.closed = true;
    }
  }
  return { seen, source: source() };
}

/** Reads a stream, aborting `controller` once `after` items came; what came and what it threw. */
async function readAborting<T>(stream: AsyncIterable<T>, controller: AbortController, after: number) {
  const got: T[] = [];
  let error: unknown;
  try {
    for await (const item of stream) {
      got.push(item);
      if (got.length === after) controller.abort();
    }
  } catch (e) {
    error = e;
  }
  return { got, error };
}

function expectAborted(error: unknown, method: string): void {
  expect(error).toBeInstanceOf(QgradeError);
  expect(error).toMatchObject({ code: 'aborted', name: 'AbortError' });
  expect((error as QgradeError).message).toBe(`${method} stopped: options.signal was aborted`);
  expect((error as QgradeError).text?.zh).toBe(`${method} 已停止：options.signal 已中止`);
}

describe('grader.gradeMany with a signal', () => {
  let grader: Grader;
  let expected: unknown[];
  beforeAll(async () => {
    grader = createGrader(await loadRuleSet(RULE_SET));
    expected = records.map((r) => grader.gradeSync(r));
  });

  it('aborted before the start: no record is read, the source is closed', async () => {
    const controller = new AbortController();
    controller.abort();
    let returned = 0;
    let nexts = 0;
    const source = {
      [Symbol.iterator]() {
        return {
          next: () => {
            nexts++;
            return { done: false, value: records[0] };
          },
          return: () => {
            returned++;
            return { done: true, value: undefined };
          },
        };
      },
    };
    const { got, error } = await readAborting(
      grader.gradeMany(source, { signal: controller.signal }),
      controller,
      0,
    );
    expect(got).toEqual([]);
    expectAborted(error, 'gradeMany');
    expect(nexts).toBe(0);
    expect(returned).toBe(1);
  });

  it('aborted mid-stream: the results before it, then the error; the source is closed', async () => {
    const controller = new AbortController();
    const { seen, source } = watchedSource(records);
    const { got, error } = await readAborting(
      grader.gradeMany(source, { signal: controller.signal }),
      controller,
      3,
    );
    expect(got).toEqual(expected.slice(0, 3));
    expectAborted(error, 'gradeMany');
    expect(seen.read).toBe(3);
    expect(seen.closed).toBe(true);
  });

  it('aborted while the source waits for its next record: the wait ends at the abort', async () => {
    const controller = new AbortController();
    async function* stalls() {
      yield records[0];
      await new Promise(() => {}); // a queue that never gives another message
    }
    const loop = readAborting(grader.gradeMany(stalls(), { signal: controller.signal }), controller, -1);
    setTimeout(() => controller.abort(), 20);
    const { got, error } = await loop;
    expect(got).toEqual(expected.slice(0, 1));
    expectAborted(error, 'gradeMany');
  });

  it('aborted once the loop ended: every result, no error; before the source said it ended: the error', async () => {
    const controller = new AbortController();
    const stream = grader.gradeMany(records, { signal: controller.signal });
    const got = [];
    for await (const r of stream) got.push(r);
    controller.abort();
    expect(got).toEqual(expected);
    await expect(stream.next()).resolves.toEqual({ done: true, value: undefined });
    // At the last result the source has not yet said it ended: an abort there is before the end.
    const late = new AbortController();
    const { got: all, error } = await readAborting(
      grader.gradeMany(records, { signal: late.signal }),
      late,
      records.length,
    );
    expect(all).toEqual(expected);
    expectAborted(error, 'gradeMany');
  });

  it("the signal's reason is the cause, its words in the message", async () => {
    const controller = new AbortController();
    const reason = new Error('the request timed out');
    controller.abort(reason);
    const { error } = await readAborting(
      grader.gradeMany(records, { signal: controller.signal }),
      controller,
      0,
    );
    expect(error).toMatchObject({ code: 'aborted', cause: reason });
    expect((error as Error).message).toBe(
      'gradeMany stopped: options.signal was aborted (the request timed out)',
    );
  });

  it('refuses a signal that is not one, and a key it does not take', async () => {
    const read = async (options: unknown) => {
      // biome-ignore lint/suspicious/noExplicitAny: a caller's wrong value, as plain JavaScript passes it
      for await (const _ of grader.gradeMany(records, options as any));
    };
    await expect(read({ signal: 'soon' })).rejects.toMatchObject({
      code: 'usage',
      message:
        'options.signal must be an AbortSignal (such as AbortSignal.timeout(5000) or controller.signal), got "soon"',
    });
    await expect(read({ sginal: new AbortController().signal })).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringContaining('gradeMany: options has no key "sginal": did you mean "signal"?'),
    });
    await expect(read({ signal: undefined })).resolves.toBeUndefined();
  });
});

describe('a pool with a signal', () => {
  let pool: GraderPool;
  let expected: unknown[];
  beforeAll(async () => {
    const grader = createGrader(await loadRuleSet(RULE_SET));
    expected = records.map((r) => JSON.parse(JSON.stringify(grader.gradeSync(r))));
    pool = await createGraderPool({ pathOrId: RULE_SET }, { workers: 2, batchSize: 5 });
  });
  afterAll(() => pool.close());

  it('aborted before the start: no result, the code aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { seen, source } = watchedSource(records);
    const { got, error } = await readAborting(
      pool.gradeMany(source, { signal: controller.signal }),
      controller,
      0,
    );
    expect(got).toEqual([]);
    expectAborted(error, 'gradeMany');
    expect(seen.read).toBe(0);
    const ndjson = await readAborting(
      pool.gradeManyToNdjson(records, { signal: controller.signal }),
      controller,
      0,
    );
    expect(ndjson.got).toEqual([]);
    expectAborted(ndjson.error, 'gradeManyToNdjson');
  });

  it('aborted mid-stream: the results before it, none after, the source closed; the pool grades on', async () => {
    const controller = new AbortController();
    const { seen, source } = watchedSource(records);
    const { got, error } = await readAborting(
      pool.gradeMany(source, { signal: controller.signal }),
      controller,
      7,
    );
    expect(got).toEqual(expected.slice(0, 7));
    expectAborted(error, 'gradeMany');
    await vi.waitFor(() => expect(seen.closed).toBe(true));
    expect(seen.read).toBeLessThan(records.length);

    const again = [];
    for await (const r of pool.gradeMany(records)) again.push(r);
    expect(again).toEqual(expected);
  });

  it('gradeManyToNdjson aborted after its first chunk: whole rows only, then the error; the threads work on', async () => {
    const controller = new AbortController();
    const { got, error } = await readAborting(
      pool.gradeManyToNdjson(records, { signal: controller.signal, firstRow: 1 }),
      controller,
      1,
    );
    expect(got).toHaveLength(1);
    expectAborted(error, 'gradeManyToNdjson');
    const text = new TextDecoder().decode(got[0]);
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).row),
    ).toEqual([1, 2, 3, 4, 5]);

    let rows = 0;
    for await (const chunk of pool.gradeManyToNdjson(records))
      rows += new TextDecoder().decode(chunk).split('\n').length - 1;
    expect(rows).toBe(records.length);
  });

  it('aborted once the loop ended: every result, no error', async () => {
    const controller = new AbortController();
    const stream = pool.gradeMany(records, { signal: controller.signal });
    const got = [];
    for await (const r of stream) got.push(r);
    controller.abort();
    expect(got).toEqual(expected);
    await expect(stream.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('refuses a signal that is not one', async () => {
    const read = async () => {
      // biome-ignore lint/suspicious/noExplicitAny: a caller's wrong value, as plain JavaScript passes it
      for await (const _ of pool.gradeManyToNdjson(records, { signal: { aborted: 'no' } } as any));
    };
    await expect(read()).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringContaining('options.signal must be an AbortSignal'),
    });
  });
});

describe('gradeFile with a signal', () => {
  it('aborted before the start: the file is not opened (a missing file is not reported)', async () => {
    const grader = createGrader(await loadRuleSet(RULE_SET));
    const controller = new AbortController();
    controller.abort();
    const { error } = await readAborting(
      gradeFile(grader, join(tempDir('abort'), 'missing.csv'), { signal: controller.signal }),
      controller,
      0,
    );
    expectAborted(error, 'gradeFile');
  });

  it('aborted mid-file: the rows before it with their row numbers, then the error', async () => {
    const grader = createGrader(await loadRuleSet(RULE_SET));
    const path = join(tempDir('abort'), 'units.csv');
    writeFileSync(
      path,
      `unitType,ratedCoolingCapacity,apf\n${records.map((r) => `${r.unitType},${r.ratedCoolingCapacity},${r.apf}`).join('\n')}\n`,
    );
    const controller = new AbortController();
    const { got, error } = await readAborting(
      gradeFile(grader, path, { signal: controller.signal }),
      controller,
      4,
    );
    expect(got.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(got.map((r) => r.grade)).toEqual(records.slice(0, 4).map((r) => grader.gradeOnly(r)));
    expectAborted(error, 'gradeFile');
  });
});

describe('QgradeError as JSON', () => {
  it('keeps name, code, message and text, which structuredClone drops', async () => {
    const grader = createGrader(await loadRuleSet(RULE_SET));
    const controller = new AbortController();
    controller.abort();
    const { error } = await readAborting(
      grader.gradeMany(records, { signal: controller.signal }),
      controller,
      0,
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'AbortError',
      code: 'aborted',
      message: 'gradeMany stopped: options.signal was aborted',
      text: {
        zh: 'gradeMany 已停止：options.signal 已中止',
        en: 'gradeMany stopped: options.signal was aborted',
      },
    });
  });
});
