import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const tmp = useTempDir();

// A CSV with every kind of row: graded at each grade, not graded, out of scope, unconvertible and unreadable.
function csv(rows: number): string {
  const lines = ['unitType,ratedCoolingCapacity,apf,seer'];
  for (let i = 0; i < rows; i++) {
    if (i % 97 === 13) lines.push('heat-pump,"3500,4.5');
    else if (i % 89 === 7) lines.push('heat-pump,3 500,abc,');
    else if (i % 2) lines.push(`heat-pump,${1000 + ((i * 631) % 14500)},${(3 + (i % 30) / 10).toFixed(2)},`);
    else lines.push(`cooling-only,${1000 + ((i * 397) % 14500)},,${(3.4 + (i % 27) / 10).toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('qgrade grade --workers', () => {
  it.each(['ndjson', 'json', 'csv', 'markdown', 'table'])(
    '--format %s: the same bytes, summary and exit code on 2 workers as on one thread',
    async (format) => {
      const file = join(tmp(), `records-${format}.csv`);
      writeFileSync(file, csv(1800));
      const args = ['grade', '-r', 'home-appliances/room-air-conditioner-energy', '-f', format, file];
      const one = await cli.run(args);
      const two = await cli.run([...args, '--workers', '2']);
      expect(one.code).toBe(1);
      expect(two.code).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
    },
  );

  it('to a stdout that releases what it has written (a file, a pipe), worker output memory is written over again and the bytes stay the same', async () => {
    // Enough batches that output memory comes back to the workers many times.
    const file = join(tmp(), 'records-many.csv');
    writeFileSync(file, csv(30000));
    const args = ['grade', '-r', 'home-appliances/room-air-conditioner-energy', '-f', 'csv', file];
    const one = await cli.run(args);
    const two = await cli.run([...args, '--workers', '2'], { releasesBytes: true });
    expect(two.code).toBe(one.code);
    expect(two.stdout.split('\n').length).toBe(30002);
    expect(two.stdout).toBe(one.stdout);
  });

  it('counts the same summary when the first ten invalid rows, with their sample ids, come from several batches', async () => {
    // An invalid row every 150 rows: the first ten run to row 1,500, over three or more batches of 500 rows.
    const lines = ['sku,unitType,ratedCoolingCapacity,apf,seer'];
    for (let i = 1; i <= 3000; i++) {
      const capacity = i % 150 === 0 ? '-1' : String(2000 + ((i * 631) % 12000));
      lines.push(`S${i},heat-pump,${capacity},${(3 + (i % 30) / 10).toFixed(2)},`);
    }
    const file = join(tmp(), 'records-ids.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const args = ['grade', '-r', 'home-appliances/room-air-conditioner-energy', '-f', 'csv', file];
    const one = await cli.run(args);
    const two = await cli.run([...args, '--workers', '2']);
    expect(one.stderr).toContain('3,000 records: 2,836 graded, 144 not graded, 20 invalid');
    expect(one.stderr).toContain('(rows 150 S150, 300 S300, 450 S450,');
    expect(one.stderr).toContain(', 1500 S1500 …)');
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(1);
  });

  it('an empty input gives the same (empty) output', async () => {
    const file = join(tmp(), 'empty.csv');
    writeFileSync(file, 'unitType,ratedCoolingCapacity,apf,seer\n');
    for (const format of ['json', 'ndjson']) {
      const args = ['grade', '-r', 'home-appliances/room-air-conditioner-energy', '-f', format, file];
      expect((await cli.run([...args, '--workers', '2'])).stdout).toBe((await cli.run(args)).stdout);
    }
  });

  it('refuses a worker count that is not a whole number from 1 to 64', async () => {
    for (const n of ['0', '-1', '1.5', 'two', '65']) {
      const r = await cli.run([
        'grade',
        '-r',
        'home-appliances/room-air-conditioner-energy',
        '--workers',
        n,
        'examples/room-air-conditioners.json',
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--workers');
    }
  });
});
