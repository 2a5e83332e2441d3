import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useCli, useTempDir } from './cli-harness';
import { editedCopy } from './edited-rules';

// newcomer-37: a provincial association's enterprise capability rule set (five levels, weighted 0–100 scores from
// 0–10 and 0–20 sheet items, a veto; every figure illustrative), each mistake its author made written into a copy of
// it, and what `qgrade validate`, `grade` and `explain` say about it in zh and en.
const cli = useCli();
const temp = useTempDir();
const DIR = join(FIXTURES, 'enterprise-assoc-37');
const RULES_FILE = join(DIR, 'qm-capability.yaml');
const RULES = readFileSync(RULES_FILE, 'utf8');
const MIX = `formula: "industryType == '制造业' ? (processControl * 5 * 60 + productionControl * 5 * 40) / 100 : processControl * 5"`;

/** The rule set with `from` replaced by `to` (each must be found), as `name`.yaml in a temporary folder. */
function variant(name: string, ...edits: [string, string][]): string {
  return editedCopy(temp(), RULES, name, edits);
}

async function validate(file: string) {
  const [en, zh] = [await cli.run(['validate', file]), await cli.run(['--lang', 'zh', 'validate', file])];
  return { en, zh };
}

/** Line:column of `needle` in the rule set as `variant` wrote it to `file`. */
function at(file: string, needle: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return `${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
}

describe('qgrade validate: an enum compared inside a formula (newcomer-37 W1)', () => {
  it('the rule set as written is valid, and grades the manufacturer with 2/20 on the shop floor 保证级', async () => {
    expect((await cli.run(['validate', RULES_FILE])).code).toBe(0);
    const graded = await cli.run(['--lang', 'zh', 'grade', '-r', RULES_FILE, join(DIR, 'mfg-low-prod.csv')]);
    // processMix = (18·5·60 + 2·5·40)/100 = 58 < 65, the 预防级 minimum of 过程控制.
    expect(graded.stdout).toContain('保证级');
    expect(graded.stdout).not.toContain('卓越级');
  });

  it("'制造' for 制造业 is an error at the text in the formula, with the closest value", async () => {
    const file = variant('w1', [MIX, MIX.replace("'制造业'", "'制造'")]);
    const { en, zh } = await validate(file);
    expect([en.code, zh.code]).toEqual([1, 1]);
    const where = `${file}:${at(file, "'制造'")}`;
    expect(zh.stdout).toContain(
      `${where}: “processMix”的公式：“制造”不是“industryType”的取值，是否要写“制造业”？`,
    );
    expect(en.stdout).toContain(
      `${where}: formula of "processMix": "制造" is not a value of "industryType"; did you mean "制造业"?`,
    );
  });

  it('!= and the value on the left are checked alike; a value with nothing close lists the values', async () => {
    const file = variant('w1-ne', [
      MIX,
      `formula: "'服务' != industryType ? processControl * 5 : (processControl * 5 * 60 + productionControl * 5 * 40) / 100"`,
    ]);
    expect((await cli.run(['validate', file])).stdout).toContain(
      `formula of "processMix": "服务" is not a value of "industryType"; did you mean "服务业"?`,
    );
    const far = variant('w1-far', [MIX, MIX.replace("'制造业'", "'manufacturing'")]);
    const { en, zh } = await validate(far);
    expect(en.stdout).toContain(
      '"manufacturing" is not a value of "industryType"; allowed: 制造业, 服务业, 建筑业',
    );
    expect(zh.stdout).toContain('“manufacturing”不是“industryType”的取值；可取“制造业”、“服务业”、“建筑业”');
  });
});

describe('qgrade validate: a limit above the most a derived score can be (newcomer-37 M1)', () => {
  it('a key-element minimum of 160 over improvement * 10 (improvement in [0, 10]): never met, and not advised', async () => {
    const file = variant('m1', [
      'prevention: { dimProcess: 65, dimImprovement: 60 }',
      'prevention: { dimProcess: 65, dimImprovement: 160 }',
    ]);
    const { en, zh } = await validate(file);
    expect([en.code, zh.code]).toEqual([0, 0]);
    const where = `${file}:${at(file, '160 }')}`;
    expect(zh.stderr).toContain(
      `${where}: 警告：要求“dimImprovement ≥ 160”永远不会满足：维度“dimImprovement”的得分最高为 100（各评分项的最高分加权）；等级“预防级”及以上永远不会成为结果`,
    );
    expect(en.stderr).toContain(
      `${where}: warning: the requirement dimImprovement ≥ 160 can never be met: the score of dimension "dimImprovement" is at most 100 (its items' highest points, weighted); grade "prevention" and every grade above it can never be the result`,
    );
    expect(en.stderr).toContain('ok, but 2 grades can never be the result (1 warning)');
    // 卓越级's ≥ 75 is looser than the unreachable ≥ 160: the ladder no longer advises "≥ 160 or stricter".
    expect(en.stderr).not.toContain('or stricter');
    expect(zh.stderr).not.toContain('或更严');
  });

  it('a reachable minimum still gets the ladder advice', async () => {
    const file = variant('m1-ladder', [
      'prevention: { dimProcess: 65, dimImprovement: 60 }',
      'prevention: { dimProcess: 65, dimImprovement: 90 }',
    ]);
    expect((await cli.run(['validate', file])).stderr).toContain('write ≥ 90 or stricter, or remove it');
  });

  it('≥ 120 % on a ratio with plausible [0, 100]: never met, naming the plausible band', async () => {
    const file = variant('m1-fpy', ['require: "≥ 98 %"', 'require: "≥ 120 %"']);
    const { en, zh } = await validate(file);
    expect(en.stderr).toContain(
      'warning: the requirement firstPassYield ≥ 120 can never be met: "firstPassYield" is plausible in [0, 100] only, and a record outside it is invalid; grade "excellence" and every grade above it can never be the result',
    );
    expect(zh.stderr).toContain(
      '警告：要求“firstPassYield ≥ 120”永远不会满足：“firstPassYield”的合理范围（plausible）是 [0, 100]，超出即为无效记录；等级“卓越级”及以上永远不会成为结果',
    );
  });

  it('a requirement on the derived value itself names its formula and the bound from the inputs', async () => {
    const file = variant('m1-derived', [
      '\nscoring:',
      '\n  - { id: improve, indicator: improvementScore, require: "≥ 101", grade: prevention }\nscoring:',
    ]);
    const { en, zh } = await validate(file);
    expect(en.stderr).toContain(
      'the requirement improvementScore ≥ 101 can never be met: "improvementScore" is computed as improvement * 10, at most 100 over its inputs\' declared ranges',
    );
    expect(zh.stderr).toContain(
      '要求“improvementScore ≥ 101”永远不会满足：“improvementScore”由公式 improvement * 10 得出，按其输入的取值范围（range）最高为 100',
    );
    // At the bound itself it can be met: nothing said.
    const edge = variant('m1-edge', [
      '\nscoring:',
      '\n  - { id: improve, indicator: improvementScore, require: "≥ 100", grade: prevention }\nscoring:',
    ]);
    expect((await cli.run(['validate', edge])).stderr).not.toContain('can never be met');
  });
});

describe('qgrade validate: formula slips a rule author can act on (newcomer-37 M4)', () => {
  it('an enum value written unquoted: it is a value of industryType and is quoted', async () => {
    const file = variant('m4-unquoted', [MIX, MIX.replace("'制造业'", '制造业')]);
    const { en, zh } = await validate(file);
    expect(en.code).toBe(1);
    const where = `${file}:${at(file, '制造业 ?')}`;
    expect(zh.stdout).toContain(
      `${where}: “processMix”的公式：“制造业”是“industryType”的取值，公式中的文本要加引号：请写 '制造业'`,
    );
    expect(en.stdout).toContain(
      `${where}: formula of "processMix": "制造业" is a value of "industryType", and text in a formula is quoted: write '制造业'`,
    );
  });

  it('a single = to compare: write ==, at the =; a = inside the quoted text is no slip', async () => {
    const file = variant('m4-eq', [MIX, MIX.replace('==', '=')]);
    const { en, zh } = await validate(file);
    expect(en.code).toBe(1);
    const where = `${file}:${at(file, " = '")}`.replace(/:(\d+)$/, (_, c) => `:${Number(c) + 1}`);
    expect(zh.stdout).toContain(
      `${where}: “processMix”的公式：写法有误：第 14 个字符处的“=”：公式中比较两个值是否相等要写“==”（不相等写“!=”）`,
    );
    expect(en.stdout).toContain(
      `${where}: formula of "processMix": written wrongly: the "=" at character 14: a formula compares two values with "==" (and "!=" for not equal)`,
    );
    // `<=`, `>=`, `!=` and an "=" inside quotes are not taken for it: a parse error elsewhere is said as before.
    const other = variant('m4-other', [MIX, MIX.replace("'制造业' ?", "'制造业' >= ? '='")]);
    expect((await cli.run(['validate', other])).stdout).not.toContain('compares two values with "=="');
  });
});

describe('qgrade grade / explain: 不适用 in an item that does not apply to the record (newcomer-37 M3)', () => {
  it('a service enterprise with /, 未评, 不适用 or 不涉及 under the manufacturers-only item: all graded alike', async () => {
    const run = await cli.run(['grade', '-r', RULES_FILE, '-f', 'ndjson', join(DIR, 'na-cell.csv')]);
    const grades = run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { grade: string | null }).grade);
    expect(grades).toEqual(['excellence', 'excellence', 'excellence', 'excellence']);
  });

  it('a manufacturer with 不适用 there: invalid, saying the item applies to it and why (zh, en)', async () => {
    const args = ['explain', '-r', RULES_FILE, join(DIR, 'mfg-na.csv'), '--row', '1'];
    const [en, zh] = [await cli.run(args), await cli.run(['--lang', 'zh', ...args])];
    expect(zh.stdout).toContain(
      '缺少生产现场管理：第 2 行第 8 列为“不适用”，但该项适用于这条记录：这条记录的行业类别为 制造业，满足其必填条件（行业类别 = 制造业），该指标为必填项：请填写得分或测得的数值',
    );
    expect(en.stdout).toContain(
      'line 2, column 8 holds "不适用" (not applicable), but the item applies to this record: it is required for this record by its condition (Industry category = 制造业), as industryType (Industry category) is 制造业; write its score or measured value',
    );
    // The blank cell of the second manufacturer is named, before why the item is required (newcomer-words-42 b).
    const blank = await cli.run([
      '--lang',
      'zh',
      'explain',
      '-r',
      RULES_FILE,
      join(DIR, 'mfg-na.csv'),
      '--row',
      '2',
    ]);
    expect(blank.stdout).toContain(
      '缺少生产现场管理（第 3 行第 8 列）：这条记录的行业类别为 制造业，满足其必填条件',
    );
  });
});

describe('qgrade explain: a score written over its maximum (newcomer-37 M5)', () => {
  const file = join(DIR, 'score-over-max.csv');
  it('3.5/10 and 18/20 under items of [0, 10] and [0, 20]: still refused, with the score to write (zh, en)', async () => {
    const args = ['explain', '-r', RULES_FILE, file, '--row', '1'];
    const [en, zh] = [await cli.run(args), await cli.run(['--lang', 'zh', ...args])];
    expect(en.code).not.toBe(0);
    expect(zh.stdout).toContain(
      '领导作用应为数值："3.5/10" 是“得分/满分”的写法，满分 10 即该指标取值范围（[0, 10]）的上限：请去掉“/10”，只写 3.5（第 2 行第 3 列）',
    );
    expect(zh.stdout).toContain(
      '"18/20" 是“得分/满分”的写法，满分 20 即该指标取值范围（[0, 20]）的上限：请去掉“/20”，只写 18',
    );
    expect(en.stdout).toContain(
      '"3.5/10" is written as score/maximum, and 10 is the top of the indicator\'s range ([0, 10]): remove "/10" and write 3.5 (line 2, column 3)',
    );
  });

  it("a maximum that is not the range's top (9/20 under [0, 10], 18/10 under [0, 20]) gets no number to write", async () => {
    const run = await cli.run(['explain', '-r', RULES_FILE, file, '--row', '2']);
    expect(run.stdout).toContain('"9/20" has a unit or other text after it: write the number alone');
    expect(run.stdout).toContain('"18/10" has a unit or other text after it: write the number alone');
    expect(run.stdout).not.toContain('score/maximum');
  });
});
