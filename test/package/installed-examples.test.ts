/**
 * The docs' commands name `examples/…` files of the repository; an installed
 * package has its data files under dist/studio/examples/, and the docs say
 * where (recheck-16 F8).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { studioFiles } from '../../scripts/build-studio.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PAGES = ['docs/cli.md', 'README.md', 'README.zh-CN.md'];
const SHIPPED = new Set<string>(studioFiles() as string[]);

describe('examples/ in an installed package', () => {
  it('each page that runs examples/ files says where the installed package has them', () => {
    for (const page of PAGES)
      expect(readFileSync(join(ROOT, page), 'utf8'), page).toContain(
        'node_modules/qgrade/dist/studio/examples/',
      );
  });

  it('every examples/ data file docs/cli.md names is shipped there, but for the workbook and Parquet it says it does not', () => {
    const cli = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    const named = [
      ...new Set(
        [...cli.matchAll(/examples\/[\w./-]+\.(?:ya?ml|csv|json|ndjson|xlsx|parquet)/g)].map((m) => m[0]),
      ),
    ];
    expect(named).toContain('examples/steel-rebar.json');
    expect(named.filter((f) => !SHIPPED.has(f) && !/\.(xlsx|parquet)$/.test(f))).toEqual([]);
    // The compare --tally-by example runs as written from dist/studio/.
    expect(SHIPPED.has('examples/hot-rolled-ribbed-bar-2024-draft.yaml')).toBe(true);
  });
});
