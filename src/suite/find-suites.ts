import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findFiles, isPackageOrHidden, isRuleFileName, isSuiteFileName } from '../load/rule-file';

/**
 * The test suites (`*.test.yaml`) a list of paths names: a file stands for
 * itself, a folder for every suite under it. A path that does not exist is
 * kept, so running it reports that it cannot be read. A suite that two paths
 * name (`a.test.yaml a.test.yaml`, `rules rules/steel`) is listed once.
 * Below a folder, `node_modules` and hidden folders are not looked into: a
 * project's installed packages (their own suites) are not its tests.
 */
export async function findSuites(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    out.push(...(info?.isDirectory() ? await findFiles(path, isSuiteFileName, isPackageOrHidden) : [path]));
  }
  return once(out);
}

/**
 * The rule files (`.yaml` that are not suites) under the folders among
 * `paths`: what a run over those folders should test. Files named one by one
 * are suites, and bring no rule file with them.
 */
export async function findRuleFilesIn(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) out.push(...(await findFiles(path, isRuleFileName, isPackageOrHidden)));
  }
  return once(out);
}

/** The paths without a repeat of one already listed (the same file, however it is written); first come first. */
function once(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = resolve(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
