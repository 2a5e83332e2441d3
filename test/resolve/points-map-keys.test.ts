/**
 * The keys of a scoring item's `points` map are the values of its indicator
 * (newcomer-21 F8): a key that is none (`批次` for `批次级`) passed silently,
 * as dead text, or only as "no score for 批次级". It is an error at that key
 * with the value meant, as `when:` says it, and when the value meant has no
 * points because of it, the one error names both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { useCli, useTempDir } from '../cli/cli-harness';
import { locatedIssues } from '../helpers';

const FIXTURE = 'test/fixtures/newcomer-21/cutoff-grade-label.yaml';
/** The enterprise rule set of newcomer-21, its cutoff fixed: valid. */
const BASE = readFileSync(new URL(`../../${FIXTURE}`, import.meta.url), 'utf8').replace(
  '检验级: 40',
  'L2: 40',
);
const TRACEABILITY = 'points: { 无: 0, 批次级: 60, 单件级: 100 }';

/** The base with the traceability points written as `points`. */
const withPoints = (points: string) => {
  expect(BASE).toContain(TRACEABILITY);
  return BASE.replace(TRACEABILITY, `points: ${points}`);
};

describe('a points key that is not a value of the enum', () => {
  it('the base loads, and scores each value', () => {
    expect(locatedIssues(BASE)).toEqual([]);
  });

  it('written for a value (批次 for 批次级): one error at the key, naming both', () => {
    expect(locatedIssues(withPoints('{ 无: 0, 批次: 60, 单件级: 100 }'))).toEqual([
      {
        code: 'invalid-scoring',
        line: 82,
        column: 27,
        zh: '“批次”不是“traceability”的取值，是否要写“批次级”？“批次级”因此没有分数',
        en: '"批次" is not a value of "traceability"; did you mean "批次级"? "批次级" has no score because of it',
      },
    ]);
  });

  it('beside the value it is close to (批次: 30 after 批次级: 60): an error at the key, to remove it', () => {
    expect(locatedIssues(withPoints('{ 无: 0, 批次级: 60, 单件级: 100, 批次: 30 }'))).toEqual([
      {
        code: 'invalid-scoring',
        line: 82,
        column: 46,
        zh: '“批次”不是“traceability”的取值，是否是“批次级”？“批次级”已有分数（60）：请删去这一项',
        en: '"批次" is not a value of "traceability"; did you mean "批次级"? "批次级" has its score already (60): remove this entry',
      },
    ]);
  });

  it('one key off for one value not close to it: still taken as meant for it', () => {
    const issues = locatedIssues(withPoints('{ 无: 0, batch: 60, 单件级: 100 }'));
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['invalid-scoring', 82, 27]]);
    expect(issues[0]!.en).toBe(
      '"batch" is not a value of "traceability"; did you mean "批次级"? "批次级" has no score because of it',
    );
  });

  it('a key close to nothing, every value scored: the values, and to remove it', () => {
    const issues = locatedIssues(withPoints('{ 无: 0, 批次级: 60, 单件级: 100, 整箱: 10 }'));
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['invalid-scoring', 82, 46]]);
    expect(issues[0]!.zh).toBe(
      '“整箱”不是“traceability”的取值；可取“无”、“批次级”、“单件级”，都已有分数：请删去这一项',
    );
    expect(issues[0]!.en).toBe(
      '"整箱" is not a value of "traceability"; allowed: 无, 批次级, 单件级, each scored already: remove this entry',
    );
  });

  it('two keys off for two values: each at its key with the value meant, and no list of values without points', () => {
    const issues = locatedIssues(withPoints('{ 无: 0, 批次: 60, 单件: 100 }'));
    expect(issues.map((i) => [i.line, i.column, i.en])).toEqual([
      [
        82,
        27,
        '"批次" is not a value of "traceability"; did you mean "批次级"? "批次级" has no score because of it',
      ],
      [
        82,
        35,
        '"单件" is not a value of "traceability"; did you mean "单件级"? "单件级" has no score because of it',
      ],
    ]);
  });

  it('a value left out without a key for it: the error at points, as before', () => {
    const issues = locatedIssues(withPoints('{ 无: 0, 单件级: 100 }'));
    expect(issues.map((i) => [i.code, i.line, i.column, i.zh, i.en])).toEqual([
      ['invalid-scoring', 82, 19, '“points”没有给出“批次级”的分数', '"points" gives no score for 批次级'],
    ]);
  });

  it('a boolean scored by a key that is not true or false', () => {
    const text = withPoints('{ 无: 0, 批次级: 60, 单件级: 100 }').replace(
      '        - indicator: spcScore # 值即得分',
      '        - indicator: spcScore # 值即得分\n        - { indicator: majorAccident, points: { 否: 100, true: 0 } }',
    );
    const issues = locatedIssues(text);
    expect(issues.map((i) => [i.code, i.line, i.zh, i.en])).toEqual([
      [
        'invalid-scoring',
        84,
        '“否”不是“majorAccident”的取值；可取“true”、“false”',
        '"否" is not a value of "majorAccident"; allowed: true, false',
      ],
    ]);
    // false alone scores a flag.
    const flag = text.replace('{ 否: 100, true: 0 }', '{ false: 100 }');
    const { ruleSet, issues: none } = checkRuleSet(flag);
    expect(none).toEqual([]);
    expect(ruleSet).toBeDefined();
  });

  it('the values scored as written still score', () => {
    const grader = createGrader(checkRuleSet(BASE).ruleSet!);
    const record = {
      majorAccident: false,
      dataCollectionRate: 90,
      qmsCoverage: '全业务',
      onlineInspectionRate: 90,
      traceability: '批次级',
      spcScore: 100,
      lossReduction: 20,
      improvementProjects: 5,
    };
    const application = grader.gradeSync(record).scores?.dimensions.find((d) => d.id === 'application');
    expect(application?.score).toBeCloseTo((100 + 60 + 100) / 3);
  });
});

describe('qgrade validate', () => {
  const cli = useCli();
  const tmp = useTempDir();

  it('prints the error at the key, in zh and en, and exits 1', async () => {
    const file = join(tmp(), 'e10b.yaml');
    writeFileSync(file, withPoints('{ 无: 0, 批次级: 60, 单件级: 100, 批次: 30 }'));
    const zh = await cli.run(['--lang', 'zh', 'validate', file]);
    expect(zh.code).toBe(1);
    expect(zh.stdout.trim()).toBe(
      `${file}:82:46: “批次”不是“traceability”的取值，是否是“批次级”？“批次级”已有分数（60）：请删去这一项`,
    );
    const en = await cli.run(['--lang', 'en', 'validate', file]);
    expect(en.code).toBe(1);
    expect(en.stdout.trim()).toBe(
      `${file}:82:46: "批次" is not a value of "traceability"; did you mean "批次级"? "批次级" has its score already (60): remove this entry`,
    );
  });
});

describe('a points key that is a value label (newcomer-24 F6)', () => {
  const LABELLED = withPoints('{ 无: 0, 批次级: 60, 单件级: 100 }').replace(
    'values: [无, 批次级, 单件级]',
    'values: [none, batch, item]\n    valueLabels: { none: { zh: 无, en: None }, batch: { zh: 批次级, en: Batch }, item: { zh: 单件级, en: Item, aliases: [单件] } }',
  );

  it('each label key is told the value to write, as when: is, and no value is said to have no score', () => {
    const issues = locatedIssues(LABELLED);
    expect(issues.map((i) => i.zh)).toEqual([
      '“无”是“traceability”取值 none 的标签；规则文件中写取值本身：写 none',
      '“批次级”是“traceability”取值 batch 的标签；规则文件中写取值本身：写 batch',
      '“单件级”是“traceability”取值 item 的标签；规则文件中写取值本身：写 item',
    ]);
    expect(issues[1]!.en).toBe(
      '"批次级" is the label of "traceability"\'s value batch; a rule file names the value: write batch',
    );
  });

  it('an alias is named as one; the values written as values load', () => {
    const alias = LABELLED.replace('单件级: 100 }', 'item: 100 }').replace(
      '{ 无: 0, 批次级: 60,',
      '{ none: 0, batch: 60, 单件: 90,',
    );
    expect(locatedIssues(alias).map((i) => i.zh)).toEqual([
      '“单件”是“traceability”取值 item 的别名；规则文件中写取值本身：写 item',
    ]);
    expect(
      locatedIssues(
        LABELLED.replace('{ 无: 0, 批次级: 60, 单件级: 100 }', '{ none: 0, batch: 60, item: 100 }'),
      ),
    ).toEqual([]);
  });
});
