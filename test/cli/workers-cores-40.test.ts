/**
 * hostile-40 S1 and M6. `--workers 64` on 2 cores started 64 threads for 8 records (5.3 s of CPU, 813 MB): no more
 * workers start than the cores beside the thread that reads and writes, with a notice once on stderr. `--workers`
 * took `0x40`, `1e1` and ` 2` although its message asks for a whole number; `-r ''` and `grade ''` said ": cannot be
 * read" with an empty name.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workersToStart } from '../../src/cli/workers-to-start';
import { useCli, useTempDir } from './cli-harness';

// The threads each worker stage was asked for, and the rows of each batch sent to them.
const started: number[] = [];
const batches: number[] = [];
vi.mock('../../src/batch/worker-stage', async (original) => {
  const real = await original<typeof import('../../src/batch/worker-stage')>();
  return {
    ...real,
    createWorkerStage: ((options, ...rest) => {
      started.push(options.workers);
      const stage = real.createWorkerStage(options, ...rest);
      return {
        ...stage,
        workers: stage.workers,
        run: (items, context) => {
          batches.push(items.length);
          return stage.run(items, context);
        },
      };
    }) as typeof real.createWorkerStage,
  };
});

const cli = useCli();
const tmp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const RECORD = '{"model":"A","unitType":"heat-pump","ratedCoolingCapacity":2600,"apf":5.3}\n';
const GRADE = ['grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '--no-progress', '--no-summary'];

describe('--workers starts no more threads than the cores beside the reading thread', () => {
  let cores = 2;
  beforeEach(() => {
    cores = 2;
    started.length = 0;
  });

  it('--workers 64 on 2 cores starts 1, says so once, and writes what one thread writes', async () => {
    const run = await cli.run([...GRADE, '--workers', '64', '-'], { input: RECORD.repeat(8), cores });
    expect(run.code).toBe(0);
    expect(started).toEqual([1]);
    expect(run.stdout.trim().split('\n')).toHaveLength(8);
    const alone = await cli.run([...GRADE, '-'], { input: RECORD.repeat(8), cores });
    expect(run.stdout).toBe(alone.stdout);
    const note =
      'Note: 2 CPU cores are available to this process and the thread that reads the input and writes the output takes one, so --workers 64 starts 1 worker thread (';
    expect(run.stderr.split(note)).toHaveLength(2);
    const zh = await cli.run([...GRADE, '--lang', 'zh', '--workers', '64', '-'], { input: RECORD, cores });
    expect(zh.stderr).toContain(
      '注意：本进程可用的处理器核心为 2 个，其中一个用于读取输入、写出结果，--workers 64 只启动 1 个工作线程',
    );
  });

  it('--workers 2 on 3 cores starts 2 and on 2 cores 1 (this thread uses the other), with no notice', async () => {
    cores = 3;
    const three = await cli.run([...GRADE, '--workers', '2', '-'], { input: RECORD.repeat(3), cores });
    expect(started).toEqual([2]);
    expect(three.stderr).not.toContain('CPU cores');
    cores = 2;
    const two = await cli.run([...GRADE, '--workers', '2', '-'], { input: RECORD.repeat(3), cores });
    expect(started).toEqual([2, 1]);
    expect(two.stderr).toBe(three.stderr);
    expect(two.stdout).toBe(three.stdout);
    const over = await cli.run([...GRADE, '--workers', '3', '-'], { input: RECORD, cores });
    expect(started).toEqual([2, 1, 1]);
    expect(over.stderr).toContain('so --workers 3 starts 1 worker thread (');
  });

  it('--workers 3 on 1 core grades on the reading thread, and says so', async () => {
    cores = 1;
    const run = await cli.run([...GRADE, '--workers', '3', '-'], { input: RECORD.repeat(2), cores });
    expect(run.code).toBe(0);
    expect(started).toEqual([]);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stderr).toContain(
      'Note: 1 CPU core is available to this process, so --workers 3 starts no worker thread and grades on the thread that reads the input',
    );
    const zh = await cli.run([...GRADE, '--lang', 'zh', '--workers', '3', '-'], { input: RECORD, cores });
    expect(zh.stderr).toContain('注意：本进程只有 1 个可用的处理器核心，--workers 3 不启动工作线程');
  });

  it('the rows of a file read 16 KiB at a time go to the workers in full batches of 500', async () => {
    // 2,100 rows of ~40 bytes: ~400 a chunk. Cut as each chunk came, a worker got 400-row batches and a chunk's
    // short remainder, and waited on the reading thread between them. A file's rows wait for a full batch however
    // slow a read is (on a loaded machine a 2 ms wait for the next chunk cut them: 500, 500, 500, 84, 500, 16).
    const lines = ['sku,unitType,ratedCoolingCapacity,apf'];
    for (let i = 1; i <= 2100; i++)
      lines.push(`SKU-${String(i).padStart(6, '0')},heat-pump,${2000 + i},4.50`);
    const file = join(tmp(), 'rows.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    batches.length = 0;
    const args = ['grade', '-r', AC, '-f', 'csv', '--no-progress', file];
    const run = await cli.run([...args, '--workers', '2'], { cores: 3 });
    expect(batches).toEqual([500, 500, 500, 500, 100]);
    expect(run.stdout).toBe((await cli.run(args)).stdout);
  });

  it('workersToStart: the cores less one, or all of them when asked for all', () => {
    expect(workersToStart(3, 4)).toEqual({ workers: 3 });
    expect(workersToStart(4, 4)).toEqual({ workers: 3 });
    expect(workersToStart(5, 4).workers).toBe(3);
    expect(workersToStart(5, 4).notice?.en).toContain('--workers 5 starts 3 worker threads (');
    expect(workersToStart(2, 2)).toEqual({ workers: 1 });
    expect(workersToStart(2, 1).workers).toBe(0);
    expect(workersToStart(2, 1).notice?.en).toContain('starts no worker thread');
    expect(workersToStart(1, 1)).toEqual({ workers: 0 });
    expect(workersToStart(1, 8)).toEqual({ workers: 0 });
  });
});

describe('option values', () => {
  it.each(['0x40', '1e1', ' 2', '2 ', '+2', '0', '65', '2.0'])('--workers %j is refused', async (value) => {
    const run = await cli.run([...GRADE, '--workers', value, '-'], { input: RECORD });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--workers must be a whole number from 1 to 64, got "${value}"`);
  });

  it('--workers 64 and 1 are accepted', async () => {
    for (const value of ['64', '1']) {
      const run = await cli.run([...GRADE, '--workers', value, '-'], { input: RECORD });
      expect(run.code).toBe(0);
    }
  });

  it("-r '' and an empty input name say they need a value, in en and zh", async () => {
    const rules = await cli.run(['grade', '-r', '', 'x.json']);
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain('-r/--rules needs a value: the file name given is empty');
    const zh = await cli.run(['grade', '--lang', 'zh', '-r', '', 'x.json']);
    expect(zh.stderr).toContain('--rules 需要一个值：给出的文件名为空');
    const input = await cli.run(['grade', '-r', AC, '']);
    expect(input.code).toBe(2);
    expect(input.stderr).toContain('<input> needs a value: the file name given is empty');
    const validate = await cli.run(['validate', '']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('needs a value');
    const output = await cli.run(['grade', '-r', AC, '-f', 'html', '-o', '', 'x.json']);
    expect(output.stderr).toContain('-o/--output needs a value');
  });
});
