import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/studio/one-at-a-time';

describe('oneAtATime', () => {
  it('runs tasks of one key in turn, tasks of other keys alongside, and goes on after a failure', async () => {
    const run = oneAtATime();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const first = run('a', async () => {
      log.push('a1 start');
      await gate;
      log.push('a1 end');
      throw new Error('a1 failed');
    });
    const second = run('a', async () => {
      log.push('a2');
      return 2;
    });
    const other = run('b', async () => {
      log.push('b');
      return 'b';
    });
    expect(await other).toBe('b');
    // b ran while a1 waited; a2 has not started.
    expect(log).toEqual(['a1 start', 'b']);
    release();
    await expect(first).rejects.toThrow('a1 failed');
    expect(await second).toBe(2);
    expect(log).toEqual(['a1 start', 'b', 'a1 end', 'a2']);
    expect(await run('a', async () => 3)).toBe(3);
  });
});
