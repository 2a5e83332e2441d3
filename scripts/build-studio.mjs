// Builds the studio page into dist/studio (or the folder given): the page bundled with esbuild, its
// style sheet, and the bundled rule sets and examples as files beside it, listed in files.json. The
// result is static: `qgrade studio` serves it, and any web server can host it as it is.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = join(root, 'src/studio/page');

/**
 * codemirror-json-schema renders schema descriptions with markdown-it and shiki; shiki brings
 * WebAssembly (refused by the page's Content-Security-Policy) and most of the bytes. Descriptions
 * are plain text, so a plain renderer stands in.
 */
const plainMarkdown = {
  name: 'plain-markdown',
  setup(b) {
    b.onResolve({ filter: /utils\/markdown(\.js)?$/ }, (args) =>
      args.importer.includes('codemirror-json-schema')
        ? { path: join(page, 'plain-markdown.ts') }
        : undefined,
    );
  },
};

/** Files under `dir` (relative to the repository) whose names match `pattern`, as `/`-separated paths. */
function filesUnder(dir, pattern, recursive) {
  const out = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory() && recursive) out.push(...filesUnder(rel, pattern, recursive));
    else if (e.isFile() && pattern.test(e.name)) out.push(rel);
  }
  return out.sort();
}

/**
 * The rule files and example data the studio ships beside it (and so an
 * installed package has under dist/studio/), as paths from the repository's root.
 *
 * @returns {string[]}
 */
export function studioFiles() {
  return [
    ...filesUnder('rules', /\.ya?ml$/, true),
    ...filesUnder('examples', /\.(ya?ml|csv|json|ndjson)$/, false),
  ];
}

/**
 * Builds the studio into `outdir`.
 *
 * @param {{ outdir?: string, minify?: boolean }} options
 * @returns {Promise<string>} the folder built
 */
export async function buildStudio({ outdir = join(root, 'dist/studio'), minify = true } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { studio: join(page, 'main.ts') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    minify,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'linked',
    plugins: [plainMarkdown],
    logLevel: 'warning',
  });
  copyFileSync(join(page, 'index.html'), join(outdir, 'index.html'));
  copyFileSync(join(page, 'studio.css'), join(outdir, 'studio.css'));
  const shipped = studioFiles();
  for (const rel of shipped) {
    mkdirSync(dirname(join(outdir, rel)), { recursive: true });
    copyFileSync(join(root, rel), join(outdir, rel));
  }
  writeFileSync(join(outdir, 'files.json'), `${JSON.stringify(shipped, null, 2)}\n`);
  return outdir;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const outdir = process.argv[2];
  const built = await buildStudio(outdir ? { outdir } : {});
  console.error(`studio built in ${relative(process.cwd(), built) || '.'}`);
}
