import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

// newcomer-score (session 41): an enterprise scheme of 6 weighted indicators (weights 20/25/15/15/10/15, invented),
// 0–5 scores turned into points by `× 20`, one item not applicable (`missing: reweight`), a veto capping at the lowest
// level. With 数字化 left out the weights count over 90: L = I = M = 1.3 (26 points), P = 4.6 (92), no certificate
// gives (26×20 + 92×25 + 26×15 + 26×15 + 0×15) / 90 = 3600 / 90 = 40, exactly the 检验级 cutoff. Each share taken
// first (20/90 × 26 + …, carried to 15 digits) made it 39.9999999999999: 经验级, a level too low.
// I = 1.27 and 1.33 move the numerator by ∓9: 39.9 and 40.1.
const cli = useCli();
const temp = useTempDir();

const RULES = `schemaVersion: 1
id: enterprise/newcomer-score-41
version: 0.1.0
industry: enterprise
subject: enterprise
title: { zh: 企业质量管理能力评价（示例）, en: Enterprise quality-management capability (illustrative) }
references:
  - { code: "T/TEST 41-2026", edition: "2026", status: draft }
provenance:
  level: illustrative
  note: { zh: 权重与分数线均为虚构示例, en: Weights and thresholds are invented }
indicators:
  majorIncident: { type: boolean, label: { zh: 重大质量事故, en: Major quality incident } }
  leadership: { type: number, range: "[0, 5]", label: { zh: 领导作用, en: Leadership } }
  processControl: { type: number, range: "[0, 5]", label: { zh: 过程控制, en: Process control } }
  inspection: { type: number, range: "[0, 5]", label: { zh: 检验检测, en: Inspection } }
  improvement: { type: number, range: "[0, 5]", label: { zh: 改进创新, en: Improvement } }
  digital: { type: number, range: "[0, 5]", required: false, label: { zh: 数字化, en: Digitalisation } }
  certifiedQms: { type: boolean, label: { zh: 质量管理体系认证, en: Certified QMS } }
derived:
  leadershipScore: { formula: "leadership * 20", label: { zh: 领导作用得分, en: Leadership score } }
  processControlScore: { formula: "processControl * 20", label: { zh: 过程控制得分, en: Process control score } }
  inspectionScore: { formula: "inspection * 20", label: { zh: 检验检测得分, en: Inspection score } }
  improvementScore: { formula: "improvement * 20", label: { zh: 改进创新得分, en: Improvement score } }
  digitalScore: { formula: "digital * 20", label: { zh: 数字化得分, en: Digitalisation score } }
grades:
  - { id: experience, label: { zh: 经验级, en: Experience } }
  - { id: inspection-level, label: { zh: 检验级, en: Inspection } }
  - { id: assurance, label: { zh: 保证级, en: Assurance } }
  - { id: prevention, label: { zh: 预防级, en: Prevention } }
  - { id: excellence, label: { zh: 卓越级, en: Excellence } }
scoring:
  dimensions:
    - id: capability
      label: { zh: 质量管理能力, en: Quality-management capability }
      weight: 100
      items:
        - { indicator: leadershipScore, weight: 20 }
        - { indicator: processControlScore, weight: 25 }
        - { indicator: inspectionScore, weight: 15 }
        - { indicator: improvementScore, weight: 15 }
        - { indicator: digitalScore, weight: 10, missing: reweight }
        - { indicator: certifiedQms, weight: 15, points: { "true": 100, "false": 0 } }
  cutoffs: { inspection-level: 40, assurance: 60, prevention: 75, excellence: 90 }
criteria:
  - { id: no-major-incident, indicator: majorIncident, require: "= false", cap: experience }
`;

// Rows 1–3: 40 exactly, 0.1 below, 0.1 above, 数字化 不适用; row 4: the same scores with 数字化 given 0 (weights over
// 100: 36, 经验级); row 5: the veto over full marks.
const CSV = `企业,重大质量事故,领导作用,过程控制,检验检测,改进创新,数字化,质量管理体系认证
A,否,1.3,4.6,1.3,1.3,不适用,否
B,否,1.3,4.6,1.27,1.3,不适用,否
C,否,1.3,4.6,1.33,1.3,不适用,否
D,否,1.3,4.6,1.3,1.3,0,否
E,是,5,5,5,5,5,是
`;

const SUITE = `ruleSet: ./rules.yaml
cases:
  - name: "数字化 left out: 3600 / 90 = 40, at 检验级"
    input: { majorIncident: false, leadership: 1.3, processControl: 4.6, inspection: 1.3, improvement: 1.3, certifiedQms: false }
    grade: inspection-level
    failing: [totalScore@assurance, totalScore@prevention, totalScore@excellence]
  - name: "all at 3.5, 数字化 left out: (70 × 75 + 100 × 15) / 90 = 75, at 预防级"
    input: { majorIncident: false, leadership: 3.5, processControl: 3.5, inspection: 3.5, improvement: 3.5, certifiedQms: true }
    grade: prevention
`;

describe('a scored enterprise scheme whose weights count over 90 (newcomer-score 41)', () => {
  let dir = '';
  beforeAll(() => {
    dir = temp();
    writeFileSync(join(dir, 'rules.yaml'), RULES);
    writeFileSync(join(dir, 'enterprises.csv'), CSV);
    writeFileSync(join(dir, 'rules.test.yaml'), SUITE);
    // The same weights with no 数字化 item at all: a plain weighted mean over 90, nothing left out.
    writeFileSync(join(dir, 'rules-90.yaml'), RULES.replace(/^ +- \{ indicator: digitalScore.*\n/m, ''));
  });

  it('grade: a total exactly at a cutoff meets it; 0.1 below and above; the item counted as 0; the veto', async () => {
    const { code, stdout } = await cli.run(['grade', '-r', 'rules.yaml', 'enterprises.csv', '-f', 'json'], {
      cwd: dir,
    });
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { grade: string; scores: { total: number } }[];
    expect(results.map((r) => r.grade)).toEqual([
      'inspection-level',
      'experience',
      'inspection-level',
      'experience',
      'experience',
    ]);
    expect(results.map((r) => r.scores.total)).toEqual([40, 39.9, 40.1, 36, 100]);
  });

  it('explain, en and zh: the total reads 40 and meets ≥ 40', async () => {
    const en = await cli.run(
      ['--lang', 'en', 'explain', '-r', 'rules.yaml', 'enterprises.csv', '--row', '1'],
      {
        cwd: dir,
      },
    );
    const zh = await cli.run(
      ['--lang', 'zh', 'explain', '-r', 'rules.yaml', 'enterprises.csv', '--row', '1'],
      {
        cwd: dir,
      },
    );
    expect([en.code, zh.code]).toEqual([0, 0]);
    expect(en.stdout).toContain('Total score: 40\n');
    expect(en.stdout).toContain('✓ Total score: 40 meets ≥ 40 (Inspection)');
    expect(zh.stdout).toContain('总分：40\n');
  });

  it('test: the suite case at the cutoff passes', async () => {
    const { code, stdout } = await cli.run(['test', 'rules.test.yaml'], { cwd: dir });
    expect(stdout).toContain('2 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('grade: weights written to add up to 90, nothing left out, a total exactly at a cutoff meets it', async () => {
    const record = {
      majorIncident: false,
      leadership: 1.3,
      processControl: 4.6,
      inspection: 1.3,
      improvement: 1.3,
    };
    const input = [
      { ...record, certifiedQms: false },
      { ...record, inspection: 1.27, certifiedQms: false },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const { code, stdout } = await cli.run(
      ['grade', '-r', 'rules-90.yaml', '-i', 'ndjson', '-', '-f', 'json'],
      {
        cwd: dir,
        input,
      },
    );
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { grade: string; scores: { total: number } }[];
    expect(results.map((r) => [r.grade, r.scores.total])).toEqual([
      ['inspection-level', 40],
      ['experience', 39.9],
    ]);
  });
});
