import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, SCOPE_REQUIRED } from '../grade/bound-scope-required-cases';
import { useCli, useTempDir } from './cli-harness';

// newcomer-words-42: the words a rule author (working in Chinese, not a programmer) reads in explain, grade, validate,
// init and test --coverage. The flat-glass rule set below is illustrative: every figure is made up, none is
// GB 11614-2022's, and the rule set says so. It is written to a temp folder, never to rules/.
const cli = useCli();
const temp = useTempDir();

const GLASS = `schemaVersion: 1
id: building-materials/flat-glass-words
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
  thickness: { type: number, unit: mm, range: "≥ 2", label: { zh: 厚度, en: Thickness } }
  transmittance: { type: number, unit: "%", range: "[0, 100]", label: { zh: 可见光透射比, en: Visible light transmittance } }
  pointDefects: { type: number, range: "≥ 0", label: { zh: 点状缺陷, en: Point defects } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质加工级, en: Premium processing } }
tables:
  transmittanceMin:
    keys: [thickness]
    columns: [thickness, ordinary, premium]
    rows:
      - ["[2, 8)", 86, 88]
      - ["[8, 12]", 82, 84]
      - ["> 12", 75, 78]
  defectsMax:
    keys: [thickness]
    columns: [thickness, ordinary, premium]
    rows:
      - ["< 6", 3, 1]
      - ["≥ 6", 4, 2]
criteria:
  - { id: transmittance, indicator: transmittance, require: "≥ transmittanceMin" }
  - { id: point-defects, indicator: pointDefects, require: "≤ defectsMax" }
`;

function write(name: string, text: string): string {
  const dir = join(temp(), 'words');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The explanation's "limits depend on" line for a record of the glass rule set. */
async function limitsLine(record: object, lang: 'zh' | 'en'): Promise<string | undefined> {
  const file = write('glass.yaml', GLASS);
  const run = await cli.run(['--lang', lang, 'explain', '-r', file, '--record', JSON.stringify(record)]);
  return run.stdout.split('\n').find((l) => l.startsWith(lang === 'zh' ? '限值取决于' : 'Limits depend on'));
}

describe('explain names the band a table key fell in (a)', () => {
  it('at a band edge, just below and just above: the row read, zh and en', async () => {
    const record = (thickness: number) => ({ thickness, transmittance: 90, pointDefects: 0 });
    // 7.9 and 8 sit on either side of the [2, 8) / [8, 12] edge; both tables band thickness, differently.
    expect(await limitsLine(record(7.9), 'zh')).toBe(
      '限值取决于：厚度 = 7.9 mm（transmittanceMin 的“[2, 8)”档、defectsMax 的“≥ 6”档）',
    );
    expect(await limitsLine(record(8), 'en')).toBe(
      'Limits depend on: Thickness = 8 mm (band [8, 12] of transmittanceMin, ≥ 6 of defectsMax)',
    );
    expect(await limitsLine(record(12), 'zh')).toBe(
      '限值取决于：厚度 = 12 mm（transmittanceMin 的“[8, 12]”档、defectsMax 的“≥ 6”档）',
    );
    expect(await limitsLine(record(12.1), 'en')).toBe(
      'Limits depend on: Thickness = 12.1 mm (band > 12 of transmittanceMin, ≥ 6 of defectsMax)',
    );
  });

  it('one table read: the band alone', async () => {
    // Without point defects given, only the transmittance table is read by a requirement that applies.
    const only = GLASS.replace(
      '  - { id: point-defects, indicator: pointDefects, require: "≤ defectsMax" }\n',
      '',
    ).replace(
      '  pointDefects: { type: number, range: "≥ 0", label: { zh: 点状缺陷, en: Point defects } }\n',
      '',
    );
    const file = write('glass-one.yaml', only);
    const zh = await cli.run([
      '--lang',
      'zh',
      'explain',
      '-r',
      file,
      '--record',
      '{"thickness":6,"transmittance":87}',
    ]);
    expect(zh.stdout).toContain('\n限值取决于：厚度 = 6 mm（在“[2, 8)”档）\n');
    const en = await cli.run(['explain', '-r', file, '--record', '{"thickness":8,"transmittance":87}']);
    expect(en.stdout).toContain('\nLimits depend on: Thickness = 8 mm (in band [8, 12])\n');
  });
});

describe('a blank CSV cell under an indicator is named with its line and column (b)', () => {
  const csv = '样品编号,厚度(mm),可见光透射比(%),点状缺陷\nFG-01,5,89.5,1\nFG-02,10,,0\n';

  it('in the grade table, the JSON message and explain, zh and en', async () => {
    const rules = write('glass.yaml', GLASS);
    const data = write('glass.csv', csv);
    const table = await cli.run(['--lang', 'zh', 'grade', '-r', rules, data]);
    expect(table.stdout).toMatch(/FG-02 +无效 +缺少可见光透射比（第 3 行第 3 列）\n/);
    const json = await cli.run(['grade', '-r', rules, '-f', 'ndjson', data]);
    const second = JSON.parse(json.stdout.trim().split('\n')[1]!) as {
      errors: { field: string; message: { zh: string; en: string } }[];
    };
    expect(second.errors).toEqual([
      {
        field: 'transmittance',
        code: 'missing',
        message: {
          zh: '缺少可见光透射比（第 3 行第 3 列）',
          en: 'transmittance (Visible light transmittance) is missing (line 3, column 3)',
        },
      },
    ]);
    const explain = await cli.run(['--lang', 'zh', 'explain', '-r', rules, data, '--row', '2']);
    expect(explain.stdout).toContain('  ✗ 缺少可见光透射比（第 3 行第 3 列）\n');
  });

  it('a column the file does not have is told as before, with no cell', async () => {
    const rules = write('glass.yaml', GLASS);
    const data = write('no-defects.csv', '厚度,可见光透射比\n5,89.5\n');
    const json = await cli.run(['grade', '-r', rules, '-f', 'ndjson', data]);
    expect(json.stdout).toContain('"en":"pointDefects (Point defects) is missing"');
  });
});

describe('validate lists each stream in file order (c)', () => {
  it('the $schema line warning (line 1) comes before a later warning, not after it', async () => {
    // A copied file: its $schema path points nowhere; and the init template's placeholder title (line 7).
    const text = `# yaml-language-server: $schema=../no/such/ruleset.schema.json\n${GLASS.replace('title: { zh: 平板玻璃分级（示例）', 'title: { zh: "TODO 标准名称"')}`;
    const file = write('schema-line.yaml', text);
    const run = await cli.run(['validate', file]);
    expect(run.code).toBe(0);
    const at = run.stderr
      .split('\n')
      .filter((l) => l.startsWith(`${file}:`) && l.includes(': warning: '))
      .map((l) => l.slice(file.length + 1).split(':')[0]);
    expect(at).toEqual(['1', '7']);
  });
});

describe('gate and cap mixed up: the key to write is named, at its place (d)', () => {
  const ruleSet = (criterion: string) =>
    GLASS.replace(
      '  - { id: point-defects, indicator: pointDefects, require: "≤ defectsMax" }\n',
      `  - id: point-defects\n    indicator: pointDefects\n    require: "≤ 4"\n    ${criterion}\n`,
    );

  it('gate: 普通级 (a grade after gate) → cap: ordinary', async () => {
    const file = write('gate-grade.yaml', ruleSet('gate: 普通级'));
    const [en, zh] = await Promise.all([
      cli.run(['validate', file]),
      cli.run(['--lang', 'zh', 'validate', file]),
    ]);
    expect([en.code, zh.code]).toEqual([1, 1]);
    expect(en.stdout).toBe(
      `${file}:38:11: "gate" must be true or false, got the grade "普通级" (ordinary): "gate: true" makes a veto item (一票否决), and a record failing it gets no grade; if a record failing it may still get that grade at most, write "cap: ordinary" in place of "gate: 普通级"\n`,
    );
    expect(zh.stdout).toBe(
      `${file}:38:11: “gate”只能是 true 或 false，实际是等级“普通级”（ordinary）：“gate: true”使之成为否决项（一票否决），不满足的记录不分级；若不满足的记录最高可评为该等级，请写“cap: ordinary”代替“gate: 普通级”\n`,
    );
  });

  it('gate: premium (the top grade) → gate: true only; cap: true → gate: true, or cap at the lowest grade', async () => {
    const top = await cli.run(['validate', write('gate-top.yaml', ruleSet('gate: premium'))]);
    expect(top.stdout).toContain(
      ':38:11: "gate" must be true or false, got the grade "premium": a requirement whose failure leaves the record with no grade (a veto item, 一票否决) is written "gate: true"\n',
    );
    const file = write('cap-true.yaml', ruleSet('cap: true'));
    const zh = await cli.run(['--lang', 'zh', 'validate', file]);
    expect(zh.stdout).toBe(
      `${file}:38:10: “cap”写本规则集的一个等级（ordinary、premium），即不满足此要求的记录最高能得的等级，实际是 true：不满足就不分级的要求（一票否决项）请写“gate: true”代替“cap: true”；若不满足时记录仍可评为最低等级，请写“cap: ordinary”\n`,
    );
  });

  it('the scored template says where cap belongs, and still validates', async () => {
    const dir = join(temp(), 'init-scored');
    mkdirSync(dir, { recursive: true });
    const init = await cli.run(['--lang', 'zh', 'init', 'enterprise/q', '--template', 'scored'], {
      cwd: dir,
    });
    expect(init.code).toBe(0);
    const made = join(dir, 'rules/enterprise/q.yaml');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(made, 'utf8')).toContain(
      '    gate: true # 不满足则不定级；若标准规定不满足时降为最低等级，改写为 cap: qualified\n',
    );
    // The comment's advice, taken: a cap at the lowest grade validates.
    const capped = readFileSync(made, 'utf8').replace(/ {4}gate: true #.*\n/, '    cap: qualified\n');
    const run = await cli.run(['validate', write('capped.yaml', capped)]);
    expect(run.code).toBe(0);
  });
});

describe('test --coverage says what "just below" and "just above" mean (e)', () => {
  it('a score cutoff: a value within 1 of it, not "step 1"', async () => {
    const dir = join(temp(), 'init-coverage');
    mkdirSync(dir, { recursive: true });
    await cli.run(['init', 'enterprise/q', '--template', 'scored'], { cwd: dir });
    const suite = join(dir, 'rules/enterprise/q.test.yaml');
    const { readFileSync } = await import('node:fs');
    // Keep only the cases exactly at a cutoff (60, 75, 90) and the others that are no cutoff's neighbour.
    const kept = readFileSync(suite, 'utf8').replace(
      / {2}- name: "total (59|61|74|76|89|91)[^\n]*\n( {4}[^\n]*\n)+/g,
      '',
    );
    writeFileSync(suite, kept);
    const [en, zh] = await Promise.all([
      cli.run(['test', '--coverage', suite], { cwd: dir }),
      cli.run(['--lang', 'zh', 'test', '--coverage', suite], { cwd: dir }),
    ]);
    expect(en.stdout).toContain(
      '    totalScore@qualified ≥ 60 (line 52): no case just below, just above (a value within 1 of 60)\n',
    );
    expect(zh.stdout).toContain(
      '    totalScore@qualified ≥ 60（第 52 行）：缺少略低于、略高于的用例（与 60 相差不超过 1 的值）\n',
    );
    expect(en.stdout).not.toContain('step 1');
  });
});

describe('a list of specimens that all meet the limit says so (f)', () => {
  const STEEL = 'steel/low-alloy-structural-steel';
  const record = {
    designation: 'Q355',
    thickness: 20,
    yieldStrength: 382,
    tensileStrength: 528,
    impactTemperature: 20,
    carbon: 0.16,
    manganese: 1.38,
    phosphorus: 0.018,
    sulfur: 0.009,
  };

  it('34, 36, 40 against ≥ 34 J (one at the limit): "all meet", not "0 fail"; 33 still counts as one', async () => {
    const at = JSON.stringify({ ...record, impactEnergy: [34, 36, 40] });
    const [en, zh] = await Promise.all([
      cli.run(['explain', '-r', STEEL, '--record', at]),
      cli.run(['--lang', 'zh', 'explain', '-r', STEEL, '--record', at]),
    ]);
    expect(en.stdout).toContain(
      '  ✓ Impact energy KV2, single values: single values 34, 36, 40 J: all meet ≥ 34 J (at most 1 may fail) (Grade B)\n',
    );
    expect(zh.stdout).toContain(
      '  ✓ 冲击吸收能量 KV2 单个值：单个值 34、36、40 J，全部满足 ≥ 34 J（允许至多 1 个不满足）（B级）\n',
    );
    expect(en.stdout).not.toContain('0 fail');
    const below = await cli.run([
      'explain',
      '-r',
      STEEL,
      '--record',
      JSON.stringify({ ...record, impactEnergy: [33, 36, 40] }),
    ]);
    expect(below.stdout).toContain(
      'single values 33, 36, 40 J: 1 fails ≥ 34 J (specimen 1), at most 1 allowed (Grade B)\n',
    );
  });
});

describe('a scope item named by its limit reads a yes/no value as 是 in Chinese (h)', () => {
  it('全封闭 = 是（hermetic-small）, Hermetic = true (hermetic-small)', async () => {
    const input = `${JSON.stringify({ ...BASE, size: '≥7100' })}\n`;
    const run = await cli.run(['grade', '-r', SCOPE_REQUIRED, '-f', 'ndjson', '-i', 'ndjson', '-'], {
      input,
    });
    const { message } = (
      JSON.parse(run.stdout.trim()) as { errors: { message: { zh: string; en: string } }[] }
    ).errors[0]!;
    expect(message.zh).toContain('（范围项“全封闭 = 是（hermetic-small）”）');
    expect(message.en).toContain('(scope item "Hermetic = true (hermetic-small)")');
  });
});

describe('the ladder template says its grades run lowest to highest (i)', () => {
  it('init --help, zh and en', async () => {
    const [en, zh] = await Promise.all([
      cli.run(['init', '--help']),
      cli.run(['--lang', 'zh', 'init', '--help']),
    ]);
    // Help wraps its lines: read it as one line.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    expect(flat(en.stdout)).toContain('lowest to highest such as 合格品, 一等品, 优等品');
    expect(flat(zh.stdout).replace(/ /g, '')).toContain('等级由低到高如合格品、一等品、优等品');
    expect(`${en.stdout}${zh.stdout}`).not.toContain('›');
  });
});
