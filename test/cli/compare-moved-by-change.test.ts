/**
 * compare counts the records moved per rule-set change (committee-24 F4): the
 * rule set's `comparison: full → rounded` is one change, counted once per
 * record, not spread over the requirements it changes; a requirement whose
 * limit and method both changed credits the method only where rounding
 * turned the outcome (46.5 fails ≥ 47.0 rounded or not: the limit moved it).
 * Text (zh, en), JSON `diff`, HTML and xlsx. A value written with a GB/T 8170
 * rounding mark (`0.06(+)`, `42.5(−)`) that the switch moved is credited to it
 * too (hostile-34 M4: its result's value under B is the numeral, which meets
 * the limit by full value as well, and the move had been left with no change).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/cement-quality-grade';

function fixture(): string[] {
  const dir = temp();
  let text = readFileSync(join(ROOT, 'rules', `${CEMENT}.yaml`), 'utf8');
  for (const [from, to] of [
    ['comparison: full', 'comparison: rounded'],
    ['require: "≥ 46.0 MPa", grade: first-class', 'require: "≥ 47.0 MPa", grade: first-class'],
    ['require: "≤ 0.04 %", grade: superior', 'require: "≤ 0.035 %", grade: superior'],
  ]) {
    expect(text).toContain(from);
    text = text.replace(from!, to!);
  }
  const b = join(dir, 'cqg-b.yaml');
  writeFileSync(b, text);
  const data = join(dir, 'cement.csv');
  // SN-1: chloride 0.061 fails the veto by full value, passes as 0.06 rounded → moved by the method.
  // SN-2: 28-day 46.5 meets ≥ 46.0, not ≥ 47.0 with or without rounding → moved by the limit alone.
  // SN-3: 28-day 46.96 rounds to 47.0 under B: 一等品 under both, not moved.
  writeFileSync(
    data,
    [
      '样品编号,水泥品种,强度等级,3天抗压强度,28天抗压强度,3天抗折强度,28天抗折强度,初凝时间,终凝时间,氧化镁,三氧化硫,氯离子,安定性',
      ',,,MPa,MPa,MPa,MPa,min,min,%,%,%,',
      'SN-1,P·O,42.5,22.8,47.1,4.2,7.2,155,332,3.1,3.06,0.061,合格',
      'SN-2,P·O,42.5,22.8,46.5,4.2,7.2,155,332,3.1,2.5,0.05,合格',
      'SN-3,P·O,42.5,22.8,46.96,4.2,7.2,155,332,3.1,2.5,0.05,合格',
      '',
    ].join('\n'),
  );
  return [join(ROOT, 'rules', `${CEMENT}.yaml`), b, data];
}

describe.concurrent('qgrade compare: records moved per rule-set change', () => {
  it('text: the method change one row, the limit change another; a limit-moved record not credited to the method', async () => {
    const files = fixture();
    const zh = await cli.run(['--lang', 'zh', 'compare', ...files]);
    expect(zh.stdout).toMatch(
      /^各处规则集变更引起等级变化的记录数：\n {2}引起变化的记录数 {2}其中仅因此处 {2}规则集变更\n +1 +1 {2}规则集的比较方法：全数值比较法 → 修约值比较法（按限值的位数修约）（\d+ 项要求）\n +1 +1 {2}要求“28 天抗压强度（一等品）”（compressive-28d-first-class）的限值：≥ 46\.0 MPa → ≥ 47\.0 MPa，更严$/m,
    );
    const block = (id: string) => zh.stdout.split('\n第 ').find((l) => l.includes(`（${id}）`)) ?? '';
    expect(block('SN-2')).not.toContain('比较方法');
    expect(block('SN-1')).toContain('比较方法：全数值比较法 → 修约值比较法');
    const en = await cli.run(['compare', ...files]);
    expect(en.stdout).toContain('Records moved per rule-set change:');
    expect(en.stdout).toMatch(
      / {2}1 {2}the rule set's comparison method: full value → rounded value .*\(\d+ criteria\)/,
    );
    const json = await cli.run(['compare', '-f', 'json', ...files]);
    const changes = JSON.parse(json.stdout).changes as { row: number; diff: string[] }[];
    expect(changes.find((c) => c.row === 2)?.diff).toEqual(['criterion:compressive-28d-first-class:limit']);
    expect(changes.find((c) => c.row === 1)?.diff).toEqual(['criterion:gb175-chloride:comparison']);
  });

  it('HTML and xlsx carry the same table', async () => {
    const files = fixture();
    const html = join(temp(), 'c.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, ...files]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2>各处规则集变更引起等级变化的记录数</h2>');
    expect(page).toMatch(
      /<tr data-change="comparison"><td>规则集的比较方法：全数值比较法 → 修约值比较法[^<]*<\/td><td class="n">1<\/td><td class="n">1<\/td><\/tr>/,
    );
    const xlsx = join(temp(), 'c.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', xlsx, ...files]);
    const sheet = (await readBack(readFileSync(xlsx))).find((s) => s.name === 'Records moved per change')!;
    expect(sheet.rows[0]).toEqual(['Change', 'Records moved', 'Of them, by it alone']);
    expect(sheet.rows.slice(1, 3).map((r) => r.slice(1))).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(String(sheet.rows[1]![0])).toMatch(
      /^the rule set's comparison method: full value → rounded value/,
    );
  });

  it('a marked value the method change moved is tied to it: text, JSON, HTML, xlsx (hostile-34 M4)', async () => {
    const dir = temp();
    const a = join(ROOT, 'rules', `${CEMENT}.yaml`);
    const text = readFileSync(a, 'utf8');
    expect(text).toContain('comparison: full');
    const b = join(dir, 'rounded.yaml');
    writeFileSync(b, text.replace('comparison: full', 'comparison: rounded'));
    const data = join(dir, 'marked.csv');
    // M-1: chloride 0.06(+) lies in (0.06, 0.065]: fails the veto ≤ 0.06 % by full value, meets it rounded.
    // M-2: 28-day 42.5(−) lies in [42.45, 42.5): fails the veto ≥ 42.5 MPa by full value, meets it rounded.
    // M-3: 28-day 47.0(+) meets ≥ 47.0 either way: not moved.
    writeFileSync(
      data,
      [
        '样品编号,水泥品种,强度等级,3天抗压强度,28天抗压强度,3天抗折强度,28天抗折强度,初凝时间,终凝时间,氧化镁,三氧化硫,氯离子,安定性',
        ',,,MPa,MPa,MPa,MPa,min,min,%,%,%,',
        'M-1,P·O,42.5,22.8,47.1,4.2,7.2,155,332,3.1,3.06,0.06(+),合格',
        'M-2,P·O,42.5,22.8,42.5(−),4.2,7.2,155,332,3.1,2.5,0.05,合格',
        'M-3,P·O,42.5,22.8,47.0(+),4.2,7.2,155,332,3.1,2.5,0.05,合格',
        '',
      ].join('\n'),
    );
    const json = await cli.run(['compare', '-f', 'json', a, b, data]);
    const changes = JSON.parse(json.stdout).changes as { row: number; diff: string[] }[];
    expect(changes.map((c) => [c.row, c.diff])).toEqual([
      [1, ['criterion:gb175-chloride:comparison']],
      [2, ['criterion:gb175-compressive-28d:comparison']],
    ]);
    const zh = await cli.run(['--lang', 'zh', 'compare', a, b, data]);
    expect(zh.stdout).toMatch(
      /^ +2 +2 {2}规则集的比较方法：全数值比较法 → 修约值比较法（按限值的位数修约）（\d+ 项要求）$/m,
    );
    const en = await cli.run(['compare', a, b, data]);
    expect(en.stdout).toMatch(/^ +2 +2 {2}the rule set's comparison method: full value → rounded value/m);
    const html = join(dir, 'm.html');
    await cli.run(['compare', '-f', 'html', '-o', html, a, b, data]);
    expect(readFileSync(html, 'utf8')).toMatch(
      /<tr data-change="comparison"><td>the rule set&#39;s comparison method[^<]*<\/td><td class="n">2<\/td><td class="n">2<\/td><\/tr>/,
    );
    const xlsx = join(dir, 'm.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', xlsx, a, b, data]);
    const sheet = (await readBack(readFileSync(xlsx))).find((s) => s.name === 'Records moved per change')!;
    expect(sheet.rows.filter((r) => typeof r[1] === 'number').map((r) => r.slice(1))).toEqual([[2, 2]]);
  });
});
