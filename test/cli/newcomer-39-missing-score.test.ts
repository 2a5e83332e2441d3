import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, resultSchemaErrors, useCli, useTempDir } from './cli-harness';
import { editedCopy } from './edited-rules';

// newcomer-39 F3: an enterprise with one optional scored item left 未评 has no dimension score and no total, and is
// graded at the lowest level (it has no cutoff: rule-format 打分). The explanation named the total as the value not
// given ("总分：未提供数值"); it now names the item, what cannot be computed, and that the grade rests on it.
const cli = useCli();
const temp = useTempDir();
const DIR = join(FIXTURES, 'newcomer-39');
const RULES = join(DIR, 'provincial-qmc.yaml');
const FLOOR = join(DIR, 'floor.csv');
const HEADER =
  '企业名称,有自主研发,近三年发生重大质量事故,领导作用与质量战略,过程控制,供应商质量管理,质量数据采集,质量追溯,质量管理信息平台,研发质量保证,持续改进与创新,质量人才培养,产品一次交检合格率(%),顾客满意度,顾客投诉处理';

async function both(args: string[]) {
  return { zh: await cli.run(['--lang', 'zh', ...args]), en: await cli.run(['--lang', 'en', ...args]) };
}

describe('a scored item not given: the explanation names it (newcomer-39 F3)', () => {
  it('企业B, 质量人才培养 未评: 经验级, each score requirement names talent and what cannot be computed (zh, en)', async () => {
    const { zh, en } = await both(['explain', '-r', RULES, FLOOR, '--row', '2']);
    expect([zh.code, en.code]).toEqual([0, 0]);
    expect(zh.stdout).toContain(
      '等级：经验级\n等级取决于缺少的数值：质量人才培养（talent）未给出数值，总分无法计算；补齐后才能确认能否达到检验级\n',
    );
    expect(zh.stdout).toContain(
      '? 总分：质量人才培养（talent）未给出数值，持续成功能力和总分无法计算，无法确认 ≥ 60（检验级）',
    );
    expect(zh.stdout).toContain(
      '? 持续成功能力：质量人才培养（talent）未给出数值，持续成功能力无法计算，无法确认 ≥ 80（卓越级）',
    );
    expect(zh.stdout).toContain(
      '距检验级：\n  → 总分：质量人才培养（talent）未给出数值，持续成功能力和总分无法计算，无法确认 ≥ 60（检验级）',
    );
    expect(zh.stdout).not.toContain('未提供数值');
    expect(en.stdout).toContain(
      'Grade: experience (Experience)\nThe grade rests on a missing value: Quality talent development (talent) not given, so Total score cannot be computed; until then, whether Inspection is reached cannot be told\n',
    );
    expect(en.stdout).toContain(
      '? Total score: Quality talent development (talent) not given, so Sustained success and the total score cannot be computed; ≥ 60 cannot be confirmed (Inspection)',
    );
    expect(en.stdout).not.toContain('no value given');
  });

  it('企业A and 企业C, every item given: no such line, the grade as before', async () => {
    const { zh } = await both(['explain', '-r', RULES, FLOOR, '--row', '1']);
    expect(zh.stdout).toContain('等级：预防级\n');
    expect(zh.stdout).not.toContain('等级取决于缺少的数值');
    expect(zh.stdout).not.toContain('无法计算');
  });

  it('JSON: missingInputs on the score requirements only; the grade unchanged; the summary counts the record apart', async () => {
    const { code, stdout, stderr } = await cli.run(['grade', '-r', RULES, FLOOR, '-f', 'json']);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    const b = results[1];
    expect(b.grade).toBe('experience');
    expect(b.scores.total).toBeNull();
    const talent = [{ indicator: 'talent', label: { zh: '质量人才培养', en: 'Quality talent development' } }];
    const withInputs = b.criteria.filter((c: { missingInputs?: unknown }) => c.missingInputs);
    expect(withInputs.map((c: { id: string }) => c.id)).toEqual([
      'totalScore@inspection',
      'totalScore@assurance',
      'totalScore@prevention',
      'totalScore@excellence',
      'dimSustain@excellence',
    ]);
    for (const c of withInputs) expect(c.missingInputs).toEqual(talent);
    for (const r of results) expect(resultSchemaErrors(r)).toEqual([]);
    expect(b.nextGrade.blockers[0].missingInputs).toEqual(talent);
    expect(b.nextGrade.blockers[0].message.zh).toBe(
      '总分：质量人才培养（talent）未给出数值，持续成功能力和总分无法计算，无法确认 ≥ 60（检验级）',
    );
    for (const r of [results[0], results[2]])
      for (const c of r.criteria) expect(c.missingInputs).toBeUndefined();
    expect(stderr).toContain('3 records: 3 graded, 0 not graded, 0 invalid');
    expect(stderr).toContain(
      'missing values: 1 graded record has a score that cannot be computed for a missing value, so its grade rests on it (row 2; explain --row names the item)\n',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, FLOOR]);
    expect(zh.stderr).toContain(
      '缺少数值：1 条已分级记录的分数因缺少数值无法计算，其等级取决于缺少的数值（序号 2；explain --row 列出缺少的项）\n',
    );
  });

  it('CSV and Markdown: the "what holds it down" cell says why the total has no value (zh, en)', async () => {
    const { zh, en } = await both(['grade', '-r', RULES, FLOOR, '-f', 'csv']);
    expect(zh.stdout).toContain(',距检验级：总分（≥ 60）：质量人才培养（talent）未给出数值，无法计算\n');
    expect(en.stdout).toContain(
      ',"To reach Inspection: Total score (≥ 60): cannot be computed, Quality talent development (talent) not given"\n',
    );
    const md = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, FLOOR, '-f', 'markdown']);
    expect(md.stdout).toContain(
      '| 2 | 企业B | 经验级 | 距检验级：总分（≥ 60）：质量人才培养（talent）未给出数值，无法计算 |',
    );
    // The ids in the blockers column stay ids.
    expect(zh.stdout).toContain(',inspection,totalScore@inspection,,');
  });

  it('through a derived value: the indicator it reads that is not given; a value no band scores, with its value', async () => {
    const rules = editedCopy(temp(), readFileSync(RULES, 'utf8'), 'qmc-open', [
      // rdQuality optional even with own R&D, so a record may leave it out; 产品一次交检合格率 below 90 scores nothing.
      ['    requiredWhen: { hasRnd: true }\n', ''],
      ['points: [["< 90", 0], ', 'points: ['],
    ]);
    const data = join(temp(), 'open.csv');
    writeFileSync(
      data,
      `${HEADER}\n企业D,是,否,100,100,100,100,5,100,,100,100,99,100,100\n企业E,否,否,100,100,100,100,5,100,,100,,85,100,100\n`,
    );
    const d = await both(['explain', '-r', rules, data, '--row', '1']);
    expect(d.zh.stdout).toContain(
      '? 总分：研发质量保证（rdQuality）未给出数值，持续成功能力和总分无法计算，无法确认 ≥ 60（检验级）',
    );
    expect(d.en.stdout).toContain(
      '? Sustained success: R&D quality assurance (rdQuality) not given, so Sustained success cannot be computed; ≥ 80 cannot be confirmed (Excellence)',
    );
    const e = await both(['explain', '-r', rules, data, '--row', '2']);
    expect(e.zh.stdout).toContain(
      '? 总分：质量人才培养（talent）未给出数值，产品一次交检合格率（passRate）为 85，无对应分值，持续成功能力、质量绩效和总分无法计算，无法确认 ≥ 60（检验级）',
    );
    expect(e.en.stdout).toContain(
      '? Quality performance: First-pass yield (passRate) = 85 has no points entry, so Quality performance cannot be computed; ≥ 80 cannot be confirmed (Excellence)',
    );
    const json = JSON.parse((await cli.run(['grade', '-r', rules, data, '-f', 'json'])).stdout);
    expect(json[1].nextGrade.blockers[0].missingInputs).toEqual([
      { indicator: 'talent', label: { zh: '质量人才培养', en: 'Quality talent development' } },
      { indicator: 'passRate', label: { zh: '产品一次交检合格率', en: 'First-pass yield' }, value: 85 },
    ]);
    expect(resultSchemaErrors(json[1])).toEqual([]);
  });
});
