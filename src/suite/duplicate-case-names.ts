import type { LocalizedText } from '../text/localized-text';
import { localized } from '../text/localized-text';

/**
 * Case names used more than once in a suite, each with the lines of its cases, in order of first use. A CI
 * viewer keys a JUnit test case on its class and name, so two cases named alike show as one (hostile-39 M4).
 *
 * @example
 * duplicateCaseNames([{ name: 'dup', line: 3 }, { name: 'ok', line: 5 }, { name: 'dup', line: 6 }]);
 * // [{ name: 'dup', lines: [3, 6] }]
 */
export function duplicateCaseNames(
  cases: readonly { name: string; line: number }[],
): { name: string; lines: number[] }[] {
  const lines = new Map<string, number[]>();
  for (const c of cases) {
    const seen = lines.get(c.name);
    if (seen) seen.push(c.line);
    else lines.set(c.name, [c.line]);
  }
  return [...lines].filter(([, at]) => at.length > 1).map(([name, at]) => ({ name, lines: at }));
}

/** The warning `qgrade test` gives for a name {@link duplicateCaseNames} found, in both languages. */
export function duplicateCaseNameWarning(
  file: string,
  duplicate: { name: string; lines: number[] },
): LocalizedText {
  const { name, lines } = duplicate;
  return localized(
    `警告：${file}：用例名“${name}”用了 ${lines.length} 次（第 ${lines.join('、')} 行）：CI 的测试报告（JUnit）按名称区分用例，同名的会显示为一个；请给每个用例取不同的名称`,
    `warning: ${file}: the case name "${name}" is used ${lines.length} times (lines ${lines.join(', ')}): CI test reports (JUnit) tell cases apart by name and show such cases as one; give each case a name of its own`,
  );
}
