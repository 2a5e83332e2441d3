/**
 * `-o` naming the file of a rule set given by its bundled id (hostile-40 C1). The package folder is a temporary
 * copy (vi.mock), so a check that failed would replace the copy, never the repository's rules/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, useCli } from './cli-harness';

const where = vi.hoisted(() => ({ root: '' }));
vi.mock('../../src/load/package-root', () => ({ packageRoot: () => where.root }));

const cli = useCli();
const ID = 'home-appliances/room-air-conditioner-energy';
const DRAFT = 'examples/room-air-conditioner-energy-draft.yaml';

beforeAll(() => {
  where.root = mkdtempSync(join(tmpdir(), 'qgrade-package-'));
  mkdirSync(join(where.root, 'rules', 'home-appliances'), { recursive: true });
  copyFileSync(join(ROOT, 'rules', `${ID}.yaml`), join(where.root, 'rules', `${ID}.yaml`));
});
afterAll(() => rmSync(where.root, { recursive: true, force: true }));

describe('-o and a rule set given by id', () => {
  it("refuses to write diff's output over the bundled file that an id names, also through a link", async () => {
    const file = join(where.root, 'rules', `${ID}.yaml`);
    const before = readFileSync(file, 'utf8');
    const run = await cli.run(['diff', '-f', 'markdown', '-o', file, ID, DRAFT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`-o ${file} is the input ${ID}: the report would replace it`);
    const zh = await cli.run(['--lang', 'zh', 'diff', '-f', 'markdown', '-o', file, DRAFT, ID]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`-o ${file} 是输入文件 ${ID}：报告会覆盖它`);
    const link = join(where.root, 'diff.md');
    symlinkSync(file, link);
    expect((await cli.run(['diff', '-o', link, ID, DRAFT])).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // The id still grades: the file is whole.
    expect(
      (await cli.run(['grade', '-r', ID, '-f', 'ndjson', 'examples/room-air-conditioners.json'])).code,
    ).toBe(1);
  });
});
