/**
 * docs/cli.md, "A signal": SIGTERM or SIGINT ends a co-process at once, by the signal, with no summary, and the
 * answers written before it stay written. The built binary is spawned: the process is the point. Nothing here
 * waits on a clock: the signal is sent once the answer to the line written has been read.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { useBinary } from './cli-harness';

const cli = useBinary();
const AC = 'home-appliances/room-air-conditioner-energy';

/**
 * `qgrade grade -r AC -i ndjson … -` spawned with `args` (and `env`), one record written to it (APF 4.62 at
 * 3500 W, grade 2): the child, and how it ended.
 */
function coProcess(args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    [cli.bin, 'grade', '-r', AC, '-i', 'ndjson', '--no-progress', '--no-keep', ...args, '-'],
    { env: { ...process.env, ...env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' } },
  );
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, sig) => resolve({ code, signal: sig })),
  );
  child.stdin.write('{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}\n');
  return { child, ended };
}

describe('a signal ends a run at once, by the signal, without a summary', () => {
  it.each([
    ['SIGTERM', []],
    ['SIGINT', []],
    ['SIGTERM', ['--workers', '2']],
  ] as const)('%s %j', async (signal, extra) => {
    const { child, ended } = coProcess(['-f', 'ndjson', ...extra]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const answer = (await answers.next()).value as string;
    expect(JSON.parse(answer)).toMatchObject({ row: 1, grade: '2' });
    child.kill(signal);
    expect(await ended).toEqual({ code: null, signal });
    // No summary: a run that ends normally prints its counts on stderr ("1 record …").
    expect(stderr).not.toMatch(/record/i);
  });
});

describe('a signal during -f parquet -o leaves no temporary rows behind (developer-39 M1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qgrade-signal-parquet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: ended by it, TMPDIR and the -o folder as they were',
    async (signal) => {
      const temp = join(dir, `tmp-${signal}`);
      const outDir = join(dir, `out-${signal}`);
      for (const d of [temp, outDir]) rmSync(d, { recursive: true, force: true });
      mkdirSync(temp);
      mkdirSync(outDir);
      const out = join(outDir, 'graded.parquet');
      const { child, ended } = coProcess(['-f', 'parquet', '-o', out], { TMPDIR: temp });
      // The rows' folder exists once the writer is open: wait for it (a condition, not a clock).
      while (!readdirSync(temp).some((f) => f.startsWith('qgrade-parquet-'))) {
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(readdirSync(temp).some((f) => f.startsWith('qgrade-parquet-'))).toBe(true);
      child.kill(signal);
      expect(await ended).toEqual({ code: null, signal });
      expect(readdirSync(temp)).toEqual([]);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(outDir)).toEqual([]);
    },
  );
});
