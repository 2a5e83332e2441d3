import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();
const LOTS = 'building-materials/cement-lot-grade';
const HEAD = 'lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
const row = (lot: string, c28: number | string) => `${lot},42.5,23,${c28},150,230`;
const groupsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GroupResult);

describe.concurrent('qgrade grade --group-by, session 25', () => {
  it('one lot typed with full-width digits or an ideographic space is one group, named as first written, with a notice (hostile-25 W10)', async () => {
    // 69.6, 72.5, 75.4, 72.5: CV 3.2 %, first class over the four; split, it was superior on two and 合格品 on one each.
    const input = [
      HEAD,
      row('2026-10 42.5', 69.6),
      row('2026-10 42.5', 72.5),
      row('２０２６-10 42.5', 75.4),
      row('2026-10\u300042.5', 72.5),
    ].join('\n');
    const en = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input });
    expect(en.code).toBe(0);
    const groups = groupsOf(en.stdout);
    expect(groups.map((g) => [g.group, g.grade, g.records.count])).toEqual([['2026-10 42.5', 'first', 4]]);
    expect(en.stderr).toContain(
      '--group-by column "lot": keys that differ only in full-width characters or spaces were taken as one group (shown as first written): "2026-10 42.5" (also written "２０２６-10 42.5", "2026-10<U+3000>42.5")',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input,
    });
    expect(zh.stderr).toContain(
      '--group-by 列“lot”中只差全角/半角或空白的键合为一组（以首次出现的写法显示）：“2026-10 42.5”（又写作 “２０２６-10 42.5”、“2026-10<U+3000>42.5”）',
    );
    // Keys written one way: no notice.
    const plain = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input: [HEAD, row('L1', 69.6), row('L1', 72.5), row('L2', 75.4)].join('\n'),
    });
    expect(plain.stderr).not.toContain('taken as one group');
  });

  it('a key that comes back in another width is the closed group again: exit 2, naming both spellings', async () => {
    const input = [HEAD, row('Ｌ3', 66), row('L4', 66), row('L3', 66)].join('\n');
    const en = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('row 3 has lot "L3" (the group "Ｌ3") again, but that group closed at row 1');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input,
    });
    expect(zh.stderr).toContain('第 3 条记录的“lot”又是“L3”（即“Ｌ3”），但该组已在第 1 条结束');
  });

  it('a lot of values near 1e308 is graded, not an internal error (hostile-25 C1)', async () => {
    const input = [HEAD, row('H', '1e308'), row('H', '1.7e308'), row('H', '1.7e308')].join('\n');
    for (const lang of ['en', 'zh']) {
      const { code, stdout, stderr } = await cli.run(
        ['--lang', lang, 'grade', '-r', LOTS, '-g', 'lot', '-'],
        { input },
      );
      expect(stderr).not.toMatch(/internal error|内部错误/);
      expect(code).toBe(0);
      expect(stdout).toMatch(lang === 'en' ? /CV of 28-day compressive strength 27\.6 %/ : /27\.6 %/);
    }
  });
});
