import { relative, sep } from 'node:path';
import { closestNames } from '../text/closest-name';
import { bundledRulesDir, findFiles, isRuleFileName } from './rule-file';

/**
 * The ids of the rule sets bundled with qgrade (`<industry>/<name>`), from
 * the files under the package's rules/, sorted.
 *
 * @example
 * await bundledRuleIds(); // ['building-materials/cement-lot-grade', …]
 */
export async function bundledRuleIds(): Promise<string[]> {
  const dir = bundledRulesDir();
  const files = await findFiles(dir, isRuleFileName);
  return files.map((file) =>
    relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.ya?ml$/, ''),
  );
}

/**
 * The bundled ids a user most likely meant by `given`, nearest first, at
 * most three: an id a typo away, an id whose name (after the `/`) is a typo
 * away from the name given (with or without an industry), then ids that
 * contain what was given (`cement`); failing those, the ids of the industry
 * given (`steel/…`). Empty when none is near.
 *
 * @example
 * nearestIds('cement-quality-grade', ids); // ['building-materials/cement-quality-grade']
 */
export function nearestIds(given: string, ids: readonly string[]): string[] {
  const nameOf = (id: string) => id.slice(id.lastIndexOf('/') + 1);
  const byName = closestNames(nameOf(given), ids.map(nameOf)).flatMap((name) =>
    ids.filter((id) => nameOf(id) === name),
  );
  const containing = given.length >= 3 ? ids.filter((id) => id.includes(given)) : [];
  // Nothing a typo away: the rule sets of the industry named (`steel/hot-rolled-bar`).
  const industry = given.includes('/')
    ? ids.filter((id) => id.startsWith(given.slice(0, given.indexOf('/') + 1)))
    : [];
  const near = [...new Set([...closestNames(given, ids), ...byName, ...containing])];
  return (near.length > 0 ? near : industry).slice(0, 3);
}
