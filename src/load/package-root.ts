import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insideBundleError } from '../errors/inside-bundle-error';
import { localized } from '../text/localized-text';

let cached: string | undefined;

/**
 * The folder of the installed qgrade package (holding `rules/` and
 * `schemas/`), found from this module's own location so it does not depend
 * on the caller's working directory — the same from `src/`, `dist/` or
 * `node_modules/qgrade/dist/`.
 *
 * @throws {@link QgradeError} with code `usage` when there is none: qgrade
 *   was bundled into an app (a CommonJS bundle has no `import.meta.url`, an
 *   ES-module bundle is the app's file, with no qgrade package above it).
 */
export function packageRoot(): string {
  if (cached) return cached;
  const here = import.meta.url as string | undefined;
  if (typeof here !== 'string') throw noPackageRoot();
  let dir = dirname(fileURLToPath(here));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'qgrade') {
          cached = dir;
          return dir;
        }
      } catch {
        // an unreadable package.json on the way up is not ours
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw noPackageRoot();
    dir = parent;
  }
}

/** No qgrade package above this module: it was bundled into an app, without rules/ beside it. */
function noPackageRoot() {
  return insideBundleError(
    localized(
      '找不到 qgrade 的包目录（存放 rules/ 和 schemas/）',
      'cannot find the qgrade package folder (holding rules/ and schemas/)',
    ),
    localized(
      '或自行读取规则文件的文本，用 parseRuleSet 载入（内置规则集的文件在 node_modules/qgrade/rules/ 中，可随应用一起发布）',
      "or read a rule file's text yourself and load it with parseRuleSet (the bundled rule sets' files are in node_modules/qgrade/rules/, to ship with the app)",
    ),
  );
}
