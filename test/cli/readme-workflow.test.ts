/**
 * The committee workflow in README.md and README.zh-CN.md (xlsx in → report
 * → a draft started with init --from → diff → compare): the same commands in both, each run in-process as
 * written (output files go to a temporary folder), and the screenshots they
 * show are in docs/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { qgradeLines } from './doc-commands';

const cli = useCli();
const temp = useTempDir();

/** The `qgrade …` lines of the block after `<!-- committee-workflow -->`. */
function workflow(readme: string): string[] {
  const text = readFileSync(join(ROOT, readme), 'utf8');
  const start = text.indexOf('<!-- committee-workflow -->');
  expect(start, `${readme} has the committee workflow`).toBeGreaterThan(-1);
  const block = /```sh\n([\s\S]*?)```/.exec(text.slice(start))![1]!;
  return qgradeLines(block);
}

describe('the committee workflow of the READMEs', () => {
  const english = workflow('README.md');

  it('is the same commands in both READMEs, xlsx in → HTML and xlsx out → init --from → diff → compare', () => {
    expect(workflow('README.zh-CN.md')).toEqual(english);
    const all = english.join('\n');
    for (const step of [
      ' grade .*\\.xlsx$',
      ' init .* --from ',
      '-f html -o ',
      '-f xlsx -o ',
      ' diff ',
      ' compare .*\\.xlsx$',
      ' compare --group-by ',
      ' compare --tally-by .* -f xlsx -o ',
    ])
      expect(all).toMatch(new RegExp(step, 'm'));
  });

  it('shows the report screenshots kept in docs/', () => {
    for (const readme of ['README.md', 'README.zh-CN.md']) {
      const text = readFileSync(join(ROOT, readme), 'utf8');
      for (const png of ['docs/report-grade.png', 'docs/report-compare.png']) {
        expect(text).toContain(`](${png})`);
        expect(existsSync(join(ROOT, png))).toBe(true);
      }
    }
  });

  it('runs every command as written', async () => {
    const dir = temp();
    const outputs = new Map<string, string>();
    for (const line of english) {
      const args = line.split(/\s+/).slice(1);
      const o = args.indexOf('-o');
      // init writes under ./rules: here under the temporary folder, not the clone's rules/.
      if (line.includes(' init ')) args.push('--dir', dir);
      if (o >= 0) {
        const file = join(dir, args[o + 1]!);
        outputs.set(args[o + 1]!, file);
        args[o + 1] = file;
      }
      const { code, stdout, stderr } = await cli.run(args);
      const context = `${line}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`;
      // 1: one sample (KFR-35GW/H0) has no APF, an invalid record, shown as such.
      expect([0, 1], context).toContain(code);
      expect(stderr, context).not.toMatch(/internal error|\n\s+at /);
      if (o < 0 && line.includes(' grade ')) {
        expect(stdout, context).toMatch(/^序号\s+型号\s+等级/);
        expect(stdout, context).toMatch(/KFR-35GW\/B3\s+2级\s+距 1级：全年能源消耗效率 APF 4\.62（≥ 5\.00）/);
      }
      if (line.includes(' init ')) {
        expect(code, context).toBe(0);
        expect(stdout, context).toContain('（复制其测试套件，ruleSet 指向新文件）');
        const suite = join(dir, 'rules/building-materials/cement-quality-grade-2026.test.yaml');
        const test = await cli.run(['test', suite]);
        expect(test.code, test.stdout + test.stderr).toBe(0);
      }
      if (line.includes(' diff ')) expect(stdout, context).toContain('cell:apfLimits[≤ 4500][2]');
      if (line.includes(' --group-by '))
        expect(stdout, context).toContain(
          '组 2026-10 42.5（第 1–8 条）：优等品 → 一等品  28 天抗压强度变异系数（优等品）',
        );
      else if (o < 0 && line.includes(' compare '))
        expect(stdout, context).toContain('第 2 条（KFR-35GW/B3）：2级 → 3级');
    }
    const html = readFileSync(outputs.get('report.html')!, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('KFR-35GW/B3');
    expect(readFileSync(outputs.get('compare.html')!, 'utf8')).toContain('KFR-35GW/B3');
    // The per-producer moves and outcomes as a sheet to paste into a meeting note (committee-44 M2).
    const moves = (await readBack(new Uint8Array(readFileSync(outputs.get('compare.xlsx')!)))).find(
      (s) => s.name === '按列统计等级变化',
    )!;
    expect(moves.rows[0]!.slice(0, 4)).toEqual(['机组类型', '记录数', '升高', '降低']);
    expect(moves.rows.map((r) => r[0])).toEqual(['机组类型', '热泵型', '单冷型', '合计']);
    const [results] = await readBack(new Uint8Array(readFileSync(outputs.get('graded.xlsx')!)));
    expect(results!.rows[0]![0]).toBe('型号');
    expect(results!.rows.slice(1).map((r) => r[0])).toContain('KFR-26GW/A1');
  });
});
