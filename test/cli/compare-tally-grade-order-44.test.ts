/**
 * `compare --tally-by`'s outcomes under A and under B list each side's grades highest first, as the matrix and the
 * distribution do. They were in the order of an object's keys reversed, and an object lists integer-like keys
 * ascending whatever the ladder says: GB 21455's energy grades "5" … "1" (1 the highest) came lowest first,
 * `A 下5级 … A 下1级`, beside a matrix of 1级 … 5级, in the table, the HTML report and the workbook (committee-44 M3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const ARGS = [
  'compare',
  '--tally-by',
  '机组类型',
  'home-appliances/room-air-conditioner-energy',
  'examples/room-air-conditioner-energy-draft.yaml',
  'examples/air-conditioners-zh.xlsx',
];
const GRADES_ZH = ['1级', '2级', '3级', '4级', '5级'];

describe.concurrent('qgrade compare --tally-by: each side’s grades highest first (committee-44 M3)', () => {
  it('table (zh, en): 1级 … 5级 under A and under B, as the matrix lists them', async () => {
    const zh = await cli.run(['--lang', 'zh', ...ARGS]);
    expect(zh.stdout).toMatch(/^A ↓ {2}B → +1级 +2级 +3级 +4级 +5级 /mu);
    const head = zh.stdout.split('\n').find((l) => l.trimStart().startsWith('机组类型  记录数  A 下'))!;
    const columns = head.trim().split(/ {2,}/u);
    expect(columns.filter((c) => /^A 下\d级$/u.test(c))).toEqual(GRADES_ZH.map((g) => `A 下${g}`));
    expect(columns.filter((c) => /^B 下\d级$/u.test(c))).toEqual(GRADES_ZH.map((g) => `B 下${g}`));
    // By hand (examples/air-conditioners-zh.xlsx): heat-pump units under A are 1级 1, 2级 1, 3级 2, 5级 1.
    const heatPump = zh.stdout
      .split('\n')
      .filter((l) => l.trimStart().startsWith('热泵型 '))
      .at(-1)!
      .trim()
      .split(/ +/u);
    expect(heatPump.slice(2, 7)).toEqual(['1', '1', '2', '0', '1']);
    const en = await cli.run(['--lang', 'en', ...ARGS]);
    const enHead = en.stdout.split('\n').find((l) => l.includes('A: Grade'))!;
    expect(enHead.match(/A: Grade \d/gu)).toEqual([
      'A: Grade 1',
      'A: Grade 2',
      'A: Grade 3',
      'A: Grade 4',
      'A: Grade 5',
    ]);
  });

  it('the workbook and the HTML report alike', async () => {
    const dir = temp();
    const xlsx = join(dir, 'tally.xlsx');
    const html = join(dir, 'tally.html');
    await cli.run(['--lang', 'zh', ...ARGS, '-f', 'xlsx', '-o', xlsx]);
    await cli.run(['--lang', 'zh', ...ARGS, '-f', 'html', '-o', html]);
    const sheet = (await readBack(readFileSync(xlsx))).find((s) => s.name === '按列统计等级变化')!;
    const header = sheet.rows[0]!.map(String);
    expect(header.filter((c) => /^[AB] 下\d级$/u.test(c))).toEqual([
      ...GRADES_ZH.map((g) => `A 下${g}`),
      ...GRADES_ZH.map((g) => `B 下${g}`),
    ]);
    const heatPump = sheet.rows.find((r) => r[0] === '热泵型')!;
    expect(heatPump.slice(header.indexOf('A 下1级'), header.indexOf('A 下5级') + 1)).toEqual([1, 1, 2, 0, 1]);
    const page = readFileSync(html, 'utf8');
    const shown = [...page.matchAll(/<th class="n">([AB] 下\d级)<\/th>/gu)].map((m) => m[1]);
    expect(shown).toEqual([...GRADES_ZH.map((g) => `A 下${g}`), ...GRADES_ZH.map((g) => `B 下${g}`)]);
  });
});
