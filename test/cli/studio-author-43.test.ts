import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

// studio-author-43: what a rule author reads in explain. The plate rule set below is illustrative: every figure is
// made up, none is a standard's, and the rule set says so. It is written to a temp folder, never to rules/.
const cli = useCli();
const temp = useTempDir();

const PLATE = `schemaVersion: 1
id: steel/plate-words
version: 0.1.0
industry: steel
subject: product
title: { zh: 钢板分级（示例）, en: Plate grades (illustrative) }
references:
  - { code: illustrative, edition: "2026", status: draft }
provenance:
  level: illustrative
  note: { zh: 所有限值均为编造的示例, en: Every limit is made up }
indicators:
  thickness: { type: number, unit: mm, range: "> 0", label: { zh: 厚度, en: Thickness } }
  impactEnergy:
    type: number
    unit: J
    range: "≥ 0"
    specimens: 3
    label: { zh: 冲击吸收能量, en: Impact energy }
  elongation: { type: number, unit: "%", range: "[0, 100]", label: { zh: 断后伸长率, en: Elongation } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - id: impact-thin
    indicator: impactEnergy
    when: { thickness: "[2, 8)" }
    require: "≥ 23.8"
  - id: impact
    indicator: impactEnergy
    when: { thickness: "≥ 8" }
    require: "≥ 27"
  - { id: elongation, indicator: elongation, require: "≥ 18" }
`;

function write(name: string, text: string): string {
  const dir = join(temp(), 'author-43');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The explanation's "limits depend on" line for a record of `rules`. */
async function limitsLine(rules: string, record: object, lang: 'zh' | 'en'): Promise<string | undefined> {
  const run = await cli.run(['--lang', lang, 'explain', '-r', rules, '--record', JSON.stringify(record)]);
  return run.stdout.split('\n').find((l) => l.startsWith(lang === 'zh' ? '限值取决于' : 'Limits depend on'));
}

describe('explain names the band of a `when` the record met (item 1)', () => {
  it('at the 8 mm edge, just below and just above, zh and en', async () => {
    const file = write('plate.yaml', PLATE);
    const record = (thickness: number) => ({ thickness, impactEnergy: 40, elongation: 20 });
    expect(await limitsLine(file, record(7.9), 'zh')).toBe('限值取决于：厚度 = 7.9 mm（在“[2, 8)”档）');
    expect(await limitsLine(file, record(8), 'zh')).toBe('限值取决于：厚度 = 8 mm（在“≥ 8”档）');
    expect(await limitsLine(file, record(8.1), 'en')).toBe(
      'Limits depend on: Thickness = 8.1 mm (in band ≥ 8)',
    );
    expect(await limitsLine(file, record(2), 'en')).toBe(
      'Limits depend on: Thickness = 2 mm (in band [2, 8))',
    );
  });

  it('a table and a `when` banding one value differently: each band with where it comes from', async () => {
    const tabled = PLATE.replace(
      'criteria:\n',
      `tables:
  elongationMin:
    keys: [thickness]
    columns: [thickness, value]
    rows:
      - ["(0, 16]", 18]
      - ["> 16", 17]
criteria:
`,
    ).replace('require: "≥ 18" }', 'require: "≥ elongationMin.value" }');
    const file = write('plate-table.yaml', tabled);
    const record = { thickness: 6, impactEnergy: 40, elongation: 20 };
    expect(await limitsLine(file, record, 'zh')).toBe(
      '限值取决于：厚度 = 6 mm（elongationMin 的“(0, 16]”档、impact-thin 的“[2, 8)”档）',
    );
    expect(await limitsLine(file, record, 'en')).toBe(
      'Limits depend on: Thickness = 6 mm (band (0, 16] of elongationMin, [2, 8) of impact-thin)',
    );
  });

  it('a `when` on values names no band: the value names its row', async () => {
    const listed = PLATE.replace('when: { thickness: "[2, 8)" }', 'when: { thickness: [4, 6] }').replace(
      'when: { thickness: "≥ 8" }',
      'when: { thickness: [8, 10] }',
    );
    const file = write('plate-listed.yaml', listed);
    expect(await limitsLine(file, { thickness: 6, impactEnergy: 40, elongation: 20 }, 'zh')).toBe(
      '限值取决于：厚度 = 6 mm',
    );
  });
});

describe('the cement rule sets name their tiers in words, not with › (item 3)', () => {
  const CEMENT = 'building-materials/cement-quality-grade';
  const RECORDS = join(ROOT, 'examples/cement-quality-grade.json');

  it('the provenance note explain prints, zh and en', async () => {
    const [en, zh] = await Promise.all([
      cli.run(['explain', '-r', CEMENT, RECORDS, '--row', '1']),
      cli.run(['--lang', 'zh', 'explain', '-r', CEMENT, RECORDS, '--row', '1']),
    ]);
    expect(en.stdout).toContain('The tiers, lowest to highest conforming, first class and superior, are');
    expect(zh.stdout).toContain('由低到高为合格品、一等品、优等品三档');
    expect(`${en.stdout}${zh.stdout}`).not.toContain('›');
  });

  it('the rule files an author opens in the studio', () => {
    for (const file of [
      'rules/building-materials/cement-quality-grade.yaml',
      'rules/building-materials/cement-lot-grade.yaml',
      'examples/cement-lot-grade-draft.yaml',
    ])
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toContain('›');
  });
});

describe('a specimen value from a CSV cell reads as written (item 2)', () => {
  // Each specimen against ≥ 23.8 J: the one that decides (the weakest) is named with its value.
  const EACH = PLATE.replace(
    /criteria:\n[\s\S]*$/,
    'criteria:\n  - { id: impact, indicator: impactEnergy, require: "≥ 23.8" }\n',
  );

  async function impactLine(cell: string, lang: 'zh' | 'en'): Promise<string | undefined> {
    const rules = write('plate-each.yaml', EACH);
    const csv = write('plates.csv', `编号,厚度,冲击吸收能量,断后伸长率\nP1,10,"${cell}",21\n`);
    const run = await cli.run(['--lang', lang, 'explain', '-r', rules, csv, '--row', '1']);
    // The requirement's own line (a nonconforming record's grade line names it too).
    const own = lang === 'zh' ? '冲击吸收能量：' : 'Impact energy:';
    return run.stdout.split('\n').find((l) => /^ {2}[✓✗] /.test(l) && l.includes(own));
  }

  it('33;34;35 reads 33 J, not 33.0 J; at the limit, just below and with zeros written, zh and en', async () => {
    expect(await impactLine('33;34;35', 'zh')).toBe(
      '  ✓ 冲击吸收能量：第 1 个试样 33 J，满足 ≥ 23.8 J（合格品要求）',
    );
    expect(await impactLine('33;34;35', 'en')).toBe(
      '  ✓ Impact energy: specimen 1: 33 J meets ≥ 23.8 J (Qualified requirement)',
    );
    expect(await impactLine('40；24；41', 'en')).toBe(
      '  ✓ Impact energy: specimen 2: 24 J meets ≥ 23.8 J (Qualified requirement)',
    );
    expect(await impactLine('40;23.8;41', 'zh')).toBe(
      '  ✓ 冲击吸收能量：第 2 个试样 23.8 J，满足 ≥ 23.8 J（合格品要求）',
    );
    expect(await impactLine('40;41;23.7', 'en')).toBe(
      '  ✗ Impact energy: specimen 3: 23.7 J does not meet ≥ 23.8 J (Qualified requirement)',
    );
    expect(await impactLine('33.00;34;35', 'en')).toBe(
      '  ✓ Impact energy: specimen 1: 33.00 J meets ≥ 23.8 J (Qualified requirement)',
    );
  });

  it('a record with no written form (JSON) keeps the limit’s decimals, as documented', async () => {
    const rules = write('plate-each.yaml', EACH);
    const run = await cli.run([
      'explain',
      '-r',
      rules,
      '--record',
      JSON.stringify({ thickness: 10, impactEnergy: [33, 34, 35], elongation: 21 }),
    ]);
    expect(run.stdout).toContain(
      '  ✓ Impact energy: specimen 1: 33.0 J meets ≥ 23.8 J (Qualified requirement)\n',
    );
  });
});

describe('a gap of one percentage point is said in the singular', () => {
  const TWO = PLATE.replace(
    'grades:\n  - { id: qualified, label: { zh: 合格品, en: Qualified } }\n',
    'grades:\n  - { id: qualified, label: { zh: 合格品, en: Qualified } }\n  - { id: first, label: { zh: 一等品, en: First class } }\n',
  ).replace(
    '  - { id: elongation, indicator: elongation, require: "≥ 18" }\n',
    '  - { id: elongation, indicator: elongation, require: "≥ 18" }\n  - { id: elongation-first, indicator: elongation, require: "≥ 22", grade: first }\n',
  );

  it('21 % against ≥ 22 %: 1 percentage point short; 20 %: 2 percentage points; 21.5 %: 0.5', async () => {
    const file = write('plate-two.yaml', TWO);
    const run = (elongation: number, lang: 'zh' | 'en') =>
      cli.run([
        '--lang',
        lang,
        'explain',
        '-r',
        file,
        '--record',
        JSON.stringify({ thickness: 10, impactEnergy: 40, elongation }),
      ]);
    expect((await run(21, 'en')).stdout).toContain('\n    1 percentage point short\n');
    expect((await run(20, 'en')).stdout).toContain('\n    2 percentage points short\n');
    expect((await run(21.5, 'en')).stdout).toContain('\n    0.5 percentage points short\n');
    expect((await run(21, 'zh')).stdout).toContain('\n    差 1 个百分点\n');
  });
});
