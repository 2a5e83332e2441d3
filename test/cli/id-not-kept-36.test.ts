/**
 * newcomer-36 M3: a 型号 column that loses out as the sample id to a 序号 before it (one model repeated) was
 * dropped from every output without a word; and with the sheet's own 序号 101 … kept, `序号 3 103` named a record
 * by two numbers under one word. Rule set: test/fixtures/newcomer-36/v2-aliases.yaml (illustrative figures).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = join(ROOT, 'test/fixtures/newcomer-36/v2-aliases.yaml');
const HEAD =
  '额定容量,热水输出量,24h固有能耗系数,噪声,漏电保护,能效等级,绝缘电阻,泄漏电流,输入功率偏差,热水输出率';
const VALUES = '60,37.4,0.75,44,有,2,50,0.5,-2';

function sheet(ids: [string, string][], lead = '序号,型号'): string {
  const path = join(temp(), 'ids.csv');
  // The second record's 热水输出率 95.0 disagrees with the computed 62.33; the third's 额定容量 "60 kg" is invalid ("60 L", its own unit, is read since newcomer-39).
  const rows = ids.map(([a, b], i) => {
    const values = i === 2 ? VALUES.replace(/^60/u, '60 kg') : VALUES;
    return `${a},${b},${values},${i === 1 ? '95.0' : '62.3'}`;
  });
  writeFileSync(path, `${lead},${HEAD}\n${rows.join('\n')}\n`);
  return path;
}

describe('a model column that loses out as the sample id is said (newcomer-36 M3)', () => {
  it('序号 kept, 型号 after it repeating one value: the --keep 型号 hint, zh and en', async () => {
    const path = sheet([
      ['1', 'WH-001'],
      ['2', 'WH-001'],
      ['3', 'WH-003'],
    ]);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, path]);
    expect(zh.stderr).toContain(
      '列“型号”第 2、3 行的值相同（“WH-001”），未作为样品标识；用 --keep 型号 保留',
    );
    expect(zh.stderr).toContain('保留列“序号”作为样品标识');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', RULES, path]);
    expect(en.stderr).toContain(
      'column "型号" has the same value ("WH-001") on lines 2 and 3, so it is not kept as the sample id; --keep 型号 keeps it',
    );
  });

  it('规格型号 before the 序号 kept says so too; 型号 with distinct values is kept and nothing is said', async () => {
    const before = sheet(
      [
        ['WH-001', '1'],
        ['WH-001', '2'],
        ['WH-003', '3'],
      ],
      '规格型号,序号',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, before]);
    expect(zh.stderr).toContain(
      '列“规格型号”第 2、3 行的值相同（“WH-001”），未作为样品标识；用 --keep 规格型号 保留',
    );
    const distinct = sheet([
      ['1', 'WH-001'],
      ['2', 'WH-002'],
      ['3', 'WH-003'],
    ]);
    const ok = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, distinct]);
    expect(ok.stderr).toContain('保留列“型号”作为样品标识');
    expect(ok.stderr).not.toContain('未作为样品标识');
  });

  it("the sheet's own 序号 101 … kept: records are named 记录 3（103）, as the table heads the column 记录", async () => {
    const path = sheet([
      ['101', 'WH-001'],
      ['102', 'WH-001'],
      ['103', 'WH-003'],
    ]);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, path]);
    expect(zh.stdout.split('\n')[0]).toMatch(/^记录\s+序号\s/u);
    expect(zh.stderr).toMatch(/无效\s+1\s+（记录 3（103））/u);
    expect(zh.stderr).toContain('记录 2（102）：95.0 ≠ 62.33');
    expect(zh.stderr).not.toMatch(/序号 \d+ 10\d/u);
    const en = await cli.run(['--lang', 'en', 'grade', '-r', RULES, path]);
    expect(en.stderr).toMatch(/invalid\s+1\s+\(record 3 \(103\)\)/u);
    expect(en.stderr).toContain('record 2 (102): 95.0 ≠ 62.33');
    // A 序号 counting as qgrade does keeps the word: 序号 3, not 记录 3.
    const same = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      RULES,
      sheet([
        ['1', 'A'],
        ['2', 'A'],
        ['3', 'C'],
      ]),
    ]);
    expect(same.stderr).toMatch(/无效\s+1\s+（序号 3）/u);
  });
});
