/**
 * stdin/stdout NDJSON as a streaming protocol (docs/scale-out.md): a caller
 * that keeps qgrade running as a co-process — Spark's `RDD.pipe`, a Kafka
 * consumer, a worker pool — writes a line and reads that line's result
 * before it writes the next. The binary is spawned with pipes: the pipe is
 * the point. Each answer must come while the input is still open, so a
 * reader that waited for more input (or for the end) fails here.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ROOT, resultSchemaErrors, useBinary } from './cli-harness';

const cli = useBinary();
const RULES = 'home-appliances/room-air-conditioner-energy';

/** Longest wait for one answer: generous for a machine shared by many processes; an answer normally takes milliseconds. */
const ANSWER_MS = 20_000;

/** qgrade as a co-process: a line in, its output line(s) out. */
interface CoProcess {
  /** Writes one line (ended by `end`, default LF) and waits for the next output line. */
  ask(line: string, end?: string): Promise<string>;
  /** The next output line, without writing. */
  next(): Promise<string>;
  /** Closes stdin and waits for the exit. */
  close(): Promise<{ code: number; stderr: string; rest: string[] }>;
  /** Writes text to stdin, waiting for nothing. */
  send(text: string): void;
  /** Waits until stderr holds `text`; resolves to the bytes written to stdout by then. */
  stderrSays(text: string): Promise<number>;
}

function coProcess(args: readonly string[]): CoProcess {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [cli.bin, ...args], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' },
    stdio: 'pipe',
  });
  let stderr = '';
  let told: { text: string; resolve: () => void } | undefined;
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
    if (told && stderr.includes(told.text)) told.resolve();
  });
  let written = 0;
  child.stdout.on('data', (d: Buffer) => {
    written += d.length;
  });
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const lines = createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  async function next(): Promise<string> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        child.kill();
        reject(new Error(`no output line within ${ANSWER_MS} ms; stderr: ${stderr}`));
      }, ANSWER_MS);
    });
    try {
      const line = await Promise.race([lines.next(), timeout]);
      if (line.done) throw new Error(`output ended early; stderr: ${stderr}`);
      return line.value;
    } finally {
      clearTimeout(timer);
    }
  }
  return {
    ask(line, end = '\n') {
      child.stdin.write(`${line}${end}`);
      return next();
    },
    next,
    async close() {
      child.stdin.end();
      const rest: string[] = [];
      for (;;) {
        const line = await lines.next();
        if (line.done) break;
        rest.push(line.value);
      }
      return { code: await exited, stderr, rest };
    },
    send(text) {
      child.stdin.write(text);
    },
    async stderrSays(text) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve, reject) => {
        if (stderr.includes(text)) return resolve();
        told = { text, resolve };
        timer = setTimeout(() => {
          child.kill();
          reject(new Error(`stderr did not say ${JSON.stringify(text)} within ${ANSWER_MS} ms: ${stderr}`));
        }, ANSWER_MS);
      }).finally(() => clearTimeout(timer));
      return written;
    },
  };
}

const heatPump = (model: string, apf?: number) =>
  JSON.stringify({
    model,
    unitType: 'heat-pump',
    ratedCoolingCapacity: 3500,
    ...(apf === undefined ? {} : { apf }),
  });

/**
 * Heat pumps of 3500 W: APF ≥ 4.50 is grade 2, ≥ 4.00 grade 3 (the draft's
 * table, examples/room-air-conditioner-energy-draft.yaml and the bundled rule set).
 */
const EXCHANGE: {
  line: string;
  row: number;
  model?: string;
  grade: string | null;
  error?: string;
  message?: string;
}[] = [
  { line: heatPump('A-at-limit', 4.5), row: 1, model: 'A-at-limit', grade: '2' },
  { line: heatPump('B-below', 4.49), row: 2, model: 'B-below', grade: '3' },
  { line: 'not json', row: 3, grade: null, error: 'unreadable' },
  { line: heatPump('D-no-apf'), row: 4, model: 'D-no-apf', grade: null, error: 'missing' },
  // A blank line (an empty message) is answered too: a caller waiting for its answer would wait for ever.
  { line: '', row: 5, grade: null, error: 'unreadable', message: 'line 5 is blank: no record' },
  { line: '   ', row: 6, grade: null, error: 'unreadable', message: 'line 6 is blank: no record' },
  { line: heatPump('E-above', 4.51), row: 7, model: 'E-above', grade: '2' },
];

async function converse(args: readonly string[], keep: boolean): Promise<void> {
  // As docs/scale-out.md runs it: a stream names its format.
  const qgrade = coProcess(['grade', '-r', RULES, '-i', 'ndjson', '-f', 'ndjson', ...args, '-']);
  for (const turn of EXCHANGE) {
    // The next line is written only after this one's answer came back.
    const result = JSON.parse(await qgrade.ask(turn.line)) as GradeResult;
    expect(result.row).toBe(turn.row);
    expect(result.grade).toBe(turn.grade);
    expect(result.errors?.map((e) => e.code)[0]).toBe(turn.error);
    if (turn.message) expect(result.errors?.[0]?.message.en).toBe(turn.message);
    if (keep && turn.model) expect(result.kept).toEqual({ model: turn.model });
    else expect(result.kept).toBeUndefined();
    expect(resultSchemaErrors(result)).toEqual([]);
  }
  const end = await qgrade.close();
  expect(end.rest).toEqual([]);
  expect(end.code, end.stderr).toBe(1);
  expect(end.stderr).toContain('7 records: 3 graded, 0 not graded, 4 invalid');
}

describe('qgrade grade as a co-process: one result line per input line, at once, in order', () => {
  it('NDJSON in, NDJSON out, --no-keep: each answer comes before the next line is written', async () => {
    await converse(['--no-keep'], false);
  });

  it('--keep model: the kept column is found on the first line, so the first answer does not wait for more rows', async () => {
    await converse(['--keep', 'model'], true);
  });

  it('neither --keep nor --no-keep: the sample-id field is chosen from the first line, which is answered at once (hostile-29 F1)', async () => {
    await converse([], true);
  });

  it('--workers 2: a batch that fills slowly is still graded and written at once', async () => {
    await converse(['--keep', 'model', '--workers', '2'], true);
  });

  it('-i ndjson: a first line that is not a JSON object is answered in its place, and so is every line after it', async () => {
    const qgrade = coProcess(['grade', '-r', RULES, '-i', 'ndjson', '-f', 'ndjson', '--keep', 'model', '-']);
    for (const [row, line] of ['garbage', '"a string"', '[1,2]'].entries()) {
      const answer = JSON.parse(await qgrade.ask(line)) as GradeResult;
      expect([answer.row, answer.grade]).toEqual([row + 1, null]);
    }
    const good = JSON.parse(await qgrade.ask(heatPump('A', 4.5))) as GradeResult;
    expect([good.row, good.grade, good.kept]).toEqual([4, '2', { model: 'A' }]);
    const end = await qgrade.close();
    expect([end.code, end.rest]).toEqual([1, []]);
  });

  it('CSV in: the header line, then one answer per row', async () => {
    const qgrade = coProcess(['grade', '-r', RULES, '-f', 'ndjson', '--no-keep', '-i', 'csv', '-']);
    const header = 'unitType,ratedCoolingCapacity,apf';
    const first = JSON.parse(await qgrade.ask(`${header}\nheat-pump,3500,4.50`)) as GradeResult;
    expect([first.row, first.grade]).toEqual([1, '2']);
    const second = JSON.parse(await qgrade.ask('heat-pump,3500,4.49')) as GradeResult;
    expect([second.row, second.grade]).toEqual([2, '3']);
    const end = await qgrade.close();
    expect([end.code, end.rest]).toEqual([0, []]);
  });

  it('CSV in, --no-keep: an id column holding T2 (no climate type) is answered at once and graded (hostile-23 M1)', async () => {
    const qgrade = coProcess(['grade', '-r', RULES, '-f', 'ndjson', '--no-keep', '-i', 'csv', '-']);
    const header = '编号,unitType,ratedCoolingCapacity,apf';
    const first = JSON.parse(await qgrade.ask(`${header}\nT2,heat-pump,3500,4.50`)) as GradeResult;
    expect([first.row, first.grade, first.errors]).toEqual([1, '2', undefined]);
    const second = JSON.parse(await qgrade.ask('T3,heat-pump,3500,4.49')) as GradeResult;
    expect([second.row, second.grade, second.errors]).toEqual([2, '3', undefined]);
    const end = await qgrade.close();
    expect([end.code, end.rest]).toEqual([0, []]);
  });

  it('CSV with CR-only line ends: each row is answered when its CR comes, not with the next row', async () => {
    const qgrade = coProcess(['grade', '-r', RULES, '-f', 'ndjson', '--no-keep', '-i', 'csv', '-']);
    const first = JSON.parse(
      await qgrade.ask('unitType,ratedCoolingCapacity,apf\rheat-pump,3500,4.50', '\r'),
    );
    expect([first.row, first.grade]).toEqual([1, '2']);
    const second = JSON.parse(await qgrade.ask('heat-pump,3500,4.49', '\r')) as GradeResult;
    expect([second.row, second.grade]).toEqual([2, '3']);
    const end = await qgrade.close();
    expect([end.code, end.rest]).toEqual([0, []]);
  });

  it('CSV, --keep model: a row whose model cell is empty is answered at once (the header has the column)', async () => {
    const qgrade = coProcess(['grade', '-r', RULES, '-f', 'ndjson', '--keep', 'model', '-i', 'csv', '-']);
    const first = JSON.parse(
      await qgrade.ask('model,unitType,ratedCoolingCapacity,apf\n,heat-pump,3500,4.50'),
    );
    expect([first.row, first.grade, first.kept]).toEqual([1, '2', undefined]);
    const second = JSON.parse(await qgrade.ask('B,heat-pump,3500,4.49')) as GradeResult;
    expect([second.row, second.grade, second.kept]).toEqual([2, '3', { model: 'B' }]);
    const end = await qgrade.close();
    expect([end.code, end.rest]).toEqual([0, []]);
  });

  // docs/scale-out.md says so (scale-out-check-42): unlike NDJSON, CSV on stdin is read ahead for a sample-id column.
  it('CSV in, neither --keep nor --no-keep: no row is answered while stdin is open, stderr says why, its end answers them', async () => {
    const qgrade = coProcess(['grade', '-r', RULES, '-f', 'ndjson', '-i', 'csv', '-']);
    const rows = [
      'model,unitType,ratedCoolingCapacity,apf',
      'A,heat-pump,3500,4.50',
      'B,heat-pump,3500,4.49',
    ];
    qgrade.send(`${rows.join('\n')}\n`);
    // The notice comes after 2 s of reading ahead; the rows wait for 1,000 lines or the end, so none is answered yet.
    expect(await qgrade.stderrSays('looking for a sample-id column in the first 1,000 lines of stdin')).toBe(
      0,
    );
    const end = await qgrade.close();
    const answers = end.rest.map((line) => JSON.parse(line) as GradeResult);
    expect(answers.map((r) => [r.row, r.grade, r.kept])).toEqual([
      [1, '2', { model: 'A' }],
      [2, '3', { model: 'B' }],
    ]);
    expect(end.code).toBe(0);
  });

  it('--keep sampleId: a line without the field is answered at once, with no kept', async () => {
    const qgrade = coProcess([
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      '-i',
      'ndjson',
      '--keep',
      'sampleId',
      '-',
    ]);
    const first = JSON.parse(await qgrade.ask(heatPump('A', 4.5))) as GradeResult;
    expect([first.row, first.grade, first.kept]).toEqual([1, '2', undefined]);
    const line = JSON.stringify({ ...JSON.parse(heatPump('B', 4.49)), sampleId: 'S-2' });
    const second = JSON.parse(await qgrade.ask(line)) as GradeResult;
    expect([second.row, second.grade, second.kept]).toEqual([2, '3', { sampleId: 'S-2' }]);
    const end = await qgrade.close();
    expect([end.code, end.rest]).toEqual([0, []]);
    expect(end.stderr).not.toContain('no record had');
  });
  it('the Kafka sketch of docs/scale-out.md: each message one line, so a pretty-printed one gets one answer, its numerals as written', async () => {
    const page = readFileSync(join(ROOT, 'docs/scale-out.md'), 'utf8');
    // The sketch's own normalisation, taken from the page so that the page is what is tested.
    const written = /const line = String\(message\.value \?\? ''\)\.replace\(\/(.+)\/g, ' '\);/.exec(page);
    expect(written).not.toBeNull();
    const breaks = new RegExp(written![1]!, 'g');
    const oneLine = (message: string) => message.replace(breaks, ' ');
    const qgrade = coProcess(['grade', '-r', RULES, '-i', 'ndjson', '-f', 'ndjson', '--keep', 'model', '-']);
    const record = (model: string, apf: number | string) =>
      JSON.stringify({ model, unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf }, null, 2);
    const pretty = JSON.parse(await qgrade.ask(oneLine(record('P-pretty', 4.5)))) as GradeResult;
    expect([pretty.row, pretty.grade, pretty.kept]).toEqual([1, '2', { model: 'P-pretty' }]);
    // A numeral a double would round is still refused: the message reaches qgrade as written.
    const precise = record('Q', 0).replace('"apf": 0', '"apf": 4.99999999999999999');
    const refused = JSON.parse(await qgrade.ask(oneLine(precise))) as GradeResult;
    expect([refused.row, refused.grade, refused.errors?.[0]?.field]).toEqual([2, null, 'apf']);
    const crlf = JSON.parse(await qgrade.ask(oneLine('{\r\n"model": "R",\r\n oops\r\n}'))) as GradeResult;
    expect([crlf.row, crlf.grade, crlf.errors?.[0]?.code]).toEqual([3, null, 'unreadable']);
    const empty = JSON.parse(await qgrade.ask(oneLine(''))) as GradeResult;
    expect([empty.row, empty.errors?.[0]?.message.en]).toEqual([4, 'line 4 is blank: no record']);
    const last = JSON.parse(await qgrade.ask(heatPump('S-last', 4.49))) as GradeResult;
    expect([last.row, last.grade, last.kept]).toEqual([5, '3', { model: 'S-last' }]);
    const end = await qgrade.close();
    expect([end.code, end.rest]).toEqual([1, []]);
  });
});

describe('a co-process whose reader goes away', () => {
  it('stops at the next line, not after gathering a half chunk of answers (developer-23 L1)', async () => {
    const child = spawn(
      process.execPath,
      [cli.bin, 'grade', '-r', RULES, '-i', 'ndjson', '-f', 'ndjson', '--keep', 'model', '-'],
      {
        cwd: ROOT,
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' },
        stdio: 'pipe',
      },
    );
    child.stdin.on('error', () => {}); // its stdin closes as it exits
    const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    let gone = false;
    void exited.then(() => {
      gone = true;
    });
    child.stdin.write(`${heatPump('first', 4.6)}\n`);
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    // A line every 150 ms, as a quiet stream sends them: the answer to the first is written (and fails) within
    // 50 ms, so the second finds the reader gone. Before, answers were gathered up to a half chunk (16 full
    // results) before the failure was looked at, so it read and graded 16 more lines.
    let sent = 0;
    while (!gone && sent < 12) {
      child.stdin.write(`${heatPump(`after-${sent}`, 4.6)}\n`);
      sent++;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(gone, `still running after ${sent} lines`).toBe(true);
    expect(await exited).toBe(141);
  });
});
