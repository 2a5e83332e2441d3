import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

// newcomer-41: a building-materials association's quality engineer writes a flat-glass rule set after the form of
// GB 11614-2022 (two grades, limits by thickness band). The standard's figures were not read: every figure below is
// made up, and the rule set says so (provenance: illustrative). It is written to a temp folder, never to rules/.
const cli = useCli();
const temp = useTempDir();

/** The rule set, with 弯曲度 (bow) banded by `when` on thickness: `thin` and `thick` are the two bands' conditions. */
function glass(
  thin: string,
  thick: string,
  extra: { range?: string; scope?: string; thicknessType?: string } = {},
) {
  return `schemaVersion: 1
id: building-materials/flat-glass-example
version: 0.1.0
industry: building-materials
subject: product
title: { zh: 平板玻璃分级（示例）, en: Flat glass grades (illustrative) }
references:
  - { code: GB 11614-2022, edition: "2022", status: current }
provenance:
  level: illustrative
  note: { zh: 所有限值均为编造的示例，不是 GB 11614-2022 的数值, en: "Every limit is made up, not GB 11614-2022's" }
indicators:
  thickness: { type: ${extra.thicknessType ?? 'number'}, unit: mm, range: "${extra.range ?? '≥ 2'}", label: { zh: 厚度, en: Thickness } }
  transmittance: { type: number, unit: "%", range: "[0, 100]", label: { zh: 可见光透射比, en: Visible light transmittance } }
  bow: { type: number, unit: "%", range: "≥ 0", label: { zh: 弯曲度, en: Bow } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质加工级, en: Premium processing } }
${extra.scope ? `scope:\n  - { id: thickness-in-scope, indicator: thickness, require: "${extra.scope}", reason: { zh: 厚度超出范围, en: Thickness out of scope } }\n` : ''}tables:
  transmittanceMin:
    keys: [thickness]
    columns: [thickness, ordinary, premium]
    rows:
      - ["[2, 8)", 86, 88]
      - ["≥ 8", 82, 84]
criteria:
  - { id: transmittance, indicator: transmittance, require: "≥ transmittanceMin" }
  - id: bow-thin
    indicator: bow
    when: { thickness: ${thin} }
    require: "≤ 0.3"
  - id: bow-thin-premium
    indicator: bow
    when: { thickness: ${thin} }
    require: "≤ 0.2"
    grade: premium
  - id: bow-thick
    indicator: bow
    when: { thickness: ${thick} }
    require: "≤ 0.2"
  - id: bow-thick-premium
    indicator: bow
    when: { thickness: ${thick} }
    require: "≤ 0.1"
    grade: premium
`;
}

function write(text: string, name = 'flat-glass-example'): string {
  const dir = join(temp(), 'rules', 'building-materials');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

async function validate(file: string) {
  return { en: await cli.run(['validate', file]), zh: await cli.run(['--lang', 'zh', 'validate', file]) };
}

describe('bands of a number written with `when` that leave a gap are a band-gap warning (newcomer-41 F1)', () => {
  it('≤ 6 and ≥ 8 leave (6, 8): warned at the first when, zh and en, with bands that meet to write', async () => {
    const file = write(glass('"≤ 6"', '"≥ 8"'));
    const { en, zh } = await validate(file);
    expect([en.code, zh.code]).toEqual([0, 0]);
    expect(zh.stderr).toContain(
      `${file}:30:11: 警告：“弯曲度”（“bow”）的要求都用“when”按“thickness”分档，“thickness”在 (6, 8) 内的记录在任何等级没有“弯曲度”的要求：` +
        '分级时不检验它，如同没有这个限值，其等级不受它限制；若两档之间本不该有空缺，请让“when”的区间首尾相接（如“< 8”与“≥ 8”）；' +
        '否则为这些值加一条要求，或用“scope”把它们排除在标准之外\n',
    );
    expect(en.stderr).toContain(
      `${file}:30:11: warning: every requirement on "Bow" (bow) is limited by "when" to bands of thickness, and none applies ` +
        'to a record with thickness (6, 8) at any grade: such a record is graded as if the limit did not exist, and it never ' +
        'holds its grade back; if the bands are meant to meet, make the "when" ranges meet (e.g. "< 8" and "≥ 8"); ' +
        'otherwise add a requirement for these values, or keep them out with "scope"\n',
    );
    // What the warning is about: a 7 mm pane of bow 5 % meets no bow requirement.
    const seven = await cli.run([
      'explain',
      '-r',
      file,
      '--record',
      '{"thickness":7,"transmittance":90,"bow":5}',
    ]);
    expect(seven.stdout).toContain('Grade: premium (Premium processing)\n');
  });

  it('bands that meet (< 8, ≥ 8), and an integer with nothing between 6 and 7, are not warned about', async () => {
    for (const text of [
      glass('"< 8"', '"≥ 8"'),
      glass('"[2, 8)"', '"≥ 8"'),
      glass('"≤ 6"', '"≥ 7"', { thicknessType: 'integer' }),
    ]) {
      const { en } = await validate(write(text));
      expect(en.stderr).not.toContain('limited by "when" to bands');
      expect(en.stderr).toContain(': ok\n');
    }
    // The same bands on a number (not an integer) leave (6, 7).
    const { en } = await validate(write(glass('"≤ 6"', '"≥ 7"')));
    expect(en.stderr).toContain('none applies to a record with thickness (6, 7) at any grade');
  });

  it('a last band with an upper end leaves what lies beyond unless range or scope keeps it out', async () => {
    const open = await validate(write(glass('"< 8"', '"[8, 12]"')));
    expect(open.en.stderr).toContain('none applies to a record with thickness > 12 at any grade');
    expect(open.en.stderr).toContain(
      'at any grade: such a record is graded as if the limit did not exist, and it never holds its grade back; add a requirement for these values, or keep them out with "scope"\n',
    );
    // Nothing between two bands: no advice to make them meet.
    expect(open.en.stderr).not.toContain('make the "when" ranges meet');
    expect(open.zh.stderr).toContain('“thickness > 12”的记录在任何等级没有“弯曲度”的要求');
    for (const extra of [{ scope: '[2, 12]' }, { range: '[2, 12]' }]) {
      const { en } = await validate(write(glass('"< 8"', '"[8, 12]"', extra)));
      expect(en.stderr).not.toContain('limited by "when" to bands');
    }
  });

  it('one band only ("only these") is not warned about; a gap only at the higher grade names that grade', async () => {
    const only = glass('"< 8"', '"≥ 8"').replace(/ {2}- id: bow-thick\n[\s\S]*$/, '');
    const one = await validate(write(only));
    expect(one.en.stderr).not.toContain('limited by "when" to bands');
    // Bow checked only for 优质加工级, in two bands with [8, 10) between: the grade is named.
    const premiumGap = glass('"< 8"', '"≥ 10"')
      .replace(/ {2}- id: bow-thin\n(?: {4}.*\n){3}/, '')
      .replace(/ {2}- id: bow-thick\n(?: {4}.*\n){3}/, '');
    expect(premiumGap).not.toContain('id: bow-thin\n');
    const { en, zh } = await validate(write(premiumGap));
    expect(en.stderr).toContain('none applies to a record with thickness [8, 10) at grade "premium"');
    expect(zh.stderr).toContain('“thickness”在 [8, 10) 内的记录在等级“优质加工级”没有“弯曲度”的要求');
  });
});

describe('a band written as a table cell writes ("2~6") in `when` says the range to write (newcomer-41 F5)', () => {
  it('on a number: "[2, 6]", without the unit written with it (zh, en)', async () => {
    const { en, zh } = await validate(write(glass('"2~6"', '"≥ 8"')));
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain(
      ':30:24: “thickness”是数值；“2~6”永远不会与它相符：区间要写成 "[2, 6]"（方括号含端点，圆括号不含）\n',
    );
    expect(en.stdout).toContain(
      ':30:24: "thickness" is a number; "2~6" can never match it: write the range as "[2, 6]" (square brackets take the end in, round ones leave it out)\n',
    );
    const unit = await validate(write(glass('"< 8"', '"8~12 mm"')));
    expect(unit.zh.stdout).toContain(
      '“8~12 mm”永远不会与它相符：区间要写成 "[8, 12]"，区间不写单位（方括号含端点，圆括号不含）',
    );
    expect(unit.en.stdout).toContain('write the range as "[8, 12]", without the unit (square brackets');
  });

  it('on nominal sizes (a numeric enum): the sizes in the band', async () => {
    const sizes = glass('"2~6"', '"≥ 8"')
      .replace(
        'type: number, unit: mm, range: "≥ 2"',
        'type: enum, values: [2, 3, 4, 5, 6, 8, 10, 12], unit: mm',
      )
      .replace('"[2, 8)", 86, 88', '[2, 3, 4, 5, 6], 86, 88')
      .replace('"≥ 8", 82, 84', '[8, 10, 12], 82, 84');
    const { zh, en } = await validate(write(sizes));
    expect(zh.stdout).toContain(
      '“2~6”永远不会与它相符：请写 [2, 3, 4, 5, 6]（不加引号），即“values”中在 2~6 内的取值',
    );
    expect(en.stdout).toContain(
      '"2~6" can never match it: write [2, 3, 4, 5, 6] (unquoted), the values of "values" in 2~6',
    );
  });
});

describe('test --coverage lists the numbers `when` compares with (newcomer-41 F2)', () => {
  it("the when-band's edge is listed once per comparison, naming its requirements; a when on the value itself is not", async () => {
    const text = glass('"< 8"', '"≥ 8"').replace(
      '  - { id: transmittance, indicator: transmittance, require: "≥ transmittanceMin" }',
      '  - { id: transmittance, indicator: transmittance, require: "≥ transmittanceMin", when: { transmittance: "≥ 0" } }',
    );
    const file = write(text);
    writeFileSync(
      file.replace(/\.yaml$/, '.test.yaml'),
      `ruleSet: ./flat-glass-example.yaml
cases:
  - { name: "7 mm, bow 0.25: thin band, ordinary", input: { thickness: 7, transmittance: 90, bow: 0.25 }, grade: ordinary }
  - { name: "8 mm, bow 0.25: thick band, not graded", input: { thickness: 8, transmittance: 90, bow: 0.25 }, grade: null, notGradedReason: below-lowest-grade }
`,
    );
    const suite = file.replace(/\.yaml$/, '.test.yaml');
    const zh = await cli.run(['--lang', 'zh', 'test', '--coverage', suite]);
    const en = await cli.run(['test', '--coverage', suite]);
    expect(zh.code).toBe(0);
    expect(zh.stdout + zh.stderr).toContain(
      '  条件中的数值 2 个未计入（不是要求的限值）：bow-thin、bow-thin-premium 的 when 中的 thickness < 8；' +
        'bow-thick、bow-thick-premium 的 when 中的 thickness ≥ 8。请自己为其两侧写用例\n',
    );
    expect(en.stdout + en.stderr).toContain(
      "  2 numbers compared with in conditions are not counted (no requirement's limit): thickness < 8 in the when of " +
        'bow-thin, bow-thin-premium; thickness ≥ 8 in the when of bow-thick, bow-thick-premium. Write cases on both sides yourself\n',
    );
    expect(en.stdout + en.stderr).toContain('coverage of ');
    expect(en.stdout + en.stderr).not.toContain('transmittance ≥ 0');
  });
});

describe('nominal thicknesses (a numeric enum in mm) read a size written with the unit, as a number does (newcomer-41 F4)', () => {
  it('5mm, 5 mm, ５ｍｍ, 5毫米 are 5; 5 cm is told to convert, not to write 5; 7mm is no listed size', async () => {
    const sizes = glass('"< 8"', '"≥ 8"')
      .replace(
        'type: number, unit: mm, range: "≥ 2"',
        'type: enum, values: [2, 3, 4, 5, 6, 8, 10, 12], unit: mm',
      )
      .replace('"[2, 8)", 86, 88', '[2, 3, 4, 5, 6], 86, 88')
      .replace('"≥ 8", 82, 84', '[8, 10, 12], 82, 84');
    const file = write(sizes);
    const csv = join(temp(), 'glass.csv');
    writeFileSync(
      csv,
      '样品编号,厚度(mm),可见光透射比(%),弯曲度(%)\nA,5mm,87,0.1\nB,5 mm,87,0.1\nC,５ｍｍ,87,0.1\nD,5毫米,87,0.1\nE,5 cm,87,0.1\nF,7mm,87,0.1\nG,8mm,87,0.1\n',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', file, '-f', 'csv', csv]);
    const en = await cli.run(['grade', '-r', file, '-f', 'csv', csv]);
    expect(zh.code).toBe(1);
    const rows = zh.stdout.trim().split('\n').slice(1);
    // 87 % meets 普通级 (86) of the 2–6 mm row, not 优质加工级 (88): read as 5 mm. 8 mm meets both of its row's (82, 84).
    expect(rows.slice(0, 4).map((r) => r.split(',').slice(1, 4).join(','))).toEqual([
      'A,ordinary,普通级',
      'B,ordinary,普通级',
      'C,ordinary,普通级',
      'D,ordinary,普通级',
    ]);
    expect(rows[4]).toContain(
      '实际为 ""5 cm""，数值后的单位 cm 不是该指标的单位 mm：请换算为 mm，只写数值（第 6 行第 2 列）',
    );
    expect(en.stdout).toContain(
      'got ""5 cm"", a number in cm, which is not the indicator\'s unit, mm: convert it to mm and write the number alone (line 6, column 2)',
    );
    expect(rows[4]).not.toContain('请只写数值 5');
    expect(rows[5]).toMatch(/^6,F,,,false,,,invalid-record,,thickness,/);
    expect(rows[6]).toMatch(/^7,G,premium,优质加工级,true/);
    // Without a unit on the indicator a unit stays refused, with its advice.
    const noUnit = write(
      sizes.replace('values: [2, 3, 4, 5, 6, 8, 10, 12], unit: mm', 'values: [2, 3, 4, 5, 6, 8, 10, 12]'),
      'no-unit',
    );
    const plain = join(temp(), 'plain.csv');
    writeFileSync(plain, '样品编号,厚度,可见光透射比(%),弯曲度(%)\nA,5mm,87,0.1\n');
    const refused = await cli.run(['--lang', 'zh', 'grade', '-r', noUnit, '-f', 'csv', plain]);
    expect(refused.stdout).toContain('实际为 ""5mm""，数值后带了单位：请只写数值 5');
  });
});
