import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';

// hostile-17 F22: a CSV row with more or fewer cells than the header is an error row; its sample id cell is
// still readable, and the error row carries it, so the bad row can be found by its id, not only its number.
const CSV = [
  'model,unitType,ratedCoolingCapacity,apf',
  'M1,heat-pump,3500,4.62',
  'M2,heat-pump,3500,4.62,stray',
  'M3,heat-pump',
  ',heat-pump,3500',
  'M5,heat-pump,2600,5.27',
].join('\n');

const results = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);

describe('an error row for a wrong number of cells keeps the id cell it has', () => {
  it.each([[['--keep', 'model']], [[]], [['--keep', 'model', '--workers', '2']]])('%j', async (extra) => {
    const run = await cli.run(
      ['grade', '-r', AC, '-f', 'ndjson', '--no-progress', '--no-summary', ...extra, '-'],
      {
        input: CSV,
      },
    );
    expect(run.code).toBe(1);
    const out = results(run.stdout);
    expect(out.map((r) => [r.row, r.kept?.model, r.grade])).toEqual([
      [1, 'M1', '2'],
      [2, 'M2', null],
      [3, 'M3', null],
      [4, undefined, null],
      [5, 'M5', '1'],
    ]);
    expect(out[1]!.errors?.[0]?.message.en).toBe('line 3 has 5 cells; the header has 4');
    expect(out[2]!.errors?.[0]?.message.zh).toBe('第 4 行有 2 个单元格，表头有 4 个');
  });

  it('-f csv shows the id in its column', async () => {
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', '--keep', 'model', '-'], { input: CSV });
    expect(run.stdout.split('\n').find((l) => l.startsWith('2,'))).toMatch(/^2,M2,,/);
  });

  it('a column named like an inherited property is read as the row’s own cell only', async () => {
    const input = [
      '__proto__,unitType,ratedCoolingCapacity,apf',
      'P1,heat-pump,3500,4.62,x',
      ',heat-pump',
    ].join('\n');
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--keep', '__proto__', '-'], { input });
    const out = results(run.stdout);
    expect(out[0]!.kept).toEqual(JSON.parse('{"__proto__":"P1"}'));
    expect(out[1]!.kept).toBeUndefined();
  });
});

// hostile-18 F15: a JSON record refused for a key given twice keeps its sample id as well.
describe('a JSON record with a key given twice keeps its id', () => {
  const line = (id: string, apf: string) =>
    `{"id":"${id}","unitType":"heat-pump","ratedCoolingCapacity":2600,${apf}}`;

  it.each([
    ['ndjson', (ls: string[]) => ls.join('\n')],
    ['json', (ls: string[]) => `[${ls.join(',')}]`],
  ])('%s', async (format, join) => {
    const input = join([
      line('a', '"apf":5.5,"apf":3.0'),
      line('b', '"apf":5.5'),
      '{"id":"c","id":"d","apf":5.5}',
    ]);
    const run = await cli.run(
      ['grade', '-r', AC, '-i', format, '--keep', 'id', '-f', 'ndjson', '--no-progress', '--no-summary', '-'],
      { input },
    );
    expect(results(run.stdout).map((r) => [r.row, r.kept, r.grade])).toEqual([
      [1, { id: 'a' }, null],
      [2, { id: 'b' }, '1'],
      // The repeated key is the id itself: which one is the question, so none is kept.
      [3, undefined, null],
    ]);
  });
});
