// 200,000 rows through one thread and through two workers: ~60 s on a loaded machine, so in `npm run test:slow`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
// Told of 4 cores, `--workers 2` starts two workers beside the reading thread on any machine (on 2 cores it starts one).
const FOUR_CORES = { cores: 4 };
const tmp = useTempDir();

describe('qgrade grade --workers: a large input with bad rows scattered through it', () => {
  it('200,000 rows: the same bytes, summary and exit code as on one thread, and every row counted once', async () => {
    const lines = ['sku,unitType,ratedCoolingCapacity,apf,seer'];
    let bad = 0;
    for (let i = 1; i <= 200_000; i++) {
      if (i % 997 === 5) {
        // Text after a closing quote: a line that cannot be read.
        lines.push(`S${i},"heat-pump"x,3500,4.50,`);
        bad++;
      } else if (i % 1009 === 7) {
        lines.push(`S${i},heat-pump,abc,4.50,`);
        bad++;
      } else lines.push(`S${i},heat-pump,${2000 + ((i * 631) % 12000)},${(3 + (i % 30) / 10).toFixed(2)},`);
    }
    const file = join(tmp(), 'records-200k.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const args = ['grade', '-r', 'home-appliances/room-air-conditioner-energy', '-f', 'csv', file];
    const one = await cli.run(args);
    const two = await cli.run([...args, '--workers', '2'], FOUR_CORES);
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    const counts = /200,000 records: ([\d,]+) graded, ([\d,]+) not graded, ([\d,]+) invalid/.exec(one.stderr);
    expect(counts).not.toBeNull();
    const [graded, notGraded, invalid] = counts!.slice(1).map((n) => Number(n.replaceAll(',', '')));
    expect(invalid).toBe(bad);
    expect(graded! + notGraded! + invalid!).toBe(200_000);
    // One output row per input row, numbered in order.
    const rows = one.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(200_000);
    expect(rows[199_999]!.startsWith('200000,S200000,')).toBe(true);
  }, 300_000);
});
