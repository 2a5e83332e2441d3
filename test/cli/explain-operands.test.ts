/**
 * newcomer-27 M2 at render time: `explain` (zh and en) and the HTML report of
 * `grade -f html` show a derived value's formula with the record's values;
 * `explain -f json` and `grade -f json` keep the grader's messages, as before.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleFileHeader } from '../rule-file-header';
import { useCli } from './cli-harness';

const cli = useCli();
const dir = mkdtempSync(join(tmpdir(), 'qgrade-explain-operands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RULES = join(dir, 'washer.yaml');
writeFileSync(
  RULES,
  `${ruleFileHeader('test/washer')}indicators:
  water: { type: number, unit: L/cycle, range: "> 0", label: { zh: 用水量, en: Water consumption } }
  ratedCapacity: { type: number, unit: kg, range: "> 0", required: false, label: { zh: 额定洗涤容量, en: Rated washing capacity } }
derived:
  waterPerKg: { label: { zh: 单位容量耗水量, en: Water per kg of capacity }, unit: L/kg, formula: water / ratedCapacity }
grades:
  - { id: pass, label: { zh: 合格品, en: Pass } }
  - { id: first, label: { zh: 一等品, en: First class } }
criteria:
  - { id: water-pass, indicator: waterPerKg, require: "≤ 24" }
  - { id: water-first, indicator: waterPerKg, grade: first, require: "≤ 20" }
`,
);
const CSV = join(dir, 'washers.csv');
writeFileSync(CSV, '样品编号,用水量,额定洗涤容量\nW1,143.4,6.5\nW2,120,6\nW3,120,\n');

const explain = (lang: string, row: number, ...more: string[]) =>
  cli.run(['--lang', lang, 'explain', '-r', RULES, '--row', String(row), ...more, CSV]);

describe('explain shows a derived value with its operands', () => {
  it('143.4 ÷ 6.5, in zh and en, in the list and among the next grade’s blockers', async () => {
    const zh = await explain('zh', 1);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain(
      '  ✗ 单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足 ≤ 20 L/kg（一等品）\n',
    );
    expect(zh.stdout).toContain(
      '  → 单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足 ≤ 20 L/kg（一等品）',
    );
    const en = await explain('en', 1);
    expect(en.stdout).toContain(
      '  ✓ Water per kg of capacity: 22.1 L/kg (= Water consumption 143.4 L/cycle ÷ Rated washing capacity 6.5 kg) meets ≤ 24 L/kg (Pass)\n',
    );
  });

  it('at the limit, 120 ÷ 6 = 20 meets ≤ 20', async () => {
    const zh = await explain('zh', 2);
    expect(zh.stdout).toContain(
      '  ✓ 单位容量耗水量：20.0 L/kg（= 用水量 120 L/cycle ÷ 额定洗涤容量 6 kg），满足 ≤ 20 L/kg（一等品）\n',
    );
  });

  it('a record missing an operand: no operand text', async () => {
    const zh = await explain('zh', 3);
    expect(zh.stdout).toContain('单位容量耗水量');
    expect(zh.stdout).not.toContain('（=');
  });

  it('-f json keeps the result as the grader gives it: no operands in its messages', async () => {
    const json = await explain('en', 1, '-f', 'json');
    const result = JSON.parse(json.stdout);
    const first = result.criteria.find((c: { id: string }) => c.id === 'water-first');
    expect(first.message.en).toBe(
      'Water per kg of capacity: 22.1 L/kg does not meet ≤ 20 L/kg (First class)',
    );
    expect(json.stdout).not.toContain('(=');
  });
});

describe('grade -f html shows them in its explanations; grade -f json does not change', () => {
  it('the page holds the sentence with its operands, in each language', async () => {
    const zhPage = join(dir, 'zh.html');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'html', '-o', zhPage, CSV]);
    expect(zh.code, zh.stderr).toBe(0);
    const html = readFileSync(zhPage, 'utf8');
    expect(html).toContain(
      '单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足 ≤ 20 L/kg（一等品）',
    );
    expect(html).toContain('（= 用水量 120 L/cycle ÷ 额定洗涤容量 6 kg），满足 ≤ 20 L/kg');
    const enPage = join(dir, 'en.html');
    await cli.run(['grade', '-r', RULES, '-f', 'html', '-o', enPage, CSV]);
    expect(readFileSync(enPage, 'utf8')).toContain(
      '(= Water consumption 143.4 L/cycle ÷ Rated washing capacity 6.5 kg) does not meet ≤ 20 L/kg',
    );
  });

  it('the JSON results hold the messages the grader wrote', async () => {
    const run = await cli.run(['grade', '-r', RULES, '-f', 'json', CSV]);
    expect(run.stdout).not.toContain('(=');
    expect(run.stdout).not.toContain('（=');
    const [w1] = JSON.parse(run.stdout);
    expect(w1.criteria.find((c: { id: string }) => c.id === 'water-first').message.zh).toBe(
      '单位容量耗水量：22.1 L/kg，不满足 ≤ 20 L/kg（一等品）',
    );
  });
});

const LAB = join(dir, 'lab.yaml');
writeFileSync(
  LAB,
  `${ruleFileHeader('test/lab')}indicators:
  washRatio: { type: number, label: { zh: 洗净比, en: Washing ratio } }
  water: { type: number, unit: L/cycle, range: "> 0", label: { zh: 用水量, en: Water consumption } }
  ratedCapacity: { type: number, unit: kg, range: "> 0", label: { zh: 额定洗涤容量, en: Rated washing capacity } }
derived:
  waterPerKg: { label: { zh: 单位容量耗水量, en: Water per kg of capacity }, unit: L/kg, formula: water / ratedCapacity }
grades:
  - { id: pass, label: { zh: 合格品, en: Pass } }
criteria:
  - { id: wash, indicator: washRatio, require: "≥ 0.80" }
  - { id: water, indicator: waterPerKg, require: "≤ 24" }
`,
);
const LAB_CSV = join(dir, 'lab.csv');
writeFileSync(
  LAB_CSV,
  '样品编号,洗净比,用水量,额定洗涤容量\nL1,0.80,143.4,6.50\nL2,0.8,120,6\nL3,0.79,120.0,6\n',
);

describe('a CSV number shown as the lab wrote it (0.80, not 0.8), where a person reads the record', () => {
  it("explain, zh and en: the value and the formula's operands with their written decimals", async () => {
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', LAB, '--row', '1', LAB_CSV]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('✓ 洗净比：0.80，满足 ≥ 0.80（合格品要求）');
    expect(zh.stdout).toContain('（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.50 kg）');
    const en = await cli.run(['explain', '-r', LAB, '--row', '1', LAB_CSV]);
    expect(en.stdout).toContain('✓ Washing ratio: 0.80 meets ≥ 0.80 (Pass requirement)');
  });

  it('not padded: 0.8 written 0.8 stays 0.8; 0.79 below the limit as written; 120.0 in a formula', async () => {
    const plain = await cli.run(['--lang', 'zh', 'explain', '-r', LAB, '--row', '2', LAB_CSV]);
    expect(plain.stdout).toContain('✓ 洗净比：0.8，满足 ≥ 0.80');
    const below = await cli.run(['--lang', 'zh', 'explain', '-r', LAB, '--row', '3', LAB_CSV]);
    expect(below.stdout).toContain('✗ 洗净比：0.79，不满足 ≥ 0.80');
    expect(below.stdout).toContain('（= 用水量 120.0 L/cycle ÷ 额定洗涤容量 6 kg）');
  });

  it("explain -f json and grade -f json keep the number and the grader's messages", async () => {
    const json = JSON.parse(
      (await cli.run(['explain', '-r', LAB, '--row', '1', '-f', 'json', LAB_CSV])).stdout,
    );
    const wash = json.criteria.find((c: { id: string }) => c.id === 'wash');
    expect(wash.value).toBe(0.8);
    // The grader does not know the written form: it shows the limit's decimals (committee-40 M3).
    expect(wash.message.zh).toBe('洗净比：0.80，满足 ≥ 0.80（合格品要求）');
    const rows = JSON.parse((await cli.run(['grade', '-r', LAB, '-f', 'json', LAB_CSV])).stdout);
    expect(rows[0].criteria[0].message.en).toBe('Washing ratio: 0.80 meets ≥ 0.80 (Pass requirement)');
  });

  it('grade -f html: the explanation shows 0.80', async () => {
    const page = join(dir, 'lab.html');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', LAB, '-f', 'html', '-o', page, LAB_CSV]);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('洗净比：0.80，满足 ≥ 0.80');
    expect(html).toContain('额定洗涤容量 6.50 kg）');
  });
});
