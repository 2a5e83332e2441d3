import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();

/**
 * markdown-it, a CommonMark parser, installed with typedoc (a dev dependency); it ships no types, so the
 * specifier is a plain string and the part used is typed here.
 */
async function commonMark(): Promise<{ render(text: string): string }> {
  const name: string = 'markdown-it';
  const { default: MarkdownIt } = (await import(name)) as {
    default: new () => { render(text: string): string };
  };
  return new MarkdownIt();
}
const AC = 'home-appliances/room-air-conditioner-energy';
const record = (id: string, apf: string) =>
  `{"model":"${id}","unitType":"heat-pump","ratedCoolingCapacity":2600,"apf":${apf}}`;

describe('output text (hostile-40)', () => {
  it('the summary names invalid records by ids cut as the table cuts them, in grade and compare (M3)', async () => {
    const long = (c: string) => c.repeat(100_000);
    // apf "x" is no number: each record is invalid.
    const input = `${[record(long('a'), '"x"'), record(long('b'), '"x"'), record('KFR-35GW/B3', '"x"')].join('\n')}\n`;
    const run = await cli.run(['grade', '-r', AC, '-i', 'ndjson', '--keep', 'model', '-f', 'ndjson', '-'], {
      input,
    });
    expect(run.code).toBe(1);
    const line = run.stderr.split('\n').find((l) => l.trim().startsWith('invalid'))!;
    expect(line).toContain(`rows 1 ${'a'.repeat(19)}…, 2 ${'b'.repeat(19)}…, 3 KFR-35GW/B3`);
    expect(run.stderr.length).toBeLessThan(2000);
    const compared = await cli.run(['compare', '-i', 'ndjson', '--keep', 'model', AC, AC, '-'], { input });
    expect(compared.code).toBe(1);
    expect(compared.stderr).toContain(`rows 1 ${'a'.repeat(19)}…, 2 ${'b'.repeat(19)}…, 3 KFR-35GW/B3`);
    expect(compared.stderr.length).toBeLessThan(2000);
  });
});

describe('Markdown output shows kept values as text (hostile-40 M4)', () => {
  it('a kept id written as an image or a link renders as that text, not as an image or a link', async () => {
    const id = '![t](http://evil.example/p.png) [click](http://evil.example/x) [ref][1]';
    const input = `${record(id, '5.3')}\n`;
    const run = await cli.run(['grade', '-r', AC, '-i', 'ndjson', '--keep', 'model', '-f', 'markdown', '-'], {
      input,
    });
    expect(run.code).toBe(0);
    // CommonMark, as markdown-it renders it (tables on, as GitHub's): the cell's text is the id, with nothing live.
    const html = (await commonMark()).render(`${run.stdout}\n[1]: http://evil.example/r\n`);
    expect(html).not.toMatch(/<img|<a /);
    expect(html).toContain(
      '<td>![t](http://evil.example/p.png) [click](http://evil.example/x) [ref][1]</td>',
    );
  });
});
