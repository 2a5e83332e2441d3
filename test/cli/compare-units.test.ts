/**
 * `qgrade compare` reads its input once for both rule sets. A column whose
 * header (or units row) writes a unit is checked against B's indicator of
 * the same name too, as `qgrade grade -r B` checks it. When an edition
 * changes the unit to one that converts (W → kW, % → ‰; committee-29 F1),
 * B grades the values converted; a unit that does not convert (W → Btu/h)
 * cannot be graded under both. `qgrade diff` does not call a limit
 * re-expressed in the new unit stricter.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { capacityRuleSet as ruleSet, writtenBeforeAll } from './capacity-unit-rules';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();

/** `qgrade compare -f json` of two of the test's rule files and a data file, by their names. */
const compareJson = (files: Record<string, string>, a: string, b: string, data: string) =>
  cli.run(['compare', '-f', 'json', files[a]!, files[b]!, files[data]!]);
const temp = useTempDir();

describe.concurrent('qgrade compare: a column in one unit, read by A and B in different units', () => {
  const files = writtenBeforeAll(temp, {
    'kw.yaml': ruleSet('2.0.0', 'kW', '14'),
    'w.yaml': ruleSet('1.0.0', 'W', '14000'),
    'kw2.yaml': ruleSet('2.1.0', 'kW', '12'),
    'w4000.yaml': ruleSet('1.1.0', 'W', '4000'),
    'btu.yaml': ruleSet('1.2.0', 'Btu/h', '47770'),
    // 5.0 kW is in scope under both editions; read as 5.0 W under B it would be too, by chance: the run must refuse anyway.
    'kw.csv': 'id,制冷量/kW\nK1,5.0\n',
    'w.csv': 'id,制冷量/W\nK1,5000\n',
    'units-row.csv': 'id,制冷量\n,kW\nK1,5.0\n',
    'label.csv': 'id,制冷量\nK1,5.0\n',
    'label.json': '[{"id":"K1","capacity":5.0}]',
  });

  it('converts a header in A’s unit for B when the units convert (A kW, B W): 5.0 kW is 5000 W, graded so (committee-29 F1)', async () => {
    // A ≤ 14 kW, B ≤ 14000 W. B's limit lowered to 4000 W: 5.0 kW = 5000 W fails there, so B's value is converted.
    const run = await compareJson(files, 'kw.yaml', 'w4000.yaml', 'kw.csv');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ total: 1, changed: 1 });
    expect(out.changes[0]).toMatchObject({ from: 'C', to: null });
    // 14000 W: the same limit, nothing moves.
    const same = await compareJson(files, 'kw.yaml', 'w.yaml', 'kw.csv');
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ total: 1, changed: 0 });
    expect(same.stderr).toContain(
      "A reads capacity in kW and B in W (1 kW = 1000 W): values are read in A's unit (a value given without one, as under a header of the label alone or in JSON, too), and B grades them converted to its unit",
    );
    const zh = await cli.run([
      '--lang',
      'zh',
      'compare',
      files['kw.yaml']!,
      files['w.yaml']!,
      files['kw.csv']!,
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('A 以 kW、B 以 W 读取 capacity（1 kW = 1000 W）：数值按 A 的单位读取');
  });

  it('still refuses a header in A’s unit when B’s is one it does not convert to (A kW, B Btu/h), exit 2', async () => {
    const run = await cli.run(['compare', files['kw.yaml']!, files['btu.yaml']!, files['kw.csv']!]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `column 2 ("制冷量/kW") is in kW, but rule set B's indicator capacity (Cooling capacity) is in Btu/h`,
    );
    expect(run.stderr).toContain('the rule sets compared read it in different units');
    const zh = await cli.run([
      '--lang',
      'zh',
      'compare',
      files['kw.yaml']!,
      files['btu.yaml']!,
      files['kw.csv']!,
    ]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '第 2 列“制冷量/kW”的单位是 kW，而规则集 B 的指标 capacity（制冷量）的单位是 Btu/h',
    );
  });

  it('names A when the header is in B’s unit and not in A’s', async () => {
    const run = await cli.run(['compare', files['w.yaml']!, files['kw.yaml']!, files['kw.csv']!]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `column 2 ("制冷量/kW") is in kW, but rule set A's indicator capacity (Cooling capacity) is in W`,
    );
    // Converting to W would only move the refusal to B: the advice for one rule set is not given.
    expect(run.stderr).not.toContain('convert the values');
  });

  it('checks a units row under the header as well', async () => {
    const run = await cli.run(['compare', files['kw.yaml']!, files['btu.yaml']!, files['units-row.csv']!]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `line 2 (the units under the header) gives column 2 ("制冷量") the unit kW, but rule set B's indicator capacity (Cooling capacity) is in Btu/h`,
    );
    // A unit B's converts to: graded, converted (5.0 kW = 5000 W > 4000 W).
    const converted = await compareJson(files, 'kw.yaml', 'w4000.yaml', 'units-row.csv');
    expect(converted.code).toBe(0);
    expect(JSON.parse(converted.stdout).changes[0]).toMatchObject({ from: 'C', to: null });
  });

  it('grades as before when A and B agree on the unit, whatever else changed', async () => {
    const run = await compareJson(files, 'kw.yaml', 'kw2.yaml', 'kw.csv');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 1, changed: 0, invalid: [] });
    expect(run.stderr).not.toContain('reads capacity in');
  });

  it('a value given with no unit (JSON, a label-only header) is taken in A’s unit and converted for B where the units convert', async () => {
    const run = await compareJson(files, 'kw.yaml', 'w4000.yaml', 'label.json');
    expect(run.code).toBe(0);
    // 5.0 (kW, A's unit) = 5000 W > 4000 W under B.
    expect(JSON.parse(run.stdout).changes[0]).toMatchObject({ from: 'C', to: null });
    expect(run.stderr).toContain('A reads capacity in kW and B in W (1 kW = 1000 W): values are read in A');
    const csv = await compareJson(files, 'kw.yaml', 'w.yaml', 'label.csv');
    expect(JSON.parse(csv.stdout)).toMatchObject({ total: 1, changed: 0 });
  });

  it('a value given with no unit, in units that do not convert, is compared, with a notice that one side reads it in the wrong unit', async () => {
    const run = await compareJson(files, 'kw.yaml', 'btu.yaml', 'label.json');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'A reads capacity in kW and B in Btu/h: a column whose header or units row writes its unit is checked against both, but a value given without one',
    );
    const zh = await cli.run([
      '--lang',
      'zh',
      'compare',
      files['kw.yaml']!,
      files['btu.yaml']!,
      files['label.csv']!,
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('A 以 kW、B 以 Btu/h 读取 capacity：');
  });

  it('the HTML report and the workbook carry that notice too, whose reader does not see stderr (committee-27 M1)', async () => {
    const html = join(temp(), 'units.html');
    const xlsx = join(temp(), 'units.xlsx');
    const zh = ['--lang', 'zh', 'compare', files['kw.yaml']!, files['btu.yaml']!, files['label.csv']!];
    expect((await cli.run([...zh.slice(0, 3), '-f', 'html', '-o', html, ...zh.slice(3)])).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('A 以 kW、B 以 Btu/h 读取 capacity：');
    expect(page).toContain('其中一方会按错误的单位判定');
    expect((await cli.run([...zh.slice(0, 3), '-f', 'xlsx', '-o', xlsx, ...zh.slice(3)])).code).toBe(0);
    const [summary] = await readBack(readFileSync(xlsx));
    const said = summary!.rows.filter((r) =>
      String(r[1] ?? '').startsWith('A 以 kW、B 以 Btu/h 读取 capacity：'),
    );
    expect(said).toHaveLength(1);
    const en = join(temp(), 'units-en.html');
    await cli.run([
      'compare',
      '-f',
      'html',
      '-o',
      en,
      files['kw.yaml']!,
      files['btu.yaml']!,
      files['label.csv']!,
    ]);
    expect(readFileSync(en, 'utf8')).toContain('A reads capacity in kW and B in Btu/h: ');
    // Agreeing units: no such notice in the report.
    const agree = join(temp(), 'agree.html');
    await cli.run([
      'compare',
      '-f',
      'html',
      '-o',
      agree,
      files['kw.yaml']!,
      files['kw2.yaml']!,
      files['label.csv']!,
    ]);
    expect(readFileSync(agree, 'utf8')).not.toContain('reads capacity in');
  });

  it('grade -r B says a single-letter unit is not the indicator’s, and does not advise a --map that grades W as kW', async () => {
    const run = await cli.run(['grade', '-r', files['kw.yaml']!, '-f', 'ndjson', files['w.csv']!]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'the column "制冷量/W" seems to be the indicator capacity (Cooling capacity) in W, while the indicator is in kW',
    );
    expect(run.stderr).toContain('convert its values to kW and write kW in the header');
    expect(run.stderr).not.toContain('--map');
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      files['kw.yaml']!,
      '-f',
      'ndjson',
      files['w.csv']!,
    ]);
    expect(zh.stderr).toContain('“制冷量/W”列似乎是指标 capacity（制冷量），但单位是 W，而该指标的单位是 kW');
    expect(zh.stderr).not.toContain('--map');
  });
});

describe.concurrent('qgrade diff: a limit re-expressed in a changed unit', () => {
  const files: Record<string, string> = {};
  beforeAll(() => {
    const dir = temp();
    for (const [name, text] of [
      ['w.yaml', ruleSet('1.0.0', 'W', '14000')],
      ['kw.yaml', ruleSet('2.0.0', 'kW', '14')],
    ] as const) {
      files[name] = join(dir, name);
      writeFileSync(files[name], text);
    }
    files.html = join(dir, 'diff.html');
  });

  it('is the same limit in a new unit (W and kW convert), with a note naming the conversion, in text, markdown, html and json (zh and en)', async () => {
    const note = 'the unit of capacity changed from W to kW, 1 kW = 1000 W: limits are compared in kW';
    const text = await cli.run(['diff', files['w.yaml']!, files['kw.yaml']!]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`limit: ≤ 14000 W → ≤ 14 kW, the same limit in a new unit (${note})`);
    expect(text.stdout).toContain('0 stricter, 0 looser');
    const zh = await cli.run(['--lang', 'zh', 'diff', files['w.yaml']!, files['kw.yaml']!]);
    expect(zh.stdout).toContain(
      '≤ 14000 W → ≤ 14 kW，同一限值，换用新单位（capacity 的单位由 W 改为 kW，1 kW = 1000 W：限值换算为 kW 后比较宽严）',
    );
    // Neither counted as 宽严不定: the limit has no direction, and neither has the unit itself.
    expect(zh.stdout).toContain('宽严不定 0 处');
    expect(zh.stdout).toContain('更严 0 处，更宽 0 处');
    const markdown = await cli.run(['diff', '-f', 'markdown', files['w.yaml']!, files['kw.yaml']!]);
    expect(markdown.stdout).toContain(note);
    expect(markdown.stdout).toMatch(/\| ≤ 14000 W \| ≤ 14 kW \| — \|/);
    const html = await cli.run([
      'diff',
      '-f',
      'html',
      '-o',
      files.html!,
      files['w.yaml']!,
      files['kw.yaml']!,
    ]);
    expect(html.code).toBe(0);
    expect(readFileSync(files.html!, 'utf8')).toContain(note);
    const json = await cli.run(['diff', '-f', 'json', files['w.yaml']!, files['kw.yaml']!]);
    const limit = JSON.parse(json.stdout).entries.find(
      (e: { key: string }) => e.key === 'criterion:capacity:limit',
    );
    expect(limit).toMatchObject({ note: { en: note } });
    expect(limit.direction).toBeUndefined();
  });
});
