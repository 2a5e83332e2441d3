/**
 * A stdout closed when qgrade starts (`>&-`): Node puts /dev/null in its
 * place, so the results would vanish and the run exit 0 with its summary.
 * It must fail as a full disk does: "cannot write the output", exit 2. The
 * shell's own redirection is the point, so the binary runs under `sh -c`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, type RunResult, useBinary } from './cli-harness';

const cli = useBinary();
const AC = 'home-appliances/room-air-conditioner-energy';
const RECORDS = join(FIXTURES, 'records.ndjson');

/** Runs the binary with stdout redirected as `redirect` says (`>&-`, `>/dev/null`, `| head -1`). */
function shell(redirect: string, args: readonly string[], lang = 'en_US.UTF-8'): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const script = `"$@" ${redirect}; echo "exit $?" >&2`;
    const child = spawn('/bin/sh', ['-c', script, 'sh', process.execPath, cli.bin, ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: lang, LC_ALL: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', () => {
      const code = Number(/exit (\d+)\n$/.exec(stderr)?.[1] ?? -1);
      resolve({ code, stdout, stderr: stderr.replace(/exit \d+\n$/, '') });
    });
  });
}

describe('stdout closed at start', () => {
  it('grade: exit 2 with "cannot write the output", no summary', async () => {
    const run = await shell('>&-', ['grade', '-r', AC, '-f', 'ndjson', '--no-keep', RECORDS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'qgrade: cannot write the output (stdout): stdout was closed when qgrade started (>&-), so nothing written to it is kept (EBADF)\n',
    );
  });

  it('a command that prints without the streaming sink (list), in Chinese: the same', async () => {
    const run = await shell('>&-', ['list'], 'zh_CN.UTF-8');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('qgrade: 无法写出输出（标准输出）：文件描述符无效（已关闭）（EBADF）\n');
  });

  it('stdout sent to /dev/null by the shell is written as usual (exit 1: two records invalid)', async () => {
    const run = await shell('>/dev/null', ['grade', '-r', AC, '-f', 'ndjson', '--no-keep', RECORDS]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('5 records: 3 graded');
  });

  it('a reader that goes away (| head -1) still ends the run quietly', async () => {
    const run = await shell('| head -1', ['grade', '-r', AC, '-f', 'ndjson', '--no-keep', RECORDS]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).row).toBe(1);
    expect(run.stderr).not.toContain('cannot write');
  });
});
