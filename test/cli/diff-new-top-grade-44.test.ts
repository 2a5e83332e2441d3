/**
 * A requirement of a grade a draft adds above every grade both editions have (a new top grade) moves no record
 * down: grades are cumulative, so no grade A has asks it. `diff` called it "stricter" (新增要求…，更严), counted it
 * among the stricter changes, and `compare` printed it so beside the records it lifted into the new grade
 * (committee-44 M4). It now has no direction and a note saying why; a requirement of a new grade inserted below a
 * grade both have is still stricter, as that grade asks it too.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();

const STARS = 'home-appliances/appliance-quality-grading';
const CEMENT = 'building-materials/cement-quality-grade';

/** Illustrative draft figures, not a standard's: 2 stars at 78 (was 75), a new 4 stars at 94 (安全可靠 ≥ 90). */
let stars = '';
/** A grade between first class and superior (illustrative), with its own 28-day strength ≥ 47.0 MPa. */
let between = '';
let data = '';
beforeAll(() => {
  stars = editedRules(
    temp(),
    STARS,
    [
      [
        '  - id: 3-star\n    label: { zh: 三星级, en: 3 stars }\n',
        '  - id: 3-star\n    label: { zh: 三星级, en: 3 stars }\n  - id: 4-star\n    label: { zh: 四星级, en: 4 stars }\n',
      ],
      [
        'cutoffs: { 1-star: 60, 2-star: 75, 3-star: 88 }',
        'cutoffs: { 1-star: 60, 2-star: 78, 3-star: 88, 4-star: 94 }',
      ],
      [
        '    3-star: { safetyReliability: 85, userExperience: 80 }',
        '    3-star: { safetyReliability: 85, userExperience: 80 }\n    4-star: { safetyReliability: 90 }',
      ],
    ],
    'stars-draft',
  );
  between = editedRules(
    temp(),
    CEMENT,
    [
      [
        '  - id: first-class\n    label: { zh: 一等品, en: First class }\n',
        '  - id: first-class\n    label: { zh: 一等品, en: First class }\n  - id: fine\n    label: { zh: 精品, en: Fine }\n',
      ],
      [
        '  - { id: compressive-28d-superior,',
        '  - { id: compressive-28d-fine, indicator: compressive28d, require: "≥ 47.0 MPa", grade: fine }\n  - { id: compressive-28d-superior,',
      ],
    ],
    'cement-between',
  );
  // Totals by hand (weights 30/25/20/25): LIFTED 安全可靠 97.5, 节能环保 100, 智能化 95, 用户体验 95 → 97: 3 → 4 stars.
  data = join(temp(), 'appliances.csv');
  writeFileSync(
    data,
    'model,safetyTest,cccCertified,energyGrade,noise,failureRate,reliabilityScore,intelligenceScore,userExperienceScore,afterSalesScore\nLIFTED,true,true,1,38,0.4,95,95,95,95\n',
  );
});

interface Entry {
  key: string;
  direction?: string;
  note?: { zh: string; en: string };
}

describe.concurrent('qgrade diff: a new top grade’s requirements are neither stricter nor looser (committee-44 M4)', () => {
  it('json: no direction, a note why; the counts hold the 2-star cutoff alone as stricter', async () => {
    const { stdout } = await cli.run(['diff', '-f', 'json', STARS, stars]);
    const out = JSON.parse(stdout) as { counts: { stricter: number }; entries: Entry[] };
    const byKey = new Map(out.entries.map((e) => [e.key, e]));
    for (const key of ['criterion:totalScore@4-star', 'criterion:safetyReliability@4-star']) {
      expect(byKey.get(key), key).not.toHaveProperty('direction');
      expect(byKey.get(key)!.note?.zh).toBe(
        '属于 B 新增的等级“四星级”（4-star），其上没有两版共有的等级：只决定记录能否达到该等级，不使任何记录降低，不计宽严',
      );
    }
    expect(byKey.get('criterion:totalScore@2-star:limit')!.direction).toBe('stricter');
    expect(out.counts.stricter).toBe(1);
  });

  it('text (zh, en): the sentence says no "stricter", and the note; so does compare beside the record it lifted', async () => {
    const zh = await cli.run(['--lang', 'zh', 'diff', STARS, stars]);
    expect(zh.stdout).toContain(
      '  - 新增要求“总分（四星级）”（totalScore@4-star）：≥ 94（属于 B 新增的等级“四星级”（4-star），其上没有两版共有的等级：只决定记录能否达到该等级，不使任何记录降低，不计宽严）\n',
    );
    expect(zh.stdout).toContain('共 4 处差异：更严 1 处，更宽 0 处，宽严不定 0 处，不涉及宽严 3 处');
    const en = await cli.run(['--lang', 'en', 'diff', STARS, stars]);
    expect(en.stdout).toContain(
      'criterion Total score (4 stars) (totalScore@4-star) added: ≥ 94 (of 4 stars (4-star), a grade B adds with no grade of both above it: it decides only whether a record reaches that grade and moves none down, so neither stricter nor looser)\n',
    );
    const compare = await cli.run(['--lang', 'zh', 'compare', STARS, stars, data]);
    expect(compare.stdout).toContain('第 1 条（LIFTED）：三星级 → 四星级');
    expect(compare.stdout).toMatch(/^ +1 +0 +新增要求“总分（四星级）”（totalScore@4-star）：≥ 94$/mu);
    expect(compare.stdout).not.toContain('（四星级）”（totalScore@4-star）：≥ 94，更严');
  });

  it('removed the other way round: no direction either', async () => {
    const { stdout } = await cli.run(['diff', '-f', 'json', stars, STARS]);
    const entry = (JSON.parse(stdout) as { entries: Entry[] }).entries.find(
      (e) => e.key === 'criterion:totalScore@4-star',
    )!;
    expect(entry).not.toHaveProperty('direction');
    expect(entry.note?.en).toBe(
      'of 4 stars (4-star), a grade B removes with no grade of both above it: it decided only whether a record reached that grade, so neither stricter nor looser',
    );
  });

  it('a new grade below one both have: its requirement is stricter, as superior now asks it too', async () => {
    const { stdout } = await cli.run(['diff', '-f', 'json', CEMENT, between]);
    const entry = (JSON.parse(stdout) as { entries: Entry[] }).entries.find(
      (e) => e.key === 'criterion:compressive-28d-fine',
    )!;
    expect(entry.direction).toBe('stricter');
    expect(entry).not.toHaveProperty('note');
  });
});
