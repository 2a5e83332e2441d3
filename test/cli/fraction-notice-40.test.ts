/**
 * The notice for a column of fractions of one under limits above 1 (newcomer-39 F1, fix-pct9-39 "left"), since
 * fix-cells40: an .xlsx column is named by its letter as the other .xlsx column messages name it (`N 列`, `column N`),
 * JSON/NDJSON input is told by field, and a ‰ column is watched as a % one is (×1000, no percent format to suggest).
 * Values are never changed. Rule sets here are illustrative (test/shares): a pass rate ≥ 95 %, a defect rate ≤ 5 ‰.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { createGrader, loadRuleSet } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { ruleFileHeader } from '../rule-file-header';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const DIR = join(FIXTURES, 'newcomer-39');

const SHARES = `${ruleFileHeader('test/shares', { zh: '比例测试', en: 'Share test' })}indicators:
  passRate: { type: number, unit: "%", label: { zh: 合格率, en: Pass rate } }
  defects: { type: number, unit: "‰", label: { zh: 缺陷率, en: Defect rate } }
  voids: { type: number, unit: "‰", label: { zh: 空洞率, en: Void rate } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: p, indicator: passRate, require: "≥ 95" }
  - { id: d, indicator: defects, require: "≤ 5" }
  - { id: v, indicator: voids, require: "≤ 1" }
`;

function file(name: string, text: string | Uint8Array): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

// Written once: the tests run concurrently, and a file rewritten while another test's CLI reads it reads empty.
let sharesPath: string | undefined;
const rules = () => (sharesPath ??= file('shares.yaml', SHARES));

const PASS_EN =
  'field passRate holds only values from 0 to 1 (such as 0.985), while passRate (Pass rate) is in %, with limits 95: they look like fractions of one, and are graded as written, 0.985 as 0.985 %. If they are fractions, multiply them by 100 (0.985 → 98.5)\n';
const PASS_ZH =
  '字段 passRate 的数值都在 0 到 1 之间（如 0.985），而 passRate（合格率）以 % 计，限值为 95：这些数值看起来是以 1 为整体的比例，按所写的数评定，0.985 即 0.985 %。如果是比例，请把数值乘以 100（0.985 → 98.5）\n';
const DEFECTS_EN =
  'holds only values from 0 to 1 (such as 0.0045), while defects (Defect rate) is in ‰, with limits 5: they look like fractions of one, and are graded as written, 0.0045 as 0.0045 ‰. If they are fractions, multiply them by 1000 (0.0045 → 4.5)\n';

describe.concurrent('the fraction notice: .xlsx letters, JSON fields, ‰ columns (fix-cells40)', () => {
  it("names newcomer-39's .xlsx column by its letter, N (the 14th), in zh and en", async () => {
    const args = ['grade', '-r', join(DIR, 'provincial-qmc.yaml'), join(DIR, 'enterprises-frac.xlsx')];
    const zh = await cli.run(['--lang', 'zh', ...args]);
    expect(zh.stderr).toContain(
      'enterprises-frac.xlsx：N 列（产品一次交检合格率(%)）的数值都在 0 到 1 之间（如 0.875），而 passRate（产品一次交检合格率）以 % 计',
    );
    expect(zh.stderr).not.toContain('第 14 列');
    const en = await cli.run(args);
    expect(en.stderr).toContain(
      'enterprises-frac.xlsx: column N (产品一次交检合格率(%)) holds only values from 0 to 1 (such as 0.875)',
    );
    expect(en.stderr).toContain('or format those cells as percentages in the sheet');
  });

  it('an .xlsx column past Z is named by two letters, AB', async () => {
    const header = [...Array.from({ length: 26 }, (_, i) => `note${i + 1}`), 'defects', 'passRate'];
    const path = file(
      'wide.xlsx',
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(header);
        ws.addRow([...Array.from({ length: 26 }, () => 'x'), 4.5, 0.985]);
      }),
    );
    const { stderr } = await cli.run(['grade', '-r', rules(), '--no-keep', path]);
    expect(stderr).toContain(
      'column AB (passRate) holds only values from 0 to 1 (such as 0.985), while passRate (Pass rate) is in %',
    );
    // 4.5 ‰ is above 1: the defect column is in per mille as written.
    expect(stderr).not.toContain('column AA');
  });

  it('JSON: told by field, every value in [0, 1]; no percent format to suggest', async () => {
    const records = [0.985, 0.97, 1].map((passRate) => ({ passRate, defects: 4.5, voids: 0.5 }));
    const path = file('s.json', JSON.stringify(records));
    const en = await cli.run(['grade', '-r', rules(), '-f', 'ndjson', path]);
    expect(en.stderr).toContain(`s.json: ${PASS_EN}`);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', rules(), path]);
    expect(zh.stderr).toContain(`s.json：${PASS_ZH}`);
    // Values unchanged: 0.985 % is below 95 %.
    const first = JSON.parse(en.stdout.split('\n')[0]!) as {
      criteria: { indicator: string; value: number; passed: boolean }[];
    };
    expect(first.criteria.find((c) => c.indicator === 'passRate')).toMatchObject({
      value: 0.985,
      passed: false,
    });
  });

  it('NDJSON: one value above 1 keeps a field untold; text and a field no record gives say nothing', async () => {
    const path = file(
      's.ndjson',
      `${[
        { passRate: 0.985, defects: 0.0045 },
        { passRate: 97, defects: 0.003 },
        { passRate: 0.5, defects: '0.002' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
    );
    const { stderr } = await cli.run(['grade', '-r', rules(), path]);
    expect(stderr).toContain(`s.ndjson: field defects ${DEFECTS_EN}`);
    expect(stderr).not.toContain('field passRate');
    expect(stderr).not.toContain('field voids');
  });

  it('a ‰ column in CSV: ×1000; not where the limit is 1, nor where the values, as fractions, are far above it', async () => {
    const told = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      rules(),
      file('d.csv', 'passRate,defects,voids\n98.5,0.0045,0.0005\n97,0.003,0.0002\n'),
    ]);
    expect(told.stderr).toContain(
      'd.csv：第 2 列（defects）的数值都在 0 到 1 之间（如 0.0045），而 defects（缺陷率）以 ‰ 计，限值为 5：这些数值看起来是以 1 为整体的比例，按所写的数评定，0.0045 即 0.0045 ‰。如果是比例，请把数值乘以 1000（0.0045 → 4.5）\n',
    );
    // voids ≤ 1 ‰: a limit of 1 is not above 1, so 0.0005 may be 0.0005 ‰.
    expect(told.stderr).not.toContain('voids（空洞率）');
    // 0.5 ‰ under ≤ 5 ‰ is real: as a fraction it would be 500 ‰, over twice the limit.
    const real = await cli.run([
      'grade',
      '-r',
      rules(),
      file('r.csv', 'passRate,defects\n98.5,0.5\n97,0.3\n'),
    ]);
    expect(real.stderr).not.toContain('fractions of one');
    const above = await cli.run([
      'grade',
      '-r',
      rules(),
      file('a.csv', 'passRate,defects\n98.5,0.0045\n97,1.5\n'),
    ]);
    expect(above.stderr).not.toContain('fractions of one');
  });

  it('gradeSample (the studio) tells onNotice for a JSON sample by field', async () => {
    const grader = createGrader(await loadRuleSet(rules()));
    const notices: string[] = [];
    await gradeSample(grader, JSON.stringify([{ passRate: 0.985 }]), {
      name: 'sample.json',
      onNotice: (t) => notices.push(t.en),
    });
    expect(notices).toContain(`sample.json: ${PASS_EN.trimEnd()}`);
  });
});
