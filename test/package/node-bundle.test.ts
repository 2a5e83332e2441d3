/**
 * A Node app that bundles qgrade (esbuild --bundle --platform=node, the usual
 * way to ship a service or a Lambda) has qgrade's code but none of its other
 * files: the bundled rule sets and the pool's worker module. Loading a rule
 * set by id and starting a pool must say so, as a usage error that tells to
 * keep qgrade external, not fail with "__dirname is not defined". The packed
 * tarball's dist/ is bundled the same way in .ci/consumer-test.mjs.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Each step's outcome as JSON: what a caller catching the error sees.
const APP = `
import { readFileSync } from 'node:fs';
import { createGrader, createGraderPool, loadRuleSet, parseRuleSet, QgradeError } from 'qgrade';
const outcome = (e) => ({ isQgradeError: e instanceof QgradeError, code: e.code, en: e.message, zh: e.text?.zh });
(async () => {
  const out = {};
  try { await loadRuleSet('home-appliances/room-air-conditioner-energy'); out.load = 'loaded'; } catch (e) { out.load = outcome(e); }
  const text = readFileSync('ac.yaml', 'utf8');
  try { const pool = await createGraderPool({ text, filename: 'ac.yaml' }, { workers: 1 }); out.pool = 'started'; await pool.close(); } catch (e) { out.pool = outcome(e); }
  out.parsed = createGrader(parseRuleSet(text, { filename: 'ac.yaml' })).gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 }).grade;
  console.log(JSON.stringify(out));
})();
`;

/** Bundles the app as ESM or CommonJS into a folder outside the repository, runs it there, and returns what it printed. */
async function runBundled(format: 'esm' | 'cjs'): Promise<Record<string, unknown>> {
  const dir = tempDir('node-bundle');
  const entry = join(dir, 'app.mjs');
  writeFileSync(entry, APP);
  const outfile = join(dir, format === 'esm' ? 'service.mjs' : 'service.cjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format,
    outfile,
    logLevel: 'silent',
    // The package's entry from source; yaml as the published build bundles it (its ES-module build, tsup.config.ts).
    alias: { qgrade: join(ROOT, 'src/index.ts'), yaml: join(ROOT, 'node_modules/yaml/browser/index.js') },
  });
  copyFileSync(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'), join(dir, 'ac.yaml'));
  const printed = execFileSync(process.execPath, [outfile], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  return JSON.parse(printed) as Record<string, unknown>;
}

describe.each(['esm', 'cjs'] as const)('qgrade bundled into a Node app (%s)', (format) => {
  it('loadRuleSet by id and createGraderPool give a usage error saying to keep qgrade external; parseRuleSet grades', async () => {
    const out = await runBundled(format);
    for (const step of ['load', 'pool'] as const) {
      expect(out[step]).toMatchObject({ isQgradeError: true, code: 'usage' });
      const { en, zh } = out[step] as { en: string; zh: string };
      expect(en).toContain('qgrade seems to be bundled into the app');
      expect(en).toContain('Keep qgrade external to the bundle (esbuild --external:qgrade');
      expect(zh).toContain('请让 qgrade 留在打包之外（esbuild --external:qgrade');
    }
    expect((out.load as { en: string }).en).toMatch(/^cannot find the qgrade package folder .*parseRuleSet/);
    expect((out.pool as { en: string }).en).toMatch(
      /^cannot find the worker thread module \S*pool-worker\.js, so the worker pool cannot start/,
    );
    expect(out.parsed).toBe('2');
  });
});
