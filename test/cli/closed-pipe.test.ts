/**
 * A reader that goes away early (`qgrade … | head -1`, EPIPE): a closed
 * stderr must not stop a run that writes its report with -o, and a closed
 * stdout must not turn a run with failures into exit 0 (docs/cli.md, Exit
 * codes). The built binary is spawned with pipes whose reader closes after
 * its first line, or before any: the process and its pipes are the point.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useBinary, useTempDir } from './cli-harness';

const cli = useBinary();
const dir = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

/** Which of the child's streams the reader closes, and after how many lines (0: before reading any). */
interface Closing {
  stream: 'stdout' | 'stderr';
  lines: 0 | 1;
}

/**
 * Runs the binary; the reader of `closing.stream` closes after `closing.lines` lines, as `| head -1`
 * does. Returns the exit code and what the other stream carried.
 */
function runClosing(args: readonly string[], closing: Closing): Promise<{ code: number; other: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli.bin, ...args], {
      cwd: dir(),
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = closing.stream === 'stdout' ? child.stdout : child.stderr;
    const other = closing.stream === 'stdout' ? child.stderr : child.stdout;
    let otherText = '';
    other.on('data', (d: Buffer) => {
      otherText += d.toString('utf8');
    });
    if (closing.lines === 0) closed.destroy();
    else {
      let seen = '';
      closed.on('data', (d: Buffer) => {
        seen += d.toString('utf8');
        if (seen.includes('\n')) closed.destroy();
      });
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, other: otherText }));
  });
}

/** CSV rows of room air conditioners: valid ones, and with `invalid` one whose APF is not a number. */
function acCsv(name: string, rows: number, invalid: boolean): string {
  const lines = ['model,unitType,ratedCoolingCapacity,apf'];
  for (let i = 1; i <= rows; i++) lines.push(`M${i},heat-pump,3500,4.62`);
  if (invalid) lines.splice(2, 0, 'BAD,heat-pump,3500,n/a');
  writeFileSync(join(dir(), name), `${lines.join('\n')}\n`);
  return name;
}

const partFiles = () => readdirSync(dir()).filter((f) => f.endsWith('.part'));

describe('stderr closed early (… -o report 2>&1 | head -1)', () => {
  it.each([
    ['html', 'r.html'],
    ['xlsx', 'r.xlsx'],
  ])('-f %s: the report is written whole, no .part is left, the exit code is kept', async (format, out) => {
    const data = acCsv(`data-${format}.csv`, 300, true);
    writeFileSync(join(dir(), out), 'old');
    // Closed before the first notice (no EPIPE can be missed), and after it, as `| head -1`.
    for (const lines of format === 'html' ? ([0, 1] as const) : ([0] as const)) {
      const r = await runClosing(['grade', '-r', AC, data, '-f', format, '-o', out], {
        stream: 'stderr',
        lines,
      });
      // One record is invalid: 1, as with stderr open.
      expect(r.code, `reader closing after ${lines} lines`).toBe(1);
      const bytes = readFileSync(join(dir(), out));
      if (format === 'html') {
        const html = bytes.toString('utf8');
        expect(html.startsWith('<!doctype html>')).toBe(true);
        expect(html.trimEnd().endsWith('</html>')).toBe(true);
        expect(html).toContain('M300');
      } else {
        // A whole zip: its end-of-central-directory record closes the file.
        expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
        expect(bytes.subarray(-22, -18).toString('hex')).toBe('504b0506');
      }
      expect(partFiles()).toEqual([]);
    }
  });
});

describe('stdout closed early (… | head -1)', () => {
  it('qgrade test with failing cases exits 1, not 0', async () => {
    writeFileSync(
      join(dir(), 'failing.test.yaml'),
      [
        `ruleSet: ${join(ROOT, 'rules', `${AC}.yaml`)}`,
        'cases:',
        '  - name: expects a grade it does not get',
        '    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.62 }',
        '    grade: "1"',
      ].join('\n'),
    );
    for (const lines of [0, 1] as const) {
      const r = await runClosing(['test', 'failing.test.yaml'], { stream: 'stdout', lines });
      expect(r.code, `reader closing after ${lines} lines`).toBe(1);
    }
  });

  it('grade -f ndjson stopped part-way with an invalid record seen exits 1', async () => {
    // The invalid record is the second: it is graded before the first output is written.
    const data = acCsv('invalid-early.csv', 20_000, true);
    for (const lines of [0, 1] as const) {
      const r = await runClosing(['grade', '-r', AC, data, '-f', 'ndjson', '--no-progress'], {
        stream: 'stdout',
        lines,
      });
      expect(r.code, `reader closing after ${lines} lines`).toBe(1);
    }
  });

  it('grade -f ndjson stopped part-way with nothing wrong seen exits 141, never 0; one that ends exits 0', async () => {
    const data = acCsv('valid.csv', 20_000, false);
    const r = await runClosing(['grade', '-r', AC, data, '-f', 'ndjson', '--no-progress'], {
      stream: 'stdout',
      lines: 0,
    });
    // 20,000 results are megabytes: the run stops long before its end.
    expect(r.code).toBe(141);
    // An unfinished run has no summary to give.
    expect(r.other).not.toMatch(/\d+ records?:/);
    const small = acCsv('valid-small.csv', 3, false);
    const whole = await cli.run(['grade', '-r', AC, join(dir(), small), '-f', 'ndjson']);
    expect(whole.code).toBe(0);
  });
});
