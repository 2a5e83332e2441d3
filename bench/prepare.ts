/**
 * Runs before `bench/run.ts` (see the root package.json's `bench` script):
 * installs the peer engines from bench/package-lock.json when they are
 * missing or the lockfile changed, and builds `dist/` when it is missing or
 * older than the sources. Everything it prints goes to stderr, so that
 * `--json` leaves one JSON object on stdout.
 *
 * The peers (json-rules-engine, @gorules/zen-engine, json-logic-js) live in
 * bench/package.json with their own lockfile, not in the library's: a library
 * install never fetches them, and `npm ci` at the root stays as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('./', import.meta.url));
const REPO = fileURLToPath(new URL('../', import.meta.url));
/** Written after a successful install: the lockfile's hash, so a changed lockfile installs again. */
const STAMP = join(BENCH, 'node_modules', '.qgrade-bench-lock-hash');
/** What the benchmark runs: the built CLI and its worker threads, and the library entry for the cold start. */
const BUILT = ['cli.js', 'rows-worker.js', 'pool-worker.js', 'index.js'].map((f) => join(REPO, 'dist', f));
/** What the build reads. */
const SOURCES = ['src', 'tsup.config.ts', 'package.json'].map((f) => join(REPO, f));

const log = (line: string) => process.stderr.write(`${line}\n`);

/** npm as the root `npm run` invoked it, else the one on PATH. */
function npm(args: string[], cwd: string): void {
  const execPath = process.env.npm_execpath;
  const [command, argv] =
    execPath && /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : ['npm', args];
  // stdout goes to stderr: npm's own output must not mix with the report.
  const result = spawnSync(command, argv, {
    cwd,
    stdio: ['ignore', 2, 2],
    shell: process.platform === 'win32' && command === 'npm',
  });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} in ${cwd} failed (exit ${result.status ?? result.signal})`);
  }
}

function installPeers(): void {
  const hash = createHash('sha256')
    .update(readFileSync(join(BENCH, 'package-lock.json')))
    .digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  log('bench: installing the peer engines (npm ci in bench/, from bench/package-lock.json)…');
  npm(['ci', '--no-audit', '--no-fund'], BENCH);
  writeFileSync(STAMP, hash);
}

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIfStale(): void {
  const missing = BUILT.filter((f) => !existsSync(f));
  const stale =
    missing.length > 0 ||
    Math.min(...BUILT.map((f) => statSync(f).mtimeMs)) < Math.max(...SOURCES.map(newestMtime));
  if (!stale) return;
  log(
    missing.length
      ? 'bench: dist/ is missing; building (npm run build)…'
      : 'bench: dist/ is older than src/; building (npm run build)…',
  );
  npm(['run', 'build'], REPO);
}

installPeers();
buildIfStale();
