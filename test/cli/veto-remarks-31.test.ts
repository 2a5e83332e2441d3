/**
 * hostile-31 W5: a major quality incident in a remark worded as a report words it — with what was done about it
 * (`重大质量事故已整改`), a count in capital numerals (`重大质量事故 壹起`), an English date after `in`
 * (`major quality incident in 2023`) — makes the record invalid as `重大质量事故一起` does, not 卓越级 by the
 * default (no incident). A count of 零, a remark saying none, and the event alone (a heading) leave it graded.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const ENT = 'enterprise/quality-management-capability';

const SAID = [
  '重大质量事故一起',
  '重大质量事故已整改',
  '重大质量事故（已整改）',
  '重大质量事故，已处理',
  '重大质量事故整改中',
  '重大质量事故 壹起',
  '重大质量事故贰次',
  '有壹起重大质量事故',
  '重大质量事故 1起（已整改）',
  'major quality incident in 2023',
  'major quality incident during 2024',
];
// The rule set's item names, as a JSON record gives them.
const ITEMS = [
  'leadershipCommitment',
  'processControl',
  'supplierQuality',
  'auditAndImprovement',
  'dataCollection',
  'qualityAnalytics',
  'traceability',
  'innovation',
  'customerFocus',
  'talentDevelopment',
  'productQuality',
  'qualityLoss',
  'customerSatisfaction',
];
const NONE = [
  '重大质量事故 零起',
  '未发生重大质量事故，已整改',
  '已整改',
  '重大质量事故',
  'major quality incident',
];

describe.concurrent('a major quality incident worded as a report words it (hostile-31 W5)', () => {
  it('CSV: each said incident invalid naming the cell, majorQualityIncident = yes; none and headings graded', async () => {
    const path = join(temp(), 'veto.csv');
    const scores = ENTERPRISE_ITEM_LABELS.map(() => 90).join(',');
    const rows = [...SAID, ...NONE].map((remark, i) => `企业${i + 1},${scores},"${remark}"`);
    writeFileSync(path, `企业名称,${ENTERPRISE_ITEM_LABELS.join(',')},备注\n${rows.join('\n')}\n`);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { grade: string | null; errors?: { message: { en: string; zh: string } }[] },
      );
    expect(lines.map((l) => l.grade)).toEqual([...SAID.map(() => null), ...NONE.map(() => 'excellence')]);
    for (const [i, remark] of SAID.entries()) {
      const message = lines[i]!.errors?.[0]?.message;
      expect(message?.en, remark).toContain(`column "备注" holds "${remark}"`);
      expect(message?.en, remark).toContain('majorQualityIncident = yes');
    }
    expect(lines[5]!.errors?.[0]?.message.zh).toContain(
      '“备注”列是“重大质量事故 壹起”，即 majorQualityIncident = 是',
    );
  });

  it('NDJSON alike', async () => {
    const path = join(temp(), 'veto.ndjson');
    const scores = Object.fromEntries(ITEMS.map((name) => [name, 90]));
    const records = [...SAID, ...NONE].map((remark, i) =>
      JSON.stringify({ id: `E${i + 1}`, ...scores, 备注: remark }),
    );
    writeFileSync(path, `${records.join('\n')}\n`);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    const grades = run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { grade: string | null }).grade);
    expect(grades).toEqual([...SAID.map(() => null), ...NONE.map(() => 'excellence')]);
  });
});
