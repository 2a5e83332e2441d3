import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { formatDiffHtml } from '../../src/diff/format-diff-html';
import { formatDiffMarkdown } from '../../src/diff/format-diff-markdown';
import { formatDiffText } from '../../src/diff/format-diff-text';
import type { DiffEntry } from '../../src/diff/rule-set-diff';
import { loadRuleSet } from '../../src/index';
import { BASE, edit, ruleSet } from './base-rule-set';
import { validateDiff } from './diff-schema';

const ROOT = join(import.meta.dirname, '../..');

/** A second edition touching every group a diff has: cells, rows, criteria, scope, grades, indicators, derived values, metadata. */
const EVERYTHING = edit(
  ['version: 1.0.0', 'version: 1.1.0'],
  [
    '{ code: GB 0000-2019, edition: "2019", status: current }',
    '{ code: GB 0000-2024, edition: "2024", status: draft }',
  ],
  ['level: illustrative', 'level: unverified'],
  ['range: "> 0"', 'range: "[100, 20000]"'],
  ['formula: "16 - allowance.reduction"', 'formula: "17 - allowance.reduction"'],
  ['{ zh: 1级, en: Grade 1 }', '{ zh: 一级 <b>, en: "First | grade <script>alert(1)</script>" }'],
  ['"≤ 14000 W"', '"≤ 12000 W"'],
  ['["(4500, 7100]", 3.50, 4.50]', '["(4500, 7100]", 3.60, 4.50]'],
  ['["(7100, 14000]", 3.00, ~]', '["(7100, 14000]", 3.00, 4.00]'],
  ['      - [b, 0.08]\n', ''],
  ['require: "≥ 2.0" }', 'require: "≥ 2.0", comparison: rounded }'],
  ['require: "≤ 45", grade: "1" }', 'require: "≤ 48", grade: "1", when: { kind: a } }'],
  ['  - { id: ratio, indicator: ratio, require: "[1.25, 1.30]" }\n', ''],
);

describe('diff formats', () => {
  const diff = diffRuleSets(ruleSet(BASE, 'a.yaml'), ruleSet(EVERYTHING, 'b.yaml'));

  it('JSON follows schemas/rule-set-diff.schema.json, for every kind of entry and for the bundled draft', async () => {
    expect(diff.entries.length).toBeGreaterThan(10);
    const kinds = new Set(diff.entries.map((e) => e.kind));
    for (const kind of [
      'cell-changed',
      'row-removed',
      'criterion-changed',
      'criterion-removed',
      'scope-changed',
    ])
      expect(kinds).toContain(kind);
    const json = JSON.parse(JSON.stringify(diff));
    expect(validateDiff(json), JSON.stringify(validateDiff.errors)).toBe(true);
    const draft = diffRuleSets(
      await loadRuleSet('home-appliances/room-air-conditioner-energy'),
      await loadRuleSet('examples/room-air-conditioner-energy-draft.yaml'),
    );
    expect(validateDiff(JSON.parse(JSON.stringify(draft))), JSON.stringify(validateDiff.errors)).toBe(true);
    // The schema is not a formality: an entry without a message is refused.
    const broken = JSON.parse(JSON.stringify(draft));
    delete broken.entries[0].message;
    expect(validateDiff(broken)).toBe(false);
  });

  it('zh: the A/B values of provenance and references in words, full-width punctuation around the sides', async () => {
    const a = await loadRuleSet(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'));
    const b = await loadRuleSet(join(ROOT, 'examples/hot-rolled-ribbed-bar-2024-draft.yaml'));
    const diff = diffRuleSets(a, b);
    const md = formatDiffMarkdown(diff, 'zh');
    // The example claims no status for GB 1499.2-2024 (the domain reference gives only its dates).
    expect(md).toContain('| reference:GB 1499.2 | （空） | GB 1499.2-2024（2024） |');
    expect(md).toMatch(
      /^- \*\*A\*\*：steel\/hot-rolled-ribbed-bar \d+\.\d+\.\d+（.*hot-rolled-ribbed-bar\.yaml）$/m,
    );
    expect(md).toMatch(/\.yaml:\d+；B /);
    expect(formatDiffText(diff, 'zh')).toMatch(/^A：steel\/hot-rolled-ribbed-bar \d+\.\d+\.\d+（/);
    expect(formatDiffHtml(diff, 'zh')).toContain('<code>GB 1499.2-2024（2024）</code>');
    // A status in words: 现行 under zh; JSON and English keep the value as written.
    const current = diffRuleSets(
      ruleSet(),
      ruleSet(
        edit([
          '{ code: GB 0000-2019, edition: "2019", status: current }',
          '{ code: GB 0000-2024, edition: "2024", status: current }',
        ]),
        'b.yaml',
      ),
    );
    expect(formatDiffMarkdown(current, 'zh')).toContain('GB 0000-2024（2024，现行）');
    expect(formatDiffHtml(current, 'zh')).toContain('<code>GB 0000-2024（2024，现行）</code>');
    expect(current.entries.find((e) => e.key === 'reference:GB 0000')?.after).toBe(
      'GB 0000-2024 (2024, current)',
    );
    expect(formatDiffMarkdown(current, 'en')).toContain('GB 0000-2024 (2024, current)');
    expect(diff.entries.find((e) => e.key === 'reference:GB 1499.2')?.after).toBe('GB 1499.2-2024 (2024)');
    const ac = diffRuleSets(
      await loadRuleSet(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml')),
      await loadRuleSet(join(ROOT, 'examples/room-air-conditioner-energy-draft.yaml')),
    );
    expect(formatDiffMarkdown(ac, 'zh')).toContain(
      '| provenance | 转引资料（secondary） | 示例数值（illustrative） |',
    );
  });

  it('keys are unique', () => {
    const keys = diff.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('text shows each entry’s sentence, key and lines, in either language', () => {
    const en = formatDiffText(diff, 'en');
    const zh = formatDiffText(diff, 'zh');
    for (const e of diff.entries) {
      expect(en).toContain(e.message.en);
      expect(zh).toContain(e.message.zh);
      expect(en).toContain(e.key);
    }
    expect(en).toMatch(/^A: test\/diff-base 1\.0\.0 \(a\.yaml\)\nB: test\/diff-base 1\.1\.0 \(b\.yaml\)\n/);
    expect(en).toContain('Threshold tables (3)');
    expect(zh).toContain('阈值表（3）');
    const { total, stricter, looser, changed, other } = diff.counts;
    expect(en).toContain(
      `${total} differences: ${stricter} stricter, ${looser} looser, ${changed} changed either way, ${other} without a direction`,
    );
    expect(zh).toContain(`共 ${total} 处差异：更严 ${stricter} 处`);
    const same = diffRuleSets(ruleSet(), ruleSet());
    expect(formatDiffText(same, 'en')).toContain('No differences.');
    expect(formatDiffText(same, 'zh')).toContain('两个规则集没有差异。');
  });

  it('Markdown keeps one table cell per column whatever the rule file writes', () => {
    for (const lang of ['zh', 'en'] as const) {
      const md = formatDiffMarkdown(diff, lang);
      const rows = md.split('\n').filter((l) => l.startsWith('| '));
      expect(rows.length).toBe(diff.entries.length + 2 * 6 /* header and rule of each section */);
      for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).toBe(8);
      expect(md).not.toContain('<script>');
      expect(md).toContain(lang === 'zh' ? '# 规则集差异' : '# Rule-set diff');
    }
  });

  it('HTML is one self-contained page, every rule-file text escaped, in zh or en', () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = formatDiffHtml(diff, lang);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`);
      expect(html).not.toMatch(/<script|<b>|\bsrc=|\bhref=|@import|url\(|https?:/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect((html.match(/<tr class=/g) ?? []).length).toBe(diff.entries.length);
      for (const e of diff.entries) expect(html).toContain(htmlText(e.message[lang]));
    }
    expect(formatDiffHtml(diff, 'zh')).toContain('<h1>规则集差异</h1>');
    expect(formatDiffHtml(diff, 'en')).toContain('<h1>Rule-set diff</h1>');
  });

  it('zh HTML and Markdown say a comparison method in words (JSON keeps full / rounded); the direction cell does not wrap', () => {
    const method: DiffEntry = {
      key: 'criterion:apf@2:comparison',
      kind: 'criterion-changed',
      aspect: 'comparison',
      direction: 'looser',
      before: 'full',
      after: 'rounded 0.5',
      message: { zh: '…', en: '…' },
    };
    const one = { ...diff, entries: [method] };
    const html = formatDiffHtml(one, 'zh');
    expect(html).toContain('<code>全数值比较法</code>');
    expect(html).toContain('<code>修约值比较法（修约间隔 0.5）</code>');
    expect(html).toContain('.direction { white-space: nowrap; }');
    expect(formatDiffMarkdown(one, 'zh')).toContain('修约值比较法（修约间隔 0.5）');
    expect(formatDiffHtml(one, 'en')).toContain('<code>rounded 0.5</code>');
  });
});

function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
