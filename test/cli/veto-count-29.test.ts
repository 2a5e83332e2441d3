/**
 * hostile-27 W2's last point (fix-input-29): a `重大质量事故次数` column (a count of the enterprise rule set's veto
 * event) must not leave 近三年发生重大质量事故 at its default (no) and grade 卓越级. Alone it is a column close to the
 * veto, refused as the other close columns are (exit 2, `--map` named); mapped, a count above 0 reads as yes and 0 as
 * no; beside the veto's own column, a row where the two disagree is invalid, naming both.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { enterpriseScores } from '../helpers';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const ENT = 'enterprise/quality-management-capability';
const SCORES = ENTERPRISE_ITEM_LABELS.map(() => 90).join(',');

/** An enterprise 汇总表 scoring 90 on every item, with `extra` columns holding each row's `cells`. */
function sheet(name: string, extra: string[], rows: string[][]): string {
  const path = join(temp(), `${name}.csv`);
  const lines = rows.map((cells, i) => `企业${i + 1},${SCORES},${cells.join(',')}`);
  writeFileSync(
    path,
    `企业名称,${ENTERPRISE_ITEM_LABELS.join(',')},${extra.join(',')}\n${lines.join('\n')}\n`,
  );
  return path;
}

interface Row {
  grade: string | null;
  errors?: { code: string; message: { en: string; zh: string } }[];
}

function rowsOf(stdout: string): Row[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
}

describe.concurrent('a count column of the veto event, no veto column: refused, not 卓越级', () => {
  const headers = [
    '重大质量事故次数',
    '重大质量事故数',
    '重大事故起数',
    '重大质量事故（次）',
    '近三年发生重大质量事故次数',
  ];
  for (const [i, header] of headers.entries())
    it(header, async () => {
      const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', sheet(`alone-${i}`, [header], [['1']])]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`("${header}") looks like the indicator majorQualityIncident`);
      expect(run.stderr).toContain(
        `--map ${header}=majorQualityIncident (a count above 0 reads as yes, 0 as no)`,
      );
    });

  it('says so in Chinese', async () => {
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      ENT,
      sheet('alone-zh', ['重大质量事故次数'], [['1起']]),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '请用 --map 重大质量事故次数=majorQualityIncident 读取它（次数大于 0 读作 是，0 读作 否）',
    );
  });

  // Counts of something else, or of any 质量事故 (minor ones too, as `一般质量事故1起` in a remark is): let be.
  for (const [i, header] of ['投诉次数', '质量事故次数', '一般质量事故次数'].entries())
    it(`${header}: not the veto's count, graded`, async () => {
      const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', sheet(`other-${i}`, [header], [['1']])]);
      expect(run.code).toBe(0);
      expect(rowsOf(run.stdout)[0]?.grade).toBe('excellence');
    });
});

describe('a count column mapped to the veto: above 0 yes, 0 no', () => {
  it('reads 1, 2, 1起, 3 次, 两起 as yes and 0, 0起, 零 as no', async () => {
    const cells = ['1', '2', '1起', '3 次', '两起', '0', '0起', '零'];
    const path = sheet(
      'mapped',
      ['重大质量事故次数'],
      cells.map((c) => [c]),
    );
    const run = await cli.run([
      'grade',
      '-r',
      ENT,
      '-f',
      'ndjson',
      '--map',
      '重大质量事故次数=majorQualityIncident',
      path,
    ]);
    expect(run.code).toBe(0);
    expect(rowsOf(run.stdout).map((r) => r.grade)).toEqual([
      'inspection',
      'inspection',
      'inspection',
      'inspection',
      'inspection',
      'excellence',
      'excellence',
      'excellence',
    ]);
  });

  it('a count of -1 or 1.5 is no count: invalid, as before', async () => {
    const path = sheet('mapped-bad', ['重大质量事故次数'], [['-1'], ['1.5']]);
    const run = await cli.run([
      'grade',
      '-r',
      ENT,
      '-f',
      'ndjson',
      '--map',
      '重大质量事故次数=majorQualityIncident',
      path,
    ]);
    expect(run.code).toBe(1);
    expect(rowsOf(run.stdout).map((r) => r.grade)).toEqual([null, null]);
  });
});

describe('a count column beside the veto column: rows where the two disagree are invalid', () => {
  it('names both, in en and zh; rows that agree are graded', async () => {
    const rows = [
      ['否', '1'],
      ['否', '1起'],
      ['否', '有'],
      ['是', '0'],
      ['是', '零起'],
      ['否', '0'],
      ['是', '2'],
      ['否', ''],
      ['否', '见附件'],
    ];
    const path = sheet('both', ['近三年发生重大质量事故', '重大质量事故次数'], rows);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    const out = rowsOf(run.stdout);
    expect(out.map((r) => r.grade)).toEqual([
      null,
      null,
      null,
      null,
      null,
      'excellence',
      'inspection',
      'excellence',
      'excellence',
    ]);
    expect(out[0]?.errors?.[0]?.message.en).toBe(
      'record 1 (line 2): majorQualityIncident (Major quality incident in the last three years) is no, but column "重大质量事故次数" holds "1", which says it happened: the two columns disagree, so the record is not graded. Correct one of them',
    );
    expect(out[3]?.errors?.[0]?.message.zh).toBe(
      '第 4 条记录（第 5 行）的 majorQualityIncident（近三年发生重大质量事故）为 是，但“重大质量事故次数”列是“0”，即没有发生：两列不一致，不作判定。请改正其中一列',
    );
  });

  it("a kept count column is the user's: not looked at", async () => {
    const path = sheet('kept', ['近三年发生重大质量事故', '重大质量事故次数'], [['否', '1']]);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', '--keep', '重大质量事故次数', path]);
    expect(run.code).toBe(0);
    expect(rowsOf(run.stdout)[0]?.grade).toBe('excellence');
  });
});

describe('NDJSON: a key 重大质量事故次数 beside the scores', () => {
  it('is a near miss of majorQualityIncident: invalid, not 卓越级 (it was)', async () => {
    const record = enterpriseScores(90, { 重大质量事故次数: 1 });
    const path = join(temp(), 'count.ndjson');
    writeFileSync(path, `${JSON.stringify(record)}\n`);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    const [row] = rowsOf(run.stdout);
    expect(row?.grade).toBeNull();
    expect(row?.errors?.[0]?.message.en).toContain('the record\'s key "重大质量事故次数" looks like it');
  });
});
