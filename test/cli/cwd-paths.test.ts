/**
 * `CliIo.cwd` is the folder every relative path in the arguments is opened
 * from, not only `init --dir`: the CLI run in-process from a temporary
 * folder, with relative paths, while this process's folder is the repository.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

/** A folder holding a rule file, its suite and a CSV of records, none of which is in the repository's root. */
function project(): string {
  const dir = temp();
  for (const name of ['led-panel-purchasing.yaml', 'led-panel-purchasing.test.yaml'])
    copyFileSync(join(ROOT, 'examples/custom', name), join(dir, name));
  writeFileSync(
    join(dir, 'panels.csv'),
    'luminousEfficacy,colourRendering,flickerFree,warrantyYears\n120,92,true,5\n80,70,false,1\n',
  );
  writeFileSync(join(dir, 'map.yaml'), 'luminousEfficacy: luminousEfficacy\n');
  return dir;
}

describe('relative paths are opened from CliIo.cwd', () => {
  it('validate, grade -o, --map-file and test, run from another folder than this process', async () => {
    const dir = project();
    expect(process.cwd()).not.toBe(dir);
    expect(existsSync(join(ROOT, 'led-panel-purchasing.yaml'))).toBe(false);

    const validate = await cli.run(['validate', 'led-panel-purchasing.yaml'], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(validate.stderr).toContain(`${join(dir, 'led-panel-purchasing.yaml')}: ok`);

    const grade = await cli.run(
      [
        'grade',
        '-r',
        './led-panel-purchasing.yaml',
        '--map-file',
        'map.yaml',
        '-f',
        'html',
        '-o',
        'out.html',
        'panels.csv',
      ],
      { cwd: dir },
    );
    expect(grade.stderr).not.toContain('cannot');
    expect(grade.code).toBe(0);
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toContain('<html');
    expect(existsSync(join(ROOT, 'out.html'))).toBe(false);

    const test = await cli.run(['test', 'led-panel-purchasing.test.yaml'], { cwd: dir });
    expect(test.code).toBe(0);
    expect(test.stdout + test.stderr).toMatch(/passed, 0 failed/);
  });

  it('a bundled id stays an id; a file missing from that folder is named whole', async () => {
    const dir = project();
    const id = await cli.run(['validate', 'steel/hot-rolled-ribbed-bar'], { cwd: dir });
    expect(id.code).toBe(0);
    const missing = await cli.run(['validate', 'no-such.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain(`${join(dir, 'no-such.yaml')}: `);
  });

  it("run from this process's own folder, paths are named as typed", async () => {
    const { code, stdout } = await cli.run(['validate', 'no/such-file.yaml']);
    expect(code).toBe(2);
    expect(stdout).toContain('no/such-file.yaml: ');
    expect(stdout).not.toContain(ROOT);
  });
});
