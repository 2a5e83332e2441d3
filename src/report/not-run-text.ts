import type { Language } from '../text/localized-text';

/**
 * `; 1 case not run (line 3)` / `；1 个用例没有运行（第 3 行）`, after a
 * suite's tally, when the suite names what its rule set lacks: the cases
 * with such a name did not run, the others did. Empty when every case ran.
 */
export function notRunText(notRun: readonly { line: number }[] | undefined, lang: Language): string {
  if (!notRun?.length) return '';
  const lines = notRun.map((c) => c.line).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh'
    ? `；${notRun.length} 个用例没有运行（第 ${lines} 行）`
    : `; ${notRun.length} case${notRun.length === 1 ? '' : 's'} not run (line${notRun.length === 1 ? '' : 's'} ${lines})`;
}
