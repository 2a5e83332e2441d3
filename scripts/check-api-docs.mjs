#!/usr/bin/env node
// docs/api/ is the API reference the npm package ships (Markdown, typedoc with typedoc-plugin-markdown, from the
// TSDoc of src/index.ts and src/browser.ts). This generates it afresh into a temporary folder, with typedoc.json
// as `npm run docs` uses it (every export documented, warnings as errors), and fails when docs/api/ differs:
// a page changed, missing or left over. The fix is `npm run docs`, then commit docs/api/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const committed = join(root, 'docs/api');
const fresh = mkdtempSync(join(tmpdir(), 'qgrade-api-docs-'));
try {
  const typedoc = join(root, 'node_modules/typedoc/bin/typedoc');
  // process.execArgv: a caller's node flags (--preserve-symlinks for a linked node_modules) reach typedoc too.
  execFileSync(process.execPath, [...process.execArgv, typedoc, '--out', fresh, '--logLevel', 'Warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  const pages = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);
  const [now, then] = [pages(fresh), pages(committed)];
  const stale = [
    ...now.filter((p) => !then.includes(p)).map((p) => `missing: docs/api/${p}`),
    ...then.filter((p) => !now.includes(p)).map((p) => `left over: docs/api/${p}`),
    ...now
      .filter((p) => then.includes(p))
      .filter((p) => readFileSync(join(fresh, p), 'utf8') !== readFileSync(join(committed, p), 'utf8'))
      .map((p) => `out of date: docs/api/${p}`),
  ];
  if (stale.length > 0) {
    console.error(
      `${stale.join('\n')}\nThe API reference is not the TSDoc as it stands: run npm run docs, commit docs/api/.`,
    );
    process.exitCode = 1;
  } else console.log(`docs/api/ is current (${now.length} pages)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
