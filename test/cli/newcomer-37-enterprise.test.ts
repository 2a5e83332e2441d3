import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

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
  let text = RULES;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const file = join(temp(), `${name}.yaml`);
  writeFileSync(file, text);
  return file;
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
