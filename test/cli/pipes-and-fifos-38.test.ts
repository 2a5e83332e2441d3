/**
 * Hostile-38 C1 and M1: files that are not regular files.
 *
 * C1: `validate` and `test` opened a rule file or suite before asking what it was: a FIFO named `*.yaml` (given, or
 * met in a folder) hung the run forever, and a link to `/dev/zero` was read to 620 MB before "not a regular file".
 * Both now ask the file system first and refuse such a file as `grade -r` does (code file-not-found, exit 2),
 * without opening it: every refusal below would hang, not fail, if the file were opened first (a FIFO with no
 * writer), so the test timeout is the only way these can go wrong.
 *
 * M1: an input that is a pipe (`<(…)`, `/dev/stdin`, a named pipe) has size 0 in stat and was refused as "empty (0
 * bytes)": it is now read as a stream, as `-` is, and the 0-byte check applies to what came through it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const AC_RULES = join(ROOT, 'rules', `${AC}.yaml`);
const AC_JSON = join(ROOT, 'examples/room-air-conditioners.json');
const ZH = { env: { LANG: 'zh_CN.UTF-8' } };

/** A FIFO at `path`, made by mkfifo (Linux CI). Nothing writes to it unless {@link feed} is called. */
function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

const writers: ChildProcess[] = [];
afterEach(() => {
  // A writer whose FIFO was never opened for reading waits forever: ended here, by its own id.
  for (const w of writers.splice(0)) if (w.exitCode === null) w.kill();
});

/** Writes a file into a FIFO from another process, as `cat file > fifo` would. */
function feed(fifoPath: string, file: string): void {
  writers.push(spawn('sh', ['-c', 'cat "$1" > "$2"', 'feed', file, fifoPath], { stdio: 'ignore' }));
}

describe('validate and test refuse a FIFO or a device before opening it (hostile-38 C1)', () => {
  it('validate <fifo.yaml>: not a regular file, exit 2, at once; zh too', async () => {
    const dir = join(temp(), 'validate-one');
    mkdirSync(dir);
    const path = fifo(join(dir, 'rule.yaml'));
    const run = await cli.run(['validate', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('rule.yaml: not a regular file');
    const zh = await cli.run(['validate', path], ZH);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain('rule.yaml: 不是普通文件');
  });

  it('validate <folder> holding a FIFO beside a good rule file: the FIFO is named, the rule file checked', async () => {
    const dir = join(temp(), 'validate-folder');
    mkdirSync(dir);
    copyFileSync(AC_RULES, join(dir, 'ac.yaml'));
    fifo(join(dir, 'stray.yaml'));
    const run = await cli.run(['validate', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ac.yaml: ok');
    expect(run.stdout).toContain('stray.yaml: not a regular file');
    expect(run.stderr).toContain('2 files checked');
  });

  it('validate <link to /dev/zero>: refused without reading it', async () => {
    const dir = join(temp(), 'validate-zero');
    mkdirSync(dir);
    const link = join(dir, 'zero.yaml');
    symlinkSync('/dev/zero', link);
    const before = process.memoryUsage().rss;
    const run = await cli.run(['validate', dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('zero.yaml: not a regular file');
    // The old way read 620 MB before refusing; nothing is read now (a wide margin, not a timing).
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('test <fifo.test.yaml>, and a folder holding one: not a regular file, exit 2; zh too', async () => {
    const dir = join(temp(), 'test-suite');
    mkdirSync(dir);
    const path = fifo(join(dir, 'ac.test.yaml'));
    const run = await cli.run(['test', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('ac.test.yaml: not a regular file');
    const folder = await cli.run(['test', dir], ZH);
    expect(folder.code).toBe(2);
    expect(folder.stdout).toContain('ac.test.yaml: 不是普通文件');
  });

  it('grade -r <fifo.yaml> was already refused so, and still is', async () => {
    const dir = join(temp(), 'grade-rules');
    mkdirSync(dir);
    const path = fifo(join(dir, 'rule.yaml'));
    const run = await cli.run(['grade', '-r', path, AC_JSON]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'rule.yaml: not a regular file (a pipe, a device or a socket): save the rule set to a file first and give its path',
    );
    const zh = await cli.run(['grade', '-r', path, AC_JSON], ZH);
    expect(zh.stderr).toContain(
      'rule.yaml: 不是普通文件（而是管道、设备或套接字）：请先把规则集保存为文件，再给出其路径',
    );
  });
});

describe('an input through a pipe is read as a stream, as - is (hostile-38 M1)', () => {
  it('a named pipe fed the 8 example records: graded as the file is, also with --workers 2', async () => {
    const dir = join(temp(), 'input-pipe');
    mkdirSync(dir);
    const file = await cli.run(['grade', '-r', AC, '-f', 'csv', AC_JSON]);
    expect(file.code).toBe(1);
    for (const workers of ['1', '2']) {
      const path = fifo(join(dir, `in-${workers}`));
      feed(path, AC_JSON);
      const run = await cli.run(['grade', '-r', AC, '-f', 'csv', '--workers', workers, path]);
      expect(run.stderr).not.toContain('0 bytes');
      expect(run.code).toBe(file.code);
      expect(run.stdout).toBe(file.stdout);
      expect(run.stdout.trim().split('\n')).toHaveLength(9);
    }
  });

  it('a pipe that brings nothing is still empty: exit 2, zh and en', async () => {
    const dir = join(temp(), 'input-empty');
    mkdirSync(dir);
    for (const [options, text] of [
      [{}, 'is empty (0 bytes): there is no record to grade'],
      [ZH, '是空的（0 字节）：没有可评级的记录'],
    ] as const) {
      const path = fifo(join(dir, `in-${Object.keys(options).length}`));
      feed(path, '/dev/null');
      const run = await cli.run(['grade', '-r', AC, '-i', 'ndjson', path], options);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(text);
    }
  });

  it('an .xlsx through a pipe is read whole, as from stdin', async () => {
    const dir = join(temp(), 'input-xlsx');
    mkdirSync(dir);
    const book = join(ROOT, 'examples/air-conditioners-zh.xlsx');
    const file = await cli.run(['grade', '-r', AC, '-f', 'csv', book]);
    const path = fifo(join(dir, 'in.xlsx'));
    feed(path, book);
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(run.code).toBe(file.code);
    expect(run.stdout).toBe(file.stdout);
    expect(run.stdout.trim().split('\n').length).toBeGreaterThan(1);
  });

  it('a Parquet file through a pipe is refused, saying why, before DuckDB is asked; zh too', async () => {
    const dir = join(temp(), 'input-parquet');
    mkdirSync(dir);
    const path = fifo(join(dir, 'in.parquet'));
    const run = await cli.run(['grade', '-r', AC, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a pipe or a device, not a regular file');
    const zh = await cli.run(['grade', '-r', AC, path], ZH);
    expect(zh.stderr).toContain('是管道或设备，不是普通文件');
  });
});
