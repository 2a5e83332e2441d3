import { describe, expect, it } from 'vitest';
import { createProgress, renderProgress } from '../../src/cli/progress';

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
});
