#!/usr/bin/env node
// The package as a consumer gets it: npm pack, install the tarball into a new
// project, then ESM import, CommonJS require, a TypeScript file type-checked
// against the published types, the qgrade binary, a bundled rule set by id, and
// an app bundling qgrade with esbuild (told to keep it external).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const work = mkdtempSync(join(tmpdir(), 'qgrade-consumer-'));
const run = (cmd, args, cwd = work) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const step = (name, fn) => {
  process.stdout.write(`consumer: ${name} … `);
  const out = fn();
  process.stdout.write('ok\n');
  return out;
};

step('npm pack', () => run('npm', ['pack', '--pack-destination', work, '--silent'], root));
const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }),
);
step('npm install <tarball>', () =>
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', join(work, tarball)]),
);

const record = "{ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 }";
writeFileSync(
  join(work, 'esm.mjs'),
  `import { createGrader, loadRuleSet, roundGbt8170 } from 'qgrade';
const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const r = await grader.grade(${record});
if (r.grade !== '2' || r.nextGrade?.blockers[0]?.limit?.text !== '≥ 5.00') throw new Error('ESM: wrong grade ' + JSON.stringify(r.grade));
if (roundGbt8170('1.050', '0.1') !== '1.0') throw new Error('ESM: rounding');
console.log('esm', r.grade);
`,
);
writeFileSync(
  join(work, 'cjs.cjs'),
  `const { createGrader, loadRuleSet, RuleSetError, parseRuleSet } = require('qgrade');
loadRuleSet('home-appliances/room-air-conditioner-energy').then((rs) => {
  const r = createGrader(rs).gradeSync(${record});
  if (r.grade !== '2') throw new Error('CJS: wrong grade');
  try { parseRuleSet('schemaVersion: 1', { filename: 'x.yaml' }); throw new Error('CJS: no error'); }
  catch (e) { if (!(e instanceof RuleSetError) || e.issues[0].file !== 'x.yaml') throw e; }
  // The result schema the README points to, through the package's exports (no path into node_modules).
  const schema = require('qgrade/schemas/grade-result.schema.json');
  if (typeof schema.$schema !== 'string') throw new Error('CJS: qgrade/schemas/grade-result.schema.json not a schema');
  console.log('cjs', r.grade);
});
`,
);
writeFileSync(
  join(work, 'types.ts'),
  `import { createGrader, loadRuleSet, type GradeResult, type CriterionResult, type RuleSet } from 'qgrade';
async function main(): Promise<string | null> {
  const ruleSet: RuleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
  const result: GradeResult = await createGrader(ruleSet).grade(${record});
  const blockers: CriterionResult[] = result.nextGrade?.blockers ?? [];
  const zh: string = blockers[0]?.message.zh ?? '';
  // @ts-expect-error grade is string | null, not a number
  const wrong: number = result.grade;
  // The shared parts of a result are frozen, and read-only in the types.
  // @ts-expect-error LocalizedText is read-only
  if (result.label) result.label.en = 'X';
  // @ts-expect-error CriterionResult is read-only
  if (blockers[0]) blockers[0].passed = true;
  // @ts-expect-error RuleSetRef is read-only
  if (zh === '?') result.ruleSet.version = '9';
  return zh.length > 0 ? result.grade : wrong === 0 ? null : null;
}
void main();
`,
);
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['types.ts'],
  }),
);

// qgrade/browser is an ES module only: CommonJS code written in TypeScript (a .cts under node16) imports it dynamically.
writeFileSync(
  join(work, 'browser.cts'),
  `export async function gradeOne(): Promise<string | null> {
  const { createGrader, loadBundledRuleSet } = await import('qgrade/browser');
  const grader = createGrader(await loadBundledRuleSet('home-appliances/room-air-conditioner-energy'));
  return grader.gradeSync(${record}).grade;
}
`,
);
writeFileSync(
  join(work, 'tsconfig.node16.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      module: 'node16',
      moduleResolution: 'node16',
      target: 'es2022',
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['browser.cts'],
  }),
);

step('ESM import', () => run('node', ['esm.mjs']));
step('CommonJS require', () => run('node', ['cjs.cjs']));
step('TypeScript against the published types', () =>
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']),
);
step('a .cts importing qgrade/browser under TypeScript node16', () =>
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.node16.json']),
);
step('the qgrade binary', () => {
  const out = run(join(work, 'node_modules/.bin/qgrade'), ['round', '1.050', '0.1']);
  if (out.trim() !== '1.0') throw new Error(`qgrade round printed ${out}`);
  const list = run(join(work, 'node_modules/.bin/qgrade'), ['list', '--format', 'json']);
  if (!JSON.parse(list).some((r) => r.id === 'home-appliances/room-air-conditioner-energy'))
    throw new Error('qgrade list lacks the AC rule set');
});
step('a bundled rule set by id from another working folder', () => {
  const installed = JSON.stringify(join(work, 'node_modules/qgrade'));
  const script = `require(${installed}).loadRuleSet('home-appliances/room-air-conditioner-energy').then((r) => console.log(r.id))`;
  const out = run('node', ['-e', script], tmpdir());
  if (!out.includes('room-air-conditioner-energy')) throw new Error(out);
});
step('an app bundled with esbuild: a usage error saying to keep qgrade external', () => {
  // A service bundled whole (esbuild --bundle --platform=node) has qgrade's code but not rules/ or its worker module.
  writeFileSync(
    join(work, 'service.mjs'),
    `import { readFileSync } from 'node:fs';
import { createGraderPool, loadRuleSet } from 'qgrade';
const seen = [];
const text = readFileSync('ac.yaml', 'utf8');
(async () => {
  for (const start of [() => loadRuleSet('home-appliances/room-air-conditioner-energy'), () => createGraderPool({ text, filename: 'ac.yaml' })]) {
    try { await start(); seen.push('no error'); } catch (e) { seen.push(e.code + ': ' + e.message); }
  }
  console.log(JSON.stringify(seen));
})();
`,
  );
  const bundled = mkdtempSync(join(tmpdir(), 'qgrade-bundled-'));
  copyFileSync(
    join(root, 'rules/home-appliances/room-air-conditioner-energy.yaml'),
    join(bundled, 'ac.yaml'),
  );
  const esbuild = join(root, 'node_modules/.bin/esbuild');
  for (const format of ['esm', 'cjs']) {
    const out = join(bundled, `service.${format === 'esm' ? 'mjs' : 'cjs'}`);
    run(esbuild, [
      'service.mjs',
      '--bundle',
      '--platform=node',
      `--format=${format}`,
      `--outfile=${out}`,
      '--log-level=error',
    ]);
    const seen = JSON.parse(run('node', [out], bundled));
    const external = 'Keep qgrade external to the bundle (esbuild --external:qgrade';
    if (seen.length !== 2 || !seen.every((s) => s.startsWith('usage: ') && s.includes(external)))
      throw new Error(`${format} bundle: ${seen.join(' | ')}`);
  }
  rmSync(bundled, { recursive: true, force: true });
});
// A failed step throws before this line and leaves the folder for a look.
rmSync(work, { recursive: true, force: true });
console.log('consumer: all good');
