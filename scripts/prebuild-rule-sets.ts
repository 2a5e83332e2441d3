// Resolves every bundled rule set ahead of time into dist/prebuilt/<id>.v8 (run by `npm run build`, after tsup), so
// a `qgrade grade -r <id>` reads the resolved model back instead of parsing and checking the YAML at every start.
// The files hold the text they were made from: an edited rule file is parsed as before. Written by the same
// src/ as dist/ at the same commit; `tsup` alone does not rewrite them, so build with `npm run build`.
// The CLI tests' build (test/cli/build-cli.ts) writes them beside its CLI too, as the package has them.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { prebuildRuleSet } from '../src/resolve/prebuild-rule-set';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...ruleFiles(full));
    else if (/\.ya?ml$/.test(entry.name) && !/\.test\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Writes `<outDir>/<id>.v8` for each rule set under `rulesDir` that loads; returns how many were written. */
export function writePrebuiltRuleSets(rulesDir: string, outDir: string): number {
  rmSync(outDir, { recursive: true, force: true });
  let written = 0;
  for (const file of ruleFiles(rulesDir)) {
    const id = relative(rulesDir, file)
      .split(sep)
      .join('/')
      .replace(/\.ya?ml$/, '');
    const bytes = prebuildRuleSet(readFileSync(file, 'utf8'), serialize);
    if (!bytes) {
      console.warn(`prebuild-rule-sets: ${id} not prebuilt (it does not load, or a message names its file)`);
      continue;
    }
    mkdirSync(join(outDir, dirname(id)), { recursive: true });
    writeFileSync(join(outDir, `${id}.v8`), bytes);
    written++;
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = writePrebuiltRuleSets(join(ROOT, 'rules'), join(ROOT, 'dist/prebuilt'));
  console.log(`prebuilt ${written} rule sets in dist/prebuilt`);
}
