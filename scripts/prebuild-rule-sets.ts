// Resolves every bundled rule set ahead of time into dist/prebuilt/<id>.v8 (run by `npm run build`, after tsup), so
// a `qgrade grade -r <id>` reads the resolved model back instead of parsing and checking the YAML at every start.
// The files hold the text they were made from: an edited rule file is parsed as before. Written by the same
// src/ as dist/ at the same commit; `tsup` alone does not rewrite them, so build with `npm run build`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { prebuildRuleSet } from '../src/resolve/prebuild-rule-set';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RULES = join(ROOT, 'rules');
const OUT = join(ROOT, 'dist/prebuilt');

function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...ruleFiles(full));
    else if (/\.ya?ml$/.test(entry.name) && !/\.test\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

rmSync(OUT, { recursive: true, force: true });
let written = 0;
for (const file of ruleFiles(RULES)) {
  const id = relative(RULES, file)
    .split(sep)
    .join('/')
    .replace(/\.ya?ml$/, '');
  const bytes = prebuildRuleSet(readFileSync(file, 'utf8'), serialize);
  if (!bytes) {
    console.warn(`prebuild-rule-sets: ${id} not prebuilt (it does not load, or a message names its file)`);
    continue;
  }
  mkdirSync(join(OUT, dirname(id)), { recursive: true });
  writeFileSync(join(OUT, `${id}.v8`), bytes);
  written++;
}
console.log(`prebuilt ${written} rule sets in dist/prebuilt`);
