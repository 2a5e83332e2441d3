import type { LocalizedText } from '../text/localized-text';
import { localized } from '../text/localized-text';

/**
 * Case names used more than once in a suite, each with the lines of its cases, in order of first use. A CI
 * viewer keys a JUnit test case on its class and name, so the JUnit report adds each one's line (hostile-39 M4).
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
  // The JUnit report names each by its line (suiteToJUnit), so they do not show as one (hostile-46: the warning said
  // they did): a line is what tells them apart, and it moves with every edit above it.
  return localized(
    `警告：${file}：用例名“${name}”用了 ${lines.length} 次（第 ${lines.join('、')} 行）：结果和 CI 的测试报告（JUnit）只能按行号区分它们（“${name} (第 ${lines[0]} 行)”），而行号随文件的修改而变；请给每个用例取不同的名称`,
    `warning: ${file}: the case name "${name}" is used ${lines.length} times (lines ${lines.join(', ')}): results and CI test reports (JUnit) tell them apart only by line ("${name} (line ${lines[0]})"), which moves as the file is edited; give each case a name of its own`,
  );
}
