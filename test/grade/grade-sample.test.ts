import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeSample, type SampleOptions } from '../../src/browser';
import type { UsageError } from '../../src/errors/usage-error';
import { gradeSampleNamed } from '../../src/grade/grade-sample';
import { createGrader, type GradeResult, gradeFile, loadRuleSet, QgradeError } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const csvPath = new URL('../../examples/air-conditioners-zh.csv', import.meta.url).pathname;
const map = { 额定制冷量: 'ratedCoolingCapacity' };

async function all(results: AsyncIterable<GradeResult>): Promise<GradeResult[]> {
  const out: GradeResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('gradeSample: a sample in memory read and graded as `qgrade grade` reads and grades a file', () => {
  it('a Chinese-headed CSV as text gives the results gradeFile gives for the file', async () => {
    const fromText = (await gradeSample(grader, readFileSync(csvPath, 'utf8'), { map })).map((g) => g.result);
    const fromFile = await all(gradeFile(grader, csvPath, { map }));
    expect(fromText).toEqual(fromFile);
    expect(fromText.map((r) => r.grade)).toEqual(['1', '2', '3', '2', null, null, null, null, '4']);
  });

  it('keep: "auto" carries the sample-id column as gradeFile does; onNotice gets the near-miss header hint', async () => {
    const text = readFileSync(csvPath, 'utf8');
    const all_: string[] = [];
    const kept = await gradeSample(grader, text, {
      map,
      keep: 'auto',
      name: csvPath,
      onNotice: (t) => all_.push(t.en),
    });
    const fileNotices: string[] = [];
    const fromFile = await all(
      gradeFile(grader, csvPath, { map, keep: 'auto', onNotice: (t) => fileNotices.push(t.en) }),
    );
    expect(kept.map((g) => g.result)).toEqual(fromFile);
    expect(kept[0]!.result.kept).toEqual({ 型号: 'KFR-26GW/A1' });
    // The notices gradeFile gives: no column gives the four defaulted indicators, so every record takes their defaults.
    expect(all_).toEqual(fileNotices);
    expect(all_).toEqual([
      `${csvPath}: no column gives airCooled (Air-cooled), hermeticCompressor (Hermetic compressor), climateType (Climate type), unitConfiguration (Configuration): every record takes its default, airCooled = yes (Air-cooled), hermeticCompressor = yes (Hermetic), climateType = "T1", unitConfiguration = "split"; if a column holds one, name it with options.map { "<column>": "<indicator>" }`,
    ]);
    // Mapped: no near-miss hint. Unmapped: a column close to ratedCoolingCapacity is pointed at, as `qgrade grade` does
    // (额定制冷量 itself is read without a map: the label 额定制冷量 CC without its symbol).
    const notices: string[] = [];
    const push = (t: { en: string }) => {
      if (!t.en.includes('no column gives airCooled')) notices.push(t.en);
    };
    await gradeSample(grader, text, { onNotice: push });
    expect(notices).toEqual([]);
    await gradeSample(grader, text.replace('额定制冷量', '额定制冷量 cc'), { onNotice: push });
    // Named as the library's option: the caller of gradeSample writes options.map, not a flag.
    expect(notices).toEqual([
      // The required indicator no column gives, once (developer-36 M2), then the column close to it.
      'sample: no column gives ratedCoolingCapacity (Rated cooling capacity (CC)), which every record must give: every record will be invalid for want of it; add a column headed with the indicator\'s name or label, or name the column that gives it with options.map { "<column>": "<indicator>" } (a column close to ratedCoolingCapacity is named in a hint below)',
      'sample: the column "额定制冷量 cc" is close to the indicator ratedCoolingCapacity (Rated cooling capacity (CC)) but is not read as it; if it is that indicator, add options.map { "额定制冷量 cc": "ratedCoolingCapacity" }',
    ]);
    // The studio page's mapping box: a line of it, not --map.
    const studio: string[] = [];
    await gradeSampleNamed(
      grader,
      text.replace('额定制冷量', '额定制冷量 cc'),
      { onNotice: (t) => studio.push(t.zh) },
      'studio',
    );
    expect(studio).toEqual([
      'sample：没有列给出 ratedCoolingCapacity（额定制冷量 CC），而每条记录都必须给出它：每条记录都将因缺少它而无效；请加上以指标名称或标签为表头的列，或在“列映射”框中写 <列>=<指标>（与 ratedCoolingCapacity 相近的列见下面的提示）',
      'sample：“额定制冷量 cc”列与指标 ratedCoolingCapacity（额定制冷量 CC）相近，但没有作为它读取；如果就是它，请在“列映射”框中写 额定制冷量 cc=ratedCoolingCapacity',
      'sample：没有列给出 airCooled（风冷式）、hermeticCompressor（全封闭型压缩机）、climateType（气候类型）、unitConfiguration（结构形式）：每条记录都取其默认值，airCooled = 是（风冷式）、hermeticCompressor = 是（全封闭型）、climateType = "T1"、unitConfiguration = "split"（分体式）；如果某列给出其中之一，请在“列映射”框中写 <列>=<指标>',
    ]);
  });

  it('onNotice says a row under the header was read as its units, for CSV and XLSX, as `qgrade grade` says it', async () => {
    const rows = [
      ['型号', '机组类型', '额定制冷量', '全年能源消耗效率 APF'],
      ['', '', 'W', ''],
      ['KFR-26GW/A1', 'heat-pump', '2600', '5.27'],
    ];
    const csv: string[] = [];
    const fromCsv = await gradeSample(grader, rows.map((r) => r.join(',')).join('\n'), {
      name: 'units.csv',
      onNotice: (t) => csv.push(t.zh),
    });
    expect(fromCsv.map((g) => g.result.grade)).toEqual(['1']);
    expect(csv.filter((n) => !n.includes('没有列给出'))).toEqual([
      'units.csv：第 2 行是表头下的单位行（W），作为表头的一部分读取，不是记录',
    ]);
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      for (const r of rows) sheet.addRow(r);
    });
    const xlsx: string[] = [];
    const fromXlsx = await gradeSample(grader, bytes, {
      name: 'units.xlsx',
      onNotice: (t) => xlsx.push(t.en),
    });
    expect(fromXlsx.map((g) => g.result.grade)).toEqual(['1']);
    const units = xlsx.filter((n) => !n.includes('no column gives'));
    expect(units).toHaveLength(1);
    expect(units[0]).toMatch(
      /^units\.xlsx: .*row 2.* is a row of units under the header \(W\), read as part of the header/,
    );
  });

  it('onNotice says, as `qgrade grade` does, that every record takes a default no column gives or whose column is empty (CSV, XLSX; not JSON)', async () => {
    const header = [
      '型号',
      '机组类型',
      '额定制冷量',
      '全年能源消耗效率 APF',
      '风冷式',
      '全封闭型压缩机',
      '气候类型',
    ];
    const rows = [header, ['K1', 'heat-pump', '3500', '5.1', '', '是', 'T1']];
    const csv = rows.map((r) => r.join(',')).join('\n');
    // The studio names its mapping box; the CLI's line (`--map`) is the same otherwise.
    const studio: string[] = [];
    const fromCsv = await gradeSampleNamed(
      grader,
      csv,
      { name: 'a.csv', onNotice: (t) => studio.push(t.zh) },
      'studio',
    );
    expect(fromCsv.map((g) => g.result.grade)).toEqual(['1']);
    expect(studio).toEqual([
      'a.csv：没有列给出 unitConfiguration（结构形式）：每条记录都取其默认值，unitConfiguration = "split"（分体式）；如果某列给出它，请在“列映射”框中写 <列>=unitConfiguration',
      'a.csv：第 5 列（风冷式）在每条记录中都是空的：每条记录都取其默认值，airCooled = 是（风冷式）',
    ]);
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      for (const r of rows) sheet.addRow(r.map((c) => (c === '' ? null : c)));
    });
    const fromXlsx: string[] = [];
    await gradeSampleNamed(grader, bytes, { name: 'a.xlsx', onNotice: (t) => fromXlsx.push(t.en) }, 'studio');
    expect(fromXlsx).toEqual([
      'a.xlsx: no column gives unitConfiguration (Configuration): every record takes its default, unitConfiguration = "split"; if a column holds it, write <column>=unitConfiguration in the column mapping box',
      'a.xlsx: column 5 (风冷式) is empty in every record: every record takes its default, airCooled = yes (Air-cooled)',
    ]);
    // A JSON record leaves a key out on purpose: nothing is said.
    const json: string[] = [];
    await gradeSample(
      grader,
      JSON.stringify([{ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.1 }]),
      {
        onNotice: (t) => json.push(t.en),
      },
    );
    expect(json).toEqual([]);
  });

  it('a map of a column the sample lacks names options.map, as gradeFile does; the studio names the line of its box', async () => {
    const text = readFileSync(csvPath, 'utf8');
    const wrong = { 额定制冷量x: 'ratedCoolingCapacity' };
    const api = await gradeSample(grader, text, { map: wrong }).catch((e: QgradeError) => e.message);
    expect(api).toMatch(/^options\.map \{ "额定制冷量x": "ratedCoolingCapacity" \}: /);
    const file = await all(gradeFile(grader, csvPath, { map: wrong })).catch((e: QgradeError) => e.message);
    expect(file).toMatch(/^options\.map \{ "额定制冷量x": "ratedCoolingCapacity" \}: /);
    const studio = await gradeSampleNamed(grader, text, { map: wrong }, 'studio').catch(
      (e: QgradeError) => e.message,
    );
    // The page has no --map: its column-mapping box holds 额定制冷量x=ratedCoolingCapacity (studio-19 F13).
    expect(studio).toMatch(/^额定制冷量x=ratedCoolingCapacity: /);
    const notJson = await gradeSample(grader, '[{"apf": 4.62},').catch((e: QgradeError) => e.message);
    expect(notJson).toContain("for one JSON record per line, give format: 'ndjson'");
    // The page tells JSON from NDJSON by the first character: it has no format to give.
    const pasted = await gradeSampleNamed(grader, '[{"apf": 4.62},', {}, 'studio').then(
      () => ({ zh: 'graded', en: 'graded' }),
      (e: UsageError) => e.text,
    );
    expect(pasted.en).toContain(
      'for one JSON record per line, write them one per line, without the enclosing [ ]',
    );
    expect(pasted.zh).toContain('每行一条 JSON 记录时请去掉外面的方括号 [ ]，每行写一条记录');
    expect(`${pasted.zh}${pasted.en}`).not.toContain('ndjson');
  });

  it('a map to a field that is no indicator is the usage error gradeFile gives (zh and en), for CSV and JSON', async () => {
    const text = readFileSync(csvPath, 'utf8');
    const typo = { 额定制冷量: 'capacity' };
    const file = await all(gradeFile(grader, csvPath, { map: typo })).then(
      () => undefined,
      (e: UsageError) => e,
    );
    expect(file?.code).toBe('usage');
    const samples: (string | Uint8Array)[] = [
      text,
      '[{"机组类型":"heat-pump","额定制冷量":3500,"apf":4.62}]',
      '额定制冷量\n3500\n',
    ];
    for (const sample of samples) {
      const refused = await gradeSample(grader, sample, { map: typo }).then(
        () => undefined,
        (e: UsageError) => e,
      );
      expect(refused?.code).toBe('usage');
      expect(refused?.text).toEqual(file?.text);
    }
    expect(file?.text.en).toMatch(
      /^options\.map \{ "额定制冷量": "capacity" \}: the rule set has no indicator "capacity"/,
    );
    expect(file?.text.zh).toMatch(
      /^options\.map \{ "额定制冷量": "capacity" \}：规则集没有名为“capacity”的指标/,
    );
    // A field options.keep names is wanted, not a typo.
    const kept = await gradeSample(grader, text, { map: { 型号: 'model' }, keep: ['model'] });
    expect(kept[0]!.result.kept).toEqual({ model: 'KFR-26GW/A1' });
    const studio = await gradeSampleNamed(grader, text, { map: typo }, 'studio').catch(
      (e: UsageError) => e.message,
    );
    expect(studio).toMatch(/^额定制冷量=capacity: the rule set has no indicator "capacity"/);
    // Nor a terminal: no CLI command is named (the CLI's message names qgrade schema input, above).
    expect(studio).not.toContain('qgrade');
  });

  it('a sign-off line under the table is not a record, in CSV and in a workbook; onNotice names it', async () => {
    const lines = readFileSync(csvPath, 'utf8').trimEnd().split('\n');
    const width = lines[0]!.split(',').length;
    // Under 型号, which names no indicator; not kept (keep defaults to none).
    const footer = `制表：质检站${','.repeat(width - 1)}`;
    const notices: string[] = [];
    const onNotice = (t: { en: string }) => notices.push(t.en);
    const csv = await gradeSample(grader, [...lines, footer].join('\n'), { map, onNotice });
    expect(csv.map((g) => g.result.grade)).toEqual(['1', '2', '3', '2', null, null, null, null, '4']);
    const cells = [...lines, footer].map((l) => l.split(','));
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('样品');
      for (const r of cells) ws.addRow(r.map((c) => (c === '' ? null : c)));
    });
    const sheet = await gradeSample(grader, bytes, { map, onNotice });
    expect(sheet.map((g) => g.result.row)).toEqual(csv.map((g) => g.result.row));
    expect(notices.filter((n) => n.startsWith('skipped'))).toEqual([
      `skipped 1 row with no value under any indicator column (only notes), not counted as a record: line ${lines.length + 1}`,
      `skipped 1 row with no value under any indicator column (only notes), not counted as a record: sheet row ${lines.length + 1}`,
    ]);
  });

  it('the same CSV as bytes with a UTF-8 byte order mark reads the same', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...readFileSync(csvPath)]);
    const results = (await gradeSample(grader, bytes, { map })).map((g) => g.result);
    expect(results.map((r) => r.grade)).toEqual(['1', '2', '3', '2', null, null, null, null, '4']);
  });

  it('sniffs a JSON array and NDJSON; APF 5.00 is grade 1 exactly at its limit, 4.99 is not', async () => {
    const at = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5 };
    const below = { ...at, apf: 4.99 };
    const json = (await gradeSample(grader, JSON.stringify([at, below]))).map((g) => g.result);
    const graded = await gradeSample(grader, `${JSON.stringify(at)}\n${JSON.stringify(below)}\nnot json\n`);
    const ndjson = graded.map((g) => g.result);
    expect(graded.map((g) => g.record)).toEqual([at, below, null]);
    expect(json.map((r) => r.grade)).toEqual(['1', '2']);
    expect(ndjson.map((r) => [r.row, r.grade])).toEqual([
      [1, '1'],
      [2, '2'],
      [3, null],
    ]);
    expect(ndjson[2]!.errors).toMatchObject([{ code: 'unreadable' }]);
  });

  it('reads an XLSX workbook from its bytes, headers matched to the indicators through the mapping', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      sheet.addRow(['机组类型', '额定制冷量', '全年能源消耗效率 APF']);
      sheet.addRow(['heat-pump', 3500, 4.5]);
      sheet.addRow(['heat-pump', 3500, 4.49]);
    });
    const results = (await gradeSample(grader, bytes, { map })).map((g) => g.result);
    // GB 21455-2019, heat pump ≤ 4500 W: grade 2 from APF 4.50; 4.49 is grade 3.
    expect(results.map((r) => r.grade)).toEqual(['2', '3']);
  });

  it('reads an XLSX two-row header (a group heading merged across columns) as qgrade grade does', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      sheet.addRow(['机组类型', '性能', null]);
      sheet.addRow([null, '额定制冷量', '全年能源消耗效率 APF']);
      sheet.mergeCells('A1:A2');
      sheet.mergeCells('B1:C1');
      sheet.addRow(['heat-pump', 3500, 4.5]);
      sheet.addRow(['heat-pump', 3500, 4.49]);
    });
    const results = (await gradeSample(grader, bytes, { map })).map((g) => g.result);
    expect(results.map((r) => [r.row, r.grade])).toEqual([
      [1, '2'],
      [2, '3'],
    ]);
  });

  it('a CSV whose header cannot be read is a usage error, not an empty result', async () => {
    await expect(gradeSample(grader, '"unclosed\n', { format: 'csv' })).rejects.toBeInstanceOf(QgradeError);
    for (const format of ['xml', 'parquet']) {
      await expect(gradeSample(grader, 'a\n', { format } as SampleOptions)).rejects.toSatisfy(
        (e: unknown) => e instanceof QgradeError && e.code === 'usage',
      );
    }
  });

  it('a column close to a defaulted indicator, not read, is a usage error naming options.map (hostile-19 F9)', async () => {
    // airCooled defaults to true: the water-cooled unit would be graded as in scope.
    const text =
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF,风冷式（是/否）\nW-1,heat-pump,3500,5.2,false\n';
    await expect(gradeSample(grader, text, { map })).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof QgradeError &&
        e.code === 'usage' &&
        e.message.includes(
          'column 5 ("风冷式（是/否）") looks like the indicator airCooled (Air-cooled) but is not read as it, and no other column gives airCooled: every record would be graded with its default true, whatever the column says. If it is that indicator, read it with options.map { "风冷式（是/否）": "airCooled" }',
        ),
    );
  });
});
