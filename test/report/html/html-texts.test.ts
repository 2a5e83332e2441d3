import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../../src/index';
import { createGradeReport } from '../../../src/report/html/grade-report';
import { formatShare, HTML_TEXTS } from '../../../src/report/html/html-texts';
import type { LocalizedText } from '../../../src/text/localized-text';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every text of the table, functions called with sample figures, with its path. */
function allTexts(node: unknown, path: string[] = []): [string, LocalizedText][] {
  if (typeof node === 'function') return [[path.join('.'), node(3, 7, 1, 2) as LocalizedText]];
  const entry = node as Record<string, unknown>;
  if (typeof entry.zh === 'string' && typeof entry.en === 'string')
    return [[path.join('.'), entry as unknown as LocalizedText]];
  return Object.entries(entry).flatMap(([key, value]) => allTexts(value, [...path, key]));
}

describe('HTML_TEXTS: every text of the reports in Chinese and English', () => {
  const texts = allTexts(HTML_TEXTS);

  it('has many texts, each in both languages and different', () => {
    expect(texts.length).toBeGreaterThan(80);
    for (const [path, text] of texts) {
      expect(text.zh.trim(), path).not.toBe('');
      expect(text.en.trim(), path).not.toBe('');
      expect(text.zh, path).not.toBe(text.en);
      expect(text.zh, `${path} (zh)`).toMatch(CJK);
      expect(text.en, `${path} (en)`).not.toMatch(CJK);
    }
  });

  it('writes Chinese without a space between Chinese text and a figure in brackets or quotes', () => {
    for (const [path, text] of texts)
      expect(text.zh, path).not.toMatch(/[\u4e00-\u9fff] [“（]|[”）] [\u4e00-\u9fff]/);
    expect(HTML_TEXTS.recordsLeftOut(98_000, 2_000).zh).toBe(
      '另有 98,000 条记录未列出（只列出前 2,000 条）；完整结果请用 -f csv 或 -f ndjson 输出。',
    );
    expect(HTML_TEXTS.recordsLeftOut(1, 2_000).en).toBe(
      '1 more record is not listed (only the first 2,000 are); for every result use -f csv or -f ndjson.',
    );
  });

  it('shows shares that are neither 0 nor 1 as neither 0% nor 100%', () => {
    expect(formatShare(2, 3)).toBe('66.7%');
    expect(formatShare(1, 4)).toBe('25.0%');
    // One decimal on every share but none and all (committee-29: '27%' beside '91.4%').
    expect(formatShare(27, 100)).toBe('27.0%');
    expect(formatShare(1, 100_000)).toBe('0.1%');
    expect(formatShare(99_999, 100_000)).toBe('99.9%');
    expect(formatShare(5, 5)).toBe('100%');
    expect(formatShare(0, 5)).toBe('0%');
    expect(formatShare(0, 0)).toBe('–');
  });
});

describe('a report in one language holds no text of the other', () => {
  async function page(lang: 'zh' | 'en') {
    const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    const grader = createGrader(ruleSet);
    const report = createGradeReport(ruleSet, { lang });
    const records = [
      { unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 4.55 },
      { unitType: 'cooling-only', ratedCoolingCapacity: 2600, seer: 3.0 },
      { unitType: 'cooling-only', ratedCoolingCapacity: 16000, seer: 6 },
      { unitType: 'heat-pump', ratedCoolingCapacity: 2600 },
    ];
    records.forEach((r, i) => {
      report.add({ ...grader.gradeSync(r), row: i + 1 });
    });
    return report.render();
  }

  it('zh: every fixed English text is absent, and the page says it is Chinese', async () => {
    const html = await page('zh');
    expect(html).toContain('<html lang="zh-CN">');
    for (const [path, text] of allTexts(HTML_TEXTS)) {
      if (text.en.length > 4) expect(html, path).not.toContain(`>${text.en}`);
    }
    expect(html).toContain('<h2>等级分布</h2>');
  });

  it('en: every fixed Chinese text is absent', async () => {
    const html = await page('en');
    expect(html).toContain('<html lang="en">');
    for (const [path, text] of allTexts(HTML_TEXTS)) {
      if (text.zh.length > 2) expect(html, path).not.toContain(text.zh);
    }
    expect(html).toContain('<h2>Grade distribution</h2>');
  });
});
