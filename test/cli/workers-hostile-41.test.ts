/**
 * hostile-41: `grade --workers 2` after ce8cbe17 (rows gathered across input chunks into batches of 500, leftovers
 * sent after 2 ms; a worker's bytes written 256 KiB at a time; record keys folded once per key set), each run
 * against one thread: stdout, stderr and exit code. Two-worker runs are told of 4 cores, so two workers start on
 * any machine. Found: a run whose stdout closed while the input was still open waited for the input's next line
 * before it ended (one thread ended at once), and a stdout destroyed without an error between the parts of a
 * batch (or before a write) left the run waiting for a 'drain' that never comes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputError, OutputSink } from '../../src/cli/output-sink';
import { run } from '../../src/cli/program';
import { createGrader, loadRuleSet } from '../../src/index';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { sameOnTwoWorkers } from './same-on-workers';

const cli = useCli();
const tmp = useTempDir();
const RULES = 'home-appliances/room-air-conditioner-energy';
const ENV = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1' };
/** Longest wait for what should come at once: a hang fails here with a message rather than at the test's timeout. */
const BOUND_MS = 20_000;

const header = 'sku,brand,unitType,ratedCoolingCapacity,apf,seer';
const brands = ['格力', 'Midea', 'Haier', ''];
/** A CSV record: heat pumps and cooling-only units, of four brands (one left blank). */
const csvRecord = (i: number) =>
  i % 3
    ? `S${i},${brands[i % 4]},heat-pump,${2000 + ((i * 631) % 12000)},${(3 + (i % 30) / 10).toFixed(2)},`
    : `S${i},${brands[i % 4]},cooling-only,${2000 + ((i * 397) % 12000)},,${(3.4 + (i % 27) / 10).toFixed(2)}`;
const jsonRecord = (i: number) =>
  JSON.stringify({
    sku: `S${i}`,
    unitType: 'heat-pump',
    ratedCoolingCapacity: 2000 + ((i * 631) % 12000),
    apf: Number((3 + (i % 30) / 10).toFixed(2)),
  });
function csvTable(n: number, special: Record<number, string> = {}): string {
  const lines = [header];
  for (let i = 1; i <= n; i++) lines.push(special[i] ?? csvRecord(i));
  return `${lines.join('\n')}\n`;
}

/** The file graded on one thread and on two workers: the same bytes out, the same stderr and exit code. */
function same(name: string, data: string | Buffer, extra: string[] = [], formats = ['ndjson', 'csv']) {
  const file = join(tmp(), name);
  writeFileSync(file, data);
  return sameOnTwoWorkers(cli, file, { rules: RULES, extra, formats });
}

/** Resolves with `false` after `ms` milliseconds. */
function delay(ms: number): Promise<false> {
  return new Promise((resolve) => setTimeout(() => resolve(false), ms));
}

/** Whether `promise` settles within BOUND_MS. */
async function settles(promise: Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), BOUND_MS);
  });
  try {
    return await Promise.race([promise.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The CLI in this process with stdin open until the test ends it, stdout `stdout` or collected. */
function open(args: string[], cores: number | undefined, stdout?: Writable) {
  const stdin = new PassThrough();
  const out: Buffer[] = [];
  let lines = 0;
  let err = '';
  let wake: (() => void) | undefined;
  const collected = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.push(Buffer.from(chunk));
      for (const byte of chunk) if (byte === 0x0a) lines++;
      wake?.();
      done();
    },
  });
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      err += chunk.toString('utf8');
      done();
    },
  });
  const code = run(['node', 'qgrade', ...args], {
    stdin,
    stdout: stdout ?? collected,
    stderr,
    env: ENV,
    cwd: ROOT,
    ...(cores === undefined ? {} : { cores }),
  });
  return {
    stdin,
    code,
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => err,
    /** Waits (at most BOUND_MS) until stdout holds `n` lines. */
    async lines(n: number): Promise<number> {
      const until = Date.now() + BOUND_MS;
      while (lines < n && Date.now() < until)
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      return lines;
    },
  };
}

describe('grade --workers 2: an input that fails part-way writes the rows one thread writes', () => {
  // Rows in hand when the input fails: 1 past a batch edge, 250 (in no chunk's edge), and a whole chunk's worth.
  for (const at of [1001, 1250, 1700]) {
    it(`a byte that is not UTF-8 after CSV record ${at}`, async () => {
      const lines = csvTable(2400).split('\n');
      const text = Buffer.concat([
        Buffer.from(`${lines.slice(0, at + 1).join('\n')}\n`),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(lines.slice(at + 1).join('\n')),
      ]);
      const one = await same(`bad-byte-${at}.csv`, text);
      expect(one.code).toBe(2);
      expect(one.stderr).toContain(`not UTF-8 on line ${(at + 2).toLocaleString('en-US')}`);
      // NDJSON (the first format compared): a line for each record before the byte.
      expect(one.stdout.split('\n').length - 1).toBe(at);
    });
  }

  it('a byte that is not UTF-8 in NDJSON after record 501', async () => {
    const records = Array.from({ length: 1400 }, (_, i) => jsonRecord(i + 1));
    const text = Buffer.concat([
      Buffer.from(`${records.slice(0, 501).join('\n')}\n`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`\n${records.slice(501).join('\n')}\n`),
    ]);
    const one = await same('bad-byte.ndjson', text, [], ['ndjson']);
    expect(one.code).toBe(2);
    expect(one.stdout.split('\n').length - 1).toBe(501);
  });
});

describe('grade --workers 2: rows whose reading depends on earlier rows, at batch edges that are no chunk edges', () => {
  it('a repeated header, a note row and a subtotal at record 1000, with --tally-by, --keep and --no-keep', async () => {
    const text = csvTable(2600, {
      1000: `${header}\n${csvRecord(1000)}`,
      1002: '审核：张三,,,,,',
      1004: '合计,,,3500000,,',
      1400: header,
    });
    const file = 'repeat-1000.csv';
    const one = await same(file, text, ['--tally-by', 'brand', '--tally-by', 'unitType']);
    expect(one.stderr).toMatch(/2,597 records: ([\d,]+) graded, ([\d,]+) not graded, 0 invalid/);
    const [, graded, notGraded] = one.stderr.match(/2,597 records: ([\d,]+) graded, ([\d,]+) not graded/)!;
    expect(Number(graded!.replace(',', '')) + Number(notGraded!.replace(',', ''))).toBe(2597);
    await same(file, text, ['--keep', 'sku', '--keep', 'brand'], ['ndjson']);
    await same(file, text, ['--no-keep'], ['csv']);
  });
});

describe('grade --workers 2: a slow input', () => {
  it('700 lines at once, a pause, then 3 lines: each part is written before the next is sent, in order', async () => {
    const text = Array.from({ length: 703 }, (_, i) => `${jsonRecord(i + 1)}\n`);
    const args = ['grade', '-r', RULES, '-i', 'ndjson', '-f', 'ndjson', '--no-progress', '-'];
    const two = open([...args, '--workers', '2'], 4);
    two.stdin.write(text.slice(0, 700).join(''));
    expect(await two.lines(700)).toBe(700);
    two.stdin.write(text.slice(700).join(''));
    expect(await two.lines(703)).toBe(703);
    two.stdin.end();
    const one = await cli.run(args, { input: text.join('') });
    expect(await two.code).toBe(one.code);
    expect(two.stdout()).toBe(one.stdout);
    expect(two.stderr()).toBe(one.stderr);
  });
});

describe('grade --workers 2: an input that never pauses', () => {
  it('lines a millisecond apart: the first are written long before 500 have come', async () => {
    const args = ['grade', '-r', RULES, '-i', 'ndjson', '-f', 'ndjson', '--no-progress', '-'];
    const two = open([...args, '--workers', '2'], 4);
    // One line, answered: the workers are up.
    two.stdin.write(`${jsonRecord(1)}\n`);
    expect(await two.lines(1)).toBe(1);
    // Then a line every millisecond or so, each chunk coming within the 2 ms a batch waits for the next: without a
    // bound on how long the first row waits, none is written until 500 have come. Stopped at the first answer.
    let sent = 1;
    const answered = two.lines(2);
    while (sent < 450 && !(await Promise.race([answered.then(() => true), delay(1)]))) {
      sent++;
      two.stdin.write(`${jsonRecord(sent)}\n`);
    }
    expect(await answered).toBeGreaterThanOrEqual(2);
    expect(sent).toBeLessThan(450);
    two.stdin.end();
    expect(await two.code).toBe(0);
    const one = await cli.run(args, {
      input: Array.from({ length: sent }, (_, i) => `${jsonRecord(i + 1)}\n`).join(''),
    });
    expect(two.stdout()).toBe(one.stdout);
  });
});

describe('grade --workers 2: the output closes', () => {
  /** A stdout whose reader went away: every write fails with EPIPE, a moment later as a pipe's does. */
  const closedPipe = () =>
    new Writable({
      write(_chunk, _encoding, done) {
        setImmediate(() => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
      },
    });

  it('while the input is still open (`tail -f … | qgrade … | head -1`): the run ends, as on one thread', async () => {
    const text = Array.from({ length: 1200 }, (_, i) => `${jsonRecord(i + 1)}\n`).join('');
    const codes: number[] = [];
    for (const workers of [[], ['--workers', '2']]) {
      const r = open(
        ['grade', '-r', RULES, '-i', 'ndjson', '-f', 'ndjson', ...workers, '-'],
        4,
        closedPipe(),
      );
      r.stdin.write(text);
      // Before the fix the two-worker run waited for the input's next line (or its end) to close it.
      const ended = await settles(r.code);
      r.stdin.end();
      codes.push(await r.code);
      expect(ended).toBe(true);
    }
    expect(codes[1]).toBe(codes[0]);
  });

  it('destroyed without an error between the 256 KiB parts of a batch: the run ends, as on one thread', async () => {
    const file = join(tmp(), 'destroyed.csv');
    writeFileSync(file, csvTable(3000));
    const codes: number[] = [];
    for (const workers of [[], ['--workers', '2']]) {
      let received = 0;
      const stdout = new Writable({
        highWaterMark: 1 << 14,
        write(chunk: Buffer, _encoding, done) {
          received += chunk.byteLength;
          // Past the first part of a worker's batch (~2 MB of NDJSON for 500 rows): the caller closes its socket.
          if (received > 300_000) stdout.destroy();
          setImmediate(done);
        },
      });
      const r = open(['grade', '-r', RULES, '-f', 'ndjson', ...workers, file], 4, stdout);
      r.stdin.end();
      const ended = await settles(r.code);
      expect(ended).toBe(true);
      codes.push(await r.code);
    }
    expect(codes[1]).toBe(codes[0]);
  });
});

describe('grade --workers 2: what each write to stdout holds', () => {
  it('whole lines, as on one thread: a Writable that reads each write as text gets no half row or character', async () => {
    const file = join(tmp(), 'whole-lines.csv');
    // 1,200 records: batches of ~4 MB of NDJSON (Chinese text in every row), many times a 256 KiB part.
    writeFileSync(file, csvTable(1200));
    const outputs: string[] = [];
    for (const workers of [[], ['--workers', '2']]) {
      const torn: string[] = [];
      const rows: string[] = [];
      const stdout = new Writable({
        write(chunk: Buffer, _encoding, done) {
          const text = chunk.toString('utf8');
          // The sink's closing write is empty.
          if (text !== '' && (!text.endsWith('\n') || text.includes('\ufffd'))) torn.push(text.slice(-40));
          rows.push(text);
          done();
        },
      });
      const r = open(['grade', '-r', RULES, '-f', 'ndjson', ...workers, file], 4, stdout);
      r.stdin.end();
      expect(await r.code).toBe(0);
      expect(torn).toEqual([]);
      outputs.push(rows.join(''));
    }
    expect(outputs[1]!.split('\n').length).toBe(1201);
    expect(outputs[1]).toBe(outputs[0]);
  });
});

describe('OutputSink.writeBytes to an asynchronous stream that asks to wait', () => {
  const batch = new Uint8Array((1 << 20) + 1000).map((_, i) => 97 + (i % 26));

  it('writes the bytes in order, gives the memory back once after the last part, and returns once drained', async () => {
    const received: Buffer[] = [];
    const given: number[] = [];
    const writable = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        setImmediate(() => {
          received.push(Buffer.from(chunk));
          done();
        });
      },
    });
    const sink = new OutputSink(writable, 'stdout', { reuse: true });
    await sink.writeBytes(batch, () => given.push(received.length));
    // Returned only once the stream drained: nothing left in it.
    expect(writable.writableLength).toBe(0);
    expect(given).toEqual([5]);
    await sink.end();
    expect(Buffer.concat(received).equals(Buffer.from(batch))).toBe(true);
  });

  for (const when of ['before the write', 'after the first part']) {
    it(`a stream destroyed without an error ${when}: the write ends with a closed-output error`, async () => {
      let parts = 0;
      const writable = new Writable({
        highWaterMark: 1024,
        write(_chunk, _encoding, done) {
          if (++parts === 1 && when !== 'before the write') writable.destroy();
          setImmediate(done);
        },
      });
      const sink = new OutputSink(writable, 'stdout', { reuse: true });
      if (when === 'before the write') writable.destroy();
      const outcome = sink.writeBytes(batch).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(await settles(outcome)).toBe(true);
      const error = await outcome;
      expect(error).toBeInstanceOf(OutputError);
      expect((error as OutputError).closed).toBe(true);
    });
  }
});

describe('record keys folded once per key set: the "missing" message is the record’s own', () => {
  const base = { unitType: 'heat-pump', ratedCoolingCapacity: 3500 };
  const records: object[] = [
    { ...base, 'APF ': 4.5 },
    // The same number of keys, another name: no near key.
    { ...base, 'XPF ': 4.5 },
    // The first record's keys in another order.
    { 'APF ': 4.5, ...base },
    { ...base, apf: 4.5 },
    { ...base, A_P_F: 4.5 },
    { ...base, seer: 4.5 },
    { ...base, 'APF ': 4.5 },
  ];
  // More distinct keys than the folded forms kept (4,096), the near key among them.
  const wide = Object.fromEntries([
    ...Array.from({ length: 5000 }, (_, i) => [`extra${i}`, i]),
    ...Object.entries(base),
    ['Apf', 4.5],
  ]);

  it('the same for each record whatever came before it (gradeSync, in order and in reverse)', async () => {
    const { gradeSync } = createGrader(await loadRuleSet(RULES));
    const errors = (r: object) => JSON.stringify(gradeSync(r).errors ?? []);
    const all = [...records, wide, records[1]!, wide];
    const forward = all.map(errors);
    const backward = [...all].reverse().map(errors).reverse();
    expect(backward).toEqual(forward);
    expect(forward[0]).toContain('the key \\"APF \\"');
    expect(forward[1]).not.toContain('the key');
    expect(forward[2]).toContain('the key \\"APF \\"');
    expect(forward[4]).toContain('the key \\"A_P_F\\"');
    expect(forward[7]).toContain('the key \\"Apf\\"');
    expect(forward[8]).not.toContain('the key');
  });

  it('NDJSON records with changing keys: the same output on two workers as on one thread', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1200; i++)
      lines.push(JSON.stringify({ sku: `S${i}`, ...records[i % records.length] }));
    lines.splice(700, 0, JSON.stringify({ sku: 'wide', ...wide }));
    const one = await same('changing-keys.ndjson', `${lines.join('\n')}\n`, [], ['ndjson']);
    expect(one.stdout).toContain('the key \\"Apf\\"');
  });
});
