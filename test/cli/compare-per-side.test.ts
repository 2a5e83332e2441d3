/**
 * `qgrade compare` reads its input once for both rule sets, but each side's figures must be those of
 * `qgrade grade` with that rule set alone (hostile-21 W7, W11, M5, M9): a symbol header one side reads and
 * the other finds ambiguous, a column one side refuses, a renamed indicator read through its twin.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const head = (id: string) => `schemaVersion: 1
id: test/${id}
version: 1.0.0
industry: test
subject: product
title: { zh: 分边测试, en: Per-side test }
references:
  - { code: TEST 21-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
`;

const steel = (id: string, extra: string, nitrogen = 'nitrogen') => `${head(id)}indicators:
  carbon: { type: number, unit: "%", label: { zh: 碳 C, en: Carbon C } }
  ${nitrogen}: { type: number, unit: "%", required: false, default: 0, label: { zh: 氮 N, en: Nitrogen N } }
${extra}criteria:
  - { id: carbon, indicator: carbon, require: "≤ 0.25" }
  - { id: nitrogen, indicator: ${nitrogen}, require: "≤ 0.012" }
`;

const cooling = (
  id: string,
  name: string,
  label: string,
  def: boolean,
  require: string,
) => `${head(id)}indicators:
  apf: { type: number, label: { zh: 全年能源消耗效率 APF, en: APF } }
  ${name}: { type: boolean, required: false, default: ${def}, label: { zh: ${label}, en: ${label} } }
scope:
  - { id: air-cooled, indicator: ${name}, require: "${require}", reason: { zh: 不在范围内, en: Out of scope } }
criteria:
  - { id: apf, indicator: apf, require: "≥ 5.0" }
`;

describe.concurrent('qgrade compare: each side reads the header as qgrade grade with it alone', () => {
  const f: Record<string, string> = {};
  beforeAll(() => {
    const dir = temp();
    const write = (name: string, text: string) => {
      f[name] = join(dir, name);
      writeFileSync(f[name], text);
    };
    write('a.yaml', steel('a', ''));
    write(
      'b-carbon.yaml',
      steel(
        'b',
        '  productCarbon: { type: number, unit: "%", required: false, label: { zh: 成品碳 C, en: Product carbon C } }\n',
      ),
    );
    write(
      'b-nitrogen.yaml',
      steel(
        'b',
        '  freeNitrogen: { type: number, unit: "%", required: false, default: 0, label: { zh: 游离氮 N, en: Free nitrogen N } }\n',
      ),
    );
    write('b-renamed.yaml', steel('b', '', 'nitrogenTotal'));
    write('sym.csv', '样品,C,N\nS1,0.21,0.015\nS2,0.21,0.010\n');
    write('label-c.csv', '样品,碳 C,N\nS1,0.21,0.015\nS2,0.21,0.010\n');
    write('named.csv', '样品,碳 C,氮 N\nS1,0.21,0.015\nS2,0.21,0.010\n');
    write('air.yaml', cooling('air', 'airCooled', '风冷式', true, '= true'));
    write('non-air.yaml', cooling('non-air', 'nonAirCooled', '非风冷式', false, '= false'));
    write('ac.csv', '型号,全年能源消耗效率 APF,风冷式\nK1,5.3,否\nK2,5.3,是\n');
  });

  it('reads a symbol A alone reads for A, and leaves it unread for B, which finds it ambiguous (W7)', async () => {
    const run = await cli.run(['compare', '-f', 'json', f['a.yaml']!, f['b-carbon.yaml']!, f['sym.csv']!]);
    const gradeA = await cli.run(['grade', '-f', 'json', f['sym.csv']!, '-r', f['a.yaml']!]);
    const gradeB = await cli.run(['grade', '-f', 'json', f['sym.csv']!, '-r', f['b-carbon.yaml']!]);
    expect(gradeA.code).toBe(0);
    expect(gradeB.code).toBe(1);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    // Under A as grade -r A: row 1 over the nitrogen limit, row 2 conforming; under B both invalid (no carbon).
    // Row 1 not graded under A, invalid under B: the "(invalid)" column (committee-29 M3).
    expect(result.matrix.C['(invalid)']).toBe(1);
    expect(result.matrix.null['(invalid)']).toBe(1);
    expect(result.invalid).toEqual([
      expect.objectContaining({ row: 1, under: 'b' }),
      expect.objectContaining({ row: 2, under: 'b' }),
    ]);
  });

  it('stops with exit 2 naming B when B alone refuses a symbol column A reads (W7, defaulted)', async () => {
    const gradeA = await cli.run(['grade', f['label-c.csv']!, '-r', f['a.yaml']!]);
    const gradeB = await cli.run(['grade', f['label-c.csv']!, '-r', f['b-nitrogen.yaml']!]);
    expect(gradeA.code).toBe(0);
    expect(gradeB.code).toBe(2);
    const run = await cli.run(['compare', f['a.yaml']!, f['b-nitrogen.yaml']!, f['label-c.csv']!]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('under rule set B (as qgrade grade -r B says)');
    // N ends both 氮 N and 游离氮 N: both are named, neither offered (session 41).
    expect(run.stderr).toContain(
      '("N") is equally close to the indicators nitrogen (Nitrogen N), freeNitrogen',
    );
    const zh = await cli.run([
      '--lang',
      'zh',
      'compare',
      f['a.yaml']!,
      f['b-nitrogen.yaml']!,
      f['label-c.csv']!,
    ]);
    expect(zh.stderr).toContain('按规则集 B（与 qgrade grade -r B 一样）');
  });

  it('runs B’s close-column check on a column A reads: exit 2 naming B, as grade -r B (W11)', async () => {
    const gradeB = await cli.run(['grade', f['ac.csv']!, '-r', f['non-air.yaml']!]);
    expect(gradeB.code).toBe(2);
    const run = await cli.run(['compare', f['air.yaml']!, f['non-air.yaml']!, f['ac.csv']!]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('under rule set B');
    expect(run.stderr).toContain('looks like the opposite of the indicator nonAirCooled');
  });

  it('offers no --map for a column that is the positive of a negated yes/no label (M9)', async () => {
    for (const lang of ['en', 'zh']) {
      const run = await cli.run(['--lang', lang, 'grade', f['ac.csv']!, '-r', f['non-air.yaml']!]);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toContain('--map 风冷式=nonAirCooled');
      expect(run.stderr).toContain(lang === 'zh' ? '是 ↔ 否' : 'yes ↔ no');
    }
  });

  it('does not say a renamed indicator read through its twin takes its default (M5)', async () => {
    for (const lang of ['en', 'zh']) {
      const run = await cli.run([
        '--lang',
        lang,
        'compare',
        f['a.yaml']!,
        f['b-renamed.yaml']!,
        f['named.csv']!,
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).not.toContain('nitrogenTotal (nitrogenTotal)');
      expect(run.stderr).not.toContain('nitrogenTotal（nitrogenTotal）');
      expect(run.stderr).not.toMatch(/no column gives|没有列给出/);
    }
  });
});
