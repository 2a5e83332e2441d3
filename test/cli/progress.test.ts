import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliContext } from '../../src/cli/context';
import { createProgress, inputProgress, renderProgress } from '../../src/cli/progress';

describe('progress', () => {
  it('draws a bar with the share read, the rows and the rate, within the width', () => {
    const line = renderProgress({
      rows: 90_000,
      bytes: 450,
      total: 1000,
      elapsedMs: 3000,
      width: 80,
      lang: 'en',
    });
    expect(line).toMatch(/^█+░+ {2}45% {2}90,000 rows {2}30,000 rows\/s$/);
    expect([...line].length).toBeLessThan(80);
    expect(renderProgress({ rows: 5, bytes: 0, elapsedMs: 1000, width: 80, lang: 'zh' })).toBe(
      '5 条  5 条/秒',
    );
  });

  it('draws nothing when stderr is not a terminal', () => {
    const writes: string[] = [];
    const stream = { isTTY: false, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
    const progress = createProgress({ stream, bytesRead: () => 0, lang: 'en' });
    for (let i = 1; i <= 10_000; i++) progress.update(i);
    progress.done();
    expect(writes).toEqual([]);
  });

  describe('of an input', () => {
    afterEach(() => vi.useRealTimers());

    /** What the bar of an input of `size` bytes (half read) draws on a terminal after 600 ms and 256 rows. */
    const drawn = (size: number | undefined, enabled = true): string => {
      vi.useFakeTimers({ now: 0 });
      const writes: string[] = [];
      const stderr = { isTTY: true, columns: 80, write: (s: string) => writes.push(s) };
      const ctx = { io: { stderr }, lang: 'zh' } as unknown as CliContext;
      const source = size === undefined ? { bytesRead: () => 500 } : { size, bytesRead: () => 500 };
      const progress = inputProgress(ctx, source, enabled);
      vi.setSystemTime(600);
      progress.update(256);
      return writes.join('');
    };

    it('shows the share of a file read, in the language of the run', () => {
      expect(drawn(1000)).toMatch(/█+░+ {2}50% {2}256 条/);
    });

    it('shows only the rows of an input of unknown size (stdin)', () => {
      const line = drawn(undefined);
      expect(line).toContain('256 条');
      expect(line).not.toContain('%');
    });

    it('draws nothing when turned off', () => {
      expect(drawn(1000, false)).toBe('');
    });
  });
});
