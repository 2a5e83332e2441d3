/**
 * hostile-27 W2: a 备注 cell saying a major quality incident happened (the enterprise rule set's veto, which caps
 * the level at 检验级) must not let the default (no incident) grade the enterprise 卓越级. As every remark that
 * states an indicator's value the reader does not take from a column, it makes the record invalid, saying what
 * the cell holds; a remark saying there was none, or nothing of it, leaves the record graded. fix-remarks-28 added
 * the event with a date or a count beside it (`重大质量事故1起`; `0 起` says none) and the veto named as a sheet
 * heads its column (`一票否决：是`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const ENT = 'enterprise/quality-management-capability';

/** An enterprise 汇总表 of one enterprise scoring 90 on every item, with `remark` in its 备注 column. */
function sheet(remark: string, name: string): string {
  const path = join(temp(), `${name}.csv`);
  const scores = ENTERPRISE_ITEM_LABELS.map(() => 90).join(',');
  writeFileSync(path, `企业名称,${ENTERPRISE_ITEM_LABELS.join(',')},备注\n甲,${scores},"${remark}"\n`);
  return path;
}

async function gradeOf(remark: string, name: string) {
  const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', sheet(remark, name)]);
  const result = JSON.parse(run.stdout.trim()) as {
    grade: string | null;
    errors?: { message: { en: string } }[];
  };
  return { run, result };
}

describe.concurrent('a remark saying a major quality incident happened makes the record invalid, not 卓越级', () => {
  const said = [
    '重大质量事故：有',
    '重大质量事故：是',
    '重大质量事故：有（2024年）',
    '2023年发生重大质量事故',
    '2024年10月：发生重大质量事故',
    '发生过重大质量事故',
    '有重大质量事故',
    // fix-remarks-28: the event with a date or a count, the veto named as its column is headed.
    '重大质量事故 2024年3月',
    '重大质量事故（2024年）',
    '2024年重大质量事故',
    '重大质量事故1起',
    '重大质量事故：1 起',
    '近三年发生重大质量事故1起',
    '一票否决：是',
    '一票否决项：有',
    '重大事故：有',
  ];
  for (const [i, remark] of said.entries())
    it(remark, async () => {
      const { run, result } = await gradeOf(remark, `yes-${i}`);
      expect(run.code).toBe(1);
      expect(result.grade).toBeNull();
      expect(result.errors?.[0]?.message.en).toContain(`column "备注" holds "${remark}"`);
      expect(result.errors?.[0]?.message.en).toContain('majorQualityIncident = yes');
    });

  const none = [
    '重大质量事故：无',
    '重大质量事故：否',
    '未发生过重大质量事故',
    '否决项：无',
    '近三年未发生重大质量事故，但发生一般质量事故',
    '近三年重大质量事故：0',
    '无重大质量事故：有',
    '2024年10月抽检',
    // fix-remarks-28: 0 起 says none; the veto said not to apply; the bare event is a heading.
    '重大质量事故：0 起',
    '重大质量事故0起',
    '一票否决项：无',
    '一票否决：否',
    '重大质量事故',
    '一般质量事故1起',
  ];
  for (const [i, remark] of none.entries())
    it(`${remark}: graded (no incident said)`, async () => {
      const { run, result } = await gradeOf(remark, `no-${i}`);
      expect(run.code).toBe(0);
      expect(result.grade).toBe('excellence');
    });
});
