import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

// A JSON record (an NDJSON line, gradeSync) keyed as sheets say GB 175's 安定性（沸煮法）, the method first:
// `沸煮法安定性`. Alone, the record was told only "缺少安定性（沸煮法）", the key not named; beside `soundness`, the key
// was told as a part of 压蒸安定性合格 (autoclaveSoundness, a different test) and the record refused. A CSV header
// so written is read as soundness (advice-review-42); a JSON key is the same test.
const cli = useCli();
const CEMENT = 'building-materials/common-portland-cement';
const SAMPLE = {
  cementType: 'P.O',
  strengthClass: '42.5',
  compressive3d: 24.8,
  compressive28d: 49.6,
  flexural3d: 5.1,
  flexural28d: 8.2,
  initialSetting: 175,
  finalSetting: 235,
  magnesia: 2.3,
  sulfurTrioxide: 2.7,
  chloride: 0.031,
};
const explain = (record: object, lang: 'zh' | 'en') =>
  cli.run(['--lang', lang, 'explain', '-r', CEMENT, '--record', JSON.stringify(record)]);

describe.concurrent('沸煮法安定性 as a JSON key is soundness (安定性（沸煮法）)', () => {
  it('alone: the missing soundness names the key and how to read it (zh, en)', async () => {
    const zh = await explain({ ...SAMPLE, 沸煮法安定性: '合格' }, 'zh');
    expect(zh.stdout).toContain(
      '✗ 缺少安定性（沸煮法）：记录中有键“沸煮法安定性”，即该指标的标签；JSON 记录以指标名（soundness）为键，或用 --map 沸煮法安定性=soundness 映射',
    );
    const en = await explain({ ...SAMPLE, 沸煮法安定性: '合格' }, 'en');
    expect(en.stdout).toContain('"沸煮法安定性"');
    expect(en.stdout).toContain('soundness');
  });

  it('beside soundness: graded on soundness, never told as autoclave soundness', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const run = await explain({ ...SAMPLE, soundness: true, 沸煮法安定性: '合格' }, lang);
      expect(run.stdout).not.toMatch(/autoclaveSoundness|压蒸安定性合格）?并|shares only part/);
      expect(run.stdout).toMatch(lang === 'zh' ? /^等级：/m : /^Grade: /m);
    }
    // The autoclave test's own label still goes to it: a key that is part of its label stays refused.
    const autoclave = await explain({ ...SAMPLE, soundness: true, 压蒸安定性: '合格' }, 'en');
    expect(autoclave.stdout).toContain('autoclaveSoundness');
  });
});
