#!/usr/bin/env node
// The npm registry these machines reach serves only this platform's binary
// packages, so `npm install` cannot record the other platforms' optional
// packages (@biomejs/cli-darwin-arm64, @rollup/rollup-win32-x64-msvc, …) and
// `npm ci` then refuses the lockfile as out of sync. This adds each missing
// optional package with the platform its name declares, which is all `npm ci`
// needs to see the tree in sync and skip them here. Run it after changing
// dependencies: node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const OS = [
  'android',
  'darwin',
  'linux',
  'win32',
  'freebsd',
  'openbsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 's390x', 'riscv64', 'mips64el', 'wasm32'];
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${path}/${key}`]) continue;
    if (!/^\d+\.\d+\.\d+/.test(version)) continue; // only exact pins are platform packages
    const parts = name.split('/').pop().split('-');
    const stub = { version, optional: true };
    if (entry.dev) stub.dev = true;
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.find((p) => CPU.includes(p) || p === 'wasm32');
    if (os) stub.os = [os];
    if (cpu && cpu !== 'wasm32') stub.cpu = [cpu];
    if (cpu === 'wasm32') stub.cpu = ['wasm32'];
    if (parts.includes('musl') || parts.some((p) => p.startsWith('musl'))) stub.libc = ['musl'];
    else if (parts.includes('gnu') || parts.some((p) => p.startsWith('gnu'))) stub.libc = ['glibc'];
    packages[key] = stub;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform packages to package-lock.json`);
