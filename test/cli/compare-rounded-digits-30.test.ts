/**
 * compare's cause lines give a rounded value with the digits of the grid it was rounded to, as GB/T 8170 writes
 * it (committee-29 minor): Agt 8.99 at an interval of 0.5 is 9.0, not 9; A 15.6 at 0.5 is 15.5 and at 1 is 16.
 * Figures from GB/T 1499.2-2018 (standards.md): HRB400E A ≥ 16 %, Agt ≥ 9.0 %; the draft raises Agt to 9.5 and
 * rounds A at 1 instead of 0.5.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const HEAD =
  '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验';
const BARS = [
  'R1,HRB400E,20,455,600,22,8.99,0.21,0.45,1.35,0.025,0.020,-1.5,合格', // Agt 9.0: ≥ 9.0 ✓, ≥ 9.5 ✗
  'R2,HRB400E,20,455,600,15.6,11.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格', // A 15.5 ✗ at 0.5, 16 ✓ at 1
];

let args: string[];
beforeAll(() => {
  const dir = temp();
  const row = '[[HRB400E, HRBF400E], 400, 540, 16, 9.0, 1.25, 1.30]';
  const interval = 'interval: 0.5 # GB/T 228.1: elongation after';
  let text = readFileSync(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'), 'utf8');
  expect(text).toContain(row);
  expect(text).toContain(interval);
  text = text
    .replace(row, '[[HRB400E, HRBF400E], 400, 540, 16, 9.5, 1.25, 1.30]')
    .replace(interval, 'interval: 1 # GB/T 228.1: elongation after');
  const b = join(dir, 'draft.yaml');
  writeFileSync(b, text);
  const csv = join(dir, 'bars.csv');
  writeFileSync(csv, `${[HEAD, ...BARS].join('\n')}\n`);
  args = ['--keep', '样品编号', 'steel/hot-rolled-ribbed-bar', b, csv];
});

describe.concurrent('qgrade compare: rounded values with their grid’s digits', () => {
  it('zh and en: 9.0 and 15.5 at an interval of 0.5, 16 at 1', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', ...args]);
    expect(zh.stdout).toContain('8.99 %，A（修约值 9.0）≥ 9.0 % ✓ → B（修约值 9.0）≥ 9.5 % ✗');
    expect(zh.stdout).toContain('15.6 %，A（修约值 15.5）≥ 16 % ✗ → B（修约值 16）≥ 16 % ✓');
    const en = await cli.run(['--lang', 'en', 'compare', ...args]);
    expect(en.stdout).toContain('8.99 %, A (rounded 9.0) ≥ 9.0 % ✓ → B (rounded 9.0) ≥ 9.5 % ✗');
    expect(en.stdout).toContain('15.6 %, A (rounded 15.5) ≥ 16 % ✗ → B (rounded 16) ≥ 16 % ✓');
  });
});
