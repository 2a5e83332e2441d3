import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const ZH_CSV = join(ROOT, 'examples/air-conditioners-zh.csv');
const JSON_RECORDS = 'examples/room-air-conditioners.json';

/** A workbook headed like the CSV example, the capacity column headed `capacity`. */
async function workbook(capacity = '额定制冷量'): Promise<string> {
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('样品');
    ws.addRow(['型号', '机组类型', capacity, '全年能源消耗效率 APF']);
    ws.addRow(['KFR-26GW/A1', 'heat-pump', 2600, 5.27]);
  });
  const path = join(temp(), 'samples.xlsx');
  writeFileSync(path, bytes);
  return path;
}

describe.concurrent('a --map mistake is a usage error with a hint, not a silent "missing"', () => {
  it('a target that names no indicator exits 2 with the closest indicator', async () => {
    const { code, stdout, stderr } = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '额定制冷量=ratedCoolingCapacty',
      ZH_CSV,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('the rule set has no indicator "ratedCoolingCapacty"');
    expect(stderr).toContain('did you mean "ratedCoolingCapacity"?');
    // The CLI names its flag and command; gradeFile names its option instead (test/grade/grade-file.test.ts).
    expect(stderr).toContain('--map 额定制冷量=ratedCoolingCapacty: ');
    expect(stderr).toContain(
      "(the rule set's indicators: unitType, ratedCoolingCapacity, airCooled, hermeticCompressor, climateType, unitConfiguration, apf, seer; with their types and units: qgrade schema input --rules <rule set>)",
    );
  });

  it('says it in Chinese with --lang zh', async () => {
    const { code, stderr } = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      AC,
      '--map',
      '额定制冷量=ratedCoolingCapacty',
      ZH_CSV,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('规则集没有名为“ratedCoolingCapacty”的指标，是否要写“ratedCoolingCapacity”？');
  });

  it('a target far from every indicator exits 2 without a guess', async () => {
    const { code, stderr } = await cli.run(['grade', '-r', AC, '--map', '额定制冷量=zzz', ZH_CSV]);
    expect(code).toBe(2);
    expect(stderr).toContain('no indicator "zzz"');
    expect(stderr).not.toContain('did you mean');
  });

  it('a CSV column the file does not have exits 2 with the closest header', async () => {
    const { code, stderr } = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '额定致冷量=ratedCoolingCapacity',
      ZH_CSV,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /air-conditioners-zh\.csv has no column "额定致冷量"; did you mean "额定制冷量"\?/,
    );
    expect(stderr).toContain('--map 额定致冷量=ratedCoolingCapacity: ');
  });

  it('a column missing from a --map-file exits 2 as well', async () => {
    const file = join(temp(), 'map.yaml');
    writeFileSync(file, '额定制冷: ratedCoolingCapacity\n');
    const { code, stderr } = await cli.run(['grade', '-r', AC, '--map-file', file, ZH_CSV]);
    expect(code).toBe(2);
    expect(stderr).toContain('has no column "额定制冷"; did you mean "额定制冷量"?');
  });

  it("a --map-file is read within the rule files' limits: nesting past 64 levels exits 2, located", async () => {
    // Read whole by the yaml library before, 400,000 brackets ran it out of stack after a long parse.
    // (Tokens past the limit: test/robust/token-limit.test.ts, in the slow list.)
    const deep = join(temp(), 'deep.yaml');
    writeFileSync(deep, `x: ${'['.repeat(400_000)}${']'.repeat(400_000)}\n`);
    const tooDeep = await cli.run(['grade', '-r', AC, '--map-file', deep, ZH_CSV]);
    expect(tooDeep.code).toBe(2);
    expect(tooDeep.stderr).toContain(`${deep}:1:68: nesting deeper than 64 levels`);
  });

  it('a key no record of a JSON array has exits 2; one some record has is fine', async () => {
    const absent = await cli.run(['grade', '-r', AC, '--map', 'modell=x', '--keep', 'x', JSON_RECORDS]);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('has no column "modell"; did you mean "model"?');
    const present = await cli.run(['grade', '-r', AC, '--map', 'apf=apf', '-f', 'ndjson', JSON_RECORDS]);
    expect(present.code).toBe(1);
    expect(present.stderr).not.toContain('has no column');
  });

  it('a column missing from an .xlsx sheet exits 2 with the closest header', async () => {
    const { code, stderr } = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '额定致冷量=ratedCoolingCapacity',
      await workbook(),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('has no column "额定致冷量"; did you mean "额定制冷量"?');
  });

  it('a target --keep names is allowed: the column is carried through under that name', async () => {
    const { code, stdout } = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '型号=sampleId',
      '--keep',
      'sampleId',
      '--map',
      '额定制冷量=ratedCoolingCapacity',
      '-f',
      'ndjson',
      ZH_CSV,
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout.split('\n')[0]!).kept).toEqual({ sampleId: 'KFR-26GW/A1' });
  });

  it('compare checks maps the same way', async () => {
    const { code, stderr } = await cli.run([
      'compare',
      AC,
      'examples/room-air-conditioner-energy-draft.yaml',
      '--map',
      '额定制冷量=ratedCoolingCapacty',
      ZH_CSV,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('did you mean "ratedCoolingCapacity"?');
  });
});

describe.concurrent('a header column close to an indicator no column gives gets a --map hint, once', () => {
  const HINT_EN =
    /is close to the indicator (\w+) .*but is not read as it; if it is that indicator, add --map (.+)$/;
  const hints = (stderr: string) =>
    stderr.split('\n').filter((l) => HINT_EN.test(l) || l.includes('相近，但没有作为它读取'));

  it.each([['the symbol in lower case', '额定制冷量 cc', "'额定制冷量 cc=ratedCoolingCapacity'"]])(
    '%s: names the column, the indicator and the --map to write, in both languages',
    async (_, column, map) => {
      const file = join(temp(), `near-${[...column].map((c) => c.codePointAt(0)).join('-')}.csv`);
      writeFileSync(
        file,
        `型号,机组类型,${column},全年能源消耗效率 APF\nA1,heat-pump,3500,5.27\nA2,heat-pump,2600,5.27\n`,
      );
      const en = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
      expect(en.code).toBe(1);
      expect(hints(en.stderr)).toEqual([
        `${file}: the column "${column}" is close to the indicator ratedCoolingCapacity (Rated cooling capacity (CC)) but is not read as it; if it is that indicator, add --map ${map}`,
      ]);
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', file]);
      expect(hints(zh.stderr)).toEqual([
        `${file}：“${column}”列与指标 ratedCoolingCapacity（额定制冷量 CC）相近，但没有作为它读取；如果就是它，请加上 --map ${map}`,
      ]);
    },
  );

  // Read as the label loosely (white space aside, without the symbol CC): graded, no hint (committee-18 F4).
  it.each([
    ['two spaces inside', '额定制冷量  CC'],
    ['an ideographic space', '额定制冷量\u3000CC'],
    ['full-width Latin', '额定制冷量 ＣＣ'],
    ['no space before the symbol', '额定制冷量CC'],
    ['the label without its symbol', '额定制冷量'],
    // The symbol in brackets, the name in capitals: the label and name as headers write them (fix-headunits-25).
    ['the symbol in brackets', '额定制冷量（CC）'],
    ['the name in capitals', 'RATEDCOOLINGCAPACITY'],
    // Its English label without the bracketed note (CC): one indicator has that short form (committee-20 F6).
    ['the English label without its note', 'Rated cooling capacity'],
  ])('%s: read as the indicator, no hint', async (_, column) => {
    const file = join(temp(), `read-${[...column].map((c) => c.codePointAt(0)).join('-')}.csv`);
    writeFileSync(
      file,
      `型号,机组类型,${column},全年能源消耗效率 APF\nA1,heat-pump,3500,5.27\nA2,heat-pump,2600,5.27\n`,
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file]);
    expect(run.code).toBe(0);
    expect(hints(run.stderr)).toEqual([]);
    const results = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          (JSON.parse(l) as { criteria: { indicator: string; value: unknown }[] }).criteria.find(
            (c) => c.indicator === 'ratedCoolingCapacity',
          )?.value,
      );
    expect(results).toEqual([3500, 2600]);
  });

  it('the README command’s --map grades the column as the header alone now does, with no hint', async () => {
    const mapped = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '额定制冷量=ratedCoolingCapacity',
      '-f',
      'ndjson',
      ZH_CSV,
    ]);
    expect(hints(mapped.stderr)).toEqual([]);
    expect(mapped.stdout).toContain('"grade"');
    // 额定制冷量 is the label 额定制冷量 CC without its symbol: read without --map.
    const plain = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'ndjson', ZH_CSV]);
    expect(hints(plain.stderr)).toEqual([]);
    expect(plain.stdout).toBe(mapped.stdout);
  });

  it('no hint for a column --keep carries through, nor when every indicator is found', async () => {
    const kept = await cli.run(['grade', '-r', AC, '-f', 'csv', '--keep', '额定制冷量', ZH_CSV]);
    expect(hints(kept.stderr)).toEqual([]);
    const file = join(temp(), 'found.csv');
    // Every indicator this file's records need is found (a second APF column is an error: see below).
    writeFileSync(
      file,
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注\nA1,heat-pump,3500,5.27,复检\n',
    );
    const found = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
    expect(hints(found.stderr)).toEqual([]);
  });

  it('an .xlsx header gets the same hint', async () => {
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', await workbook('额定制冷量 cc')]);
    expect(hints(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain("add --map '额定制冷量 cc=ratedCoolingCapacity'");
  });

  it.each([
    [
      'semicolons',
      'semi.csv',
      '型号;机组类型;额定制冷量 CC;全年能源消耗效率 APF\nA1;heat-pump;3500;5.27\n',
      'the file seems separated by semicolons',
      '文件似乎以分号分隔',
    ],
    [
      'tabs in a .csv',
      'tabs.csv',
      '型号\t机组类型\t额定制冷量 CC\t全年能源消耗效率 APF\nA1\theat-pump\t3500\t5.27\n',
      'the file seems separated by tabs (TSV); add -i tsv',
      '文件似乎以制表符分隔（TSV）；请加上 -i tsv',
    ],
  ])(
    'a header of one column with %s in it says what the separator seems to be',
    async (_, name, text, en, zh) => {
      const file = join(temp(), name);
      writeFileSync(file, text);
      const run = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
      expect(run.stderr).toContain(`${file} has a header of one column`);
      expect(run.stderr).toContain(en);
      const zhRun = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', file]);
      expect(zhRun.stderr).toContain(zh);
    },
  );
});

describe.concurrent('a second column close to an indicator another column gives is a usage error naming both', () => {
  it('two APF columns, one with its symbol in lower case: exit 2 before any output, in both languages', async () => {
    const file = join(temp(), 'two-apf.csv');
    writeFileSync(
      file,
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,全年能源消耗效率 apf\nA1,heat-pump,3500,5.27,3.0\n',
    );
    const en = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      `${file}: columns 4 ("全年能源消耗效率 APF") and 5 ("全年能源消耗效率 apf") both look like the indicator apf (Annual performance factor (APF)), but only column 4 is read as it and column 5 would pass through as text; which one to grade would be a guess: delete or rename the column that is not apf, or carry column 5 through as text with --keep '全年能源消耗效率 apf'`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      `${file}：第 4 列（“全年能源消耗效率 APF”）和第 5 列（“全年能源消耗效率 apf”）看起来都是指标 apf（全年能源消耗效率 APF），而只有第 4 列作为它读取，第 5 列会作为文本传递；按哪一列评级无法确定：请删除或改名不是 apf 的那一列，或用 --keep '全年能源消耗效率 apf' 把第 5 列作为文本保留`,
    );
  });

  it('two APF columns, one with two spaces: both read as apf, so two columns give one field (exit 2)', async () => {
    const file = join(temp(), 'two-apf-spaced.csv');
    writeFileSync(
      file,
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,全年能源消耗效率  APF\nA1,heat-pump,3500,5.27,3.0\n',
    );
    const en = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      'columns 4 ("全年能源消耗效率 APF") and 5 ("全年能源消耗效率  APF") both give the field "apf"; map one of them elsewhere with --map',
    );
  });

  it('the indicator name and the same with a unit in brackets; --keep carries the second through and grades', async () => {
    const file = join(temp(), 'apf-unit.csv');
    writeFileSync(file, 'model,apf,APF（W/W）,unitType,ratedCoolingCapacity\nA,5.3,4.1,heat-pump,3500\n');
    const refused = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'columns 2 ("apf") and 3 ("APF（W/W）") both look like the indicator apf',
    );
    const kept = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      '--keep',
      'model',
      '--keep',
      'APF（W/W）',
      file,
    ]);
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.stdout.split('\n')[0]!)).toMatchObject({
      grade: '1',
      kept: { model: 'A', 'APF（W/W）': '4.1' },
    });
  });

  it('an .xlsx header is checked the same way; its name and label together stay the error they were', async () => {
    const path = join(temp(), 'two-apf.xlsx');
    const headed = async (headers: string[]) =>
      writeFileSync(
        path,
        await exceljsWorkbook((wb) => {
          const ws = wb.addWorksheet('样品');
          ws.addRow(headers);
          ws.addRow(['KFR-26GW/A1', 'heat-pump', 2600, 5.27, 4.1]);
        }),
      );
    await headed(['型号', '机组类型', '额定制冷量 CC', 'apf', '全年能源消耗效率（APF）']);
    // The label with its symbol in brackets is read as the indicator: two columns give it.
    const near = await cli.run(['grade', '-r', AC, path]);
    expect(near.code).toBe(2);
    expect(near.stderr).toContain(
      `${path}: columns 4 ("apf") and 5 ("全年能源消耗效率（APF）") both give the field "apf"; map one of them elsewhere with --map`,
    );
    await headed(['型号', '机组类型', '额定制冷量 CC', 'apf', '全年能源消耗效率 APF']);
    const exact = await cli.run(['grade', '-r', AC, path]);
    expect(exact.code).toBe(2);
    expect(exact.stderr).toContain(
      'columns 4 ("apf") and 5 ("全年能源消耗效率 APF") both give the field "apf"; map one of them elsewhere with --map',
    );
  });
});
