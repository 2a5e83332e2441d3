import type { CoverageReport, ThresholdCoverage } from '../suite/coverage';
import type { Language } from '../text/localized-text';

/**
 * Threshold coverage as text: how many thresholds have a case at, just
 * below and just above them, and each one that lacks some, with where it is.
 */
export function formatCoverage(report: CoverageReport, file: string, lang: Language): string {
  const zh = lang === 'zh';
  const total = report.thresholds.length;
  const covered = total - report.uncovered.length;
  const lines = [
    zh
      ? `阈值覆盖 ${file}：${total} 个阈值，${covered} 个在阈值处、略低于和略高于阈值都有用例`
      : `coverage of ${file}: ${covered} of ${total} thresholds have a case at, just below and just above them`,
  ];
  if (report.uncovered.length > 0) lines.push(zh ? '  未覆盖：' : '  uncovered:');
  for (const t of report.uncovered) lines.push(`    ${describeThreshold(t, lang)}: ${missing(t, lang)}`);
  return lines.join('\n');
}

/** A threshold in a few words: `apf@1 ≥ 5.00 (apfLimits row 1: ≤ 4500, line 80)`. */
export function describeThreshold(t: ThresholdCoverage, lang: Language): string {
  const zh = lang === 'zh';
  const where = t.table
    ? zh
      ? `（${t.table.name} 第 ${t.table.row} 行：${t.table.match}，第 ${t.table.line} 行）`
      : ` (${t.table.name} row ${t.table.row}: ${t.table.match}, line ${t.table.line})`
    : zh
      ? `（第 ${t.line} 行）`
      : ` (line ${t.line})`;
  return `${t.criterion} ${t.limit}${where}`;
}

function missing(t: ThresholdCoverage, lang: Language): string {
  const zh = lang === 'zh';
  const step = t.step === null ? '' : zh ? `（步长 ${t.step}）` : ` (step ${t.step})`;
  const parts = [
    t.at ? undefined : zh ? '阈值处' : 'at',
    t.below ? undefined : zh ? '略低于' : 'just below',
    t.above ? undefined : zh ? '略高于' : 'just above',
  ].filter((p): p is string => p !== undefined);
  return zh ? `缺少${parts.join('、')}的用例${step}` : `no case ${parts.join(', ')}${step}`;
}
