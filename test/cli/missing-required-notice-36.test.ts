/**
 * A header that gives no column for an indicator every record must give: said once on stderr, at the header, in
 * zh and en, as gradeFile and gradeSample say it (developer-36 M2); before, only "X is missing" on every row.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, gradeFile, loadRuleSet } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const EN =
  "no column gives unitType (Unit type), ratedCoolingCapacity (Rated cooling capacity (CC)), which every record must give: every record will be invalid for want of them; add a column headed with the indicator's name or label, or name the column that gives it with --map <column>=<indicator>";
const ZH =
  '没有列给出 unitType（机组类型）、ratedCoolingCapacity（额定制冷量 CC），而每条记录都必须给出它们：每条记录都将因缺少它们而无效；请加上以指标名称或标签为表头的列，或用 --map <列>=<指标> 指明给出它的列';

describe('no column for a required indicator (developer-36 M2)', () => {
  it('qgrade grade says it once, zh and en; every record is invalid, exit 1', async () => {
    const path = join(temp(), 'nomatch.csv');
    writeFileSync(path, 'a,b\n1,2\n3,4\n');
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(en.code).toBe(1);
    expect(en.stderr.split(EN)).toHaveLength(2);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', path]);
    expect(zh.stderr.split(ZH)).toHaveLength(2);
    // A header that gives them says nothing of it.
    writeFileSync(path, 'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\n');
    expect((await cli.run(['grade', '-r', AC, path])).stderr).not.toContain('which every record must give');
  });

  it('gradeFile tells onNotice, naming options.map', async () => {
    const path = join(temp(), 'nomatch.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    const grader = createGrader(await loadRuleSet(AC));
    const notices: string[] = [];
    for await (const _ of gradeFile(grader, path, { onNotice: (t) => notices.push(t.en) })) void _;
    expect(notices.filter((n) => n.includes('which every record must give'))).toEqual([
      `${path}: ${EN.replace('--map <column>=<indicator>', 'options.map { "<column>": "<indicator>" }')}`,
    ]);
  });
});
