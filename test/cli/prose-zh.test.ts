/**
 * Chinese prose of `grade` and `explain` across formats: what the next grade
 * needs is worded once, booleans read 是/否, a grade is named by its label,
 * and the HTML says a not-graded reason once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const ACS = 'examples/room-air-conditioners.json';
const RB = 'steel/hot-rolled-ribbed-bar';
const BARS = 'examples/steel-rebar.json';
const zh = (...args: string[]) => cli.run(['--lang', 'zh', ...args]);

describe.concurrent('Chinese prose of grade and explain', () => {
  it('words what the next grade needs the same in table, HTML, XLSX and explain', async () => {
    const table = await zh('grade', '-r', AC, '--no-summary', ACS);
    expect(table.stdout).toContain('距 1级：全年能源消耗效率 APF 4.62（≥ 5.00）');
    const html = join(temp(), 'r.html');
    await zh('grade', '-r', AC, '-f', 'html', '-o', html, ACS);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<span class="hold">距 1级：全年能源消耗效率 APF 4.62（≥ 5.00）</span>');
    const xlsx = join(temp(), 'r.xlsx');
    await zh('grade', '-r', AC, '-f', 'xlsx', '-o', xlsx, ACS);
    const [results] = await readBack(new Uint8Array(readFileSync(xlsx)));
    expect(results!.rows.flat()).toContain('距 1级：全年能源消耗效率 APF：4.62，不满足 ≥ 5.00（1级）');
    const explain = await zh('explain', '-r', AC, '--row', '2', ACS);
    expect(explain.stdout).toContain('\n等级：2级\n');
    expect(explain.stdout).toContain('\n距 1级：\n  → 全年能源消耗效率 APF：4.62，不满足 ≥ 5.00（1级）');
    for (const text of [table.stdout, page, explain.stdout]) expect(text).not.toContain('升至');
  });

  it('shows booleans as 是/否 in Chinese sentences; JSON keeps true/false', async () => {
    const explain = await zh('explain', '-r', RB, '--row', '10', BARS);
    expect(explain.stdout).toContain('✗ 弯曲试验：否，不满足要求（要求为“是”）（合格要求）');
    expect(explain.stdout).not.toMatch(/\b(true|false)\b/);
    const md = await zh('grade', '-r', RB, '-f', 'markdown', '--no-summary', BARS);
    expect(md.stdout).toContain('、弯曲试验 否（要求为“是”） |');
    const en = await cli.run(['explain', '-r', RB, '--row', '10', BARS]);
    expect(en.stdout).toContain('Bend test: false does not meet the requirement (required: true)');
    const json = await zh('explain', '-r', RB, '--row', '10', '-f', 'json', BARS);
    const bend = (JSON.parse(json.stdout) as GradeResult).criteria.find((c) => c.indicator === 'bendTest');
    expect(bend).toMatchObject({ value: false, limit: { value: true, text: '= true' } });
  });

  it('HTML: a not-graded reason shown in the summary line is not repeated under it', async () => {
    const html = join(temp(), 'bars.html');
    await zh('grade', '-r', RB, '-f', 'html', '-o', html, BARS);
    const page = readFileSync(html, 'utf8');
    const reason = '未达到合格：重量负偏差：-6.8 %，不满足 ≥ -6.0 %（合格要求）';
    expect(page.split(reason).length - 1).toBe(1);
  });

  it('full-width punctuation: explain header, coverage lines, lists of invalid rows', async () => {
    const explain = await zh('explain', '-r', AC, '--row', '2', ACS);
    // Full-width brackets around the id and whatever version the bundled rule set is at.
    expect(explain.stdout.split('\n')[0]).toMatch(
      /^房间空气调节器能效等级 — GB 21455-2019（home-appliances\/room-air-conditioner-energy \d+\.\d+\.\d+）$/,
    );
    const coverage = await zh('test', '--coverage', 'test/cli/fixtures/coverage.test.yaml');
    expect(coverage.stdout).toMatch(/第 \d+ 行）：缺少/);
    const html = join(temp(), 'invalid.html');
    const input = 'unitType,ratedCoolingCapacity,apf\nheat-pump,abc,4\nheat-pump,-1,4\n';
    await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'html', '-o', html, '-'], { input });
    expect(readFileSync(html, 'utf8')).toContain('无效记录的序号：1、2');
  });
});
