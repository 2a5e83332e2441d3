/**
 * Without DuckDB: `@duckdb/node-api` is an optional peer dependency, so an
 * install may lack it. The import is made to fail here (vi.mock), as it
 * fails where the package is not installed; everything but Parquet works.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createGrader, loadRuleSet, registerGradeFunctions } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

vi.mock('@duckdb/node-api', () => {
  throw new Error("Cannot find package '@duckdb/node-api' imported from qgrade");
});

const cli = useCli();
const temp = useTempDir();
const RULES = 'home-appliances/room-air-conditioner-energy';
const INSTALL = 'npm install @duckdb/node-api';

describe('without @duckdb/node-api', () => {
  it("a .parquet input is a usage error (exit 2) that names the package to install, in the run's language only", async () => {
    const run = await cli.run(['grade', '-r', RULES, 'examples/room-air-conditioners.parquet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'qgrade: the optional package @duckdb/node-api, needed for reading examples/room-air-conditioners.parquet, could not be loaded',
    );
    expect(run.stderr).toContain(INSTALL);
    expect(run.stderr).not.toMatch(/[\u4e00-\u9fff]/);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      RULES,
      'examples/room-air-conditioners.parquet',
    ]);
    expect(zh.code).toBe(2);
    // A space between the file's name and the Chinese after it.
    expect(zh.stderr).toContain(
      '读取 examples/room-air-conditioners.parquet 需要可选依赖包 @duckdb/node-api',
    );
    expect(zh.stderr).toContain(INSTALL);
    expect(zh.stderr).not.toContain('the optional package');
  });

  it('-f parquet -o is a usage error (exit 2) naming the package; other formats still work', async () => {
    const out = join(temp(), 'graded.parquet');
    const run = await cli.run([
      'grade',
      '-r',
      RULES,
      'examples/room-air-conditioners.json',
      '-f',
      'parquet',
      '-o',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the optional package @duckdb/node-api, needed for writing ${out},`);
    expect(run.stderr).toContain(INSTALL);
    const csv = await cli.run(['grade', '-r', RULES, 'examples/room-air-conditioners.json', '-f', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.stdout.split('\n').length).toBeGreaterThan(8);
  });

  it('registerGradeFunctions rejects with a usage error naming the package', async () => {
    const grader = createGrader(await loadRuleSet(RULES));
    const connection = { registerScalarFunction: () => undefined };
    const refused = registerGradeFunctions(connection, grader);
    await expect(refused).rejects.toMatchObject({ code: 'usage', message: expect.stringContaining(INSTALL) });
    // "the DuckDB grade functions needs" read wrong: the message does not put the verb after the subject.
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining(
        'the optional package @duckdb/node-api, needed for the DuckDB grade functions, could not be loaded',
      ),
      text: { zh: expect.stringContaining('DuckDB 分级函数需要可选依赖包 @duckdb/node-api') },
    });
  });
});
