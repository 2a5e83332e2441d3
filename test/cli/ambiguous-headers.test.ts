/**
 * A CSV/xlsx header is read by an indicator's name and by its labels. A
 * header that names two indicators — one's name and another's label, or a
 * label two share — is a usage error naming both, not a silent pick
 * (hostile-17 F2: `strength` went to `yield`, whose English label it is, so
 * CSV and JSON graded the same data differently). `validate` warns about
 * such labels (`ambiguous-label`) at the label.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const NAME_AND_LABEL = join(FIXTURES, 'ambiguous-label.yaml');
const SHARED_LABEL = join(FIXTURES, 'shared-label.yaml');
const GLUED_SYMBOL = join(FIXTURES, 'glued-symbol.yaml');

function file(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

/** Each result's criteria as `indicator=value status`. */
function criteria(stdout: string): string[][] {
  const results = JSON.parse(stdout) as {
    criteria: { indicator: string; value: unknown; status: string }[];
  }[];
  return results.map((r) => r.criteria.map((c) => `${c.indicator}=${c.value} ${c.status}`));
}

describe.concurrent('a header that names two indicators is a usage error naming both', () => {
  it("a header that is one indicator's name and another's label: exit 2, both named, --map for each", async () => {
    const csv = file('name-and-label.csv', 'strength\n350\n');
    const { code, stdout, stderr } = await cli.run(['grade', '-r', NAME_AND_LABEL, '-f', 'json', csv]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'name-and-label.csv: column 1 ("strength") is the name of the indicator strength (Tensile) and the English label of the indicator yield (strength): say which indicator it is with --map strength=strength or --map strength=yield.',
    );
    expect(stderr).toContain('so nothing is graded');
  });

  it('says it in Chinese with --lang zh', async () => {
    const csv = file('name-and-label-zh.csv', 'strength\n350\n');
    const { code, stderr } = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      NAME_AND_LABEL,
      '-f',
      'json',
      csv,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '第 1 列（“strength”）既是指标 strength（抗拉强度）的名称，又是指标 yield（屈服强度）的英文标签：请用 --map strength=strength 或 --map strength=yield 指明它是哪个指标',
    );
    expect(stderr).toContain('按哪个指标评级无法确定，因此不作判定');
  });

  it('with --map the column grades as the indicator named, as the same JSON record does', async () => {
    const csv = file('mapped.csv', 'strength\n350\n');
    const mapped = await cli.run([
      'grade',
      '-r',
      NAME_AND_LABEL,
      '--map',
      'strength=strength',
      '-f',
      'json',
      csv,
    ]);
    const json = await cli.run(['grade', '-r', NAME_AND_LABEL, '-f', 'json', '-i', 'ndjson', '-'], {
      input: '{"strength":350}\n',
    });
    expect(mapped.code).toBe(0);
    expect(json.code).toBe(0);
    // 350 fails strength ≥ 400; yield is not given.
    expect(criteria(mapped.stdout)).toEqual([['strength=350 failed', 'yield=null missing']]);
    expect(criteria(mapped.stdout)).toEqual(criteria(json.stdout));
    const asYield = await cli.run([
      'grade',
      '-r',
      NAME_AND_LABEL,
      '--map',
      'strength=yield',
      '-f',
      'json',
      csv,
    ]);
    expect(asYield.code).toBe(0);
    expect(criteria(asYield.stdout)).toEqual([['strength=null missing', 'yield=350 passed']]);
  });

  it('a label two indicators share: exit 2 naming both; the other columns do not settle it', async () => {
    const csv = file('shared.csv', '抗拉强度,Yield\n450,350\n');
    const { code, stdout, stderr } = await cli.run(['grade', '-r', SHARED_LABEL, '-f', 'json', csv]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'column 1 ("抗拉强度") is the Chinese label of the indicator strength (Tensile) and the Chinese label of the indicator yield (Yield): say which indicator it is with --map 抗拉强度=strength or --map 抗拉强度=yield',
    );
    const mapped = await cli.run([
      'grade',
      '-r',
      SHARED_LABEL,
      '--map',
      '抗拉强度=strength',
      '-f',
      'json',
      csv,
    ]);
    expect(mapped.code).toBe(0);
    expect(criteria(mapped.stdout)).toEqual([['strength=450 passed', 'yield=350 passed']]);
  });

  it('a label that does not clash is read as before beside one that does', async () => {
    const csv = file('tensile.csv', 'Tensile,屈服强度\n450,350\n');
    const { code, stdout } = await cli.run(['grade', '-r', NAME_AND_LABEL, '-f', 'json', csv]);
    expect(code).toBe(0);
    expect(criteria(stdout)).toEqual([['strength=450 passed', 'yield=350 passed']]);
  });

  it('with a unit after it too: strength/MPa', async () => {
    const csv = file('unit.csv', 'strength/MPa\n350\n');
    const { code, stderr } = await cli.run(['grade', '-r', NAME_AND_LABEL, '-f', 'json', csv]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'column 1 ("strength/MPa") without its unit ("strength") is the name of the indicator strength (Tensile) and the English label of the indicator yield (strength)',
    );
    expect(stderr).toContain('--map strength/MPa=strength or --map strength/MPa=yield');
  });

  it('an .xlsx header too', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('样品');
      ws.addRow(['抗拉强度']);
      ws.addRow([450]);
    });
    const path = join(temp(), 'shared.xlsx');
    writeFileSync(path, bytes);
    const { code, stderr } = await cli.run(['grade', '-r', SHARED_LABEL, '-f', 'json', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('--map 抗拉强度=strength or --map 抗拉强度=yield');
  });
});

describe.concurrent("validate warns about a label that is another indicator's name or label", () => {
  it('at the label, as a warning: validate still passes', async () => {
    const { code, stdout, stderr } = await cli.run(['validate', NAME_AND_LABEL]);
    expect(code).toBe(0);
    // Warnings and "ok" go to stderr; stdout has problems only.
    expect(stdout).toBe('');
    // Line 14, at "strength" after `en: `.
    expect(stderr).toContain(
      'ambiguous-label.yaml:14:77: warning: the English label "strength" of the indicator "yield" is also the name of the indicator "strength": a CSV or .xlsx column headed "strength" could be either',
    );
    // And one per optional indicator an unconditional requirement tests (unmet-when-absent).
    expect(stderr).toContain('ambiguous-label.yaml: ok (3 warnings)');
  });

  it('a label two indicators share, at the later one, in Chinese', async () => {
    const { code, stdout, stderr } = await cli.run(['--lang', 'zh', 'validate', SHARED_LABEL]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'shared-label.yaml:14:56: 警告：指标“yield”的中文标签“抗拉强度”也是指标“strength”的中文标签',
    );
    expect(stderr).toContain('shared-label.yaml：通过（3 个警告）');
    expect(stderr.match(/警告：指标“yield”的中文标签/g)).toHaveLength(1);
  });
});

describe.concurrent('a label with its symbol glued on (屈服强度ReH) is read as one with it after a space', () => {
  it('屈服强度(MPa) for 屈服强度 ReL and 屈服强度ReH: exit 2 naming both, not read as the first (hostile-19 F4)', async () => {
    const csv = file('glued.csv', '屈服强度(MPa)\n310\n');
    const en = await cli.run(['grade', '-r', GLUED_SYMBOL, '-f', 'json', csv]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      'glued.csv: column 1 ("屈服强度(MPa)") without its unit ("屈服强度") is the Chinese label (spaces and the symbol at its end aside) of the indicator yieldL (Yield L) and the Chinese label (spaces and the symbol at its end aside) of the indicator yieldH (Yield H): say which indicator it is with --map \'屈服强度(MPa)=yieldL\' or --map \'屈服强度(MPa)=yieldH\'. Which indicator to grade it as would be a guess, so nothing is graded',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', GLUED_SYMBOL, csv]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      'glued.csv：第 1 列（“屈服强度(MPa)”）去掉单位后的“屈服强度”既是指标 yieldL（屈服强度 ReL）的中文标签（不计空格和末尾的符号），又是指标 yieldH（屈服强度ReH）的中文标签（不计空格和末尾的符号）',
    );
  });

  it('each label, glued or spaced, with or without a unit, is read as its own indicator', async () => {
    // yieldH 310 fails ≥ 320, yieldL 330 passes ≥ 300: read the other way round, both would pass.
    for (const header of ['屈服强度ReH,屈服强度 ReL', '屈服强度 ReH(MPa),屈服强度ReL/MPa']) {
      const csv = file('each.csv', `${header}\n310,330\n`);
      const run = await cli.run(['grade', '-r', GLUED_SYMBOL, '-f', 'json', csv]);
      expect(run.code, header).toBe(0);
      expect(criteria(run.stdout), header).toEqual([['yieldL=330 passed', 'yieldH=310 failed']]);
    }
  });

  it('validate warns about the pair (ambiguous-label), in English and Chinese', async () => {
    const en = await cli.run(['validate', GLUED_SYMBOL]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      'glued-symbol.yaml:15:51: warning: the Chinese label "屈服强度ReH" of the indicator "yieldH" and the Chinese label "屈服强度 ReL" of the indicator "yieldL" are the same with spaces and the symbol at their end aside: a CSV or .xlsx column headed "屈服强度" could be either',
    );
    expect(en.stderr).toContain('glued-symbol.yaml: ok (1 warning)');
    const zh = await cli.run(['--lang', 'zh', 'validate', GLUED_SYMBOL]);
    expect(zh.stderr).toContain(
      'glued-symbol.yaml:15:51: 警告：指标“yieldH”的中文标签“屈服强度ReH”与指标“yieldL”的中文标签“屈服强度 ReL”不计空格和末尾的符号时相同：表头为“屈服强度”的 CSV、xlsx 列无法确定是哪个指标',
    );
  });
});
