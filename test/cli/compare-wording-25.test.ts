/**
 * What `compare`, `diff` tell a committee (enterprise-25 F3, F6; committee-25 F4, F5; committee-24 F14):
 * the rule-set change that moved a record (a weight alone) in HTML and xlsx as in the text, and a list of
 * what changed between A and B; a missing value worded as explain words it; a grade renamed by its labels;
 * B's value told apart from A's at display precision; an upgrade coloured apart; a requirement's note.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const QMC = 'rules/enterprise/quality-management-capability.yaml';
const AC = 'rules/home-appliances/room-air-conditioner-energy.yaml';
const paths = { qmcB: '', qmcData: '', acB: '', acData: '' };

/** Writes `file` with each `from` replaced by `to`, each checked to be there. */
function edited(file: string, edits: readonly (readonly [string, string])[], name: string): string {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const out = join(temp(), name);
  writeFileSync(out, text);
  return out;
}

beforeAll(() => {
  // The enterprise-25 draft: 预防级 renamed, 质量损失控制 ×1 → ×2, assurance 65 → 70.
  paths.qmcB = edited(
    QMC,
    [
      ['label: { zh: 预防级, en: Prevention }', 'label: { zh: 预防改进级, en: Prevention and improvement }'],
      ['        - indicator: qualityLoss\n', '        - indicator: qualityLoss\n          weight: 2\n'],
      ['assurance: 65,', 'assurance: 70,'],
    ],
    'qmc-draft.yaml',
  );
  const all = (v: number) => ({
    leadershipCommitment: v,
    processControl: v,
    supplierQuality: v,
    auditAndImprovement: v,
    dataCollection: v,
    qualityAnalytics: v,
    traceability: v,
    innovation: v,
    customerFocus: v,
    talentDevelopment: v,
    majorQualityIncident: false,
  });
  paths.qmcData = join(temp(), 'enterprises.json');
  writeFileSync(
    paths.qmcData,
    JSON.stringify([
      // D4 = (160 + 79.99 + 80.01) / 4 = 80 under A, (160 + 159.98 + 80.01) / 5 = 79.998 under B: down by the weight alone;
      // the total 83.5 under A, 83.4994 under B.
      { name: '绩效刚好80', ...all(85), productQuality: 80, qualityLoss: 79.99, customerSatisfaction: 80.01 },
      // D4 = (150 + 88 + 76) / 4 = 78.5 under A, (150 + 176 + 76) / 5 = 80.4 under B: up by the weight alone.
      { name: '企业061', ...all(85), productQuality: 75, qualityLoss: 88, customerSatisfaction: 76 },
      { name: '不变', ...all(95), productQuality: 95, qualityLoss: 95, customerSatisfaction: 95 },
    ]),
  );
  // The committee-25 draft: a standby-power requirement for grade 1, with a note, on an indicator not required.
  paths.acB = edited(
    AC,
    [
      [
        'indicators:\n',
        'indicators:\n  standbyPower:\n    type: number\n    unit: W\n    range: ">= 0"\n    required: false\n    label: { zh: 待机功率, en: Standby power }\n',
      ],
      [
        'criteria:\n',
        'criteria:\n  - id: standby-power\n    indicator: standbyPower\n    grade: "1"\n    require: "≤ 1.0 W"\n    note: { zh: 工作组拟定值（示例），非现行标准, en: "Working-group proposal (illustrative), not the current standard" }\n',
      ],
    ],
    'ac-draft.yaml',
  );
  paths.acData = join(temp(), 'acs.json');
  writeFileSync(
    paths.acData,
    JSON.stringify([
      // Grade 1 under A (APF 5.27 ≥ 5.00 at 2600 W); no standby power given: not confirmed under B.
      { model: 'KFR-26GW/A1', unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 5.27 },
      {
        model: 'KFR-26GW/A2',
        unitType: 'heat-pump',
        ratedCoolingCapacity: 2600,
        apf: 5.27,
        standbyPower: 1.5,
      },
    ]),
  );
});

/** `compare` of the enterprise rule set with its draft over the three enterprises, named; `more` goes first. */
const compareQmc = (lang: 'zh' | 'en', ...more: string[]) =>
  cli.run(['--lang', lang, 'compare', ...more, '--keep', 'name', QMC, paths.qmcB, paths.qmcData]);

describe('qgrade compare: what moved a record and what changed, in every format', () => {
  it('text: the grade renamed by its labels (zh), by its id (en); the weight change under the record', async () => {
    const zh = await compareQmc('zh');
    expect(zh.stdout).toContain('\n等级“预防级”更名为“预防改进级”\n');
    expect(zh.stdout).not.toContain('等级 prevention 更名');
    expect(zh.stdout).toContain(
      '← 评分维度“质量绩效”（qualityPerformance）的评分项：质量损失控制 ×1 → ×2，有变化',
    );
    const en = await compareQmc('en');
    expect(en.stdout).toContain('\ngrade prevention renamed: Prevention → Prevention and improvement\n');
  });

  it('HTML: the weight change under the records it moved, the list of A→B differences, 83.5 → 83.499, the upgrade green (zh, en)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const out = join(temp(), `qmc-${lang}.html`);
      const run = await compareQmc(lang, '-f', 'html', '-o', out);
      expect(run.code, run.stderr).toBe(0);
      const html = readFileSync(out, 'utf8');
      for (const row of [1, 2]) {
        const tr = new RegExp(`<tr data-row="${row}">(.*?)</tr>`).exec(html)![1]!;
        const why = /<p class="meta" data-why>([^<]*)<\/p>/.exec(tr)?.[1];
        expect(why).toEqual(
          lang === 'zh'
            ? '← 评分维度“质量绩效”（qualityPerformance）的评分项：质量损失控制 ×1 → ×2，有变化'
            : expect.stringMatching(/^← .*×1 → ×2/),
        );
      }
      expect(html).toContain('<table data-rule-set-changes>');
      expect(html).toMatch(/<tr data-change="criterion:qmsEffectiveness@assurance:limit">/);
      expect(html).toContain(
        lang === 'zh'
          ? '<td>等级“预防级”更名为“预防改进级”</td>'
          : 'grade prevention renamed: &quot;Prevention&quot; → &quot;Prevention and improvement&quot;',
      );
      // The total 83.5 under A, 83.4994 under B: not "83.5 → 83.5".
      const row1 = /<tr data-row="1">(.*?)<\/tr>/.exec(html)![1]!;
      expect(row1).toMatch(/83\.5(，|, )A ≥ 65 <span class="m ok">✓<\/span> → 83\.499(，|, )B ≥ 70/);
      expect(row1).not.toMatch(/83\.5(，|, )B/);
      // Row 2 moved up: its heat-map cell green, row 1's (down) orange.
      expect(html).toMatch(/<rect class="u\d"/);
      expect(html).toMatch(/<rect class="c\d"/);
      expect(html).not.toContain(lang === 'zh' ? '（含无效记录）。' : '(invalid records included).');
    }
  });

  it('xlsx: the weight change in the changed records’ last column, and a sheet of the A→B differences (zh, en)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const out = join(temp(), `qmc-${lang}.xlsx`);
      const run = await compareQmc(lang, '-f', 'xlsx', '-o', out);
      expect(run.code, run.stderr).toBe(0);
      const sheets = await readBack(readFileSync(out));
      const changes = sheets[1]!;
      expect(changes.rows).toHaveLength(3);
      for (const r of changes.rows.slice(1)) expect(String(r.at(-1))).toMatch(/\n← .*×1 → ×2/);
      // The score moved by the weight beside its unchanged limit, and the change that moved it under it.
      expect(String(changes.rows[1]!.at(-1))).toMatch(
        /^[^\n]*80(，|, )A ≥ 80 ✓ → 79\.998(，|, )B ≥ 80 ✗\n← /,
      );
      const diff = sheets.find((s) => s.name === (lang === 'zh' ? '规则集差异' : 'Rule-set diff'));
      expect(diff?.rows[0]).toEqual(
        lang === 'zh' ? ['类别', '说明', '宽严', '键'] : ['Section', 'Description', 'Direction', 'Key'],
      );
      const keys = diff!.rows.map((r) => r[3]);
      expect(keys).toContain('grade:prevention');
      expect(keys).toContain('criterion:qualityPerformance@assurance:limit');
      if (lang === 'zh') expect(diff!.rows.map((r) => r[1])).toContain('等级“预防级”更名为“预防改进级”');
    }
  });

  it('a value not given: worded as explain words it, not "?" (text, HTML, xlsx; zh, en)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', AC, paths.acB, paths.acData]);
    expect(zh.stdout).toMatch(
      /待机功率（1级）（注：工作组拟定值（示例），非现行标准）：未提供数值，A 无此要求 → B ≤ 1\.0( W)?，无法确认（按不满足计）/,
    );
    expect(zh.stdout).not.toMatch(/：\?，/);
    const en = await cli.run(['--lang', 'en', 'compare', AC, paths.acB, paths.acData]);
    expect(en.stdout).toMatch(
      /Standby power \(Grade 1\) \(note: Working-group proposal \(illustrative\), not the current standard\): no value given, A no such criterion → B ≤ 1\.0( W)?, cannot be confirmed \(counted as not met\)/,
    );
    for (const lang of ['zh', 'en'] as const) {
      const html = join(temp(), `ac-${lang}.html`);
      await cli.run(['--lang', lang, 'compare', '-f', 'html', '-o', html, AC, paths.acB, paths.acData]);
      const page = readFileSync(html, 'utf8');
      const row1 = /<tr data-row="1">(.*?)<\/tr>/.exec(page)![1]!;
      expect(row1).toContain(lang === 'zh' ? '未提供数值' : 'no value given');
      expect(row1).toContain(
        lang === 'zh'
          ? '，无法确认（按不满足计）</span>'
          : ', cannot be confirmed (counted as not met)</span>',
      );
      expect(row1).toContain(
        lang === 'zh' ? '（注：工作组拟定值（示例），非现行标准）' : '(note: Working-group proposal',
      );
      expect(row1).not.toContain('>?<');
      const xlsx = join(temp(), `ac-${lang}.xlsx`);
      await cli.run(['--lang', lang, 'compare', '-f', 'xlsx', '-o', xlsx, AC, paths.acB, paths.acData]);
      const changes = (await readBack(readFileSync(xlsx)))[1]!;
      expect(String(changes.rows[1]!.at(-1))).toContain(
        lang === 'zh' ? '未提供数值，A 无此要求' : 'no value given, A no such criterion',
      );
    }
  });
});

describe('qgrade diff: a grade renamed by its labels, a requirement’s note beside it', () => {
  it('text, HTML, markdown (zh, en)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'diff', QMC, paths.qmcB]);
    expect(zh.stdout).toContain('  - 等级“预防级”更名为“预防改进级”\n');
    const en = await cli.run(['--lang', 'en', 'diff', QMC, paths.qmcB]);
    expect(en.stdout).toContain(
      '  - grade prevention renamed: "Prevention" → "Prevention and improvement"\n',
    );
    const acZh = await cli.run(['--lang', 'zh', 'diff', AC, paths.acB]);
    expect(acZh.stdout).toMatch(
      /- 新增要求“待机功率（1级）”[^\n]*\n {4}注：工作组拟定值（示例），非现行标准\n {4}criterion:standby-power/,
    );
    const acEn = await cli.run(['--lang', 'en', 'diff', AC, paths.acB]);
    expect(acEn.stdout).toContain(
      '\n    note: Working-group proposal (illustrative), not the current standard\n',
    );
    const html = await cli.run(['--lang', 'zh', 'diff', '-f', 'html', AC, paths.acB]);
    expect(html.stdout).toContain('<br><small data-note>注：工作组拟定值（示例），非现行标准</small>');
    const md = await cli.run(['--lang', 'en', 'diff', '-f', 'markdown', AC, paths.acB]);
    expect(md.stdout).toContain('(note: Working-group proposal (illustrative), not the current standard)');
  });
});
