/**
 * One order of the reasons a record is not graded, in grade and in compare (committee-45): below the lowest
 * grade, then out of scope (then a veto item failed), as compare's migration matrix reads the ladder on down.
 * grade's --tally-by put 超出适用范围 before 未达最低等级, compare's outcome columns the other way.
 * By hand from examples/air-conditioners-zh.xlsx (GB 21455-2019 as the bundled rule set encodes it): KF-120LW/F2
 * (cooling only, 12000 W, SEER 3.42 < 3.50 of grade 5) is below the lowest grade; RF-160W/G1 (16000 W > 14000 W)
 * out of scope.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const BUNDLED = 'home-appliances/room-air-conditioner-energy';
const INPUT = 'examples/air-conditioners-zh.xlsx';

/** The index of each text in `cells`, in the order given: -1 for one not there. */
const at = (cells: readonly string[], ...texts: string[]) => texts.map((t) => cells.indexOf(t));

describe.concurrent('not graded: below the lowest grade before out of scope, in grade and compare', () => {
  it('grade --tally-by (zh, en): the summary and the per-value table', async () => {
    const zh = await cli.run(['--lang', 'zh', 'grade', '--tally-by', '机组类型', '-r', BUNDLED, INPUT]);
    expect(zh.stderr).toContain('不分级  2  （未达最低等级 1 条，超出适用范围 1 条）');
    const head = zh.stderr.split('\n').find((l) => l.trimStart().startsWith('机组类型  1级'))!;
    const [below, out] = at(head.trim().split(/ {2,}/u), '未达最低等级', '超出适用范围');
    expect(below).toBeGreaterThan(0);
    expect(out).toBe(below! + 1);
    // The cooling-only row: its one record below the lowest grade sits under that column.
    const cooling = zh.stderr
      .split('\n')
      .find((l) => l.trimStart().startsWith('单冷型'))!
      .trim()
      .split(/ +/u);
    expect([cooling[below!], cooling[out!]]).toEqual(['1', '0']);
    const en = await cli.run(['--lang', 'en', 'grade', '--tally-by', '机组类型', '-r', BUNDLED, INPUT]);
    const enHead = en.stderr.split('\n').find((l) => l.includes('Grade 1') && l.includes('total'))!;
    expect(enHead.indexOf('below the lowest grade')).toBeLessThan(enHead.indexOf('out of scope'));
    expect(enHead.indexOf('below the lowest grade')).toBeGreaterThan(0);
  });

  it('grade -f xlsx --tally-by: the sheet per value likewise', async () => {
    const file = join(temp(), 'grade.xlsx');
    await cli.run([
      '--lang',
      'zh',
      'grade',
      '-f',
      'xlsx',
      '-o',
      file,
      '--tally-by',
      '机组类型',
      '-r',
      BUNDLED,
      INPUT,
    ]);
    const sheet = (await readBack(readFileSync(file))).find((s) => s.rows[0]?.includes('机组类型'))!;
    const header = sheet.rows[0]!.map(String);
    const [below, out] = at(header, '未达最低等级', '超出适用范围');
    expect(below).toBeGreaterThan(0);
    expect(out).toBe(below! + 1);
  });

  it('compare: the summary lines and each side’s outcome columns', async () => {
    const { stdout } = await cli.run([
      '--lang',
      'zh',
      'compare',
      '--tally-by',
      '机组类型',
      BUNDLED,
      'examples/room-air-conditioner-energy-draft.yaml',
      INPUT,
    ]);
    expect(stdout).toContain(
      'A 下：已分级 7 条，不分级 2 条（未达最低等级 1 条，超出适用范围 1 条），无效 1 条',
    );
    const head = stdout.split('\n').find((l) => l.trimStart().startsWith('机组类型  记录数  A 下'))!;
    const columns = head.trim().split(/ {2,}/u);
    for (const side of ['A', 'B']) {
      const [below, out] = at(columns, `${side} 下未达最低等级`, `${side} 下超出适用范围`);
      expect(below).toBeGreaterThan(0);
      expect(out).toBe(below! + 1);
    }
  });
});
