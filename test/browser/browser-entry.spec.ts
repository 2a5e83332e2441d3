import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';

// The strictest policy a page can set for scripts: its own files only, no eval, no inline script.
const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'";
let dir = '';
let server: Server;
let origin = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qgrade-browser-'));
  await build({
    entryPoints: [new URL('./pages/grade-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir: dir,
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><pre id="result"></pre><script type="module" src="grade-page.js"></script>',
  );
  server = createServer((req, res) => {
    const file = join(dir, (req.url ?? '/') === '/' ? 'index.html' : (req.url ?? '').replace(/[?#].*$/, ''));
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': file.endsWith('.html')
          ? 'text/html; charset=utf-8'
          : 'text/javascript; charset=utf-8',
        'content-security-policy': CSP,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  // A socket the browser opened and has not used yet would keep close() waiting for a minute or more.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

test('qgrade/browser grades in a page served with script-src self, with no Node built-in and no eval', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${origin}/`);
  await expect(page.locator('#result')).not.toBeEmpty();
  const shown = JSON.parse((await page.locator('#result').textContent()) ?? '{}');
  expect(shown.error).toBeUndefined();
  // GB 21455-2019, heat pump ≤ 4500 W: APF 4.62 meets grade 2 (≥ 4.50), not grade 1 (≥ 5.00).
  expect(shown.result.grade).toBe('2');
  expect(shown.result.nextGrade.blockers.map((b: { id: string }) => b.id)).toEqual(['apf@1']);
  expect(shown.result.nextGrade.blockers[0].limit.text).toBe('≥ 5.00');
  // The json-rules-engine engine, from its own chunk, gives the same result.
  expect(shown.jre).toEqual(shown.result);
  // Just below a limit read from text in the page.
  expect(shown.mine.grade).toBeNull();
  expect(shown.mine.criteria[0].passed).toBe(false);
  expect(problems).toEqual([]);
});
