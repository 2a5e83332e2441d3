/**
 * docs/cli.md, "A signal": SIGTERM or SIGINT ends a co-process at once, by the signal, with no summary, and the
 * answers written before it stay written. The built binary is spawned: the process is the point. Nothing here
 * waits on a clock: the signal is sent once the answer to the line written has been read.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { useBinary } from './cli-harness';

const cli = useBinary();
const AC = 'home-appliances/room-air-conditioner-energy';

describe('a signal ends a run at once, by the signal, without a summary', () => {
  it.each([
    ['SIGTERM', []],
    ['SIGINT', []],
    ['SIGTERM', ['--workers', '2']],
  ] as const)('%s %j', async (signal, extra) => {
    const child = spawn(
      process.execPath,
      [
        cli.bin,
        'grade',
        '-r',
        AC,
        '-i',
        'ndjson',
        '-f',
        'ndjson',
        '--no-progress',
        '--no-keep',
        ...extra,
        '-',
      ],
      { env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' } },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, sig) => resolve({ code, signal: sig })),
    );
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write('{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}\n');
    const answer = (await answers.next()).value as string;
    expect(JSON.parse(answer)).toMatchObject({ row: 1, grade: '2' });
    child.kill(signal);
    expect(await ended).toEqual({ code: null, signal });
    // No summary: a run that ends normally prints its counts on stderr ("1 record …").
    expect(stderr).not.toMatch(/record/i);
  });
});
