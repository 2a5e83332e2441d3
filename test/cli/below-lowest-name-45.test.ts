/**
 * A record below the lowest grade is named by one name in every zh output: 未达最低等级, as grade's summary, its
 * --tally-by columns, compare and the studio's distribution say. The HTML report said 未达到最低等级 (studio-45's left
 * item). GB 21455-2019, a heat pump of 3000 W: grade 5 needs APF ≥ 3.30; 3.00 reaches none, 4.00 reaches grade 3.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

function file(): string {
  const path = join(temp(), 'ac.csv');
  writeFileSync(path, 'unitType,ratedCoolingCapacity,apf\nheat-pump,3000,3.00\nheat-pump,3000,4.00\n');
  return path;
}

describe('below the lowest grade: one name in zh', () => {
  it('the HTML report names it as the summary on stderr does', async () => {
    const html = join(temp(), 'r.html');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'html', '-o', html, file()]);
    expect(run.stderr).toMatch(/\n {2}不分级 +1 +（未达最低等级 1 条）\n/);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('不分级：未达最低等级');
    expect(page).not.toContain('未达到最低等级<');
    expect(page).not.toContain('不分级：未达到最低等级');
  });
});
