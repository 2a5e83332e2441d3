/**
 * newcomer-40 M7 (a): explain's gap for a mean had more digits than the mean shown — `平均值 38.8 MPa … 差 1.18 MPa`,
 * where 40 − 38.8 = 1.2 as displayed. The gap is now stated to the decimals the value is shown with. Illustrative
 * figures after GB/T 4100's modulus of rupture (newcomer-40's tile draft: mean ≥ 35 / 38 / 40 MPa, not verified):
 * specimens 38.9, 38.8, 38.76, 38.8, 38.84 → mean 38.82, shown 38.8 beside ≥ 40; the gap 1.18 stated up to 1.2.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFileHeader } from '../rule-file-header';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

function files(): { rules: string; data: string } {
  const rules = join(temp(), 'mor.yaml');
  writeFileSync(
    rules,
    `${ruleFileHeader('test/mor-mean', { zh: '断裂模数', en: 'MOR' })}indicators:
  modulus: { type: number, unit: MPa, range: "> 0", specimens: { exactly: 5 }, label: { zh: 断裂模数, en: Modulus of rupture } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first, label: { zh: 一等品, en: First } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
criteria:
  - { id: mor-mean-q, label: { zh: 断裂模数平均值, en: MOR mean }, indicator: modulus, aggregate: mean, require: "≥ 35" }
  - { id: mor-mean-f, label: { zh: 断裂模数平均值, en: MOR mean }, indicator: modulus, aggregate: mean, require: "≥ 38", grade: first }
  - { id: mor-mean-s, label: { zh: 断裂模数平均值, en: MOR mean }, indicator: modulus, aggregate: mean, require: "≥ 40", grade: superior }
`,
  );
  const data = join(temp(), 'mor.json');
  writeFileSync(data, JSON.stringify([{ modulus: [38.9, 38.8, 38.76, 38.8, 38.84] }]));
  return { rules, data };
}

describe('the gap is stated to the digits of the value shown (newcomer-40 M7)', () => {
  it('zh and en: mean 38.8 beside ≥ 40 is 1.2 short, not 1.18', async () => {
    const { rules, data } = files();
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', rules, data]);
    expect(zh.stdout).toContain('平均值 38.8 MPa');
    expect(zh.stdout).toContain('差 1.2 MPa');
    expect(zh.stdout).not.toContain('1.18');
    const en = await cli.run(['--lang', 'en', 'explain', '-r', rules, data]);
    expect(en.stdout).toContain('mean 38.8 MPa');
    expect(en.stdout).toContain('1.2 MPa short');
    expect(en.stdout).not.toContain('1.18');
  });
});
