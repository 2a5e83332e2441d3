/**
 * hostile-40 S1 and M6. `--workers 64` on 2 cores started 64 threads for 8 records (5.3 s of CPU, 813 MB): no more
 * workers than cores start now, with a notice once on stderr. `--workers` took `0x40`, `1e1` and ` 2` although its
 * message asks for a whole number; `-r ''` and `grade ''` said ": cannot be read" with an empty name.
 */
import { describe, expect, it, vi } from 'vitest';
import { workersToStart } from '../../src/cli/workers-to-start';
import { useCli } from './cli-harness';

// Two cores, whatever the machine running the test has; and the threads each worker stage was asked for.
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  availableParallelism: () => 2,
}));
const started: number[] = [];
vi.mock('../../src/batch/worker-stage', async (original) => {
  const real = await original<typeof import('../../src/batch/worker-stage')>();
  return {
    ...real,
    createWorkerStage: ((options, ...rest) => {
      started.push(options.workers);
      return real.createWorkerStage(options, ...rest);
    }) as typeof real.createWorkerStage,
  };
});

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const RECORD = '{"model":"A","unitType":"heat-pump","ratedCoolingCapacity":2600,"apf":5.3}\n';
const GRADE = ['grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '--no-progress', '--no-summary'];

describe('--workers starts no more threads than there are cores', () => {
  it('--workers 64 on 2 cores starts 2, and says so once', async () => {
    started.length = 0;
    const run = await cli.run([...GRADE, '--workers', '64', '-'], { input: RECORD.repeat(8) });
    expect(run.code).toBe(0);
    expect(started).toEqual([2]);
    expect(run.stdout.trim().split('\n')).toHaveLength(8);
    const note = 'Note: 2 CPU cores are available to this process, so --workers 64 starts 2 worker threads';
    expect(run.stderr.split(note)).toHaveLength(2);
    const zh = await cli.run([...GRADE, '--lang', 'zh', '--workers', '64', '-'], { input: RECORD });
    expect(zh.stderr).toContain('注意：本进程可用的处理器核心为 2 个，--workers 64 只启动 2 个工作线程');
  });

  it('--workers 2 on 2 cores starts 2, with no notice', async () => {
    started.length = 0;
    const run = await cli.run([...GRADE, '--workers', '2', '-'], { input: RECORD.repeat(3) });
    expect(started).toEqual([2]);
    expect(run.stderr).not.toContain('CPU cores');
  });

  it('workersToStart: the boundary is the number of cores', () => {
    expect(workersToStart(3, 3)).toEqual({ workers: 3 });
    expect(workersToStart(4, 3).workers).toBe(3);
    expect(workersToStart(4, 3).notice?.en).toContain('--workers 4 starts 3 worker threads');
    expect(workersToStart(1, 1)).toEqual({ workers: 1 });
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
