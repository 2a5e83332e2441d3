import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Which modules a fresh process resolves: the process is the point, so it is spawned.
function modulesLoadedBy(script: string): string[] {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', './test/package/record-imports.mjs', '--input-type=module', '-e', script],
    { cwd: ROOT, encoding: 'utf8', timeout: 25_000 },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as string[];
}

describe('json-rules-engine is loaded only when a caller asks for it', () => {
  it('import qgrade, load and grade with the compiled engine: json-rules-engine is never loaded', () => {
    const loaded = modulesLoadedBy(`
      const q = await import('./src/index.ts');
      const g = q.createGrader(await q.loadRuleSet('home-appliances/room-air-conditioner-energy'));
      await g.grade({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
      await new Promise((r) => setTimeout(r, 100));
      console.log(JSON.stringify(globalThis.loadedModules()));`);
    expect(loaded.some((u) => u.includes('/src/index.ts'))).toBe(true);
    expect(loaded.filter((u) => /json-rules-engine|jsonpath/.test(u))).toEqual([]);
  });

  it('grading with engine json-rules-engine loads it', () => {
    const loaded = modulesLoadedBy(`
      const q = await import('./src/index.ts');
      const g = q.createGrader(await q.loadRuleSet('home-appliances/room-air-conditioner-energy'), { engine: 'json-rules-engine' });
      await g.grade({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
      await new Promise((r) => setTimeout(r, 100));
      console.log(JSON.stringify(globalThis.loadedModules()));`);
    expect(loaded.some((u) => u.includes('json-rules-engine'))).toBe(true);
  });
});

describe('DuckDB is loaded only for Parquet and the SQL functions', () => {
  it('import qgrade, grade, and grade a CSV and a JSON file: @duckdb/node-api is never loaded', () => {
    const loaded = modulesLoadedBy(`
      const q = await import('./src/index.ts');
      const g = q.createGrader(await q.loadRuleSet('home-appliances/room-air-conditioner-energy'));
      g.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
      for await (const r of q.gradeFile(g, 'examples/air-conditioners-zh.csv', { map: { 额定制冷量: 'ratedCoolingCapacity' } })) {}
      for await (const r of q.gradeFile(g, 'examples/room-air-conditioners.json')) {}
      await new Promise((r) => setTimeout(r, 100));
      console.log(JSON.stringify(globalThis.loadedModules()));`);
    expect(loaded.some((u) => u.includes('/src/input/read-records.ts'))).toBe(true);
    expect(loaded.filter((u) => u.includes('@duckdb'))).toEqual([]);
  });

  it('grading a .parquet file loads it', () => {
    const loaded = modulesLoadedBy(`
      const q = await import('./src/index.ts');
      const g = q.createGrader(await q.loadRuleSet('home-appliances/room-air-conditioner-energy'));
      for await (const r of q.gradeFile(g, 'examples/room-air-conditioners.parquet')) {}
      console.log(JSON.stringify(globalThis.loadedModules()));`);
    expect(loaded.some((u) => u.includes('@duckdb/node-api'))).toBe(true);
  });
});
