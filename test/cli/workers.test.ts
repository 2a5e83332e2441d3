import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { FOUR_CORES, sameOnTwoWorkers } from './same-on-workers';

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
      const two = await cli.run([...args, '--workers', '2'], FOUR_CORES);
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
    const two = await cli.run([...args, '--workers', '2'], { ...FOUR_CORES, releasesBytes: true });
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
    const two = await cli.run([...args, '--workers', '2'], FOUR_CORES);
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
      expect((await cli.run([...args, '--workers', '2'], FOUR_CORES)).stdout).toBe(
        (await cli.run(args)).stdout,
      );
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

/**
 * Rows whose reading crosses rows or chunks — a quoted field spanning lines, notes and summary rows met in
 * the middle, a bad row, a column empty in every record — must come out of `--workers 2` byte for byte as
 * out of one thread: output, stderr (its notices in their order) and exit code. The file is read in
 * 16 KiB chunks and sent to the workers in batches of 500 rows; each case puts its row past both edges.
 */
describe('qgrade grade --workers: rows whose reading depends on other rows', () => {
  const header = 'sku,unitType,ratedCoolingCapacity,apf,seer,climateType';
  const record = (i: number) =>
    `S${i},heat-pump,${2000 + ((i * 631) % 12000)},${(3 + (i % 30) / 10).toFixed(2)},,`;
  /** 1,300 records, with `special` lines put in place of some (by record number). */
  function table(special: Record<number, string>): string {
    const lines = [header];
    for (let i = 1; i <= 1300; i++) lines.push(special[i] ?? record(i));
    return `${lines.join('\n')}\n`;
  }
  function same(name: string, text: string): Promise<{ stdout: string; stderr: string }> {
    const file = join(tmp(), name);
    writeFileSync(file, text);
    return sameOnTwoWorkers(cli, file);
  }

  it('a quoted field spanning lines, its line break at, before and after a 16 KiB chunk edge, and at a batch edge', async () => {
    // A sample id written over two lines, as a spreadsheet writes a cell with a line break in it.
    const quoted = (i: number) => `"S${i}\n(复测)",heat-pump,3500,4.50,,`;
    // The record whose line holds byte 16,384: its quoted id is padded so its line break falls on the edge.
    const edges = { 500: quoted(500), 501: quoted(501) };
    const lines = table(edges).split('\n');
    let at = 0;
    let n = 0;
    // The line that starts at least 20 characters before the edge and runs up to it or past it.
    while (at + lines[n]!.length + 1 <= (1 << 14) - 20) at += lines[n++]!.length + 1;
    // Line n is record n - 2: the header is line 0, and the two records at the batch edge take two lines each.
    const r = n - 2;
    expect(r).toBeGreaterThan(501);
    for (const shift of [-1, 0, 1]) {
      // Record r's line starts at `at`; "\"S<r>" then padding puts its line break at 16,384 + shift.
      const id = `S${r}`;
      const pad = 'x'.repeat((1 << 14) + shift - at - id.length - 1);
      const special = { ...edges, [r]: `"${id}${pad}\n(复测)",heat-pump,3500,4.50,,` };
      const text = table(special);
      expect(text.charAt((1 << 14) + shift)).toBe('\n');
      const one = await same(`quoted-${shift}.csv`, text);
      expect(one.stdout).toContain('(复测)');
      expect(one.stderr).toContain('1,300 records');
    }
  });

  it('a note row and summary rows in the second chunk and batch are skipped and told as on one thread', async () => {
    // `Mean` is a summary row only where its values are the means of the records above it.
    let capacity = 0;
    let apf = 0;
    for (let i = 1; i < 900; i++) {
      if (i === 700 || i === 800) continue;
      capacity += 2000 + ((i * 631) % 12000);
      apf += Number((3 + (i % 30) / 10).toFixed(2));
    }
    const mean = `Mean,heat-pump,${(capacity / 897).toFixed(0)},${(apf / 897).toFixed(2)},,`;
    const one = await same(
      'notes.csv',
      table({ 700: '审核：张三,,,,,', 800: '合计,,3500000,,,', 900: mean }),
    );
    expect(one.stderr).toContain('skipped 3 rows of notes or closing lines');
    expect(one.stderr).toContain('line 701');
  });

  it('a bad row in the second batch is the same error row, and the same exit code', async () => {
    const one = await same(
      'bad.csv',
      table({ 1000: 'S1000,heat-pump,abc,4.5,,', 1200: 'S1200,"heat-pump,3500' }),
    );
    expect(one.stderr).toContain('invalid');
  });

  it('a byte-order mark, CRLF line ends, and a quoted field whose CRLF line break falls on a 16 KiB read edge', async () => {
    const crlf = (special: Record<number, string>) => `\ufeff${table(special).split('\n').join('\r\n')}`;
    // Record 400's id is padded until the "\n" of its CRLF (inside the quotes) is byte 16,384 + shift of the file.
    const quoted = (pad: number) => `"S400${'x'.repeat(pad)}\r\n(复测)",heat-pump,3500,4.50,,`;
    const edge = (text: string) => Buffer.byteLength(text.slice(0, text.indexOf('(复测)') - 1));
    for (const shift of [-1, 0, 1]) {
      let pad = 0;
      pad += (1 << 14) + shift - edge(crlf({ 400: quoted(pad) }));
      const text = crlf({ 400: quoted(pad) });
      expect(edge(text)).toBe((1 << 14) + shift);
      expect(text.charAt(text.indexOf('(复测)') - 1)).toBe('\n');
      const one = await same(`crlf-${shift}.csv`, text);
      expect(one.stderr).toContain('1,300 records');
      expect(one.stdout).toContain('(复测)');
    }
  });

  it('a title line above the header, a units row under it, and the header repeated with its title and units in the second chunk and batch', async () => {
    const title = '2025年房间空调器能效抽检结果';
    const units = ',,W,W/W,W/W,';
    const text = `${title}\n${header}\n${units}\n${table({
      700: `${title}（续）\n${header}\n${units}\n${record(700)}`,
    })
      .split('\n')
      .slice(1)
      .join('\n')}`;
    const one = await same('title-units-repeat.csv', text);
    expect(one.stderr).toContain('line 3 is a row of units under the header');
    expect(one.stderr).toContain(
      'skipped 3 rows, not counted as records: lines 703, 704, 705 repeat the header',
    );
    expect(one.stderr).toContain('1,300 records');
  });

  it('a defaulted indicator’s column empty in every record is told at the end, as on one thread', async () => {
    const one = await same('empty-column.csv', table({}));
    expect(one.stderr).toMatch(/climateType/);
  });
});
