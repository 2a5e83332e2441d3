/**
 * A derived value computed from a value written with a GB/T 8170 rounding mark lies in an interval, worked out by
 * interval arithmetic, graded as a mark is (decided where both ends agree, else the record is invalid) and shown as
 * that interval; a formula the interval arithmetic does not bound is said so, not graded on a guess; a scored
 * formula over a marked value gets its interval too (fix-marks6-36). Rule set: test/fixtures/marks-36, whose ratio
 * limit is GB/T 1499.2-2018's Rm°/ReL° ≥ 1.25 (standards.md) and whose sum and scores are illustrative.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { csvRowsGraded, type WrittenRowResult } from './csv-rows-graded';

const cli = useCli();
const temp = useTempDir();

const RULES = join(ROOT, 'test/fixtures/marks-36/derived-marks.yaml');
const HEADER = 'id,yieldStrength,tensileStrength,partA,partB,coating,skill,care';
/** Every value plain and passing; a row gives the cells of its case. */
const BASE = {
  yieldStrength: '400',
  tensileStrength: '500',
  partA: '30',
  partB: '30',
  coating: '30',
  skill: '4',
  care: '90',
};

interface Result extends WrittenRowResult {
  scores?: {
    totalWritten?: string;
    dimensions: { score: number; written?: string; items?: { written?: string }[] }[];
  };
}

const { row, graded } = csvRowsGraded<Result>(cli, temp, RULES, HEADER, BASE);

const criterion = (r: Result | undefined, id: string) => r!.criteria!.find((c) => c.id === id)!;

describe.concurrent('a requirement on a derived value from a marked input (ratio ≥ 1.25 = tensile ÷ yield)', () => {
  it('at the limit, just outside, just inside and across it: graded on the interval, shown as it', async () => {
    const results = await graded([
      // 500(−) ÷ 400: [499.5, 500) ÷ 400 = [1.24875, 1.25), the numeral's ratio 1.25 at the limit: fails.
      row('at', { tensileStrength: '500(−)' }),
      // 500 ÷ 400(+): 500 ÷ (400, 400.5] = [1.248439…, 1.25): fails, shown rounded outward.
      row('out', { yieldStrength: '400(+)' }),
      // 500 ÷ 400(−): 500 ÷ [399.5, 400) = (1.25, 1.251564…]: meets.
      row('in', { yieldStrength: '400(−)' }),
      // 500.5 ÷ 400(+): [1.249687…, 1.25125), across 1.25: the record is invalid.
      row('across', { yieldStrength: '400(+)', tensileStrength: '500.5' }),
    ]);
    const at = criterion(results.get('at'), 'ratio');
    expect(at).toMatchObject({ passed: false, written: '[1.24875, 1.25)' });
    expect(at.message).toEqual({
      zh: '强屈比：[1.24875, 1.25)，不满足 ≥ 1.25（合格）',
      en: 'Tensile-to-yield ratio: [1.24875, 1.25) does not meet ≥ 1.25 (Pass)',
    });
    expect(criterion(results.get('out'), 'ratio')).toMatchObject({
      passed: false,
      written: '[1.24843, 1.25)',
    });
    expect(results.get('out')!.grade).toBeNull();
    const inside = criterion(results.get('in'), 'ratio');
    expect(inside).toMatchObject({ passed: true, written: '(1.25, 1.25157]' });
    // The numerals grade as the values just inside do, so they are graded, as for a marked indicator.
    expect(inside.value).toBe(1.25);
    expect(results.get('in')!.grade).toBe('good');
    expect(results.get('across')!.errors).toEqual([
      {
        field: 'yieldStrength',
        code: 'not-computable',
        message: {
          zh: '下屈服强度写作 400(+)（GB/T 8170 修约符号：实测值在 (400, 400.5] 内），由它计算的强屈比在 [1.24968, 1.25125) 内，该区间跨越要求“ratio”的限值，修约后的数值无法判定：请写未经修约的实测值',
          en: 'yieldStrength (Lower yield strength) is written 400(+) (a GB/T 8170 rounding mark: the measured value lies in (400, 400.5]), and strengthRatio (Tensile-to-yield ratio) computed from it lies in [1.24968, 1.25125), an interval across the limit of requirement "ratio", so the rounded value cannot decide it: write the measured value unrounded',
        },
      },
    ]);
  });

  it('two marked operands: both ends of the sum, not both marks at one end (30.0(+) + 30.0(−) is (59.95, 60.05), across ≤ 60.0)', async () => {
    const results = await graded([
      row('both', { partA: '30.0(+)', partB: '30.0(−)' }),
      row('out', { partA: '30.0(+)' }),
      row('in', { partA: '30.0(−)' }),
    ]);
    // Graded "good" before: all marks just inside gave 60.0 and all at their far ends 60.0 too.
    const both = results.get('both')!;
    expect(both.grade).toBeNull();
    expect(both.errors!.map((e) => [e.field, e.code])).toEqual([
      ['partA', 'not-computable'],
      ['partB', 'not-computable'],
    ]);
    expect(both.errors![1]!.message.en).toContain(
      'and partSum (Sum of parts) computed from it lies in (59.95, 60.05), an interval across the limit of requirement "sum"',
    );
    expect(criterion(results.get('out'), 'sum')).toMatchObject({
      passed: false,
      written: '(60, 60.05]',
      message: {
        zh: '组分之和：(60, 60.05] %，不满足 ≤ 60.0 %（合格）',
        en: 'Sum of parts: (60, 60.05] % does not meet ≤ 60.0 % (Pass)',
      },
    });
    expect(criterion(results.get('in'), 'sum')).toMatchObject({ passed: true, written: '[59.95, 60)' });
  });

  it('a formula the interval arithmetic does not bound (coating % 7) is not graded on a guess: the record says why', async () => {
    const results = await graded([
      row('square', { coating: '40(+)' }),
      row('twice', { care: '90(+)' }),
      row('plain', {}),
    ]);
    expect(results.get('square')!.errors).toEqual([
      {
        field: 'coating',
        code: 'not-computable',
        message: {
          zh: '涂层厚度写作 40(+)（GB/T 8170 修约符号：实测值在 (40, 40.5] 内），由它计算的涂层厚度余数（coatingRest）无法得出所在区间：其公式含“%”，qgrade 不按区间计算它，修约后的数值无法判定：请写未经修约的实测值',
          en: 'coating (Coating thickness) is written 40(+) (a GB/T 8170 rounding mark: the measured value lies in (40, 40.5]), and the interval of coatingRest (Coating thickness remainder) computed from it is not known: its formula has "%", over which qgrade does not work out an interval, so the rounded value cannot decide it: write the measured value unrounded',
        },
      },
    ]);
    // care / (care + 10) reads care twice: interval arithmetic would widen it ((90, 90.5] gives [0.8995, 0.9005]).
    expect(results.get('twice')!.errors!.map((e) => [e.field, e.code])).toEqual([['care', 'not-computable']]);
    expect(results.get('twice')!.errors![0]!.message.en).toContain(
      'and the interval of careShare (Care share) computed from it is not known: its formula reads care twice, over which interval arithmetic would widen the interval, so the rounded value cannot decide it',
    );
    expect(results.get('twice')!.errors![0]!.message.zh).toContain(
      '由它计算的维护占比（careShare）无法得出所在区间：其公式两次读取 care，按区间计算会把范围算宽',
    );
    expect(results.get('plain')!.grade).toBe('good');
    expect(results.get('plain')!.criteria!.every((c) => c.written === undefined)).toBe(true);
  });

  it('explain (zh, en) and the HTML report show the interval and the operand as written, never the number graded', async () => {
    const record = JSON.stringify({
      yieldStrength: '400(+)',
      tensileStrength: 500,
      partA: '30.0(−)',
      partB: 30,
      coating: 30,
      skill: 4,
      care: 90,
    });
    const path = join(temp(), 'one.csv');
    writeFileSync(path, `${HEADER}\n${row('out', { yieldStrength: '400(+)', partA: '30.0(−)' })}\n`);
    const html = join(temp(), 'out.html');
    const [en, zh] = await Promise.all([
      cli.run(['--lang', 'en', 'explain', '-r', RULES, '--record', record]),
      cli.run(['--lang', 'zh', 'explain', '-r', RULES, '--record', record]),
      cli.run(['--lang', 'en', 'grade', '-r', RULES, '-f', 'html', '-o', html, path]),
    ]);
    expect(en.stdout).toContain(
      '  ✗ Tensile-to-yield ratio: [1.24843, 1.25) (= Tensile strength 500 MPa ÷ Lower yield strength 400(+) MPa) does not meet ≥ 1.25 (Pass)\n',
    );
    expect(en.stdout).toContain(
      '  ✓ Sum of parts: [59.95, 60) % (= Part A 30.0(−) % + Part B 30 %) meets ≤ 60.0 % (Pass)\n',
    );
    expect(zh.stdout).toContain(
      '  ✗ 强屈比：[1.24843, 1.25)（= 抗拉强度 500 MPa ÷ 下屈服强度 400(+) MPa），不满足 ≥ 1.25（合格）\n',
    );
    const page = readFileSync(html, 'utf8');
    expect(page).toContain(
      'Tensile-to-yield ratio: [1.24843, 1.25) (= Tensile strength 500 MPa ÷ Lower yield strength 400(+) MPa)',
    );
    for (const out of [en.stdout, zh.stdout, page]) expect(out).not.toMatch(/400\.000001|1\.2499|29\.9999/);
  });
});

describe.concurrent('a score computed through a formula over a marked input (skillPoints = skill × 20, cutoff 80)', () => {
  it('skill 3.5(−): [69, 70) points, the total [79.5, 80) below the cutoff the numeral 3.5 reaches; 3.5(+) above it', async () => {
    const results = await graded([row('below', { skill: '3.5(−)' }), row('above', { skill: '3.5(+)' })]);
    const below = results.get('below')!;
    expect(below.grade).toBe('pass');
    expect(below.scores!.totalWritten).toBe('[79.5, 80)');
    expect(below.scores!.dimensions[0]).toMatchObject({ written: '[69, 70)' });
    expect(below.scores!.dimensions[0]!.items![0]!.written).toBe('[69, 70)');
    expect(below.scores!.dimensions[1]!.written).toBeUndefined();
    const above = results.get('above')!;
    expect(above.grade).toBe('good');
    expect(above.scores!.totalWritten).toBe('(80, 80.5]');
    const input = `${HEADER}\n${row('below', { skill: '3.5(−)' })}\n`;
    const [en, zh] = await Promise.all([
      cli.run(['--lang', 'en', 'explain', '-r', RULES, '-'], { input }),
      cli.run(['--lang', 'zh', 'explain', '-r', RULES, '-'], { input }),
    ]);
    expect(en.stdout).toContain('Total score: [79.5, 80)\n');
    expect(en.stdout).toContain('  Skill: [69, 70) × 50/100 → [34.5, 35)');
    expect(zh.stdout).toContain('✗ 总分：[79.5, 80)，不满足 ≥ 80（良好）\n');
    for (const out of [en.stdout, zh.stdout]) expect(out).not.toMatch(/69\.9999|79\.9999/);
  });
});
