/**
 * How results read to a rule author (the rule-author sweep, findings 12 and
 * 13, with its Q355 rule set): a computed mean one decimal finer than the
 * step it is compared at, a count rule's short text with the failing values
 * and the allowance in every format, and a table cell cut between
 * requirements, not inside a figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchSummary, createGrader, loadRuleSet, parseRuleSet } from '../../src/index';
import { formatTable } from '../../src/report/format-table';
import { shortCriterion } from '../../src/report/summarize-result';
import { GradeWorkbook } from '../../src/report/xlsx/grade-workbook';
import { readBack } from '../report/xlsx/read-back';
import { FIXTURES, useCli } from './cli-harness';

const cli = useCli();
const RULES = join(FIXTURES, 'q355-author.yaml');
const HEADER = '炉批号,牌号,交货状态,冲击试验温度/℃,冲击吸收能量 KV2/J,磷 P/%,硫 S/%';
// H4: mean of 26, 27, 27 J is 26.67, rounded to 27, meets ≥ 27 at −60 ℃. H5: 30 and 32 J below 34, one allowed.
// H1: B, held below C by three requirements, the last of which does not fit a narrow column.
const CSV = `${HEADER}
H4,Q355,M,-60,26;27;27,0.020,0.010
H5,Q355,AR,20,30;32;40,0.030,0.030
H1,Q355,AR,20,34;34;34,0.035,0.035
`;

const run = (lang: string, ...args: string[]) =>
  cli.run(['--lang', lang, ...args, '-r', RULES, '-i', 'csv', '-'], { input: CSV });

describe('a computed mean, as a rule author reads it', () => {
  it('reads one decimal finer than the limit it is rounded to (26.7, rounded to 27), and JSON keeps every digit', async () => {
    const zh = await run('zh', 'explain', '--row', '1');
    expect(zh.stdout).toContain('冲击吸收能量 KV2：平均值 26.7 J（修约值 27），满足 ≥ 27 J（B级）');
    expect(zh.stdout).not.toContain('26.666');
    const en = await run('en', 'explain', '--row', '1');
    expect(en.stdout).toContain('Impact energy KV2: mean 26.7 J (rounded to 27) meets ≥ 27 J (Grade B)');
    const json = JSON.parse((await run('en', 'explain', '--row', '1', '-f', 'json')).stdout);
    const mean = json.criteria.find((c: { id: string }) => c.id === 'kv2-mean');
    expect(mean.value).toBeCloseTo((26 + 27 + 27) / 3, 12);
    expect(String(mean.value).length).toBeGreaterThan(10);
    expect(mean.rounded).toBe(27);
  });

  it('takes more digits where the shorter figure would round to another value than the one compared', async () => {
    // 26, 26, 27.6 J: mean 26.533, rounded to 27; "26.5" would round half to even to 26. 26, 26.5, 27: mean 26.5, rounded to 26.
    const csv = `${HEADER}\nH6,Q355,M,-60,26;26;27.6,0.020,0.010\nH7,Q355,M,-60,27;27.4;28,0.020,0.010\nH8,Q355,M,-60,26;26.5;27,0.020,0.010\n`;
    const explain = async (row: string, lang = 'zh') =>
      (
        await cli.run(['--lang', lang, 'explain', '--row', row, '-r', RULES, '-i', 'csv', '-'], {
          input: csv,
        })
      ).stdout;
    expect(await explain('1')).toContain('冲击吸收能量 KV2：平均值 26.53 J（修约值 27），满足 ≥ 27 J（B级）');
    expect(await explain('1', 'en')).toContain(
      'Impact energy KV2: mean 26.53 J (rounded to 27) meets ≥ 27 J (Grade B)',
    );
    expect(await explain('2')).toContain('冲击吸收能量 KV2：平均值 27.47 J（修约值 27），满足 ≥ 27 J（B级）');
    expect(await explain('3')).toContain(
      '冲击吸收能量 KV2：平均值 26.5 J（修约值 26），不满足 ≥ 27 J（B级）',
    );
  });

  it('the short text of the table and CSV reads the same figure: 33.47→33, not 33.5→33', async () => {
    // 33, 33, 34.4 J at 20 ℃: mean 33.467, rounded to 33, fails ≥ 34; "33.5" would round half to even to 34.
    const csv = `${HEADER}\nH9,Q355,AR,20,33;33;34.4,0.030,0.030\n`;
    const out = (
      await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'csv', '-i', 'csv', '-'], { input: csv })
    ).stdout;
    expect(out).toContain('距 B级：冲击吸收能量 KV2 平均值 33.47→33 J（≥ 34 J）');
    expect(out).not.toContain('33.5→33');
  });

  it('reads at the same decimals in every record: 34.0 for 34, 34, 34', async () => {
    const zh = await run('zh', 'explain', '--row', '3');
    expect(zh.stdout).toContain('冲击吸收能量 KV2：平均值 34.0 J，满足 ≥ 34 J（B级）');
  });
});

describe("a count rule's short text (GB/T 229: at most one single value below)", () => {
  const zhShort = '距 B级：冲击吸收能量 KV2 #1 30、#2 32（≥ 34 J，至多 1 个低于）';
  // English CSV and Markdown name it by its English label, as the workbook does (standards-38 M3).
  const enShort = 'To reach Grade B: Impact energy KV2 #1 30, #2 32 (≥ 34 J, at most 1 below)';

  it('names the failing values and the allowance in the table, CSV and Markdown alike', async () => {
    for (const format of ['table', 'csv', 'markdown'])
      expect((await run('zh', 'grade', '-f', format)).stdout, format).toContain(zhShort);
    for (const format of ['csv', 'markdown'])
      expect((await run('en', 'grade', '-f', format)).stdout, format).toContain(enShort);
    // The English table names it by id, so that it fits 100 columns with the values.
    expect((await run('en', 'grade')).stdout).toContain('To reach Grade B: kv2-single #1 30, #2 32 (≥ 34 J,');
  });

  it('carries the failing values in JSON beside the failing specimens', async () => {
    const [, h5] = (await run('en', 'grade', '-f', 'ndjson')).stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const single = h5.criteria.find((c: { id: string }) => c.id === 'kv2-single');
    expect(single).toMatchObject({ failingSpecimens: [1, 2], failingValues: [30, 32], value: 30 });
  });

  it('says the same in the workbook, by label in both languages', async () => {
    const ruleSet = await loadRuleSet(RULES);
    const grader = createGrader(ruleSet);
    const result = {
      ...grader.gradeSync({
        designation: 'Q355',
        delivery: 'AR',
        testTemperature: 20,
        impactEnergy: [30, 32, 40],
        phosphorus: 0.03,
        sulfur: 0.03,
      }),
      row: 1,
    };
    for (const [lang, text] of [
      ['zh', '冲击吸收能量 KV2 #1 30、#2 32（≥ 34 J，至多 1 个低于）'],
      ['en', 'Impact energy KV2 #1 30, #2 32 (≥ 34 J, at most 1 below)'],
    ] as const) {
      const book = new GradeWorkbook(ruleSet, { lang });
      const summary = new BatchSummary(ruleSet.grades);
      book.add(result);
      summary.add(result);
      const [sheet] = await readBack(await book.toBuffer(summary.counts()));
      expect(sheet!.rows[1], lang).toContain(text);
    }
  });
});

describe('a narrow table column', () => {
  it('is cut between requirements, never inside a figure', async () => {
    const ruleSet = await loadRuleSet(RULES);
    const grader = createGrader(ruleSet);
    const result = grader.gradeSync({
      designation: 'Q355',
      delivery: 'AR',
      testTemperature: 20,
      impactEnergy: [34, 34, 34],
      phosphorus: 0.035,
      sulfur: 0.035,
    });
    for (const [lang, width, cut, left] of [
      ['zh', 80, '距 C级：冲击试验温度 20 ℃（≤ 0 ℃）、磷 P 0.035 %（≤ 0.030 %）、…', '硫 S'],
      ['en', 90, 'To reach Grade C: temperature@C 20 ℃ (≤ 0 ℃), …', 'p@C'],
    ] as const) {
      const line = formatTable([{ row: 1, result }], { lang, width }).split('\n')[1]!;
      expect(line.endsWith(cut), line).toBe(true);
      expect(line).not.toContain(left);
    }
  });
});

describe('a measured value under the rounded-value method', () => {
  const record = (phosphorus: number) => ({
    designation: 'Q355',
    delivery: 'N',
    testTemperature: -40,
    impactEnergy: [40, 40, 40],
    phosphorus,
    sulfur: 0.02,
  });
  const message = (text: string, phosphorus: number, id: string) =>
    createGrader(parseRuleSet(text))
      .gradeSync(record(phosphorus))
      .criteria.find((c) => c.id === id)!;
  const rounded = readFileSync(RULES, 'utf8');

  it('that rounding leaves as it is reads with the digits it was compared at: 0.02 against ≤ 0.020 as 0.020', () => {
    const p = message(rounded, 0.02, 'p@E');
    expect(p.message.zh).toBe('磷 P：0.020 %，满足 ≤ 0.020 %（E级）');
    expect(p.message.en).toBe('Phosphorus P: 0.020 % meets ≤ 0.020 % (Grade E)');
    expect(p.value).toBe(0.02);
    // In the short texts too: S 0.02 holds the record below F (≤ 0.010).
    const r = createGrader(parseRuleSet(rounded)).gradeSync(record(0.02));
    const s = r.nextGrade!.blockers.find((c) => c.id === 's@F')!;
    expect(shortCriterion(s, 'zh', false)).toBe('硫 S 0.020 %（≤ 0.010 %）');
    expect(shortCriterion(s, 'en')).toBe('s@F 0.020 % (≤ 0.010 %)');
  });

  it('with more digits than the limit keeps them, and its rounded value beside it: 0.0254 (rounded to 0.025)', () => {
    expect(message(rounded, 0.0254, 'p@D').message.en).toBe(
      'Phosphorus P: 0.0254 % (rounded to 0.025) meets ≤ 0.025 % (Grade D)',
    );
  });

  // committee-40 M3: under the full-value method too, a number with no written form shows the limit's decimals.
  it('under the full-value method: shown with the limit decimals, as reported (committee-40 M3)', () => {
    const full = rounded.replace('comparison: rounded', 'comparison: full');
    expect(message(full, 0.02, 'p@E').message.en).toBe('Phosphorus P: 0.020 % meets ≤ 0.020 % (Grade E)');
  });
});
