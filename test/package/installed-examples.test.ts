/**
 * The docs' commands name `examples/…` files of the repository; an installed
 * package has its data files under dist/studio/examples/, and the docs say
 * where (recheck-16 F8).
 */
import { readdirSync, readFileSync } from 'node:fs';
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

  it('every examples/ data file docs/cli.md names is shipped there, but for the workbook and Parquet', () => {
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

  // standards-30 F1: the rebar rule file and the docs run `examples/hot-rolled-ribbed-bar-2024-draft.yaml` and
  // `examples/steel-rebar.json` from the package's root; the tarball held only examples/tutorial/.
  it('every examples/ file a bundled rule file names is in the package at that path, and so is every data file the docs run', () => {
    const files: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).files;
    // A `files` entry is a path, a folder, or a pattern with `*` for any name in one folder.
    const glob = (f: string) =>
      new RegExp(`^${f.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    const packed = (path: string) =>
      files.some((f) => path === f || path.startsWith(`${f}/`) || glob(f).test(path));
    const named = (text: string) =>
      [...text.matchAll(/examples\/[\w./-]+\.(?:ya?ml|csv|json|ndjson|xlsx|parquet)/g)].map((m) => m[0]);
    const ruleFiles = readdirSync(join(ROOT, 'rules'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.ya?ml$/.test(f),
    );
    const fromRules = ruleFiles.flatMap((f) => named(readFileSync(join(ROOT, 'rules', f), 'utf8')));
    expect(fromRules).toContain('examples/hot-rolled-ribbed-bar-2024-draft.yaml');
    expect(fromRules.filter((f) => !packed(f))).toEqual([]);
    const docs = ['README.md', 'README.zh-CN.md', 'docs/cli.md', 'docs/cli.zh-CN.md'];
    const fromDocs = new Set(docs.flatMap((d) => named(readFileSync(join(ROOT, d), 'utf8'))));
    // At its own path (developer-37 M1: the --help examples and scale-out.md's Parquet command run from the package
    // root, and a workbook or Parquet file was in no package folder).
    expect([...fromDocs].filter((f) => !packed(f))).toEqual([]);
    for (const f of ['examples/hot-rolled-ribbed-bar-2024-draft.yaml', 'examples/steel-rebar.json'])
      expect(packed(f), f).toBe(true);
  });
});
