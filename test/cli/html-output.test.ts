import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

describe('-f html -o <file>', () => {
  it('grade writes one page with the counts the summary prints', async () => {
    const out = join(temp(), 'report.html');
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'html',
      '-o',
      out,
      'examples/room-air-conditioners.json',
    ]);
    // The example holds an invalid record: exit 1, as for every format.
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('8 records: 5 graded, 2 not graded, 1 invalid');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(
      /<tr data-grade="2"><td>Grade 2<\/td><td><code>2<\/code><\/td><td class="n">2<\/td>/,
    );
    expect(html).toContain('<th class="n" data-total>8</th>');
    expect(html).toContain('Input: examples/room-air-conditioners.json');
  });

  it('grade --lang zh writes a Chinese page, and grades in-process even with --workers', async () => {
    const out = join(temp(), '报告.html');
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      AC,
      '-f',
      'html',
      '-o',
      out,
      '--workers',
      '2',
      '--map',
      '额定制冷量=ratedCoolingCapacity',
      'examples/air-conditioners-zh.csv',
    ]);
    expect(run.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>分级报告</h1>');
    expect(html).toContain('<th class="n" data-total>9</th>');
  });

  it('compare writes the comparison page', async () => {
    const out = join(temp(), 'compare.html');
    const run = await cli.run([
      'compare',
      '-f',
      'html',
      '-o',
      out,
      AC,
      'examples/room-air-conditioner-energy-draft.yaml',
      'examples/room-air-conditioners.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Rule-set comparison report</h1>');
    expect(html).toContain('<td class="n" data-from="2" data-to="3">1</td>');
  });

  it('is a usage error without -o, and -o is a usage error with another format', async () => {
    const noFile = await cli.run(['grade', '-r', AC, '-f', 'html', 'examples/room-air-conditioners.json']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('-f html writes a file: give one with -o');
    const zh = await cli.run([
      '--lang',
      'zh',
      'compare',
      '-f',
      'html',
      AC,
      AC,
      'examples/room-air-conditioners.json',
    ]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('请用 -o 指定文件名');
    const csv = join(temp(), 'x.csv');
    const wrong = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'csv',
      '-o',
      csv,
      'examples/room-air-conditioners.json',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('-o is for -f xlsx or html');
    expect(existsSync(csv)).toBe(false);
    const badDir = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'html',
      '-o',
      join(temp(), 'no-such-folder', 'r.html'),
      'examples/room-air-conditioners.json',
    ]);
    expect(badDir.code).toBe(2);
    expect(badDir.stderr).toMatch(/cannot write .*r\.html/);
    expect(badDir.stderr).not.toMatch(/\n\s+at /);
  });
});
