/**
 * newcomer-35 M2: rule-format's 打分 advises a 0–5 self-score be made points by a derived value (`analysisScore * 20`);
 * its indicator then has no `unit: 分` and is no scored item itself, and its `质量数据分析（0-5分）` header was not read
 * (every record "缺少质量数据分析", exit 1, the hint only `--map`). A stated score range the indicator's `range`
 * agrees with is now read for any number indicator; a range it does not agree with is still not read. Rule set:
 * test/fixtures/newcomer-35/dm.yaml (analysisScore [0, 5], improveScore and supplierScore [0, 100]).
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { xlsx } = inputFiles(temp);
const RULES = new URL('../fixtures/newcomer-35/dm.yaml', import.meta.url).pathname;

function header(analysis: string): string[] {
  return [
    'majorAccident',
    'employees',
    '数字化基础（0-100分）',
    '数据采集（0-100分）',
    analysis,
    '质量追溯（0-100分）',
    '协同改进（0-100分）',
    '供应链质量协同（0-100分）',
  ];
}

async function grade(path: string): Promise<{ code: number; results: GradeResult[]; stderr: string }> {
  const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'ndjson', path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { code: run.code, results, stderr: run.stderr };
}

describe('a score-range header of an indicator feeding a derived score (newcomer-35 M2)', () => {
  it('（0-5分） under [0, 5] and （0-100分） under [0, 100] are read without --map: 80/80/4/80/80 is 集成级', async () => {
    const path = await xlsx(header('质量数据分析（0-5分）'), ['否', 120, 80, 80, 4, 80, 80, '']);
    const { code, results } = await grade(path);
    expect(code).toBe(0);
    // 80·0.25 + 80·0.2 + (4·20)·0.2 + 80·0.2 + 80·0.15 = 80: 集成级 (≥ 80, every dimension ≥ 70).
    expect(results[0]!.errors).toBeUndefined();
    expect(results[0]!.grade).toBe('integrated');
    expect(results[0]!.scores!.total).toBe(80);
  });

  it('（满分5分） is read too; （0-10分） under [0, 5] is not: the record is missing it, as before', async () => {
    const full = await grade(
      await xlsx(header('质量数据分析（满分5分）'), ['否', 120, 80, 80, 4, 80, 80, '']),
    );
    expect(full.results[0]!.grade).toBe('integrated');
    const other = await grade(
      await xlsx(header('质量数据分析（0-10分）'), ['否', 120, 80, 80, 8, 80, 80, '']),
    );
    expect(other.code).toBe(1);
    expect(other.results[0]!.errors!.map((e) => [e.field, e.code])).toEqual([['analysisScore', 'missing']]);
  });
});
