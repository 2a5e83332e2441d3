/**
 * `explain` says which band or category row a record's limits came from, as
 * `compare` does: `限值取决于：类别 = 波轮，额定洗涤容量 = 6.5 kg` (newcomer-27
 * M1: "耗电量 … 不满足 ≤ 0.38（一等品）" with no word of the 波轮 (6, 10] kg
 * row). A set limit reads in words, `属于 1、2、3 之一`, not `∈ {1, 2, 3}`
 * (newcomer-27 M7).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleFileHeader } from '../rule-file-header';
import { useCli } from './cli-harness';

const cli = useCli();
const dir = mkdtempSync(join(tmpdir(), 'qgrade-explain-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RULES = join(dir, 'washer.yaml');
writeFileSync(
  RULES,
  `${ruleFileHeader('test/washer')}indicators:
  machineType:
    type: enum
    values: [drum, pulsator]
    valueLabels: { drum: { zh: 滚筒, en: Drum }, pulsator: { zh: 波轮, en: Top-loader } }
    label: { zh: 类别, en: Type }
  ratedCapacity: { type: number, unit: kg, range: "> 0", label: { zh: 额定洗涤容量, en: Rated capacity } }
  energy: { type: number, unit: kWh/cycle, label: { zh: 耗电量, en: Energy } }
  energyGrade: { type: enum, values: [1, 2, 3, 4, 5], label: { zh: 能效等级, en: Energy grade } }
grades:
  - { id: pass, label: { zh: 合格品, en: Pass } }
  - { id: first, label: { zh: 一等品, en: First } }
tables:
  energyLimits:
    keys: [machineType, ratedCapacity]
    columns: [machineType, ratedCapacity, pass, first]
    rows:
      - [drum, "≤ 6", 0.90, 0.80]
      - [drum, "> 6", 1.30, 1.20]
      - [pulsator, "≤ 6", 0.40, 0.30]
      - [pulsator, "> 6", 0.45, 0.38]
criteria:
  - { id: energy, indicator: energy, require: "≤ energyLimits" }
  - { id: energy-grade, indicator: energyGrade, grade: first, require: "in [1, 2, 3]" }
`,
);

const explain = (lang: string, record: object) =>
  cli.run(['--lang', lang, 'explain', '-r', RULES, '--record', JSON.stringify(record)]);

describe('explain names the values its limits depend on', () => {
  it('one line, in zh and en, with the enum by its label and the number with its unit', async () => {
    const record = { machineType: 'pulsator', ratedCapacity: 6.5, energy: 0.44, energyGrade: 4 };
    const zh = await explain('zh', record);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('限值取决于：类别 = 波轮，额定洗涤容量 = 6.5 kg（在“> 6”档）\n');
    expect(zh.stdout).toContain('耗电量：0.44 kWh/cycle，不满足 ≤ 0.38 kWh/cycle（一等品）');
    expect(zh.stdout.match(/限值取决于/g)).toHaveLength(1);
    const en = await explain('en', record);
    expect(en.stdout).toContain(
      'Limits depend on: Type = Top-loader, Rated capacity = 6.5 kg (in band > 6)\n',
    );
  });

  it('the other band gives the other row, and the line changes with it', async () => {
    const zh = await explain('zh', { machineType: 'drum', ratedCapacity: 6, energy: 0.85, energyGrade: 2 });
    // At the band's edge: the row ≤ 6, named (newcomer-words-42 a).
    expect(zh.stdout).toContain('限值取决于：类别 = 滚筒，额定洗涤容量 = 6 kg（在“≤ 6”档）\n');
    expect(zh.stdout).toContain('满足 ≤ 0.90 kWh/cycle（合格品）');
  });

  it('no line for an invalid record', async () => {
    const zh = await explain('zh', { machineType: 'pulsator', energy: 0.44, energyGrade: 4 });
    expect(zh.stdout).not.toContain('限值取决于');
  });
});

describe('a set limit in words', () => {
  it('属于 1、2、3 之一 / one of 1, 2, 3, at, below and above the set', async () => {
    const base = { machineType: 'drum', ratedCapacity: 8, energy: 1 };
    const failed = await explain('zh', { ...base, energyGrade: 4 });
    // fix-explain-28: the verdict in the same words, not "不满足 属于 …".
    expect(failed.stdout).toContain('能效等级：4，不属于 1、2、3 之一（一等品）');
    expect(failed.stdout).not.toContain('不满足 属于');
    expect(failed.stdout).not.toMatch(/[∈∉]/);
    const passed = await explain('zh', { ...base, energyGrade: 3 });
    expect(passed.stdout).toContain('能效等级：3，属于 1、2、3 之一（一等品）');
    const en = await explain('en', { ...base, energyGrade: 1 });
    expect(en.stdout).toContain('Energy grade: 1 is one of 1, 2, 3');
    const enFailed = await explain('en', { ...base, energyGrade: 4 });
    expect(enFailed.stdout).toContain('Energy grade: 4 is not one of 1, 2, 3 (First)');
    // The result's limit keeps the set's text as a contract.
    const json = await cli.run([
      'explain',
      '-r',
      RULES,
      '-f',
      'json',
      '--record',
      JSON.stringify({ ...base, energyGrade: 4 }),
    ]);
    const c = (JSON.parse(json.stdout) as { criteria: { id: string; limit: { text: string } }[] }).criteria;
    expect(c.find((x) => x.id === 'energy-grade')?.limit.text).toBe('∈ {1, 2, 3}');
  });
});
