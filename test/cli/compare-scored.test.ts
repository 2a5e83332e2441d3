import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

/*
 * A scored rule set and next year's draft (enterprise-23): the bundled quality-management-capability
 * rule set (A) and a copy (B) whose inspection cutoff is 55 (was 50), prevention 82 (was 80), and whose
 * 产品质量水平 counts once in 质量绩效 (was twice). The weakest dimension decides. Under A → B:
 *   E01 every item 50: 检验级 → 经验级 by the cutoffs alone; 质量绩效 is 50 under both weightings;
 *   E46 质量绩效 (76.5·2 + 57.5 + 58)/4 = 67.125 → (76.5 + 57.5 + 58)/3 = 64: 保证级 → 检验级 by the weighting
 *       alone; 质量管理数字化 (70 + 70 + 69.5)/3 = 69.8333…, under both;
 *   E67 质量绩效 (45·2 + 55 + 60)/4 = 51.25 → 53.33 (it rose), below the new 55: 检验级 → 经验级 by the cutoff;
 *   E80 质量绩效 (62·2 + 60 + 73)/4 = 64.25 → 65: 检验级 → 保证级 by the weighting alone.
 * The other dimensions are 90 throughout.
 */
const A = 'enterprise/quality-management-capability';
const HEADER =
  'name,leadershipCommitment,processControl,supplierQuality,auditAndImprovement,dataCollection,qualityAnalytics,traceability,innovation,customerFocus,talentDevelopment,productQuality,qualityLoss,customerSatisfaction,majorQualityIncident';
const ROWS = [
  `E01,${Array(13).fill(50).join(',')},否`,
  'E46,90,90,90,90,70,70,69.5,90,90,90,76.5,57.5,58,否',
  'E67,90,90,90,90,90,90,90,90,90,90,45,55,60,否',
  'E80,90,90,90,90,90,90,90,90,90,90,62,60,73,否',
];

let B = '';
let DATA = '';

beforeAll(() => {
  const text = readFileSync(join(ROOT, 'rules/enterprise/quality-management-capability.yaml'), 'utf8');
  const draft = text
    .replace(/^version: 1\.0\.3$/m, 'version: 2.0.0-draft.1')
    .replace(/^( {10})weight: 2$/m, '$1weight: 1')
    .replace(
      'cutoffs: { inspection: 50, assurance: 65, prevention: 80, excellence: 90 }',
      'cutoffs: { inspection: 55, assurance: 65, prevention: 82, excellence: 90 }',
    );
  expect(draft.match(/weight: 1$|inspection: 55|version: 2\.0\.0/gm)).toHaveLength(3);
  B = join(temp(), 'qmc-draft.yaml');
  writeFileSync(B, draft);
  DATA = join(temp(), 'enterprises.csv');
  writeFileSync(DATA, [HEADER, ...ROWS].join('\n'));
});

const args = (lang: 'zh' | 'en', ...more: string[]) => [
  '--lang',
  lang,
  'compare',
  ...more,
  '--keep',
  'name',
  A,
  B,
  DATA,
];

describe.concurrent('compare, a scored rule set whose item weights and cutoffs changed (enterprise-23)', () => {
  it('W1: a score that differs between A and B is shown under each beside its own limit, rounded as explained (html, xlsx)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = join(temp(), `scored-${lang}.html`);
      expect((await cli.run(args(lang, '-f', 'html', '-o', html))).code).toBe(0);
      const page = readFileSync(html, 'utf8').replace(/<[^>]*>/g, '');
      const c = lang === 'zh' ? '，' : ', ';
      const name = lang === 'zh' ? '质量绩效（保证级）' : 'Quality performance (Assurance)';
      // Not A's 67.125 against B's ≥ 65 "✗": each side's own score.
      expect(page).toContain(`67.12${c}A ≥ 65 ✓ → 64${c}B ≥ 65 ✗`);
      expect(page).toContain(`64.25${c}A ≥ 65 ✗ → 65${c}B ≥ 65 ✓`);
      expect(page).toContain(`51.25${c}A ≥ 50 ✓ → 53.33${c}B ≥ 55 ✗`);
      expect(page).toContain(name);
      // A value the same under both: once, with the digits its explanation shows.
      expect(page).toMatch(/69\.83[，,] ?A ≥ 50 ✓ → B ≥ 55 ✓/);
      expect(page).not.toContain('69.8333');
      const xlsx = join(temp(), `scored-${lang}.xlsx`);
      expect((await cli.run(args(lang, '-f', 'xlsx', '-o', xlsx))).code).toBe(0);
      const cells = (await readBack(readFileSync(xlsx))).flatMap((s) => s.rows.flat()).map(String);
      expect(
        cells.some((t) =>
          t.includes(`${name}${lang === 'zh' ? '：' : ': '}67.12${c}A ≥ 65 ✓ → 64${c}B ≥ 65 ✗`),
        ),
      ).toBe(true);
      expect(cells.some((t) => t.includes(`64.25${c}A ≥ 65 ✗ → 65${c}B ≥ 65 ✓`))).toBe(true);
    }
  });

  it('W2: the weighting is a cause only of the records whose score it moved the way they moved (text, json)', async () => {
    const json = await cli.run(args('en', '-f', 'json'));
    const out = JSON.parse(json.stdout) as {
      changes: { kept: { name: string }; diff: string[] }[];
      causeCounts: { id: string; records: number; alone: number }[];
    };
    const byWeighting = out.changes
      .filter((c) => c.diff.includes('dimension:qualityPerformance:items'))
      .map((c) => c.kept.name);
    // E01: 50 under both; E67: its score rose, and it moved down.
    expect(byWeighting).toEqual(['E46', 'E80']);
    expect(out.changes.map((c) => c.kept.name)).toEqual(['E01', 'E46', 'E67', 'E80']);
    // The counts are of requirements whose outcome changed (E01 by all five at 检验级; E67 by 质量绩效's alone).
    expect(out.causeCounts.find((c) => c.id === 'qualityPerformance@assurance')).toEqual({
      id: 'qualityPerformance@assurance',
      records: 2,
      alone: 2,
    });
    expect(out.causeCounts.find((c) => c.id === 'qualityPerformance@inspection')).toEqual({
      id: 'qualityPerformance@inspection',
      records: 2,
      alone: 1,
    });
    const text = (await cli.run(args('zh'))).stdout;
    const block = (name: string) => {
      const lines = text.split('\n');
      const i = lines.findIndex((l) => l.includes(`（${name}）：`));
      const end = lines.findIndex((l, j) => j > i && !l.startsWith('    '));
      return lines.slice(i, end).join('\n');
    };
    expect(block('E01')).not.toContain('评分维度');
    expect(block('E67')).not.toContain('评分维度');
    expect(block('E46')).toContain('评分维度');
    expect(block('E80')).toContain('评分维度');
  });

  it("W5: the item weight is written by the indicators' labels, in diff and under a moved record (zh, en)", async () => {
    const zh = (await cli.run(['--lang', 'zh', 'diff', A, B])).stdout;
    expect(zh).toContain(
      '评分维度“质量绩效”（qualityPerformance）的评分项：产品质量水平 ×2 → ×1，有变化（影响 ',
    );
    expect(zh).not.toMatch(/productQuality ×2/);
    const en = (await cli.run(['--lang', 'en', 'diff', A, B])).stdout;
    expect(en).toContain('scored items: Product quality level ×2 → ×1, changed (read by ');
    const json = JSON.parse((await cli.run(['diff', '-f', 'json', A, B])).stdout) as {
      entries: { key: string; before: string; after: string }[];
    };
    // The entry's before and after stay the items as written.
    expect(json.entries.find((e) => e.key === 'dimension:qualityPerformance:items')).toMatchObject({
      before: 'productQuality ×2, qualityLoss, customerSatisfaction',
      after: 'productQuality, qualityLoss, customerSatisfaction',
    });
    // Under a moved record: the sentence, without the eight requirements it reads into.
    const text = (await cli.run(args('zh'))).stdout;
    expect(text).toContain(
      '    ← 评分维度“质量绩效”（qualityPerformance）的评分项：产品质量水平 ×2 → ×1，有变化\n',
    );
    const textEn = (await cli.run(args('en'))).stdout;
    expect(textEn).toContain(
      '    ← scoring dimension Quality performance (qualityPerformance), scored items: Product quality level ×2 → ×1, changed\n',
    );
  });

  it('W13: a dimension weight under weakestLink: cap changes the total only, said so and without a direction; not so without the cap', async () => {
    const text = readFileSync(join(ROOT, 'rules/enterprise/quality-management-capability.yaml'), 'utf8');
    const weights = text
      .replace(/^( {6})weight: 30$/m, '$1weight: 25')
      .replace(/^( {6})weight: 20$/m, '$1weight: 25');
    expect(weights).not.toBe(text);
    const capped = join(temp(), 'dim-weights.yaml');
    writeFileSync(capped, weights);
    const zh = await cli.run(['--lang', 'zh', 'diff', A, capped]);
    expect(zh.stdout).toContain('的权重：30 → 25，只影响总分（');
    expect(zh.stdout).toContain('宽严不定 0 处');
    const en = await cli.run(['--lang', 'en', 'diff', A, capped]);
    expect(en.stdout).toContain('weight: 30 → 25, changes the total only (');
    const json = JSON.parse((await cli.run(['diff', '-f', 'json', A, capped])).stdout) as {
      entries: { key: string; direction?: string }[];
    };
    expect(
      json.entries.find((e) => e.key === 'dimension:qmsEffectiveness:weight')?.direction,
    ).toBeUndefined();
    // And compare agrees: no record moves.
    const moved = JSON.parse((await cli.run(['compare', '-f', 'json', A, capped, DATA])).stdout) as {
      changed: number;
    };
    expect(moved.changed).toBe(0);
    // Without the cap the total decides: either way, as before.
    const open = join(temp(), 'dim-weights-open.yaml');
    writeFileSync(open, weights.replace('weakestLink: cap', 'weakestLink: none'));
    const uncapped = JSON.parse((await cli.run(['diff', '-f', 'json', capped, open])).stdout) as {
      entries: { key: string }[];
    };
    expect(uncapped.entries.some((e) => e.key.startsWith('dimension:'))).toBe(false);
    const both = await cli.run(['--lang', 'zh', 'diff', A, open]);
    expect(both.stdout).toContain('的权重：30 → 25，有变化（影响 ');
    expect(both.stdout).not.toContain('只影响总分');
  });

  it('W4: diff (text, html) and compare (text, xlsx) say the thresholds are illustrative, as the HTML reports do (zh, en)', async () => {
    const notice = {
      zh: 'A、B：注意：本规则集的阈值是示例数值，不是任何标准的规定值，不能作为正式的企业等级评价依据。',
      en: 'A, B: Note: the thresholds of this rule set are illustrative.',
    };
    for (const lang of ['zh', 'en'] as const) {
      const diff = await cli.run(['--lang', lang, 'diff', A, B]);
      expect(diff.stdout.split('\n')[2]).toContain(notice[lang]);
      const html = join(temp(), `diff-${lang}.html`);
      await cli.run(['--lang', lang, 'diff', '-f', 'html', '-o', html, A, B]);
      expect(readFileSync(html, 'utf8')).toContain(`<p class="warn" data-notice>${notice[lang]}`);
      expect((await cli.run(args(lang))).stdout.split('\n')[2]).toContain(notice[lang]);
      const xlsx = join(temp(), `notice-${lang}.xlsx`);
      await cli.run(args(lang, '-f', 'xlsx', '-o', xlsx));
      // On the matrix sheet, under its own heading, not among the input's notices.
      const matrix = (await readBack(readFileSync(xlsx)))[0]!.rows;
      const label = { zh: '规则集说明', en: 'Rule set note' }[lang];
      expect(String(matrix.find((r) => r[0] === label)?.[1])).toMatch(
        new RegExp(`^${notice[lang].replace(/[.()]/g, '\\$&')}`),
      );
      expect(matrix.some((r) => r[0] !== label && String(r[1]).startsWith(notice[lang]))).toBe(false);
    }
    // A rule set whose figures are not illustrative gets no notice.
    const sourced = join(temp(), 'sourced.yaml');
    writeFileSync(sourced, readFileSync(B, 'utf8').replace(/^(\s*level: )illustrative$/m, '$1unverified'));
    const one = await cli.run(['--lang', 'zh', 'diff', A, sourced]);
    expect(one.stdout).toContain('\nA：注意：本规则集的阈值是示例数值');
    expect(one.stdout).not.toContain('B：注意');
  });
});
