import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptValue, setKeptValue } from '../../src/model/kept-values';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

// Column names that are also names of every object's inherited properties; toString is empty in row 2.
const CSV = [
  '__proto__,constructor,toString,unitType,ratedCoolingCapacity,apf',
  'P1,C1,T1,heat-pump,2600,5.27',
  'P2,C2,,heat-pump,3500,4.62',
].join('\n');
const KEEP = ['--keep', '__proto__', '--keep', 'constructor', '--keep', 'toString'];

describe('kept columns named like object properties', () => {
  it.each([
    ['csv', []],
    ['csv', ['--workers', '2']],
    ['markdown', []],
    ['table', []],
  ])('-f %s %j: each value in its column, nothing for the empty one', async (format, extra) => {
    const run = await cli.run(['grade', '-r', AC, '-f', format, ...KEEP, ...extra, '-'], { input: CSV });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const cells = (line: string) =>
      line.split(format === 'csv' ? ',' : format === 'markdown' ? /\s*\|\s*/ : /\s{2,}/);
    const row1 = lines.find((l) => l.includes('P1'))!;
    const row2 = lines.find((l) => l.includes('P2'))!;
    expect(cells(row1)).toEqual(expect.arrayContaining(['P1', 'C1', 'T1']));
    expect(cells(row2)).toEqual(expect.arrayContaining(['P2', 'C2']));
    expect(row2).not.toMatch(/function|native code|\[object/);
  });

  it('-f ndjson: kept holds the values as its own entries', async () => {
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--detail', 'grade', ...KEEP, '-'], {
      input: CSV,
    });
    const kept = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).kept);
    expect(kept.map((k) => Object.entries(k))).toEqual([
      [
        ['__proto__', 'P1'],
        ['constructor', 'C1'],
        ['toString', 'T1'],
      ],
      [
        ['__proto__', 'P2'],
        ['constructor', 'C2'],
      ],
    ]);
  });

  it('-f html: the values in the page', async () => {
    const out = join(temp(), 'r.html');
    expect(
      (await cli.run(['grade', '-r', AC, '-f', 'html', '-o', out, ...KEEP, '-'], { input: CSV })).code,
    ).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const v of ['P1', 'C1', 'T1', 'P2', 'C2']) expect(html).toContain(`<td>${v}</td>`);
    expect(html).not.toMatch(/native code/);
  });

  it('keptValue reads own entries only; setKeptValue sets __proto__ as a value', () => {
    const kept: Record<string, string> = {};
    setKeptValue(kept, '__proto__', 'P1');
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(keptValue(kept, '__proto__')).toBe('P1');
    expect(keptValue(kept, 'constructor')).toBeUndefined();
    expect(keptValue(undefined, 'x')).toBeUndefined();
    expect(JSON.stringify(kept)).toBe('{"__proto__":"P1"}');
  });
});
