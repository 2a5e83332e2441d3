/**
 * Hostile-37 M5: broken UTF-16 (a lone surrogate, an odd byte count, a last unit cut short) was decoded to U+FFFD
 * and graded, where broken UTF-8 stops with exit 2. Now it stops alike (code `input`), naming the byte offset, in
 * the CLI and gradeSample. Good UTF-16 LE and BE with a BOM still grade: S1 (3500 W, APF 4.62) is grade 2 by
 * GB 21455-2019 (CC ≤ 4500 W: grade 1 ≥ 5.00, grade 2 ≥ 4.50).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { createGrader, loadRuleSet, QgradeError } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const TEXT = 'sampleId,unitType,ratedCoolingCapacity,apf\nS1,heat-pump,3500,4.62\n';

/** UTF-16 LE with its BOM; `lone` puts a lone high surrogate after S1's id (byte 2 + 2 × its index). */
function utf16(text: string, cut = 0, lone = false): Buffer {
  const units = [...Buffer.from(text, 'utf16le')];
  if (lone) {
    const at = text.indexOf('S1') + 2;
    units.splice(at * 2, 0, 0x00, 0xd8);
  }
  return Buffer.from([0xff, 0xfe, ...units.slice(0, units.length - cut)]);
}

describe.concurrent('broken UTF-16 stops as broken UTF-8 does (hostile-37 M5)', () => {
  for (const [what, bytes, at] of [
    ['a lone surrogate', utf16(TEXT, 0, true), 2 + 2 * (TEXT.indexOf('S1') + 2)],
    ['an odd byte count', utf16(TEXT, 1), 2 + 2 * TEXT.length - 2],
    [
      'a last unit cut short after a high surrogate',
      Buffer.concat([utf16(TEXT), Buffer.from([0x3d, 0xd8])]),
      2 + 2 * TEXT.length,
    ],
  ] as const)
    it(`${what}: exit 2, the byte offset named; gradeSample throws code input`, async () => {
      const path = join(temp(), `${what}.csv`);
      writeFileSync(path, bytes);
      const run = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `is not valid UTF-16 text: the code unit at byte ${at} (counted from 0) cannot be read`,
      );
      const zh = await cli.run(['grade', '-r', AC, '-f', 'csv', path], { env: { LANG: 'zh_CN.UTF-8' } });
      expect(zh.stderr).toContain(`不是有效的 UTF-16 文本：第 ${at} 字节（从 0 数起）起的代码单元无法读取`);
      const grader = createGrader(await loadRuleSet(AC));
      const error = await gradeSample(grader, new Uint8Array(bytes)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QgradeError);
      expect((error as QgradeError).code).toBe('input');
      expect((error as QgradeError).text?.en).toContain(`byte ${at}`);
    });

  it('good UTF-16 LE and BE with a BOM are still graded', async () => {
    const le = join(temp(), 'le.csv');
    writeFileSync(le, utf16(TEXT));
    const be = join(temp(), 'be.csv');
    writeFileSync(be, Buffer.from([0xfe, 0xff, ...Buffer.from(TEXT, 'utf16le').swap16()]));
    for (const path of [le, be]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', path]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/\n1,S1,2,/);
    }
  });
});
